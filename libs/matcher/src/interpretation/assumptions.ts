// The `assumptions` of a result: every parameter used (value, unit, source) and the modelling choices of the
// formulation and the solve, so a facilitator can tell a computed figure from an assumed one.

import { DEFAULT_MATCH_PARAMETERS, PARAMETER_SPECS, type MatchParameters } from '../parameters';
import type { PinConflict } from '../formulation/build-formulation';
import type { SolveSettings } from '../solve/solve-settings';
import type { SolveStats } from '../solve/solve-formulation';

export interface AssumptionsInput {
  readonly parameters?: MatchParameters;
  readonly settings: SolveSettings;
  readonly stats?: SolveStats;
  readonly objectiveEurPerYr?: number;
  readonly conflicts: readonly PinConflict[];
  readonly timeLimitMs?: number;
  readonly pricing?: ResultPricing;
}

/** The pricing of the pairs the partner cap pruned, as the result reports it. */
export interface ResultPricing {
  /** Partners kept per flow and partner resource before pricing. */
  readonly partnerCap: number;
  readonly passes: number;
  readonly arcsAdded: number;
  readonly pairsPriced: number;
  readonly optimalOverAllPairs: boolean;
}

const MODEL_FR = [
  'Programme linéaire : maximiser la valeur nette totale (élimination évitée + achat évité − transport − conversion, ' +
    'plus le prix du carbone s’il est fixé), sous les quantités de chaque sortie et de chaque entrée.',
  'Quantités en unité canonique de chaque ressource, par an ; mois par mois (12 tranches) pour les groupes de flux ' +
    'dont un flux déclare un profil mensuel, un flux sans profil étant réparti uniformément (1/12 par mois).',
  'Paire imposée : elle échange tout ce qu’elle peut (min du gisement et du besoin) ; plusieurs paires imposées sur ' +
    'un même flux se le partagent au prorata. Paire interdite : jamais proposée.',
  'Les mutualisations (collecte, achat ou équipement partagés) sont proposées à part et ne concurrencent pas les ' +
    'substitutions dans le programme linéaire.',
];

export function resultAssumptions(input: AssumptionsInput): Record<string, unknown> {
  const parameters = input.parameters ?? DEFAULT_MATCH_PARAMETERS;
  const scalars: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(PARAMETER_SPECS)) {
    const value = (parameters as unknown as Record<string, unknown>)[name];
    scalars[name] = {
      value,
      unit: spec.unit,
      source: value === spec.default ? spec.source : 'valeur fixée pour ce calcul',
      meaning: spec.meaning,
    };
  }
  return {
    model: MODEL_FR,
    parameters: scalars,
    avoidedCo2TPerUnit: parameters.avoidedCo2TPerUnit,
    purchasePriceEurPerUnit: parameters.purchasePriceEurPerUnit,
    disposalCostEurPerUnit: parameters.disposalCostEurPerUnit,
    solve: {
      method:
        'composantes indépendantes ; formes closes pour les étoiles (sac à dos fractionnaire) ; javascript-lp-solver ' +
        'pour les petits programmes ; génération de colonnes (simplexe révisé, arcs élagués réévalués par les ' +
        'variables duales) pour les grands ; paires écartées par le plafond de partenaires réévaluées de même et ' +
        'rajoutées tant qu’elles sont rentables : optimum exact sur toutes les paires compatibles',
      settings: input.settings,
      ...(input.timeLimitMs !== undefined ? { timeLimitMs: input.timeLimitMs } : {}),
      ...(input.stats ? { stats: input.stats } : {}),
      ...(input.objectiveEurPerYr !== undefined ? { objectiveEurPerYr: input.objectiveEurPerYr } : {}),
      ...(input.pricing ? { prunedPairs: prunedPairsFr(input.pricing, input.settings) } : {}),
    },
    ...(input.conflicts.length > 0 ? { pinConflicts: input.conflicts } : {}),
  };
}

/** What the pricing of pruned pairs did, said so that a facilitator knows whether the optimum covers every pair. */
function prunedPairsFr(pricing: ResultPricing, settings: SolveSettings): Record<string, unknown> {
  const summary =
    settings.pricingArcsPerFlow === 0
      ? `Réévaluation désactivée (pricingArcsPerFlow = 0) : optimum sur les ${pricing.partnerCap} meilleurs ` +
        'partenaires retenus par flux seulement.'
      : pricing.optimalOverAllPairs
        ? 'Optimum exact sur toutes les paires compatibles : aucune paire écartée par le plafond de partenaires ' +
          'n’a de coût réduit positif.'
        : 'Délai atteint pendant la réévaluation : l’optimum n’est démontré que sur les paires retenues.';
  return {
    summary,
    partnerCap: pricing.partnerCap,
    passes: pricing.passes,
    arcsAdded: pricing.arcsAdded,
    pairsPriced: pricing.pairsPriced,
    optimalOverAllPairs: pricing.optimalOverAllPairs,
  };
}
