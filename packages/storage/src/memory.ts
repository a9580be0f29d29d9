/**
 * An in-memory `Storage`: the reference implementation of the contracts, used by tests, by the
 * foundation's demo before the TSDB lands, and as the behaviour every other store is checked against.
 *
 * Samples of one series live in two growable typed arrays sorted by time. Queriers take a snapshot of
 * (arrays, length) per series at creation: in-order appends only grow the arrays past that length;
 * an out-of-order insert replaces the arrays (copy on write), so a snapshot never changes under a
 * reader.
 */

import { columnsOf, lowerBound, lowerBoundIn } from './columns.ts';
import { StorageError } from './errors.ts';
import type {
  Appender,
  Querier,
  SampleColumns,
  SampleIterator,
  SelectHints,
  Series,
  SeriesRef,
  Storage,
} from './interface.ts';
import { compareLabels, type Labels, labelsKey, METRIC_NAME } from './labels.ts';
import { type Matcher, matchesAll } from './matchers.ts';
import { sameValueBits } from './value.ts';

interface MemSeries {
  readonly ref: SeriesRef;
  readonly labels: Labels;
  /** Growable columns; samples [0, len) are valid. */
  ts: Float64Array;
  /** Values in a typed array: V8 canonicalises NaNs held in plain arrays, losing the stale marker. */
  vs: Float64Array;
  len: number;
}

export interface MemoryStorageOptions {
  /**
   * How far behind a series' newest sample an append may be (ms). Older samples fail with
   * TSDB_OUT_OF_BOUNDS. @default Infinity (everything is accepted)
   */
  outOfOrderWindowMs?: number;
}

export class MemoryStorage implements Storage {
  private readonly byKey = new Map<string, MemSeries>();
  private readonly byRef: MemSeries[] = [];
  private closed = false;
  private readonly oooWindow: number;

  constructor(opts: MemoryStorageOptions = {}) {
    this.oooWindow = opts.outOfOrderWindowMs ?? Number.POSITIVE_INFINITY;
  }

  appender(): Appender {
    this.checkOpen();
    return new MemoryAppender(this);
  }

  async querier(mint: number, maxt: number): Promise<Querier> {
    this.checkOpen();
    const snap: Snapshot[] = [];
    for (const s of this.byRef) snap.push({ labels: s.labels, ts: s.ts, vs: s.vs, len: s.len });
    return new MemoryQuerier(snap, mint, maxt);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Number of series held (self-metrics). */
  get seriesCount(): number {
    return this.byRef.length;
  }

  /** @internal */
  resolve(ref: SeriesRef, labels: Labels): MemSeries | undefined {
    if (ref > 0) {
      const s = this.byRef[ref - 1];
      if (s !== undefined) return s;
    }
    return this.byKey.get(labelsKey(labels));
  }

  /** @internal */
  getOrCreate(labels: Labels): MemSeries {
    const key = labelsKey(labels);
    let s = this.byKey.get(key);
    if (s === undefined) {
      s = { ref: this.byRef.length + 1, labels, ts: new Float64Array(8), vs: new Float64Array(8), len: 0 };
      this.byKey.set(key, s);
      this.byRef.push(s);
    }
    return s;
  }

  /** @internal Checks a sample against what is committed; returns false for an exact duplicate. */
  check(s: MemSeries | undefined, t: number, v: number): boolean {
    if (s === undefined || s.len === 0) return true;
    const last = s.ts[s.len - 1]!;
    if (t > last) return true;
    if (last - t > this.oooWindow) {
      throw new StorageError(
        'TSDB_OUT_OF_BOUNDS',
        `sample at ${t} is older than the out-of-order window allows`,
        {
          context: { labels: s.labels, newest: last },
        },
      );
    }
    const i = lowerBound(s.ts, s.len, t);
    if (i < s.len && s.ts[i] === t) {
      if (sameValueBits(s.vs[i]!, v)) return false;
      throw new StorageError('TSDB_DUPLICATE_SAMPLE', `a different value already exists at ${t}`, {
        context: { labels: s.labels },
      });
    }
    return true;
  }

  /** @internal */
  insert(s: MemSeries, t: number, v: number): void {
    const n = s.len;
    if (n === 0 || t > s.ts[n - 1]!) {
      if (n === s.vs.length) {
        s.ts = grow(s.ts, n, n * 2);
        s.vs = grow(s.vs, n, n * 2);
      }
      s.ts[n] = t;
      s.vs[n] = v;
      s.len = n + 1;
      return;
    }
    const i = lowerBound(s.ts, n, t);
    if (s.ts[i] === t) return; // exact duplicate, already checked
    // Copy on write: queriers holding the old arrays keep their snapshot.
    const size = Math.max(8, s.vs.length + 1);
    const ts = new Float64Array(size);
    const vs = new Float64Array(size);
    ts.set(s.ts.subarray(0, i));
    vs.set(s.vs.subarray(0, i));
    ts[i] = t;
    vs[i] = v;
    ts.set(s.ts.subarray(i, n), i + 1);
    vs.set(s.vs.subarray(i, n), i + 1);
    s.ts = ts;
    s.vs = vs;
    s.len = n + 1;
  }

  private checkOpen(): void {
    if (this.closed) throw new StorageError('STORAGE_CLOSED', 'storage is closed');
  }
}

class MemoryAppender implements Appender {
  private pending: { labels: Labels; t: number; v: number }[] = [];
  private done = false;
  constructor(private readonly store: MemoryStorage) {}

