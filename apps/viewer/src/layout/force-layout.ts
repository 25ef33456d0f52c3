// ForceAtlas2 off the main thread (graphology's web-worker supervisor) with start/stop, a settle detector
// that stops it by itself, then noverlap (also in a worker) to pull overlapping sites apart.

import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { ViewerGraph } from '../graph/viewer-graph';
import { createSettleDetector, type SettleDetector } from './settle-detector';

export type ForceLayoutPhase = 'stopped' | 'running' | 'noverlap' | 'settled';

export interface ForceLayoutCallbacks {
  readonly onPhase: (phase: ForceLayoutPhase) => void;
}

const SAMPLE_MS = 500;
/** ForceAtlas2 is stopped after this long even if sites still drift (huge territories). */
export const FA2_MAX_RUN_MS = 60_000;
/** Noverlap stops when no sites overlap; this bounds it on very dense territories. */
const NOVERLAP_MAX_MS = 5000;

export class ForceLayout {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private noverlapTimer: ReturnType<typeof setTimeout> | null = null;
  private detector: SettleDetector = createSettleDetector();
  phase: ForceLayoutPhase = 'stopped';

  constructor(
    private readonly graph: ViewerGraph,
    private readonly callbacks: ForceLayoutCallbacks,
  ) {}

  private setPhase(phase: ForceLayoutPhase): void {
    this.phase = phase;
    this.callbacks.onPhase(phase);
  }

  private positions(): Float64Array {
    const out = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_n, a) => {
      out[i++] = a.x;
      out[i++] = a.y;
    });
    return out;
  }

  start(): void {
    this.killNoverlap();
    if (this.fa2 === null) {
      const settings = {
        ...inferSettings(this.graph),
        adjustSizes: false,
        barnesHutOptimize: this.graph.order > 500,
      };
      this.fa2 = new FA2Layout(this.graph, { settings, getEdgeWeight: null });
    }
    this.detector = createSettleDetector();
    const startedAt = Date.now();
    this.fa2.start();
    this.setPhase('running');
    this.timer = setInterval(() => {
      if (this.detector.sample(this.positions()) || Date.now() - startedAt > FA2_MAX_RUN_MS) this.stop();
    }, SAMPLE_MS);
  }

  /** Stops ForceAtlas2 and runs noverlap; `settled` once noverlap has converged. */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.fa2 === null || !this.fa2.isRunning()) return;
    this.fa2.stop();
    this.setPhase('noverlap');
    this.noverlap = new NoverlapLayout(this.graph, {
      settings: { margin: 2, ratio: 1.2 },
      onConverged: () => this.settle(),
    });
    this.noverlap.start();
    this.noverlapTimer = setTimeout(() => this.settle(), NOVERLAP_MAX_MS);
  }

  isRunning(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  private settle(): void {
    if (this.phase !== 'noverlap') return;
    this.killNoverlap();
    this.setPhase('settled');
  }

  private killNoverlap(): void {
    if (this.noverlapTimer !== null) clearTimeout(this.noverlapTimer);
    this.noverlapTimer = null;
    this.noverlap?.kill();
    this.noverlap = null;
  }

  kill(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.fa2?.kill();
    this.fa2 = null;
    this.killNoverlap();
    this.phase = 'stopped';
  }
}
