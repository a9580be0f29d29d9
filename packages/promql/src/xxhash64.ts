/**
 * XXH64 (Yann Collet's xxHash, 64-bit variant) and Prometheus' label-set hash built on it.
 * `limit_ratio` decides which series to keep from `labels.Hash()` (Go's
 * `github.com/cespare/xxhash/v2` over `name 0xff value 0xff` for every label, sorted by name),
 * so reproducing the exact 64-bit value is what makes our `limit_ratio` pick the same series as
 * Prometheus. 64-bit words are carried as two unsigned 32-bit halves in plain numbers (no
 * BigInt, no allocation per word): BigInt cost 13 us per 70-byte label set, too much for
 * `limit_ratio` over 100k series.
 */
import type { Labels } from '@sensorpath/storage';

// The five XXH64 primes, as [high 32 bits, low 32 bits].
const P1H = 0x9e3779b1;
const P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d;
const P2L = 0x27d4eb4f;
const P3H = 0x165667b1;
const P3L = 0x9e3779f9;
const P4H = 0x85ebca77;
const P4L = 0xc2b2ae63;
const P5H = 0x27d4eb2f;
const P5L = 0x165667c5;

// Result registers of the word helpers below: every helper leaves its 64-bit answer in (rh, rl).
let rh = 0;
let rl = 0;

