// The whole formulation (every component, every time slice) as one block-diagonal TransportLp, plus the constant
// value of the required lower bounds: the model HiGHS solves as the reference.

import type { Formulation, TransportLp } from '@toile/matcher';

export function formulationAsOneLp(formulation: Formulation): {
  readonly lp: TransportLp;
  readonly constant: number;
} {
  const supply: number[] = [];
  const demand: number[] = [];
  const s: number[] = [];
  const d: number[] = [];
  const r: number[] = [];
  const m: number[] = [];
  let constant = 0;
  for (const component of formulation.components) {
    for (const slice of component.slices) {
      const { lp } = slice;
      const ns = supply.length;
      const nd = demand.length;
      supply.push(...lp.supplyCapacity);
      demand.push(...lp.demandCapacity);
      for (let a = 0; a < lp.arcMargin.length; a++) {
        s.push(ns + lp.arcSupply[a]);
        d.push(nd + lp.arcDemand[a]);
        r.push(lp.arcRatio[a]);
        m.push(lp.arcMargin[a]);
        constant += lp.arcMargin[a] * slice.lowerBound[a];
      }
    }
  }
  return {
    lp: {
      supplyCapacity: Float64Array.from(supply),
      demandCapacity: Float64Array.from(demand),
      arcSupply: Int32Array.from(s),
      arcDemand: Int32Array.from(d),
      arcRatio: Float64Array.from(r),
      arcMargin: Float64Array.from(m),
    },
    constant,
  };
}
