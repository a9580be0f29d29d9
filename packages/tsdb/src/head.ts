/**
 * The head: the in-memory part of the TSDB that receives every append. Each series keeps its
 * in-order samples as sealed compressed chunks (see chunk.ts) plus one open, uncompressed buffer of
 * up to `CHUNK_SAMPLES`; chunks never straddle a block boundary, so cutting a block is a matter of
 * taking whole chunks. Late samples (older than the series' newest, newer than the head's newest
 * minus the out-of-order window) go to a separate sorted out-of-order buffer and chunks.
 *
 * Ownership and snapshots: sealed chunk arrays only grow until truncation replaces them, the open
 * buffer is only written past the length a reader saw (a full or grown buffer is replaced, never
 * reused), and the out-of-order buffer is copy-on-write. A querier therefore snapshots a series by
 * remembering array references and lengths, with no copying of samples.
 */
import {
  type Labels,
  labelsKey,
  type SeriesRef,
  StorageError,
  sameValueBits,
  validateLabels,
} from '@sensorpath/storage';
import { ByteReader, type ByteWriter } from './bytes.ts';
import { decodeChunk, encodeChunk } from './chunk.ts';
import type { ChunkReader } from './chunkcache.ts';
import { MemPostings } from './postings.ts';
import { type Columns, EncodedSource, lowerBound, mergeSources, RawSource, type Source } from './series.ts';

export const CHUNK_SAMPLES = 120;

export interface HeadChunk {
  readonly mint: number;
  readonly maxt: number;
  readonly data: Uint8Array;
}

export class MemSeries {
  /** Sealed in-order chunks, ascending and disjoint. */
  chunks: HeadChunk[] = [];
  ts: Float64Array = new Float64Array(8);
  vs: Float64Array = new Float64Array(8);
  len = 0;
  /** Newest in-order timestamp ever appended (stays after truncation; -Infinity when none). */
  maxt = Number.NEGATIVE_INFINITY;
  oooChunks: HeadChunk[] = [];
  oooTs: Float64Array = EMPTY;
  oooVs: Float64Array = EMPTY;
  oooLen = 0;
  /** The series record is in the WAL. */
  logged = false;
  /** Removed from the head by garbage collection; appenders holding it must re-resolve. */
  dead = false;

  constructor(
    readonly id: number,
    readonly labels: Labels,
    readonly key: string,
  ) {}

  hasData(): boolean {
    return this.chunks.length > 0 || this.len > 0 || this.oooChunks.length > 0 || this.oooLen > 0;
  }
}

const EMPTY = new Float64Array(0);

/** What a querier sees of one series. */
export interface SeriesSnapshot {
  readonly s: MemSeries;
  readonly chunks: HeadChunk[];
  readonly nChunks: number;
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  readonly len: number;
  readonly oooChunks: HeadChunk[];
  readonly nOoo: number;
  readonly oooTs: Float64Array;
  readonly oooVs: Float64Array;
  readonly oooLen: number;
  readonly mint: number;
  readonly maxt: number;
}

export interface HeadSnapshot {
  readonly postings: MemPostings;
  readonly limit: number;
  readonly series: (SeriesSnapshot | undefined)[];
}

function snapshotOf(s: MemSeries): SeriesSnapshot | undefined {
  if (!s.hasData()) return undefined;
  let mint = Number.POSITIVE_INFINITY;
  let maxt = Number.NEGATIVE_INFINITY;
  const first = s.chunks[0];
  if (first !== undefined) {
    mint = first.mint;
    maxt = s.chunks[s.chunks.length - 1]!.maxt;
  }
  if (s.len > 0) {
    mint = Math.min(mint, s.ts[0]!);
    maxt = Math.max(maxt, s.ts[s.len - 1]!);
  }
  for (const c of s.oooChunks) {
    mint = Math.min(mint, c.mint);
    maxt = Math.max(maxt, c.maxt);
  }
  if (s.oooLen > 0) {
    mint = Math.min(mint, s.oooTs[0]!);
    maxt = Math.max(maxt, s.oooTs[s.oooLen - 1]!);
  }
  return {
    s,
    chunks: s.chunks,
    nChunks: s.chunks.length,
    ts: s.ts,
    vs: s.vs,
    len: s.len,
    oooChunks: s.oooChunks,
    nOoo: s.oooChunks.length,
    oooTs: s.oooTs,
    oooVs: s.oooVs,
    oooLen: s.oooLen,
    mint,
    maxt,
  };
}

