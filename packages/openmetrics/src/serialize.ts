/**
 * Writes the model as OpenMetrics 1.0 text. Numbers use the shortest representation that reads
 * back to the same float64 (JavaScript's `Number#toString`), with `+Inf`, `-Inf`, `NaN` and `-0`
 * spelled out, so `parse(serialize(f))` gives back the same model: timestamps such as
 * `1764282000.123` survive exactly. Metadata is written in the spec's recommended order TYPE, UNIT,
 * HELP; a family of type unknown without help or unit still gets its TYPE line. The serializer
 * trusts the model: it escapes strings but does not re-validate names or type rules.
 *
 * Output goes into one growing byte buffer rather than through string concatenation (which left
 * the garbage collector most of the work), and the `name{labels}` prefix of a sample that shares
 * its name and label array with the previous sample (consecutive points of one series, as the
 * parser produces them) is copied from the bytes already written.
 */

import type { LabelPair, MetricFamily } from './model.ts';

/** Formats a float64 for the wire: shortest round-trip decimal, `+Inf`/`-Inf`/`NaN`, `-0`. */
export function formatNumber(v: number): string {
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Number.isNaN(v)) return 'NaN';
  if (v === 0 && 1 / v < 0) return '-0';
  return String(v);
}

const LF = 10;
const SP = 32;

/** A growable output buffer. */
class ByteWriter {
  buf = Buffer.allocUnsafe(1 << 16);
  n = 0;

  private grow(k: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.n + k));
    this.buf.copy(next, 0, 0, this.n);
    this.buf = next;
  }

  byte(c: number): void {
    if (this.n >= this.buf.length) this.grow(1);
    this.buf[this.n++] = c;
  }

  /** Writes a string known to be ASCII. */
  ascii(s: string): void {
    if (this.n + s.length > this.buf.length) this.grow(s.length);
    this.n += this.buf.write(s, this.n, 'latin1');
  }

  /** Writes any string as UTF-8, escaping `\`, newline and (when `quote`) `"`. */
  text(s: string, quote: boolean): void {
    let plain = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80 || c === 92 || c === 10 || (quote && c === 34)) {
        plain = false;
        break;
      }
    }
    if (plain) {
      this.ascii(s);
      return;
    }
    let out = s;
    if (/[\\\n"]/.test(s)) {
      out = '';
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 92) out += '\\\\';
        else if (c === 34 && quote) out += '\\"';
        else if (c === 10) out += '\\n';
        else out += s[i];
      }
    }
    const k = Buffer.byteLength(out);
    if (this.n + k > this.buf.length) this.grow(k);
    this.n += this.buf.write(out, this.n, 'utf8');
  }

  copyWithin(start: number, end: number): void {
    const k = end - start;
    if (this.n + k > this.buf.length) this.grow(k);
    this.buf.copyWithin(this.n, start, end);
    this.n += k;
  }
}

function writeLabels(w: ByteWriter, labels: readonly LabelPair[]): void {
  w.byte(123);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (i > 0) w.byte(44);
    w.ascii(l.name);
    w.byte(61);
    w.byte(34);
    w.text(l.value, true);
    w.byte(34);
  }
  w.byte(125);
}

/** Serializes families in order to UTF-8 bytes, ending with `# EOF\n`. */
export function serializeToBytes(families: readonly MetricFamily[]): Buffer {
  const w = new ByteWriter();
  for (const f of families) {
    w.ascii(`# TYPE ${f.name} ${f.type}\n`);
    if (f.unit !== undefined && f.unit !== '') w.ascii(`# UNIT ${f.name} ${f.unit}\n`);
    if (f.help !== undefined && f.help !== '') {
      w.ascii(`# HELP ${f.name} `);
      w.text(f.help, true);
      w.byte(LF);
    }
    let prevName = '';
    let prevLabels: readonly LabelPair[] | null = null;
    let prefixStart = 0;
    let prefixEnd = 0;
    for (const s of f.samples) {
      if (s.labels === prevLabels && s.name === prevName) {
        w.copyWithin(prefixStart, prefixEnd);
      } else {
        prefixStart = w.n;
        w.ascii(s.name);
        if (s.labels.length > 0) writeLabels(w, s.labels);
        prefixEnd = w.n;
        prevName = s.name;
        prevLabels = s.labels;
      }
      w.byte(SP);
      w.ascii(formatNumber(s.value));
      if (s.timestamp !== undefined) {
        w.byte(SP);
        w.ascii(formatNumber(s.timestamp));
      }
      const e = s.exemplar;
      if (e !== undefined) {
        w.ascii(' # ');
        writeLabels(w, e.labels);
        w.byte(SP);
        w.ascii(formatNumber(e.value));
        if (e.timestamp !== undefined) {
          w.byte(SP);
          w.ascii(formatNumber(e.timestamp));
        }
      }
      w.byte(LF);
    }
  }
  w.ascii('# EOF\n');
  return w.buf.subarray(0, w.n);
}

/** Serializes families in order, ending with `# EOF\n`. */
export function serialize(families: readonly MetricFamily[]): string {
  return serializeToBytes(families).toString('utf8');
}
