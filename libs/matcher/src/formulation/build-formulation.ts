// Builds the LP of each independent component: one yearly slice, or twelve monthly slices when a flow of the
// component declares a monthly profile; required pairs become lower bounds taken out of the capacities.

import type { CandidateSet, Endpoint } from '../types';
import { connectedComponents } from '../solve/components';
import { extendLpArcs, selectLpArcs, type LpArcs } from './lp-arcs';
import { requiredLowerBounds, residualCapacities } from './required-bounds';
import type { TransportLp } from './transport-lp';

export const MONTHS = 12;

/** One time slice of a component: the LP over the residual capacities, and the required lower bounds. */
export interface SliceModel {
  readonly lp: TransportLp;
  /** Lower bound per local arc (non-zero only on required arcs); the slice's flow is lowerBound + LP flow. */
  readonly lowerBound: Float64Array;
  /** Capacities before the lower bounds, per local supply and demand (for the checker and interpretation). */
  readonly supplyCapacity: Float64Array;
  readonly demandCapacity: Float64Array;
}

export interface ComponentModel {
  /** Endpoint index (in the CandidateSet) of each local supply and demand, each in increasing order. */
  readonly supplies: Int32Array;
  readonly demands: Int32Array;
  /** LP column (index in LpArcs) of each local arc. */
  readonly columns: Int32Array;
  readonly monthly: boolean;
  /** Whether a required pair gives some slice non-zero lower bounds (else every lower bound is 0). */
  readonly lowerBounds: boolean;
  readonly slices: readonly SliceModel[];
}

export interface PinConflict {
  readonly supplyFlowId: string;
  readonly demandFlowId: string;
  /** French, for the facilitator. */
  readonly reason: string;
}

export interface Formulation {
  readonly lpArcs: LpArcs;
  readonly components: readonly ComponentModel[];
  readonly conflicts: readonly PinConflict[];
}

/**
 * Capacity of an endpoint in a slice: the yearly quantity Q for a yearly component; for a monthly one
 * Q·share_t (a flow without profile is flat: Q/12). Time slices share no row, so a monthly component is
 * twelve independent LPs whose flows add up to the yearly flow of each arc.
 */
function sliceCapacity(endpoint: Endpoint, monthly: boolean, month: number): number {
  if (!monthly) return endpoint.quantityPerYr;
  const share = endpoint.monthShares ? endpoint.monthShares[month] : 1 / MONTHS;
  return endpoint.quantityPerYr * share;
}

/** A component's smallest endpoint (it names the component: components partition the endpoints). */
export function smallestEndpoint(component: ComponentModel): number {
  return Math.min(component.supplies[0], component.demands[0]);
}

/**
 * The formulation of `candidates`. With `previous`, the formulation of the first arcs of the same set (a pricing
 * pass only appends arcs), its columns keep their indices and the components no appended column touches are kept
 * as they are: only the others are built again.
 */
export function buildFormulation(candidates: CandidateSet, previous?: Formulation): Formulation {
  const extended =
    previous && previous.conflicts.length === 0 && previous.lpArcs.required.size === 0
      ? extendLpArcs(previous.lpArcs, candidates)
      : null;
  const lpArcs = extended ?? selectLpArcs(candidates);
  const found = connectedComponents(candidates.endpoints.length, lpArcs.arcSupply, lpArcs.arcDemand);
  // The previous formulation's components by their smallest endpoint, when its columns were kept.
  const base = extended ? previous : undefined;
  const kept = new Map(base?.components.map((component) => [smallestEndpoint(component), component]));
  const previousColumns = base ? base.lpArcs.arcs.length : 0;
  const conflicts: PinConflict[] = [];
  const components: ComponentModel[] = [];
  // Each endpoint's index among its component's supplies or demands (components partition the endpoints).
  const localOf = new Int32Array(candidates.endpoints.length);
  for (let c = 0; c < found.count; c++) {
    const columns = found.arcs[c];
    const same = kept.get(found.endpoints[c][0]);
    // Columns are in increasing order: none is new when the last is not.
    if (same && columns[columns.length - 1] < previousColumns && same.columns.length === columns.length)
      components.push(same);
    else components.push(componentModel(candidates, lpArcs, found.endpoints[c], columns, conflicts, localOf));
  }
  return { lpArcs, components, conflicts };
}

