// The viewer application: loads territories, graphs and match runs through the API client and wires the
// pure modules (graph building, filters, reducers, table, search) to the views. No logic of its own.

import { ApiError, ToileApi, type MatchRunSummary } from '../api/toile-api';
import { browserSession } from '../api/browser-session';
import { AccountBar } from '../ui/account-bar';
import type { ViewerSettings } from '../settings';
import { buildViewerGraph } from '../graph/build-graph';
import type { ViewerGraph } from '../graph/viewer-graph';
import { computeVisibility, DEFAULT_FILTERS, type ViewerFilters } from '../filters/filters';
import { createHighlightState, updateFocus } from '../reducers/highlight-state';
import { siteDetails } from '../panel/site-details';
import { synergyRows } from '../table/synergy-table';
import { searchSites } from '../search/search-sites';
import { GraphView } from '../ui/graph-view';
import { SidePanel } from '../ui/side-panel';
import { SynergyTableView } from '../ui/synergy-table-view';
import { renderFiltersPanel } from '../ui/filters-panel';
import { renderLegend } from '../ui/legend-view';
import { setupSearchBox } from '../ui/search-box';
import { byId, h } from '../ui/dom';
import { LayoutController } from './layout-controller';
import { MatchController } from './match-controller';
import { runLabel } from './run-label';
import { downloadViewAsPng, exportFileName } from '../export/export-png';

export interface ViewerTimings {
  graphFetchedMs?: number;
  graphBuiltMs?: number;
  firstFrameMs?: number;
  layoutStartedMs?: number;
  layoutSettledMs?: number;
}

export class ViewerApp {
  readonly api: ToileApi;
  readonly state = createHighlightState();
  readonly timings: ViewerTimings = {};
  graph: ViewerGraph | null = null;
  view: GraphView | null = null;
  territoryId = '';
  runId = '';
  ready = false;
  private filters: ViewerFilters = DEFAULT_FILTERS;
  private readonly panel: SidePanel;
  private readonly table: SynergyTableView;
  private readonly match: MatchController;
  private readonly account: AccountBar;
  readonly layout: LayoutController;

