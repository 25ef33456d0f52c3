// Primal and dual simplex for a TransportLp over a growing pool of arcs, with the basis kept as a graph (a
// generalized network basis) instead of an inverse: every solve with the basis walks a tree or a one-cycle graph.
// Exact (no perturbation); warm-started: arcs added between runs enter the pool nonbasic at zero.

import type { SliceBasis, TransportLp } from '../formulation/transport-lp';
import { ArcArena, INT_SLOT, type ArcArrays } from './arc-arena';

/** Outcome of one run of the simplex on the current pool. */
export type SimplexStatus = 'optimal' | 'timedout' | 'failed';

const PIVOT_TOLERANCE = 1e-9;
/** Consecutive degenerate pivots after which Bland's rule is used until one pivot makes progress. */
const DEGENERATE_LIMIT = 40;
/** Partial pricing: the pool is searched in PRICING_CHUNKS chunks of at least PRICING_CHUNK_MIN columns. */
const PRICING_CHUNKS = 4;
const PRICING_CHUNK_MIN = 256;
/**
 * Multiple pricing: the SHORTLIST_SIZE best candidates of a scanned chunk are re-priced first at the next
 * pivots, while their reduced cost stays above SHORTLIST_FLOOR × the chunk's best; then a new chunk is scanned.
 * Optimality is still declared only after a full scan finds nothing.
 */
const SHORTLIST_SIZE = 32;
const SHORTLIST_FLOOR = 0.25;
/** parentVar of a node that roots a tree (its slack is basic) or lies on the cycle of a one-cycle component. */
const ROOT = -1;
const ON_CYCLE = -2;
/**
 * A pivot updates the basic values along the entering column only (x_B −= θ·α); every VALUE_REFRESH_PIVOTS pivots,
 * and before optimality is declared, they are recomputed from the capacities, so round-off never accumulates far.
 */
const VALUE_REFRESH_PIVOTS = 64;
/** `unit` of solveDuals for the duals of the margins (no variable has this id). */
const MARGINS = Number.MIN_SAFE_INTEGER;

/** Primal feasibility tolerance: 1e-9 of the largest capacity (at least 1e-9). */
function valueToleranceOf(b: Float64Array): number {
  let valueScale = 1;
  for (const q of b) valueScale = Math.max(valueScale, q);
  return 1e-9 * valueScale;
}

/** Optimality tolerance on reduced costs: 1e-9 of the largest |margin| (at least 1e-9). */
export function costToleranceOf(arcMargin: Float64Array): number {
  let costScale = 1;
  for (const c of arcMargin) costScale = Math.max(costScale, Math.abs(c));
  return 1e-9 * costScale;
}

/**
 * One connected component of the basis graph: a tree rooted at a basic slack, or a graph with one cycle. Its nodes
 * (rows) form a list (`nextNode`/`previousNode`): the root or the cycle first, then every other node after its parent.
 */
interface BasisComponent {
  /** First and last node of the list (−1 when empty). */
  head: number;
  tail: number;
  /** The cycle's nodes c_0..c_{L-1} and its arcs (arc i joins c_i and c_{i+1 mod L}), when there is one. */
  readonly cycle: Int32Array | null;
  readonly cycleArcs: Int32Array | null;
}

/**
 * Rows: supplies 0..ns-1 then demands ns..m-1, each with a slack. An arc column has 1 in its supply row and
 * `ratio` in its demand row, so a basis is a graph on the rows: basic arcs are edges, a basic slack marks its
 * row as a root. The basis matrix is non-singular exactly when every connected component of that graph has as
 * many basic variables as nodes and is either a tree with one root or a graph with one cycle whose ratio
 * product is not 1 (a generalized network basis). Solving with the basis (primal values, duals, a column of
 * the tableau, a row of B⁻¹) is then a walk of one component: leaves to root for values, root to leaves for
 * duals, with one unknown carried around a cycle. The entering column is non-zero only on the paths from its rows
 * up to their roots or cycles, and a pivot whose leaving variable lies on one of them only re-hangs the part it
 * cuts off (O(part)); any other pivot rebuilds the one or two components it touches. Basic values move along the
 * entering column and are recomputed from the capacities every VALUE_REFRESH_PIVOTS pivots and before optimality;
 * duals are recomputed from the margins wherever the basis moves. Memory stays O(rows + arcs).
 * Since every capacity is ≥ 0, the all-slack basis is feasible: no phase 1.
 * Cycling: Dantzig's rule, switching to Bland's rule after DEGENERATE_LIMIT degenerate pivots in a row.
 */
export class NetworkSimplex {
  private readonly m: number;
  private readonly ns: number;
  private readonly b: Float64Array;
  /** Row duals y (supplies, then demands). */
  private readonly y: Float64Array;
  private readonly slackBasic: Uint8Array;
  private readonly slackValue: Float64Array;
  /** Basic arcs (pool positions) at each node. */
  private readonly adjacency: number[][];
  /** Component of each node, and the components by id (ids of rebuilt components are reused). */
  private readonly componentOf: Int32Array;
  private readonly components: (BasisComponent | null)[] = [];
  private readonly freeIds: number[] = [];
  /** Per node: its parent node and the basic arc to it; ROOT or ON_CYCLE when it has none. */
  private readonly parentNode: Int32Array;
  private readonly parentVar: Int32Array;
  /** Basic variables (pool position ≥ 0, slack −(i+1)) and where each sits in that list. */
  private readonly basics: Int32Array;
  private basicCount = 0;
  private readonly slackAt: Int32Array;
  private readonly poolAt: Int32Array;
  private readonly pool: number[] = [];
  /** Pool positions of the arcs of each row (for the dual phase), and a visit mark per pool position. */
  private readonly rowPool: number[][];
  private readonly poolStamp: Int32Array;
  /** Per pool position (allocated for every arc): margin, supply row, demand row (ns + d), ratio; value. */
  private readonly poolMargin: Float64Array;
  private readonly poolSupplyRow: Int32Array;
  private readonly poolDemandRow: Int32Array;
  private readonly poolRatio: Float64Array;
  private readonly poolValue: Float64Array;
  private readonly inPool: Uint8Array;
  private stamp = 0;
  /** Scratch: per node residuals and a row of B⁻¹; per pool position and slack a column of the tableau. */
  private readonly residual: Float64Array;
  private readonly rho: Float64Array;
  private readonly alphaPool: Float64Array;
  private readonly alphaSlack: Float64Array;
  /** The basic variables whose entry of the tableau column is set (every other entry is 0). */
  private readonly alphaList: Int32Array;
  private alphaCount = 0;
  /** Per entry of alphaList: 1 or 2 when on the path of the entering column's first or second row only. */
  private readonly alphaSide: Uint8Array;
  /** Per node: a residual kept at 0 between uses (the tableau column's walk). */
  private readonly pathResidual: Float64Array;
  /** Per node: the next and previous node of its component's list (−1 at the ends), its depth below root or cycle. */
  private readonly nextNode: Int32Array;
  private readonly previousNode: Int32Array;
  private readonly depth: Int32Array;
  private readonly cycleP: Float64Array;
  private readonly cycleQ: Float64Array;
  /** Visit marks per node: one set for collecting a component, one for finding and ordering its cycle. */
  private readonly collectStamp: Int32Array;
  private collectStampValue = 0;
  private readonly nodeStamp: Int32Array;
  private nodeStampValue = 0;
  /** Set when a cycle's ratio product is 1 within round-off (a singular basis: never after a proper pivot). */
  private singular = false;
  private readonly degree: Int32Array;
  private readonly orderScratch: Int32Array;
  /** The nodes of the components a pivot touches (scratch). */
  private readonly touchedNodes: Int32Array;
  private readonly costTolerance: number;
  private valueTolerance: number;
  pivots = 0;
  /** Whether the basic values were recomputed from the capacities since the last pivot. */
  private valuesFresh = true;
  private cursor = 0;
  /** Pool positions still worth re-pricing before the next scan (multiple pricing), best first. */
  private readonly shortlist = new Int32Array(SHORTLIST_SIZE);
  private readonly shortlistKey = new Float64Array(SHORTLIST_SIZE);
  private shortlistCount = 0;
  private shortlistFloor = 0;

