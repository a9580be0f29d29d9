/**
 * The sample chunk codec (format: docs/format/tsdb-chunks.md). A chunk holds the samples of one
 * series in ascending time order, as two columns. Timestamps (integer ms) are delta-of-delta coded
 * as zigzag varints, so a regular poll costs one byte (or less once compressed) and millisecond
 * jitter stays cheap. Values that are exactly `mantissa / 10^k` for one scale k per chunk (what a
 * meter publishes: 230.1 V, 1.234 A, 4711 W) are stored as delta-coded zigzag varint mantissas;
 * anything else (NaN, the staleness marker, -0, infinities, unrounded floats) is stored as an
 * exception with its raw 8 bytes, and a chunk where decimals do not pay is stored as raw float64.
 * Every value decodes bit for bit. Block chunks are additionally deflated as a whole; head chunks
 * are not (cheap to cut, cheap to read).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ByteReader, ByteWriter, CorruptionError } from './bytes.ts';

export const ENC_PLAIN = 1;
export const ENC_DEFLATE = 2;

const VALUES_DECIMAL = 0;
const VALUES_RAW = 1;
/** Layout of the mantissa deltas in decimal mode. */
const LAYOUT_VARINT = 0;
const LAYOUT_PLANES16 = 1;
/** Scratch for zigzag deltas. */
let zz = new Float64Array(1024);

/** Largest decimal scale tried. */
const MAX_SCALE = 15;
const POW10: number[] = [];
for (let k = 0; k <= 22; k++) POW10.push(10 ** k);
/** Mantissas stay below 2^50 so that deltas and their zigzag form stay exact integers (< 2^53). */
const MAX_MANTISSA = 2 ** 50;
/** Timestamps must lie within ±2^50 ms (±35 000 years) for the same reason. */
export const MAX_ABS_TIMESTAMP = 2 ** 50;

export interface DecodedChunk {
  ts: Float64Array;
  vs: Float64Array;
}

/** Smallest k such that v == round(v * 10^k) / 10^k exactly, or -1. */
function decimalScale(v: number, from: number): number {
  if (v === 0) return 1 / v < 0 ? -1 : from;
  if (!Number.isFinite(v)) return -1;
  for (let k = from; k <= MAX_SCALE; k++) {
    const p = POW10[k]!;
    const m = Math.round(v * p);
    if (Math.abs(m) >= MAX_MANTISSA) return -1;
    if (k === 0 ? m === v : m / p === v) return k;
  }
  return -1;
}

const scratch = new ByteWriter(4096);

const TS_DOD = 0;
const TS_GRID = 1;

/** Rough cost in bits of a zigzag value (what deflate's entropy coder approaches). */
function bitCost(x: number): number {
  const u = x >= 0 ? 2 * x : -2 * x - 1;
  return u < 0x80000000 ? 33 - Math.clz32(u) : 64;
}

/**
 * Timestamps: delta-of-delta (regular or irregular spacing), or offsets from a regular grid
 * t0 + i·D (polls with millisecond jitter: an offset varies like the jitter, a delta-of-delta like
 * three of them). The cheaper mode is chosen per chunk.
 */
function encodeTimestamps(w: ByteWriter, ts: ArrayLike<number>, from: number, to: number): void {
  const n = to - from;
  if (n === 0) return;
  const t0 = ts[from]!;
  if (n < 3) {
    w.byte(TS_DOD);
    w.varint(t0);
    if (n === 2) w.varint(ts[from + 1]! - t0);
    return;
  }
  const D = Math.round((ts[to - 1]! - t0) / (n - 1));
  let dodCost = 0;
  let gridCost = 0;
  let prevD = ts[from + 1]! - t0;
  for (let i = from + 2; i < to; i++) {
    const d = ts[i]! - ts[i - 1]!;
    dodCost += bitCost(d - prevD);
    prevD = d;
    gridCost += bitCost(ts[i]! - (t0 + (i - from) * D));
  }
  if (gridCost < dodCost) {
    w.byte(TS_GRID);
    w.varint(t0);
    w.varint(D);
    for (let i = from + 1; i < to; i++) w.varint(ts[i]! - (t0 + (i - from) * D));
    return;
  }
  w.byte(TS_DOD);
  w.varint(t0);
  let prevT = t0;
  let prev = 0;
  for (let i = from + 1; i < to; i++) {
    const t = ts[i]!;
    const d = t - prevT;
    w.varint(i === from + 1 ? d : d - prev);
    prev = d;
    prevT = t;
  }
}

