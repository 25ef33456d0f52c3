// Monthly distribution of a flow's yearly quantity: its `months` profile normalised, or flat twelfths.
// Pure; an unusable profile (not 12 finite shares ≥ 0 with a positive sum) falls back to flat.

export const MONTHS_PER_YEAR = 12;

/** The 12 shares (summing to 1) of a `months` profile, or undefined when the profile is unusable. */
export function monthShares(months: readonly number[] | undefined): readonly number[] | undefined {
  if (!Array.isArray(months) || months.length !== MONTHS_PER_YEAR) return undefined;
  if (!months.every((m) => typeof m === 'number' && Number.isFinite(m) && m >= 0)) return undefined;
  const total = months.reduce((a, b) => a + b, 0);
  return total > 0 ? Object.freeze(months.map((m) => m / total)) : undefined;
}

/** The yearly quantity split over the 12 months, January first: per the flow's profile, else flat. */
export function monthlyQuantities(
  flow: { readonly months?: readonly number[] },
  yearly: number,
): readonly number[] {
  const shares = monthShares(flow.months);
  return Object.freeze(
    shares === undefined
      ? new Array<number>(MONTHS_PER_YEAR).fill(yearly / MONTHS_PER_YEAR)
      : shares.map((s) => s * yearly),
  );
}