  append(ref: SeriesRef, labels: Labels, t: number, v: number): SeriesRef {
    if (this.done)
      throw new StorageError('STORAGE_APPENDER_DONE', 'appender already committed or rolled back');
    validateLabels(labels);
    if (!Number.isFinite(t) || !Number.isInteger(t)) {
      throw new StorageError('TSDB_OUT_OF_BOUNDS', `timestamp ${t} is not an integer number of milliseconds`);
    }
    const s = this.store.resolve(ref, labels);
    this.store.check(s, t, v);
    this.pending.push({ labels, t, v });
    return s?.ref ?? 0;
  }

  async commit(): Promise<void> {
    if (this.done)
      throw new StorageError('STORAGE_APPENDER_DONE', 'appender already committed or rolled back');
    this.done = true;
    for (const p of this.pending) {
      const s = this.store.getOrCreate(p.labels);
      // Re-check: another appender may have committed the same timestamp meanwhile.
      if (this.store.check(s, p.t, p.v)) this.store.insert(s, p.t, p.v);
    }
    this.pending = [];
  }

  async rollback(): Promise<void> {
    this.done = true;
    this.pending = [];
  }
}

export function validateLabels(labels: Labels): void {
  let prev = '';
  let hasName = false;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l.name === '' || l.value === '') {
      throw new StorageError(
        'TSDB_INVALID_LABELS',
        `label ${JSON.stringify(l.name)} has an empty name or value`,
      );
    }
    if (i > 0 && l.name <= prev) {
      throw new StorageError(
        'TSDB_INVALID_LABELS',
        `labels are not sorted or have a duplicate name at ${JSON.stringify(l.name)}`,
      );
    }
    if (l.name === METRIC_NAME) hasName = true;
    prev = l.name;
  }
  if (!hasName) throw new StorageError('TSDB_INVALID_LABELS', 'series has no metric name (__name__ label)');
}

interface Snapshot {
  labels: Labels;
  ts: Float64Array;
  vs: Float64Array;
  len: number;
}

class MemoryQuerier implements Querier {
  constructor(
    private readonly snap: Snapshot[],
    private readonly mint: number,
    private readonly maxt: number,
  ) {}

  async select(
    sorted: boolean,
    _hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const out: Series[] = [];
    for (const s of this.snap) {
      if (!matchesAll(s.labels, matchers)) continue;
      const lo = lowerBound(s.ts, s.len, this.mint);
      const hi = lowerBound(s.ts, s.len, this.maxt + 1);
      if (hi <= lo) continue;
      out.push(new ArraySeries(s.labels, s.ts, s.vs, lo, hi));
    }
    if (sorted) out.sort((a, b) => compareLabels(a.labels, b.labels));
    return out;
  }

  async labelValues(name: string, matchers: readonly Matcher[] = []): Promise<string[]> {
    const vals = new Set<string>();
    for (const s of this.snap) {
      if (!this.hasData(s) || !matchesAll(s.labels, matchers)) continue;
      for (const l of s.labels) if (l.name === name) vals.add(l.value);
    }
    return [...vals].sort();
  }

  async labelNames(matchers: readonly Matcher[] = []): Promise<string[]> {
    const names = new Set<string>();
    for (const s of this.snap) {
      if (!this.hasData(s) || !matchesAll(s.labels, matchers)) continue;
      for (const l of s.labels) names.add(l.name);
    }
    return [...names].sort();
  }

  async close(): Promise<void> {}

  private hasData(s: Snapshot): boolean {
    return lowerBound(s.ts, s.len, this.maxt + 1) > lowerBound(s.ts, s.len, this.mint);
  }
}

/** A series over sorted parallel arrays, restricted to indices [lo, hi). */
export class ArraySeries implements Series {
  constructor(
    readonly labels: Labels,
    private readonly ts: ArrayLike<number>,
    private readonly vs: ArrayLike<number>,
    private readonly lo = 0,
    private readonly hi = ts.length,
  ) {}
  iterator(): SampleIterator {
    return new ArrayIterator(this.ts, this.vs, this.lo, this.hi);
  }
  samples(mint: number, maxt: number): SampleColumns {
    const ts = this.ts;
    let lo = this.lo;
    let hi = this.hi;
    // The bounds usually match the querier's range already; narrow only when asked for less.
    if (lo < hi && ts[lo]! < mint) lo = lowerBoundIn(ts, lo, hi, mint);
    if (lo < hi && ts[hi - 1]! > maxt) hi = lowerBoundIn(ts, lo, hi, maxt + 1);
    return columnsOf(ts, this.vs, lo, hi);
  }
}

export class ArrayIterator implements SampleIterator {
  private i: number;
  constructor(
    private readonly ts: ArrayLike<number>,
    private readonly vs: ArrayLike<number>,
    private readonly lo: number,
    private readonly hi: number,
  ) {
    this.i = lo - 1;
  }
  next(): boolean {
    if (this.i < this.hi) this.i++;
    return this.i < this.hi;
  }
  seek(t: number): boolean {
    if (this.i < this.lo) this.i = this.lo;
    while (this.i < this.hi && this.ts[this.i]! < t) this.i++;
    return this.i < this.hi;
  }
  time(): number {
    return this.ts[this.i]!;
  }
  value(): number {
    return this.vs[this.i]!;
  }
}

function grow(a: Float64Array, len: number, size: number): Float64Array {
  const out = new Float64Array(size);
  out.set(a.subarray(0, len));
  return out;
}
