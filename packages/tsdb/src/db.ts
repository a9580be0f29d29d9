/**
 * The embedded TSDB: a head (head.ts) fed through a write-ahead log (wal.ts), cut into immutable
 * blocks (block.ts) that are compacted into larger ones and deleted by retention; queriers merge
 * the head and the blocks. Modelled on Prometheus' `tsdb.DB`.
 *
 * Commit path: an appender buffers samples in typed arrays (validated eagerly against committed
 * data); `commit` writes one WAL write (new series records plus one samples record), waits for the
 * fsync policy, then applies the batch to the head, where it becomes visible. Maintenance (cutting
 * the head into a block, checkpointing the WAL, compacting blocks, retention) runs synchronously
 * between commits, never while a commit is between its WAL write and its head apply, so a WAL
 * checkpoint always reflects every record it replaces.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import {
  type Appender,
  compareLabels,
  type Labels,
  type Querier,
  type SeriesRef,
  type Storage,
  StorageError,
} from '@sensorpath/storage';
import { Block, BlockWriter } from './block.ts';
import { ByteReader, ByteWriter, beginRecord, CorruptionError, endRecord } from './bytes.ts';
import { MAX_ABS_TIMESTAMP } from './chunk.ts';
import { ChunkCache, QueryChunks } from './chunkcache.ts';
import { encodeSeriesRecord, Head, type MemSeries, REC_CHUNK, REC_SAMPLES, REC_SERIES } from './head.ts';
import { lockDir, unlockDir } from './lock.ts';
import { DBQuerier } from './querier.ts';
import { type Columns, lowerBound, mergeSources, type Source } from './series.ts';
import { type FsyncPolicy, WAL } from './wal.ts';

const HOUR = 3_600_000;

/** User options for `openTSDB`; every field is optional. */
export interface TSDBOptions {
  /** WAL fsync policy (see wal.ts). @default 'interval' */
  fsync?: FsyncPolicy;
  /** fdatasync period for `fsync: 'interval'`. @default 1000 */
  fsyncIntervalMs?: number;
  /** WAL segment size. @default 128 MiB */
  walSegmentBytes?: number;
  /** Time range of a block cut from the head; head chunks are aligned to it. @default 2 h */
  blockRangeMs?: number;
  /** Ranges blocks are compacted into, ascending multiples of blockRangeMs. @default [3, 9, 27] × blockRangeMs */
  compactionRangesMs?: number[];
  /** How far behind the head's newest sample an append may be. @default 6 h */
  outOfOrderWindowMs?: number;
  /** Delete blocks whose newest sample is older than this behind the newest data; 0 = keep. @default 15 d */
  retentionMs?: number;
  /** Delete the oldest blocks while blocks take more bytes than this; 0 = no limit. @default 0 */
  retentionBytes?: number;
  /** Run head cuts, compaction and retention automatically after commits. @default true */
  autoCompact?: boolean;
  /** Receives warnings (torn WAL tail truncated, unknown series in WAL). @default console.warn */
  logger?: (message: string) => void;
  /**
   * Decoded chunks kept for queries (blocks and the head's sealed chunks), counted in samples of
   * 16 bytes; 0 turns the cache off. Repeated and overlapping queries (dashboards refreshing,
   * fine-step range queries) then skip inflating and decoding. @default 4194304 (64 MiB)
   */
  chunkCacheSamples?: number;
}

export interface ResolvedTSDBOptions {
  fsync: FsyncPolicy;
  fsyncIntervalMs: number;
  walSegmentBytes: number;
  blockRangeMs: number;
  compactionRangesMs: number[];
  outOfOrderWindowMs: number;
  retentionMs: number;
  retentionBytes: number;
  autoCompact: boolean;
  logger: (message: string) => void;
  chunkCacheSamples: number;
}

function bad(field: string, value: unknown, fix: string): never {
  throw new TypeError(`TSDB option ${field}=${JSON.stringify(value)} is invalid: ${fix}`);
}