/**
 * Encodes samples [from, to) of the columns. `compress` deflates the body (block chunks).
 * Returns a fresh Uint8Array.
 */
export function encodeChunk(
  ts: ArrayLike<number>,
  vs: Float64Array,
  from: number,
  to: number,
  compress = false,
): Uint8Array {
  const n = to - from;
  const w = scratch;
  w.reset();
  w.uvarint(n);
  encodeTimestamps(w, ts, from, to);
  const tsEnd = w.pos;
  // Pick the scale: the largest of the per-value minimal scales, ignoring exceptions.
  let k = 0;
  let exceptions = 0;
  for (let i = from; i < to; i++) {
    const s = decimalScale(vs[i]!, k);
    if (s < 0) exceptions++;
    else if (s > k) k = s;
  }
  // Raw float64 when most values are not decimals (a varint mantissa of a 15-digit value is no
  // cheaper than 8 raw bytes, and deflate does better on raw IEEE bytes than on long varints).
  const raw = exceptions * 2 > n || k > 12;
  const bytes = new Uint8Array(vs.buffer, vs.byteOffset, vs.byteLength);
  if (raw) {
    w.byte(VALUES_RAW);
    w.bytes(bytes.subarray(from * 8, to * 8));
  } else {
    w.byte(VALUES_DECIMAL);
    w.byte(k);
    const p = POW10[k]!;
    // Exceptions first (count, then index gaps and raw bytes), then the mantissa deltas.
    const exc: number[] = [];
    for (let i = from; i < to; i++) {
      const v = vs[i]!;
      const m = Math.round(v * p);
      if (!(Math.abs(m) < MAX_MANTISSA) || (k === 0 ? m !== v : m / p !== v) || (v === 0 && 1 / v < 0)) {
        exc.push(i);
      }
    }
    w.uvarint(exc.length);
    let prevIdx = from;
    for (const i of exc) {
      w.uvarint(i - prevIdx);
      prevIdx = i;
      w.bytes(bytes.subarray(i * 8, i * 8 + 8));
    }
    if (zz.length < n) zz = new Float64Array(Math.max(n, zz.length * 2));
    let prevM = 0;
    let e = 0;
    let maxZ = 0;
    for (let i = from; i < to; i++) {
      let m: number;
      if (e < exc.length && exc[e] === i) {
        m = prevM;
        e++;
      } else {
        m = Math.round(vs[i]! * p);
      }
      const d = m - prevM;
      const z = d >= 0 ? 2 * d : -2 * d - 1;
      zz[i - from] = z;
      if (z > maxZ) maxZ = z;
      prevM = m;
    }
    // Byte planes pay off only under deflate, for deltas of 8 to 16 bits (noisy currents): the
    // low bytes are near uniform, the high bytes nearly constant, and each plane gets its own
    // statistics instead of one mixed varint byte stream.
    if (compress && maxZ >= 0x80 && maxZ < 0x10000) {
      w.byte(LAYOUT_PLANES16);
      w.ensure(2 * n);
      const buf = w.buf;
      const at = w.pos;
      for (let i = 0; i < n; i++) {
        const z = zz[i]!;
        buf[at + i] = z & 0xff;
        buf[at + n + i] = z >>> 8;
      }
      w.pos = at + 2 * n;
    } else {
      w.byte(LAYOUT_VARINT);
      for (let i = 0; i < n; i++) w.uvarint(zz[i]!);
    }
  }
  const body = w.written();
  if (compress) {
    // The two columns are deflated separately: their byte statistics differ, and one Huffman
    // table for both costs about 5 % on jittered timestamps.
    const z1 = deflateRawSync(body.subarray(0, tsEnd), { level: 6 });
    const z2 = deflateRawSync(body.subarray(tsEnd), { level: 6 });
    const hw = new ByteWriter(8);
    hw.byte(ENC_DEFLATE);
    hw.uvarint(z1.length);
    const head = hw.written();
    const out = new Uint8Array(head.length + z1.length + z2.length);
    out.set(head, 0);
    out.set(z1, head.length);
    out.set(z2, head.length + z1.length);
    return out;
  }
  const out = new Uint8Array(body.length + 1);
  out[0] = ENC_PLAIN;
  out.set(body, 1);
  return out;
}

