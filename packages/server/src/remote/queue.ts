/**
 * The durable remote_write queue: an append-only log of encoded write requests in segment files,
 * and a cursor naming the first record the remote store has not acknowledged yet. A commit is
 * durable once `append` resolved; a record leaves the queue only through `ack`, after the remote
 * answered 2xx (or refused it for good with a 4xx). Ordering is the append order, so the samples of
 * one series go out in the order they were committed.
 *
 * On disk (`<dir>/`): `NNNNNNNNNNNN.seg` segments, each a sequence of records
 * `u32 length | u32 crc32(payload) | u32 samples | payload` (little endian; the payload is opaque
 * here: the writer stores a snappy-compressed `prometheus.WriteRequest`), and `cursor`
 * (`<segment> <offset>`, replaced atomically by rename). A new segment starts at every open and
 * once the current one reaches `segmentBytes`; a segment is deleted when the cursor has passed it.
 * Opening replays the log from the cursor: a torn or corrupt record (a crash mid-write) ends its
 * segment, which is truncated there.
 *
 * Fsync policy: `commit` (default) fdatasyncs the segment before `append` resolves, grouped so
 * concurrent appends share one sync: an acknowledged MQTT message survives a power loss. `none`
 * leaves writes to the page cache: they survive a crash of the process, not of the machine. The
 * cursor is never synced: after a machine crash the last acknowledged requests may be sent again
 * (an exact duplicate; VictoriaMetrics with deduplication, Prometheus and Mimir keep one).
 *
 * Bound and drop policy: when the segments exceed `maxBytes`, whole segments are dropped oldest
 * first (never the one being written or the one a request in flight reads), their unsent samples
 * counted in `dropped`, like vmagent's `-remoteWrite.maxDiskUsagePerURL`. The bound can be exceeded
 * by those two segments at most.
 */
