// Turns class-validator errors (the global ValidationPipe) into the API's problems: path, value, reason.
// Used as the pipe's exceptionFactory, so a bad body answers like any other ValidationFailedError.

import type { ValidationError } from 'class-validator';
import type { Problem } from '@toile/flow-model';
import { ValidationFailedError } from './domain-errors';

function childPath(parent: string, property: string): string {
  return /^\d+$/u.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

/** Every constraint broken, depth first, each as a problem with a JSON path from `$` (the body or query). */
export function validationProblems(errors: readonly ValidationError[], parent = '$'): Problem[] {
  const problems: Problem[] = [];
  for (const error of errors) {
    const path = childPath(parent, error.property);
    for (const [constraint, reason] of Object.entries(error.constraints ?? {})) {
      const code = constraint === 'whitelistValidation' ? 'unknown-field' : constraint;
      problems.push(
        error.value === undefined ? { path, code, reason } : { path, code, reason, value: error.value },
      );
    }
    problems.push(...validationProblems(error.children ?? [], path));
  }
  return problems;
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedError {
  const problems = validationProblems(errors);
  return new ValidationFailedError(problems, `@toile/api: requête invalide, ${problems.length} problème(s)`);
}
