// Switches between the geographic layout (Mercator positions, optional base map) and ForceAtlas2
// (worker, start/stop, noverlap after); the selection is kept since only positions change.

import type { ViewerSettings } from '../settings';
import type { ViewerGraph } from '../graph/viewer-graph';
import { assignForceStartPositions, assignGeographicPositions } from '../layout/positions';
import { ForceLayout, type ForceLayoutPhase } from '../layout/force-layout';
import { BasemapLayer } from '../basemap/basemap-layer';
import { byId } from '../ui/dom';
import type { ViewerApp } from './viewer-app';

export type LayoutMode = 'geo' | 'force';

const PHASE_FR: Readonly<Record<ForceLayoutPhase, string>> = {
  stopped: 'arrêtée',
  running: 'en cours…',
  noverlap: 'séparation des sites…',
  settled: 'stabilisée',
};

export class LayoutController {
  mode: LayoutMode = 'geo';
  private force: ForceLayout | null = null;
  private basemap: BasemapLayer | null = null;
  private graph: ViewerGraph | null = null;

  constructor(
    private readonly app: ViewerApp,
    private readonly settings: ViewerSettings,
  ) {
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="layout"]')) {
      radio.addEventListener('change', () => {
        if (radio.checked) this.setMode(radio.value as LayoutMode);
      });
    }
    byId('fa2-toggle').addEventListener('click', () => {
      if (this.force?.isRunning()) this.force.stop();
      else this.startForce();
    });
  }

  basemapCanvas(): HTMLCanvasElement | null {
    return this.basemap?.active ? byId<HTMLCanvasElement>('basemap') : null;
  }

  beforeGraphChange(): void {
    this.force?.kill();
    this.force = null;
  }

  afterGraphChange(graph: ViewerGraph): void {
    this.graph = graph;
    if (this.basemap === null && this.app.view && this.settings.tileUrl !== '') {
      this.basemap = new BasemapLayer(
        byId<HTMLCanvasElement>('basemap'),
        this.app.view.sigma,
        this.settings.tileUrl,
        () => {
          byId('attribution').hidden = true;
          this.app.status('Fond de carte injoignable : il est désactivé.');
        },
      );
      const attribution = byId('attribution');
      attribution.textContent = this.settings.tileAttribution;
      attribution.hidden = this.settings.tileAttribution === '';
    }
    this.apply();
  }

  setMode(mode: LayoutMode): void {
    this.mode = mode;
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="layout"]')) {
      radio.checked = radio.value === mode;
    }
    this.apply();
  }

  private apply(): void {
    const graph = this.graph;
    if (!graph) return;
    this.force?.kill();
    this.force = null;
    const toggle = byId<HTMLButtonElement>('fa2-toggle');
    if (this.mode === 'geo') {
      assignGeographicPositions(graph);
      toggle.disabled = true;
      this.showPhase('stopped', false);
    } else {
      assignForceStartPositions(graph);
      toggle.disabled = false;
      this.startForce();
    }
    if (this.basemap) this.basemap.visible = this.mode === 'geo';
    void this.app.view?.sigma.getCamera().animatedReset({ duration: 0 });
    this.app.view?.sigma.refresh();
  }

  private startForce(): void {
    if (!this.graph) return;
    if (this.force === null)
      this.force = new ForceLayout(this.graph, { onPhase: (p) => this.showPhase(p, true) });
    this.app.timings.layoutStartedMs = performance.now();
    this.app.timings.layoutSettledMs = undefined;
    this.force.start();
  }

  private showPhase(phase: ForceLayoutPhase, forceMode: boolean): void {
    byId('fa2-state').textContent = forceMode ? `Disposition ${PHASE_FR[phase]}` : '';
    byId('fa2-toggle').textContent = phase === 'running' ? 'Arrêter ForceAtlas2' : 'Démarrer ForceAtlas2';
    if (phase === 'settled' && this.app.timings.layoutStartedMs !== undefined) {
      this.app.timings.layoutSettledMs = performance.now() - this.app.timings.layoutStartedMs;
    }
  }

  onAfterRender(): void {
    this.basemap?.draw();
  }
}
