// Hazardous wastes only to consumers that declare they accept the code.
import { hazardousAccepted, isHazardousFlow } from './hazardous';

describe('hazardous acceptance', () => {
  const spentCaustic = { ewc: '05 01 11*' };

  it('reads the hazard from the flag, else from the star, else from the list', () => {
    expect(isHazardousFlow(spentCaustic)).toBe(true);
    expect(isHazardousFlow({ ewc: '050111' })).toBe(false);
    expect(isHazardousFlow({ ewc: '050111' }, (code) => code === '050111')).toBe(true);
    expect(isHazardousFlow({ ewc: '05 01 11*', hazardous: false })).toBe(false);
  });

  it('sends a 05 01 xx* waste only to an input that lists its code', () => {
    expect(hazardousAccepted(spentCaustic, { acceptsEwc: [] })).toBe(false);
    expect(hazardousAccepted(spentCaustic, {})).toBe(false);
    expect(hazardousAccepted(spentCaustic, { acceptsEwc: ['05 01 12*'] })).toBe(false);
    expect(hazardousAccepted(spentCaustic, { acceptsEwc: ['05 01 11*'] })).toBe(true);
    expect(hazardousAccepted(spentCaustic, { acceptsEwc: ['050111'] })).toBe(true);
    expect(hazardousAccepted(spentCaustic, { ewc: '050111' })).toBe(true);
  });

  it('lets a non-hazardous output go anywhere', () => {
    expect(hazardousAccepted({ ewc: '10 01 05' }, {})).toBe(true);
  });
});
