// The ways an output can go: to inputs of its own resource, of its own EWC code, of a rule's target resource,
// or, for heat and gases, to inputs judged pair by pair on temperature, purity and pressure.

import { GAS_RESOURCES, HEAT_RESOURCES, ruleConditionFailure, rulesFromOutput } from '@toile/flow-model';
import type { PreparedFlow } from './prepared-flow';
import { transportKindFor, type TransportKind } from './transport';

export type RouteKind = 'same' | 'same-ewc' | 'rule' | 'heat' | 'gas';

export interface Route {
  /** Demand bucket key: a resource key or `ewc:XXXXXX`. */
  readonly target: string;
  readonly kind: RouteKind;
  /** `same-resource`, `same-ewc`, a substitution rule id; heat and gas rule ids are set per pair. */
  readonly ruleId: string;
  readonly ratio: number;
  readonly treatmentCostEurPerUnit: number;
  readonly transport: TransportKind;
}

const HEAT_TARGETS: Readonly<Record<string, readonly string[]>> = {
  heat: ['heat'],
  steam: ['steam', 'heat'],
  cold: ['cold'],
};

/** Every route of an output, grouped by demand key (several rules may reach the same key). */
export function routesOf(output: PreparedFlow): ReadonlyMap<string, readonly Route[]> {
  const routes: Route[] = [];
  const resource = output.resource;
  const add = (target: string, kind: RouteKind, ruleId: string, ratio: number, treatment = 0): void => {
    routes.push({
      target,
      kind,
      ruleId,
      ratio,
      treatmentCostEurPerUnit: treatment,
      transport: transportKindFor(target, resource),
    });
  };
  if (resource !== undefined) {
    const heatTargets = HEAT_RESOURCES.has(resource) ? HEAT_TARGETS[resource] : undefined;
    if (heatTargets !== undefined) for (const target of heatTargets) add(target, 'heat', 'heat', 1);
    else if (GAS_RESOURCES.has(resource)) add(resource, 'gas', 'same-resource', 1);
    else add(resource, 'same', 'same-resource', 1);
  }
  if (output.ewcCode !== undefined) add(`ewc:${output.ewcCode}`, 'same-ewc', 'same-ewc', 1);
  for (const rule of rulesFromOutput(output.flow)) {
    if (ruleConditionFailure(rule, output.flow, output.hazardous) !== undefined) continue;
    add(rule.to, 'rule', rule.id, rule.ratio, rule.treatmentCostEurPerUnit ?? 0);
  }
  const byTarget = new Map<string, Route[]>();
  for (const route of routes) {
    const list = byTarget.get(route.target);
    if (list === undefined) byTarget.set(route.target, [route]);
    else list.push(route);
  }
  return byTarget;
}
