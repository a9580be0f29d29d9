/**
 * The store-and-forward queue: every message the agent publishes is appended here first, on disk,
 * and leaves only when the broker acknowledged it (PUBACK). Messages live in append-only segment
 * files of CRC-checked records (byte layout in docs/format/edge-queue.md); a small `ack` file holds
 * the sequence number up to which everything was acknowledged. On open, segments are scanned, a
 * torn tail (a crash mid-write) is cut off, and everything after the ack mark is pending again, so
 * the queue survives an agent restart (delivery is at least once: a message acknowledged in the
 * last moments before a crash may be sent again). The queue is bounded by `maxBytes`; when full the
 * oldest segment is dropped (drop-oldest: fresh data matters most to operations) and the dropped
 * messages and samples are counted. Reads happen in append order and are handed out once; the caller
 * acks them by sequence number. All I/O is synchronous: messages are small and this keeps ordering
 * trivially correct.
 */
import {
  closeSync,
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
import { join } from 'node:path';
import { crc32 } from './crc32.ts';
import { DeviceError } from './errors.ts';

/** Fixed part of a record after its length field: crc32, seq u64, time u64, samples u32, topic u16. */
const FIXED = 4 + 8 + 8 + 4 + 2;
const SEGMENT_SUFFIX = '.seg';

export type FsyncPolicy = 'always' | 'interval' | 'never';

export interface QueueOptions {
  dir: string;
  /** Bound of all segments together. @default 256 MiB */
  maxBytes?: number;
  /** A segment is closed once it reaches this size. @default 4 MiB */
  segmentBytes?: number;
  /** @default 'interval' (fsync at most once per `fsyncIntervalMs`) */
  fsync?: FsyncPolicy;
  fsyncIntervalMs?: number;
}

export interface QueuedMessage {
  seq: number;
  timeMs: number;
  samples: number;
  topic: string;
  payload: Buffer;
}

interface Entry {
  seq: number;
  seg: Segment;
  offset: number;
  length: number;
  samples: number;
}

interface Segment {
  firstSeq: number;
  file: string;
  fd: number | undefined;
  bytes: number;
  /** Entries of this segment not yet acknowledged (or dropped). */
  live: number;
}

export interface QueueStats {
  /** Messages appended and not yet acknowledged. */
  depth: number;
  /** Bytes of all segment files. */
  bytes: number;
  droppedMessages: number;
  droppedSamples: number;
  /** Records cut off as torn or corrupt when the queue was opened. */
  recoveredCorrupt: number;
}

export class DiskQueue {
  private readonly dir: string;
  private readonly maxBytes: number;
  private readonly segmentBytes: number;
  private readonly fsyncPolicy: FsyncPolicy;
  private readonly segments: Segment[] = [];
  /** Unacknowledged entries in seq order; `head` is the first, `cursor` the next to hand out. */
  private entries: Entry[] = [];
  private head = 0;
  private cursor = 0;
  private readonly acked = new Set<number>();
  private ackSeq: number;
  private nextSeq: number;
  private ackDirty = false;
  private syncDirty = false;
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private scratch = Buffer.allocUnsafe(16 * 1024);
  droppedMessages = 0;
  droppedSamples = 0;
  recoveredCorrupt = 0;

  constructor(opts: QueueOptions) {
    this.dir = opts.dir;
    this.maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
    // At least four segments fit in the bound, so dropping the oldest frees a quarter at most.
    this.segmentBytes = Math.max(
      4096,
      Math.min(opts.segmentBytes ?? 4 * 1024 * 1024, Math.floor(this.maxBytes / 4)),
    );
    this.fsyncPolicy = opts.fsync ?? 'interval';
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (err) {
      throw new DeviceError(
        'QUEUE_IO',
        `cannot create queue directory ${this.dir}: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    this.ackSeq = this.readAck();
    this.nextSeq = this.ackSeq + 1;
    this.recover();
    this.timer = setInterval(() => this.flush(), opts.fsyncIntervalMs ?? 1000);
    this.timer.unref();
  }

  private readAck(): number {
    try {
      const n = Number(readFileSync(join(this.dir, 'ack'), 'utf8').trim());
      return Number.isSafeInteger(n) && n >= 0 ? n : 0;
    } catch {
      return 0;
    }
  }

  private recover(): void {
    const files = readdirSync(this.dir)
      .filter((f) => f.endsWith(SEGMENT_SUFFIX))
      .sort();
    for (const name of files) {
      const file = join(this.dir, name);
      const buf = readFileSync(file);
      const seg: Segment = {
        firstSeq: Number(name.slice(0, -SEGMENT_SUFFIX.length)),
        file,
        fd: undefined,
        bytes: 0,
        live: 0,
      };
      let off = 0;
      while (off + 4 + FIXED <= buf.length) {
        const len = buf.readUInt32BE(off);
        if (len < FIXED || off + 4 + len > buf.length) break;
        const body = buf.subarray(off + 8, off + 4 + len);
        if (crc32(body) !== buf.readUInt32BE(off + 4)) break;
        const seq = Number(buf.readBigUInt64BE(off + 8));
        const samples = buf.readUInt32BE(off + 24);
        if (seq > this.ackSeq) {
          this.entries.push({ seq, seg, offset: off, length: 4 + len, samples });
          seg.live++;
        }
        this.nextSeq = Math.max(this.nextSeq, seq + 1);
        off += 4 + len;
      }
      if (off < buf.length) {
        // A torn or corrupt tail: everything after the last good record is cut off.
        this.recoveredCorrupt++;
        const fd = openSync(file, 'r+');
        ftruncateSync(fd, off);
        fsyncSync(fd);
        closeSync(fd);
      }
      seg.bytes = off;
      this.bytes += off;
      if (seg.live === 0 && off > 0) {
        unlinkSync(file);
        this.bytes -= off;
        continue;
      }
      this.segments.push(seg);
    }
  }

  private writeSegment(need: number): Segment {
    let seg = this.segments[this.segments.length - 1];
    if (!seg || seg.bytes + need > this.segmentBytes) {
      if (seg?.fd !== undefined && seg.bytes > 0) {
        fsyncSync(seg.fd);
        this.syncDirty = false;
      }
      if (seg && seg.bytes === 0) return this.openForAppend(seg);
      seg = {
        firstSeq: this.nextSeq,
        file: join(this.dir, `${String(this.nextSeq).padStart(20, '0')}${SEGMENT_SUFFIX}`),
        fd: undefined,
        bytes: 0,
        live: 0,
      };
      this.segments.push(seg);
    }
    return this.openForAppend(seg);
  }

  private openForAppend(seg: Segment): Segment {
    if (seg.fd === undefined) seg.fd = openSync(seg.file, 'a+');
    return seg;
  }

  /** Appends one message; returns its sequence number. */
  append(topic: string, payload: Buffer | string, samples: number, timeMs = Date.now()): number {
    if (this.closed) throw new DeviceError('QUEUE_IO', `queue ${this.dir} is closed`);
    const topicLen = Buffer.byteLength(topic);
    const bodyLen = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
    const len = FIXED + topicLen + bodyLen;
    // The record is assembled in a reused buffer (written synchronously below), so appending a
    // message allocates no memory outside the V8 heap.
    if (this.scratch.length < 4 + len)
      this.scratch = Buffer.allocUnsafe(Math.max(4 + len, this.scratch.length * 2));
    const rec = this.scratch.subarray(0, 4 + len);
    const seq = this.nextSeq++;
    rec.writeUInt32BE(len, 0);
    rec.writeBigUInt64BE(BigInt(seq), 8);
    rec.writeBigUInt64BE(BigInt(Math.max(0, Math.floor(timeMs))), 16);
    rec.writeUInt32BE(samples >>> 0, 24);
    rec.writeUInt16BE(topicLen, 28);
    rec.write(topic, 30, 'utf8');
    if (typeof payload === 'string') rec.write(payload, 30 + topicLen, 'utf8');
    else payload.copy(rec, 30 + topicLen);
    rec.writeUInt32BE(crc32(rec.subarray(8)), 4);
    const seg = this.writeSegment(rec.length);
    try {
      writeSync(seg.fd!, rec);
      if (this.fsyncPolicy === 'always') fsyncSync(seg.fd!);
      else this.syncDirty = true;
    } catch (err) {
      throw new DeviceError('QUEUE_IO', `cannot append to ${seg.file}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    this.entries.push({ seq, seg, offset: seg.bytes, length: rec.length, samples });
    seg.bytes += rec.length;
    seg.live++;
    this.bytes += rec.length;
    this.enforceBound();
    return seq;
  }

  private enforceBound(): void {
    while (this.bytes > this.maxBytes && this.segments.length > 1) {
      const seg = this.segments.shift()!;
      let i = this.head;
      while (i < this.entries.length && this.entries[i]!.seg === seg) {
        const e = this.entries[i]!;
        if (!this.acked.delete(e.seq)) {
          this.droppedMessages++;
          this.droppedSamples += e.samples;
        }
        i++;
      }
      const removed = i - this.head;
      this.head = i;
      if (this.cursor < this.head) this.cursor = this.head;
      if (removed > 0) this.ackSeq = Math.max(this.ackSeq, this.entries[i - 1]!.seq);
      this.ackDirty = true;
      this.removeSegment(seg);
    }
    this.compact();
  }

  private removeSegment(seg: Segment): void {
    if (seg.fd !== undefined) closeSync(seg.fd);
    seg.fd = undefined;
    try {
      unlinkSync(seg.file);
    } catch {}
    this.bytes -= seg.bytes;
  }

  /** The next message not yet handed out, in append order. */
  next(): QueuedMessage | undefined {
    const e = this.entries[this.cursor];
    if (!e) return undefined;
    this.cursor++;
    const seg = e.seg;
    const buf = Buffer.allocUnsafe(e.length);
    const fd = seg.fd ?? openSync(seg.file, 'r');
    try {
      readSync(fd, buf, 0, e.length, e.offset);
    } finally {
      if (seg.fd === undefined) closeSync(fd);
    }
    const topicLen = buf.readUInt16BE(28);
    return {
      seq: e.seq,
      timeMs: Number(buf.readBigUInt64BE(16)),
      samples: e.samples,
      topic: buf.toString('utf8', 30, 30 + topicLen),
      payload: buf.subarray(30 + topicLen),
    };
  }

  /** Messages appended but not yet handed out by `next`. */
  get unread(): number {
    return this.entries.length - this.cursor;
  }

  /** Hands out again everything not acknowledged (e.g. after the publisher lost its session). */
  rewind(): void {
    this.cursor = this.head;
    while (this.cursor < this.entries.length && this.acked.has(this.entries[this.cursor]!.seq)) this.cursor++;
  }

  /** Marks one message as delivered; the acknowledged prefix leaves the queue. */
  ack(seq: number): void {
    if (seq <= this.ackSeq) return;
    this.acked.add(seq);
    let moved = false;
    while (this.head < this.entries.length && this.acked.has(this.entries[this.head]!.seq)) {
      const e = this.entries[this.head]!;
      this.acked.delete(e.seq);
      e.seg.live--;
      this.ackSeq = e.seq;
      this.head++;
      moved = true;
    }
    if (!moved) return;
    this.ackDirty = true;
    // Fully acknowledged segments other than the one being written are deleted.
    while (this.segments.length > 1 && this.segments[0]!.live === 0)
      this.removeSegment(this.segments.shift()!);
    this.compact();
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.cursor -= this.head;
      this.head = 0;
    }
  }

  stats(): QueueStats {
    return {
      depth: this.entries.length - this.head,
      bytes: this.bytes,
      droppedMessages: this.droppedMessages,
      droppedSamples: this.droppedSamples,
      recoveredCorrupt: this.recoveredCorrupt,
    };
  }

  /** Writes the ack mark and fsyncs appended data (policy `interval`); called by a timer and on close. */
  flush(): void {
    if (this.syncDirty && this.fsyncPolicy === 'interval') {
      const seg = this.segments[this.segments.length - 1];
      if (seg?.fd !== undefined) fsyncSync(seg.fd);
      this.syncDirty = false;
    }
    if (this.ackDirty) {
      const tmp = join(this.dir, 'ack.tmp');
      writeFileSync(tmp, `${this.ackSeq}\n`);
      renameSync(tmp, join(this.dir, 'ack'));
      this.ackDirty = false;
    }
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    const seg = this.segments[this.segments.length - 1];
    if (seg?.fd !== undefined && this.fsyncPolicy !== 'never') fsyncSync(seg.fd);
    for (const s of this.segments) {
      if (s.fd !== undefined) closeSync(s.fd);
      s.fd = undefined;
    }
    clearInterval(this.timer);
    this.closed = true;
  }

  /** Size on disk of the queue directory's segments (for tests and the bench). */
  static diskBytes(dir: string): number {
    let n = 0;
    for (const f of readdirSync(dir)) if (f.endsWith(SEGMENT_SUFFIX)) n += statSync(join(dir, f)).size;
    return n;
  }
}
