// The label of a match run in the "Calcul affiché" picker: date, time and number of synergies, in French.

import type { MatchRunSummary } from '../api/toile-api';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

export function runLabel(run: Pick<MatchRunSummary, 'id' | 'createdAt' | 'finishedAt' | 'totals'>): string {
  const when = run.finishedAt ?? run.createdAt;
  const date = when ? dateTime.format(new Date(when)) : run.id;
  const count = run.totals ? ` — ${run.totals.synergies} synergie${run.totals.synergies > 1 ? 's' : ''}` : '';
  return `Calcul du ${date}${count}`;
}
