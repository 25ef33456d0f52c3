// Luhn check of French SIREN/SIRET numbers, used to keep the seeds' fictional SIRETs well-formed.
// The demo generator (scripts/demo/helpers.cjs) computes the keys; this file checks them independently.

/** True when the digit string passes the Luhn check (every second digit from the right doubled). */
export function passesLuhn(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A SIRET is 14 digits passing Luhn, and its first 9 digits (the SIREN) pass Luhn too. */
export function isValidSiret(siret: string): boolean {
  return /^[0-9]{14}$/.test(siret) && passesLuhn(siret) && passesLuhn(siret.slice(0, 9));
}
