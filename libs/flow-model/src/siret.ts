// French establishment (SIRET, 14 digits) and company (SIREN, 9 digits) identifiers: Luhn check digits.
// La Poste's establishments (SIREN 356000000) follow their own rule: the digit sum is a multiple of 5.

const LA_POSTE_SIREN = '356000000';

function compact(input: string): string {
  return input.replace(/\s+/gu, '');
}

/** Luhn: doubling every second digit from the right, the total is a multiple of 10. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/u.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True for 9 digits (spaces tolerated) passing Luhn. */
export function isValidSiren(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  const s = compact(input);
  return /^\d{9}$/u.test(s) && luhnValid(s);
}

/**
 * True for 14 digits (spaces tolerated, e.g. `732 829 320 00074`) passing Luhn, or, for La Poste
 * (SIREN 356000000), whose digit sum is a multiple of 5 (INSEE rule for La Poste's establishments).
 */
export function isValidSiret(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  const s = compact(input);
  if (!/^\d{14}$/u.test(s)) return false;
  if (luhnValid(s)) return true;
  if (!s.startsWith(LA_POSTE_SIREN)) return false;
  let sum = 0;
  for (const c of s) sum += c.charCodeAt(0) - 48;
  return sum % 5 === 0;
}
