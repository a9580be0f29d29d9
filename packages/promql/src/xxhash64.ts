/**
 * XXH64 (Yann Collet's xxHash, 64-bit variant) and Prometheus' label-set hash built on it.
 * `limit_ratio` decides which series to keep from `labels.Hash()` (Go's
 * `github.com/cespare/xxhash/v2` over `name 0xff value 0xff` for every label, sorted by name),
 * so reproducing the exact 64-bit value is what makes our `limit_ratio` pick the same series as
 * Prometheus. Arithmetic is on BigInt truncated to 64 bits: the hash runs once per series per
 * query, not per sample, so clarity wins over the 32-bit-halves trick.
 */
import type { Labels } from '@sensorpath/storage';

const M64 = (1n << 64n) - 1n;
const P1 = 0x9e3779b185ebca87n;
const P2 = 0xc2b2ae3d27d4eb4fn;
const P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n;
const P5 = 0x27d4eb2f165667c5n;

function rotl(x: bigint, r: bigint): bigint {
  return ((x << r) | (x >> (64n - r))) & M64;
}

/** One accumulator step over a 64-bit lane. */
function round(acc: bigint, lane: bigint): bigint {
  return (rotl((acc + lane * P2) & M64, 31n) * P1) & M64;
}

function mergeRound(h: bigint, acc: bigint): bigint {
  return ((h ^ round(0n, acc)) * P1 + P4) & M64;
}

/** Little-endian 64-bit word at byte offset `i`. */
function read64(b: Uint8Array, i: number): bigint {
  return (BigInt(read32(b, i + 4)) << 32n) | BigInt(read32(b, i));
}

/** Little-endian unsigned 32-bit word at byte offset `i`. */
function read32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

/** XXH64 of `data` with `seed` (0 unless given), as an unsigned 64-bit BigInt. */
export function xxhash64(data: Uint8Array, seed = 0n): bigint {
  const len = data.length;
  let i = 0;
  let h: bigint;
  if (len >= 32) {
    let v1 = (seed + P1 + P2) & M64;
    let v2 = (seed + P2) & M64;
    let v3 = seed & M64;
    let v4 = (seed - P1) & M64;
    for (; i + 32 <= len; i += 32) {
      v1 = round(v1, read64(data, i));
      v2 = round(v2, read64(data, i + 8));
      v3 = round(v3, read64(data, i + 16));
      v4 = round(v4, read64(data, i + 24));
    }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & M64;
    h = mergeRound(h, v1);
    h = mergeRound(h, v2);
    h = mergeRound(h, v3);
    h = mergeRound(h, v4);
  } else {
    h = (seed + P5) & M64;
  }
  h = (h + BigInt(len)) & M64;
  for (; i + 8 <= len; i += 8) {
    h ^= round(0n, read64(data, i));
    h = (rotl(h, 27n) * P1 + P4) & M64;
  }
  if (i + 4 <= len) {
    h ^= (BigInt(read32(data, i)) * P1) & M64;
    h = (rotl(h, 23n) * P2 + P3) & M64;
    i += 4;
  }
  for (; i < len; i++) {
    h ^= (BigInt(data[i]!) * P5) & M64;
    h = (rotl(h, 11n) * P1) & M64;
  }
  // Avalanche: every input bit affects every output bit.
  h ^= h >> 33n;
  h = (h * P2) & M64;
  h ^= h >> 29n;
  h = (h * P3) & M64;
  h ^= h >> 32n;
  return h;
}

const utf8 = new TextEncoder();
const SEP = 0xff;

/**
 * Prometheus' `labels.Labels.Hash()`: XXH64 (seed 0) over each label's UTF-8 name, 0xff, UTF-8
 * value, 0xff, in the set's sorted order. 0xff never occurs in UTF-8, so it cannot be forged by
 * label text.
 */
export function labelsHash(ls: Labels): bigint {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const l of ls) {
    const n = utf8.encode(l.name);
    const v = utf8.encode(l.value);
    parts.push(n, v);
    size += n.length + v.length + 2;
  }
  const buf = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    buf.set(p, o);
    o += p.length;
    buf[o++] = SEP;
  }
  return xxhash64(buf);
}

/**
 * `limit_ratio`'s position of a series in [0, 1]: Go's `float64(hash) / float64(math.MaxUint64)`.
 * Both conversions round to nearest (ties to even) and `float64(MaxUint64)` is exactly 2^64, so
 * the hashes nearest 2^64 give exactly 1.0; `Number(bigint)` rounds the same way as Go.
 */
export function ratioOffset(ls: Labels): number {
  return Number(labelsHash(ls)) / 2 ** 64;
}
