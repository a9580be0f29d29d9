/**
 * Hand-written JSON for query results (`data` of `/api/v1/query` and `query_range`): the same text
 * JSON.stringify would make of Prometheus' object form (`{"resultType":…,"result":[{"metric":{…},
 * "values":[[t,"v"],…]}]}`), built as strings without the intermediate objects and arrays. A 1 s
 * step query over 30 series × 7,200 points spent ~100 ms of ~112 ms CPU building and stringifying
 * 216,000 `[t, "v"]` pairs; this writer makes the text directly from the engine's typed arrays.
 *
 * Number formats follow Prometheus (`jsonutil.MarshalTimestamp`, `strconv.FormatFloat(v, 'f', -1)`):
 * timestamps are seconds as a JSON number with at most three decimals (the engine's ms are whole
 * numbers), values are strings in shortest round-trip decimal without exponent, `NaN`, `+Inf`,
 * `-Inf`, and `-0` for negative zero (as Go prints it; JSON.stringify of the old object form said
 * `0`). Label names and values go through JSON.stringify, once per series.
 */
import { formatFloat, type QueryValue } from '@sensorpath/promql';
import type { Labels } from '@sensorpath/storage';

/** Pre-rendered JSON (a string, or its UTF-8 bytes), embedded verbatim by the response writer. */
export class JsonText {
  constructor(readonly json: string | Buffer) {}
  get text(): string {
    return typeof this.json === 'string' ? this.json : this.json.toString('utf8');
  }
}

/** Go's `strconv.FormatFloat(f, 'f', -1, 64)` (Prometheus' sample value format). */
export function goFloat(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  if (Number.isNaN(f)) return 'NaN';
  if (f === Number.POSITIVE_INFINITY) return '+Inf';
  if (f === Number.NEGATIVE_INFINITY) return '-Inf';
  // String() is the shortest round-trip form; it only needs rewriting when it has an exponent
  // (|f| < 1e-6 or ≥ 1e21), which formatFloat expands.
  const s = String(f);
  return s.includes('e') ? formatFloat(f) : s;
}

/** A ms timestamp as Prometheus' JSON seconds (`1795132800`, `1795132800.5`, `0.001`). */
export function jsonSeconds(t: number): string {
  // Whole ms within ±8.64e15 never reach JS's exponent forms (< 1e-6 or ≥ 1e21).
  return String(t / 1000);
}

/** `{"name":"value",…}` of a label set, in its (sorted) order. */
export function labelsJson(ls: Labels): string {
  if (ls.length === 0) return '{}';
  let s = '{';
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    if (i > 0) s += ',';
    s += JSON.stringify(l.name) + ':' + JSON.stringify(l.value);
  }
  return s + '}';
}

const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6];
const SCRATCH = new Uint8Array(32);

/**
 * Writes v at b[p] as goFloat would when that text is a short decimal, and returns the position
 * after it; -1 (nothing written) otherwise. Short means: at most 6 decimals and digits below 2^52.
 * Then `x / 10^k === |v|` for the smallest such k proves the k-decimal text `x·10^-k` parses back
 * to v (the division is correctly rounded, as parsing is), and since 10^-k is wider than v's
 * rounding interval no other text with as few digits does, so it is the shortest round-trip form
 * String() gives. Needs 24 bytes of room.
 */
function writeShortDecimal(b: Uint8Array, p: number, v: number): number {
  const a = v < 0 ? -v : v;
  if (!(a >= 1e-6 && a < 4e15)) return -1;
  for (let k = 0; k <= 6; k++) {
    const pk = POW10[k]!;
    const x = Math.round(a * pk);
    if (x / pk !== a) continue;
    if (x >= 4e15) return -1;
    if (v < 0) b[p++] = 45;
    // Digits of x from the right, with the point after k of them and zeros up to "0.".
    let n = 0;
    const d = SCRATCH;
    const least = k === 0 ? 1 : k + 2;
    if (x < 0x7fffffff) {
      let y = x | 0;
      while (y > 0 || n < least) {
        const q = (y / 10) | 0;
        d[n++] = 48 + (y - q * 10);
        y = q;
        if (n === k) d[n++] = 46;
      }
    } else {
      let y = x;
      while (y > 0 || n < least) {
        const q = Math.floor(y / 10);
        d[n++] = 48 + (y - q * 10);
        y = q;
        if (n === k) d[n++] = 46;
      }
    }
    while (n > 0) b[p++] = d[--n]!;
    return p;
  }
  return -1;
}