export function resolveOptions(o: TSDBOptions = {}): ResolvedTSDBOptions {
  const blockRangeMs = o.blockRangeMs ?? 2 * HOUR;
  if (!Number.isSafeInteger(blockRangeMs) || blockRangeMs <= 0)
    bad('blockRangeMs', blockRangeMs, 'use a positive integer number of ms');
  const ranges = o.compactionRangesMs ?? [3, 9, 27].map((k) => k * blockRangeMs);
  for (const r of ranges)
    if (!Number.isSafeInteger(r) || r <= blockRangeMs || r % blockRangeMs !== 0)
      bad('compactionRangesMs', ranges, 'use multiples of blockRangeMs larger than it');
  const fsync = o.fsync ?? 'interval';
  if (fsync !== 'always' && fsync !== 'interval' && fsync !== 'never')
    bad('fsync', fsync, "use 'always', 'interval' or 'never'");
  const pos = (name: string, v: number, allowZero: boolean) => {
    if (!Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) bad(name, v, 'use a positive number');
    return v;
  };
  return {
    fsync,
    fsyncIntervalMs: pos('fsyncIntervalMs', o.fsyncIntervalMs ?? 1000, false),
    walSegmentBytes: pos('walSegmentBytes', o.walSegmentBytes ?? 128 * 1024 * 1024, false),
    blockRangeMs,
    compactionRangesMs: [...ranges].sort((a, b) => a - b),
    outOfOrderWindowMs: pos('outOfOrderWindowMs', o.outOfOrderWindowMs ?? 6 * HOUR, true),
    retentionMs: pos('retentionMs', o.retentionMs ?? 15 * 24 * HOUR, true),
    retentionBytes: pos('retentionBytes', o.retentionBytes ?? 0, true),
    autoCompact: o.autoCompact ?? true,
    chunkCacheSamples: pos('chunkCacheSamples', o.chunkCacheSamples ?? 4 * 1024 * 1024, true),
    logger: o.logger ?? ((m) => console.warn(`tsdb: ${m}`)),
  };
}

export class TSDB implements Storage {
  private readonly head: Head;
  private wal!: WAL;
  private blocks: Block[] = [];
  private closed = false;
  private inflight = 0;
  private maintenanceScheduled = false;
  /** Warnings from opening (WAL repair, leftover blocks). */
  readonly warnings: string[] = [];
  private readonly blocksDir: string;

  private constructor(
    readonly dir: string,
    readonly opts: ResolvedTSDBOptions,
  ) {
    this.head = new Head({ blockRangeMs: opts.blockRangeMs, outOfOrderWindowMs: opts.outOfOrderWindowMs });
    this.head.lookupOutside = (s, t) => this.lookupInBlocks(s.key, t);
    this.blocksDir = path.join(dir, 'blocks');
    this.queryChunks = new ChunkCache(opts.chunkCacheSamples);
  }

  /** Opens (creating if needed) the TSDB in `dir`: loads blocks, replays the WAL. */
  static async open(dir: string, options: TSDBOptions = {}): Promise<TSDB> {
    const opts = resolveOptions(options);
    const db = new TSDB(dir, opts);
    fs.mkdirSync(db.blocksDir, { recursive: true });
    lockDir(dir);
    try {
      return await db.load();
    } catch (err) {
      unlockDir(dir);
      throw err;
    }
  }

  private async load(): Promise<TSDB> {
    const { dir, opts } = this;
    this.loadBlocks();
    let unknownRefs = 0;
    let undecodable = 0;
    const { wal, warnings } = WAL.open(
      path.join(dir, 'wal'),
      { fsync: opts.fsync, fsyncIntervalMs: opts.fsyncIntervalMs, segmentBytes: opts.walSegmentBytes },
      (payload) => {
        try {
          unknownRefs += this.replayRecord(payload);
        } catch (err) {
          // A record with a valid checksum that cannot be decoded (a newer format, a bug): skip
          // it rather than refuse to start, and say so.
          if (!(err instanceof CorruptionError)) throw err;
          undecodable++;
        }
      },
    );
    this.wal = wal;
    this.head.alias.clear();
    if (unknownRefs > 0) warnings.push(`WAL replay skipped ${unknownRefs} samples of unknown series`);
    if (undecodable > 0) warnings.push(`WAL replay skipped ${undecodable} records it could not decode`);
    for (const w of warnings) {
      this.warnings.push(w);
      opts.logger(w);
    }
    if (opts.autoCompact) this.maintainSafely();
    return this;
  }

