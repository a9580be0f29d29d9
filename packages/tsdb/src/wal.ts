/**
 * The write-ahead log (format: docs/format/tsdb-wal.md). Records are appended to numbered segment
 * files in `<dir>/wal/`, each framed as [length u32][crc32 u32][payload], so a torn or corrupted
 * tail is detected on replay, truncated and reported as a warning, never fatal. A record is written
 * with one synchronous write(2) before `commit` resolves, so it is in the OS page cache and survives
 * a SIGKILL of the process; the fsync policy decides what survives a power loss:
 *
 * - `always`: fdatasync before every commit resolves (durable against power loss, slowest);
 * - `interval` (default): fdatasync at most every `fsyncIntervalMs` (default 1000 ms) and whenever a
 *   segment is closed, so a power loss loses at most about that much acknowledged data;
 * - `never`: leave flushing to the OS.
 *
 * A checkpoint (`checkpoint.N/`) holds the head's state after segments ≤ N were applied; replay
 * reads the newest checkpoint and then only the segments after it, which bounds replay time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';

export type FsyncPolicy = 'always' | 'interval' | 'never';

export interface WalOptions {
  fsync: FsyncPolicy;
  fsyncIntervalMs: number;
  segmentBytes: number;
}

const HEADER = 8;
/** Sanity bound for one record; larger lengths are treated as corruption. */
const MAX_RECORD = 512 * 1024 * 1024;

export type RecordHandler = (payload: Uint8Array) => void;

function segName(n: number): string {
  return String(n).padStart(8, '0');
}

function listSegments(dir: string): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync(dir)) if (/^\d{8}$/.test(name)) out.push(Number(name));
  return out.sort((a, b) => a - b);
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Frames one payload as a WAL record (header + payload) into a fresh buffer. */
export function frameRecord(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  view.setUint32(4, crc32(payload), true);
  out.set(payload, HEADER);
  return out;
}

/**
 * Reads the records of one segment file. Returns the offset just past the last intact record and
 * whether the file ended cleanly there.
 */
function readSegment(file: string, onRecord: RecordHandler): { good: number; size: number; clean: boolean } {
  const buf = fs.readFileSync(file);
  const data = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let off = 0;
  while (off < data.length) {
    if (data.length - off < HEADER) return { good: off, size: data.length, clean: false };
    const len = view.getUint32(off, true);
    const sum = view.getUint32(off + 4, true);
    if (len > MAX_RECORD || off + HEADER + len > data.length)
      return { good: off, size: data.length, clean: false };
    const payload = data.subarray(off + HEADER, off + HEADER + len);
    if (crc32(payload) !== sum) return { good: off, size: data.length, clean: false };
    onRecord(payload);
    off += HEADER + len;
  }
  return { good: off, size: data.length, clean: true };
}

export class WAL {
  private fd = -1;
  private segment = 0;
  private size = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;
  private lastSync = Date.now();
  /** Set when a failed write could not be undone. */
  private broken: string | undefined;
  /** Bytes written since open (self-metrics). */
  bytesWritten = 0;

  private constructor(
    readonly dir: string,
    private readonly opts: WalOptions,
  ) {}

  /**
   * Opens the WAL in `dir`, replaying the newest checkpoint and every later segment through
   * `onRecord` in order, then starts a fresh segment for new writes. Torn or corrupt tails are
   * truncated; the returned warnings say what was dropped.
   */
  static open(dir: string, opts: WalOptions, onRecord: RecordHandler): { wal: WAL; warnings: string[] } {
    fs.mkdirSync(dir, { recursive: true });
    const warnings: string[] = [];
    let checkpoint = -1;
    for (const name of fs.readdirSync(dir)) {
      const m = /^checkpoint\.(\d{8})(\.tmp)?$/.exec(name);
      if (m === null) continue;
      if (m[2] !== undefined) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      else checkpoint = Math.max(checkpoint, Number(m[1]));
    }
    if (checkpoint >= 0) {
      const cdir = path.join(dir, `checkpoint.${segName(checkpoint)}`);
      for (const n of listSegments(cdir)) {
        const r = readSegment(path.join(cdir, segName(n)), onRecord);
        if (!r.clean) {
          warnings.push(
            `WAL checkpoint ${checkpoint} segment ${n}: corrupt after byte ${r.good}; the rest was ignored`,
          );
          break;
        }
      }
    }
    const segs = listSegments(dir).filter((n) => n > checkpoint);
    let last = checkpoint;
    for (let i = 0; i < segs.length; i++) {
      const n = segs[i]!;
      const file = path.join(dir, segName(n));
      const r = readSegment(file, onRecord);
      last = n;
      if (!r.clean) {
        fs.truncateSync(file, r.good);
        const dropped = r.size - r.good;
        const later = segs.slice(i + 1);
        warnings.push(
          i === segs.length - 1
            ? `WAL segment ${segName(n)}: torn or corrupt last record; truncated ${dropped} bytes at offset ${r.good}`
            : `WAL segment ${segName(n)}: corrupt record at offset ${r.good}; truncated ${dropped} bytes and removed ${later.length} later segment(s)`,
        );
        for (const l of later) fs.rmSync(path.join(dir, segName(l)), { force: true });
        break;
      }
    }
    const wal = new WAL(dir, opts);
    wal.openSegment(Math.max(last, checkpoint, 0) + 1);
    if (opts.fsync === 'interval') {
      wal.timer = setInterval(() => {
        if (wal.dirty) void wal.sync();
      }, opts.fsyncIntervalMs);
      wal.timer.unref();
    }
    return { wal, warnings };
  }

