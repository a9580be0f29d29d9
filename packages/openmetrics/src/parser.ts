/**
 * The byte-level text parser behind `parse` and `parseSamples`, for OpenMetrics 1.0 and the
 * Prometheus text format 0.0.4. One pass over the bytes: lines are found with `indexOf(LF)`, every
 * token is scanned with a character-class table, numbers are converted with an exact fast path, and
 * the name and label block of a line whose prefix is byte-identical to the previous line's are
 * reused (consecutive points of one series), and short strings are interned, so steady-state
 * ingest allocates next to nothing per line on the `parseSamples` path and one sample on `parse`.
 *
 * The OpenMetrics checks follow the spec's MUSTs and, where the spec leaves room, the upstream
 * reference parser (prometheus_client's `openmetrics/parser.py`): family grouping and name clashes,
 * metadata order, per-type value rules, histogram bucket rules, timestamp order within a metric
 * point group, exemplar placement and size, `# EOF`. Samples reach a `SampleSink` as soon as their
 * line is read; a payload is only valid once `run()` returns, so sinks that store samples must
 * stage them and discard the batch when `run()` throws.
 *
 * Prometheus 0.0.4 timestamps are integer milliseconds on the wire; they are converted to seconds
 * so that the model holds seconds whatever the format.
 */

import {
  CLS as CLS_TABLE,
  codePointLength,
  decodeAscii,
  decodeUtf8,
  POW10 as POW10_TABLE,
  parseNumberText,
} from './bytes.ts';
import { ParseError, type ParseErrorCode } from './errors.ts';
import type { Exemplar, LabelPair, MetricFamily, MetricSample, MetricType, TextFormat } from './model.ts';

/** Receives every sample in input order. `labels` may be shared with the previous sample of the same series. */
export interface SampleSink {
  sample(
    family: MetricFamily,
    name: string,
    labels: LabelPair[],
    value: number,
    timestamp: number | undefined,
    exemplar: Exemplar | undefined,
  ): void;
}

// Module-local copies of the hot tables: a CommonJS transform (tsx runs the sources as CommonJS)
// turns every read of an imported binding into a getter call, which the hot loops would pay per byte.
const CLS: Uint8Array = CLS_TABLE;
const POW10: readonly number[] = POW10_TABLE;
// Character-class bits of CLS (see bytes.ts).
const NAME_START = 1;
const NAME_CHAR = 2;
const LABEL_START = 4;
const LABEL_CHAR = 8;

const LF = 10;
const SP = 32;
const TAB = 9;
const HASH = 35;
const QUOTE = 34;
const BSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
const COMMA = 44;
const EQ = 61;

// Sample name suffix relative to the family name.
const S_NONE = 0;
const S_TOTAL = 1;
const S_CREATED = 2;
const S_COUNT = 3;
const S_SUM = 4;
const S_BUCKET = 5;
const S_GCOUNT = 6;
const S_GSUM = 7;
const S_INFO = 8;
const SUFFIX_NAMES = ['', '_total', '_created', '_count', '_sum', '_bucket', '_gcount', '_gsum', '_info'];

/** Allowed sample-name suffixes per OpenMetrics type (the reference parser's `type_suffixes`). */
const OM_SUFFIXES: Record<MetricType, readonly number[]> = {
  counter: [S_TOTAL, S_CREATED],
  summary: [S_NONE, S_COUNT, S_SUM, S_CREATED],
  histogram: [S_COUNT, S_SUM, S_BUCKET, S_CREATED],
  gaugehistogram: [S_GCOUNT, S_GSUM, S_BUCKET],
  info: [S_INFO],
  gauge: [S_NONE],
  stateset: [S_NONE],
  unknown: [S_NONE],
};
/**
 * The type names as string literals: the hot path compares `family.type` against literals, which is
 * a pointer comparison only when the stored string is the (internalized) literal itself, not a
 * string freshly decoded from the input.
 */
const OM_TYPES = new Map<string, MetricType>(
  (
    ['counter', 'gauge', 'histogram', 'gaugehistogram', 'summary', 'info', 'stateset', 'unknown'] as const
  ).map((t) => [t, t]),
);
const PROM_TYPES: Record<string, MetricType> = {
  counter: 'counter',
  gauge: 'gauge',
  histogram: 'histogram',
  summary: 'summary',
  untyped: 'unknown',
};

const INTERN_SLOTS = 4096;
const INTERN_MAX = 64;

const EMPTY_LABELS: LabelPair[] = Object.freeze([]) as unknown as LabelPair[];

/** Per-family validation state (OpenMetrics). */
interface FamilyState {
  family: MetricFamily;
  firstLine: number;
  seenHelp: boolean;
  seenType: boolean;
  seenUnit: boolean;
  allowed: readonly number[];
  sampleCount: number;
  // metric point grouping
  group: string | null;
  /** Timestamp of the group's last sample; kept as a plain double (NaN = none) to avoid boxing. */
  groupTs: number;
  groupHasTs: boolean;
  seenGroups: Set<string>;
  // histogram point checks (reference parser's _check_histogram)
  hGroup: string | null;
  hTs: number;
  hHasTs: boolean;
  hCount: number | undefined;
  hBucket: number | undefined;
  hValue: number;
  hNegBuckets: boolean;
  hSum: boolean;
  hGsum: boolean;
  hNegGsum: boolean;
  /** Line of the last sample of the current histogram point. */
  hLine: number;
}

/** Per-family state (Prometheus 0.0.4). */
interface PromFamily {
  family: MetricFamily;
  seenHelp: boolean;
  seenType: boolean;
  sampleCount: number;
}

export class TextParser {
  private readonly buf: Buffer;
  private readonly len: number;
  private readonly prom: boolean;
  /** Null: the parser appends every sample to its family itself (`parse`, the model). */
  private readonly sink: SampleSink | null;
  readonly families: MetricFamily[] = [];
  /** Number of sample lines accepted. */
  samples = 0;

  private line = 1;
  private lineStart = 0;

  // Reuse of the previous line's series (name and label block): consecutive points of one series
  // have byte-identical prefixes, so one word-wise comparison replaces scanning and decoding.
  private prevLineStart = -1;
  private prevSeriesLen = 0;
  private prevHasBlock = false;
  private prevNameLen = 0;
  private prevName = '';
  private prevLabels: LabelPair[] = EMPTY_LABELS;
  private prevSerial = 0;
  private lblSerial = 0;
  // Output of readSeries.
  private sName = '';
  private sLabels: LabelPair[] = EMPTY_LABELS;
  private sSerial = 0;
  private keySerial = -1;
  private keyMode = -1;
  private keyValue = '';

