// The status of a synergy as the viewer filters and draws it: a direct exchange, an exchange that needs
// a conversion (heat pump, purification, compression) or a mutualisation; the last two are drawn dashed.

import type { SynergyEdgeAttributes } from '@toile/flow-model';

export const SYNERGY_STATUSES = ['direct', 'conversion', 'mutualisation'] as const;
export type SynergyStatus = (typeof SYNERGY_STATUSES)[number];

export const SYNERGY_STATUS_LABELS_FR: Readonly<Record<SynergyStatus, string>> = {
  direct: 'Échange direct',
  conversion: 'Conversion nécessaire (PAC, épuration…)',
  mutualisation: 'Mutualisation',
};

export function synergyStatus(
  edge: Pick<SynergyEdgeAttributes, 'synergyKind' | 'conversion'>,
): SynergyStatus {
  if (edge.synergyKind === 'mutualisation') return 'mutualisation';
  if (edge.conversion !== undefined && edge.conversion !== '') return 'conversion';
  return 'direct';
}

export function isDashedStatus(status: SynergyStatus): boolean {
  return status !== 'direct';
}