  /** The per-arc arrays, from `arena` (given back by `release`). */
  private readonly arcArrays: ArcArrays;

  /** A simplex on `lp` at the all-slack basis, its per-arc arrays taken from `arena` when one is given. */
  constructor(
    private lp: TransportLp,
    private deadlineMs: number,
    private readonly arena: ArcArena = new ArcArena(),
  ) {
    this.ns = lp.supplyCapacity.length;
    this.m = this.ns + lp.demandCapacity.length;
    const m = this.m;
    const arcs = lp.arcMargin.length;
    this.b = new Float64Array(m);
    this.b.set(lp.supplyCapacity, 0);
    this.b.set(lp.demandCapacity, this.ns);
    this.y = new Float64Array(m);
    this.slackBasic = new Uint8Array(m).fill(1);
    this.slackValue = Float64Array.from(this.b);
    this.adjacency = Array.from({ length: m }, () => []);
    this.componentOf = new Int32Array(m);
    this.parentNode = new Int32Array(m).fill(-1);
    this.parentVar = new Int32Array(m).fill(ROOT);
    this.basics = new Int32Array(m);
    this.slackAt = new Int32Array(m);
    const arrays = arena.take(arcs);
    this.arcArrays = arrays;
    this.poolAt = arrays.poolAt;
    this.poolStamp = arrays.poolStamp;
    this.poolMargin = arrays.poolMargin;
    this.poolSupplyRow = arrays.poolSupplyRow;
    this.poolDemandRow = arrays.poolDemandRow;
    this.poolRatio = arrays.poolRatio;
    this.poolValue = arrays.poolValue;
    this.alphaPool = arrays.alphaPool;
    this.inPool = arrays.inPool;
    for (let i = 0; i < m; i++) {
      this.componentOf[i] = i;
      this.components.push({ head: i, tail: i, cycle: null, cycleArcs: null });
      this.basics[i] = -(i + 1);
      this.slackAt[i] = i;
    }
    this.basicCount = m;
    this.rowPool = Array.from({ length: m }, () => []);
    this.residual = new Float64Array(m);
    this.rho = new Float64Array(m);
    this.alphaSlack = new Float64Array(m);
    this.alphaList = new Int32Array(m + 1);
    this.pathResidual = new Float64Array(m);
    this.alphaSide = new Uint8Array(m + 1);
    this.nextNode = new Int32Array(m).fill(-1);
    this.previousNode = new Int32Array(m).fill(-1);
    this.depth = new Int32Array(m);
    this.cycleP = new Float64Array(m + 1);
    this.cycleQ = new Float64Array(m + 1);
    this.collectStamp = new Int32Array(m);
    this.nodeStamp = new Int32Array(m);
    this.degree = new Int32Array(m);
    this.orderScratch = new Int32Array(m);
    this.touchedNodes = new Int32Array(m);
    this.costTolerance = costToleranceOf(lp.arcMargin);
    this.valueTolerance = valueToleranceOf(this.b);
  }

  /**
   * A simplex on `lp` starting from a stored basis (local indices: its pool, its basic arcs, its basic slacks),
   * typically this slice's optimal basis in an earlier solve of a smaller arc set; null when the stored variables
   * do not form a generalized network basis (every component a tree with one basic slack, or one cycle).
   */
  static fromBasis(
    lp: TransportLp,
    deadlineMs: number,
    basis: SliceBasis,
    arena?: ArcArena,
  ): NetworkSimplex | null {
    const simplex = new NetworkSimplex(lp, deadlineMs, arena);
    simplex.addArcs(basis.pool);
    if (simplex.install(basis)) return simplex;
    simplex.release();
    return null;
  }

  /** Gives the per-arc arrays back to the arena: this simplex must not be used any more. */
  release(): void {
    this.arena.give(this.arcArrays);
  }

  /**
   * The current pool and basis (local indices), for a later start from it: new arrays, or with `arena` its int
   * buffers (valid until they are handed out again).
   */
  basis(arena?: ArcArena): SliceBasis {
    let arcs = 0;
    for (let k = 0; k < this.basicCount; k++) if (this.basics[k] >= 0) arcs++;
    const ints = (slot: number, length: number): Int32Array =>
      arena ? arena.intBuffer(slot, length) : new Int32Array(length);
    const pool = ints(INT_SLOT.basisPool, this.pool.length);
    const basicArcs = ints(INT_SLOT.basisArcs, arcs);
    const basicSlacks = ints(INT_SLOT.basisSlacks, this.basicCount - arcs);
    for (let p = 0; p < this.pool.length; p++) pool[p] = this.pool[p];
    let a = 0;
    let s = 0;
    for (let k = 0; k < this.basicCount; k++) {
      const v = this.basics[k];
      if (v >= 0) basicArcs[a++] = this.pool[v];
      else basicSlacks[s++] = -v - 1;
    }
    return { pool, basicArcs, basicSlacks };
  }

