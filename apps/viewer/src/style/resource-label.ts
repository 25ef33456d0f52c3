// The French name of a resource key for the panel and the table, from @toile/flow-model's vocabulary,
// without the parenthesised advice ("Chaleur (eau chaude…; préciser la température)" → "Chaleur").

import { getResource } from '@toile/flow-model';

export function resourceLabelFr(key: string): string {
  const label = getResource(key)?.labelFr;
  return label ? label.replace(/\s*\(.*\)\s*$/, '') : key;
}

/** A flow's label, shortened when it is the vocabulary's own label for its resource. */
export function flowLabelFr(label: string, resource: string | undefined): string {
  if (resource !== undefined && getResource(resource)?.labelFr === label) return resourceLabelFr(resource);
  return label;
}