/** An append-only byte buffer for JSON made of mostly ASCII pieces. */
class ByteWriter {
  buf: Buffer;
  pos = 0;
  /** `size`: the expected length; the buffer grows beyond it when needed. */
  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(Math.max(size, 1024));
  }
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  /** A string known to be ASCII (numbers, keys, punctuation), copied char by char. */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }
  /**
   * The `[[t,"v"],…]` points of one matrix series. `grid` caches the seconds text of the i-th
   * point by index (series of one range query share the evaluation grid).
   */
  points(ts: ArrayLike<number>, vs: Float64Array, grid: { t: number[]; s: string[] }): void {
    const gridT = grid.t;
    const gridS = grid.s;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      let sec: string;
      if (i < gridT.length && gridT[i] === t) sec = gridS[i]!;
      else {
        sec = jsonSeconds(t);
        if (i <= gridT.length) {
          gridT[i] = t;
          gridS[i] = sec;
        }
      }
      // One room check per point: brackets, separators, the seconds and a short decimal.
      this.room(sec.length + 32);
      const b = this.buf;
      let p = this.pos;
      if (i > 0) b[p++] = 44;
      b[p++] = 91;
      for (let j = 0; j < sec.length; j++) b[p++] = sec.charCodeAt(j);
      b[p++] = 44;
      b[p++] = 34;
      const q = writeShortDecimal(b, p, vs[i]!);
      if (q >= 0) this.pos = q;
      else {
        this.pos = p;
        this.ascii(goFloat(vs[i]!));
      }
      this.room(2);
      this.buf[this.pos++] = 34;
      this.buf[this.pos++] = 93;
    }
  }
  /** Any string, UTF-8 encoded (label JSON). */
  utf8(s: string): void {
    this.room(s.length * 3);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

/**
 * The `data` object of a query answer as UTF-8 JSON. Matrices are written into one growing byte
 * buffer (string concatenation of 200,000 points was slower than the object form); series of one
 * range query share the evaluation grid, so the i-th point's seconds text is kept by index and
 * reused while the next series has the same ms there.
 */
export function queryDataJson(v: QueryValue): JsonText {
  switch (v.type) {
    case 'scalar':
      return new JsonText(`{"resultType":"scalar","result":[${jsonSeconds(v.t)},"${goFloat(v.v)}"]}`);
    case 'string':
      return new JsonText(`{"resultType":"string","result":[${jsonSeconds(v.t)},${JSON.stringify(v.v)}]}`);
    case 'vector': {
      const parts: string[] = [];
      for (const s of v.samples) {
        parts.push(`{"metric":${labelsJson(s.labels)},"value":[${jsonSeconds(s.t)},"${goFloat(s.v)}"]}`);
      }
      return new JsonText(`{"resultType":"vector","result":[${parts.join(',')}]}`);
    }
    case 'matrix': {
      let points = 0;
      for (const s of v.series) points += s.ts.length;
      const w = new ByteWriter(points * 32 + v.series.length * 256 + 64);
      const grid = { t: [] as number[], s: [] as string[] };
      w.ascii('{"resultType":"matrix","result":[');
      for (let k = 0; k < v.series.length; k++) {
        const { labels, ts, vs } = v.series[k]!;
        w.utf8(`${k === 0 ? '' : ','}{"metric":${labelsJson(labels)},"values":[`);
        w.points(ts, vs, grid);
        w.ascii(']}');
      }
      w.ascii(']}');
      return new JsonText(w.bytes());
    }
  }
}
