// The candidate stage's pooling proposals as `mutualisation` synergies: several nearby sites sharing the
// same need or the same waste (collection, purchase, equipment). They do not compete with substitutions in the LP.

import type { Synergy } from '@toile/flow-model';
import type { PoolingProposal } from '../types';

export function mutualisationSynergy(proposal: PoolingProposal, id: string): Synergy {
  return {
    id,
    kind: 'mutualisation',
    resource: proposal.resource,
    members: proposal.members.map((member) => ({ siteId: member.siteId, flowId: member.flowId })),
    quantity: proposal.quantityPerYr,
    unit: proposal.canonicalUnit,
    netValueEurPerYr: proposal.savingEurPerYr,
    co2AvoidedTPerYr: proposal.co2AvoidedTPerYr,
    explanation: proposal.explanation,
    details: {
      poolingId: proposal.id,
      direction: proposal.direction,
      radiusKm: proposal.radiusKm,
      memberQuantities: proposal.members.map((member) => member.quantityPerYr),
    },
  };
}
