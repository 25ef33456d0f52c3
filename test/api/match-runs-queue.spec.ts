// The run queue and the worker on their own: a matcher failure becomes a `failed` run with a clear French
// message (the process goes on), and a territory's runs go one at a time, in order.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { firstValueFrom, filter } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Dataset } from '@toile/flow-model';
import { tinyMaterialsDataset } from '@toile/seeds';
import { createDataSource } from '@toile/api/src/database/data-source';
import { TerritoryEntity } from '@toile/api/src/database/entities';
import type { MatchRunDataset } from '@toile/api/src/match-runs/match-run-dataset';
import { MatchRunEntity } from '@toile/api/src/match-runs/match-run.entity';
import { MatchRunQueue } from '@toile/api/src/match-runs/match-run-queue';
import { resolveMatchRunSettings } from '@toile/api/src/match-runs/match-run.settings';
import { MatchWorkerError, startMatchWorker } from '@toile/api/src/match-runs/match-worker-runner';

jest.setTimeout(60_000);

const NOW = '2026-01-01T00:00:00.000Z';

describe('startMatchWorker', () => {
  it('resolves with the result and reports the stages', async () => {
    const stages: string[] = [];
    const handle = startMatchWorker({ dataset: tinyMaterialsDataset, parameters: {}, pins: [] }, (progress) =>
      stages.push(progress.stage),
    );
    const result = await handle.result;
    expect(result).toMatchObject({
      format: 'toile.result/1',
      territoryId: 'tiny-materials',
      status: 'optimal',
    });
    expect(stages).toEqual(expect.arrayContaining(['validation', 'candidates', 'solve', 'interpretation']));
  });

  it('rejects with a French message when the matcher throws', async () => {
    const handle = startMatchWorker(
      { dataset: { format: 'nope' } as unknown as Dataset, parameters: {}, pins: [] },
      () => {},
    );
    await expect(handle.result).rejects.toThrow(MatchWorkerError);
    await expect(handle.result).rejects.toThrow(/le calcul a échoué : @toile\/matcher/);
  });

  it('rejects with the given reason when stopped', async () => {
    const handle = startMatchWorker({ dataset: tinyMaterialsDataset, parameters: {}, pins: [] }, () => {});
    await handle.terminate('arrêté pour le test');
    await expect(handle.result).rejects.toThrow('arrêté pour le test');
  });
});

describe('MatchRunQueue', () => {
  let dir: string;
  let ds: DataSource;
  let queue: MatchRunQueue;
  const datasets: Record<string, unknown> = {};

  const source = {
    export: async (territoryId: string) => datasets[territoryId] as Dataset,
    assertTerritory: async () => undefined,
  } as unknown as MatchRunDataset;

  async function queueRun(id: string, territoryId: string, createdAt: string): Promise<void> {
    await ds.getRepository(MatchRunEntity).insert({
      id,
      territoryId,
      status: 'queued',
      parameters: {},
      pins: [],
      progress: 0,
      createdAt,
    });
  }

  const ended = (id: string) =>
    firstValueFrom(
      queue.updates.pipe(filter((u) => u.id === id && (u.status === 'done' || u.status === 'failed'))),
    );

  beforeAll(async () => {
    Logger.overrideLogger(false);
    dir = mkdtempSync(join(tmpdir(), 'toile-match-queue-'));
    ds = createDataSource({ database: { type: 'sqlite', path: join(dir, 'q.sqlite') } });
    await ds.initialize();
    for (const id of ['broken', 'tiny-materials']) {
      await ds
        .getRepository(TerritoryEntity)
        .insert({ id, name: id, kind: null, note: null, datasetNote: null, createdAt: NOW, updatedAt: NOW });
    }
    datasets['broken'] = { format: 'toile.dataset/1', territory: { id: 'broken' } };
    datasets['tiny-materials'] = tinyMaterialsDataset;
    queue = new MatchRunQueue(ds, source, resolveMatchRunSettings({ progressPersistIntervalMs: 10 }));
  });

  afterAll(async () => {
    await queue.onModuleDestroy();
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a matcher failure as a failed run with a clear message', async () => {
    await queueRun('run-broken', 'broken', NOW);
    const end = ended('run-broken');
    queue.schedule();
    expect(await end).toMatchObject({ status: 'failed' });
    const stored = await ds.getRepository(MatchRunEntity).findOneByOrFail({ id: 'run-broken' });
    expect(stored.status).toBe('failed');
    expect(stored.error).toMatch(/^le calcul a échoué : @toile\/matcher: invalid input/);
    expect(stored.finishedAt).not.toBeNull();
  });

  it('runs one at a time per territory, oldest first, and stores each result', async () => {
    await queueRun('run-b', 'tiny-materials', '2026-01-01T00:00:02.000Z');
    await queueRun('run-a', 'tiny-materials', '2026-01-01T00:00:01.000Z');
    const both = Promise.all([ended('run-a'), ended('run-b')]);
    queue.schedule();
    await both;
    const repository = ds.getRepository(MatchRunEntity);
    const a = await repository.findOneByOrFail({ id: 'run-a' });
    const b = await repository.findOneByOrFail({ id: 'run-b' });
    expect([a.status, b.status]).toEqual(['done', 'done']);
    expect(a.result?.format).toBe('toile.result/1');
    expect(b.totals).toEqual(b.result?.totals);
    expect(b.startedAt! >= a.finishedAt!).toBe(true);
  });

  it('fails the runs left queued or running on start-up', async () => {
    await queueRun('run-left', 'tiny-materials', NOW);
    await queue.onApplicationBootstrap();
    const left = await ds.getRepository(MatchRunEntity).findOneByOrFail({ id: 'run-left' });
    expect(left).toMatchObject({ status: 'failed', error: 'interrompu par un redémarrage' });
  });
});
