// A run's variant of its territory, without touching the stored data: sites left out (a firm leaving) and sites
// and flows added (a firm arriving). applyScenario builds the variant dataset and lists its problems (pure).

import { type Dataset, type Problem, validateDataset } from '@toile/flow-model';

export interface MatchScenario {
  /** Shown in the list of runs, e.g. « sans la papeterie ». */
  readonly label?: string;
  /** Sites of the territory left out, with their flows. */
  readonly withoutSiteIds?: readonly string[];
  /** Sites and flows added (entries of a toile.dataset/1 document). */
  readonly extraDataset?: { readonly sites?: readonly unknown[]; readonly flows?: readonly unknown[] };
}

export interface ScenarioOutcome {
  /** The variant dataset, meaningful only when there is no problem. */
  readonly dataset: Dataset;
  /** Paths are those of the request body: `$.scenario.withoutSiteIds[i]`, `$.scenario.extraDataset.flows[i]…`. */
  readonly problems: readonly Problem[];
}

export function isEmptyScenario(scenario: MatchScenario | null | undefined): boolean {
  return (
    scenario === null ||
    scenario === undefined ||
    ((scenario.withoutSiteIds ?? []).length === 0 &&
      (scenario.extraDataset?.sites ?? []).length === 0 &&
      (scenario.extraDataset?.flows ?? []).length === 0)
  );
}

/** The stored dataset minus the left-out sites (and their flows) plus the extra sites and flows, validated. */
export function applyScenario(dataset: Dataset, scenario: MatchScenario): ScenarioOutcome {
  const problems: Problem[] = [];
  const siteIds = new Set(dataset.sites.map((site) => site.id));
  const without = new Set<string>();
  (scenario.withoutSiteIds ?? []).forEach((siteId, index) => {
    if (siteIds.has(siteId)) without.add(siteId);
    else
      problems.push({
        path: `$.scenario.withoutSiteIds[${index}]`,
        value: siteId,
        code: 'unknown-site',
        reason: `le site « ${siteId} » n’existe pas dans le territoire « ${dataset.territory.id} »`,
      });
  });
  const keptSites = dataset.sites.filter((site) => !without.has(site.id));
  const keptFlows = dataset.flows.filter((flow) => !without.has(flow.siteId));
  const extraSites = scenario.extraDataset?.sites ?? [];
  const extraFlows = scenario.extraDataset?.flows ?? [];
  const merged = {
    ...dataset,
    sites: [...keptSites, ...extraSites],
    flows: [...keptFlows, ...extraFlows],
  };
  const located = validateDataset(merged).map((problem) =>
    relocate(problem, keptSites.length, keptFlows.length),
  );
  return { dataset: merged as Dataset, problems: [...problems, ...located] };
}

/** A problem on an added site or flow points into the request's `extraDataset`, not the merged document. */
function relocate(problem: Problem, keptSites: number, keptFlows: number): Problem {
  const match = /^\$\.(sites|flows)\[(\d+)\](.*)$/u.exec(problem.path);
  if (!match) return problem;
  const kept = match[1] === 'sites' ? keptSites : keptFlows;
  const index = Number(match[2]);
  if (index < kept) return problem;
  return { ...problem, path: `$.scenario.extraDataset.${match[1]}[${index - kept}]${match[3]}` };
}

/** A plain copy to store with the run, or null when the scenario changes nothing and has no label. */
export function normaliseScenario(scenario: MatchScenario | null | undefined): MatchScenario | null {
  if (scenario === null || scenario === undefined) return null;
  if (isEmptyScenario(scenario) && scenario.label === undefined) return null;
  return {
    ...(scenario.label === undefined ? {} : { label: scenario.label }),
    withoutSiteIds: [...(scenario.withoutSiteIds ?? [])],
    extraDataset: {
      sites: [...(scenario.extraDataset?.sites ?? [])],
      flows: [...(scenario.extraDataset?.flows ?? [])],
    },
  };
}