/**
 * The model of one component (its endpoints and columns in increasing order); pin conflicts go to `conflicts`.
 * `localOf` receives each of its endpoints' local index.
 */
function componentModel(
  candidates: CandidateSet,
  lpArcs: LpArcs,
  endpoints: Int32Array,
  componentColumns: Int32Array,
  conflicts: PinConflict[],
  localOf: Int32Array,
): ComponentModel {
  const columns = componentColumns.slice();
  const supplies: number[] = [];
  const demands: number[] = [];
  for (const e of endpoints) {
    const list = candidates.endpoints[e].direction === 'output' ? supplies : demands;
    localOf[e] = list.length;
    list.push(e);
  }
  const n = columns.length;
  const arcSupply = new Int32Array(n);
  const arcDemand = new Int32Array(n);
  const arcRatio = new Float64Array(n);
  const arcMargin = new Float64Array(n);
  const requiredLocal: number[] = [];
  const anyRequired = lpArcs.required.size > 0;
  for (let a = 0; a < n; a++) {
    const column = columns[a];
    arcSupply[a] = localOf[lpArcs.arcSupply[column]];
    arcDemand[a] = localOf[lpArcs.arcDemand[column]];
    arcRatio[a] = lpArcs.arcRatio[column];
    arcMargin[a] = lpArcs.arcMargin[column];
    if (anyRequired && lpArcs.required.has(column)) requiredLocal.push(a);
  }
  const monthly = endpoints.some((e) => candidates.endpoints[e].monthShares !== undefined);
  const slices: SliceModel[] = [];
  const requiredTotal = new Float64Array(requiredLocal.length > 0 ? n : 0);
  // Without required pairs every slice has zero lower bounds (one shared array, read only) and full capacities.
  const noBounds = requiredLocal.length === 0 ? new Float64Array(n) : null;
  for (let t = 0; t < (monthly ? MONTHS : 1); t++) {
    const supplyCapacity = Float64Array.from(supplies, (e) =>
      sliceCapacity(candidates.endpoints[e], monthly, t),
    );
    const demandCapacity = Float64Array.from(demands, (e) =>
      sliceCapacity(candidates.endpoints[e], monthly, t),
    );
    if (noBounds) {
      const lp = { supplyCapacity, demandCapacity, arcSupply, arcDemand, arcRatio, arcMargin };
      slices.push({ lp, lowerBound: noBounds, supplyCapacity, demandCapacity });
      continue;
    }
    const lowerBound = requiredLowerBounds(
      supplyCapacity,
      demandCapacity,
      arcSupply,
      arcDemand,
      arcRatio,
      requiredLocal,
    );
    for (const a of requiredLocal) requiredTotal[a] += lowerBound[a];
    const residual = residualCapacities(
      supplyCapacity,
      demandCapacity,
      arcSupply,
      arcDemand,
      arcRatio,
      lowerBound,
    );
    const lp = {
      supplyCapacity: residual.supply,
      demandCapacity: residual.demand,
      arcSupply,
      arcDemand,
      arcRatio,
      arcMargin,
    };
    slices.push({ lp, lowerBound, supplyCapacity, demandCapacity });
  }
  for (const a of requiredLocal) {
    if (requiredTotal[a] > 0) continue;
    const arc = candidates.arcs[lpArcs.arcs[columns[a]]];
    conflicts.push({
      supplyFlowId: arc.supplyFlowId,
      demandFlowId: arc.demandFlowId,
      reason: monthly
        ? 'paire imposée sans aucun mois où le gisement et le besoin coexistent'
        : 'paire imposée dont le gisement ou le besoin est nul',
    });
  }
  return {
    supplies: Int32Array.from(supplies),
    demands: Int32Array.from(demands),
    columns,
    monthly,
    lowerBounds: requiredLocal.length > 0,
    slices,
  };
}