  // Result of the last parseLabels call.
  private labelsOut: LabelPair[] = EMPTY_LABELS;
  // Result of the last decimal call, and the current sample's value and timestamp (seconds).
  private num = 0;
  private sValue = 0;
  private sTs = 0;
  private sHasTs = false;

  // OpenMetrics family state.
  private cur: FamilyState | null = null;
  private readonly seenNames = new Set<string>();
  private curNameCache = '';
  private curSuffixCache = -1;

  // Prometheus family state.
  private readonly promFamilies = new Map<string, PromFamily>();
  private promCur: PromFamily | null = null;
  /** Last sample name resolved to promCur (names are interned, so this compares pointers). */
  private promCurName = '';

  private scratch = new Uint8Array(256);

  // Intern cache for short ASCII strings (metric names, label names and values) keyed by a hash of
  // their length and a few bytes, verified against the bytes of the first occurrence in the input.
  private readonly icMask: number;
  private readonly icStart: Int32Array;
  private readonly icLen: Int32Array;
  private readonly icStr: string[];

  private readonly dv: DataView;

  constructor(input: Uint8Array, format: TextFormat, sink: SampleSink | null) {
    // Always a Buffer view (no copy): Buffer#indexOf is memchr, and one receiver type keeps the
    // element accesses monomorphic.
    const buf = Buffer.isBuffer(input)
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    this.buf = buf;
    this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.len = buf.length;
    const slots = buf.length < 1 << 16 ? INTERN_SLOTS >> 4 : INTERN_SLOTS;
    this.icMask = slots - 1;
    this.icStart = new Int32Array(slots).fill(-1);
    this.icLen = new Int32Array(slots);
    this.icStr = new Array<string>(slots).fill('');
    this.prom = format === 'prometheus';
    this.sink = sink;
  }