  private loadBlocks(): void {
    const found: Block[] = [];
    for (const name of fs.readdirSync(this.blocksDir)) {
      const p = path.join(this.blocksDir, name);
      if (name.endsWith('.tmp')) {
        fs.rmSync(p, { recursive: true, force: true });
        continue;
      }
      try {
        found.push(Block.open(p));
      } catch (err) {
        const w = `block ${name} cannot be read and was skipped: ${(err as Error).message}`;
        this.warnings.push(w);
        this.opts.logger(w);
      }
    }
    // A crash after compaction but before deleting the parents leaves them behind.
    const parents = new Set(found.flatMap((b) => b.meta.compaction.parents));
    this.blocks = [];
    for (const b of found) {
      if (parents.has(b.name)) {
        b.release();
        fs.rmSync(b.dir, { recursive: true, force: true });
      } else this.blocks.push(b);
    }
    this.sortBlocks();
  }

  private sortBlocks(): void {
    let maxt = Number.NEGATIVE_INFINITY;
    for (const b of this.blocks) if (b.meta.maxTime > maxt) maxt = b.meta.maxTime;
    this.head.blocksMaxt = maxt;
    // After a restart: appends at or below the newest block sample are late data.
    if (maxt + 1 > this.head.minValid) this.head.minValid = maxt + 1;
    if (maxt > this.head.newest) this.head.newest = maxt;
    this.blocks.sort((a, b) => a.meta.minTime - b.meta.minTime || a.meta.maxTime - b.meta.maxTime);
  }

