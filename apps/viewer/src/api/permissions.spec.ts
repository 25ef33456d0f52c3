// Unit tests of what the viewer lets each role do: match runs for admins and the territory's facilitators.

import { matchRunPermission, roleLabel } from './permissions';
import type { SessionUser } from './session';

const user = (role: SessionUser['role'], territoryIds: string[] = []): SessionUser => ({
  id: 'u',
  email: 'u@toile.test',
  role,
  territoryIds,
});

describe('permissions', () => {
  it('names the roles in French', () => {
    expect(['admin', 'facilitator', 'firm'].map(roleLabel)).toEqual([
      'administrateur',
      'animateur·rice',
      'entreprise',
    ]);
  });

  it('lets admins and the facilitators of the territory start a match run, and says why others may not', () => {
    expect(matchRunPermission(user('admin'), 't1')).toEqual({ allowed: true, reason: '' });
    expect(matchRunPermission(user('facilitator', ['t1']), 't1').allowed).toBe(true);
    const foreign = matchRunPermission(user('facilitator', ['t2']), 't1');
    const firm = matchRunPermission(user('firm', ['t1']), 't1');
    const anonymous = matchRunPermission(null, 't1');
    for (const refused of [foreign, firm, anonymous]) {
      expect(refused.allowed).toBe(false);
      expect(refused.reason.length).toBeGreaterThan(20);
    }
    expect(anonymous.reason).toMatch(/^Connectez-vous/);
    expect(firm.reason).toMatch(/entreprise/);
  });
});