  /** Whether no pool column nor slack has a positive reduced cost (the basis is optimal for the pool if feasible). */
  dualFeasible(): boolean {
    const tol = this.costTolerance;
    for (let i = 0; i < this.m; i++) if (this.slackBasic[i] === 0 && -this.y[i] > tol) return false;
    for (let p = 0; p < this.pool.length; p++) {
      if (this.poolAt[p] >= 0) continue;
      const d =
        this.poolMargin[p] -
        this.y[this.poolSupplyRow[p]] -
        this.poolRatio[p] * this.y[this.poolDemandRow[p]];
      if (d > tol) return false;
    }
    return true;
  }

  /**
   * Drops from the pool every nonbasic arc whose reduced cost is below −share·max(1, margin): the basis and its
   * duals are unchanged, so it stays optimal (or dual feasible) for the smaller pool; column generation prices the
   * dropped arcs again with every other arc of the LP. Returns how many were dropped.
   */
  trimPool(share: number): number {
    this.clearAlpha();
    const n = this.pool.length;
    const newPosition = this.arcArrays.newPosition.fill(-1, 0, n);
    const { y, poolAt } = this;
    let kept = 0;
    for (let p = 0; p < n; p++) {
      const margin = this.poolMargin[p];
      const d = margin - y[this.poolSupplyRow[p]] - this.poolRatio[p] * y[this.poolDemandRow[p]];
      if (poolAt[p] < 0 && d < -share * Math.max(1, Math.abs(margin))) {
        this.inPool[this.pool[p]] = 0;
        continue;
      }
      newPosition[p] = kept;
      if (kept !== p) {
        this.pool[kept] = this.pool[p];
        this.poolMargin[kept] = margin;
        this.poolSupplyRow[kept] = this.poolSupplyRow[p];
        this.poolDemandRow[kept] = this.poolDemandRow[p];
        this.poolRatio[kept] = this.poolRatio[p];
        this.poolValue[kept] = this.poolValue[p];
        poolAt[kept] = poolAt[p];
      }
      kept++;
    }
    if (kept === n) return 0;
    this.pool.length = kept;
    for (let p = kept; p < n; p++) {
      poolAt[p] = -1;
      this.poolValue[p] = 0;
    }
    for (let k = 0; k < this.basicCount; k++)
      if (this.basics[k] >= 0) this.basics[k] = newPosition[this.basics[k]];
    for (let i = 0; i < this.m; i++) {
      if (this.parentVar[i] >= 0) this.parentVar[i] = newPosition[this.parentVar[i]];
      const list = this.adjacency[i];
      for (let j = 0; j < list.length; j++) list[j] = newPosition[list[j]];
      this.rowPool[i].length = 0;
    }
    for (const component of this.components) {
      const arcs = component?.cycleArcs;
      if (arcs) for (let c = 0; c < arcs.length; c++) arcs[c] = newPosition[arcs[c]];
    }
    for (let p = 0; p < kept; p++) {
      this.rowPool[this.poolSupplyRow[p]].push(p);
      this.rowPool[this.poolDemandRow[p]].push(p);
    }
    this.shortlistCount = 0;
    this.cursor = 0;
    return n - kept;
  }

  /** Replaces the all-slack basis by a stored one over pool arcs; false when it is not a valid basis. */
  private install(basis: SliceBasis): boolean {
    const m = this.m;
    if (basis.basicArcs.length + basis.basicSlacks.length !== m) return false;
    const positionOf = new Map<number, number>();
    this.pool.forEach((arc, position) => positionOf.set(arc, position));
    this.slackBasic.fill(0);
    this.slackValue.fill(0);
    this.slackAt.fill(-1);
    this.basicCount = 0;
    for (const row of basis.basicSlacks) {
      if (!(row >= 0 && row < m) || this.slackBasic[row] === 1) return false;
      this.slackBasic[row] = 1;
      this.slackAt[row] = this.basicCount;
      this.basics[this.basicCount++] = -(row + 1);
    }
    for (const arc of basis.basicArcs) {
      const position = positionOf.get(arc);
      if (position === undefined || this.poolAt[position] >= 0) return false;
      this.poolAt[position] = this.basicCount;
      this.basics[this.basicCount++] = position;
      this.adjacency[this.poolSupplyRow[position]].push(position);
      this.adjacency[this.poolDemandRow[position]].push(position);
    }
    this.components.length = 0;
    this.freeIds.length = 0;
    for (let i = 0; i < m; i++) this.touchedNodes[i] = i;
    return this.rebuild(this.touchedNodes, m, true);
  }

  /** Whether `lp` is another slice of this LP's component: the same arc arrays and the same rows. */
  sharesArcsWith(lp: TransportLp): boolean {
    return (
      lp.arcMargin === this.lp.arcMargin &&
      lp.arcSupply === this.lp.arcSupply &&
      lp.arcDemand === this.lp.arcDemand &&
      lp.arcRatio === this.lp.arcRatio &&
      lp.supplyCapacity.length === this.ns &&
      lp.demandCapacity.length === this.m - this.ns
    );
  }

  /**
   * Warm start on another slice of the same component (same arcs and margins, other capacities): the current
   * basis stays dual feasible (no pool column has a positive reduced cost, the duals do not depend on the
   * capacities) but its values, recomputed from the new capacities, may be negative; the dual simplex drives
   * them back to ≥ 0 while keeping every reduced cost ≤ 0, so the basis ends optimal for the pool.
   * Returns 'failed' when the slice does not match.
   */
  restartOn(lp: TransportLp, deadlineMs: number, maxPivots: number): SimplexStatus {
    if (!this.sharesArcsWith(lp)) return 'failed';
    this.lp = lp;
    this.deadlineMs = deadlineMs;
    this.b.set(lp.supplyCapacity, 0);
    this.b.set(lp.demandCapacity, this.ns);
    this.valueTolerance = valueToleranceOf(this.b);
    this.refresh();
    return this.repair(maxPivots);
  }

  get poolSize(): number {
    return this.pool.length;
  }

  /** The arcs of the pool, in the order they joined it. */
  poolArcs(): readonly number[] {
    return this.pool;
  }

  /** 1 per arc of the LP in the pool (live view, read-only for callers). */
  poolMask(): Readonly<Uint8Array> {
    return this.inPool;
  }

  /** The current row duals y (supplies, then demands), unclamped (live view, read-only for callers). */
  rowDuals(): Readonly<Float64Array> {
    return this.y;
  }

  /** Adds arcs to the pool (nonbasic at zero, so the current basis stays feasible). Returns how many were new. */
  addArcs(arcs: Iterable<number>): number {
    let added = 0;
    for (const arc of arcs) {
      if (this.inPool[arc] === 1) continue;
      this.inPool[arc] = 1;
      const position = this.pool.length;
      const supplyRow = this.lp.arcSupply[arc];
      const demandRow = this.ns + this.lp.arcDemand[arc];
      this.rowPool[supplyRow].push(position);
      this.rowPool[demandRow].push(position);
      this.poolMargin[position] = this.lp.arcMargin[arc];
      this.poolSupplyRow[position] = supplyRow;
      this.poolDemandRow[position] = demandRow;
      this.poolRatio[position] = this.lp.arcRatio[arc];
      this.pool.push(arc);
      added++;
    }
    return added;
  }

