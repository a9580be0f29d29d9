/**
 * Byte-level encoding helpers shared by the WAL, the chunk codec and the block files: a growable
 * little-endian writer and a bounds-checked reader with unsigned and zigzag varints. Varints here
 * carry any integer up to 2^53 (timestamps in ms, decimal mantissas), so the slow path uses
 * arithmetic rather than 32-bit bitwise operators. Values that must survive bit for bit (float64,
 * including NaN payloads) are copied as raw bytes, never through arithmetic.
 */

export class ByteWriter {
  buf: Uint8Array;
  pos = 0;
  private view: DataView;

  constructor(initial = 256) {
    this.buf = new Uint8Array(initial);
    this.view = new DataView(this.buf.buffer);
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  reset(): void {
    this.pos = 0;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  uvarint(x: number): void {
    this.ensure(10);
    const buf = this.buf;
    let p = this.pos;
    if (x < 0x80000000) {
      while (x >= 0x80) {
        buf[p++] = (x & 0x7f) | 0x80;
        x >>>= 7;
      }
      buf[p++] = x;
    } else {
      while (x >= 0x80) {
        buf[p++] = (x % 128) | 0x80;
        x = Math.floor(x / 128);
      }
      buf[p++] = x;
    }
    this.pos = p;
  }

  /** Zigzag varint for integers in (-2^53, 2^53). */
  varint(x: number): void {
    this.uvarint(x >= 0 ? x * 2 : -x * 2 - 1);
  }

  u32(x: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, x, true);
    this.pos += 4;
  }

  u64(x: number): void {
    this.ensure(8);
    this.view.setUint32(this.pos, x % 0x100000000, true);
    this.view.setUint32(this.pos + 4, Math.floor(x / 0x100000000), true);
    this.pos += 8;
  }

  /** Copies raw bytes (e.g. float64 values viewed as bytes, so NaN payloads survive). */
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  string(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.uvarint(b.length);
    this.bytes(b);
  }

  /** A view of what was written (shares memory with the writer until the next write). */
  written(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /** A copy of what was written. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

export class CorruptionError extends Error {}

export class ByteReader {
  pos: number;
  private readonly view: DataView;

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  byte(): number {
    if (this.pos >= this.end) throw new CorruptionError('unexpected end of data');
    return this.buf[this.pos++]!;
  }

  uvarint(): number {
    const buf = this.buf;
    let p = this.pos;
    let b = buf[p++];
    if (b === undefined || p > this.end) throw new CorruptionError('unexpected end of varint');
    if (b < 0x80) {
      this.pos = p;
      return b;
    }
    let x = b & 0x7f;
    let mul = 128;
    for (;;) {
      b = buf[p++];
      if (b === undefined || p > this.end) throw new CorruptionError('unexpected end of varint');
      x += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
      if (mul > 2 ** 56) throw new CorruptionError('varint too long');
    }
    this.pos = p;
    return x;
  }

  varint(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  u32(): number {
    if (this.pos + 4 > this.end) throw new CorruptionError('unexpected end of data');
    const x = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return x;
  }

  u64(): number {
    const lo = this.u32();
    const hi = this.u32();
    return hi * 0x100000000 + lo;
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.end) throw new CorruptionError('unexpected end of data');
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  string(): string {
    const n = this.uvarint();
    const b = this.bytes(n);
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
  }
}

/** Starts a framed WAL record ([length u32][crc32 u32][payload]); returns its start offset. */
export function beginRecord(w: ByteWriter): number {
  const start = w.pos;
  w.u32(0);
  w.u32(0);
  return start;
}

/** Fills in the header of the record started at `start`, covering everything written since. */
export function endRecord(w: ByteWriter, start: number, crc: (b: Uint8Array) => number): void {
  const payload = w.buf.subarray(start + 8, w.pos);
  const view = new DataView(w.buf.buffer, w.buf.byteOffset);
  view.setUint32(start, payload.length, true);
  view.setUint32(start + 4, crc(payload), true);
}
