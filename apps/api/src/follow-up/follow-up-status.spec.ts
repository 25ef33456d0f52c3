// Unit tests of the follow-up transitions: every pair of statuses against the documented table, reasons
// required for an abandonment and for re-opening an implemented synergy, French labels for every status.

import {
  FOLLOW_UP_LABELS_FR,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  isFollowUpStatus,
  transitionProblems,
} from './follow-up-status';

const ALLOWED: readonly string[] = [
  'detected→contacted',
  'detected→abandoned',
  'contacted→under-study',
  'contacted→abandoned',
  'under-study→implemented',
  'under-study→abandoned',
  'implemented→under-study',
  'abandoned→detected',
];

describe('transitionProblems', () => {
  it('allows exactly the documented moves (with a reason), refusing every other pair at $.status', () => {
    for (const from of FOLLOW_UP_STATUSES) {
      for (const to of FOLLOW_UP_STATUSES) {
        const problems = transitionProblems({ from, to, reason: 'parce que' });
        if (ALLOWED.includes(`${from}→${to}`)) expect(problems).toEqual([]);
        else
          expect(problems).toEqual([
            expect.objectContaining({
              path: '$.status',
              value: to,
              code: from === to ? 'same-status' : 'invalid-transition',
            }),
          ]);
      }
    }
  });

  it('requires a reason to abandon and to re-open an implemented synergy, not for the other moves', () => {
    const needs = (from: FollowUpStatus, to: FollowUpStatus): boolean =>
      transitionProblems({ from, to }).some((problem) => problem.path === '$.reason');
    expect(needs('detected', 'abandoned')).toBe(true);
    expect(needs('under-study', 'abandoned')).toBe(true);
    expect(needs('implemented', 'under-study')).toBe(true);
    expect(transitionProblems({ from: 'contacted', to: 'abandoned', reason: '   ' })[0].code).toBe(
      'reason-required',
    );
    expect(needs('detected', 'contacted')).toBe(false);
    expect(needs('abandoned', 'detected')).toBe(false);
  });

  it('names both statuses in French in the reason', () => {
    const [problem] = transitionProblems({ from: 'detected', to: 'implemented' });
    expect(problem.reason).toContain('« détectée » à « réalisée »');
  });
});

describe('labels', () => {
  it('has a French label for every status and recognises statuses', () => {
    expect(FOLLOW_UP_STATUSES.map((status) => FOLLOW_UP_LABELS_FR[status])).toEqual([
      'détectée',
      'contactée',
      'à l’étude',
      'réalisée',
      'abandonnée',
    ]);
    expect(isFollowUpStatus('implemented')).toBe(true);
    expect(isFollowUpStatus('done')).toBe(false);
  });
});