function valueIn(c: HeadChunk, t: number): number | undefined {
  const d = decodeChunk(c.data);
  const i = lowerBound(d.ts, d.ts.length, t);
  return i < d.ts.length && d.ts[i] === t ? d.vs[i] : undefined;
}

/** The sources of a snapshot in precedence order (in-order data first). */
export function snapshotSources(snap: SeriesSnapshot, cache?: ChunkReader): Source[] {
  const out: Source[] = [];
  for (let i = 0; i < snap.nChunks; i++) {
    const c = snap.chunks[i]!;
    out.push(new EncodedSource(c.mint, c.maxt, () => c.data, c, cache));
  }
  if (snap.len > 0) {
    out.push(new RawSource(snap.ts[0]!, snap.ts[snap.len - 1]!, { ts: snap.ts, vs: snap.vs, len: snap.len }));
  }
  for (let i = 0; i < snap.nOoo; i++) {
    const c = snap.oooChunks[i]!;
    out.push(new EncodedSource(c.mint, c.maxt, () => c.data, c, cache));
  }
  if (snap.oooLen > 0) {
    out.push(
      new RawSource(snap.oooTs[0]!, snap.oooTs[snap.oooLen - 1]!, {
        ts: snap.oooTs,
        vs: snap.oooVs,
        len: snap.oooLen,
      }),
    );
  }
  return out;
}

export const REC_SERIES = 1;
export const REC_SAMPLES = 2;
export const REC_CHUNK = 3;

export interface HeadOptions {
  /** Block range in ms; head chunks are cut at multiples of it. */
  blockRangeMs: number;
  /** How far behind the head's newest sample a sample may be. */
  outOfOrderWindowMs: number;
}

export class Head {
  /** Series by id (ids start at 1; garbage-collected ids leave holes). */
  series: (MemSeries | undefined)[] = [undefined];
  private byKey = new Map<string, MemSeries>();
  postings = new MemPostings();
  /** Newest timestamp of any sample in the head (-Infinity when empty). */
  maxt = Number.NEGATIVE_INFINITY;
  /**
   * Newest timestamp of any sample in the store (head or blocks; the TSDB raises it for blocks):
   * the out-of-order window is measured back from it, also right after a restart.
   */
  newest = Number.NEGATIVE_INFINITY;
  /** Newest sample in any block (set by the TSDB); appends at or below it are checked against blocks. */
  blocksMaxt = Number.NEGATIVE_INFINITY;
  /**
   * Samples below this go to the out-of-order data even when they are newer than their series'
   * newest: their range was cut into blocks already. Raised by truncation and by the TSDB.
   */
  minValid = Number.NEGATIVE_INFINITY;
  /**
   * Oldest in-order sample in the head (+Infinity when none): the head is cut when the in-order
   * data spans 1.5 block ranges. Late samples do not count, or a backlog would force a cut per commit.
   */
  inOrderMint = Number.POSITIVE_INFINITY;
  /** Oldest timestamp of any sample in the head (+Infinity when empty). */
  mint = Number.POSITIVE_INFINITY;
  samplesAppended = 0;
  /** Samples dropped at commit because another batch wrote a different value first. */
  conflictsDropped = 0;

  constructor(readonly opts: HeadOptions) {}

  get seriesCount(): number {
    return this.byKey.size;
  }

  byRef(ref: SeriesRef): MemSeries | undefined {
    const s = this.series[ref];
    return s === undefined || s.dead ? undefined : s;
  }

  lookup(labels: Labels): MemSeries | undefined {
    return this.byKey.get(labelsKey(labels));
  }