  /** Applies one WAL record to the head; returns the number of samples of unknown series. */
  private replayRecord(payload: Uint8Array): number {
    const type = payload[0];
    if (type === REC_SERIES) {
      this.head.replaySeries(payload);
      return 0;
    }
    const r = new ByteReader(payload, 1);
    if (type === REC_SAMPLES) {
      const n = r.uvarint();
      const base = r.varint();
      const refs = new Array<number>(n);
      const ts = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        refs[i] = r.uvarint();
        ts[i] = base + r.varint();
      }
      const vs = new Float64Array(n);
      new Uint8Array(vs.buffer).set(r.bytes(n * 8));
      let unknown = 0;
      for (let i = 0; i < n; i++) {
        const s = this.head.resolveReplayRef(refs[i]!);
        if (s === undefined) unknown++;
        else this.head.apply(s, ts[i]!, vs[i]!);
      }
      return unknown;
    }
    if (type === REC_CHUNK) {
      const s = this.head.resolveReplayRef(r.uvarint());
      const ooo = r.byte() === 1;
      const data = r.bytes(r.remaining).slice();
      if (s === undefined) return 1;
      this.head.addChunk(s, ooo, data);
      return 0;
    }
    throw new CorruptionError(`unknown WAL record type ${type}`);
  }

  /**
   * The value at exactly t in the blocks, if any: late samples (and redeliveries) older than the
   * head are checked against blocks, so an exact repeat stays a no-op and a different value is
   * refused as a duplicate. Reads and decodes one chunk; only late samples get here.
   */
  private lookupInBlocks(key: string, t: number): number | undefined {
    for (const b of this.blocks) {
      if (t < b.meta.minTime || t > b.meta.maxTime) continue;
      const s = b.seriesByKey(key);
      if (s === undefined) continue;
      for (const c of s.chunks) {
        if (t < c.mint || t > c.maxt) continue;
        const d = this.lateChunks.get(c, () => b.readChunk(c));
        const i = lowerBound(d.ts, d.ts.length, t);
        if (i < d.ts.length && d.ts[i] === t) return d.vs[i];
      }
    }
    return undefined;
  }

  /** Decoded block chunks recently needed by late samples (a device replaying a backlog). */
  private readonly lateChunks = new ChunkCache(2_000_000);
  /** Decoded chunks recently read by queries (see `chunkCacheSamples`). */
  private readonly queryChunks: ChunkCache;

  appender(): Appender {
    this.checkOpen();
    return new HeadAppender(this, this.head);
  }

  async querier(mint: number, maxt: number): Promise<Querier> {
    this.checkOpen();
    const blocks = this.blocks.filter((b) => b.meta.maxTime >= mint && b.meta.minTime <= maxt);
    for (const b of blocks) b.retain();
    const chunks = this.queryChunks.maxSamples > 0 ? new QueryChunks(this.queryChunks) : undefined;
    return new DBQuerier(this.head.snapshot(), blocks, mint, maxt, chunks);
  }

  private readonly walBuf = new ByteWriter(1 << 16);

  /** @internal Writes a batch to the WAL, then applies it to the head. */
  async commitBatch(series: MemSeries[], ts: Float64Array, vs: Float64Array, n: number): Promise<void> {
    this.checkOpen();
    const w = this.walBuf;
    w.reset();
    const newlyLogged: MemSeries[] = [];
    for (let i = 0; i < n; i++) {
      let s = series[i]!;
      if (s.dead) {
        s = this.head.getOrCreate(s.labels);
        series[i] = s;
      }
      if (!s.logged) {
        s.logged = true;
        newlyLogged.push(s);
        const start = beginRecord(w);
        encodeSeriesRecord(w, s);
        endRecord(w, start, crc32);
      }
    }
    const start = beginRecord(w);
    w.byte(REC_SAMPLES);
    w.uvarint(n);
    const base = ts[0]!;
    w.varint(base);
    for (let i = 0; i < n; i++) {
      w.uvarint(series[i]!.id);
      w.varint(ts[i]! - base);
    }
    w.bytes(new Uint8Array(vs.buffer, vs.byteOffset, n * 8));
    endRecord(w, start, crc32);
    this.inflight++;
    try {
      try {
        await this.wal.log(w.written());
      } catch (err) {
        for (const s of newlyLogged) s.logged = false;
        throw err;
      }
      const head = this.head;
      for (let i = 0; i < n; i++) head.apply(series[i]!, ts[i]!, vs[i]!);
    } finally {
      this.inflight--;
    }
    // Maintenance runs inline when due: a caller that awaits commits in a tight loop never yields
    // to the event loop, so a deferred task could starve.
    if (this.opts.autoCompact && this.inflight === 0 && this.headNeedsCut()) this.maintainSafely();
    else if (this.opts.autoCompact) this.scheduleMaintenance();
  }

  private headNeedsCut(): boolean {
    return this.head.maxt - this.head.inOrderMint > 1.5 * this.opts.blockRangeMs;
  }

  private scheduleMaintenance(): void {
    if (this.maintenanceScheduled || this.closed) return;
    if (!this.headNeedsCut()) return;
    this.maintenanceScheduled = true;
    setImmediate(() => {
      this.maintenanceScheduled = false;
      if (this.closed) return;
      if (this.inflight > 0) {
        this.scheduleMaintenance();
        return;
      }
      this.maintainSafely();
    });
  }

  /**
   * Automatic maintenance must not fail the commit that triggered it (the batch is durable
   * already): errors are logged and retried after the next commit.
   */
  private maintainSafely(): void {
    try {
      this.maintain();
    } catch (err) {
      this.maintenanceErrors++;
      this.opts.logger(`maintenance failed (will retry): ${(err as Error).message}`);
    }
  }

  /** Failed automatic maintenance runs (self-metrics). */
  maintenanceErrors = 0;

  /**
   * Runs maintenance now: cuts the head into blocks while it spans more than 1.5 block ranges,
   * compacts blocks, applies retention. Synchronous apart from the returned promise; safe to call
   * any time no commit is in flight (waits otherwise).
   */
  async compact(opts: { flushHead?: boolean } = {}): Promise<void> {
    this.checkOpen();
    while (this.inflight > 0) await new Promise((r) => setImmediate(r));
    this.maintain(opts.flushHead ?? false);
  }

  private maintain(flushHead = false): void {
    const R = this.opts.blockRangeMs;
    let cut = false;
    while (this.head.mint !== Number.POSITIVE_INFINITY && (this.headNeedsCut() || flushHead)) {
      const before = flushHead
        ? (Math.floor(this.head.maxt / R) + 1) * R
        : (Math.floor(this.head.inOrderMint / R) + 1) * R;
      this.cutHead(before);
      cut = true;
      if (flushHead) break;
    }
    if (cut) this.checkpoint();
    this.compactBlocks();
    this.applyRetention();
  }

  /** Head cuts and block compactions since open (self-metrics). */
  private headCuts = 0;
  private compactions = 0;

  /** Writes every head sample with t < before into blocks (one per block range) and drops it from the head. */
  private cutHead(before: number): void {
    this.headCuts++;
    const R = this.opts.blockRangeMs;
    const live = [...this.head.liveSeries()].sort((a, b) => compareLabels(a.labels, b.labels));
    const writers = new Map<number, BlockWriter>();
    try {
      for (const s of live) {
        const c = this.head.samplesBefore(s, before);
        let from = 0;
        while (from < c.len) {
          const range = Math.floor(c.ts[from]! / R);
          let to = from;
          while (to < c.len && Math.floor(c.ts[to]! / R) === range) to++;
          let bw = writers.get(range);
          if (bw === undefined) {
            bw = new BlockWriter(this.blocksDir, { fsync: this.opts.fsync !== 'never' });
            writers.set(range, bw);
          }
          bw.add(s.labels, c.ts.subarray(from, to), c.vs.subarray(from, to), to - from);
          from = to;
        }
      }
    } catch (err) {
      for (const bw of writers.values()) bw.abort();
      throw err;
    }
    for (const bw of writers.values()) {
      const dir = bw.finish(1, []);
      if (dir !== undefined) this.blocks.push(Block.open(dir));
    }
    this.sortBlocks();
    this.head.truncate(before);
  }

  /** Replaces the WAL up to the current segment by a checkpoint of the head. */
  private checkpoint(): void {
    const upTo = this.wal.cut();
    const head = this.head;
    function* records(): Iterable<Uint8Array> {
      const w = new ByteWriter(1 << 16);
      for (const s of head.liveSeries()) {
        w.reset();
        let start = beginRecord(w);
        encodeSeriesRecord(w, s);
        endRecord(w, start, crc32);
        for (const [list, ooo] of [
          [s.chunks, 0],
          [s.oooChunks, 1],
        ] as const) {
          for (const c of list) {
            start = beginRecord(w);
            w.byte(REC_CHUNK);
            w.uvarint(s.id);
            w.byte(ooo);
            w.bytes(c.data);
            endRecord(w, start, crc32);
          }
        }
        for (const [ts, vs, len] of [
          [s.ts, s.vs, s.len],
          [s.oooTs, s.oooVs, s.oooLen],
        ] as const) {
          if (len === 0) continue;
          start = beginRecord(w);
          w.byte(REC_SAMPLES);
          w.uvarint(len);
          w.varint(ts[0]!);
          for (let i = 0; i < len; i++) {
            w.uvarint(s.id);
            w.varint(ts[i]! - ts[0]!);
          }
          w.bytes(new Uint8Array(vs.buffer, vs.byteOffset, len * 8));
          endRecord(w, start, crc32);
        }
        yield w.written();
      }
    }
    this.wal.checkpoint(upTo, records());
  }

  /** One compaction step at a time until nothing is left to do. */
  private compactBlocks(): void {
    for (;;) {
      const plan = this.plan();
      if (plan === undefined) return;
      this.merge(plan);
    }
  }

  private plan(): Block[] | undefined {
    const bs = this.blocks;
    // Overlapping blocks (late data, a crash between cut and checkpoint) are merged first.
    for (let i = 0; i + 1 < bs.length; i++) {
      const group = [bs[i]!];
      let maxT = bs[i]!.meta.maxTime;
      for (let j = i + 1; j < bs.length && bs[j]!.meta.minTime <= maxT; j++) {
        group.push(bs[j]!);
        maxT = Math.max(maxT, bs[j]!.meta.maxTime);
      }
      if (group.length > 1) return group;
    }
    const newest = Math.max(
      this.head.mint === Number.POSITIVE_INFINITY ? -Infinity : this.head.mint,
      ...bs.map((b) => b.meta.maxTime + 1),
    );
    for (const L of this.opts.compactionRangesMs) {
      const buckets = new Map<number, Block[]>();
      for (const b of bs) {
        const k = Math.floor(b.meta.minTime / L);
        if (Math.floor(b.meta.maxTime / L) !== k) continue;
        const list = buckets.get(k);
        if (list === undefined) buckets.set(k, [b]);
        else list.push(b);
      }
      for (const [k, list] of buckets) {
        // Only complete ranges: data newer than the bucket's end exists.
        if (list.length > 1 && (k + 1) * L <= newest) return list;
      }
    }
    return undefined;
  }

  private merge(parents: Block[]): void {
    this.compactions++;
    const level = Math.max(...parents.map((b) => b.meta.compaction.level)) + 1;
    const bw = new BlockWriter(this.blocksDir, { fsync: this.opts.fsync !== 'never' });
    try {
      mergeBlocksInto(bw, parents);
    } catch (err) {
      bw.abort();
      throw err;
    }
    const dir = bw.finish(
      level,
      parents.map((b) => b.name),
    );
    const drop = new Set(parents);
    this.blocks = this.blocks.filter((b) => !drop.has(b));
    if (dir !== undefined) this.blocks.push(Block.open(dir));
    this.sortBlocks();
    for (const b of parents) this.deleteBlock(b);
  }

  private deleteBlock(b: Block): void {
    fs.rmSync(b.dir, { recursive: true, force: true });
    b.release();
  }

  private applyRetention(): void {
    const { retentionMs, retentionBytes } = this.opts;
    if (retentionMs > 0 && this.blocks.length > 0) {
      const newest = Math.max(this.head.maxt, ...this.blocks.map((b) => b.meta.maxTime));
      const keep: Block[] = [];
      for (const b of this.blocks) {
        if (b.meta.maxTime < newest - retentionMs) this.deleteBlock(b);
        else keep.push(b);
      }
      this.blocks = keep;
    }
    if (retentionBytes > 0) {
      let total = this.blocks.reduce((n, b) => n + b.sizeBytes, 0);
      while (total > retentionBytes && this.blocks.length > 0) {
        const oldest = this.blocks.shift()!;
        total -= oldest.sizeBytes;
        this.deleteBlock(oldest);
      }
    }
  }

  /** Number of series in the head. */
  get seriesCount(): number {
    return this.head.seriesCount;
  }

  /** Samples applied to the head since open (including WAL replay). */
  get samplesAppended(): number {
    return this.head.samplesAppended;
  }

  /** Self-metrics. */
  stats(): {
    seriesCount: number;
    samplesAppended: number;
    headMinTime: number;
    headMaxTime: number;
    blocks: number;
    blockBytes: number;
    walBytesWritten: number;
    conflictsDropped: number;
    headCuts: number;
    compactions: number;
    maintenanceErrors: number;
    chunkCacheHits: number;
    chunkCacheMisses: number;
    chunkCacheSamples: number;
  } {
    return {
      seriesCount: this.head.seriesCount,
      samplesAppended: this.head.samplesAppended,
      headMinTime: this.head.mint,
      headMaxTime: this.head.maxt,
      blocks: this.blocks.length,
      blockBytes: this.blocks.reduce((n, b) => n + b.sizeBytes, 0),
      walBytesWritten: this.wal.bytesWritten,
      conflictsDropped: this.head.conflictsDropped,
      headCuts: this.headCuts,
      compactions: this.compactions,
      maintenanceErrors: this.maintenanceErrors,
      chunkCacheHits: this.queryChunks.hits,
      chunkCacheMisses: this.queryChunks.misses,
      chunkCacheSamples: this.queryChunks.samples,
    };
  }

  /** Metadata of the current blocks, oldest first. */
  blockMetas(): {
    name: string;
    minTime: number;
    maxTime: number;
    numSamples: number;
    level: number;
    bytes: number;
  }[] {
    return this.blocks.map((b) => ({
      name: b.name,
      minTime: b.meta.minTime,
      maxTime: b.meta.maxTime,
      numSamples: b.meta.stats.numSamples,
      level: b.meta.compaction.level,
      bytes: b.sizeBytes,
    }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.inflight > 0) await new Promise((r) => setImmediate(r));
    await this.wal.close();
    for (const b of this.blocks) b.release();
    this.blocks = [];
    unlockDir(this.dir);
  }

  private checkOpen(): void {
    if (this.closed)
      throw new StorageError('STORAGE_CLOSED', 'the TSDB is closed; open it again with openTSDB');
  }
}

