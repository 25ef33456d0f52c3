// Why a flow ended without any candidate arc: no compatible partner at all, partners only beyond the cut-off,
// partners only at a loss, or a hazardous waste that no nearby consumer declared it accepts.

import { greatCircleKm } from '../geo';
import type { CandidateArc, Rejection } from '../types';
import type { PointSet } from './pair-search';
import {
  evaluatePair,
  newScratch,
  PAIR_HAZARD_REFUSED,
  PAIR_LOSSY,
  PAIR_OK,
  type PairContext,
} from './evaluate-pair';
import type { PreparedDataset, PreparedFlow } from './prepared-flow';
import type { Route } from './routes';

export interface FlowFlags {
  /** 1 when the flow had a compatible partner within the cut-off (whatever the margin). */
  readonly compatibleWithin: Uint8Array;
  /** 1 when a hazardous output was refused by a partner that did not accept its code. */
  readonly hazardRefused: Uint8Array;
  /** Pairs the facilitator forbade (`supply>demand`): not counted as partners. */
  readonly forbidden: ReadonlySet<string>;
}

type RouteCache = ReadonlyMap<number, ReadonlyMap<string, readonly Route[]>>;

/** Outcome of a scan ignoring distance: a compatible partner exists, only hazard refusals, or nothing. */
function scanBeyond(
  pairs: Iterable<readonly [PreparedFlow, PreparedFlow, readonly Route[]]>,
  ctx: PairContext,
  forbidden: ReadonlySet<string>,
): 'compatible' | 'hazard' | 'none' {
  const s = newScratch();
  s.explain = false;
  let hazard = false;
  for (const [o, d, routes] of pairs) {
    if (o.siteId === d.siteId) continue;
    if (forbidden.size > 0 && forbidden.has(`${o.flow.id}>${d.flow.id}`)) continue;
    const km = greatCircleKm(o.lat, o.lon, d.lat, d.lon) * ctx.params.roadDetourFactor;
    for (const route of routes) {
      const status = evaluatePair(o, d, route, km, ctx, s);
      if (status === PAIR_OK || status === PAIR_LOSSY) return 'compatible';
      if (status === PAIR_HAZARD_REFUSED) hazard = true;
    }
  }
  return hazard ? 'hazard' : 'none';
}

function* outputPairs(o: PreparedFlow, routes: RouteCache, buckets: ReadonlyMap<string, PointSet>) {
  for (const [target, group] of routes.get(o.index) ?? []) {
    for (const d of buckets.get(target)?.items ?? []) yield [o, d, group] as const;
  }
}

type ReverseIndex = Map<string, [PreparedFlow, readonly Route[]][]>;

/** Outputs by the demand key their routes reach. */
function reverseIndex(outputs: readonly PreparedFlow[], routes: RouteCache): ReverseIndex {
  const index: ReverseIndex = new Map();
  for (const o of outputs) {
    for (const [target, group] of routes.get(o.index) ?? []) {
      const list = index.get(target);
      if (list === undefined) index.set(target, [[o, group]]);
      else list.push([o, group]);
    }
  }
  return index;
}

function* inputPairs(d: PreparedFlow, index: ReverseIndex) {
  for (const [o, group] of index.get(d.key) ?? []) yield [o, d, group] as const;
}

const DETAIL = {
  'not-worth-it':
    'des partenaires compatibles existent à portée, mais aucun échange n’est rentable aux prix et coûts retenus',
  'too-far': 'des partenaires compatibles existent, mais tous au-delà de la distance maximale de transport',
  'hazardous-not-accepted': 'déchet dangereux : aucun receveur compatible n’a déclaré accepter ce code',
  'no-compatible-partner':
    'aucun flux compatible (même ressource, règle de substitution, température ou pureté) dans le territoire',
} as const;

/** One rejection per usable flow without arc, and one per flow that could not be used at all. */
export function findRejections(
  prepared: PreparedDataset,
  arcs: readonly CandidateArc[],
  flags: FlowFlags,
  buckets: ReadonlyMap<string, PointSet>,
  routes: RouteCache,
  ctx: PairContext,
): Rejection[] {
  const withArc = new Set<string>();
  for (const arc of arcs) {
    withArc.add(arc.supplyFlowId);
    withArc.add(arc.demandFlowId);
  }
  const rejections: Rejection[] = prepared.skipped.map(({ flowId, detail }) => ({
    flowId,
    code: 'no-compatible-partner' as const,
    detail: `flux non exploitable : ${detail}`,
  }));
  let reverse: ReverseIndex | undefined;
  for (const f of prepared.flows) {
    if (withArc.has(f.flow.id)) continue;
    let code: keyof typeof DETAIL;
    if (flags.compatibleWithin[f.index] === 1) code = 'not-worth-it';
    else {
      if (f.flow.direction === 'input') reverse ??= reverseIndex(prepared.outputs, routes);
      const pairs = f.flow.direction === 'output' ? outputPairs(f, routes, buckets) : inputPairs(f, reverse!);
      const found = scanBeyond(pairs, ctx, flags.forbidden);
      code =
        found === 'compatible'
          ? 'too-far'
          : found === 'hazard' || flags.hazardRefused[f.index] === 1
            ? 'hazardous-not-accepted'
            : 'no-compatible-partner';
    }
    rejections.push({ flowId: f.flow.id, code, detail: DETAIL[code] });
  }
  return rejections;
}
