// Hazardous wastes go only to consumers that declared they accept that exact code (`acceptsEwc`),
// or whose input is that very EWC code. Pure predicate over two flows.

import type { Flow } from '../dataset';
import { ewcDigits, parseEwcCode } from './ewc-code';

/** Hazardous when the flow says so, else when its EWC code carries `*` or the list marks it hazardous. */
export function isHazardousFlow(
  flow: Pick<Flow, 'hazardous' | 'ewc'>,
  listSaysHazardous?: (code: string) => boolean,
): boolean {
  if (flow.hazardous !== undefined) return flow.hazardous;
  if (flow.ewc === undefined) return false;
  const parsed = parseEwcCode(flow.ewc);
  if (parsed === undefined) return false;
  return parsed.starred || (listSaysHazardous?.(parsed.code) ?? false);
}

/** Whether the input declares it accepts the output's EWC code (by `acceptsEwc` or by its own `ewc`). */
export function acceptsEwcCode(input: Pick<Flow, 'acceptsEwc' | 'ewc'>, code: string): boolean {
  if (ewcDigits(input.ewc) === code) return true;
  return (input.acceptsEwc ?? []).some((accepted) => ewcDigits(accepted) === code);
}

/**
 * True when the output may go to the input as far as hazard is concerned: a non-hazardous output always,
 * a hazardous one only when the input lists its code. A hazardous output without a code is never accepted.
 */
export function hazardousAccepted(
  output: Pick<Flow, 'hazardous' | 'ewc'>,
  input: Pick<Flow, 'acceptsEwc' | 'ewc'>,
  listSaysHazardous?: (code: string) => boolean,
): boolean {
  if (!isHazardousFlow(output, listSaysHazardous)) return true;
  const code = ewcDigits(output.ewc);
  return code !== undefined && acceptsEwcCode(input, code);
}
