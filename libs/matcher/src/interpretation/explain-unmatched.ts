// Every flow of the territory that takes part in no substitution, with its reason in French: the candidate
// stage's rejection, no pair worth it at these prices, or its partners taken by better uses.

import type { Unmatched } from '@toile/flow-model';
import type { CandidateSet } from '../types';
import type { SolvedTerritory } from './explain-synergy';
import { formatEurFr, listFr, unitItemFr } from './format-fr';
import { siteName } from './interpretation-context';

export type UnmatchedCode =
  | 'no-compatible-partner'
  | 'too-far'
  | 'not-worth-it'
  | 'hazardous-not-accepted'
  | 'taken-by-better-use'
  | 'not-solved';

/** Best margin among a flow's candidate arcs (any sign), by flow id. */
function bestMargins(candidates: CandidateSet): Map<string, number> {
  const best = new Map<string, number>();
  for (const arc of candidates.arcs) {
    if (arc.pin === 'forbidden') continue;
    for (const flowId of [arc.supplyFlowId, arc.demandFlowId]) {
      best.set(flowId, Math.max(best.get(flowId) ?? -Infinity, arc.marginEurPerUnit));
    }
  }
  return best;
}

/**
 * Reasons, in this order: a rejection of the candidate stage (kept as is, with its code); a flow with
 * candidate arcs none of which has a positive margin (`not-worth-it`); a flow with profitable arcs that got
 * nothing (`taken-by-better-use`, naming who took its partners); a flow whose component was not solved in time
 * (`not-solved`); otherwise no partner at all.
 */
export function explainUnmatched(
  territory: SolvedTerritory,
  allFlowIds: readonly string[],
  timedOut: boolean,
): Unmatched[] {
  const { candidates, formulation, usage, context } = territory;
  const rejection = new Map(candidates.rejections.map((r) => [r.flowId, r]));
  const endpointIndex = formulation.lpArcs.endpointIndex;
  const margins = bestMargins(candidates);
  const out: Unmatched[] = [];
  for (const flowId of allFlowIds) {
    const e = endpointIndex.get(flowId);
    if (e !== undefined && usage.used[e] > 0) continue;
    const rejected = rejection.get(flowId);
    if (rejected) {
      out.push({ flowId, code: rejected.code, reason: rejected.detail });
      continue;
    }
    const endpoint = e === undefined ? undefined : candidates.endpoints[e];
    const columns = e === undefined ? [] : usage.columns[e];
    const best = margins.get(flowId);
    if (endpoint && columns.length === 0 && best !== undefined) {
      out.push({
        flowId,
        code: 'not-worth-it',
        reason:
          `des partenaires compatibles existent, mais aucun échange n’est rentable aux prix retenus ` +
          `(meilleure marge ${formatEurFr(best)} par ${unitItemFr(endpoint.canonicalUnit)})`,
      });
      continue;
    }
    if (endpoint && columns.length > 0) {
      if (
        timedOut &&
        territory.outcome.endpointSlices[e!] > 0 &&
        territory.outcome.endpointBindingSlices[e!] === 0
      ) {
        out.push({
          flowId,
          code: 'not-solved',
          reason: 'calcul interrompu par la limite de temps avant ce groupe de flux',
        });
        continue;
      }
      const output = endpoint.direction === 'output';
      const { lpArcs } = formulation;
      const partners = columns.map((c) => (output ? lpArcs.arcDemand[c] : lpArcs.arcSupply[c]));
      const takers = new Set<string>();
      for (const p of partners) {
        for (const c of usage.activeColumns[p]) {
          const other = output ? lpArcs.arcSupply[c] : lpArcs.arcDemand[c];
          takers.add(siteName(context, candidates.endpoints[other].siteId));
        }
      }
      const partnerNames = [
        ...new Set(partners.map((p) => siteName(context, candidates.endpoints[p].siteId))),
      ];
      out.push({
        flowId,
        code: 'taken-by-better-use',
        reason:
          `${output ? 'ses receveurs possibles' : 'ses fournisseurs possibles'} (${listFr(partnerNames)}) ` +
          (takers.size > 0
            ? `sont mieux valorisés avec ${listFr([...takers])}`
            : 'sont mieux valorisés ailleurs dans l’optimum du territoire'),
      });
      continue;
    }
    out.push({
      flowId,
      code: 'no-compatible-partner',
      reason: 'aucun flux compatible dans le territoire',
    });
  }
  return out;
}
