// Checks a facilitator's pins before the candidate stage and after it: malformed pins are input errors,
// contradictory ones (a pair both required and forbidden, a required pair no rule allows) are conflicts.

import type { Dataset, Problem } from '@toile/flow-model';
import type { CandidatePin } from './candidates';
import type { PinConflict } from './formulation/build-formulation';
import type { CandidateSet } from './types';

/** Problems of the pins' shape (path, value, reason), empty when every pin is well formed. */
export function validatePins(pins: unknown): Problem[] {
  if (pins === undefined) return [];
  if (!Array.isArray(pins))
    return [
      { path: '$.pins', value: pins, code: 'bad-pin', reason: '@toile/matcher: pins must be an array' },
    ];
  const problems: Problem[] = [];
  pins.forEach((pin: unknown, i) => {
    const p = pin as Partial<Record<keyof CandidatePin, unknown>> | null;
    const path = `$.pins[${i}]`;
    if (p === null || typeof p !== 'object') {
      problems.push({ path, value: pin, code: 'bad-pin', reason: '@toile/matcher: a pin must be an object' });
      return;
    }
    for (const field of ['supplyFlowId', 'demandFlowId'] as const) {
      if (typeof p[field] !== 'string' || p[field] === '')
        problems.push({
          path: `${path}.${field}`,
          value: p[field],
          code: 'bad-pin',
          reason: `@toile/matcher: ${field} must be a flow id`,
        });
    }
    if (p.pin !== 'required' && p.pin !== 'forbidden')
      problems.push({
        path: `${path}.pin`,
        value: p.pin,
        code: 'bad-pin',
        reason: '@toile/matcher: pin must be "required" or "forbidden"',
      });
  });
  return problems;
}

/** Conflicts visible from the dataset and the pins alone. */
export function pinConflictsBefore(dataset: Dataset, pins: readonly CandidatePin[]): PinConflict[] {
  const flows = new Map(dataset.flows.map((flow) => [flow.id, flow]));
  const kinds = new Map<string, Set<string>>();
  const conflicts: PinConflict[] = [];
  for (const pin of pins) {
    const key = `${pin.supplyFlowId}>${pin.demandFlowId}`;
    const set = kinds.get(key) ?? new Set<string>();
    set.add(pin.pin);
    kinds.set(key, set);
    if (pin.pin !== 'required') continue;
    const supply = flows.get(pin.supplyFlowId);
    const demand = flows.get(pin.demandFlowId);
    let reason: string | undefined;
    if (!supply || !demand) reason = 'flux inconnu dans ce territoire';
    else if (supply.direction !== 'output' || demand.direction !== 'input')
      reason = 'le premier flux doit être une sortie et le second une entrée';
    else if (supply.siteId === demand.siteId) reason = 'un site ne peut pas échanger avec lui-même';
    if (reason) conflicts.push({ supplyFlowId: pin.supplyFlowId, demandFlowId: pin.demandFlowId, reason });
  }
  for (const [key, set] of kinds) {
    if (set.size < 2) continue;
    const [supplyFlowId, demandFlowId] = key.split('>');
    conflicts.push({ supplyFlowId, demandFlowId, reason: 'paire à la fois imposée et interdite' });
  }
  return conflicts;
}

/** Required pairs the candidate stage found no way to make (no rule relates the two flows). */
export function pinConflictsAfter(
  candidates: CandidateSet,
  pins: readonly CandidatePin[],
  known: readonly PinConflict[],
): PinConflict[] {
  const arcs = new Set(
    candidates.arcs
      .filter((arc) => arc.pin !== 'forbidden')
      .map((arc) => `${arc.supplyFlowId}>${arc.demandFlowId}`),
  );
  const reported = new Set(known.map((c) => `${c.supplyFlowId}>${c.demandFlowId}`));
  return pins
    .filter((pin) => pin.pin === 'required')
    .filter(
      (pin) =>
        !arcs.has(`${pin.supplyFlowId}>${pin.demandFlowId}`) &&
        !reported.has(`${pin.supplyFlowId}>${pin.demandFlowId}`),
    )
    .map((pin) => ({
      supplyFlowId: pin.supplyFlowId,
      demandFlowId: pin.demandFlowId,
      reason: 'aucune règle de compatibilité ne relie ces deux flux (ressource, température ou pureté)',
    }));
}