  run(): void {
    if (this.prom) this.runProm();
    else this.runOm();
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  private fail(code: ParseErrorCode, pos: number, reason: string, expected?: string): never {
    const column = Math.max(1, pos - this.lineStart + 1);
    throw new ParseError(
      code,
      expected === undefined ? reason : `${reason}: expected ${expected}`,
      expected === undefined ? { line: this.line, column } : { line: this.line, column, expected },
    );
  }

  /** Fails at the start of an earlier line (checks that run when a family or histogram point ends). */
  private failAtLine(code: ParseErrorCode, line: number, reason: string): never {
    throw new ParseError(code, reason, { line, column: 1 });
  }

  private unexpected(pos: number, expected: string): never {
    const c = this.buf[pos];
    const what =
      pos >= this.len || c === LF
        ? 'end of line'
        : c !== undefined && c >= 33 && c < 127
          ? `'${String.fromCharCode(c)}'`
          : `byte 0x${(c ?? 0).toString(16).padStart(2, '0')}`;
    this.fail('OM_UNEXPECTED_TOKEN', pos, `unexpected ${what}`, expected);
  }

  // ---------------------------------------------------------------------------------------------
  // OpenMetrics 1.0

  private runOm(): void {
    const buf = this.buf;
    const len = this.len;
    let pos = 0;
    let eof = false;
    while (pos < len) {
      let eol = indexOfLf(buf, pos, len);
      if (eol < 0) eol = len;
      this.lineStart = pos;
      if (eof) this.fail('OM_TEXT_AFTER_EOF', pos, 'text after # EOF', 'end of input');
      if (eol === pos) this.fail('OM_UNEXPECTED_TOKEN', pos, 'blank line', 'a sample, metadata or # EOF');
      if (buf[pos] === HASH) {
        if (
          eol - pos === 5 &&
          buf[pos + 1] === SP &&
          buf[pos + 2] === 69 &&
          buf[pos + 3] === 79 &&
          buf[pos + 4] === 70
        ) {
          eof = true;
        } else {
          this.omMetadata(pos, eol);
        }
      } else {
        if (eol === len)
          this.fail('OM_MISSING_EOF', eol, 'sample line without newline at end of input', "'\\n' and # EOF");
        this.omSample(pos, eol);
      }
      pos = eol + 1;
      if (pos <= len) this.line++;
    }
    if (this.cur !== null) this.finishFamily(this.cur);
    if (!eof) {
      this.lineStart = len;
      this.fail('OM_MISSING_EOF', len, 'missing # EOF at end of input', '# EOF');
    }
  }

  private omMetadata(s: number, e: number): void {
    const buf = this.buf;
    if (buf[s + 1] !== SP)
      this.unexpected(s + 1, "' ' after '#' (only HELP, TYPE, UNIT and EOF lines may start with #)");
    const k = s + 2;
    let kind = 0; // 1 HELP, 2 TYPE, 3 UNIT
    if (e - k >= 5 && buf[k + 4] === SP) {
      const a = buf[k];
      const b = buf[k + 1];
      const c = buf[k + 2];
      const d = buf[k + 3];
      if (a === 72 && b === 69 && c === 76 && d === 80) kind = 1;
      else if (a === 84 && b === 89 && c === 80 && d === 69) kind = 2;
      else if (a === 85 && b === 78 && c === 73 && d === 84) kind = 3;
    }
    if (kind === 0) this.unexpected(k, "'HELP ', 'TYPE ', 'UNIT ' or 'EOF'");
    const ns = k + 5;
    let p = ns;
    if (p >= e || (CLS[buf[p]!]! & NAME_START) === 0) this.unexpected(p, 'metric name');
    p++;
    while (p < e && (CLS[buf[p]!]! & NAME_CHAR) !== 0) p++;
    const nameEnd = p;
    if (p >= e || buf[p] !== SP) this.unexpected(p, "' ' after the metric name");
    p++;
    const name = decodeAscii(buf, ns, nameEnd);

    let st = this.cur;
    if (st === null || st.family.name !== name) {
      if (st !== null) this.finishFamily(st);
      st = this.startFamily(name, 'unknown');
    } else if (st.sampleCount > 0) {
      this.fail(
        'OM_INVALID_METADATA',
        s,
        `metadata for ${name} after its samples`,
        'a sample or metadata of a new family',
      );
    }
    const fam = st.family;
    if (kind === 1) {
      if (st.seenHelp) this.fail('OM_INVALID_METADATA', s, `second HELP line for ${name}`);
      st.seenHelp = true;
      const help = this.decodeText(p, e, true);
      if (help.length > 0) fam.help = help;
    } else if (kind === 2) {
      if (st.seenType) this.fail('OM_INVALID_METADATA', s, `second TYPE line for ${name}`);
      st.seenType = true;
      const t = decodeAscii(buf, p, e);
      const type = OM_TYPES.get(t);
      if (type === undefined) {
        this.fail(
          'OM_UNEXPECTED_TOKEN',
          p,
          `invalid type '${t}'`,
          'counter, gauge, histogram, gaugehistogram, summary, info, stateset or unknown',
        );
      }
      fam.type = type;
      st.allowed = OM_SUFFIXES[type];
    } else {
      if (st.seenUnit) this.fail('OM_INVALID_METADATA', s, `second UNIT line for ${name}`);
      st.seenUnit = true;
      let q = p;
      while (q < e && (CLS[buf[q]!]! & NAME_CHAR) !== 0) q++;
      if (q !== e) this.unexpected(q, 'unit characters [a-zA-Z0-9_:] up to the end of the line');
      if (q > p) fam.unit = decodeAscii(buf, p, e);
    }
  }

  private startFamily(name: string, type: MetricType): FamilyState {
    const family: MetricFamily = { name, type, samples: [] };
    this.families.push(family);
    const st: FamilyState = {
      family,
      firstLine: this.line,
      seenHelp: false,
      seenType: false,
      seenUnit: false,
      allowed: OM_SUFFIXES[type],
      sampleCount: 0,
      group: null,
      groupTs: 0,
      groupHasTs: false,
      seenGroups: new Set(),
      hGroup: null,
      hTs: 0,
      hHasTs: false,
      hCount: undefined,
      hBucket: undefined,
      hValue: 0,
      hNegBuckets: false,
      hSum: false,
      hGsum: false,
      hNegGsum: false,
      hLine: 0,
    };
    this.cur = st;
    this.curNameCache = '';
    this.curSuffixCache = -1;
    return st;
  }

  /**
   * The reference parser's build_metric checks, run when a family ends; errors point at the line
   * that started the family (or, for histograms, the last line of the offending point).
   */
  private finishFamily(st: FamilyState): void {
    const fam = st.family;
    const names = this.seenNames;
    const suffixes = st.allowed.includes(S_NONE) ? st.allowed : [S_NONE, ...st.allowed];
    for (const s of suffixes) {
      const full = fam.name + SUFFIX_NAMES[s];
      if (names.has(full)) {
        this.failAtLine(
          'OM_CLASHING_NAME',
          st.firstLine,
          `family ${fam.name} clashes with an earlier family on sample name ${full}; families must not be interleaved or repeated`,
        );
      }
      names.add(full);
    }
    if (fam.unit !== undefined) {
      if (!fam.name.endsWith(`_${fam.unit}`)) {
        this.failAtLine(
          'OM_INVALID_METADATA',
          st.firstLine,
          `unit ${fam.unit} is not a suffix of family name ${fam.name}`,
        );
      }
      if (fam.type === 'info' || fam.type === 'stateset') {
        this.failAtLine(
          'OM_INVALID_METADATA',
          st.firstLine,
          `${fam.type} family ${fam.name} must not have a unit`,
        );
      }
    }
    if ((fam.type === 'histogram' || fam.type === 'gaugehistogram') && st.hGroup !== null) {
      this.histogramPointDone(st);
    }
  }

  private omSample(s: number, e: number): void {
    const buf = this.buf;
    let p = this.readSeries(s, e);
    const name = this.sName;
    const labels = this.sLabels;
    const lblSerial = this.sSerial;
    if (buf[p] !== SP) this.unexpected(p, labels.length === 0 && lblSerial === 0 ? "'{' or ' '" : "' '");
    p++;
    // --- value
    let q = this.numberToken(p, e, true);
    this.sValue = this.num;
    // --- timestamp and exemplar
    this.sHasTs = false;
    let exemplar: Exemplar | undefined;
    if (q < e) {
      p = q + 1;
      if (buf[p] === HASH) {
        exemplar = this.parseExemplar(p, e);
      } else {
        q = this.numberToken(p, e, false);
        this.sTs = this.num;
        this.sHasTs = true;
        if (q < e) {
          p = q + 1;
          if (buf[p] !== HASH) this.unexpected(p, "'#' starting an exemplar, or end of line");
          exemplar = this.parseExemplar(p, e);
        }
      }
    }
    this.omAccept(s, name, labels, lblSerial, exemplar);
  }

  /**
   * Reads the number token at `s` (ended by ' ', a tab in the Prometheus format, or the line end)
   * into `num` and returns its end: the `decimal` fast path, else `parseNumber` on the whole token.
   */
  private numberToken(s: number, e: number, special: boolean): number {
    const q = this.decimal(s, e);
    if (q >= 0) return q;
    const buf = this.buf;
    let r = s;
    while (r < e && buf[r] !== SP && !(this.prom && buf[r] === TAB)) r++;
    this.num = this.parseNumber(s, r, special);
    return r;
  }

  /**
   * The common number spelling, `[+-]digits[.digits]` with at most 15 significant digits, ended by
   * ' ' or the end of the line (also a tab in the Prometheus format): converts it exactly into
   * `num` and returns the position after it. Returns -1 for anything else (exponents, Inf, NaN,
   * more digits, errors), which the caller hands to `parseNumber`. The result goes through a field
   * because a double returned from a call that is not inlined is boxed on the heap.
   */
  private decimal(s: number, e: number): number {
    const buf = this.buf;
    let p = s;
    let c = buf[p]!;
    let neg = false;
    if (c === 45 || c === 43) {
      neg = c === 45;
      c = buf[++p]!;
    }
    let m = 0;
    const ds = p;
    let d = c - 48;
    while (d >= 0 && d <= 9 && p < e) {
      m = m * 10 + d;
      d = buf[++p]! - 48;
    }
    let digits = p - ds;
    let frac = 0;
    if (p < e && d === 46 - 48) {
      const fs = ++p;
      d = buf[p]! - 48;
      while (d >= 0 && d <= 9 && p < e) {
        m = m * 10 + d;
        d = buf[++p]! - 48;
      }
      frac = p - fs;
      digits += frac;
    }
    if (digits === 0 || digits > 15) return -1;
    if (p < e && d !== SP - 48 && !(this.prom && d === TAB - 48)) return -1;
    const v = frac === 0 ? m : m / POW10[frac]!;
    this.num = neg ? -v : v;
    return p;
  }

  private parseExemplar(p: number, e: number): Exemplar {
    const buf = this.buf;
    const at = p;
    if (buf[p + 1] !== SP) this.unexpected(p + 1, "' ' after '#'");
    p += 2;
    if (buf[p] !== LBRACE) this.unexpected(p, "'{' starting the exemplar labels");
    p = this.parseLabels(p, e);
    const labels = this.labelsOut === EMPTY_LABELS ? [] : this.labelsOut;
    if (buf[p] !== SP) this.unexpected(p, "' ' before the exemplar value");
    p++;
    let q = p;
    while (q < e && buf[q] !== SP) q++;
    const value = this.parseNumber(p, q, true);
    let cp = 0;
    for (const l of labels) cp += codePointLength(l.name) + codePointLength(l.value);
    if (cp > 128) {
      this.fail('OM_INVALID_EXEMPLAR', at, `exemplar labels are ${cp} code points long, more than 128`);
    }
    const ex: Exemplar = { labels, value };
    if (q < e) {
      p = q + 1;
      q = p;
      while (q < e && buf[q] !== SP) q++;
      if (q < e) this.unexpected(q, 'end of line after the exemplar timestamp');
      ex.timestamp = this.parseNumber(p, q, false);
    }
    return ex;
  }

  /** Resolves the sample's family and suffix, then applies the OpenMetrics semantic checks. */
  /** The sample's value and timestamp are in sValue, sTs and sHasTs (fields: no boxing per call). */
  private omAccept(
    s: number,
    name: string,
    labels: LabelPair[],
    lblSerial: number,
    exemplar: Exemplar | undefined,
  ): void {
    const value = this.sValue;
    const ts = this.sHasTs ? this.sTs : undefined;
    let st = this.cur;
    let suffix: number;
    if (st !== null && name === this.curNameCache) {
      suffix = this.curSuffixCache;
    } else {
      suffix = st === null ? -1 : matchSuffix(st.family.name, name, st.allowed);
      if (suffix < 0 || st === null) {
        if (st !== null) this.finishFamily(st);
        st = this.startFamily(name, 'unknown');
        suffix = S_NONE;
      }
      this.curNameCache = name;
      this.curSuffixCache = suffix;
    }
    const fam = st.family;
    const type = fam.type;

    // Group key mode: which label does not identify the metric point.
    let leBound = 0;
    let mode = 0; // 0 all labels, 1 minus le, 2 minus quantile, 3 minus family name, 4 constant
    if (type === 'counter' || type === 'gauge' || type === 'unknown') {
      mode = 0;
    } else if (type === 'histogram' || type === 'gaugehistogram') {
      if (suffix === S_BUCKET) {
        mode = 1;
        const le = findLabel(labels, 'le');
        const bound = le === undefined ? undefined : parseNumberText(le);
        if (bound === undefined || Number.isNaN(bound) || !canonicalSpecial(le!, bound)) {
          this.fail(
            'OM_INVALID_LABELS',
            s,
            `bucket needs a numeric le label other than NaN (got ${le === undefined ? 'none' : `"${le}"`})`,
          );
        }
        if (!Number.isInteger(value))
          this.fail('OM_INVALID_VALUE', s, `bucket value ${value} is not an integer`);
        leBound = bound!;
      } else if (findLabel(labels, 'le') !== undefined) {
        this.fail('OM_INVALID_LABELS', s, `only _bucket samples may have an le label, not ${name}`);
      }
    } else if (type === 'summary') {
      if (suffix === S_NONE) {
        mode = 2;
        const qs = findLabel(labels, 'quantile');
        const qv = qs === undefined ? undefined : parseNumberText(qs);
        if (qv === undefined || !(qv >= 0 && qv <= 1) || !canonicalSpecial(qs!, qv)) {
          this.fail(
            'OM_INVALID_LABELS',
            s,
            `summary quantile sample needs a quantile label between 0 and 1 (got ${qs === undefined ? 'none' : `"${qs}"`})`,
          );
        }
        if (value < 0) this.fail('OM_INVALID_VALUE', s, `quantile value ${value} is negative`);
      } else if (findLabel(labels, 'quantile') !== undefined) {
        this.fail('OM_INVALID_LABELS', s, `only quantile samples may have a quantile label, not ${name}`);
      }
    } else if (type === 'stateset') {
      mode = 3;
      if (findLabel(labels, fam.name) === undefined) {
        this.fail('OM_INVALID_LABELS', s, `stateset sample needs a label named ${fam.name}`);
      }
      if (value !== 0 && value !== 1)
        this.fail('OM_INVALID_VALUE', s, `stateset value must be 0 or 1, got ${value}`);
    } else if (type === 'info') {
      mode = 4;
      if (value !== 1) this.fail('OM_INVALID_VALUE', s, `info value must be 1, got ${value}`);
    }
    if ((suffix === S_COUNT || suffix === S_GCOUNT) && !Number.isInteger(value)) {
      this.fail('OM_INVALID_VALUE', s, `count value ${value} is not an integer`);
    }
    if (
      suffix === S_TOTAL ||
      suffix === S_SUM ||
      suffix === S_COUNT ||
      suffix === S_BUCKET ||
      suffix === S_GCOUNT ||
      suffix === S_GSUM
    ) {
      if (Number.isNaN(value))
        this.fail('OM_INVALID_VALUE', s, `${name} is counter-like and must not be NaN`);
      if (value < 0 && suffix !== S_GSUM)
        this.fail('OM_INVALID_VALUE', s, `${name} is counter-like and must not be negative`);
    }
    if (exemplar !== undefined) {
      const ok =
        ((type === 'histogram' || type === 'gaugehistogram') && suffix === S_BUCKET) ||
        (type === 'counter' && suffix === S_TOTAL);
      if (!ok)
        this.fail(
          'OM_INVALID_EXEMPLAR',
          s,
          `exemplars are only allowed on counter _total and histogram _bucket samples, not on ${name}`,
        );
    }

    // Metric point grouping and timestamp order.
    let key: string;
    if (mode === 4) key = '';
    else if (lblSerial === 0) key = '';
    else if (lblSerial === this.keySerial && mode === this.keyMode) key = this.keyValue;
    else {
      key = groupKey(labels, mode === 1 ? 'le' : mode === 2 ? 'quantile' : mode === 3 ? fam.name : '');
      this.keySerial = lblSerial;
      this.keyMode = mode;
      this.keyValue = key;
    }
    const g = st.group;
    if (g !== null && key === g) {
      if ((ts !== undefined) !== st.groupHasTs) {
        this.fail('OM_TIMESTAMP_ORDER', s, 'timestamps must be on all or none of the samples of a metric');
      }
      if (ts !== undefined && st.groupTs > ts && type !== 'info') {
        this.fail('OM_TIMESTAMP_ORDER', s, `timestamp ${ts} goes backwards (previous ${st.groupTs})`);
      }
    } else {
      if (g !== null && st.seenGroups.has(key)) {
        this.fail(
          'OM_INTERLEAVED',
          s,
          `metric ${name}${formatLabels(labels)} is interleaved with another metric of the family`,
        );
      }
      st.seenGroups.add(key);
      st.group = key;
    }
    if (ts !== undefined) {
      st.groupTs = ts;
      st.groupHasTs = true;
    } else st.groupHasTs = false;

    if (type === 'histogram' || type === 'gaugehistogram')
      this.histogramSample(st, s, suffix, leBound, key, value, ts);

    st.sampleCount++;
    this.samples++;
    if (this.sink === null) addSample(fam, name, labels, value, ts, exemplar);
    else this.sink.sample(fam, name, labels, value, ts, exemplar);
  }

  private histogramSample(
    st: FamilyState,
    s: number,
    suffix: number,
    leBound: number,
    key: string,
    value: number,
    ts: number | undefined,
  ): void {
    if (key !== st.hGroup || (ts !== undefined) !== st.hHasTs || (ts !== undefined && ts !== st.hTs)) {
      if (st.hGroup !== null) this.histogramPointDone(st);
      st.hCount = undefined;
      st.hBucket = undefined;
      st.hNegBuckets = false;
      st.hSum = false;
      st.hGsum = false;
      st.hNegGsum = false;
      st.hValue = 0;
    }
    st.hGroup = key;
    st.hLine = this.line;
    if (ts !== undefined) {
      st.hTs = ts;
      st.hHasTs = true;
    } else st.hHasTs = false;
    if (suffix === S_BUCKET) {
      const b = leBound;
      if (b < 0) st.hNegBuckets = true;
      if (st.hBucket !== undefined && b <= st.hBucket) {
        this.fail('OM_INVALID_HISTOGRAM', s, 'buckets must be sorted by increasing le');
      }
      if (value < st.hValue)
        this.fail('OM_INVALID_HISTOGRAM', s, 'bucket values must be cumulative (non-decreasing)');
      st.hBucket = b;
      st.hValue = value;
    } else if (suffix === S_COUNT || suffix === S_GCOUNT) {
      st.hCount = value;
    } else if (suffix === S_SUM) {
      st.hSum = true;
    } else if (suffix === S_GSUM) {
      st.hGsum = true;
      if (value < 0) st.hNegGsum = true;
    }
  }

  private histogramPointDone(st: FamilyState): void {
    const n = st.family.name;
    const bad = (why: string): never =>
      this.failAtLine('OM_INVALID_HISTOGRAM', st.hLine, `histogram ${n}: ${why} (in the point ending here)`);
    if (st.hBucket !== Infinity) bad('the +Inf bucket is missing');
    if (st.hCount !== undefined && st.hValue !== st.hCount) bad('_count does not match the +Inf bucket');
    if (st.hSum && st.hCount === undefined) bad('_count must be present when _sum is');
    if (st.hGsum && st.hCount === undefined) bad('_gcount must be present when _gsum is');
    if (!(st.hSum || st.hGsum) && st.hCount !== undefined) bad('_sum/_gsum must be present when _count is');
    if (st.hNegBuckets && st.hSum) bad('_sum is not allowed with negative buckets');
    if (!st.hNegBuckets && st.hNegGsum) bad('_gsum must not be negative without negative buckets');
  }

  // ---------------------------------------------------------------------------------------------
  // Prometheus text format 0.0.4

  private runProm(): void {
    const buf = this.buf;
    const len = this.len;
    let pos = 0;
    while (pos < len) {
      let eol = indexOfLf(buf, pos, len);
      if (eol < 0) eol = len;
      this.lineStart = pos;
      let p = pos;
      while (p < eol && (buf[p] === SP || buf[p] === TAB)) p++;
      if (p < eol) {
        if (buf[p] === HASH) this.promComment(p, eol);
        else this.promSample(p, eol);
      }
      pos = eol + 1;
      this.line++;
    }
  }

  private skipBlank(p: number, e: number): number {
    const buf = this.buf;
    while (p < e && (buf[p] === SP || buf[p] === TAB)) p++;
    return p;
  }

  private promComment(s: number, e: number): void {
    const buf = this.buf;
    let p = this.skipBlank(s + 1, e);
    const k = p;
    while (p < e && buf[p] !== SP && buf[p] !== TAB) p++;
    let isHelp = false;
    if (p - k === 4 && buf[k] === 72 && buf[k + 1] === 69 && buf[k + 2] === 76 && buf[k + 3] === 80)
      isHelp = true;
    else if (!(p - k === 4 && buf[k] === 84 && buf[k + 1] === 89 && buf[k + 2] === 80 && buf[k + 3] === 69)) {
      return; // any other comment is ignored
    }
    p = this.skipBlank(p, e);
    const ns = p;
    if (p >= e || (CLS[buf[p]!]! & NAME_START) === 0) this.unexpected(p, 'metric name');
    p++;
    while (p < e && (CLS[buf[p]!]! & NAME_CHAR) !== 0) p++;
    const name = this.intern(ns, p);
    if (p < e && buf[p] !== SP && buf[p] !== TAB) this.unexpected(p, 'whitespace after the metric name');
    p = this.skipBlank(p, e);
    let pf = this.promFamilies.get(name);
    if (pf === undefined) {
      pf = {
        family: { name, type: 'unknown', samples: [] },
        seenHelp: false,
        seenType: false,
        sampleCount: 0,
      };
      this.promFamilies.set(name, pf);
      this.families.push(pf.family);
    }
    if (isHelp) {
      if (pf.seenHelp) this.fail('OM_INVALID_METADATA', s, `second HELP line for ${name}`);
      pf.seenHelp = true;
      const help = this.decodeText(p, e, false);
      if (help.length > 0) pf.family.help = help;
    } else {
      if (pf.seenType) this.fail('OM_INVALID_METADATA', s, `second TYPE line for ${name}`);
      if (pf.sampleCount > 0) this.fail('OM_INVALID_METADATA', s, `TYPE line for ${name} after its samples`);
      pf.seenType = true;
      const ts = p;
      while (p < e && buf[p] !== SP && buf[p] !== TAB) p++;
      const t = PROM_TYPES[decodeAscii(buf, ts, p)];
      if (t === undefined) this.unexpected(ts, 'counter, gauge, histogram, summary or untyped');
      if (this.skipBlank(p, e) !== e) this.unexpected(p, 'end of line after the type');
      pf.family.type = t;
    }
  }

  private promSample(s: number, e: number): void {
    const buf = this.buf;
    let p = this.readSeries(s, e);
    const name = this.sName;
    const labels = this.sLabels;
    const hasBlock = this.prevHasBlock;
    const nameEnd = s + this.prevNameLen;
    const vs = this.skipBlank(p, e);
    if (hasBlock ? vs === p : vs === nameEnd) this.unexpected(vs, 'whitespace before the value');
    p = vs;
    let q = this.numberToken(p, e, true);
    const value = this.num;
    p = this.skipBlank(q, e);
    let ts: number | undefined;
    if (p < e) {
      q = p;
      while (q < e && buf[q] !== SP && buf[q] !== TAB) q++;
      ts = this.parseMillis(p, q);
      if (this.skipBlank(q, e) !== e) this.unexpected(q, 'end of line after the timestamp');
    }
    // Family: a histogram/summary declared under the base name owns its suffixed samples.
    let pf = this.promCur;
    if (pf === null || (name !== this.promCurName && !promOwns(pf.family, name))) {
      pf = this.promFamilies.get(name) ?? null;
      if (pf === null) {
        const base = promBase(name);
        const owner = base === '' ? undefined : this.promFamilies.get(base);
        if (owner !== undefined && promOwns(owner.family, name)) pf = owner;
      }
      if (pf === null) {
        pf = {
          family: { name, type: 'unknown', samples: [] },
          seenHelp: false,
          seenType: false,
          sampleCount: 0,
        };
        this.promFamilies.set(name, pf);
        this.families.push(pf.family);
      }
      this.promCur = pf;
    }
    this.promCurName = name;
    pf.sampleCount++;
    const fam = pf.family;
    if (fam.type === 'histogram' && name !== fam.name && name.endsWith('_bucket')) {
      const le = findLabel(labels, 'le');
      if (le === undefined || parseNumberText(le) === undefined) {
        this.fail('OM_INVALID_LABELS', s, `histogram bucket ${name} needs an le label holding a number`);
      }
    }
    if (fam.type === 'summary' && name === fam.name) {
      const q = findLabel(labels, 'quantile');
      if (q === undefined || parseNumberText(q) === undefined) {
        this.fail('OM_INVALID_LABELS', s, `summary sample ${name} needs a quantile label holding a number`);
      }
    }
    this.samples++;
    if (this.sink === null) addSample(fam, name, labels, value, ts, undefined);
    else this.sink.sample(fam, name, labels, value, ts, undefined);
  }

  /** Decodes ASCII bytes [a, b) of the input, returning the same string object for repeated byte strings. */
  private intern(a: number, b: number): string {
    const n = b - a;
    if (n <= 0) return '';
    const buf = this.buf;
    if (n > INTERN_MAX) return decodeAscii(buf, a, b);
    const h =
      (n * 31 + buf[a]! * 7 + buf[b - 1]! * 131 + buf[a + (n >> 1)]! * 17 + buf[b - (n > 1 ? 2 : 1)]! * 3) &
      this.icMask;
    const start = this.icStart[h]!;
    if (start >= 0 && this.icLen[h] === n && sameBytes(this.dv, buf, a, start, n)) return this.icStr[h]!;
    const str = decodeAscii(buf, a, b);
    this.icStart[h] = a;
    this.icLen[h] = n;
    this.icStr[h] = str;
    return str;
  }

  /**
   * Reads the metric name and optional label block at the start of a sample line into sName,
   * sLabels and sSerial (a number identifying the label block, 0 for none), reusing the previous
   * line's when the bytes are the same. Returns the position after the series prefix.
   */
  private readSeries(s: number, e: number): number {
    const buf = this.buf;
    const pl = this.prevSeriesLen;
    if (pl > 0 && s + pl < e) {
      const after = buf[s + pl];
      if (
        (this.prom ? this.prevHasBlock && (after === SP || after === TAB) : after === SP) &&
        sameBytes(this.dv, buf, s, this.prevLineStart, pl)
      ) {
        this.prevLineStart = s;
        this.sName = this.prevName;
        this.sLabels = this.prevLabels;
        this.sSerial = this.prevSerial;
        return s + pl;
      }
    }
    let p = s;
    // The previous line's name (histogram buckets, quantiles) is compared before any scanning.
    const pn = this.prevNameLen;
    let name: string;
    if (
      pn > 0 &&
      s + pn < e &&
      (CLS[buf[s + pn]!]! & NAME_CHAR) === 0 &&
      sameBytes(this.dv, buf, s, this.prevLineStart, pn)
    ) {
      name = this.prevName;
      p = s + pn;
    } else {
      if ((CLS[buf[p]!]! & NAME_START) === 0)
        this.unexpected(p, this.prom ? 'metric name or #' : 'metric name, # metadata or # EOF');
      p++;
      while (p < e && (CLS[buf[p]!]! & NAME_CHAR) !== 0) p++;
      name = this.intern(s, p);
    }
    const nameLen = p - s;
    const nameEnd = p;
    if (this.prom) p = this.skipBlank(p, e);
    let labels = EMPTY_LABELS;
    let serial = 0;
    let hasBlock = false;
    if (buf[p] === LBRACE) {
      p = this.parseLabels(p, e);
      labels = this.labelsOut;
      serial = ++this.lblSerial;
      hasBlock = true;
    } else p = nameEnd;
    this.prevLineStart = s;
    this.prevSeriesLen = p - s;
    this.prevHasBlock = hasBlock;
    this.prevNameLen = nameLen;
    this.prevName = name;
    this.prevLabels = labels;
    this.prevSerial = serial;
    this.sName = name;
    this.sLabels = labels;
    this.sSerial = serial;
    return p;
  }

  private parseMillis(s: number, e: number): number {
    const buf = this.buf;
    let p = s;
    let neg = false;
    if (buf[p] === 45 || buf[p] === 43) {
      neg = buf[p] === 45;
      p++;
    }
    if (p >= e) this.fail('OM_INVALID_NUMBER', s, 'invalid timestamp', 'integer milliseconds');
    let v = 0;
    for (; p < e; p++) {
      const d = buf[p]! - 48;
      if (d < 0 || d > 9) this.fail('OM_INVALID_NUMBER', s, 'invalid timestamp', 'integer milliseconds');
      v = v * 10 + d;
    }
    return (neg ? -v : v) / 1000;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared tokens

  /**
   * Parses `{name="value",...}` starting at the brace; returns the position after the closing
   * brace and leaves the pairs in `labelsOut`. Prometheus mode also allows blanks and a trailing comma.
   */
  private parseLabels(p: number, e: number): number {
    const buf = this.buf;
    const prom = this.prom;
    p++;
    if (prom) p = this.skipBlank(p, e);
    if (buf[p] === RBRACE) {
      this.labelsOut = EMPTY_LABELS;
      return p + 1;
    }
    const out: LabelPair[] = [];
    let names: Set<string> | null = null;
    for (;;) {
      const ns = p;
      if (p >= e || (CLS[buf[p]!]! & LABEL_START) === 0) this.unexpected(p, 'label name');
      p++;
      while (p < e && (CLS[buf[p]!]! & LABEL_CHAR) !== 0) p++;
      const ne = p;
      if (prom) p = this.skipBlank(p, e);
      if (buf[p] !== EQ) this.unexpected(p, "'='");
      p++;
      if (prom) p = this.skipBlank(p, e);
      if (buf[p] !== QUOTE) this.unexpected(p, "'\"' opening the label value");
      p++;
      const vs = p;
      let esc = false;
      let hi = false;
      while (p < e) {
        const c = buf[p]!;
        if (c === QUOTE) break;
        if (c === BSLASH) {
          esc = true;
          p += 2;
          continue;
        }
        if (c >= 0x80) hi = true;
        p++;
      }
      if (p >= e) this.unexpected(e, "'\"' closing the label value");
      const value = esc || hi ? this.decodeString(vs, p, esc, hi, true) : this.intern(vs, p);
      p++;
      const name = this.intern(ns, ne);
      // Linear scan for the usual handful of labels; a set beyond that keeps huge label sets linear.
      if (names === null) {
        for (let i = 0; i < out.length; i++) {
          if (out[i]!.name === name) this.fail('OM_INVALID_LABELS', ns, `duplicate label name ${name}`);
        }
        if (out.length === 16) names = new Set(out.map((l) => l.name).concat(name));
      } else {
        if (names.has(name)) this.fail('OM_INVALID_LABELS', ns, `duplicate label name ${name}`);
        names.add(name);
      }
      out.push({ name, value });
      if (prom) p = this.skipBlank(p, e);
      const c = buf[p];
      if (c === COMMA) {
        p++;
        if (prom) {
          p = this.skipBlank(p, e);
          if (buf[p] === RBRACE) {
            p++;
            break;
          }
        }
        continue;
      }
      if (c === RBRACE) {
        p++;
        break;
      }
      this.unexpected(p, "',' or '}'");
    }
    this.labelsOut = out;
    return p;
  }

  /** HELP text: everything up to the end of the line, unescaped. */
  private decodeText(s: number, e: number, om: boolean): string {
    const buf = this.buf;
    let esc = false;
    let hi = false;
    for (let p = s; p < e; p++) {
      const c = buf[p]!;
      if (c === BSLASH) esc = true;
      else if (c >= 0x80) hi = true;
    }
    return this.decodeString(s, e, esc, hi, om);
  }

  /**
   * Unescapes `\\`, `\n` and `\"` (other escapes are kept verbatim, as the reference parser does;
   * a trailing lone backslash is kept too) and decodes as strict UTF-8.
   */
  private decodeString(s: number, e: number, esc: boolean, hi: boolean, quoteEscape: boolean): string {
    let src: Uint8Array = this.buf;
    let a = s;
    let b = e;
    if (esc) {
      if (this.scratch.length < e - s) this.scratch = new Uint8Array(Math.max(2 * (e - s), 256));
      const out = this.scratch;
      let n = 0;
      for (let p = s; p < e; p++) {
        const c = src[p]!;
        if (c === BSLASH && p + 1 < e) {
          const d = src[p + 1]!;
          p++;
          if (d === 110) out[n++] = LF;
          else if (d === BSLASH) out[n++] = BSLASH;
          else if (d === QUOTE && quoteEscape) out[n++] = QUOTE;
          else {
            out[n++] = BSLASH;
            out[n++] = d;
          }
        } else {
          out[n++] = c;
        }
      }
      src = out;
      a = 0;
      b = n;
    }
    if (!hi) return decodeAscii(src, a, b);
    try {
      return decodeUtf8(src, a, b);
    } catch (cause) {
      throw new ParseError(
        'OM_INVALID_UTF8',
        'invalid UTF-8 in string',
        { line: this.line, column: s - this.lineStart + 1, expected: 'valid UTF-8' },
        { cause },
      );
    }
  }

  /**
   * Parses a number token [s, e). With `special`, the `number` rule (realnumber, inf, infinity,
   * nan, case-insensitive); without, a timestamp (realnumber only). Decimal inputs of up to 15
   * significant digits with a power of ten up to 22 are converted exactly by one multiplication or
   * division (Clinger's fast path); everything else goes through `Number`.
   */
  private parseNumber(s: number, e: number, special: boolean): number {
    const buf = this.buf;
    if (s >= e) this.unexpected(s, special ? 'number' : 'timestamp');
    let p = s;
    let c = buf[p]!;
    let neg = false;
    if (c === 45 || c === 43) {
      neg = c === 45;
      p++;
      c = buf[p] ?? 0;
    }
    if ((c >= 48 && c <= 57) || c === 46) {
      // Digits are accumulated blindly; with at most 15 of them the mantissa is exact.
      let m = 0;
      const ds = p;
      while (p < e) {
        const d = buf[p]! - 48;
        if (d < 0 || d > 9) break;
        m = m * 10 + d;
        p++;
      }
      let digits = p - ds;
      let exp = 0;
      if (p < e && buf[p] === 46) {
        p++;
        const fs = p;
        while (p < e) {
          const d = buf[p]! - 48;
          if (d < 0 || d > 9) break;
          m = m * 10 + d;
          p++;
        }
        exp = fs - p;
        digits += p - fs;
      }
      if (digits === 0) this.fail('OM_INVALID_NUMBER', s, `invalid number '${decodeAscii(buf, s, e)}'`);
      const slow = digits > 15;
      if (p < e && (buf[p]! | 32) === 101) {
        p++;
        let eneg = false;
        if (buf[p] === 45 || buf[p] === 43) {
          eneg = buf[p] === 45;
          p++;
        }
        let ev = 0;
        const es = p;
        while (p < e) {
          const d = buf[p]! - 48;
          if (d < 0 || d > 9) break;
          if (ev < 100000) ev = ev * 10 + d;
          p++;
        }
        if (p === es) this.fail('OM_INVALID_NUMBER', s, `invalid number '${decodeAscii(buf, s, e)}'`);
        exp += eneg ? -ev : ev;
      }
      if (p !== e) this.fail('OM_INVALID_NUMBER', s, `invalid number '${decodeAscii(buf, s, e)}'`);
      let v: number;
      if (slow) v = Math.abs(Number(decodeAscii(buf, s, e)));
      else if (m === 0) v = 0;
      else if (exp === 0) v = m;
      else if (exp > 0 && exp <= 22) v = m * POW10[exp]!;
      else if (exp < 0 && exp >= -22) v = m / POW10[-exp]!;
      else v = Math.abs(Number(decodeAscii(buf, s, e)));
      if (!special && !Number.isFinite(v)) this.fail('OM_INVALID_NUMBER', s, 'timestamp out of range');
      return neg ? -v : v;
    }
    if (special) {
      const n = e - p;
      if (n === 3 || n === 8) {
        const w = decodeAscii(buf, p, e).toLowerCase();
        if (w === 'inf' || w === 'infinity') return neg ? -Infinity : Infinity;
        if (w === 'nan' && (p === s || this.prom)) return Number.NaN;
      }
    }
    this.fail(
      'OM_INVALID_NUMBER',
      s,
      `invalid ${special ? 'number' : 'timestamp'} '${decodeAscii(buf, s, e)}'`,
      special ? 'a decimal number, +Inf, -Inf or NaN' : 'a decimal number',
    );
  }
}

/**
 * Appends a sample to its family's model. A direct call rather than a sink object: with both `parse`
 * and `parseSamples` in one process the sink call would be polymorphic and not inlined, and every
 * value and timestamp would be boxed on the way. Object literals of fixed shapes: adding properties
 * afterwards would cost a map transition per sample.
 */
function addSample(
  family: MetricFamily,
  name: string,
  labels: LabelPair[],
  value: number,
  timestamp: number | undefined,
  exemplar: Exemplar | undefined,
): void {
  let s: MetricSample;
  if (exemplar !== undefined) {
    s =
      timestamp === undefined
        ? { name, labels, value, exemplar }
        : { name, labels, value, timestamp, exemplar };
  } else s = timestamp === undefined ? { name, labels, value } : { name, labels, value, timestamp };
  family.samples.push(s);
}

function indexOfLf(buf: Uint8Array, from: number, len: number): number {
  // Uint8Array#indexOf is native and vectorised in V8.
  const i = buf.indexOf(LF, from);
  return i < len ? i : -1;
}

/**
 * Compares two ranges of one buffer, eight bytes at a time as doubles while they compare equal, then
 * four bytes at a time as integers. Double equality is not byte equality in two cases, NaN (never
 * equal: falls through to the integer loop) and +0/-0 (equal with different bytes: a zero also falls
 * through), so the integer loop settles every word the double loop did not prove equal.
 */
function sameBytes(dv: DataView, buf: Uint8Array, a: number, b: number, n: number): boolean {
  if (b < 0) return false;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const x = dv.getFloat64(a + i, true);
    if (x !== dv.getFloat64(b + i, true) || x === 0) break;
  }
  for (; i + 4 <= n; i += 4) if (dv.getInt32(a + i, true) !== dv.getInt32(b + i, true)) return false;
  for (; i < n; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}

function matchSuffix(family: string, name: string, allowed: readonly number[]): number {
  if (!name.startsWith(family)) return -1;
  const rest = name.length === family.length ? '' : name.slice(family.length);
  for (const s of allowed) if (SUFFIX_NAMES[s] === rest) return s;
  return -1;
}

function findLabel(labels: LabelPair[], name: string): string | undefined {
  for (let i = 0; i < labels.length; i++) if (labels[i]!.name === name) return labels[i]!.value;
  return undefined;
}

/** `le`/`quantile` values that are infinite or NaN must be spelled exactly +Inf, -Inf or NaN. */
function canonicalSpecial(text: string, v: number): boolean {
  if (Number.isFinite(v)) return true;
  return text === '+Inf' || text === '-Inf' || text === 'NaN';
}

/**
 * A canonical identity of a label set minus one label: sorted by name, length-prefixed values.
 * Runs once per new label block; the usual handful of labels is insertion-sorted by index.
 */
function groupKey(labels: LabelPair[], without: string): string {
  const n = labels.length;
  const order = n <= ORDER_SCRATCH.length ? ORDER_SCRATCH : new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const name = labels[i]!.name;
    let j = i;
    while (j > 0 && labels[order[j - 1]!]!.name > name) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  // join() yields a flat string, which the Set hashes and compares without flattening a rope first.
  const parts = KEY_PARTS;
  parts.length = 0;
  for (let i = 0; i < n; i++) {
    const l = labels[order[i]!]!;
    if (l.name === without) continue;
    parts.push(`${l.name}=${l.value.length}:${l.value},`);
  }
  return parts.join('');
}
const ORDER_SCRATCH = new Int32Array(64);
const KEY_PARTS: string[] = [];

function formatLabels(labels: LabelPair[]): string {
  if (labels.length === 0) return '';
  return `{${labels.map((l) => `${l.name}=${JSON.stringify(l.value)}`).join(',')}}`;
}

function promOwns(f: MetricFamily, name: string): boolean {
  if (name === f.name) return true;
  if (f.type !== 'histogram' && f.type !== 'summary') return false;
  const n = f.name.length;
  if (name.length <= n || name.charCodeAt(n) !== 95 || !name.startsWith(f.name)) return false;
  const rest = name.slice(n);
  if (f.type === 'histogram') return rest === '_bucket' || rest === '_sum' || rest === '_count';
  if (f.type === 'summary') return rest === '_sum' || rest === '_count';
  return false;
}

function promBase(name: string): string {
  for (const suf of ['_bucket', '_count', '_sum']) {
    if (name.endsWith(suf)) return name.slice(0, -suf.length);
  }
  return '';
}
