/**
 * Turns register words into numbers. Modbus registers are 16-bit big-endian words; multi-word values
 * come in one of four byte orders (ABCD big-endian, CDAB word-swapped, BADC byte-swapped, DCBA
 * little-endian). Floats read from f32 registers are converted to the shortest decimal that maps to
 * the same float32, so 230.1 V arrives as 230.1 and not 230.10000610351562; `decimals` then rounds
 * after scaling, at the meter's documented resolution.
 */
import type { ByteOrder, DataType, RegisterPoint } from './profile.ts';

const dv = new DataView(new ArrayBuffer(8));

/**
 * Places `words` (from the wire) into dv bytes in big-endian (ABCD) order. Runs for every value of
 * every poll, so it reads the wire bytes in place rather than building an array of them.
 */
function arrange(words: ArrayLike<number>, start: number, n: number, order: ByteOrder): void {
  const len = n * 2;
  for (let i = 0; i < len; i++) {
    // Index of the wire byte (word-major, high byte first) that goes to big-endian position i.
    let src: number;
    switch (order) {
      case 'ABCD':
        src = i;
        break;
      case 'DCBA':
        src = len - 1 - i;
        break;
      case 'BADC':
        src = i ^ 1;
        break;
      case 'CDAB':
        // words reversed, bytes within a word kept
        src = (n - 1 - (i >> 1)) * 2 + (i & 1);
        break;
    }
    const w = words[start + (src >> 1)]! & 0xffff;
    dv.setUint8(i, src & 1 ? w & 0xff : w >>> 8);
  }
}

export function rawHex(words: ArrayLike<number>, start: number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += (words[start + i]! & 0xffff).toString(16).toUpperCase().padStart(4, '0');
  return s;
}

/** Decodes one value of `type` from `words` at `start`. */
export function decodeRaw(words: ArrayLike<number>, start: number, type: DataType, order: ByteOrder): number {
  const n = type === 'u16' || type === 's16' ? 1 : type === 'u32' || type === 's32' || type === 'f32' ? 2 : 4;
  arrange(words, start, n, order);
  switch (type) {
    case 'u16':
      return dv.getUint16(0);
    case 's16':
      return dv.getInt16(0);
    case 'u32':
      return dv.getUint32(0);
    case 's32':
      return dv.getInt32(0);
    case 'f32':
      return shortestFloat32(dv.getFloat32(0));
    case 'u64':
      return Number(dv.getBigUint64(0));
    case 's64':
      return Number(dv.getBigInt64(0));
    case 'f64':
      return dv.getFloat64(0);
  }
}

/** The shortest decimal that rounds to the same float32 (what the meter meant). */
export function shortestFloat32(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  for (let p = 1; p <= 9; p++) {
    const d = Number(x.toPrecision(p));
    if (Math.fround(d) === x) return d;
  }
  return x;
}

/** Decodes, applies not-available, scale, offset and decimals. Undefined means "not available". */
export function decodePoint(
  words: ArrayLike<number>,
  start: number,
  p: Pick<RegisterPoint, 'type' | 'order' | 'words' | 'scale' | 'offset' | 'decimals' | 'notAvailable'>,
): number | undefined {
  if (p.notAvailable.length > 0 && p.notAvailable.includes(rawHex(words, start, p.words))) return undefined;
  const raw = decodeRaw(words, start, p.type, p.order);
  if (Number.isNaN(raw)) return undefined;
  let v = raw * p.scale + p.offset;
  if (p.decimals !== undefined && Number.isFinite(v)) {
    const f = 10 ** p.decimals;
    v = Math.round(v * f) / f;
    if (Object.is(v, -0)) v = 0;
  }
  return v;
}