  /** Reduced cost of an arc under the current duals: margin − y_s − ratio·y_d. */
  reducedCost(arc: number): number {
    const lp = this.lp;
    return (
      lp.arcMargin[arc] - this.y[lp.arcSupply[arc]] - lp.arcRatio[arc] * this.y[this.ns + lp.arcDemand[arc]]
    );
  }

  /** The dual of a row (supplies first, then demands), clamped at 0 against round-off. */
  dual(row: number): number {
    return Math.max(0, this.y[row]);
  }

  get costTol(): number {
    return this.costTolerance;
  }

  /** Flow per arc of the whole LP (zero outside the basis), into `flow` when given (zeroed, one entry per arc). */
  flows(flow: Float64Array = new Float64Array(this.lp.arcMargin.length)): Float64Array {
    for (let k = 0; k < this.basicCount; k++) {
      const v = this.basics[k];
      if (v >= 0) flow[this.pool[v]] = Math.max(0, this.poolValue[v]);
    }
    return flow;
  }

  /** Pivots until no pool column (nor slack) has a positive reduced cost. */
  run(maxPivots: number): SimplexStatus {
    let degenerate = 0;
    let fresh = false;
    for (let iteration = 0; ; iteration++) {
      if (iteration > maxPivots) return 'failed';
      if ((this.pivots & 63) === 0 && Date.now() > this.deadlineMs) return 'timedout';
      const bland = degenerate >= DEGENERATE_LIMIT;
      const entering = this.price(bland);
      if (entering === null) {
        if (fresh) return this.primalFeasible() ? 'optimal' : 'failed';
        this.refresh();
        fresh = true;
        continue;
      }
      fresh = false;
      this.enteringColumn(entering);
      const leaving = this.ratioTest(bland);
      if (leaving === null) return 'failed';
      const theta = Math.max(0, this.valueOf(leaving)) / this.alphaOf(leaving);
      degenerate = theta <= this.valueTolerance * 1e-3 ? degenerate + 1 : 0;
      if (!this.pivot(entering, leaving, theta)) return 'failed';
    }
  }

  /**
   * Dual simplex, driving a dual feasible basis to primal feasibility: leaving variable the most negative basic
   * value; entering the nonbasic column (pool arc or slack) with α_rj < 0 minimising d_j/α_rj (d_j ≤ 0), which
   * keeps every reduced cost ≤ 0; ties to the larger |α_rj|. Since x = 0 is feasible, a negative basic value
   * always has such a column.
   */
  repair(maxPivots: number): SimplexStatus {
    const y = this.y;
    const rho = this.rho;
    for (let iteration = 0; ; iteration++) {
      if (iteration > maxPivots) return 'failed';
      if ((iteration & 63) === 0 && Date.now() > this.deadlineMs) return 'timedout';
      let leaving = 0;
      let worst = -this.valueTolerance;
      let found = false;
      for (let k = 0; k < this.basicCount; k++) {
        const v = this.basics[k];
        const x = v >= 0 ? this.poolValue[v] : this.slackValue[-v - 1];
        if (x < worst) {
          worst = x;
          leaving = v;
          found = true;
        }
      }
      if (!found) {
        if (this.valuesFresh) return 'optimal';
        this.refreshValues();
        continue;
      }
      // Row of B⁻¹ for the leaving variable: the duals of its component for a unit cost on it alone.
      const component = this.components[this.componentOf[this.nodeOfBasic(leaving)]]!;
      this.solveDuals(component, rho, leaving);
      let entering = 0;
      let bestRatio = Infinity;
      let bestAlpha = 0;
      const consider = (candidate: number, alphaRj: number, dj: number): void => {
        if (alphaRj >= -PIVOT_TOLERANCE) return;
        const ratio = Math.min(0, dj) / alphaRj;
        if (bestRatio === Infinity || ratio < bestRatio - 1e-12 * (1 + bestRatio)) {
          bestRatio = ratio;
          bestAlpha = alphaRj;
          entering = candidate;
        } else if (ratio <= bestRatio + 1e-12 * (1 + bestRatio) && alphaRj < bestAlpha) {
          bestAlpha = alphaRj;
          entering = candidate;
        }
      };
      const stamp = ++this.stamp;
      const next = this.nextNode;
      for (let k = component.head; k >= 0; k = next[k]) {
        const v = rho[k];
        if (v === 0) continue;
        if (this.slackBasic[k] === 0) consider(-(k + 1), v, -y[k]);
        const incident = this.rowPool[k];
        for (let j = 0; j < incident.length; j++) {
          const p = incident[j];
          if (this.poolStamp[p] === stamp || this.poolAt[p] >= 0) continue;
          this.poolStamp[p] = stamp;
          const sRow = this.poolSupplyRow[p];
          const dRow = this.poolDemandRow[p];
          const ratio = this.poolRatio[p];
          // ρ is zero outside the component (cleared after each use).
          const alphaRj = rho[sRow] + ratio * rho[dRow];
          if (alphaRj >= -PIVOT_TOLERANCE) continue;
          consider(p, alphaRj, this.poolMargin[p] - y[sRow] - ratio * y[dRow]);
        }
      }
      for (let k = component.head; k >= 0; k = next[k]) rho[k] = 0;
      if (bestRatio === Infinity) return 'failed';
      this.enteringColumn(entering);
      const alpha = this.alphaOf(leaving);
      if (alpha >= -PIVOT_TOLERANCE) return 'failed';
      if (!this.pivot(entering, leaving, this.valueOf(leaving) / alpha)) return 'failed';
    }
  }

