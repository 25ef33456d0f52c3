// The follow-up statuses of a synergy, their French labels, and the transitions a facilitator may record (pure).
// détectée → contactée → à l'étude → réalisée ; abandonnée (with a reason) from any stage but réalisée.

import type { Problem } from '@toile/flow-model';

export const FOLLOW_UP_STATUSES = [
  'detected',
  'contacted',
  'under-study',
  'implemented',
  'abandoned',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** What the UI shows. */
export const FOLLOW_UP_LABELS_FR: Readonly<Record<FollowUpStatus, string>> = {
  detected: 'détectée',
  contacted: 'contactée',
  'under-study': 'à l’étude',
  implemented: 'réalisée',
  abandoned: 'abandonnée',
};

/** Every synergy a run proposes starts here, without any recorded event. */
export const INITIAL_STATUS: FollowUpStatus = 'detected';

/**
 * Allowed moves. Forward one stage at a time; `abandoned` from any stage but `implemented`; an abandoned synergy
 * re-opens to `detected`; an implemented one is final except a move back to `under-study` (the exchange stopped,
 * or was recorded by mistake), which needs a reason like an abandonment. Every move is a new event.
 */
export const FOLLOW_UP_TRANSITIONS: Readonly<Record<FollowUpStatus, readonly FollowUpStatus[]>> = {
  detected: ['contacted', 'abandoned'],
  contacted: ['under-study', 'abandoned'],
  'under-study': ['implemented', 'abandoned'],
  implemented: ['under-study'],
  abandoned: ['detected'],
};

export function isFollowUpStatus(value: unknown): value is FollowUpStatus {
  return typeof value === 'string' && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);
}

/** Whether a move needs a reason: an abandonment, or re-opening an implemented synergy. */
export function reasonRequired(from: FollowUpStatus, to: FollowUpStatus): boolean {
  return to === 'abandoned' || from === 'implemented';
}

export interface TransitionRequest {
  readonly from: FollowUpStatus;
  readonly to: FollowUpStatus;
  readonly reason?: string;
}

/** Problems of a move (empty when allowed), at `$.status` and `$.reason` of the request body. */
export function transitionProblems({ from, to, reason }: TransitionRequest): Problem[] {
  const problems: Problem[] = [];
  if (!FOLLOW_UP_TRANSITIONS[from].includes(to)) {
    const allowed = FOLLOW_UP_TRANSITIONS[from].map((status) => `${status} (${FOLLOW_UP_LABELS_FR[status]})`);
    problems.push({
      path: '$.status',
      value: to,
      code: from === to ? 'same-status' : 'invalid-transition',
      reason:
        from === to
          ? `la synergie est déjà « ${FOLLOW_UP_LABELS_FR[to]} »`
          : `passage de « ${FOLLOW_UP_LABELS_FR[from]} » à « ${FOLLOW_UP_LABELS_FR[to]} » impossible ; ` +
            `possibles : ${allowed.join(', ')}`,
    });
  }
  if (reasonRequired(from, to) && (reason === undefined || reason.trim() === '')) {
    problems.push({
      path: '$.reason',
      code: 'reason-required',
      reason:
        to === 'abandoned'
          ? 'une synergie abandonnée doit avoir une raison'
          : 'rouvrir une synergie réalisée demande une raison',
    });
  }
  return problems;
}
