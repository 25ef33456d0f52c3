import { INITIAL_MATCH_RUN_STATE, isBusy, matchRunReducer, type MatchRunAction } from './match-run-state';
import { matchParameters, MATCH_PARAMETER_FIELDS } from './match-parameters';

const run = (...actions: MatchRunAction[]) => actions.reduce(matchRunReducer, INITIAL_MATCH_RUN_STATE);

describe('match run state', () => {
  it('follows a run from start to done', () => {
    const s = run(
      { type: 'start' },
      { type: 'started', runId: 'r1' },
      { type: 'event', event: { status: 'running', progress: 0.42, stage: 'solve' } },
    );
    expect(s).toMatchObject({ phase: 'running', runId: 'r1', progress: 0.42 });
    expect(s.message).toBe('Calcul en cours : 42 % — résolution');
    expect(isBusy(s)).toBe(true);
    const done = matchRunReducer(s, { type: 'event', event: { status: 'done', progress: 1 } });
    expect(done).toMatchObject({ phase: 'done', progress: 1, message: 'Calcul terminé.' });
    expect(isBusy(done)).toBe(false);
  });

  it('says the run could not be started when the endpoint is missing', () => {
    const s = run({ type: 'start' }, { type: 'start-failed', httpStatus: 404, message: 'Not Found' });
    expect(s.phase).toBe('unavailable');
    expect(s.message).toMatch(/n’a pas pu être lancé/);
  });

  it('reports other start errors and failed runs with their message', () => {
    expect(
      run({ type: 'start' }, { type: 'start-failed', httpStatus: 400, message: 'paramètre inconnu' }).message,
    ).toBe('Le calcul n’a pas pu être lancé : paramètre inconnu');
    const failed = run(
      { type: 'started', runId: 'r' },
      { type: 'event', event: { status: 'failed', progress: 0.3, error: 'infaisable' } },
    );
    expect(failed).toMatchObject({ phase: 'failed', message: 'Le calcul a échoué : infaisable' });
  });

  it('clamps progress into 0–1', () => {
    expect(run({ type: 'event', event: { status: 'running', progress: 7 } }).progress).toBe(1);
    expect(run({ type: 'event', event: { status: 'running', progress: NaN } }).progress).toBe(0);
  });
});

describe('match parameters', () => {
  it('reads numbers and falls back to defaults on blank or invalid values', () => {
    expect(matchParameters({ carbonPriceEurPerT: '150', deltaTMinK: '' })).toEqual({
      carbonPriceEurPerT: 150,
      deltaTMinK: MATCH_PARAMETER_FIELDS[1].defaultValue,
    });
    expect(matchParameters({ carbonPriceEurPerT: '-3', deltaTMinK: 'abc' })).toEqual({
      carbonPriceEurPerT: 100,
      deltaTMinK: 10,
    });
  });
});