  /**
   * Entering variable (pool position ≥ 0, slack −(i+1)) or null when the basis is optimal for the pool.
   * First the shortlist (multiple pricing), else partial pricing: the pool in chunks from where the last search
   * stopped, taking the best candidate of the first chunk that has one (its best few become the shortlist), then
   * the slacks; null only when neither has a candidate (optimality is exact).
   * Under Bland's rule: the lowest-index candidate over everything.
   */
  private price(bland: boolean): number | null {
    const tol = this.costTolerance;
    let best = tol;
    let entering: number | null = null;
    if (bland) {
      for (let i = 0; i < this.m; i++) if (this.slackBasic[i] === 0 && -this.y[i] > tol) return -(i + 1);
    }
    const { poolAt, y } = this;
    const margin = this.poolMargin;
    const supplyRow = this.poolSupplyRow;
    const demandRow = this.poolDemandRow;
    const ratio = this.poolRatio;
    const n = this.pool.length;
    const shortlist = this.shortlist;
    const shortlistKey = this.shortlistKey;
    if (!bland && this.shortlistCount > 0) {
      // Re-price the shortlist; keep the candidates still attractive, enter the best of them.
      let kept = 0;
      for (let k = 0; k < this.shortlistCount; k++) {
        const p = shortlist[k];
        if (poolAt[p] >= 0) continue;
        const d = margin[p] - y[supplyRow[p]] - ratio[p] * y[demandRow[p]];
        if (!(d > tol) || d < this.shortlistFloor) continue;
        shortlist[kept++] = p;
        if (d > best) {
          best = d;
          entering = p;
        }
      }
      this.shortlistCount = kept;
      if (entering !== null) return entering;
    }
    const chunk = bland ? n : Math.max(PRICING_CHUNK_MIN, Math.ceil(n / PRICING_CHUNKS));
    const start = bland ? 0 : this.cursor;
    let scanned = 0;
    let listed = 0;
    while (scanned < n && entering === null) {
      const end = Math.min(scanned + chunk, n);
      for (let j = scanned; j < end; j++) {
        let p = start + j;
        if (p >= n) p -= n;
        if (poolAt[p] >= 0) continue;
        const d = margin[p] - y[supplyRow[p]] - ratio[p] * y[demandRow[p]];
        if (!(d > tol)) continue;
        if (bland) return p;
        // Keep the chunk's SHORTLIST_SIZE best, in decreasing reduced cost.
        if (listed === SHORTLIST_SIZE && !(d > shortlistKey[listed - 1])) continue;
        let at = listed < SHORTLIST_SIZE ? listed++ : listed - 1;
        while (at > 0 && shortlistKey[at - 1] < d) {
          shortlistKey[at] = shortlistKey[at - 1];
          shortlist[at] = shortlist[at - 1];
          at--;
        }
        shortlistKey[at] = d;
        shortlist[at] = p;
      }
      scanned = end;
      if (listed > 0) {
        entering = shortlist[0];
        best = shortlistKey[0];
      }
    }
    if (!bland) this.shortlistCount = listed;
    if (listed > 0) this.shortlistFloor = SHORTLIST_FLOOR * shortlistKey[0];
    if (!bland && n > 0) this.cursor = (start + scanned) % n;
    if (entering !== null) return entering;
    for (let i = 0; i < this.m; i++) {
      if (this.slackBasic[i] === 1) continue;
      const d = -this.y[i];
      if (d > best) {
        best = d;
        entering = -(i + 1);
      }
    }
    return entering;
  }

  /** The components the entering variable touches (one or two ids). */
  private touchedComponents(entering: number): number[] {
    if (entering < 0) return [this.componentOf[-entering - 1]];
    const a = this.componentOf[this.poolSupplyRow[entering]];
    const b = this.componentOf[this.poolDemandRow[entering]];
    return a === b ? [a] : [a, b];
  }

  /**
   * α = B⁻¹·a_q (column q of the tableau) into alphaPool/alphaSlack, listed in alphaList: non-zero only on the
   * paths from q's rows up to their roots or cycles (a subtree off the paths carries no residual), so only those
   * paths are walked, deepest node first, and the cycle solved when a path ends on one.
   */
  private enteringColumn(entering: number): void {
    this.clearAlpha();
    const residual = this.pathResidual;
    const { parentVar, parentNode, depth } = this;
    let a: number;
    let b = -1;
    if (entering < 0) {
      a = -entering - 1;
      residual[a] = 1;
    } else {
      a = this.poolSupplyRow[entering];
      b = this.poolDemandRow[entering];
      residual[a] = 1;
      residual[b] = this.poolRatio[entering];
    }
    // A node is handled after every path node below it: the deeper of the two first. Once the paths meet, what
    // is above is on both (side 3).
    let merged = false;
    for (;;) {
      const aLive = a >= 0 && parentVar[a] >= 0;
      const bLive = b >= 0 && parentVar[b] >= 0;
      if (!aLive && !bLive) break;
      const takeA = aLive && (!bLive || depth[a] >= depth[b]);
      const node = takeA ? a : b;
      const p = parentVar[node];
      const x = residual[node] / this.coefficient(p, node);
      residual[node] = 0;
      this.alphaPool[p] = x;
      this.alphaSide[this.alphaCount] = merged ? 3 : takeA ? 1 : 2;
      this.alphaList[this.alphaCount++] = p;
      const parent = parentNode[node];
      residual[parent] -= this.coefficient(p, parent) * x;
      if (takeA) a = parent;
      else b = parent;
      if (a === b) {
        b = -1;
        merged = true;
      }
    }
    const cycleSolved = this.endPath(a, -1, merged ? 3 : 1);
    if (b >= 0) this.endPath(b, cycleSolved, 2);
  }

  /**
   * Where a path of the tableau column ends: the root's slack takes the residual, or the cycle is solved with the
   * residuals gathered on it (once per component: `cycleSolved`). Returns the component whose cycle was solved.
   */
  private endPath(end: number, cycleSolved: number, side: number): number {
    const residual = this.pathResidual;
    if (this.parentVar[end] === ROOT) {
      this.alphaSlack[end] = residual[end];
      this.alphaSide[this.alphaCount] = side;
      this.alphaList[this.alphaCount++] = -(end + 1);
      residual[end] = 0;
      return cycleSolved;
    }
    const id = this.componentOf[end];
    if (id === cycleSolved) return id;
    const { cycle, cycleArcs } = this.components[id]!;
    this.solveCycle(cycle!, cycleArcs!, residual, this.alphaPool);
    for (let c = 0; c < cycle!.length; c++) {
      residual[cycle![c]] = 0;
      this.alphaSide[this.alphaCount] = 0;
      this.alphaList[this.alphaCount++] = cycleArcs![c];
    }
    return id;
  }

  /** Sets back to 0 the entries of the last tableau column. */
  private clearAlpha(): void {
    for (let k = 0; k < this.alphaCount; k++) {
      const v = this.alphaList[k];
      if (v >= 0) this.alphaPool[v] = 0;
      else this.alphaSlack[-v - 1] = 0;
    }
    this.alphaCount = 0;
  }

  private alphaOf(variable: number): number {
    return variable >= 0 ? this.alphaPool[variable] : this.alphaSlack[-variable - 1];
  }

  private valueOf(variable: number): number {
    return variable >= 0 ? this.poolValue[variable] : this.slackValue[-variable - 1];
  }

