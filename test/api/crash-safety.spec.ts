// Crash safety (issue 6): the built API is killed (SIGKILL) 20 times during large dataset imports and started
// again on the same SQLite file; the file must stay sound and every import be all or nothing, never a mix.

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../matcher/support/seeded-random';
import { type CrashDataset, type CrashVariant, crashDataset, otherVariant } from './support/crash-datasets';
import { adminHeaders, spawnApi, type SpawnedApi } from './support/spawned-api';
import { inspectSnapshot, snapshotDatabase, type TerritoryRows } from './support/sqlite-snapshot';

const TERRITORY_ID = 'essai-coupure';
const KILLS = 20;
/** Every 4th kill comes right after the import's answer; the others at a seeded delay. */
const AFTER_RESPONSE_EVERY = 4;
const TIMED_KILLS = KILLS - Math.floor(KILLS / AFTER_RESPONSE_EVERY);
const SEED = 20261128;
/** Timed kills are spread over [0, this × the last cold import time]: before, during and after the commit. */
const DELAY_SPAN = 1;

interface KillRecord {
  readonly delayMs: number;
  readonly importing: CrashVariant;
  readonly acknowledged: boolean;
  readonly stored: CrashVariant;
  readonly uncommittedWalFrames: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety: SIGKILL during dataset imports (built API, SQLite file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toile-crash-'));
  const databasePath = join(dir, 'toile.sqlite');
  let api: SpawnedApi | undefined;
  let headers: Record<string, string> = {};
  const datasets: Record<CrashVariant, CrashDataset> = {
    A: crashDataset(TERRITORY_ID, 'A'),
    B: crashDataset(TERRITORY_ID, 'B'),
  };
  /** sha256 of GET …/dataset once each dataset is stored, by variant. */
  const storedHash = new Map<string, CrashVariant>();

  afterAll(async () => {
    await api?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const running = (): SpawnedApi => {
    if (api === undefined) throw new Error('the API is not running');
    return api;
  };

  function put(variant: CrashVariant): Promise<Response> {
    return fetch(`${running().url}/api/territories/${TERRITORY_ID}/dataset`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: datasets[variant].body,
    });
  }

  async function storedDatasetHash(): Promise<string> {
    const response = await fetch(`${running().url}/api/territories/${TERRITORY_ID}/dataset`, { headers });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET dataset answered ${response.status}: ${text}`);
    return createHash('sha256').update(text).digest('hex');
  }

  /** The variant whose rows these are; undefined for a mix (or anything else). */
  function variantOfRows(rows: TerritoryRows): CrashVariant | undefined {
    return (['A', 'B'] as const).find((v) => {
      const doc = datasets[v].doc;
      return (
        rows.name === doc.territory.name &&
        rows.zones === (doc.zones?.length ?? 0) &&
        rows.sites === doc.sites.length &&
        rows.flows === doc.flows.length
      );
    });
  }

  it('keeps PRAGMA integrity_check ok and each import all or nothing over 20 kills and restarts', async () => {
    api = await spawnApi({ databasePath });
    headers = await adminHeaders(api.url);
    const created = await fetch(`${api.url}/api/territories`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ id: TERRITORY_ID, name: 'Essai de coupure', kind: 'zae' }),
    });
    expect(created.status).toBe(201);

    // Reference imports, uninterrupted: the stored form of A and B, and how long an import takes.
    const importMs: number[] = [];
    for (const variant of ['A', 'B'] as const) {
      const start = performance.now();
      const response = await put(variant);
      expect(response.status).toBe(200);
      importMs.push(performance.now() - start);
      storedHash.set(await storedDatasetHash(), variant);
    }
    expect(storedHash.size).toBe(2);
    // A cold process (each restart) imports slower than a warm one: the first import is the estimate to start with.
    let importEstimateMs = importMs[0];

    const random = seededRandom(SEED);
    const kills: KillRecord[] = [];
    let current: CrashVariant = 'B';
    let timed = 0;
    for (let k = 0; k < KILLS; k++) {
      const importing = otherVariant(current);
      const afterResponse = k % AFTER_RESPONSE_EVERY === AFTER_RESPONSE_EVERY - 1;
      let acknowledged = false;
      const start = performance.now();
      const request = put(importing).then(
        (response) => {
          expect(response.status).toBe(200);
          acknowledged = true;
        },
        () => undefined, // the connection died with the process
      );
      let delayMs: number;
      if (afterResponse) {
        // Right after the answer: the import was acknowledged, so it must survive; and it times a cold import.
        await request;
        importEstimateMs = performance.now() - start;
        await sleep(random.int(0, 20));
        delayMs = Math.round(performance.now() - start);
      } else {
        // Stratified: the j-th timed kill lands in the j-th slice of the span, at a seeded point inside it.
        delayMs = Math.round(((timed++ + random.next()) / TIMED_KILLS) * DELAY_SPAN * importEstimateMs);
        await sleep(delayMs);
      }
      await running().kill();
      await request;

      // The file as the killed process left it is copied, then inspected while the API restarts on the original.
      const copy = snapshotDatabase(databasePath);
      const [inspected, restarted] = await Promise.allSettled([
        inspectSnapshot(copy, TERRITORY_ID),
        spawnApi({ databasePath }),
      ]);
      if (restarted.status === 'fulfilled') api = restarted.value; // afterAll kills it whatever happens next
      if (inspected.status === 'rejected') throw inspected.reason;
      if (restarted.status === 'rejected') throw restarted.reason;
      const snapshot = inspected.value;
      expect(snapshot.integrity).toEqual(['ok']);
      expect(snapshot.foreignKeyViolations).toBe(0);
      const onDisk = variantOfRows(snapshot.territory);
      expect({ kill: k, rows: snapshot.territory, variant: onDisk }).toEqual({
        kill: k,
        rows: snapshot.territory,
        variant: expect.stringMatching(/^[AB]$/u),
      });

      const served = storedHash.get(await storedDatasetHash());
      // The served dataset is exactly A or B, the one on disk, and the new one if the import was acknowledged.
      expect({ kill: k, served }).toEqual({ kill: k, served: onDisk });
      expect([current, importing]).toContain(served);
      if (acknowledged) expect({ kill: k, served }).toEqual({ kill: k, served: importing });
      kills.push({
        delayMs,
        importing,
        acknowledged,
        stored: served!,
        uncommittedWalFrames: snapshot.wal?.uncommittedFrames ?? 0,
      });
      current = served!;
    }

    // After 20 kills the API still imports, and the file is still sound.
    const last = otherVariant(current);
    expect((await put(last)).status).toBe(200);
    expect(storedHash.get(await storedDatasetHash())).toBe(last);
    await running().kill();
    const final = await inspectSnapshot(snapshotDatabase(databasePath), TERRITORY_ID);
    expect(final.integrity).toEqual(['ok']);
    expect(variantOfRows(final.territory)).toBe(last);

    const kept = kills.filter((r) => r.stored !== r.importing).length;
    const midTransaction = kills.filter((r) => r.uncommittedWalFrames > 0).length;
    console.log(
      [
        `crash safety: reference imports ${importMs.map((ms) => Math.round(ms)).join(' / ')} ms, last cold import ${Math.round(importEstimateMs)} ms`,
        `${kills.length} kills: ${kept} kept the previous dataset, ${kills.length - kept} stored the new one ` +
          `(${kills.filter((r) => r.acknowledged).length} acknowledged), ${midTransaction} died with uncommitted WAL frames`,
        ...kills.map(
          (r, i) =>
            `  #${i} ${r.importing} at ${r.delayMs} ms → ${r.stored === r.importing ? 'new' : 'old'}` +
            `${r.acknowledged ? ' (200)' : ''}${r.uncommittedWalFrames > 0 ? `, ${r.uncommittedWalFrames} uncommitted WAL frames` : ''}`,
        ),
      ].join('\n'),
    );
    // Kills landed on both sides of the commit (the first timed kill is before it, every 4th is after the answer).
    expect(kept).toBeGreaterThan(0);
    expect(kills.length - kept).toBeGreaterThan(0);
  }, 180_000);
});
