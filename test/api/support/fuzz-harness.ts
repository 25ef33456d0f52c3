// Sends one fuzz request to the in-process app and checks it: never 5xx, a machine-readable error body on
// 4xx, the database fingerprint unchanged by every refused request and every read, Object.prototype intact.

import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { FuzzCase } from './fuzz-case';
import { databaseFingerprint, writeCounter } from './fuzz-fingerprint';

export interface Violation {
  readonly category: string;
  readonly kind: '5xx' | 'no-response' | 'error-body' | 'db-changed' | 'prototype-polluted';
  readonly label: string;
  readonly status: number;
  readonly request: string;
  readonly answer: string;
}

export interface Accepted {
  readonly category: string;
  readonly label: string;
  readonly status: number;
  readonly request: string;
}

export interface CategoryStats {
  sent: number;
  refused: number;
  accepted: number;
  readonly statuses: Record<number, number>;
}

function preview(c: FuzzCase): string {
  const body = c.body === undefined ? '' : Buffer.isBuffer(c.body) ? `<${c.body.length} bytes>` : c.body;
  const text = `${c.method.toUpperCase()} ${c.path} [${c.contentType ?? '-'}] ${body}`;
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
}

/** Waits until no match run is queued or running (an accepted run writes as it goes). */
async function settleRuns(ds: DataSource): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const [{ n }] = (await ds.query(
      `SELECT count(*) AS n FROM match_runs WHERE status IN ('queued', 'running')`,
    )) as { n: number }[];
    if (Number(n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export class FuzzHarness {
  readonly stats: Record<string, CategoryStats> = {};
  readonly violations: Violation[] = [];
  readonly accepted: Accepted[] = [];
  private baseline = '';
  private counter = '';
  /** Full fingerprints computed (the write counter had moved). */
  fingerprints = 0;

  /** `baseUrl`: one listening server for all requests (supertest would listen anew for each). */
  constructor(
    private readonly baseUrl: string,
    private readonly ds: DataSource,
  ) {}

  async rebaseline(): Promise<void> {
    await settleRuns(this.ds);
    this.counter = await writeCounter(this.ds);
    this.baseline = await databaseFingerprint(this.ds);
  }

  /** The fingerprint now, recomputed only when something may have been written since the last one. */
  private async current(): Promise<string> {
    const counter = await writeCounter(this.ds);
    if (counter === this.counter) return this.baseline;
    this.fingerprints += 1;
    this.counter = counter;
    return databaseFingerprint(this.ds);
  }

  async send(c: FuzzCase): Promise<void> {
    const stats = (this.stats[c.category] ??= { sent: 0, refused: 0, accepted: 0, statuses: {} });
    stats.sent += 1;
    let status = 0;
    let answer = '';
    let body: unknown;
    try {
      let req = request(this.baseUrl)[c.method](c.path);
      if (c.contentType !== undefined) req = req.set('Content-Type', c.contentType);
      const res = await (c.body === undefined ? req : req.send(c.body));
      status = res.status;
      body = res.body;
      answer = (res.text ?? '').slice(0, 300);
    } catch (error) {
      answer = String(error);
    }
    stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
    const violation = (kind: Violation['kind']) =>
      this.violations.push({
        category: c.category,
        kind,
        label: c.label,
        status,
        request: preview(c),
        answer,
      });
    if (status === 0) violation('no-response');
    else if (status >= 500) violation('5xx');
    if (status >= 400 && !isErrorBody(body)) violation('error-body');
    const refused = status >= 400;
    if (refused) stats.refused += 1;
    else if (status !== 0) stats.accepted += 1;
    if (!refused && status !== 0 && c.expect === 'reject') {
      this.accepted.push({ category: c.category, label: c.label, status, request: preview(c) });
    }
    if (refused || c.expect === 'read' || status === 0) {
      await settleRuns(this.ds);
      const now = await this.current();
      if (now !== this.baseline) {
        violation('db-changed');
        this.baseline = now;
      }
    } else {
      await this.rebaseline();
    }
    const probe = {} as Record<string, unknown>;
    if (probe.polluted !== undefined || probe.isAdmin !== undefined) violation('prototype-polluted');
  }
}

function isErrorBody(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  const { code, message } = body as { code?: unknown; message?: unknown };
  return typeof code === 'string' && code.length > 0 && typeof message === 'string' && message.length > 0;
}