  /** Leaving basic variable: minimum ratio x/α over α > tolerance; ties to the larger pivot (or Bland's order). */
  private ratioTest(bland: boolean): number | null {
    let leaving: number | null = null;
    let bestRatio = Infinity;
    let bestAlpha = 0;
    for (let k = 0; k < this.alphaCount; k++) {
      const v = this.alphaList[k];
      const a = this.alphaOf(v);
      if (a <= PIVOT_TOLERANCE) continue;
      const ratio = Math.max(0, this.valueOf(v)) / a;
      if (leaving === null || ratio < bestRatio - 1e-12 * (1 + bestRatio)) {
        bestRatio = ratio;
        bestAlpha = a;
        leaving = v;
      } else if (ratio <= bestRatio + 1e-12 * (1 + bestRatio)) {
        const better = bland ? this.order(v) < this.order(leaving) : a > bestAlpha;
        if (better) {
          bestAlpha = a;
          leaving = v;
        }
      }
    }
    return leaving;
  }

  private order(variable: number): number {
    return variable < 0 ? -variable - 1 : this.m + variable;
  }

  /** A node whose component holds the basic variable. */
  private nodeOfBasic(variable: number): number {
    return variable >= 0 ? this.poolSupplyRow[variable] : -variable - 1;
  }

  /** The other end (row) of a pool arc. */
  private otherEnd(position: number, node: number): number {
    return this.poolSupplyRow[position] === node
      ? this.poolDemandRow[position]
      : this.poolSupplyRow[position];
  }

  /** Coefficient of a pool arc in a row: 1 in its supply row, its ratio in its demand row. */
  private coefficient(position: number, node: number): number {
    return node === this.poolSupplyRow[position] ? 1 : this.poolRatio[position];
  }

  /**
   * Basis change: `entering` in at value `theta`, `leaving` out (it lies in the components `entering` touches);
   * the basic values move along the entering column. When `leaving` is on the path of one row of the
   * entering column only, the part it cuts off is hung again (`rehang`); otherwise the touched components are
   * rebuilt and their duals recomputed. False when the new basis is not a generalized network basis (singular:
   * never after a proper ratio test, kept as a guard).
   */
  private pivot(entering: number, leaving: number, theta: number): boolean {
    let side = 0;
    for (let k = 0; k < this.alphaCount; k++) {
      const v = this.alphaList[k];
      if (v >= 0) this.poolValue[v] -= theta * this.alphaPool[v];
      else this.slackValue[-v - 1] -= theta * this.alphaSlack[-v - 1];
      if (v === leaving) side = this.alphaSide[k];
    }
    const cut = side === 1 || side === 2;
    const nodes = this.touchedNodes;
    let count = 0;
    if (!cut) {
      for (const id of this.touchedComponents(entering)) {
        for (let k = this.components[id]!.head; k >= 0; k = this.nextNode[k]) nodes[count++] = k;
        this.components[id] = null;
        this.freeIds.push(id);
      }
    }
    // Leave.
    const at = leaving >= 0 ? this.poolAt[leaving] : this.slackAt[-leaving - 1];
    const last = this.basics[--this.basicCount];
    this.basics[at] = last;
    if (last >= 0) this.poolAt[last] = at;
    else this.slackAt[-last - 1] = at;
    if (leaving >= 0) {
      this.poolAt[leaving] = -1;
      this.poolValue[leaving] = 0;
      this.detach(leaving, this.poolSupplyRow[leaving]);
      this.detach(leaving, this.poolDemandRow[leaving]);
    } else {
      const row = -leaving - 1;
      this.slackAt[row] = -1;
      this.slackBasic[row] = 0;
      this.slackValue[row] = 0;
    }
    // Enter.
    this.basics[this.basicCount] = entering;
    if (entering >= 0) {
      this.poolAt[entering] = this.basicCount;
      this.adjacency[this.poolSupplyRow[entering]].push(entering);
      this.adjacency[this.poolDemandRow[entering]].push(entering);
    } else {
      this.slackAt[-entering - 1] = this.basicCount;
      this.slackBasic[-entering - 1] = 1;
    }
    this.basicCount++;
    if (entering >= 0) this.poolValue[entering] = theta;
    else this.slackValue[-entering - 1] = theta;
    const rebuilt = cut ? this.rehang(entering, side) : this.rebuild(nodes, count, false);
    this.valuesFresh = false;
    if (++this.pivots % VALUE_REFRESH_PIVOTS === 0) this.refreshValues();
    return rebuilt;
  }

  /**
   * The pivot when the leaving variable lies on the path of one row x of the entering column only: removing it
   * cuts off the part S holding x (the subtree under the leaving arc, or the whole tree whose root slack left),
   * and the entering variable hangs S again, from the other row of the entering arc, or as a new tree rooted at
   * the entering slack. Only S's nodes get new parents, depths, list places and duals: O(|S|).
   */
  private rehang(entering: number, side: number): boolean {
    const x =
      entering < 0 ? -entering - 1 : side === 1 ? this.poolSupplyRow[entering] : this.poolDemandRow[entering];
    const y = entering < 0 ? -1 : side === 1 ? this.poolDemandRow[entering] : this.poolSupplyRow[entering];
    const order = this.orderScratch;
    const mark = this.nodeStamp;
    const stamp = ++this.nodeStampValue;
    order[0] = x;
    mark[x] = stamp;
    if (y >= 0) mark[y] = stamp;
    this.parentVar[x] = entering >= 0 ? entering : ROOT;
    this.parentNode[x] = y;
    this.depth[x] = y >= 0 ? this.depth[y] + 1 : 0;
    const count = this.hang(1, mark, stamp);
    if (count < 0) return false;
    const fromId = this.componentOf[x];
    const from = this.components[fromId]!;
    for (let k = 0; k < count; k++) this.unlink(from, order[k]);
    if (from.head < 0) {
      this.components[fromId] = null;
      this.freeIds.push(fromId);
    }
    let toId: number;
    if (y >= 0) toId = this.componentOf[y];
    else {
      toId = this.freeIds.length > 0 ? this.freeIds.pop()! : this.components.length;
      this.components[toId] = { head: -1, tail: -1, cycle: null, cycleArcs: null };
    }
    const to = this.components[toId]!;
    const { y: dual, poolMargin: margin } = this;
    for (let k = 0; k < count; k++) {
      const node = order[k];
      this.append(to, node);
      this.componentOf[node] = toId;
      const p = this.parentVar[node];
      if (p === ROOT) {
        dual[node] = 0;
        continue;
      }
      dual[node] = this.childDual(p, node, margin[p], dual[this.parentNode[node]]);
    }
    return true;
  }