/** (ah:al) * (bh:bl) mod 2^64. */
function mul(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  rl = ((mid << 16) | (p00 & 0xffff)) >>> 0;
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + Math.floor(mid / 0x10000);
  rh = (carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** (ah:al) + (bh:bl) mod 2^64. */
function add(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  rl = lo >>> 0;
  rh = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

/** Rotates (h:l) left by r bits, 0 < r < 32. */
function rotl(h: number, l: number, r: number): void {
  rh = ((h << r) | (l >>> (32 - r))) >>> 0;
  rl = ((l << r) | (h >>> (32 - r))) >>> 0;
}

/** One accumulator step over a 64-bit lane: rotl(acc + lane * P2, 31) * P1. */
function round(ah: number, al: number, lh: number, ll: number): void {
  mul(lh, ll, P2H, P2L);
  add(ah, al, rh, rl);
  rotl(rh, rl, 31);
  mul(rh, rl, P1H, P1L);
}

/** (h ^ round(0, acc)) * P1 + P4. */
function mergeRound(hh: number, hl: number, ah: number, al: number): void {
  round(0, 0, ah, al);
  mul((hh ^ rh) >>> 0, (hl ^ rl) >>> 0, P1H, P1L);
  add(rh, rl, P4H, P4L);
}

/** Little-endian unsigned 32-bit word at byte offset `i`. */
function read32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

/** XXH64 with seed 0 of data[0, len); the hash is left in (rh, rl). */
function hashInto(data: Uint8Array, len: number): void {
  let i = 0;
  let hh: number;
  let hl: number;
  if (len >= 32) {
    // Accumulators start at seed + P1 + P2, seed + P2, seed, seed - P1 (seed 0).
    add(P1H, P1L, P2H, P2L);
    let v1h = rh;
    let v1l = rl;
    let v2h = P2H;
    let v2l = P2L;
    let v3h = 0;
    let v3l = 0;
    // 0 - P1 in two's complement; P1's low half is non-zero, so the high half only flips.
    let v4h = ~P1H >>> 0;
    let v4l = (0x100000000 - P1L) >>> 0;
    for (; i + 32 <= len; i += 32) {
      round(v1h, v1l, read32(data, i + 4), read32(data, i));
      v1h = rh;
      v1l = rl;
      round(v2h, v2l, read32(data, i + 12), read32(data, i + 8));
      v2h = rh;
      v2l = rl;
      round(v3h, v3l, read32(data, i + 20), read32(data, i + 16));
      v3h = rh;
      v3l = rl;
      round(v4h, v4l, read32(data, i + 28), read32(data, i + 24));
      v4h = rh;
      v4l = rl;
    }
    rotl(v1h, v1l, 1);
    hh = rh;
    hl = rl;
    rotl(v2h, v2l, 7);
    add(hh, hl, rh, rl);
    hh = rh;
    hl = rl;
    rotl(v3h, v3l, 12);
    add(hh, hl, rh, rl);
    hh = rh;
    hl = rl;
    rotl(v4h, v4l, 18);
    add(hh, hl, rh, rl);
    mergeRound(rh, rl, v1h, v1l);
    mergeRound(rh, rl, v2h, v2l);
    mergeRound(rh, rl, v3h, v3l);
    mergeRound(rh, rl, v4h, v4l);
    hh = rh;
    hl = rl;
  } else {
    hh = P5H;
    hl = P5L;
  }
  add(hh, hl, Math.floor(len / 0x100000000), len >>> 0);
  hh = rh;
  hl = rl;
  for (; i + 8 <= len; i += 8) {
    round(0, 0, read32(data, i + 4), read32(data, i));
    rotl((hh ^ rh) >>> 0, (hl ^ rl) >>> 0, 27);
    mul(rh, rl, P1H, P1L);
    add(rh, rl, P4H, P4L);
    hh = rh;
    hl = rl;
  }
  if (i + 4 <= len) {
    mul(0, read32(data, i), P1H, P1L);
    rotl((hh ^ rh) >>> 0, (hl ^ rl) >>> 0, 23);
    mul(rh, rl, P2H, P2L);
    add(rh, rl, P3H, P3L);
    hh = rh;
    hl = rl;
    i += 4;
  }
  for (; i < len; i++) {
    mul(0, data[i]!, P5H, P5L);
    rotl((hh ^ rh) >>> 0, (hl ^ rl) >>> 0, 11);
    mul(rh, rl, P1H, P1L);
    hh = rh;
    hl = rl;
  }
  // Avalanche (every input bit reaches every output bit): h ^= h >> 33; h *= P2; h ^= h >> 29;
  // h *= P3; h ^= h >> 32.
  mul(hh, (hl ^ (hh >>> 1)) >>> 0, P2H, P2L);
  mul((rh ^ (rh >>> 29)) >>> 0, (rl ^ ((rl >>> 29) | (rh << 3))) >>> 0, P3H, P3L);
  rl = (rl ^ rh) >>> 0;
}

/** XXH64 of `data` with seed 0, as an unsigned 64-bit BigInt. */
export function xxhash64(data: Uint8Array): bigint {
  hashInto(data, data.length);
  return (BigInt(rh) << 32n) | BigInt(rl);
}

const utf8 = new TextEncoder();
const SEP = 0xff;
// Scratch for the label bytes, grown on demand and reused, so hashing a label set allocates
// nothing once it is large enough.
let scratch = new Uint8Array(1024);

/** Writes `name 0xff value 0xff` per label into `scratch`; returns the byte count. */
function encodeLabels(ls: Labels): number {
  let o = 0;
  for (const l of ls) {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const need = o + 3 * (l.name.length + l.value.length) + 2;
    if (need > scratch.length) {
      const bigger = new Uint8Array(Math.max(need, scratch.length * 2));
      bigger.set(scratch.subarray(0, o));
      scratch = bigger;
    }
    o += utf8.encodeInto(l.name, scratch.subarray(o)).written;
    scratch[o++] = SEP;
    o += utf8.encodeInto(l.value, scratch.subarray(o)).written;
    scratch[o++] = SEP;
  }
  return o;
}

/**
 * Prometheus' `labels.Labels.Hash()`: XXH64 (seed 0) over each label's UTF-8 name, 0xff, UTF-8
 * value, 0xff, in the set's sorted order. 0xff never occurs in UTF-8, so label text cannot
 * forge a separator.
 */
export function labelsHash(ls: Labels): bigint {
  const len = encodeLabels(ls); // may replace `scratch`, so before reading it
  hashInto(scratch, len);
  return (BigInt(rh) << 32n) | BigInt(rl);
}

/**
 * `limit_ratio`'s position of a series in [0, 1]: Go's `float64(hash) / float64(math.MaxUint64)`.
 * `float64(MaxUint64)` is exactly 2^64 and the conversion rounds to nearest (ties to even), so
 * the hashes nearest 2^64 give exactly 1.0. `hi * 2^32 + lo` is one correctly rounded addition
 * of two exact doubles, hence the same double as Go's conversion.
 */
export function ratioOffset(ls: Labels): number {
  const len = encodeLabels(ls); // may replace `scratch`, so before reading it
  hashInto(scratch, len);
  return (rh * 0x100000000 + rl) / 2 ** 64;
}