/** Merges the series of several blocks (each sorted by labels) into one writer. */
export function mergeBlocksInto(bw: BlockWriter, parents: Block[]): void {
  const pos = parents.map(() => 0);
  for (;;) {
    let best: Labels | undefined;
    for (let i = 0; i < parents.length; i++) {
      const s = parents[i]!.series[pos[i]!];
      if (s !== undefined && (best === undefined || compareLabels(s.labels, best) < 0)) best = s.labels;
    }
    if (best === undefined) return;
    const sources: Source[] = [];
    for (let i = 0; i < parents.length; i++) {
      const p = parents[i]!;
      const s = p.series[pos[i]!];
      if (s !== undefined && compareLabels(s.labels, best) === 0) {
        sources.push(...p.sources(s, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY));
        pos[i]!++;
      }
    }
    const c: Columns = mergeSources(sources, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    bw.add(best, c.ts, c.vs, c.len);
  }
}

/** Reusable appender buffers: allocating typed arrays per batch shows up in profiles. */
const bufferPool: { ts: Float64Array; vs: Float64Array }[] = [];
const EMPTY_BUF = new Float64Array(0);

class HeadAppender implements Appender {
  private series: MemSeries[] = [];
  private ts: Float64Array = EMPTY_BUF;
  private vs: Float64Array = EMPTY_BUF;
  private n = 0;
  private done = false;

  constructor(
    private readonly db: TSDB,
    private readonly head: Head,
  ) {}

  append(ref: SeriesRef, labels: Labels, t: number, v: number): SeriesRef {
    if (this.done)
      throw new StorageError('STORAGE_APPENDER_DONE', 'appender already committed or rolled back');
    const head = this.head;
    let s = ref > 0 ? head.byRef(ref) : undefined;
    if (s === undefined) s = head.lookup(labels) ?? head.getOrCreate(labels);
    if (!Number.isSafeInteger(t) || Math.abs(t) > MAX_ABS_TIMESTAMP) {
      throw new StorageError(
        'TSDB_OUT_OF_BOUNDS',
        `timestamp ${t} is not an integer number of milliseconds within ±2^50`,
        {
          context: { labels: s.labels },
        },
      );
    }
    const fast =
      t > s.maxt &&
      t > head.blocksMaxt &&
      t >= head.minValid &&
      t >= head.newest - head.opts.outOfOrderWindowMs;
    if (!fast && !head.check(s, t, v)) return s.id;
    const n = this.n;
    if (n === this.ts.length) {
      if (n === 0) {
        const b = bufferPool.pop() ?? { ts: new Float64Array(256), vs: new Float64Array(256) };
        this.ts = b.ts;
        this.vs = b.vs;
        return this.push(s, t, v);
      }
      const ts = new Float64Array(n * 2);
      const vs = new Float64Array(n * 2);
      ts.set(this.ts);
      vs.set(this.vs);
      this.ts = ts;
      this.vs = vs;
    }
    return this.push(s, t, v);
  }

  private push(s: MemSeries, t: number, v: number): SeriesRef {
    const n = this.n;
    this.series.push(s);
    this.ts[n] = t;
    this.vs[n] = v;
    this.n = n + 1;
    return s.id;
  }

  private release(): void {
    if (this.ts.length > 0 && this.ts.length <= 1 << 16 && bufferPool.length < 16) {
      bufferPool.push({ ts: this.ts, vs: this.vs });
    }
    this.ts = EMPTY_BUF;
    this.vs = EMPTY_BUF;
    this.series = [];
  }

  async commit(): Promise<void> {
    if (this.done)
      throw new StorageError('STORAGE_APPENDER_DONE', 'appender already committed or rolled back');
    this.done = true;
    if (this.n === 0) return;
    try {
      await this.db.commitBatch(this.series, this.ts, this.vs, this.n);
    } finally {
      this.release();
    }
  }

  async rollback(): Promise<void> {
    this.done = true;
    this.release();
  }
}