  private unlink(component: BasisComponent, node: number): void {
    const previous = this.previousNode[node];
    const next = this.nextNode[node];
    if (previous >= 0) this.nextNode[previous] = next;
    else component.head = next;
    if (next >= 0) this.previousNode[next] = previous;
    else component.tail = previous;
  }

  private append(component: BasisComponent, node: number): void {
    this.previousNode[node] = component.tail;
    this.nextNode[node] = -1;
    if (component.tail >= 0) this.nextNode[component.tail] = node;
    else component.head = node;
    component.tail = node;
  }

  private detach(position: number, node: number): void {
    const list = this.adjacency[node];
    const k = list.indexOf(position);
    list[k] = list[list.length - 1];
    list.pop();
  }

  /**
   * Recomputes the components covering the first `count` of `nodes` (whole former components), then their duals
   * from the margins and, with `values`, their basic values from the capacities.
   */
  private rebuild(nodes: Int32Array, count: number, values: boolean): boolean {
    const stamp = ++this.collectStampValue;
    const seen = this.collectStamp;
    // Trees first, each grown from its basic slack in one sweep; what is left has no slack: one-cycle components.
    for (let k = 0; k < count; k++) {
      const root = nodes[k];
      if (this.slackBasic[root] === 0 || seen[root] === stamp) continue;
      const component = this.growTree(root, stamp);
      if (component === null) return false;
      this.place(component, values);
    }
    for (let k = 0; k < count; k++) {
      const start = nodes[k];
      if (seen[start] === stamp) continue;
      const component = this.growCycle(this.collect(start, stamp));
      if (component === null) return false;
      this.place(component, values);
    }
    return !this.singular;
  }

  /** Gives a rebuilt component an id, and computes its duals and (with `values`) its basic values. */
  private place(component: BasisComponent, values: boolean): void {
    const id = this.freeIds.length > 0 ? this.freeIds.pop()! : this.components.length;
    this.components[id] = component;
    for (let node = component.head; node >= 0; node = this.nextNode[node]) this.componentOf[node] = id;
    if (values) this.solveValues(component);
    this.solveDuals(component, this.y, MARGINS);
  }

  /**
   * The tree of basic arcs hanging from `root` (whose slack is basic), root first, marked with `stamp` in the
   * collect marks; null when it reaches another basic slack (a singular basis). A component holding a slack and a
   * cycle leaves another one with neither, which growCycle refuses.
   */
  private growTree(root: number, stamp: number): BasisComponent | null {
    const order = this.orderScratch;
    order[0] = root;
    this.collectStamp[root] = stamp;
    this.parentVar[root] = ROOT;
    this.parentNode[root] = -1;
    this.depth[root] = 0;
    const count = this.hang(1, this.collectStamp, stamp);
    return count < 0 ? null : this.listed(count, null, null);
  }

  /** A component whose list is the first `count` nodes of orderScratch. */
  private listed(count: number, cycle: Int32Array | null, cycleArcs: Int32Array | null): BasisComponent {
    const order = this.orderScratch;
    for (let k = 0; k < count; k++) {
      this.previousNode[order[k]] = k > 0 ? order[k - 1] : -1;
      this.nextNode[order[k]] = k + 1 < count ? order[k + 1] : -1;
    }
    return { head: order[0], tail: order[count - 1], cycle, cycleArcs };
  }

  /** The nodes connected to `start` by basic arcs, marked with `stamp`. */
  private collect(start: number, stamp: number): number[] {
    const seen = this.collectStamp;
    const members = [start];
    seen[start] = stamp;
    for (let k = 0; k < members.length; k++) {
      const list = this.adjacency[members[k]];
      for (let j = 0; j < list.length; j++) {
        const other = this.otherEnd(list[j], members[k]);
        if (seen[other] === stamp) continue;
        seen[other] = stamp;
        members.push(other);
      }
    }
    return members;
  }

  /**
   * A connected node set without basic slack as a one-cycle component: its cycle first, then the trees hanging
   * off it; null unless it has exactly as many basic arcs as nodes.
   */
  private growCycle(members: readonly number[]): BasisComponent | null {
    let arcEnds = 0;
    for (const node of members) arcEnds += this.adjacency[node].length;
    if (arcEnds / 2 !== members.length) return null;
    const [cycle, cycleArcs] = this.findCycle(members);
    const order = this.orderScratch;
    const placed = ++this.nodeStampValue;
    for (let c = 0; c < cycle.length; c++) {
      const node = cycle[c];
      order[c] = node;
      this.nodeStamp[node] = placed;
      this.parentVar[node] = ON_CYCLE;
      this.parentNode[node] = -1;
      this.depth[node] = 0;
    }
    const count = this.hang(cycle.length, this.nodeStamp, placed);
    if (count !== members.length) return null;
    return this.listed(count, cycle, cycleArcs);
  }

  /**
   * Breadth-first from the `count` seeds at the head of orderScratch (marked `stamp` in `mark`): every node reached
   * by basic arcs gets its parent node and arc and joins the order. Returns the order's length, or −1 on reaching a
   * basic slack (a second root).
   */
  private hang(count: number, mark: Int32Array, stamp: number): number {
    const order = this.orderScratch;
    for (let k = 0; k < count; k++) {
      const node = order[k];
      const list = this.adjacency[node];
      for (let j = 0; j < list.length; j++) {
        const p = list[j];
        const other = this.otherEnd(p, node);
        if (mark[other] === stamp) continue;
        if (this.slackBasic[other] === 1) return -1;
        mark[other] = stamp;
        this.parentVar[other] = p;
        this.parentNode[other] = node;
        this.depth[other] = this.depth[node] + 1;
        order[count++] = other;
      }
    }
    return count;
  }

  /** The one cycle of a connected set with as many arcs as nodes: peel the leaves, walk what is left. */
  private findCycle(members: readonly number[]): [Int32Array, Int32Array] {
    const degree = this.degree;
    const peeled = ++this.nodeStampValue;
    const mark = this.nodeStamp;
    const leaves: number[] = [];
    for (const node of members) {
      degree[node] = this.adjacency[node].length;
      if (degree[node] === 1) leaves.push(node);
    }
    while (leaves.length > 0) {
      const leaf = leaves.pop()!;
      mark[leaf] = peeled;
      for (const p of this.adjacency[leaf]) {
        const next = this.otherEnd(p, leaf);
        if (mark[next] === peeled) continue;
        if (--degree[next] === 1) leaves.push(next);
      }
    }
    const start = members.find((node) => mark[node] !== peeled)!;
    const nodes: number[] = [];
    const arcs: number[] = [];
    let node = start;
    let previous = -1;
    do {
      nodes.push(node);
      let step = -1;
      for (const p of this.adjacency[node]) {
        if (p === previous || mark[this.otherEnd(p, node)] === peeled) continue;
        step = p;
        break;
      }
      arcs.push(step);
      previous = step;
      node = this.otherEnd(step, node);
    } while (node !== start && nodes.length <= members.length);
    return [Int32Array.from(nodes), Int32Array.from(arcs)];
  }

