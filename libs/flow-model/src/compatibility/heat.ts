// Heat, steam and cold compatibility: direct exchange when the source is hot enough (pinch rule with ΔTmin),
// otherwise an electric heat pump whose COP follows a Carnot fraction; hot water never serves a steam need.

import type { Flow } from '../dataset';

export interface HeatRuleSettings {
  /** Minimum approach between source and sink (K). */
  readonly deltaTMinK: number;
  /** Share of the Carnot COP a real heat pump reaches (0–1). */
  readonly heatPumpCarnotEfficiency: number;
  /** Highest COP credited, whatever the lift. */
  readonly heatPumpMaxCop: number;
  /** Largest temperature lift (sink − source, K) a heat pump is proposed for. */
  readonly heatPumpMaxLiftK: number;
  /** Highest sink temperature (°C) an industrial heat pump is proposed for. */
  readonly heatPumpMaxSinkC: number;
  /** Whether heat pumps may be proposed at all. */
  readonly heatPumpsAllowed: boolean;
}

export type HeatRuleId = 'heat-direct' | 'steam-direct' | 'steam-to-heat' | 'cold-direct' | 'heat-pump';

export type HeatCompatibility =
  | { readonly kind: 'direct'; readonly ruleId: HeatRuleId; readonly ratio: 1 }
  | {
      readonly kind: 'heat-pump';
      readonly ruleId: 'heat-pump';
      readonly cop: number;
      /** MWh delivered to the sink per MWh taken from the source: COP / (COP − 1). */
      readonly ratio: number;
      /** MWh of electricity per MWh taken from the source: 1 / (COP − 1). */
      readonly electricityMWhPerUnit: number;
    }
  | { readonly kind: 'incompatible'; readonly reason: string };

export const HEAT_RESOURCES: ReadonlySet<string> = new Set(['heat', 'steam', 'cold']);

const KELVIN = 273.15;

/** Real COP of a heat pump lifting from sourceC to sinkC: η · T_sink / (T_sink − T_source), in kelvin, capped. */
export function heatPumpCop(sourceC: number, sinkC: number, settings: HeatRuleSettings): number {
  const liftK = sinkC - sourceC;
  if (liftK <= 0) return settings.heatPumpMaxCop;
  return Math.min(settings.heatPumpMaxCop, (settings.heatPumpCarnotEfficiency * (sinkC + KELVIN)) / liftK);
}

function viaHeatPump(sourceC: number, sinkC: number, settings: HeatRuleSettings): HeatCompatibility {
  if (!settings.heatPumpsAllowed) {
    return {
      kind: 'incompatible',
      reason: `source à ${sourceC} °C trop froide pour ${sinkC} °C (pompes à chaleur exclues)`,
    };
  }
  if (sinkC > settings.heatPumpMaxSinkC) {
    return {
      kind: 'incompatible',
      reason: `besoin à ${sinkC} °C au-delà des pompes à chaleur industrielles (${settings.heatPumpMaxSinkC} °C)`,
    };
  }
  if (sinkC - sourceC > settings.heatPumpMaxLiftK) {
    return {
      kind: 'incompatible',
      reason: `écart de ${sinkC - sourceC} K au-delà de ${settings.heatPumpMaxLiftK} K pour une pompe à chaleur`,
    };
  }
  const cop = heatPumpCop(sourceC, sinkC, settings);
  if (cop <= 1)
    return { kind: 'incompatible', reason: `COP ${cop.toFixed(2)} ≤ 1 : pompe à chaleur sans intérêt` };
  return {
    kind: 'heat-pump',
    ruleId: 'heat-pump',
    cop,
    ratio: cop / (cop - 1),
    electricityMWhPerUnit: 1 / (cop - 1),
  };
}

/**
 * How a heat-family output (source) can serve a heat-family input (sink): `heat` is hot water or air, `steam`
 * serves steam and lower-temperature heat needs, `cold` serves a colder need only when colder by ΔTmin.
 */
export function heatCompatibility(
  source: Pick<Flow, 'resource' | 'temperatureC' | 'pressureBar'>,
  sink: Pick<Flow, 'resource' | 'temperatureC' | 'pressureBar'>,
  settings: HeatRuleSettings,
): HeatCompatibility {
  const from = source.resource;
  const to = sink.resource;
  if (from === undefined || to === undefined || !HEAT_RESOURCES.has(from) || !HEAT_RESOURCES.has(to)) {
    return { kind: 'incompatible', reason: 'pas un flux de chaleur, de vapeur ou de froid' };
  }
  const ts = source.temperatureC;
  const td = sink.temperatureC;
  if (ts === undefined || td === undefined) {
    return { kind: 'incompatible', reason: 'température non déclarée' };
  }
  const dT = settings.deltaTMinK;
  if (from === 'cold' || to === 'cold') {
    if (from !== to) return { kind: 'incompatible', reason: 'le froid ne sert qu’un besoin de froid' };
    return ts <= td - dT
      ? { kind: 'direct', ruleId: 'cold-direct', ratio: 1 }
      : { kind: 'incompatible', reason: `froid à ${ts} °C pas assez froid pour ${td} °C (ΔT ${dT} K)` };
  }
  if (to === 'steam') {
    if (from !== 'steam')
      return { kind: 'incompatible', reason: 'l’eau chaude ne sert jamais un besoin de vapeur' };
    if (
      source.pressureBar !== undefined &&
      sink.pressureBar !== undefined &&
      source.pressureBar < sink.pressureBar
    ) {
      return {
        kind: 'incompatible',
        reason: `vapeur à ${source.pressureBar} bar pour un besoin à ${sink.pressureBar} bar`,
      };
    }
    return ts >= td + dT
      ? { kind: 'direct', ruleId: 'steam-direct', ratio: 1 }
      : { kind: 'incompatible', reason: `vapeur à ${ts} °C pas assez chaude pour ${td} °C (ΔT ${dT} K)` };
  }
  if (ts >= td + dT)
    return { kind: 'direct', ruleId: from === 'steam' ? 'steam-to-heat' : 'heat-direct', ratio: 1 };
  return viaHeatPump(ts, td, settings);
}
