// The state of the "run a match" panel as a pure reducer: starting, following progress, done, failed,
// or unavailable when the API has no match-run endpoints (404/405/501).

import type { MatchRunEvent } from '../api/toile-api';

export type MatchPhase = 'idle' | 'starting' | 'queued' | 'running' | 'done' | 'failed' | 'unavailable';

export interface MatchRunState {
  readonly phase: MatchPhase;
  readonly runId: string | null;
  readonly progress: number;
  readonly stage: string | null;
  readonly message: string;
}

export const INITIAL_MATCH_RUN_STATE: MatchRunState = {
  phase: 'idle',
  runId: null,
  progress: 0,
  stage: null,
  message: '',
};

export type MatchRunAction =
  | { readonly type: 'start' }
  | { readonly type: 'started'; readonly runId: string }
  | { readonly type: 'start-failed'; readonly httpStatus?: number; readonly message: string }
  | { readonly type: 'event'; readonly event: MatchRunEvent }
  | { readonly type: 'reset' };

const STAGE_FR: Readonly<Record<string, string>> = {
  queued: 'en file d’attente',
  candidates: 'recherche des appariements possibles',
  formulation: 'construction du programme linéaire',
  solve: 'résolution',
  solving: 'résolution',
  interpretation: 'interprétation des résultats',
};

export function stageLabel(stage: string | null | undefined): string {
  if (!stage) return '';
  return STAGE_FR[stage] ?? stage;
}

export function matchRunReducer(state: MatchRunState, action: MatchRunAction): MatchRunState {
  switch (action.type) {
    case 'start':
      return { ...INITIAL_MATCH_RUN_STATE, phase: 'starting', message: 'Démarrage du calcul…' };
    case 'started':
      return { ...state, phase: 'queued', runId: action.runId, message: 'Calcul en file d’attente…' };
    case 'start-failed': {
      const missing = action.httpStatus === 404 || action.httpStatus === 405 || action.httpStatus === 501;
      return {
        ...state,
        phase: missing ? 'unavailable' : 'failed',
        message: missing
          ? 'Le calcul n’a pas pu être lancé : ce serveur ne propose pas encore la recherche de synergies.'
          : `Le calcul n’a pas pu être lancé : ${action.message}`,
      };
    }
    case 'event': {
      const e = action.event;
      const progress = Math.max(0, Math.min(1, Number.isFinite(e.progress) ? e.progress : 0));
      if (e.status === 'done')
        return { ...state, phase: 'done', progress: 1, stage: null, message: 'Calcul terminé.' };
      if (e.status === 'failed') {
        return {
          ...state,
          phase: 'failed',
          stage: null,
          message: `Le calcul a échoué : ${e.error ?? 'erreur inconnue'}`,
        };
      }
      const pct = Math.round(progress * 100);
      const stage = stageLabel(e.stage);
      return {
        ...state,
        phase: e.status,
        progress,
        stage: e.stage ?? null,
        message:
          e.status === 'queued'
            ? 'Calcul en file d’attente…'
            : `Calcul en cours : ${pct} %${stage ? ` — ${stage}` : ''}`,
      };
    }
    case 'reset':
      return INITIAL_MATCH_RUN_STATE;
  }
}

export function isBusy(state: MatchRunState): boolean {
  return state.phase === 'starting' || state.phase === 'queued' || state.phase === 'running';
}