  constructor(private readonly settings: ViewerSettings) {
    this.api = new ToileApi(browserSession(settings.apiBase), settings.apiBase);
    this.account = new AccountBar(byId('account'), {
      signIn: (email, password) => this.api.session.signIn(email, password),
      signOut: () => this.api.session.signOut(),
    });
    this.panel = new SidePanel(byId('panel'), {
      onClose: () => this.select(null),
      onSelectSite: (node) => this.select(node, { focusCamera: true }),
    });
    this.table = new SynergyTableView(byId('table-body'), (node) => this.select(node, { focusCamera: true }));
    this.match = new MatchController(this);
    this.layout = new LayoutController(this, settings);
    renderFiltersPanel(byId('filters-body'), this.filters, (update) => this.setFilters(update(this.filters)));
    setupSearchBox(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), {
      search: (q) => (this.graph ? searchSites(this.graph, q) : []),
      onMatches: (nodes) => {
        this.state.searchMatches = new Set(nodes);
        this.view?.redraw();
      },
      onSelect: (node) => this.select(node, { focusCamera: true }),
    });
    this.wireControls();
  }

  status(text: string, kind: 'info' | 'error' = 'info'): void {
    const el = byId('status');
    el.textContent = text;
    el.dataset.kind = kind;
  }

  private wireControls(): void {
    byId<HTMLSelectElement>('territory-select').addEventListener('change', (e) => {
      void this.loadTerritory((e.target as HTMLSelectElement).value, '');
    });
    byId<HTMLSelectElement>('zone-select').addEventListener('change', (e) => {
      this.setFilters({ ...this.filters, zoneId: (e.target as HTMLSelectElement).value });
    });
    byId<HTMLSelectElement>('run-select').addEventListener('change', (e) => {
      void this.loadGraph((e.target as HTMLSelectElement).value);
    });
    const toggle = byId<HTMLButtonElement>('table-toggle');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      byId('table-body').hidden = !open;
      if (open) this.refreshTable();
    });
    byId('export-png').addEventListener('click', () => {
      if (this.view)
        void downloadViewAsPng(
          this.view.sigma,
          this.layout.basemapCanvas(),
          exportFileName(this.territoryId, new Date()),
        );
    });
    const camera = () => this.view?.sigma.getCamera();
    byId('zoom-in').addEventListener('click', () => void camera()?.animatedZoom({ duration: 300 }));
    byId('zoom-out').addEventListener('click', () => void camera()?.animatedUnzoom({ duration: 300 }));
    byId('zoom-reset').addEventListener('click', () => void camera()?.animatedReset({ duration: 300 }));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.panel.isOpen) this.select(null);
    });
  }

  async start(): Promise<void> {
    this.status('Chargement de la session…');
    await this.api.session.restore();
    this.account.show(this.api.session.user);
    // Signing in shows more: territories and graph are reloaded in place. Signing out (or a session the
    // server ended) reloads the page, so nothing the account could see stays in memory or on screen.
    this.api.session.onChange((user) => {
      if (user === null) {
        window.location.reload();
        return;
      }
      this.account.show(user);
      this.loadTerritories(this.territoryId).catch((error: Error) => {
        this.status(`Impossible de charger les données : ${error.message}`, 'error');
      });
    });
    await this.loadTerritories(this.settings.territoryId);
  }

  private async loadTerritories(preferredId: string | undefined): Promise<void> {
    this.ready = false;
    this.status('Chargement des territoires…');
    const territories = await this.api.listTerritories();
    const select = byId<HTMLSelectElement>('territory-select');
    select.replaceChildren(...territories.map((t) => h('option', { value: t.id }, t.name)));
    if (territories.length === 0) {
      this.status(
        this.api.session.signedIn
          ? 'Aucun territoire : importez un jeu de données.'
          : 'Aucun territoire public : connectez-vous pour voir les vôtres.',
        'error',
      );
      return;
    }
    const first = territories.find((t) => t.id === preferredId) ?? territories[0];
    select.value = first.id;
    await this.loadTerritory(first.id, '');
  }

  async loadTerritory(territoryId: string, runId: string): Promise<void> {
    this.territoryId = territoryId;
    this.match.reset(territoryId);
    this.select(null);
    await this.loadGraph(runId);
    await this.refreshRuns(runId);
  }

  private async refreshRuns(selected: string): Promise<void> {
    const select = byId<HTMLSelectElement>('run-select');
    let runs: MatchRunSummary[] = [];
    try {
      runs = await this.api.listMatchRuns(this.territoryId);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404))
        this.status((error as Error).message, 'error');
    }
    const done = runs.filter((r) => r.status === 'done');
    select.replaceChildren(
      h('option', { value: '' }, 'Par défaut'),
      ...done.map((r) => h('option', { value: r.id }, runLabel(r))),
    );
    select.value = done.some((r) => r.id === selected) ? selected : '';
    select.disabled = done.length === 0;
  }

  async loadGraph(runId: string): Promise<void> {
    this.ready = false;
    this.runId = runId;
    this.status('Chargement du graphe…');
    const t0 = performance.now();
    const serialized = await this.api.getGraph(this.territoryId, runId || undefined);
    this.timings.graphFetchedMs = performance.now() - t0;
    const graph = buildViewerGraph(serialized, { edgeWidthBy: this.settings.edgeWidthBy });
    this.timings.graphBuiltMs = performance.now() - t0;
    const keep = this.state.selectedNode;
    this.graph = graph;
    this.layout.beforeGraphChange();
    this.state.visibility = computeVisibility(graph, this.filters);
    if (this.view === null) {
      this.view = new GraphView(byId('graph'), graph, this.state, this.settings, {
        onClickNode: (node) => this.select(node),
        onClickStage: () => this.select(null),
        onAfterRender: () => this.afterRender(t0),
      });
    } else {
      this.view.setGraph(graph);
    }
    this.layout.afterGraphChange(graph);
    this.fillZones(graph);
    renderLegend(byId('legend-body'), graph);
    this.select(keep !== null && graph.hasNode(keep) ? keep : null);
    this.status(`Graphe chargé : ${graph.order} sites, ${graph.size} synergies`);
    this.afterFilterChange();
    this.ready = true;
  }

  private afterRender(t0: number): void {
    if (this.timings.firstFrameMs === undefined) this.timings.firstFrameMs = performance.now() - t0;
    this.layout.onAfterRender();
  }

  private fillZones(graph: ViewerGraph): void {
    const select = byId<HTMLSelectElement>('zone-select');
    const zones = graph.getAttribute('zones') ?? [];
    select.replaceChildren(
      h('option', { value: '' }, 'Tout le territoire'),
      ...zones.map((z) => h('option', { value: z.id }, z.name)),
    );
    select.value = zones.some((z) => z.id === this.filters.zoneId) ? this.filters.zoneId : '';
    if (select.value !== this.filters.zoneId) this.filters = { ...this.filters, zoneId: '' };
    select.disabled = zones.length === 0;
  }

  setFilters(filters: ViewerFilters): void {
    this.filters = filters;
    if (!this.graph) return;
    this.state.visibility = computeVisibility(this.graph, filters);
    this.afterFilterChange();
  }

  private afterFilterChange(): void {
    if (!this.graph) return;
    updateFocus(this.state, this.graph);
    this.view?.redraw();
    const shownEdges = this.graph.size - this.state.visibility.hiddenEdges.size;
    const shownNodes = this.graph.order - this.state.visibility.hiddenNodes.size;
    byId('graph-summary').textContent = `${shownNodes} sites · ${shownEdges} synergies`;
    byId('table-toggle').textContent = `Tableau des synergies (${shownEdges})`;
    if (this.state.selectedNode !== null) this.showPanel(this.state.selectedNode, false);
    if (!byId('table-body').hidden) this.refreshTable();
  }

  private refreshTable(): void {
    if (this.graph) this.table.setRows(synergyRows(this.graph, this.state.visibility.hiddenEdges));
  }

  private showPanel(node: string, moveFocus: boolean): void {
    if (this.graph)
      this.panel.show(siteDetails(this.graph, node, this.state.visibility.hiddenEdges), moveFocus);
  }

  select(node: string | null, options: { focusCamera?: boolean } = {}): void {
    const graph = this.graph;
    this.state.selectedNode = node !== null && graph?.hasNode(node) ? node : null;
    if (this.state.selectedNode === null) this.panel.hide();
    else {
      this.showPanel(this.state.selectedNode, true);
      if (options.focusCamera) this.view?.focusOn(this.state.selectedNode);
    }
    this.view?.redrawFocus();
  }

  /** Shows a finished match run: its graph, then the list of runs with it selected. */
  async showRun(runId: string): Promise<void> {
    await this.loadGraph(runId);
    await this.refreshRuns(runId);
  }
}