  private openSegment(n: number): void {
    this.segment = n;
    this.fd = fs.openSync(path.join(this.dir, segName(n)), 'a');
    this.size = 0;
    if (this.opts.fsync !== 'never') fsyncDir(this.dir);
  }

  /** Current segment number (new records go here). */
  get currentSegment(): number {
    return this.segment;
  }

  /**
   * Appends already framed records with one write. Resolves when the write is as durable as the
   * policy promises (`always`: after fdatasync).
   */
  async log(framed: Uint8Array): Promise<void> {
    this.logSync(framed);
    if (this.opts.fsync === 'always') await this.sync();
    else if (this.opts.fsync === 'interval' && Date.now() - this.lastSync >= this.opts.fsyncIntervalMs) {
      // The timer alone could starve under a tight commit loop; sync in the background.
      this.lastSync = Date.now();
      this.sync().catch(() => {});
    }
  }

  /** Writes framed records synchronously (into the page cache). */
  logSync(framed: Uint8Array): void {
    if (this.fd < 0) throw new Error('WAL is closed');
    if (this.broken !== undefined) {
      throw new Error(`WAL is unusable after a failed write (${this.broken}); reopen the TSDB`);
    }
    if (this.size > 0 && this.size + framed.length > this.opts.segmentBytes) this.cut();
    let off = 0;
    try {
      while (off < framed.length) off += fs.writeSync(this.fd, framed, off, framed.length - off);
    } catch (err) {
      // A partial record (disk full) would hide every later record from replay: cut it off.
      // If even that fails, refuse further writes rather than acknowledge unreadable ones.
      try {
        if (off > 0) fs.ftruncateSync(this.fd, this.size);
      } catch (e) {
        this.broken = (e as Error).message;
      }
      throw err;
    }
    this.size += framed.length;
    this.bytesWritten += framed.length;
    this.dirty = true;
  }

  /** Flushes the current segment to disk. Concurrent callers share one fdatasync. */
  async sync(): Promise<void> {
    if (this.syncing) await this.syncing;
    if (!this.dirty || this.fd < 0) return;
    this.dirty = false;
    const fd = this.fd;
    this.syncing = new Promise<void>((resolve, reject) =>
      fs.fdatasync(fd, (err) => (err && this.fd === fd ? reject(err) : resolve())),
    );
    try {
      await this.syncing;
    } finally {
      this.syncing = undefined;
    }
  }

  /** Closes the current segment and starts the next one; returns the closed segment's number. */
  cut(): number {
    const closed = this.segment;
    if (this.opts.fsync !== 'never') fs.fdatasyncSync(this.fd);
    fs.closeSync(this.fd);
    this.dirty = false;
    this.openSegment(closed + 1);
    return closed;
  }

  /**
   * Writes a checkpoint holding `records` (framed) as the state after segments ≤ `upTo`, then
   * deletes those segments and older checkpoints.
   */
  checkpoint(upTo: number, framed: Iterable<Uint8Array>): void {
    const name = `checkpoint.${segName(upTo)}`;
    const tmp = path.join(this.dir, `${name}.tmp`);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp);
    const fd = fs.openSync(path.join(tmp, segName(0)), 'w');
    try {
      for (const rec of framed) {
        let off = 0;
        while (off < rec.length) off += fs.writeSync(fd, rec, off, rec.length - off);
      }
      if (this.opts.fsync !== 'never') fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, name));
    if (this.opts.fsync !== 'never') fsyncDir(this.dir);
    for (const entry of fs.readdirSync(this.dir)) {
      const m = /^checkpoint\.(\d{8})$/.exec(entry);
      if (m !== null && Number(m[1]) < upTo)
        fs.rmSync(path.join(this.dir, entry), { recursive: true, force: true });
      if (/^\d{8}$/.test(entry) && Number(entry) <= upTo)
        fs.rmSync(path.join(this.dir, entry), { force: true });
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.fd < 0) return;
    if (this.syncing) await this.syncing;
    if (this.opts.fsync !== 'never' && this.dirty) fs.fdatasyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = -1;
  }
}
