// Which candidate arcs become LP columns: the arcs that can ever carry flow, between known endpoints of the
// right directions on different sites, never a forbidden one. Endpoint and arc indices refer to the CandidateSet.

import type { CandidateSet } from '../types';

export interface LpArcs {
  /** Index of each endpoint by flow id. */
  readonly endpointIndex: ReadonlyMap<string, number>;
  /** Candidate-arc index of each LP column. */
  readonly arcs: Int32Array;
  /** Endpoint index of each column's supply and demand. */
  readonly arcSupply: Int32Array;
  readonly arcDemand: Int32Array;
  /** Each column's arc's ratio and margin (read per column when component models are built). */
  readonly arcRatio: Float64Array;
  readonly arcMargin: Float64Array;
  /** Column of the required variant of each required pair (the best-margin arc of the pair). */
  readonly required: ReadonlySet<number>;
  /** Candidate arcs examined: the first `candidateArcs` arcs of the set. */
  readonly candidateArcs: number;
}

/**
 * An arc is a column when it is not `forbidden`, its ratio is positive and finite, its margin finite, its
 * supply an `output` and its demand an `input` of two different sites, and its margin is positive or the pair
 * is `required`. An arc with margin ≤ 0 can be left out of a maximisation whose capacities are ≥ 0: its
 * reduced cost margin − u_s − ratio·v_d is ≤ 0 for every dual u, v ≥ 0, so it never enters an optimal basis.
 */
export function selectLpArcs(candidates: CandidateSet): LpArcs {
  const endpointIndex = new Map<string, number>();
  candidates.endpoints.forEach((endpoint, index) => endpointIndex.set(endpoint.flowId, index));
  const arcs: number[] = [];
  const supplies: number[] = [];
  const demands: number[] = [];
  const ratios: number[] = [];
  const margins: number[] = [];
  const requiredByPair = new Map<string, number>();
  candidates.arcs.forEach((arc, index) => {
    const ends = columnEnds(candidates, endpointIndex, index);
    if (ends === null) return;
    const column = arcs.length;
    arcs.push(index);
    supplies.push(ends[0]);
    demands.push(ends[1]);
    ratios.push(arc.ratio);
    margins.push(arc.marginEurPerUnit);
    if (arc.pin === 'required') {
      const pair = `${arc.supplyFlowId}>${arc.demandFlowId}`;
      const previous = requiredByPair.get(pair);
      const better =
        previous === undefined || arc.marginEurPerUnit > candidates.arcs[arcs[previous]].marginEurPerUnit;
      if (better) requiredByPair.set(pair, column);
    }
  });
  return {
    endpointIndex,
    arcs: Int32Array.from(arcs),
    arcSupply: Int32Array.from(supplies),
    arcDemand: Int32Array.from(demands),
    arcRatio: Float64Array.from(ratios),
    arcMargin: Float64Array.from(margins),
    required: new Set(requiredByPair.values()),
    candidateArcs: candidates.arcs.length,
  };
}

/**
 * The columns of `candidates`, whose first `previous.candidateArcs` arcs gave `previous`: its columns, then those
 * of the arcs appended since (same indices for the earlier columns). Null when an appended arc is pinned (a
 * required pair's column may change: select them all again).
 */
export function extendLpArcs(previous: LpArcs, candidates: CandidateSet): LpArcs | null {
  const from = previous.candidateArcs;
  const arcs: number[] = [];
  const supplies: number[] = [];
  const demands: number[] = [];
  const ratios: number[] = [];
  const margins: number[] = [];
  for (let index = from; index < candidates.arcs.length; index++) {
    const arc = candidates.arcs[index];
    if (arc.pin !== undefined) return null;
    const ends = columnEnds(candidates, previous.endpointIndex, index);
    if (ends === null) continue;
    arcs.push(index);
    supplies.push(ends[0]);
    demands.push(ends[1]);
    ratios.push(arc.ratio);
    margins.push(arc.marginEurPerUnit);
  }
  return {
    endpointIndex: previous.endpointIndex,
    arcs: joined(previous.arcs, arcs),
    arcSupply: joined(previous.arcSupply, supplies),
    arcDemand: joined(previous.arcDemand, demands),
    arcRatio: joined(previous.arcRatio, ratios),
    arcMargin: joined(previous.arcMargin, margins),
    required: previous.required,
    candidateArcs: candidates.arcs.length,
  };
}

/** The supply and demand endpoints of candidate arc `index` when it is a column (see selectLpArcs), else null. */
function columnEnds(
  candidates: CandidateSet,
  endpointIndex: ReadonlyMap<string, number>,
  index: number,
): [number, number] | null {
  const arc = candidates.arcs[index];
  if (arc.pin === 'forbidden') return null;
  const s = endpointIndex.get(arc.supplyFlowId);
  const d = endpointIndex.get(arc.demandFlowId);
  if (s === undefined || d === undefined) return null;
  const supply = candidates.endpoints[s];
  const demand = candidates.endpoints[d];
  if (supply.direction !== 'output' || demand.direction !== 'input' || supply.siteId === demand.siteId)
    return null;
  if (!(arc.ratio > 0) || !Number.isFinite(arc.ratio) || !Number.isFinite(arc.marginEurPerUnit)) return null;
  if (!(arc.marginEurPerUnit > 0) && arc.pin !== 'required') return null;
  return [s, d];
}

/**
 * How many entries of each growing column array (see `joined`) the longest view handed out covers: a view that
 * covers them all may be extended in place, its earlier views being unchanged (they end where they ended).
 */
const viewEnd = new WeakMap<ArrayBufferLike, number>();

/**
 * `old` followed by `added`: written in place after `old` when `old` is the longest view of a buffer with room
 * (pass after pass, the columns of a priced solve only grow), else copied into a buffer with half again as much room.
 * A copy every pass came to ≈ 90 MB of array buffers on the bench's 10,000-site case.
 */
function joined<T extends Int32Array | Float64Array>(old: T, added: readonly number[]): T {
  const length = old.length + added.length;
  const { buffer, BYTES_PER_ELEMENT: bytes } = old;
  const make = old instanceof Int32Array ? Int32Array : Float64Array;
  if (old.byteOffset === 0 && viewEnd.get(buffer) === old.length && buffer.byteLength >= length * bytes) {
    const all = new make(buffer as ArrayBuffer, 0, length) as T;
    all.set(added, old.length);
    viewEnd.set(buffer, length);
    return all;
  }
  const all = new make(Math.ceil(length * 1.5)).subarray(0, length) as T;
  all.set(old as ArrayLike<number>);
  all.set(added, old.length);
  viewEnd.set(all.buffer, length);
  return all;
}
