// The French name of a resource key for the panel and the table, from @toile/flow-model's vocabulary,
// without the parenthesised advice ("Chaleur (eau chaude…; préciser la température)" → "Chaleur").

import { getResource } from '@toile/flow-model';

export function resourceLabelFr(key: string): string {
  const label = getResource(key)?.labelFr;
  return label ? label.replace(/\s*\(.*\)\s*$/, '') : key;
}
