// Mutualisation: the same input or the same waste declared by several nearby sites becomes a pooling proposal
// (shared collection, purchase or equipment), found by single-linkage clustering within a radius on the grid.

import { getResource, rulesFromOutput } from '@toile/flow-model';
import { buildGridIndex, forEachWithin } from '../geo';
import type { MatchParameters } from '../parameters';
import type { PoolingProposal } from '../types';
import type { PreparedDataset, PreparedFlow } from './prepared-flow';

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

const FR_INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const FR_ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const fmt = (n: number, digits = 0): string => (digits === 0 ? FR_INTEGER : FR_ONE_DECIMAL).format(n);
const UNIT_FR: Readonly<Record<string, string>> = { 't/yr': 't/an', 'MWh/yr': 'MWh/an', 'm3/yr': 'm³/an' };

/** French name of what the members declare: the resource's label, or the waste code and what rules make of it. */
function labelFr(flow: PreparedFlow): string {
  if (flow.resource !== undefined) return flow.normalised.label;
  const display = flow.normalised.ewc?.display ?? flow.ewcCode ?? '';
  const rule = rulesFromOutput(flow.flow)[0];
  const target = rule === undefined ? undefined : getResource(rule.to)?.labelFr;
  return target === undefined
    ? `déchet ${display}`
    : `déchet ${display}, valorisable en ${target.toLowerCase()}`;
}

function explanation(
  group: readonly PreparedFlow[],
  sites: number,
  quantity: number,
  saving: number,
  params: MatchParameters,
): string {
  const first = group[0];
  const what = labelFr(first);
  const unit = UNIT_FR[first.normalised.canonicalUnit] ?? first.normalised.canonicalUnit;
  const action =
    first.flow.direction === 'output'
      ? 'une collecte ou un traitement commun'
      : 'un achat groupé ou un équipement partagé';
  const defaults = group.some((f) => f.priceIsDefault)
    ? ' (prix par défaut pour les flux sans prix déclaré)'
    : '';
  return (
    `Mutualisation : ${sites} sites à moins de ${fmt(params.poolingRadiusKm, 1)} km de proche en proche déclarent ` +
    `« ${what} » (${fmt(quantity)} ${unit} au total). ${action[0].toUpperCase()}${action.slice(1)} économiserait ` +
    `environ ${fmt(params.poolingSavingShare * 100)} % du coût actuel, soit ≈ ${fmt(saving)} €/an${defaults}.`
  );
}

/**
 * Pooling proposals for materials and water (energy in MWh pools through networks, not collection): per
 * direction and resource key (or EWC code), clusters of ≥ poolingMinMembers distinct sites, each site within
 * poolingRadiusKm (great circle) of another member. Saving = share × Σ quantity × price (disposal or purchase).
 */
export function buildPooling(prepared: PreparedDataset, params: MatchParameters): PoolingProposal[] {
  const groups = new Map<string, PreparedFlow[]>();
  for (const f of prepared.flows) {
    if (f.normalised.canonicalUnit === 'MWh/yr' || !(f.priceEurPerUnit > 0)) continue;
    const key = `${f.flow.direction}|${f.key}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [f]);
    else list.push(f);
  }
  const proposals: PoolingProposal[] = [];
  const radius = params.poolingRadiusKm;
  for (const [key, flows] of groups) {
    if (new Set(flows.map((f) => f.siteId)).size < params.poolingMinMembers) continue;
    const parent = Int32Array.from(flows.keys());
    const grid = buildGridIndex(
      flows.map((f) => f.lat),
      flows.map((f) => f.lon),
      radius,
      [prepared.maxAbsLat],
    );
    flows.forEach((f, i) =>
      forEachWithin(grid, f.lat, f.lon, radius, (j) => {
        const a = find(parent, i);
        const b = find(parent, j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }),
    );
    const clusters = new Map<number, PreparedFlow[]>();
    flows.forEach((f, i) => {
      const root = find(parent, i);
      const list = clusters.get(root);
      if (list === undefined) clusters.set(root, [f]);
      else list.push(f);
    });
    let n = 0;
    for (const members of clusters.values()) {
      const sites = new Set(members.map((f) => f.siteId)).size;
      if (sites < params.poolingMinMembers) continue;
      const quantity = members.reduce((sum, f) => sum + f.quantityPerYr, 0);
      const cost = members.reduce((sum, f) => sum + f.quantityPerYr * f.priceEurPerUnit, 0);
      const saving = params.poolingSavingShare * cost;
      const [direction, resource] = key.split('|') as ['output' | 'input', string];
      n++;
      proposals.push({
        id: `pool-${direction}-${resource.replace(':', '-')}-${n}`,
        resource,
        direction,
        members: members.map((f) => ({
          siteId: f.siteId,
          flowId: f.flow.id,
          quantityPerYr: f.quantityPerYr,
        })),
        quantityPerYr: quantity,
        canonicalUnit: members[0].normalised.canonicalUnit,
        savingEurPerYr: saving,
        co2AvoidedTPerYr: 0,
        radiusKm: radius,
        explanation: explanation(members, sites, quantity, saving, params),
      });
    }
  }
  return proposals;
}