  /** Basic values of a component from the capacities (round-off just below zero clamped to zero). */
  private solveValues(component: BasisComponent): void {
    const { head, cycleArcs } = component;
    const next = this.nextNode;
    for (let node = head; node >= 0; node = next[node]) this.residual[node] = this.b[node];
    this.solvePrimal(component);
    const tol = this.valueTolerance;
    const value = this.poolValue;
    for (let node = head; node >= 0; node = next[node]) {
      const p = this.parentVar[node];
      if (p >= 0) {
        if (value[p] < 0 && value[p] > -tol) value[p] = 0;
      } else if (p === ROOT && this.slackValue[node] < 0 && this.slackValue[node] > -tol)
        this.slackValue[node] = 0;
    }
    if (cycleArcs)
      for (let c = 0; c < cycleArcs.length; c++)
        if (value[cycleArcs[c]] < 0 && value[cycleArcs[c]] > -tol) value[cycleArcs[c]] = 0;
  }

  /**
   * Solves B·x = residual on one component into the basic values (residual given on its nodes, consumed): leaves
   * first, each node's residual fixes the arc to its parent; the root's slack takes what is left, or the cycle is
   * solved with one unknown carried around it.
   */
  private solvePrimal(component: BasisComponent): void {
    const { head, tail, cycle, cycleArcs } = component;
    const residual = this.residual;
    const previous = this.previousNode;
    for (let node = tail; node >= 0; node = previous[node]) {
      const p = this.parentVar[node];
      if (p < 0) continue;
      const x = residual[node] / this.coefficient(p, node);
      this.poolValue[p] = x;
      const parent = this.parentNode[node];
      residual[parent] -= this.coefficient(p, parent) * x;
    }
    if (!cycle || !cycleArcs) this.slackValue[head] = residual[head];
    else this.solveCycle(cycle, cycleArcs, residual, this.poolValue);
  }

  /** The values of a cycle's arcs for the residuals on its nodes (the trees hanging off it already solved). */
  private solveCycle(
    cycle: Int32Array,
    cycleArcs: Int32Array,
    residual: Float64Array,
    outPool: Float64Array,
  ): void {
    // x of cycle arc i is P_i + Q_i·t with t the value of the last cycle arc.
    const length = cycle.length;
    const P = this.cycleP;
    const Q = this.cycleQ;
    const lastArc = cycleArcs[length - 1];
    let previousP = 0;
    let previousQ = 1;
    let previousArc = lastArc;
    for (let i = 0; i < length; i++) {
      const node = cycle[i];
      const arc = cycleArcs[i];
      const a = this.coefficient(previousArc, node);
      const b = this.coefficient(arc, node);
      P[i] = (residual[node] - a * previousP) / b;
      Q[i] = (-a * previousQ) / b;
      previousP = P[i];
      previousQ = Q[i];
      previousArc = arc;
    }
    const t = P[length - 1] / this.cycleGain(Q[length - 1]);
    for (let i = 0; i < length; i++) outPool[cycleArcs[i]] = P[i] + Q[i] * t;
  }

  /**
   * Solves y·B = c_B on one component into `out` (its nodes only): c_B the margins (and 0 for slacks) when `unit`
   * is MARGINS, else a unit cost on the basic variable `unit` alone (a row of B⁻¹). Root or cycle first, then every
   * node from its parent.
   */
  private solveDuals(component: BasisComponent, out: Float64Array, unit: number): void {
    const { head, cycle, cycleArcs } = component;
    const margin = this.poolMargin;
    const margins = unit === MARGINS;
    if (!cycle || !cycleArcs) out[head] = !margins && unit === -(head + 1) ? 1 : 0;
    else {
      // y of cycle node i is P_i + Q_i·t with t = y of node 0.
      const length = cycle.length;
      const P = this.cycleP;
      const Q = this.cycleQ;
      P[0] = 0;
      Q[0] = 1;
      for (let i = 0; i < length; i++) {
        const arc = cycleArcs[i];
        const from = cycle[i];
        const to = cycle[(i + 1) % length];
        const a = this.coefficient(arc, from);
        const b = this.coefficient(arc, to);
        const cost = margins ? margin[arc] : arc === unit ? 1 : 0;
        P[i + 1] = (cost - a * P[i]) / b;
        Q[i + 1] = (-a * Q[i]) / b;
      }
      const t = P[length] / this.cycleGain(Q[length]);
      for (let i = 0; i < length; i++) out[cycle[i]] = P[i] + Q[i] * t;
    }
    const next = this.nextNode;
    for (let node = head; node >= 0; node = next[node]) {
      const p = this.parentVar[node];
      if (p < 0) continue;
      const cost = margins ? margin[p] : p === unit ? 1 : 0;
      out[node] = this.childDual(p, node, cost, out[this.parentNode[node]]);
    }
  }

  /**
   * The dual of `node` from its parent's through the basic arc `p` joining them, of cost `cost`: one end is its
   * supply row (coefficient 1), the other its demand row (ratio).
   */
  private childDual(p: number, node: number, cost: number, parentDual: number): number {
    const ratio = this.poolRatio[p];
    return this.poolSupplyRow[p] === node ? cost - ratio * parentDual : (cost - parentDual) / ratio;
  }

  /** 1 − Q of a cycle (non-zero for a non-singular basis); flags the basis singular when it is round-off. */
  private cycleGain(q: number): number {
    const gain = 1 - q;
    if (!(Math.abs(gain) > 1e-12 * Math.max(1, Math.abs(q)))) this.singular = true;
    return gain;
  }

  /** Recomputes every basic value and dual from the capacities and margins. */
  private refresh(): void {
    for (const component of this.components) {
      if (component === null) continue;
      this.solveValues(component);
      this.solveDuals(component, this.y, MARGINS);
    }
    this.valuesFresh = true;
  }

  /** Recomputes every basic value from the capacities. */
  private refreshValues(): void {
    for (const component of this.components) if (component !== null) this.solveValues(component);
    this.valuesFresh = true;
  }

  /** Whether every basic value is ≥ 0 (round-off within tolerance). */
  primalFeasible(): boolean {
    for (let k = 0; k < this.basicCount; k++)
      if (this.valueOf(this.basics[k]) < -this.valueTolerance) return false;
    return true;
  }
}