/** Decodes a chunk into fresh columns. Throws CorruptionError on malformed input. */
export function decodeChunk(chunk: Uint8Array): DecodedChunk {
  const enc = chunk[0];
  let body: Uint8Array;
  if (enc === ENC_PLAIN) body = chunk.subarray(1);
  else if (enc === ENC_DEFLATE) {
    const hr = new ByteReader(chunk, 1);
    const len1 = hr.uvarint();
    const z1 = hr.bytes(len1);
    const a = inflateRawSync(z1);
    const b = inflateRawSync(chunk.subarray(hr.pos));
    body = new Uint8Array(a.length + b.length);
    body.set(a, 0);
    body.set(b, a.length);
  } else throw new CorruptionError(`unknown chunk encoding ${enc}`);
  const r = new ByteReader(body);
  const n = r.uvarint();
  if (n > 1 << 28) throw new CorruptionError('chunk sample count out of range');
  const ts = new Float64Array(n);
  const vs = new Float64Array(n);
  if (n > 0) {
    const tmode = r.byte();
    const t0 = r.varint();
    if (tmode === TS_GRID) {
      const D = r.varint();
      r.pos = readZigzags(body, r.pos, ts, 1, n);
      ts[0] = t0;
      for (let i = 1; i < n; i++) ts[i] = t0 + i * D + ts[i]!;
    } else if (tmode === TS_DOD) {
      r.pos = readZigzags(body, r.pos, ts, 1, n);
      ts[0] = t0;
      let t = t0;
      let d = 0;
      for (let i = 1; i < n; i++) {
        d += ts[i]!;
        t += d;
        ts[i] = t;
      }
    } else throw new CorruptionError(`unknown timestamp mode ${tmode}`);
  }
  const mode = r.byte();
  const vbytes = new Uint8Array(vs.buffer);
  if (mode === VALUES_RAW) {
    vbytes.set(r.bytes(n * 8));
  } else if (mode === VALUES_DECIMAL) {
    const k = r.byte();
    const p = POW10[k];
    if (p === undefined) throw new CorruptionError(`bad decimal scale ${k}`);
    const nexc = r.uvarint();
    const excIdx: number[] = [];
    const excBytes: Uint8Array[] = [];
    let idx = 0;
    for (let e = 0; e < nexc; e++) {
      idx += r.uvarint();
      excIdx.push(idx);
      excBytes.push(r.bytes(8));
    }
    const layout = r.byte();
    if (layout === LAYOUT_VARINT) r.pos = readZigzags(body, r.pos, vs, 0, n);
    else if (layout === LAYOUT_PLANES16) {
      const planes = r.bytes(2 * n);
      for (let i = 0; i < n; i++) {
        const z = planes[i]! | (planes[n + i]! << 8);
        vs[i] = (z >>> 1) ^ -(z & 1);
      }
    } else throw new CorruptionError(`unknown mantissa layout ${layout}`);
    let m = 0;
    if (k === 0) {
      for (let i = 0; i < n; i++) {
        m += vs[i]!;
        vs[i] = m;
      }
    } else {
      for (let i = 0; i < n; i++) {
        m += vs[i]!;
        vs[i] = m / p;
      }
    }
    for (let e = 0; e < nexc; e++) {
      const i = excIdx[e]!;
      if (i >= n) throw new CorruptionError('exception index out of range');
      vbytes.set(excBytes[e]!, i * 8);
    }
  } else {
    throw new CorruptionError(`unknown value mode ${mode}`);
  }
  return { ts, vs };
}

/**
 * Decodes zigzag varints into out[from, to); returns the position after them. The hot loop of
 * every read: one-byte values take a branch and two bit operations.
 */
function readZigzags(buf: Uint8Array, pos: number, out: Float64Array, from: number, to: number): number {
  const end = buf.length;
  for (let i = from; i < to; i++) {
    if (pos >= end) throw new CorruptionError('unexpected end of varint');
    let b = buf[pos++]!;
    if (b < 0x80) {
      out[i] = (b >>> 1) ^ -(b & 1);
      continue;
    }
    let u = b & 0x7f;
    let shift = 7;
    for (;;) {
      if (pos >= end) throw new CorruptionError('unexpected end of varint');
      b = buf[pos++]!;
      if (shift < 28) u |= (b & 0x7f) << shift;
      else u += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
      if (shift > 56) throw new CorruptionError('varint too long');
    }
    out[i] = u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }
  return pos;
}

/** Sample count of a chunk without decoding it (plain chunks only; -1 for deflated ones). */
export function chunkSampleCount(chunk: Uint8Array): number {
  if (chunk[0] !== ENC_PLAIN) return -1;
  return new ByteReader(chunk, 1).uvarint();
}