import {
  closeSync,
  fdatasync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { claimPidFile } from '@sensorpath/storage';

export type FsyncPolicy = 'commit' | 'none';

export interface DiskQueueOptions {
  dir: string;
  /** Segments beyond this size are dropped oldest first. @default 536870912 (512 MiB) */
  maxBytes?: number;
  /** @default min(8 MiB, maxBytes / 8) */
  segmentBytes?: number;
  /** @default "commit" */
  fsync?: FsyncPolicy;
  /** Told about dropped segments and truncated records. */
  warn?: (msg: string, fields: Record<string, unknown>) => void;
}

interface Rec {
  seg: number;
  off: number;
  len: number;
  samples: number;
}

interface Seg {
  bytes: number;
  readFd?: number;
}

export interface QueueBatch {
  /** The records' payloads, oldest first. */
  parts: Buffer[];
  samples: number;
}

const HEADER = 12;

export class QueueError extends Error {
  constructor(
    message: string,
    options?: { cause?: unknown },
    readonly code: 'REMOTE_QUEUE_IO' | 'REMOTE_QUEUE_IN_USE' = 'REMOTE_QUEUE_IO',
  ) {
    super(message, options);
    this.name = 'QueueError';
  }
}

/** Queue directories open in this process (a second open would interleave appends). */
const openDirs = new Set<string>();

export class DiskQueue {
  /** Unsent samples dropped by the size bound. */
  dropped = 0;
  private readonly maxBytes: number;
  private readonly segmentBytes: number;
  private readonly fsync: FsyncPolicy;
  private readonly segs = new Map<number, Seg>();
  /** Records not acknowledged yet, in order; `head` is the first live one. */
  private recs: Rec[] = [];
  private head = 0;
  /** Records handed out by `peek` and not acknowledged yet (always the first ones). */
  private inflight = 0;
  private pendingSamples = 0;
  private writeSeg = 0;
  private writeFd = -1;
  private dirty = false;
  private flushing: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly o: DiskQueueOptions) {
    this.maxBytes = o.maxBytes ?? 512 << 20;
    if (!(this.maxBytes > 0))
      throw new QueueError(`remote_write queue maxBytes ${o.maxBytes}: use a positive size`);
    this.segmentBytes = o.segmentBytes ?? Math.max(4096, Math.min(8 << 20, Math.floor(this.maxBytes / 8)));
    this.fsync = o.fsync ?? 'commit';
    mkdirSync(o.dir, { recursive: true });
    this.lock();
    try {
      this.replay();
    } catch (err) {
      this.unlock();
      throw err;
    }
  }

  /** One writer per directory: `<dir>/lock` holds the owner's pid; a dead owner's lock is taken over. */
  private lock(): void {
    const dir = resolve(this.o.dir);
    const path = join(dir, 'lock');
    const inUse = (who: string) =>
      new QueueError(
        `remote_write queue ${dir} is in use by ${who}: give each server its own --data directory`,
        undefined,
        'REMOTE_QUEUE_IN_USE',
      );
    if (openDirs.has(dir)) throw inUse('this process');
    const owner = claimPidFile(path);
    if (owner !== 0) throw inUse(`process ${owner}`);
    openDirs.add(dir);
  }

  private unlock(): void {
    const dir = resolve(this.o.dir);
    openDirs.delete(dir);
    try {
      unlinkSync(join(dir, 'lock'));
    } catch {}
  }

  /** Samples waiting or in flight. */
  get samples(): number {
    return this.pendingSamples;
  }
  /** Bytes of the segment files on disk. */
  get bytes(): number {
    let n = 0;
    for (const s of this.segs.values()) n += s.bytes;
    return n;
  }
  get records(): number {
    return this.recs.length - this.head;
  }

  /** Appends one encoded WriteRequest; resolves once it is durable by the fsync policy. */
  append(payload: Uint8Array, samples: number): Promise<void> {
    if (this.closed) return Promise.reject(new QueueError('remote_write queue is closed'));
    const cur = this.segs.get(this.writeSeg)!;
    if (cur.bytes >= this.segmentBytes) this.rotate();
    const seg = this.segs.get(this.writeSeg)!;
    const head = Buffer.allocUnsafe(HEADER);
    head.writeUInt32LE(payload.length, 0);
    head.writeUInt32LE(crc32(payload), 4);
    head.writeUInt32LE(samples, 8);
    const off = seg.bytes;
    try {
      writeSync(this.writeFd, head);
      writeSync(this.writeFd, payload);
    } catch (err) {
      // A partial record would be read back as torn; cut it so later records stay readable.
      try {
        ftruncateSync(this.writeFd, off);
      } catch {}
      return Promise.reject(
        new QueueError(`remote_write queue ${this.o.dir}: write failed: ${(err as Error).message}`, {
          cause: err,
        }),
      );
    }
    seg.bytes += HEADER + payload.length;
    this.recs.push({ seg: this.writeSeg, off, len: payload.length, samples });
    this.pendingSamples += samples;
    this.enforceBound();
    if (this.fsync === 'none') return Promise.resolve();
    this.dirty = true;
    return this.flush();
  }

  /**
   * The oldest unsent records, up to `maxSamples` (at least one record); undefined when nothing
   * waits or a batch is already in flight.
   */
  peek(maxSamples: number): QueueBatch | undefined {
    if (this.inflight > 0 || this.head >= this.recs.length) return undefined;
    const parts: Buffer[] = [];
    let samples = 0;
    let i = this.head;
    for (; i < this.recs.length; i++) {
      const r = this.recs[i]!;
      if (i > this.head && samples + r.samples > maxSamples) break;
      parts.push(this.read(r));
      samples += r.samples;
    }
    this.inflight = i - this.head;
    return { parts, samples };
  }

  /** The in-flight batch left the queue (accepted, or refused for good); moves the cursor. */
  ack(): void {
    for (let k = 0; k < this.inflight; k++) this.pendingSamples -= this.recs[this.head + k]!.samples;
    this.head += this.inflight;
    this.inflight = 0;
    if (this.head > 1024 && this.head * 2 > this.recs.length) {
      this.recs = this.recs.slice(this.head);
      this.head = 0;
    }
    this.saveCursor();
    this.deletePassed();
  }

  /** The in-flight batch stays first in line (to be sent again). */
  release(): void {
    this.inflight = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing;
    if (this.writeFd >= 0) {
      if (this.fsync === 'commit') fsyncSync(this.writeFd);
      closeSync(this.writeFd);
      this.writeFd = -1;
    }
    for (const s of this.segs.values()) if (s.readFd !== undefined) closeSync(s.readFd);
    this.unlock();
  }

  private flush(): Promise<void> {
    if (!this.flushing)
      this.flushing = (async () => {
        try {
          while (this.dirty && this.writeFd >= 0) {
            this.dirty = false;
            const fd = this.writeFd;
            await new Promise<void>((ok, fail) => fdatasync(fd, (err) => (err ? fail(err) : ok())));
          }
        } finally {
          this.flushing = undefined;
        }
      })();
    return this.flushing;
  }

  private read(r: Rec): Buffer {
    const seg = this.segs.get(r.seg)!;
    if (seg.readFd === undefined) seg.readFd = openSync(this.segPath(r.seg), 'r');
    const buf = Buffer.allocUnsafe(r.len);
    const n = readSync(seg.readFd, buf, 0, r.len, r.off + HEADER);
    if (n !== r.len)
      throw new QueueError(`remote_write queue ${this.segPath(r.seg)}: short read at ${r.off}`);
    return buf;
  }

  private segPath(n: number): string {
    return join(this.o.dir, `${String(n).padStart(12, '0')}.seg`);
  }

  private rotate(): void {
    if (this.writeFd >= 0) {
      // Written records of the old segment become durable before the new one is used.
      if (this.fsync === 'commit') fsyncSync(this.writeFd);
      closeSync(this.writeFd);
    }
    this.writeSeg++;
    this.writeFd = openSync(this.segPath(this.writeSeg), 'w');
    this.segs.set(this.writeSeg, { bytes: 0 });
  }

  private saveCursor(): void {
    const next = this.recs[this.head];
    const pos = next ? `${next.seg} ${next.off}` : `${this.writeSeg} ${this.segs.get(this.writeSeg)!.bytes}`;
    const tmp = join(this.o.dir, 'cursor.tmp');
    writeFileSync(tmp, `${pos}\n`);
    renameSync(tmp, join(this.o.dir, 'cursor'));
  }

  /** Deletes segments the cursor has passed (never the one being written). */
  private deletePassed(): void {
    const first = this.recs[this.head]?.seg ?? this.writeSeg;
    for (const n of [...this.segs.keys()]) if (n < first) this.removeSeg(n);
  }

  private removeSeg(n: number): void {
    const s = this.segs.get(n);
    if (!s) return;
    if (s.readFd !== undefined) closeSync(s.readFd);
    this.segs.delete(n);
    try {
      unlinkSync(this.segPath(n));
    } catch {}
  }

  private enforceBound(): void {
    let total = this.bytes;
    if (total <= this.maxBytes) return;
    const busy = new Set<number>([this.writeSeg]);
    for (let k = 0; k < this.inflight; k++) busy.add(this.recs[this.head + k]!.seg);
    const order = [...this.segs.keys()].sort((a, b) => a - b);
    for (const n of order) {
      if (total <= this.maxBytes) break;
      if (busy.has(n)) continue;
      // Unsent records of this segment are dropped; in-flight ones are never in it.
      let samples = 0;
      let records = 0;
      const keep: Rec[] = [];
      for (let i = this.head; i < this.recs.length; i++) {
        const r = this.recs[i]!;
        if (r.seg === n) {
          samples += r.samples;
          records++;
        } else keep.push(r);
      }
      this.recs = keep;
      this.head = 0;
      this.pendingSamples -= samples;
      this.dropped += samples;
      total -= this.segs.get(n)!.bytes;
      this.removeSeg(n);
      this.o.warn?.('remote_write queue over its size bound: dropped its oldest segment', {
        dir: this.o.dir,
        maxBytes: this.maxBytes,
        droppedSamples: samples,
        droppedRecords: records,
      });
    }
    this.saveCursor();
  }

  /** Rebuilds the record index from the cursor on; starts a new write segment. */
  private replay(): void {
    let cur: [number, number] | undefined;
    try {
      const m = /^(\d+) (\d+)\s*$/.exec(readFileSync(join(this.o.dir, 'cursor'), 'utf8'));
      if (m) cur = [Number(m[1]), Number(m[2])];
    } catch {}
    const names = readdirSync(this.o.dir)
      .filter((f) => /^\d{12}\.seg$/.test(f))
      .map((f) => Number(f.slice(0, 12)))
      .sort((a, b) => a - b);
    let last = cur ? cur[0] : 0;
    for (const n of names) {
      last = Math.max(last, n);
      if (cur && n < cur[0]) {
        unlinkSync(this.segPath(n));
        continue;
      }
      const path = this.segPath(n);
      const data = readFileSync(path);
      let off = cur && n === cur[0] ? Math.min(cur[1], data.length) : 0;
      for (;;) {
        if (off === data.length) break;
        const torn =
          off + HEADER > data.length ||
          off + HEADER + data.readUInt32LE(off) > data.length ||
          crc32(data.subarray(off + HEADER, off + HEADER + data.readUInt32LE(off))) !==
            data.readUInt32LE(off + 4);
        if (torn) {
          this.o.warn?.('remote_write queue: torn or corrupt record, the rest of the segment is cut', {
            segment: path,
            offset: off,
            bytes: data.length - off,
          });
          const fd = openSync(path, 'r+');
          ftruncateSync(fd, off);
          closeSync(fd);
          break;
        }
        const len = data.readUInt32LE(off);
        const samples = data.readUInt32LE(off + 8);
        this.recs.push({ seg: n, off, len, samples });
        this.pendingSamples += samples;
        off += HEADER + len;
      }
      this.segs.set(n, { bytes: statSync(path).size });
    }
    this.writeSeg = last;
    this.rotate();
    this.saveCursor();
    this.deletePassed();
  }
}