  getOrCreate(labels: Labels, id = 0): MemSeries {
    const key = labelsKey(labels);
    const found = this.byKey.get(key);
    if (found !== undefined) return found;
    validateLabels(labels);
    const s = new MemSeries(id > 0 ? id : this.series.length, labels, key);
    this.series[s.id] = s;
    this.byKey.set(key, s);
    this.postings.add(s.id, labels);
    return s;
  }

  /**
   * Validates a sample against committed data. Returns false for an exact duplicate (a no-op),
   * true for a new sample; throws TSDB_OUT_OF_BOUNDS or TSDB_DUPLICATE_SAMPLE.
   */
  check(s: MemSeries, t: number, v: number): boolean {
    if (t > s.maxt && t > this.blocksMaxt && t >= this.minValid) {
      if (t < this.newest - this.opts.outOfOrderWindowMs) throw this.outOfBounds(s, t);
      return true;
    }
    if (t < this.newest - this.opts.outOfOrderWindowMs) throw this.outOfBounds(s, t);
    const found = this.find(s, t);
    if (found === undefined) return true;
    if (sameValueBits(found, v)) return false;
    throw new StorageError('TSDB_DUPLICATE_SAMPLE', `a different value already exists at ${t} ms`, {
      context: { labels: s.labels, t },
    });
  }

  private outOfBounds(s: MemSeries, t: number): StorageError {
    return new StorageError(
      'TSDB_OUT_OF_BOUNDS',
      `sample at ${t} ms is older than the out-of-order window allows (newest sample ${this.newest} ms, window ${this.opts.outOfOrderWindowMs} ms); raise outOfOrderWindowMs or backfill with importOpenMetrics`,
      { context: { labels: s.labels, t, newest: this.newest } },
    );
  }

  /**
   * Looks a sample up outside the head (the blocks), for late samples older than the head's data.
   * Set by the TSDB.
   */
  lookupOutside: ((s: MemSeries, t: number) => number | undefined) | undefined;

  /** The value stored at exactly t in the head or (through `lookupOutside`) in a block, if any. */
  private find(s: MemSeries, t: number): number | undefined {
    const v = this.findInHead(s, t);
    return v === undefined && this.lookupOutside !== undefined ? this.lookupOutside(s, t) : v;
  }

