/**
 * Sample sources and their merge. A series' samples for a query may come from several places: the
 * head's sealed chunks, its open (uncompressed) buffer, its out-of-order buffer and chunks, and the
 * chunks of every block that overlaps the query. Each is sorted by time; sources may overlap (late
 * data, a block written twice after a crash), so reading merges them and keeps one sample per
 * timestamp. Series materialise their samples into typed arrays on the first `iterator()` call;
 * values are copied as raw bytes so NaN payloads (the staleness marker) survive.
 */
import {
  type Labels,
  lowerBound,
  type SampleColumns,
  type SampleIterator,
  type Series,
} from '@sensorpath/storage';
import { decodeChunk } from './chunk.ts';
import type { ChunkReader } from './chunkcache.ts';

export { lowerBound };

/** Sorted samples of one source; `ts`/`vs` may be longer than `len`. */
export interface Columns {
  ts: Float64Array;
  vs: Float64Array;
  len: number;
}

/** A lazily decoded sorted run of samples with known bounds. */
export interface Source {
  readonly mint: number;
  readonly maxt: number;
  load(): Columns;
}

/**
 * An encoded chunk. With a cache, `key` (the chunk's immutable descriptor) names it there and the
 * columns loaded are shared with other readers: read-only.
 */
export class EncodedSource implements Source {
  constructor(
    readonly mint: number,
    readonly maxt: number,
    private readonly read: () => Uint8Array,
    private readonly key?: object,
    private readonly cache?: ChunkReader,
  ) {}
  load(): Columns {
    const d =
      this.cache !== undefined && this.key !== undefined
        ? this.cache.get(this.key, this.read)
        : decodeChunk(this.read());
    return { ts: d.ts, vs: d.vs, len: d.ts.length };
  }
}

export class RawSource implements Source {
  constructor(
    readonly mint: number,
    readonly maxt: number,
    private readonly cols: Columns,
  ) {}
  load(): Columns {
    return this.cols;
  }
}

/**
 * Merges sorted sources restricted to [mint, maxt] into one sorted run without duplicate
 * timestamps (on equal timestamps the earlier source in the list wins).
 */
export function mergeSources(sources: readonly Source[], mint: number, maxt: number): Columns {
  const runs: Columns[] = [];
  const los: number[] = [];
  const his: number[] = [];
  let total = 0;
  for (const s of sources) {
    if (s.maxt < mint || s.mint > maxt) continue;
    const c = s.load();
    const lo = lowerBound(c.ts, c.len, mint);
    const hi = lowerBound(c.ts, c.len, maxt + 1);
    if (hi <= lo) continue;
    runs.push(c);
    los.push(lo);
    his.push(hi);
    total += hi - lo;
  }
  const ts = new Float64Array(total);
  const vs = new Float64Array(total);
  if (runs.length === 0) return { ts, vs, len: 0 };
  // Fast path: runs that follow each other in time are concatenated.
  const order = runs.map((_, i) => i).sort((a, b) => runs[a]!.ts[los[a]!]! - runs[b]!.ts[los[b]!]!);
  let disjoint = true;
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1]!;
    const cur = order[i]!;
    if (runs[prev]!.ts[his[prev]! - 1]! >= runs[cur]!.ts[los[cur]!]!) {
      disjoint = false;
      break;
    }
  }
  if (disjoint) {
    let o = 0;
    for (const i of order) {
      const r = runs[i]!;
      const lo = los[i]!;
      const hi = his[i]!;
      ts.set(r.ts.subarray(lo, hi), o);
      vs.set(r.vs.subarray(lo, hi), o);
      o += hi - lo;
    }
    return { ts, vs, len: total };
  }
  // General k-way merge (rare: overlapping late data or overlapping blocks).
  const out = new Uint8Array(vs.buffer);
  const bytes = runs.map((r) => new Uint8Array(r.vs.buffer, r.vs.byteOffset, r.vs.byteLength));
  const pos = los.slice();
  let o = 0;
  for (;;) {
    let best = -1;
    let bt = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs.length; i++) {
      if (pos[i]! >= his[i]!) continue;
      const t = runs[i]!.ts[pos[i]!]!;
      if (t < bt) {
        bt = t;
        best = i;
      }
    }
    if (best < 0) break;
    ts[o] = bt;
    const p = pos[best]!;
    out.set(bytes[best]!.subarray(p * 8, p * 8 + 8), o * 8);
    o++;
    for (let i = 0; i < runs.length; i++) {
      while (pos[i]! < his[i]! && runs[i]!.ts[pos[i]!]! === bt) pos[i]!++;
    }
  }
  return { ts, vs, len: o };
}

/** A query result series over merged sources, decoded on first use. */
export class MergedSeries implements Series {
  private cols: Columns | undefined;
  constructor(
    readonly labels: Labels,
    readonly sources: Source[],
    private readonly mint: number,
    private readonly maxt: number,
  ) {}
  columns(): Columns {
    this.cols ??= mergeSources(this.sources, this.mint, this.maxt);
    return this.cols;
  }
  iterator(): SampleIterator {
    const c = this.columns();
    return new ColumnsIterator(c.ts, c.vs, c.len);
  }
  /**
   * Bulk read. When one source covers the range (a block chunk, the head's open buffer) the
   * result is a view of its columns; otherwise the sources are merged into fresh arrays.
   */
  samples(mint: number, maxt: number): SampleColumns {
    const lo = Math.max(mint, this.mint);
    const hi = Math.min(maxt, this.maxt);
    let c = this.cols;
    if (c === undefined) {
      let only: Source | undefined;
      let count = 0;
      for (const s of this.sources) {
        if (s.maxt < lo || s.mint > hi) continue;
        only = s;
        count++;
      }
      c = count === 1 ? only!.load() : mergeSources(this.sources, lo, hi);
    }
    const a = c.ts[0]! >= lo ? 0 : lowerBound(c.ts, c.len, lo);
    const b = c.len > 0 && c.ts[c.len - 1]! <= hi ? c.len : lowerBound(c.ts, c.len, hi + 1);
    return { ts: c.ts.subarray(a, b), vs: c.vs.subarray(a, b) };
  }
}

export class ColumnsIterator implements SampleIterator {
  private i = -1;
  constructor(
    private readonly ts: Float64Array,
    private readonly vs: Float64Array,
    private readonly len: number,
  ) {}
  next(): boolean {
    if (this.i < this.len) this.i++;
    return this.i < this.len;
  }
  seek(t: number): boolean {
    if (this.i < 0) this.i = 0;
    if (this.i < this.len && this.ts[this.i]! < t) {
      // Galloping is unnecessary here: binary search from the current position.
      let lo = this.i;
      let hi = this.len;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.ts[mid]! < t) lo = mid + 1;
        else hi = mid;
      }
      this.i = lo;
    }
    return this.i < this.len;
  }
  time(): number {
    return this.ts[this.i]!;
  }
  value(): number {
    return this.vs[this.i]!;
  }
}