  private findInHead(s: MemSeries, t: number): number | undefined {
    if (s.len > 0 && t >= s.ts[0]!) {
      // Late samples may sit in the out-of-order data even within the open buffer's range.
      const i = lowerBound(s.ts, s.len, t);
      if (i < s.len && s.ts[i] === t) return s.vs[i];
    }
    // In-order chunks are sorted and disjoint: binary search for the one that may hold t.
    const chunks = s.chunks;
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (chunks[mid]!.maxt < t) lo = mid + 1;
      else hi = mid;
    }
    const c = chunks[lo];
    if (c !== undefined && t >= c.mint) {
      const v = valueIn(c, t);
      if (v !== undefined) return v;
    }
    for (const o of s.oooChunks) {
      if (t < o.mint || t > o.maxt) continue;
      const v = valueIn(o, t);
      if (v !== undefined) return v;
    }
    if (s.oooLen > 0) {
      const i = lowerBound(s.oooTs, s.oooLen, t);
      if (i < s.oooLen && s.oooTs[i] === t) return s.oooVs[i];
    }
    return undefined;
  }

  /**
   * Applies a validated sample (at commit or WAL replay). Exact duplicates are skipped; a sample
   * that conflicts with one committed meanwhile is dropped and counted.
   */
  apply(s: MemSeries, t: number, v: number): void {
    if (t > s.maxt && t >= this.minValid) {
      // Newer than the series' head data, but a block may hold it (the series was cut and
      // garbage-collected, or the process restarted).
      if (t <= this.blocksMaxt && this.lookupOutside !== undefined) {
        const found = this.lookupOutside(s, t);
        if (found !== undefined) {
          if (!sameValueBits(found, v)) this.conflictsDropped++;
          return;
        }
      }
      this.appendInOrder(s, t, v);
    } else {
      const found = this.find(s, t);
      if (found !== undefined) {
        if (!sameValueBits(found, v)) this.conflictsDropped++;
        return;
      }
      this.insertOutOfOrder(s, t, v);
    }
    this.samplesAppended++;
    if (t > this.maxt) this.maxt = t;
    if (t > this.newest) this.newest = t;
    if (t < this.mint) this.mint = t;
  }

  private appendInOrder(s: MemSeries, t: number, v: number): void {
    let n = s.len;
    if (n > 0) {
      const R = this.opts.blockRangeMs;
      if (n >= CHUNK_SAMPLES || Math.floor(t / R) !== Math.floor(s.ts[0]! / R)) {
        this.seal(s);
        n = 0;
      } else if (n === s.ts.length) {
        // Grow into new arrays: a querier may hold the old ones.
        const size = Math.min(CHUNK_SAMPLES, n * 2);
        const ts = new Float64Array(size);
        const vs = new Float64Array(size);
        ts.set(s.ts);
        vs.set(s.vs);
        s.ts = ts;
        s.vs = vs;
      }
    }
    s.ts[n] = t;
    s.vs[n] = v;
    s.len = n + 1;
    s.maxt = t;
    if (t < this.inOrderMint) this.inOrderMint = t;
  }

  private seal(s: MemSeries): void {
    const data = encodeChunk(s.ts, s.vs, 0, s.len);
    s.chunks.push({ mint: s.ts[0]!, maxt: s.ts[s.len - 1]!, data });
    s.ts = new Float64Array(8);
    s.vs = new Float64Array(8);
    s.len = 0;
  }

  private insertOutOfOrder(s: MemSeries, t: number, v: number): void {
    const n = s.oooLen;
    const i = lowerBound(s.oooTs, n, t);
    let ts = s.oooTs;
    let vs = s.oooVs;
    if (i === n && n < ts.length) {
      // A backlog arrives in time order: append in place, past what any snapshot saw.
      ts[n] = t;
      vs[n] = v;
    } else {
      // Copy on write: a querier may hold the current arrays.
      const cap = Math.min(CHUNK_SAMPLES, Math.max(8, (n + 1) * 2));
      ts = new Float64Array(cap);
      vs = new Float64Array(cap);
      ts.set(s.oooTs.subarray(0, i));
      vs.set(s.oooVs.subarray(0, i));
      ts[i] = t;
      vs[i] = v;
      ts.set(s.oooTs.subarray(i, n), i + 1);
      vs.set(s.oooVs.subarray(i, n), i + 1);
      s.oooTs = ts;
      s.oooVs = vs;
    }
    s.oooLen = n + 1;
    if (s.oooLen >= CHUNK_SAMPLES) {
      s.oooChunks.push({ mint: ts[0]!, maxt: ts[n]!, data: encodeChunk(ts, vs, 0, n + 1) });
      s.oooTs = EMPTY;
      s.oooVs = EMPTY;
      s.oooLen = 0;
    }
  }

  /** Adds a sealed chunk read from a checkpoint. */
  addChunk(s: MemSeries, ooo: boolean, data: Uint8Array): void {
    const d = decodeChunk(data);
    const n = d.ts.length;
    if (n === 0) return;
    const c = { mint: d.ts[0]!, maxt: d.ts[n - 1]!, data };
    if (ooo || c.mint <= s.maxt || s.len > 0 || c.mint < this.minValid) {
      for (let i = 0; i < n; i++) this.apply(s, d.ts[i]!, d.vs[i]!);
      return;
    }
    s.chunks.push(c);
    s.maxt = c.maxt;
    if (c.mint < this.inOrderMint) this.inOrderMint = c.mint;
    this.samplesAppended += n;
    if (c.maxt > this.maxt) this.maxt = c.maxt;
    if (c.maxt > this.newest) this.newest = c.maxt;
    if (c.mint < this.mint) this.mint = c.mint;
  }

  snapshot(): HeadSnapshot {
    const limit = this.series.length;
    const out: (SeriesSnapshot | undefined)[] = new Array(limit);
    for (let i = 1; i < limit; i++) {
      const s = this.series[i];
      out[i] = s === undefined ? undefined : snapshotOf(s);
    }
    return { postings: this.postings, limit, series: out };
  }

  /** All samples of a series with t < before, merged and sorted. */
  samplesBefore(s: MemSeries, before: number): Columns {
    const snap = snapshotOf(s);
    if (snap === undefined) return { ts: EMPTY, vs: EMPTY, len: 0 };
    return mergeSources(snapshotSources(snap), Number.NEGATIVE_INFINITY, before - 1);
  }

  /**
   * Drops every sample with t < before (they are in blocks now) and garbage-collects series left
   * without samples.
   */
  truncate(before: number): void {
    let mint = Number.POSITIVE_INFINITY;
    let inOrderMint = Number.POSITIVE_INFINITY;
    let gc = false;
    // After a full flush (`before` above every sample) new data just above the old newest is
    // still in order; otherwise everything below the cut is late from now on.
    this.minValid = Math.max(this.minValid, Math.min(before, this.maxt + 1));
    for (const s of this.series) {
      if (s === undefined) continue;
      if (s.chunks.length > 0 && s.chunks[0]!.mint < before)
        s.chunks = s.chunks.filter((c) => c.mint >= before);
      if (s.len > 0 && s.ts[0]! < before) {
        // Open buffers never straddle a block boundary, and `before` is one.
        s.ts = new Float64Array(8);
        s.vs = new Float64Array(8);
        s.len = 0;
      }
      if (s.oooChunks.length > 0 || s.oooLen > 0) {
        const keep = mergeSources(
          [
            ...s.oooChunks.map((c) => new EncodedSource(c.mint, c.maxt, () => c.data)),
            new RawSource(0, Number.POSITIVE_INFINITY, { ts: s.oooTs, vs: s.oooVs, len: s.oooLen }),
          ],
          before,
          Number.POSITIVE_INFINITY,
        );
        s.oooChunks = [];
        s.oooTs = keep.ts;
        s.oooVs = keep.vs;
        s.oooLen = keep.len;
        if (keep.len >= CHUNK_SAMPLES) {
          s.oooChunks = [
            {
              mint: keep.ts[0]!,
              maxt: keep.ts[keep.len - 1]!,
              data: encodeChunk(keep.ts, keep.vs, 0, keep.len),
            },
          ];
          s.oooTs = EMPTY;
          s.oooVs = EMPTY;
          s.oooLen = 0;
        }
      }
      if (s.chunks.length > 0) inOrderMint = Math.min(inOrderMint, s.chunks[0]!.mint);
      else if (s.len > 0) inOrderMint = Math.min(inOrderMint, s.ts[0]!);
      const snap = snapshotOf(s);
      if (snap === undefined) {
        s.dead = true;
        this.series[s.id] = undefined;
        this.byKey.delete(s.key);
        gc = true;
      } else if (snap.mint < mint) mint = snap.mint;
    }
    this.mint = mint;
    this.inOrderMint = inOrderMint;
    if (gc) {
      const p = new MemPostings();
      for (const s of this.series) if (s !== undefined) p.add(s.id, s.labels);
      this.postings = p;
    }
  }

  /** Live series, in id order. */
  *liveSeries(): Iterable<MemSeries> {
    for (const s of this.series) if (s !== undefined) yield s;
  }

  /** Re-creates a series from a WAL series record. */
  replaySeries(payload: Uint8Array): void {
    const r = new ByteReader(payload, 1);
    const id = r.uvarint();
    const n = r.uvarint();
    const labels: { name: string; value: string }[] = [];
    for (let i = 0; i < n; i++) labels.push({ name: r.string(), value: r.string() });
    const s = this.getOrCreate(labels, id);
    s.logged = true;
    if (s.id !== id) this.alias.set(id, s);
  }

  /** WAL ids that map to another live series (a series logged twice under different ids). */
  readonly alias = new Map<number, MemSeries>();

  resolveReplayRef(id: number): MemSeries | undefined {
    return this.series[id] ?? this.alias.get(id);
  }
}

export function encodeSeriesRecord(w: ByteWriter, s: MemSeries): void {
  w.byte(REC_SERIES);
  w.uvarint(s.id);
  w.uvarint(s.labels.length);
  for (const l of s.labels) {
    w.string(l.name);
    w.string(l.value);
  }
}
