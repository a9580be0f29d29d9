import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// packages/edge/.arm64-test/entry.ts
import { after as after4 } from "node:test";

// packages/edge/src/agent.test.ts
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
import { after, before, describe, it } from "node:test";

// packages/openmetrics/src/check.ts
import { readFile } from "node:fs/promises";

// packages/openmetrics/src/errors.ts
var ParseError = class extends Error {
  code;
  /** 1-based line number. */
  line;
  /** 1-based byte column within the line. */
  column;
  /** What the parser would have accepted at that place, e.g. `"label name"`; empty if n/a. */
  expected;
  /** The reason without the `line:col: ` prefix. */
  reason;
  constructor(code, reason, position, options = {}) {
    super(
      `${position.line}:${position.column}: ${reason}`,
      options.cause === void 0 ? void 0 : { cause: options.cause }
    );
    this.name = "ParseError";
    this.code = code;
    this.line = position.line;
    this.column = position.column;
    this.expected = position.expected ?? "";
    this.reason = reason;
  }
};

// packages/openmetrics/src/bytes.ts
var CLS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const alpha = c >= 65 && c <= 90 || c >= 97 && c <= 122;
  const digit = c >= 48 && c <= 57;
  let bits = 0;
  if (alpha || c === 95 || c === 58) bits |= 1 | 2;
  if (digit) bits |= 2;
  if (alpha || c === 95) bits |= 4 | 8;
  if (digit) bits |= 8;
  CLS[c] = bits;
}
var NAME_START = 1;
var NAME_CHAR = 2;
var LABEL_START = 4;
var LABEL_CHAR = 8;
var POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes, start, end) {
  return utf8.decode(bytes.subarray(start, end));
}
function decodeAscii(bytes, start, end) {
  const n = end - start;
  if (n <= 0) return "";
  if (n === 1) return String.fromCharCode(bytes[start]);
  if (Buffer.isBuffer(bytes)) return bytes.toString("latin1", start, end);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, n).toString("latin1");
}
function codePointLength(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319) n--;
  }
  return n;
}
function parseNumberText(s) {
  const n = s.length;
  if (n === 0) return void 0;
  let i = 0;
  const c0 = s.charCodeAt(0);
  if (c0 === 43 || c0 === 45) i = 1;
  const rest = s.slice(i).toLowerCase();
  if (rest === "inf" || rest === "infinity") return c0 === 45 ? -Infinity : Infinity;
  if (rest === "nan") return i === 0 ? Number.NaN : void 0;
  let digits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < n && s.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return void 0;
  if (i < n && (s.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < n && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) i++;
    let ed = 0;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      ed++;
    }
    if (ed === 0) return void 0;
  }
  if (i !== n) return void 0;
  return Number(s);
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}

// packages/openmetrics/src/parser.ts
var LF = 10;
var SP = 32;
var TAB = 9;
var HASH = 35;
var QUOTE = 34;
var BSLASH = 92;
var LBRACE = 123;
var RBRACE = 125;
var COMMA = 44;
var EQ = 61;
var S_NONE = 0;
var S_TOTAL = 1;
var S_CREATED = 2;
var S_COUNT = 3;
var S_SUM = 4;
var S_BUCKET = 5;
var S_GCOUNT = 6;
var S_GSUM = 7;
var S_INFO = 8;
var SUFFIX_NAMES = ["", "_total", "_created", "_count", "_sum", "_bucket", "_gcount", "_gsum", "_info"];
var OM_SUFFIXES = {
  counter: [S_TOTAL, S_CREATED],
  summary: [S_NONE, S_COUNT, S_SUM, S_CREATED],
  histogram: [S_COUNT, S_SUM, S_BUCKET, S_CREATED],
  gaugehistogram: [S_GCOUNT, S_GSUM, S_BUCKET],
  info: [S_INFO],
  gauge: [S_NONE],
  stateset: [S_NONE],
  unknown: [S_NONE]
};
var OM_TYPES = /* @__PURE__ */ new Set([
  "counter",
  "gauge",
  "histogram",
  "gaugehistogram",
  "summary",
  "info",
  "stateset",
  "unknown"
]);
var PROM_TYPES = {
  counter: "counter",
  gauge: "gauge",
  histogram: "histogram",
  summary: "summary",
  untyped: "unknown"
};
var INTERN_SLOTS = 4096;
var INTERN_MAX = 64;
var EMPTY_LABELS = Object.freeze([]);
var TextParser = class {
  buf;
  len;
  prom;
  sink;
  families = [];
  /** Number of sample lines accepted. */
  samples = 0;
  line = 1;
  lineStart = 0;
  // Reuse of the previous line's series (name and label block): consecutive points of one series
  // have byte-identical prefixes, so one word-wise comparison replaces scanning and decoding.
  prevLineStart = -1;
  prevSeriesLen = 0;
  prevHasBlock = false;
  prevNameLen = 0;
  prevName = "";
  prevLabels = EMPTY_LABELS;
  prevSerial = 0;
  lblSerial = 0;
  // Output of readSeries.
  sName = "";
  sLabels = EMPTY_LABELS;
  sSerial = 0;
  keySerial = -1;
  keyMode = -1;
  keyValue = "";
  // Result of the last parseLabels call.
  labelsOut = EMPTY_LABELS;
  // OpenMetrics family state.
  cur = null;
  seenNames = /* @__PURE__ */ new Set();
  curNameCache = "";
  curSuffixCache = -1;
  // Prometheus family state.
  promFamilies = /* @__PURE__ */ new Map();
  promCur = null;
  /** Last sample name resolved to promCur (names are interned, so this compares pointers). */
  promCurName = "";
  scratch = new Uint8Array(256);
  // Intern cache for short ASCII strings (metric names, label names and values) keyed by a hash of
  // their length and a few bytes, verified against the bytes of the first occurrence in the input.
  icMask;
  icStart;
  icLen;
  icStr;
  dv;
  constructor(input, format, sink) {
    const buf2 = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    this.buf = buf2;
    this.dv = new DataView(buf2.buffer, buf2.byteOffset, buf2.byteLength);
    this.len = buf2.length;
    const slots = buf2.length < 1 << 16 ? INTERN_SLOTS >> 4 : INTERN_SLOTS;
    this.icMask = slots - 1;
    this.icStart = new Int32Array(slots).fill(-1);
    this.icLen = new Int32Array(slots);
    this.icStr = new Array(slots).fill("");
    this.prom = format === "prometheus";
    this.sink = sink;
  }
  run() {
    if (this.prom) this.runProm();
    else this.runOm();
  }
  // ---------------------------------------------------------------------------------------------
  // Errors
  fail(code, pos, reason, expected) {
    const column = Math.max(1, pos - this.lineStart + 1);
    throw new ParseError(
      code,
      expected === void 0 ? reason : `${reason}: expected ${expected}`,
      expected === void 0 ? { line: this.line, column } : { line: this.line, column, expected }
    );
  }
  unexpected(pos, expected) {
    const c = this.buf[pos];
    const what = pos >= this.len || c === LF ? "end of line" : c !== void 0 && c >= 33 && c < 127 ? `'${String.fromCharCode(c)}'` : `byte 0x${(c ?? 0).toString(16).padStart(2, "0")}`;
    this.fail("OM_UNEXPECTED_TOKEN", pos, `unexpected ${what}`, expected);
  }
  // ---------------------------------------------------------------------------------------------
  // OpenMetrics 1.0
  runOm() {
    const buf2 = this.buf;
    const len = this.len;
    let pos = 0;
    let eof = false;
    while (pos < len) {
      let eol = indexOfLf(buf2, pos, len);
      if (eol < 0) eol = len;
      this.lineStart = pos;
      if (eof) this.fail("OM_TEXT_AFTER_EOF", pos, "text after # EOF", "end of input");
      if (eol === pos) this.fail("OM_UNEXPECTED_TOKEN", pos, "blank line", "a sample, metadata or # EOF");
      if (buf2[pos] === HASH) {
        if (eol - pos === 5 && buf2[pos + 1] === SP && buf2[pos + 2] === 69 && buf2[pos + 3] === 79 && buf2[pos + 4] === 70) {
          eof = true;
        } else {
          this.omMetadata(pos, eol);
        }
      } else {
        if (eol === len)
          this.fail("OM_MISSING_EOF", eol, "sample line without newline at end of input", "'\\n' and # EOF");
        this.omSample(pos, eol);
      }
      pos = eol + 1;
      if (pos <= len) this.line++;
    }
    if (this.cur !== null) this.finishFamily(this.cur);
    if (!eof) {
      this.lineStart = len;
      this.fail("OM_MISSING_EOF", len, "missing # EOF at end of input", "# EOF");
    }
  }
  omMetadata(s, e) {
    const buf2 = this.buf;
    if (buf2[s + 1] !== SP)
      this.unexpected(s + 1, "' ' after '#' (only HELP, TYPE, UNIT and EOF lines may start with #)");
    const k = s + 2;
    let kind = 0;
    if (e - k >= 5 && buf2[k + 4] === SP) {
      const a = buf2[k];
      const b = buf2[k + 1];
      const c = buf2[k + 2];
      const d = buf2[k + 3];
      if (a === 72 && b === 69 && c === 76 && d === 80) kind = 1;
      else if (a === 84 && b === 89 && c === 80 && d === 69) kind = 2;
      else if (a === 85 && b === 78 && c === 73 && d === 84) kind = 3;
    }
    if (kind === 0) this.unexpected(k, "'HELP ', 'TYPE ', 'UNIT ' or 'EOF'");
    const ns = k + 5;
    let p = ns;
    if (p >= e || (CLS[buf2[p]] & NAME_START) === 0) this.unexpected(p, "metric name");
    p++;
    while (p < e && (CLS[buf2[p]] & NAME_CHAR) !== 0) p++;
    const nameEnd = p;
    if (p >= e || buf2[p] !== SP) this.unexpected(p, "' ' after the metric name");
    p++;
    const name = decodeAscii(buf2, ns, nameEnd);
    let st = this.cur;
    if (st === null || st.family.name !== name) {
      if (st !== null) this.finishFamily(st);
      st = this.startFamily(name, "unknown");
    } else if (st.sampleCount > 0) {
      this.fail(
        "OM_INVALID_METADATA",
        s,
        `metadata for ${name} after its samples`,
        "a sample or metadata of a new family"
      );
    }
    const fam = st.family;
    if (kind === 1) {
      if (st.seenHelp) this.fail("OM_INVALID_METADATA", s, `second HELP line for ${name}`);
      st.seenHelp = true;
      const help = this.decodeText(p, e, true);
      if (help.length > 0) fam.help = help;
    } else if (kind === 2) {
      if (st.seenType) this.fail("OM_INVALID_METADATA", s, `second TYPE line for ${name}`);
      st.seenType = true;
      const t = decodeAscii(buf2, p, e);
      if (!OM_TYPES.has(t)) {
        this.fail(
          "OM_UNEXPECTED_TOKEN",
          p,
          `invalid type '${t}'`,
          "counter, gauge, histogram, gaugehistogram, summary, info, stateset or unknown"
        );
      }
      fam.type = t;
      st.allowed = OM_SUFFIXES[fam.type];
    } else {
      if (st.seenUnit) this.fail("OM_INVALID_METADATA", s, `second UNIT line for ${name}`);
      st.seenUnit = true;
      let q = p;
      while (q < e && (CLS[buf2[q]] & NAME_CHAR) !== 0) q++;
      if (q !== e) this.unexpected(q, "unit characters [a-zA-Z0-9_:] up to the end of the line");
      if (q > p) fam.unit = decodeAscii(buf2, p, e);
    }
  }
  startFamily(name, type) {
    const family = { name, type, samples: [] };
    this.families.push(family);
    const st = {
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
      seenGroups: /* @__PURE__ */ new Set(),
      hGroup: null,
      hTs: 0,
      hHasTs: false,
      hCount: void 0,
      hBucket: void 0,
      hValue: 0,
      hNegBuckets: false,
      hSum: false,
      hGsum: false,
      hNegGsum: false
    };
    this.cur = st;
    this.curNameCache = "";
    this.curSuffixCache = -1;
    return st;
  }
  /** The reference parser's build_metric checks, run when a family ends. */
  finishFamily(st) {
    const fam = st.family;
    const pos = this.lineStart;
    const names = this.seenNames;
    const suffixes = st.allowed.includes(S_NONE) ? st.allowed : [S_NONE, ...st.allowed];
    for (const s of suffixes) {
      const full = fam.name + SUFFIX_NAMES[s];
      if (names.has(full)) {
        this.fail(
          "OM_CLASHING_NAME",
          pos,
          `family ${fam.name} (from line ${st.firstLine}) clashes with an earlier family on sample name ${full}; families must not be interleaved`
        );
      }
      names.add(full);
    }
    if (fam.unit !== void 0) {
      if (!fam.name.endsWith(`_${fam.unit}`)) {
        this.fail("OM_INVALID_METADATA", pos, `unit ${fam.unit} is not a suffix of family name ${fam.name}`);
      }
      if (fam.type === "info" || fam.type === "stateset") {
        this.fail("OM_INVALID_METADATA", pos, `${fam.type} family ${fam.name} must not have a unit`);
      }
    }
    if ((fam.type === "histogram" || fam.type === "gaugehistogram") && st.hGroup !== null) {
      this.histogramPointDone(st, pos);
    }
  }
  omSample(s, e) {
    const buf2 = this.buf;
    let p = this.readSeries(s, e);
    const name = this.sName;
    const labels2 = this.sLabels;
    const lblSerial = this.sSerial;
    if (buf2[p] !== SP) this.unexpected(p, labels2.length === 0 && lblSerial === 0 ? "'{' or ' '" : "' '");
    p++;
    let q = p;
    while (q < e && buf2[q] !== SP) q++;
    const value = this.parseNumber(p, q, true);
    let ts;
    let exemplar;
    if (q < e) {
      p = q + 1;
      if (buf2[p] === HASH) {
        exemplar = this.parseExemplar(p, e);
      } else {
        q = p;
        while (q < e && buf2[q] !== SP) q++;
        ts = this.parseNumber(p, q, false);
        if (q < e) {
          p = q + 1;
          if (buf2[p] !== HASH) this.unexpected(p, "'#' starting an exemplar, or end of line");
          exemplar = this.parseExemplar(p, e);
        }
      }
    }
    this.omAccept(s, name, labels2, lblSerial, value, ts, exemplar);
  }
  parseExemplar(p, e) {
    const buf2 = this.buf;
    const at = p;
    if (buf2[p + 1] !== SP) this.unexpected(p + 1, "' ' after '#'");
    p += 2;
    if (buf2[p] !== LBRACE) this.unexpected(p, "'{' starting the exemplar labels");
    p = this.parseLabels(p, e);
    const labels2 = this.labelsOut === EMPTY_LABELS ? [] : this.labelsOut;
    if (buf2[p] !== SP) this.unexpected(p, "' ' before the exemplar value");
    p++;
    let q = p;
    while (q < e && buf2[q] !== SP) q++;
    const value = this.parseNumber(p, q, true);
    let cp = 0;
    for (const l of labels2) cp += codePointLength(l.name) + codePointLength(l.value);
    if (cp > 128) {
      this.fail("OM_INVALID_EXEMPLAR", at, `exemplar labels are ${cp} code points long, more than 128`);
    }
    const ex = { labels: labels2, value };
    if (q < e) {
      p = q + 1;
      q = p;
      while (q < e && buf2[q] !== SP) q++;
      if (q < e) this.unexpected(q, "end of line after the exemplar timestamp");
      ex.timestamp = this.parseNumber(p, q, false);
    }
    return ex;
  }
  /** Resolves the sample's family and suffix, then applies the OpenMetrics semantic checks. */
  omAccept(s, name, labels2, lblSerial, value, ts, exemplar) {
    let st = this.cur;
    let suffix;
    if (st !== null && name === this.curNameCache) {
      suffix = this.curSuffixCache;
    } else {
      suffix = st === null ? -1 : matchSuffix(st.family.name, name, st.allowed);
      if (suffix < 0 || st === null) {
        if (st !== null) this.finishFamily(st);
        st = this.startFamily(name, "unknown");
        suffix = S_NONE;
      }
      this.curNameCache = name;
      this.curSuffixCache = suffix;
    }
    const fam = st.family;
    const type = fam.type;
    let leBound = 0;
    let mode = 0;
    if (type === "counter" || type === "gauge" || type === "unknown") {
      mode = 0;
    } else if (type === "histogram" || type === "gaugehistogram") {
      if (suffix === S_BUCKET) {
        mode = 1;
        const le = findLabel(labels2, "le");
        const bound = le === void 0 ? void 0 : parseNumberText(le);
        if (bound === void 0 || Number.isNaN(bound) || !canonicalSpecial(le, bound)) {
          this.fail(
            "OM_INVALID_LABELS",
            s,
            `bucket needs a numeric le label other than NaN (got ${le === void 0 ? "none" : `"${le}"`})`
          );
        }
        if (!Number.isInteger(value))
          this.fail("OM_INVALID_VALUE", s, `bucket value ${value} is not an integer`);
        leBound = bound;
      } else if (findLabel(labels2, "le") !== void 0) {
        this.fail("OM_INVALID_LABELS", s, `only _bucket samples may have an le label, not ${name}`);
      }
    } else if (type === "summary") {
      if (suffix === S_NONE) {
        mode = 2;
        const qs = findLabel(labels2, "quantile");
        const qv = qs === void 0 ? void 0 : parseNumberText(qs);
        if (qv === void 0 || !(qv >= 0 && qv <= 1) || !canonicalSpecial(qs, qv)) {
          this.fail(
            "OM_INVALID_LABELS",
            s,
            `summary quantile sample needs a quantile label between 0 and 1 (got ${qs === void 0 ? "none" : `"${qs}"`})`
          );
        }
        if (value < 0) this.fail("OM_INVALID_VALUE", s, `quantile value ${value} is negative`);
      } else if (findLabel(labels2, "quantile") !== void 0) {
        this.fail("OM_INVALID_LABELS", s, `only quantile samples may have a quantile label, not ${name}`);
      }
    } else if (type === "stateset") {
      mode = 3;
      if (findLabel(labels2, fam.name) === void 0) {
        this.fail("OM_INVALID_LABELS", s, `stateset sample needs a label named ${fam.name}`);
      }
      if (value !== 0 && value !== 1)
        this.fail("OM_INVALID_VALUE", s, `stateset value must be 0 or 1, got ${value}`);
    } else if (type === "info") {
      mode = 4;
      if (value !== 1) this.fail("OM_INVALID_VALUE", s, `info value must be 1, got ${value}`);
    }
    if ((suffix === S_COUNT || suffix === S_GCOUNT) && !Number.isInteger(value)) {
      this.fail("OM_INVALID_VALUE", s, `count value ${value} is not an integer`);
    }
    if (suffix === S_TOTAL || suffix === S_SUM || suffix === S_COUNT || suffix === S_BUCKET || suffix === S_GCOUNT || suffix === S_GSUM) {
      if (Number.isNaN(value))
        this.fail("OM_INVALID_VALUE", s, `${name} is counter-like and must not be NaN`);
      if (value < 0 && suffix !== S_GSUM)
        this.fail("OM_INVALID_VALUE", s, `${name} is counter-like and must not be negative`);
    }
    if (exemplar !== void 0) {
      const ok = (type === "histogram" || type === "gaugehistogram") && suffix === S_BUCKET || type === "counter" && suffix === S_TOTAL;
      if (!ok)
        this.fail(
          "OM_INVALID_EXEMPLAR",
          s,
          `exemplars are only allowed on counter _total and histogram _bucket samples, not on ${name}`
        );
    }
    let key;
    if (mode === 4) key = "";
    else if (lblSerial === 0) key = "";
    else if (lblSerial === this.keySerial && mode === this.keyMode) key = this.keyValue;
    else {
      key = groupKey(labels2, mode === 1 ? "le" : mode === 2 ? "quantile" : mode === 3 ? fam.name : "");
      this.keySerial = lblSerial;
      this.keyMode = mode;
      this.keyValue = key;
    }
    const g = st.group;
    if (g !== null && key === g) {
      if (ts !== void 0 !== st.groupHasTs) {
        this.fail("OM_TIMESTAMP_ORDER", s, "timestamps must be on all or none of the samples of a metric");
      }
      if (ts !== void 0 && st.groupTs > ts && type !== "info") {
        this.fail("OM_TIMESTAMP_ORDER", s, `timestamp ${ts} goes backwards (previous ${st.groupTs})`);
      }
    } else {
      if (g !== null && st.seenGroups.has(key)) {
        this.fail(
          "OM_INTERLEAVED",
          s,
          `metric ${name}${formatLabels(labels2)} is interleaved with another metric of the family`
        );
      }
      st.seenGroups.add(key);
      st.group = key;
    }
    if (ts !== void 0) {
      st.groupTs = ts;
      st.groupHasTs = true;
    } else st.groupHasTs = false;
    if (type === "histogram" || type === "gaugehistogram")
      this.histogramSample(st, s, suffix, leBound, key, value, ts);
    st.sampleCount++;
    this.samples++;
    this.sink.sample(fam, name, labels2, value, ts, exemplar);
  }
  histogramSample(st, s, suffix, leBound, key, value, ts) {
    if (key !== st.hGroup || ts !== void 0 !== st.hHasTs || ts !== void 0 && ts !== st.hTs) {
      if (st.hGroup !== null) this.histogramPointDone(st, s);
      st.hCount = void 0;
      st.hBucket = void 0;
      st.hNegBuckets = false;
      st.hSum = false;
      st.hGsum = false;
      st.hNegGsum = false;
      st.hValue = 0;
    }
    st.hGroup = key;
    if (ts !== void 0) {
      st.hTs = ts;
      st.hHasTs = true;
    } else st.hHasTs = false;
    if (suffix === S_BUCKET) {
      const b = leBound;
      if (b < 0) st.hNegBuckets = true;
      if (st.hBucket !== void 0 && b <= st.hBucket) {
        this.fail("OM_INVALID_HISTOGRAM", s, "buckets must be sorted by increasing le");
      }
      if (value < st.hValue)
        this.fail("OM_INVALID_HISTOGRAM", s, "bucket values must be cumulative (non-decreasing)");
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
  histogramPointDone(st, pos) {
    const n = st.family.name;
    const bad = (why) => this.fail("OM_INVALID_HISTOGRAM", pos, `histogram ${n}: ${why}`);
    if (st.hBucket !== Infinity) bad("the +Inf bucket is missing");
    if (st.hCount !== void 0 && st.hValue !== st.hCount) bad("_count does not match the +Inf bucket");
    if (st.hSum && st.hCount === void 0) bad("_count must be present when _sum is");
    if (st.hGsum && st.hCount === void 0) bad("_gcount must be present when _gsum is");
    if (!(st.hSum || st.hGsum) && st.hCount !== void 0) bad("_sum/_gsum must be present when _count is");
    if (st.hNegBuckets && st.hSum) bad("_sum is not allowed with negative buckets");
    if (!st.hNegBuckets && st.hNegGsum) bad("_gsum must not be negative without negative buckets");
  }
  // ---------------------------------------------------------------------------------------------
  // Prometheus text format 0.0.4
  runProm() {
    const buf2 = this.buf;
    const len = this.len;
    let pos = 0;
    while (pos < len) {
      let eol = indexOfLf(buf2, pos, len);
      if (eol < 0) eol = len;
      this.lineStart = pos;
      let p = pos;
      while (p < eol && (buf2[p] === SP || buf2[p] === TAB)) p++;
      if (p < eol) {
        if (buf2[p] === HASH) this.promComment(p, eol);
        else this.promSample(p, eol);
      }
      pos = eol + 1;
      this.line++;
    }
  }
  skipBlank(p, e) {
    const buf2 = this.buf;
    while (p < e && (buf2[p] === SP || buf2[p] === TAB)) p++;
    return p;
  }
  promComment(s, e) {
    const buf2 = this.buf;
    let p = this.skipBlank(s + 1, e);
    const k = p;
    while (p < e && buf2[p] !== SP && buf2[p] !== TAB) p++;
    let isHelp = false;
    if (p - k === 4 && buf2[k] === 72 && buf2[k + 1] === 69 && buf2[k + 2] === 76 && buf2[k + 3] === 80)
      isHelp = true;
    else if (!(p - k === 4 && buf2[k] === 84 && buf2[k + 1] === 89 && buf2[k + 2] === 80 && buf2[k + 3] === 69)) {
      return;
    }
    p = this.skipBlank(p, e);
    const ns = p;
    if (p >= e || (CLS[buf2[p]] & NAME_START) === 0) this.unexpected(p, "metric name");
    p++;
    while (p < e && (CLS[buf2[p]] & NAME_CHAR) !== 0) p++;
    const name = this.intern(ns, p);
    if (p < e && buf2[p] !== SP && buf2[p] !== TAB) this.unexpected(p, "whitespace after the metric name");
    p = this.skipBlank(p, e);
    let pf = this.promFamilies.get(name);
    if (pf === void 0) {
      pf = {
        family: { name, type: "unknown", samples: [] },
        seenHelp: false,
        seenType: false,
        sampleCount: 0
      };
      this.promFamilies.set(name, pf);
      this.families.push(pf.family);
    }
    if (isHelp) {
      if (pf.seenHelp) this.fail("OM_INVALID_METADATA", s, `second HELP line for ${name}`);
      pf.seenHelp = true;
      const help = this.decodeText(p, e, false);
      if (help.length > 0) pf.family.help = help;
    } else {
      if (pf.seenType) this.fail("OM_INVALID_METADATA", s, `second TYPE line for ${name}`);
      if (pf.sampleCount > 0) this.fail("OM_INVALID_METADATA", s, `TYPE line for ${name} after its samples`);
      pf.seenType = true;
      const ts = p;
      while (p < e && buf2[p] !== SP && buf2[p] !== TAB) p++;
      const t = PROM_TYPES[decodeAscii(buf2, ts, p)];
      if (t === void 0) this.unexpected(ts, "counter, gauge, histogram, summary or untyped");
      if (this.skipBlank(p, e) !== e) this.unexpected(p, "end of line after the type");
      pf.family.type = t;
    }
  }
  promSample(s, e) {
    const buf2 = this.buf;
    let p = this.readSeries(s, e);
    const name = this.sName;
    const labels2 = this.sLabels;
    const hasBlock = this.prevHasBlock;
    const nameEnd = s + this.prevNameLen;
    const vs = this.skipBlank(p, e);
    if (hasBlock ? vs === p : vs === nameEnd) this.unexpected(vs, "whitespace before the value");
    p = vs;
    let q = p;
    while (q < e && buf2[q] !== SP && buf2[q] !== TAB) q++;
    const value = this.parseNumber(p, q, true);
    p = this.skipBlank(q, e);
    let ts;
    if (p < e) {
      q = p;
      while (q < e && buf2[q] !== SP && buf2[q] !== TAB) q++;
      ts = this.parseMillis(p, q);
      if (this.skipBlank(q, e) !== e) this.unexpected(q, "end of line after the timestamp");
    }
    let pf = this.promCur;
    if (pf === null || name !== this.promCurName && !promOwns(pf.family, name)) {
      pf = this.promFamilies.get(name) ?? null;
      if (pf === null) {
        const base = promBase(name);
        const owner = base === "" ? void 0 : this.promFamilies.get(base);
        if (owner !== void 0 && promOwns(owner.family, name)) pf = owner;
      }
      if (pf === null) {
        pf = {
          family: { name, type: "unknown", samples: [] },
          seenHelp: false,
          seenType: false,
          sampleCount: 0
        };
        this.promFamilies.set(name, pf);
        this.families.push(pf.family);
      }
      this.promCur = pf;
    }
    this.promCurName = name;
    pf.sampleCount++;
    const fam = pf.family;
    if (fam.type === "histogram" && name.endsWith("_bucket") && findLabel(labels2, "le") === void 0) {
      this.fail("OM_INVALID_LABELS", s, `histogram bucket ${name} needs an le label`);
    }
    if (fam.type === "summary" && name === fam.name && findLabel(labels2, "quantile") === void 0) {
      this.fail("OM_INVALID_LABELS", s, `summary sample ${name} needs a quantile label`);
    }
    this.samples++;
    this.sink.sample(fam, name, labels2, value, ts, void 0);
  }
  /** Decodes ASCII bytes [a, b) of the input, returning the same string object for repeated byte strings. */
  intern(a, b) {
    const n = b - a;
    if (n <= 0) return "";
    const buf2 = this.buf;
    if (n > INTERN_MAX) return decodeAscii(buf2, a, b);
    const h = n * 31 + buf2[a] * 7 + buf2[b - 1] * 131 + buf2[a + (n >> 1)] * 17 + buf2[b - (n > 1 ? 2 : 1)] * 3 & this.icMask;
    const start = this.icStart[h];
    if (start >= 0 && this.icLen[h] === n && sameBytes(this.dv, buf2, a, start, n)) return this.icStr[h];
    const str = decodeAscii(buf2, a, b);
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
  readSeries(s, e) {
    const buf2 = this.buf;
    const pl = this.prevSeriesLen;
    if (pl > 0 && s + pl < e) {
      const after5 = buf2[s + pl];
      if ((this.prom ? this.prevHasBlock && (after5 === SP || after5 === TAB) : after5 === SP) && sameBytes(this.dv, buf2, s, this.prevLineStart, pl)) {
        this.prevLineStart = s;
        this.sName = this.prevName;
        this.sLabels = this.prevLabels;
        this.sSerial = this.prevSerial;
        return s + pl;
      }
    }
    let p = s;
    if ((CLS[buf2[p]] & NAME_START) === 0)
      this.unexpected(p, this.prom ? "metric name or #" : "metric name, # metadata or # EOF");
    p++;
    while (p < e && (CLS[buf2[p]] & NAME_CHAR) !== 0) p++;
    const nameLen = p - s;
    let name;
    if (nameLen === this.prevNameLen && sameBytes(this.dv, buf2, s, this.prevLineStart, nameLen)) {
      name = this.prevName;
    } else {
      name = this.intern(s, p);
    }
    const nameEnd = p;
    if (this.prom) p = this.skipBlank(p, e);
    let labels2 = EMPTY_LABELS;
    let serial = 0;
    let hasBlock = false;
    if (buf2[p] === LBRACE) {
      p = this.parseLabels(p, e);
      labels2 = this.labelsOut;
      serial = ++this.lblSerial;
      hasBlock = true;
    } else p = nameEnd;
    this.prevLineStart = s;
    this.prevSeriesLen = p - s;
    this.prevHasBlock = hasBlock;
    this.prevNameLen = nameLen;
    this.prevName = name;
    this.prevLabels = labels2;
    this.prevSerial = serial;
    this.sName = name;
    this.sLabels = labels2;
    this.sSerial = serial;
    return p;
  }
  parseMillis(s, e) {
    const buf2 = this.buf;
    let p = s;
    let neg = false;
    if (buf2[p] === 45 || buf2[p] === 43) {
      neg = buf2[p] === 45;
      p++;
    }
    if (p >= e) this.fail("OM_INVALID_NUMBER", s, "invalid timestamp", "integer milliseconds");
    let v = 0;
    for (; p < e; p++) {
      const d = buf2[p] - 48;
      if (d < 0 || d > 9) this.fail("OM_INVALID_NUMBER", s, "invalid timestamp", "integer milliseconds");
      v = v * 10 + d;
    }
    return (neg ? -v : v) / 1e3;
  }
  // ---------------------------------------------------------------------------------------------
  // Shared tokens
  /**
   * Parses `{name="value",...}` starting at the brace; returns the position after the closing
   * brace and leaves the pairs in `labelsOut`. Prometheus mode also allows blanks and a trailing comma.
   */
  parseLabels(p, e) {
    const buf2 = this.buf;
    const prom = this.prom;
    p++;
    if (prom) p = this.skipBlank(p, e);
    if (buf2[p] === RBRACE) {
      this.labelsOut = EMPTY_LABELS;
      return p + 1;
    }
    const out = [];
    for (; ; ) {
      const ns = p;
      if (p >= e || (CLS[buf2[p]] & LABEL_START) === 0) this.unexpected(p, "label name");
      p++;
      while (p < e && (CLS[buf2[p]] & LABEL_CHAR) !== 0) p++;
      const ne = p;
      if (prom) p = this.skipBlank(p, e);
      if (buf2[p] !== EQ) this.unexpected(p, "'='");
      p++;
      if (prom) p = this.skipBlank(p, e);
      if (buf2[p] !== QUOTE) this.unexpected(p, `'"' opening the label value`);
      p++;
      const vs = p;
      let esc = false;
      let hi = false;
      while (p < e) {
        const c2 = buf2[p];
        if (c2 === QUOTE) break;
        if (c2 === BSLASH) {
          esc = true;
          p += 2;
          continue;
        }
        if (c2 >= 128) hi = true;
        p++;
      }
      if (p >= e) this.unexpected(e, `'"' closing the label value`);
      const value = esc || hi ? this.decodeString(vs, p, esc, hi, true) : this.intern(vs, p);
      p++;
      const name = this.intern(ns, ne);
      for (let i = 0; i < out.length; i++) {
        if (out[i].name === name) this.fail("OM_INVALID_LABELS", ns, `duplicate label name ${name}`);
      }
      out.push({ name, value });
      if (prom) p = this.skipBlank(p, e);
      const c = buf2[p];
      if (c === COMMA) {
        p++;
        if (prom) {
          p = this.skipBlank(p, e);
          if (buf2[p] === RBRACE) {
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
  decodeText(s, e, om) {
    const buf2 = this.buf;
    let esc = false;
    let hi = false;
    for (let p = s; p < e; p++) {
      const c = buf2[p];
      if (c === BSLASH) esc = true;
      else if (c >= 128) hi = true;
    }
    return this.decodeString(s, e, esc, hi, om);
  }
  /**
   * Unescapes `\\`, `\n` and `\"` (other escapes are kept verbatim, as the reference parser does;
   * a trailing lone backslash is kept too) and decodes as strict UTF-8.
   */
  decodeString(s, e, esc, hi, quoteEscape) {
    let src = this.buf;
    let a = s;
    let b = e;
    if (esc) {
      if (this.scratch.length < e - s) this.scratch = new Uint8Array(Math.max(2 * (e - s), 256));
      const out = this.scratch;
      let n = 0;
      for (let p = s; p < e; p++) {
        const c = src[p];
        if (c === BSLASH && p + 1 < e) {
          const d = src[p + 1];
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
        "OM_INVALID_UTF8",
        "invalid UTF-8 in string",
        { line: this.line, column: s - this.lineStart + 1, expected: "valid UTF-8" },
        { cause }
      );
    }
  }
  /**
   * Parses a number token [s, e). With `special`, the `number` rule (realnumber, inf, infinity,
   * nan, case-insensitive); without, a timestamp (realnumber only). Decimal inputs of up to 15
   * significant digits with a power of ten up to 22 are converted exactly by one multiplication or
   * division (Clinger's fast path); everything else goes through `Number`.
   */
  parseNumber(s, e, special) {
    const buf2 = this.buf;
    if (s >= e) this.unexpected(s, special ? "number" : "timestamp");
    let p = s;
    let c = buf2[p];
    let neg = false;
    if (c === 45 || c === 43) {
      neg = c === 45;
      p++;
      c = buf2[p] ?? 0;
    }
    if (c >= 48 && c <= 57 || c === 46) {
      let m = 0;
      const ds = p;
      while (p < e) {
        const d = buf2[p] - 48;
        if (d < 0 || d > 9) break;
        m = m * 10 + d;
        p++;
      }
      let digits = p - ds;
      let exp = 0;
      if (p < e && buf2[p] === 46) {
        p++;
        const fs = p;
        while (p < e) {
          const d = buf2[p] - 48;
          if (d < 0 || d > 9) break;
          m = m * 10 + d;
          p++;
        }
        exp = fs - p;
        digits += p - fs;
      }
      if (digits === 0) this.fail("OM_INVALID_NUMBER", s, `invalid number '${decodeAscii(buf2, s, e)}'`);
      const slow = digits > 15;
      if (p < e && (buf2[p] | 32) === 101) {
        p++;
        let eneg = false;
        if (buf2[p] === 45 || buf2[p] === 43) {
          eneg = buf2[p] === 45;
          p++;
        }
        let ev = 0;
        const es = p;
        while (p < e) {
          const d = buf2[p] - 48;
          if (d < 0 || d > 9) break;
          if (ev < 1e5) ev = ev * 10 + d;
          p++;
        }
        if (p === es) this.fail("OM_INVALID_NUMBER", s, `invalid number '${decodeAscii(buf2, s, e)}'`);
        exp += eneg ? -ev : ev;
      }
      if (p !== e) this.fail("OM_INVALID_NUMBER", s, `invalid number '${decodeAscii(buf2, s, e)}'`);
      let v;
      if (slow) v = Math.abs(Number(decodeAscii(buf2, s, e)));
      else if (m === 0) v = 0;
      else if (exp === 0) v = m;
      else if (exp > 0 && exp <= 22) v = m * POW10[exp];
      else if (exp < 0 && exp >= -22) v = m / POW10[-exp];
      else v = Math.abs(Number(decodeAscii(buf2, s, e)));
      if (!special && !Number.isFinite(v)) this.fail("OM_INVALID_NUMBER", s, "timestamp out of range");
      return neg ? -v : v;
    }
    if (special) {
      const n = e - p;
      if (n === 3 || n === 8) {
        const w = decodeAscii(buf2, p, e).toLowerCase();
        if (w === "inf" || w === "infinity") return neg ? -Infinity : Infinity;
        if (w === "nan" && (p === s || this.prom)) return Number.NaN;
      }
    }
    this.fail(
      "OM_INVALID_NUMBER",
      s,
      `invalid ${special ? "number" : "timestamp"} '${decodeAscii(buf2, s, e)}'`,
      special ? "a decimal number, +Inf, -Inf or NaN" : "a decimal number"
    );
  }
};
function indexOfLf(buf2, from, len) {
  const i = buf2.indexOf(LF, from);
  return i < len ? i : -1;
}
function sameBytes(dv2, buf2, a, b, n) {
  if (b < 0) return false;
  let i = 0;
  for (; i + 4 <= n; i += 4) if (dv2.getUint32(a + i) !== dv2.getUint32(b + i)) return false;
  for (; i < n; i++) if (buf2[a + i] !== buf2[b + i]) return false;
  return true;
}
function matchSuffix(family, name, allowed) {
  if (!name.startsWith(family)) return -1;
  const rest = name.length === family.length ? "" : name.slice(family.length);
  for (const s of allowed) if (SUFFIX_NAMES[s] === rest) return s;
  return -1;
}
function findLabel(labels2, name) {
  for (let i = 0; i < labels2.length; i++) if (labels2[i].name === name) return labels2[i].value;
  return void 0;
}
function canonicalSpecial(text, v) {
  if (Number.isFinite(v)) return true;
  return text === "+Inf" || text === "-Inf" || text === "NaN";
}
function groupKey(labels2, without) {
  let sorted = true;
  for (let i = 1; i < labels2.length; i++) {
    if (labels2[i - 1].name > labels2[i].name) {
      sorted = false;
      break;
    }
  }
  const list = sorted ? labels2 : [...labels2].sort((a, b) => a.name < b.name ? -1 : 1);
  let key = "";
  for (const l of list) {
    if (l.name === without) continue;
    key += `${l.name}=${l.value.length}:${l.value},`;
  }
  return key;
}
function formatLabels(labels2) {
  if (labels2.length === 0) return "";
  return `{${labels2.map((l) => `${l.name}=${JSON.stringify(l.value)}`).join(",")}}`;
}
function promOwns(f, name) {
  if (name === f.name) return true;
  if (!name.startsWith(f.name)) return false;
  const rest = name.slice(f.name.length);
  if (f.type === "histogram") return rest === "_bucket" || rest === "_sum" || rest === "_count";
  if (f.type === "summary") return rest === "_sum" || rest === "_count";
  return false;
}
function promBase(name) {
  for (const suf of ["_bucket", "_count", "_sum"]) {
    if (name.endsWith(suf)) return name.slice(0, -suf.length);
  }
  return "";
}

// packages/openmetrics/src/parse.ts
var DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
function formatFromContentType(contentType) {
  if (contentType === void 0) return void 0;
  const media = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (media === "application/openmetrics-text") return "openmetrics";
  if (media === "text/plain") return "prometheus";
  return void 0;
}
function resolve(input, options) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes >= 0)) throw new RangeError(`maxBytes must be a non-negative number, got ${maxBytes}`);
  const format = options.format ?? formatFromContentType(options.contentType) ?? "openmetrics";
  if (format !== "openmetrics" && format !== "prometheus") {
    throw new RangeError(`format must be 'openmetrics' or 'prometheus', got ${String(format)}`);
  }
  let size = typeof input === "string" ? input.length : input.length;
  if (typeof input === "string" && size <= maxBytes && size * 3 > maxBytes) size = Buffer.byteLength(input);
  if (size > maxBytes) {
    throw new ParseError(
      "OM_PAYLOAD_TOO_LARGE",
      `payload of ${size} bytes exceeds the limit of ${maxBytes} bytes (raise maxBytes or split the payload)`,
      { line: 1, column: 1, expected: `at most ${maxBytes} bytes` }
    );
  }
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  return { bytes, format };
}
var ModelSink = class {
  sample(family, name, labels2, value, timestamp, exemplar) {
    let s;
    if (exemplar !== void 0) {
      s = timestamp === void 0 ? { name, labels: labels2, value, exemplar } : { name, labels: labels2, value, timestamp, exemplar };
    } else s = timestamp === void 0 ? { name, labels: labels2, value } : { name, labels: labels2, value, timestamp };
    family.samples.push(s);
  }
};
function parse(input, options = {}) {
  const { bytes, format } = resolve(input, options);
  const p = new TextParser(bytes, format, new ModelSink());
  p.run();
  return { families: p.families };
}

// packages/openmetrics/src/check.ts
var USAGE = `usage: sensorpath check metrics [--format openmetrics|prometheus] [--max-bytes N] [FILE]

Checks an exposition read from FILE (or stdin when FILE is absent or "-").
  --format      openmetrics (default; application/openmetrics-text 1.0.0) or prometheus (text 0.0.4)
  --max-bytes   largest accepted input in bytes (default ${DEFAULT_MAX_BYTES})
Exit status: 0 valid, 1 invalid (prints line:col: reason), 2 usage or I/O error.
Lint warnings (missing HELP, counter without _total) are printed but do not change the exit status.
`;

// packages/openmetrics/src/model.ts
function timestampMs(seconds) {
  return Math.round(seconds * 1e3);
}

// packages/openmetrics/src/serialize.ts
function formatNumber(v) {
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  if (Number.isNaN(v)) return "NaN";
  if (v === 0 && 1 / v < 0) return "-0";
  return String(v);
}
function escapeLabelValue(s) {
  if (!needsEscape(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) out += "\\\\";
    else if (c === 34) out += '\\"';
    else if (c === 10) out += "\\n";
    else out += s[i];
  }
  return out;
}
function needsEscape(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 || c === 34 || c === 10) return true;
  }
  return false;
}
function writeLabels(labels2) {
  let out = "{";
  for (let i = 0; i < labels2.length; i++) {
    const l = labels2[i];
    if (i > 0) out += ",";
    out += `${l.name}="${escapeLabelValue(l.value)}"`;
  }
  return `${out}}`;
}
function writeExemplar(e) {
  let out = ` # ${writeLabels(e.labels)} ${formatNumber(e.value)}`;
  if (e.timestamp !== void 0) out += ` ${formatNumber(e.timestamp)}`;
  return out;
}
function serialize(families) {
  const parts = [];
  for (const f of families) {
    parts.push(`# TYPE ${f.name} ${f.type}
`);
    if (f.unit !== void 0 && f.unit !== "") parts.push(`# UNIT ${f.name} ${f.unit}
`);
    if (f.help !== void 0 && f.help !== "") parts.push(`# HELP ${f.name} ${escapeLabelValue(f.help)}
`);
    let chunk = "";
    for (const s of f.samples) {
      let line = s.name;
      if (s.labels.length > 0) line += writeLabels(s.labels);
      line += ` ${formatNumber(s.value)}`;
      if (s.timestamp !== void 0) line += ` ${formatNumber(s.timestamp)}`;
      if (s.exemplar !== void 0) line += writeExemplar(s.exemplar);
      chunk += `${line}
`;
      if (chunk.length > 65536) {
        parts.push(chunk);
        chunk = "";
      }
    }
    if (chunk.length > 0) parts.push(chunk);
  }
  parts.push("# EOF\n");
  return parts.join("");
}

// packages/protocol/src/sensor-path.ts
var SENSOR_PATH_LEVELS = ["enterprise", "site", "area", "line", "device"];
var TOPIC_KINDS = ["metrics", "events", "state", "config"];
var SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
var SensorPathError = class extends Error {
  code = "SENSOR_PATH_INVALID";
  constructor(message) {
    super(message);
    this.name = "SensorPathError";
  }
};
function parseSensorPath(text) {
  const parts = text.split("/");
  if (parts.length !== SENSOR_PATH_LEVELS.length) {
    throw new SensorPathError(
      `sensor path ${JSON.stringify(text)} has ${parts.length} segment(s); it needs exactly 5: enterprise/site/area/line/device (e.g. acme/berlin/assembly/line1/meter1)`
    );
  }
  const out = {};
  parts.forEach((seg, i) => {
    const level = SENSOR_PATH_LEVELS[i];
    if (!SEGMENT.test(seg)) {
      throw new SensorPathError(
        `sensor path segment ${level}=${JSON.stringify(seg)} is invalid: use 1-64 characters of letters, digits, "_", "." or "-", starting with a letter or digit (no "/", "+", "#" or spaces)`
      );
    }
    out[level] = seg;
  });
  return out;
}
function formatSensorPath(p) {
  return SENSOR_PATH_LEVELS.map((l) => p[l]).join("/");
}
function topicFor(p, kind) {
  return `${formatSensorPath(p)}/${kind}`;
}
function parseTopic(topic) {
  const i = topic.lastIndexOf("/");
  if (i < 0) return void 0;
  const kind = topic.slice(i + 1);
  if (!TOPIC_KINDS.includes(kind)) return void 0;
  try {
    return { path: parseSensorPath(topic.slice(0, i)), kind };
  } catch {
    return void 0;
  }
}
function sensorPathLabels(p) {
  return SENSOR_PATH_LEVELS.map((l) => [l, p[l]]);
}

// packages/storage/src/errors.ts
var SensorpathError = class extends Error {
  code;
  context;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.context = options.context ?? {};
  }
};
var StorageError = class extends SensorpathError {
  constructor(code, message, options = {}) {
    super(code, message, options);
  }
};

// packages/storage/src/labels.ts
var METRIC_NAME = "__name__";
function labelsFromPairs(pairs) {
  const m = /* @__PURE__ */ new Map();
  for (const [n, v] of pairs) m.set(n, v);
  const out = [];
  for (const [name, value] of m) if (value !== "") out.push({ name, value });
  out.sort(compareNames);
  return out;
}
function labelsToRecord(ls) {
  const rec = {};
  for (const l of ls) rec[l.name] = l.value;
  return rec;
}
function getLabel(ls, name) {
  for (const l of ls) if (l.name === name) return l.value;
  return "";
}
function labelsKey(ls) {
  let s = "";
  for (const l of ls) s += l.name.length + ":" + l.name + l.value.length + ":" + l.value;
  return s;
}
function compareLabels(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x.name !== y.name) return x.name < y.name ? -1 : 1;
    if (x.value !== y.value) return x.value < y.value ? -1 : 1;
  }
  return a.length - b.length;
}
function compareNames(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// packages/storage/src/matchers.ts
var EqualMatcher = class {
  constructor(name, value) {
    this.name = name;
    this.value = value;
  }
  name;
  value;
  type = "=";
  matches(v) {
    return v === this.value;
  }
};
var NotEqualMatcher = class {
  constructor(name, value) {
    this.name = name;
    this.value = value;
  }
  name;
  value;
  type = "!=";
  matches(v) {
    return v !== this.value;
  }
};
var RegexMatcher = class {
  constructor(type, name, value) {
    this.type = type;
    this.name = name;
    this.value = value;
    try {
      this.re = new RegExp(`^(?:${value})$`, "su");
    } catch (err) {
      throw new StorageError(
        "STORAGE_BAD_MATCHER",
        `invalid regular expression ${JSON.stringify(value)} for label ${name}`,
        {
          cause: err
        }
      );
    }
  }
  type;
  name;
  value;
  re;
  matches(v) {
    const m = this.re.test(v);
    return this.type === "=~" ? m : !m;
  }
};
function newMatcher(type, name, value) {
  switch (type) {
    case "=":
      return new EqualMatcher(name, value);
    case "!=":
      return new NotEqualMatcher(name, value);
    case "=~":
    case "!~":
      return new RegexMatcher(type, name, value);
  }
}
function matchesAll(ls, matchers) {
  for (const m of matchers) {
    let v = "";
    for (const l of ls) {
      if (l.name === m.name) {
        v = l.value;
        break;
      }
    }
    if (!m.matches(v)) return false;
  }
  return true;
}

// packages/storage/src/value.ts
var buf = new DataView(new ArrayBuffer(8));
var STALE_NAN_HI = 2146435072;
var STALE_NAN_LO = 2;
var STALE_NAN = (() => {
  buf.setUint32(0, STALE_NAN_HI);
  buf.setUint32(4, STALE_NAN_LO);
  return buf.getFloat64(0);
})();
function isStaleNaN(v) {
  if (!Number.isNaN(v)) return false;
  buf.setFloat64(0, v);
  return buf.getUint32(0) === STALE_NAN_HI && buf.getUint32(4) === STALE_NAN_LO;
}
function sameValueBits(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (!Number.isNaN(a) || !Number.isNaN(b)) return false;
  buf.setFloat64(0, a);
  const ah = buf.getUint32(0);
  const al = buf.getUint32(4);
  buf.setFloat64(0, b);
  return ah === buf.getUint32(0) && al === buf.getUint32(4);
}

// packages/storage/src/memory.ts
var MemoryStorage = class {
  byKey = /* @__PURE__ */ new Map();
  byRef = [];
  closed = false;
  oooWindow;
  constructor(opts = {}) {
    this.oooWindow = opts.outOfOrderWindowMs ?? Number.POSITIVE_INFINITY;
  }
  appender() {
    this.checkOpen();
    return new MemoryAppender(this);
  }
  async querier(mint, maxt) {
    this.checkOpen();
    const snap = [];
    for (const s of this.byRef) snap.push({ labels: s.labels, ts: s.ts, vs: s.vs, len: s.ts.length });
    return new MemoryQuerier(snap, mint, maxt);
  }
  async close() {
    this.closed = true;
  }
  /** Number of series held (self-metrics). */
  get seriesCount() {
    return this.byRef.length;
  }
  /** @internal */
  resolve(ref, labels2) {
    if (ref > 0) {
      const s = this.byRef[ref - 1];
      if (s !== void 0) return s;
    }
    return this.byKey.get(labelsKey(labels2));
  }
  /** @internal */
  getOrCreate(labels2) {
    const key = labelsKey(labels2);
    let s = this.byKey.get(key);
    if (s === void 0) {
      s = { ref: this.byRef.length + 1, labels: labels2, ts: [], vs: new Float64Array(8) };
      this.byKey.set(key, s);
      this.byRef.push(s);
    }
    return s;
  }
  /** @internal Checks a sample against what is committed; returns false for an exact duplicate. */
  check(s, t, v) {
    if (s === void 0 || s.ts.length === 0) return true;
    const last = s.ts[s.ts.length - 1];
    if (t > last) return true;
    if (last - t > this.oooWindow) {
      throw new StorageError(
        "TSDB_OUT_OF_BOUNDS",
        `sample at ${t} is older than the out-of-order window allows`,
        {
          context: { labels: s.labels, newest: last }
        }
      );
    }
    const i = lowerBound(s.ts, s.ts.length, t);
    if (i < s.ts.length && s.ts[i] === t) {
      if (sameValueBits(s.vs[i], v)) return false;
      throw new StorageError("TSDB_DUPLICATE_SAMPLE", `a different value already exists at ${t}`, {
        context: { labels: s.labels }
      });
    }
    return true;
  }
  /** @internal */
  insert(s, t, v) {
    const n = s.ts.length;
    if (n === 0 || t > s.ts[n - 1]) {
      if (n === s.vs.length) {
        const grown = new Float64Array(n * 2);
        grown.set(s.vs);
        s.vs = grown;
      }
      s.vs[n] = v;
      s.ts.push(t);
      return;
    }
    const i = lowerBound(s.ts, n, t);
    if (s.ts[i] === t) return;
    const ts = s.ts.slice();
    ts.splice(i, 0, t);
    const vs = new Float64Array(Math.max(8, s.vs.length + 1));
    vs.set(s.vs.subarray(0, i));
    vs[i] = v;
    vs.set(s.vs.subarray(i, n), i + 1);
    s.ts = ts;
    s.vs = vs;
  }
  checkOpen() {
    if (this.closed) throw new StorageError("STORAGE_CLOSED", "storage is closed");
  }
};
var MemoryAppender = class {
  constructor(store) {
    this.store = store;
  }
  store;
  pending = [];
  done = false;
  append(ref, labels2, t, v) {
    if (this.done)
      throw new StorageError("STORAGE_APPENDER_DONE", "appender already committed or rolled back");
    validateLabels(labels2);
    if (!Number.isFinite(t) || !Number.isInteger(t)) {
      throw new StorageError("TSDB_OUT_OF_BOUNDS", `timestamp ${t} is not an integer number of milliseconds`);
    }
    const s = this.store.resolve(ref, labels2);
    this.store.check(s, t, v);
    this.pending.push({ labels: labels2, t, v });
    return s?.ref ?? 0;
  }
  async commit() {
    if (this.done)
      throw new StorageError("STORAGE_APPENDER_DONE", "appender already committed or rolled back");
    this.done = true;
    for (const p of this.pending) {
      const s = this.store.getOrCreate(p.labels);
      if (this.store.check(s, p.t, p.v)) this.store.insert(s, p.t, p.v);
    }
    this.pending = [];
  }
  async rollback() {
    this.done = true;
    this.pending = [];
  }
};
function validateLabels(labels2) {
  let prev = "";
  let hasName = false;
  for (let i = 0; i < labels2.length; i++) {
    const l = labels2[i];
    if (l.name === "" || l.value === "") {
      throw new StorageError(
        "TSDB_INVALID_LABELS",
        `label ${JSON.stringify(l.name)} has an empty name or value`
      );
    }
    if (i > 0 && l.name <= prev) {
      throw new StorageError(
        "TSDB_INVALID_LABELS",
        `labels are not sorted or have a duplicate name at ${JSON.stringify(l.name)}`
      );
    }
    if (l.name === METRIC_NAME) hasName = true;
    prev = l.name;
  }
  if (!hasName) throw new StorageError("TSDB_INVALID_LABELS", "series has no metric name (__name__ label)");
}
var MemoryQuerier = class {
  constructor(snap, mint, maxt) {
    this.snap = snap;
    this.mint = mint;
    this.maxt = maxt;
  }
  snap;
  mint;
  maxt;
  async select(sorted, _hints, matchers) {
    const out = [];
    for (const s of this.snap) {
      if (!matchesAll(s.labels, matchers)) continue;
      const lo = lowerBound(s.ts, s.len, this.mint);
      const hi = lowerBound(s.ts, s.len, this.maxt + 1);
      if (hi <= lo) continue;
      out.push(new ArraySeries(s.labels, s.ts, s.vs, lo, hi));
    }
    if (sorted) out.sort((a, b) => compareLabels(a.labels, b.labels));
    return out;
  }
  async labelValues(name, matchers = []) {
    const vals = /* @__PURE__ */ new Set();
    for (const s of this.snap) {
      if (!this.hasData(s) || !matchesAll(s.labels, matchers)) continue;
      for (const l of s.labels) if (l.name === name) vals.add(l.value);
    }
    return [...vals].sort();
  }
  async labelNames(matchers = []) {
    const names = /* @__PURE__ */ new Set();
    for (const s of this.snap) {
      if (!this.hasData(s) || !matchesAll(s.labels, matchers)) continue;
      for (const l of s.labels) names.add(l.name);
    }
    return [...names].sort();
  }
  async close() {
  }
  hasData(s) {
    return lowerBound(s.ts, s.len, this.maxt + 1) > lowerBound(s.ts, s.len, this.mint);
  }
};
var ArraySeries = class {
  constructor(labels2, ts, vs, lo = 0, hi = ts.length) {
    this.labels = labels2;
    this.ts = ts;
    this.vs = vs;
    this.lo = lo;
    this.hi = hi;
  }
  labels;
  ts;
  vs;
  lo;
  hi;
  iterator() {
    return new ArrayIterator(this.ts, this.vs, this.lo, this.hi);
  }
};
var ArrayIterator = class {
  constructor(ts, vs, lo, hi) {
    this.ts = ts;
    this.vs = vs;
    this.lo = lo;
    this.hi = hi;
    this.i = lo - 1;
  }
  ts;
  vs;
  lo;
  hi;
  i;
  next() {
    if (this.i < this.hi) this.i++;
    return this.i < this.hi;
  }
  seek(t) {
    if (this.i < this.lo) this.i = this.lo;
    while (this.i < this.hi && this.ts[this.i] < t) this.i++;
    return this.i < this.hi;
  }
  time() {
    return this.ts[this.i];
  }
  value() {
    return this.vs[this.i];
  }
};
function lowerBound(ts, len, t) {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (ts[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// packages/server/src/ingest.ts
var IngestError = class extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = "IngestError";
  }
  code;
};
var Ingestor = class {
  constructor(stores, now = Date.now, limiter) {
    this.stores = stores;
    this.now = now;
    this.limiter = limiter;
  }
  stores;
  now;
  limiter;
  stats = { messages: 0, samples: 0, badPayloads: 0, rejectedSamples: 0 };
  /** Last series set per topic, for staleness. */
  lastSeries = /* @__PURE__ */ new Map();
  /** Ingests one message from `topic`. Throws IngestError for a bad topic or payload. */
  async ingestTopic(topic, payload) {
    const t = parseTopic(topic);
    if (t?.kind !== "metrics") {
      throw new IngestError(
        "INGEST_BAD_TOPIC",
        `topic ${JSON.stringify(topic)} is not <enterprise>/<site>/<area>/<line>/<device>/metrics`
      );
    }
    return this.ingest(t.path, payload, topic);
  }
  async ingest(path, payload, streamKey, format = "openmetrics") {
    this.stats.messages++;
    const tenant = path.enterprise;
    this.limiter?.checkPayload(tenant, typeof payload === "string" ? Buffer.byteLength(payload) : payload.length);
    let exposition;
    try {
      exposition = parse(payload, { format });
    } catch (err) {
      this.stats.badPayloads++;
      throw new IngestError(
        "INGEST_BAD_PAYLOAD",
        `malformed OpenMetrics payload on ${streamKey}: ${err.message}`,
        { cause: err }
      );
    }
    const pathLabels = sensorPathLabels(path);
    const arrival = this.now();
    if (this.limiter) {
      let n = 0;
      for (const fam of exposition.families) n += fam.samples.length;
      this.limiter.takeSamples(tenant, n);
    }
    const store = await this.stores.get(path.enterprise);
    const app = store.appender();
    const seen = /* @__PURE__ */ new Map();
    const errors = [];
    let appended = 0;
    let rejected = 0;
    let newest = 0;
    for (const fam of exposition.families) {
      for (const s of fam.samples) {
        const pairs = s.labels.map((l) => [l.name, l.value]);
        pairs.push([METRIC_NAME, s.name], ...pathLabels);
        const labels2 = labelsFromPairs(pairs);
        const ts = s.timestamp === void 0 ? arrival : timestampMs(s.timestamp);
        if (ts > newest) newest = ts;
        if (this.limiter && !this.limiter.admitSeries(tenant, labelsKey(labels2))) {
          rejected++;
          if (errors.length < 10) errors.push(`${s.name}: ${seriesLimitMessage(this.limiter, tenant)}`);
          continue;
        }
        try {
          app.append(0, labels2, ts, s.value);
          appended++;
          seen.set(labelsKey(labels2), labels2);
        } catch (err) {
          rejected++;
          if (errors.length < 10) errors.push(`${s.name}: ${err.message}`);
          if (!(err instanceof StorageError)) throw err;
        }
      }
    }
    const prev = this.lastSeries.get(streamKey);
    if (prev && newest > 0) {
      for (const [key, labels2] of prev) {
        if (seen.has(key)) continue;
        try {
          app.append(0, labels2, newest, STALE_NAN);
        } catch {
        }
      }
    }
    try {
      await app.commit();
    } catch (err) {
      throw new IngestError(
        "INGEST_STORAGE",
        `storage refused the batch from ${streamKey}: ${err.message}`,
        { cause: err }
      );
    }
    this.lastSeries.set(streamKey, seen);
    this.stats.samples += appended;
    this.stats.rejectedSamples += rejected;
    return { tenant: path.enterprise, samples: appended, rejected, errors };
  }
  /**
   * Stores complete series (remote_write) in `tenant`, under the tenant's limits. The caller has
   * already fixed the labels (tenant and scope); no staleness tracking, as the sender owns that.
   */
  async appendSeries(tenant, series, bytes) {
    this.stats.messages++;
    this.limiter?.checkPayload(tenant, bytes);
    if (this.limiter) {
      let n = 0;
      for (const s of series) n += s.samples.length;
      this.limiter.takeSamples(tenant, n);
    }
    const store = await this.stores.get(tenant);
    const app = store.appender();
    const errors = [];
    let appended = 0;
    let rejected = 0;
    for (const s of series) {
      if (this.limiter && !this.limiter.admitSeries(tenant, labelsKey(s.labels))) {
        rejected += s.samples.length;
        if (errors.length < 10) errors.push(seriesLimitMessage(this.limiter, tenant));
        continue;
      }
      let ref = 0;
      for (const m of s.samples) {
        try {
          ref = app.append(ref, s.labels, m.t, m.v);
          appended++;
        } catch (err) {
          rejected++;
          if (errors.length < 10) errors.push(`${getLabel(s.labels, METRIC_NAME)}: ${err.message}`);
          if (!(err instanceof StorageError)) {
            await app.rollback();
            throw err;
          }
        }
      }
    }
    try {
      await app.commit();
    } catch (err) {
      throw new IngestError("INGEST_STORAGE", `storage refused the batch for tenant ${tenant}: ${err.message}`, {
        cause: err
      });
    }
    this.stats.samples += appended;
    this.stats.rejectedSamples += rejected;
    return { tenant, samples: appended, rejected, errors };
  }
};
function seriesLimitMessage(limiter, tenant) {
  return `LIMIT_SERIES: tenant ${tenant} has reached its limit of ${limiter.limitsOf(tenant).maxSeries} active series; drop labels or ask for a higher limit`;
}

// packages/server/src/server.ts
import { mkdirSync as mkdirSync2, readdirSync } from "node:fs";
import { isIP } from "node:net";

// packages/server/src/broker.ts
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createServer as createTlsServer } from "node:tls";

// packages/auth/src/errors.ts
var STATUS = {
  AUTH_REQUIRED: 401,
  AUTH_BAD_TOKEN: 401,
  AUTH_REVOKED: 401,
  AUTH_JWT_INVALID: 401,
  AUTH_SCOPE_DENIED: 403,
  AUTH_ROLE_DENIED: 403,
  AUTH_TENANT_DENIED: 403,
  AUTH_BAD_SCOPE: 400,
  AUTH_BAD_REQUEST: 400,
  AUTH_UNKNOWN_USER: 404,
  LIMIT_SERIES: 429,
  LIMIT_RATE: 429,
  LIMIT_PAYLOAD: 413
};
var AuthError = class extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = code.startsWith("LIMIT_") ? "LimitError" : "AuthError";
    this.tenant = options?.tenant;
  }
  code;
  tenant;
  /** The HTTP status that carries this refusal. */
  get status() {
    return STATUS[this.code];
  }
  /** Short reason used as a metric label: `bad_token`, `scope_denied`, `series`, … */
  get reason() {
    return this.code.replace(/^(AUTH|LIMIT)_/, "").toLowerCase();
  }
};

// packages/auth/src/jwt.ts
import { createPublicKey, verify } from "node:crypto";

// packages/auth/src/scope.ts
var ALL_TENANTS = "*";
function topicMatches(filter, topic) {
  if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) return false;
  const f = filter.split("/");
  const t = topic.split("/");
  for (let i = 0; i < f.length; i++) {
    const fl = f[i];
    if (fl === "#") return true;
    if (i >= t.length) return false;
    if (fl !== "+" && fl !== t[i]) return false;
  }
  return f.length === t.length;
}
function filterWithin(scope, filter) {
  if (filter.startsWith("$") && !scope.startsWith("$")) return false;
  const s = scope.split("/");
  const f = filter.split("/");
  for (let i = 0; i < s.length; i++) {
    const sl = s[i];
    if (sl === "#") return true;
    const fl = f[i];
    if (fl === void 0) return false;
    if (fl === "#") return false;
    if (sl === "+") continue;
    if (fl !== sl) return false;
  }
  return f.length === s.length;
}

// packages/auth/src/store.ts
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

// packages/auth/src/token.ts
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
var DEFAULT_PARAMS = { N: 1 << 14, r: 8, p: 1 };

// packages/auth/src/jwt.ts
var CACHE_MS = 5 * 6e4;

// packages/auth/src/limits.ts
var DEFAULT_LIMITS = {
  maxSeries: 0,
  maxSamplesPerSecond: 0,
  maxPayloadBytes: 4 << 20,
  burstSeconds: 10,
  seriesWindowMs: 36e5
};

// packages/auth/src/principal.ts
import { createHash } from "node:crypto";
var ANONYMOUS = Object.freeze({
  username: "anonymous",
  tenant: ALL_TENANTS,
  scope: "#",
  role: "admin",
  source: "anonymous"
});
function checkPublish(p, topic) {
  if (p.role === "reader")
    throw new AuthError(
      "AUTH_ROLE_DENIED",
      `user ${p.username} is a reader and may not publish; use an edge user`
    );
  if (!topicMatches(p.scope, topic))
    throw new AuthError(
      "AUTH_SCOPE_DENIED",
      `user ${p.username} may publish only inside ${p.scope}, not to ${topic}`,
      { tenant: p.tenant }
    );
  if (p.role !== "admin" && topic.endsWith("/config"))
    throw new AuthError(
      "AUTH_ROLE_DENIED",
      `only admins push configurations (${topic}); use "sensorpath device config push"`
    );
}
function checkSubscribe(p, filter) {
  if (!filterWithin(p.scope, filter))
    throw new AuthError(
      "AUTH_SCOPE_DENIED",
      `user ${p.username} may subscribe only inside ${p.scope}, not to ${filter}`,
      { tenant: p.tenant }
    );
}

// packages/server/src/broker.ts
import { Aedes } from "aedes";
async function startBroker(opts) {
  const log = opts.logger;
  const access = opts.access;
  const sessions = /* @__PURE__ */ new Map();
  const principalOf = (client) => {
    if (!access) return ANONYMOUS;
    if (!client) return void 0;
    const s = sessions.get(client.id);
    return s && s.client === client ? s.principal : void 0;
  };
  const refused = (err, client, extra) => {
    access?.refuse("mqtt", err, { client: client?.id, user: principalOf(client)?.username, ...extra });
  };
  const ingest = (client, packet, callback) => {
    opts.ingestor.ingestTopic(packet.topic, packet.payload).then(
      (r) => {
        if (r.rejected > 0)
          log.warn({ topic: packet.topic, rejected: r.rejected, errors: r.errors }, "some samples were refused");
        opts.onDeviceMessage?.(packet.topic, true);
        callback(null);
      },
      (err) => {
        opts.onDeviceMessage?.(packet.topic, false);
        if (err instanceof AuthError) {
          refused(err, client, { topic: packet.topic });
          return callback(err.code === "LIMIT_RATE" ? err : null);
        }
        if (err instanceof IngestError && err.code !== "INGEST_STORAGE") {
          log.warn({ topic: packet.topic, client: client?.id, code: err.code }, err.message);
          callback(null);
        } else {
          log.error({ topic: packet.topic, err: err.message }, "could not store message; not acknowledged");
          callback(err);
        }
      }
    );
  };
  const aedes = await Aedes.createBroker({
    authenticate: (client, username, password, done) => {
      if (!access) return done(null, true);
      const fail2 = (err, returnCode) => {
        refused(err, client, { username });
        const e = new Error(err.message);
        e.returnCode = returnCode;
        done(e, false);
      };
      const accept = (p) => {
        const other = sessions.get(client.id);
        if (other && other.principal.username !== p.username && !other.client.closed) {
          return fail2(
            new AuthError("AUTH_SCOPE_DENIED", `client id ${client.id} is in use by another user; pick a unique client id`),
            2
          );
        }
        sessions.set(client.id, { client, principal: p });
        done(null, true);
      };
      if (!password || password.length === 0) {
        if (access.open) return accept(ANONYMOUS);
        return fail2(
          new AuthError("AUTH_REQUIRED", 'MQTT login required: connect with the user name and token from "sensorpath user create"'),
          5
        );
      }
      access.auth.verify(password.toString("utf8"), username ?? void 0).then(accept, (err) => {
        if (err instanceof AuthError) fail2(err, 4);
        else {
          log.error({ err: err.message }, "authentication failed unexpectedly");
          done(err, false);
        }
      });
    },
    authorizePublish: (client, packet, callback) => {
      if (packet.topic.startsWith("$")) return callback(new Error("$ topics are reserved to the broker"));
      const p = principalOf(client);
      if (!p && client === null) {
        return callback(null);
      }
      try {
        if (!p) throw new AuthError("AUTH_REQUIRED", "not logged in");
        if (access && (p === ANONYMOUS ? !access.open : !access.auth.stillValid(p)))
          throw new AuthError("AUTH_REVOKED", `user ${p.username} is no longer valid; reconnect with a current token`);
        checkPublish(p, packet.topic);
      } catch (err) {
        if (!(err instanceof AuthError)) return callback(err);
        refused(err, client, { topic: packet.topic });
        return callback(err);
      }
      if (packet.topic.endsWith("/metrics")) return ingest(client, packet, callback);
      if (packet.topic.endsWith("/state") || packet.topic.endsWith("/events"))
        opts.onDeviceMessage?.(packet.topic, true);
      callback(null);
    },
    authorizeSubscribe: (client, sub, callback) => {
      const p = principalOf(client);
      try {
        if (!p) throw new AuthError("AUTH_REQUIRED", "not logged in");
        if (p !== ANONYMOUS) checkSubscribe(p, sub.topic);
      } catch (err) {
        if (!(err instanceof AuthError)) return callback(err);
        refused(err, client, { filter: sub.topic });
        return callback(null, null);
      }
      callback(null, sub);
    },
    authorizeForward: (client, packet) => {
      const p = principalOf(client);
      if (p === ANONYMOUS) return packet;
      if (!p || !topicMatches(p.scope, packet.topic)) {
        refused(new AuthError("AUTH_SCOPE_DENIED", `delivery of ${packet.topic} outside the scope dropped`), client, {
          topic: packet.topic
        });
        return null;
      }
      return packet;
    }
  });
  aedes.on("clientError", (client, err) => log.debug({ client: client.id, err: err.message }, "mqtt client error"));
  aedes.on("clientDisconnect", (client) => {
    const s = sessions.get(client.id);
    if (s && s.client === client) sessions.delete(client.id);
  });
  const server = opts.tls ? createTlsServer({ cert: readFileSync(opts.tls.cert), key: readFileSync(opts.tls.key) }, aedes.handle) : createServer(aedes.handle);
  await new Promise((resolve2, reject) => {
    server.once("error", (err) => {
      reject(
        err.code === "EADDRINUSE" ? new Error(
          `MQTT port ${opts.host}:${opts.port} is already in use: stop the other process or pick another with --mqtt HOST:PORT`
        ) : err
      );
    });
    server.listen(opts.port, opts.host, () => resolve2());
  });
  const disconnectUser = (username) => {
    let n = 0;
    for (const s of sessions.values()) {
      if (s.principal.username === username) {
        s.client.close();
        n++;
      }
    }
    return n;
  };
  const sweep = access ? setInterval(() => {
    for (const s of sessions.values()) {
      const valid = s.principal === ANONYMOUS ? access.open : access.auth.stillValid(s.principal);
      if (!valid) {
        log.warn({ client: s.client.id, user: s.principal.username }, "disconnecting a revoked user");
        s.client.close();
      }
    }
  }, opts.revocationCheckMs ?? 5e3) : void 0;
  sweep?.unref();
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : opts.port;
  return {
    aedes,
    server,
    port,
    disconnectUser,
    close: async () => {
      if (sweep) clearInterval(sweep);
      await new Promise((resolve2) => aedes.close(() => resolve2()));
      await new Promise((resolve2) => server.close(() => resolve2()));
    }
  };
}

// packages/server/src/http.ts
import { createServer as createServer2 } from "node:http";

// packages/server/src/query-lite.ts
var LOOKBACK_MS = 5 * 60 * 1e3;
function parseSelector(q) {
  const m = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)?\s*(?:\{(.*)\})?\s*$/s.exec(q);
  if (!m || !m[1] && m[2] === void 0)
    throw new Error(`only plain vector selectors are supported here, not ${JSON.stringify(q)}`);
  const out = [];
  if (m[1]) out.push(newMatcher("=", "__name__", m[1]));
  const body = m[2] ?? "";
  const re = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(,|$)/gy;
  let pos = 0;
  while (pos < body.length) {
    re.lastIndex = pos;
    const lm = re.exec(body);
    if (!lm) throw new Error(`bad label matcher at ${JSON.stringify(body.slice(pos))}`);
    out.push(newMatcher(lm[2], lm[1], JSON.parse(`"${lm[3]}"`)));
    pos = re.lastIndex;
  }
  return out;
}
async function instantQuery(queryable, query, timeMs) {
  const matchers = parseSelector(query);
  const q = await queryable.querier(timeMs - LOOKBACK_MS, timeMs);
  try {
    const series = await q.select(true, { start: timeMs - LOOKBACK_MS, end: timeMs }, matchers);
    const result = [];
    for (const s of series) {
      const it8 = s.iterator();
      let t = Number.NaN;
      let v = 0;
      while (it8.next()) {
        t = it8.time();
        v = it8.value();
      }
      if (Number.isNaN(t) || isStaleNaN(v)) continue;
      result.push({ metric: labelsToRecord(s.labels), value: [timeMs / 1e3, formatValue(v)] });
    }
    return { resultType: "vector", result };
  } finally {
    await q.close();
  }
}
function formatValue(v) {
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  if (Number.isNaN(v)) return "NaN";
  return String(v);
}

// packages/server/src/http.ts
function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
async function startHttp(opts) {
  const handle = async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const p = url.pathname;
    if (p === "/-/ready") {
      const ok = opts.ready();
      res.writeHead(ok ? 200 : 503, { "content-type": "text/plain" });
      res.end(ok ? "sensorpath is ready.\n" : "sensorpath is starting.\n");
      return;
    }
    if (p === "/-/healthy") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("sensorpath is healthy.\n");
      return;
    }
    if (p === "/metrics") {
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
      res.end(opts.selfMetrics());
      return;
    }
    if (opts.promApi && await opts.promApi(req, res, url)) return;
    if (p === "/api/v1/query" && req.method === "GET") {
      const query = url.searchParams.get("query");
      if (!query)
        return sendJson(res, 400, {
          status: "error",
          errorType: "bad_data",
          error: 'missing parameter "query"'
        });
      const time = url.searchParams.get("time");
      const t = time ? Math.round(Number(time) * 1e3) : Date.now();
      try {
        const data = await instantQuery(opts.queryable, query, t);
        return sendJson(res, 200, { status: "success", data });
      } catch (err) {
        return sendJson(res, 400, { status: "error", errorType: "bad_data", error: err.message });
      }
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end(`404 page not found: ${p}
`);
  };
  const server = createServer2((req, res) => {
    handle(req, res).catch((err) => {
      opts.logger.error({ err: err.message, url: req.url }, "http handler failed");
      if (!res.headersSent)
        sendJson(res, 500, { status: "error", errorType: "internal", error: err.message });
      else res.end();
    });
  });
  await new Promise((resolve2, reject) => {
    server.once(
      "error",
      (err) => reject(
        err.code === "EADDRINUSE" ? new Error(
          `HTTP port ${opts.host}:${opts.port} is already in use: stop the other process or pick another with --http HOST:PORT`
        ) : err
      )
    );
    server.listen(opts.port, opts.host, () => resolve2());
  });
  const addr = server.address();
  return {
    server,
    port: typeof addr === "object" && addr ? addr.port : opts.port,
    close: () => new Promise((resolve2) => {
      server.closeAllConnections();
      server.close(() => resolve2());
    })
  };
}

// packages/server/src/tenants.ts
var TENANT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
var TenantStores = class {
  constructor(factory) {
    this.factory = factory;
  }
  factory;
  stores = /* @__PURE__ */ new Map();
  /** The storage of a tenant, opened on first use. */
  get(tenant) {
    if (!TENANT.test(tenant)) throw new Error(`invalid tenant name ${JSON.stringify(tenant)}`);
    let s = this.stores.get(tenant);
    if (!s) {
      s = this.factory(tenant);
      this.stores.set(tenant, s);
      s.catch(() => this.stores.delete(tenant));
    }
    return s;
  }
  tenants() {
    return [...this.stores.keys()].sort();
  }
  /** A Queryable over the given tenants (all open tenants when omitted). */
  queryable(tenants) {
    return {
      querier: async (mint, maxt) => {
        const names = tenants ?? this.tenants();
        const stores = await Promise.all(names.filter((t) => this.stores.has(t)).map((t) => this.get(t)));
        const qs = await Promise.all(stores.map((s) => s.querier(mint, maxt)));
        return new MergeQuerier(qs);
      }
    };
  }
  async close() {
    const all = await Promise.allSettled([...this.stores.values()]);
    for (const r of all) if (r.status === "fulfilled") await r.value.close();
    this.stores.clear();
  }
};
var MergeQuerier = class {
  constructor(qs) {
    this.qs = qs;
  }
  qs;
  async select(sorted, hints, matchers) {
    const parts = await Promise.all(this.qs.map((q) => q.select(sorted, hints, matchers)));
    const out = parts.flat();
    if (sorted && parts.length > 1) out.sort((a, b) => compareLabels(a.labels, b.labels));
    return out;
  }
  async labelValues(name, matchers) {
    const parts = await Promise.all(this.qs.map((q) => q.labelValues(name, matchers)));
    return [...new Set(parts.flat())].sort();
  }
  async labelNames(matchers) {
    const parts = await Promise.all(this.qs.map((q) => q.labelNames(matchers)));
    return [...new Set(parts.flat())].sort();
  }
  async close() {
    await Promise.all(this.qs.map((q) => q.close()));
  }
};

// packages/server/src/server.ts
var ServerConfigError = class extends Error {
  code = "SERVER_CONFIG";
};
function isLoopback(host) {
  return host === "localhost" || host === "::1" || isIP(host) === 4 && host.startsWith("127.");
}
async function startServer(opts) {
  const log = opts.logger;
  for (const [what, hp] of [
    ["--http", opts.http],
    ["--mqtt", opts.mqtt]
  ]) {
    if (!isLoopback(hp.host)) {
      throw new ServerConfigError(
        `${what} ${hp.host}:${hp.port}: without configured users sensorpath runs unauthenticated and binds to loopback only; use ${what} 127.0.0.1:${hp.port}, or create users first (sensorpath user create)`
      );
    }
  }
  mkdirSync2(opts.dataDir, { recursive: true });
  const openStorage = opts.openStorage ?? (async () => new MemoryStorage());
  const stores = new TenantStores((tenant) => openStorage(tenant, `${opts.dataDir}/tenants/${tenant}`));
  for (const t of existingTenants(opts.dataDir)) await stores.get(t);
  const ingestor = new Ingestor(stores);
  let ready = false;
  let broker;
  let http;
  try {
    const queryable = stores.queryable();
    http = await startHttp({
      host: opts.http.host,
      port: opts.http.port,
      logger: log,
      queryable,
      ready: () => ready,
      selfMetrics: () => selfMetrics(ingestor, stores),
      promApi: opts.promApi?.({ queryable })
    });
    broker = await startBroker({ host: opts.mqtt.host, port: opts.mqtt.port, ingestor, logger: log });
  } catch (err) {
    await http?.close();
    await stores.close();
    throw err;
  }
  ready = true;
  log.warn(
    { http: `${opts.http.host}:${http.port}`, mqtt: `${opts.mqtt.host}:${broker.port}` },
    "open mode: no users configured, anonymous clients accepted on loopback only"
  );
  const b = broker;
  const h = http;
  return {
    httpPort: h.port,
    mqttPort: b.port,
    stores,
    ingestor,
    async close() {
      ready = false;
      await b.close();
      await h.close();
      await stores.close();
    }
  };
}
function existingTenants(dataDir) {
  try {
    return readdirSync(`${dataDir}/tenants`, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
}
function selfMetrics(ing, stores) {
  const s = ing.stats;
  return [
    "# HELP sensorpath_ingest_messages_total MQTT/HTTP metric messages received.",
    "# TYPE sensorpath_ingest_messages_total counter",
    `sensorpath_ingest_messages_total ${s.messages}`,
    "# HELP sensorpath_ingest_samples_total Samples stored.",
    "# TYPE sensorpath_ingest_samples_total counter",
    `sensorpath_ingest_samples_total ${s.samples}`,
    "# HELP sensorpath_ingest_bad_payloads_total Messages refused as malformed.",
    "# TYPE sensorpath_ingest_bad_payloads_total counter",
    `sensorpath_ingest_bad_payloads_total ${s.badPayloads}`,
    "# HELP sensorpath_ingest_rejected_samples_total Samples refused by storage.",
    "# TYPE sensorpath_ingest_rejected_samples_total counter",
    `sensorpath_ingest_rejected_samples_total ${s.rejectedSamples}`,
    "# HELP sensorpath_tenants Tenants with open storage.",
    "# TYPE sensorpath_tenants gauge",
    `sensorpath_tenants ${stores.tenants().length}`,
    ""
  ].join("\n");
}

// packages/simulator/src/modbus-server.ts
import { createServer as createServer3 } from "node:net";
import ModbusRTU from "modbus-serial";

// packages/simulator/src/prng.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function gaussian(rand) {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// packages/simulator/src/sdm630.ts
var SDM630_INPUT = {
  voltage: [0, 2, 4],
  current: [6, 8, 10],
  power: [12, 14, 16],
  apparentPower: [18, 20, 22],
  reactivePower: [24, 26, 28],
  powerFactor: [30, 32, 34],
  phaseAngle: [36, 38, 40],
  avgVoltage: 42,
  avgCurrent: 46,
  sumCurrent: 48,
  totalPower: 52,
  totalApparentPower: 56,
  totalReactivePower: 60,
  totalPowerFactor: 62,
  frequency: 70,
  importEnergy: 72,
  exportEnergy: 74,
  importReactiveEnergy: 76,
  exportReactiveEnergy: 78,
  lineVoltage: [200, 202, 204],
  neutralCurrent: 224,
  totalEnergy: 342,
  importEnergyPhase: [346, 348, 350]
};
var SDM630_SERIAL_REGISTER = 64512;
var SDM630_INPUT_SIZE = 384;
var round = (v, step) => Math.round(v / step) * step;
var Sdm630Model = class {
  serial;
  rand;
  lastMs;
  importWh;
  reading;
  /** Fault injection: phases forced to 0 V (phase-loss tests and demos). */
  lostPhases = /* @__PURE__ */ new Set();
  input = new Uint16Array(SDM630_INPUT_SIZE);
  view = new DataView(new ArrayBuffer(4));
  constructor(opts = {}) {
    const seed = opts.seed ?? 630;
    this.rand = mulberry32(seed);
    this.serial = opts.serial ?? 2e7 + seed % 1e6;
    this.lastMs = opts.startMs ?? Date.now();
    const kwh = opts.initialKwh ?? 12345.6;
    this.importWh = [kwh * 1e3 / 3, kwh * 1e3 / 3, kwh * 1e3 / 3];
    this.update(this.lastMs);
  }
  /** Advances the model to `nowMs` (never backwards) and refreshes the register bank. */
  update(nowMs) {
    if (this.reading !== void 0 && nowMs - this.lastMs < 100) return this.reading;
    const dtH = Math.max(0, nowMs - this.lastMs) / 36e5;
    const tS = nowMs / 1e3;
    const voltage = [0, 0, 0];
    const current = [0, 0, 0];
    const pf = [0, 0, 0];
    const power = [0, 0, 0];
    for (let i = 0; i < 3; i++) {
      const lost = this.lostPhases.has(i);
      const v = lost ? 0 : 230 + 1.5 * Math.sin(2 * Math.PI * tS / 3600 + i) + 0.6 * gaussian(this.rand);
      const step = Math.floor(tS / 300) % 3 === 0 ? 4 : 0;
      const load = 12 + 6 * Math.sin(2 * Math.PI * tS / 600 + i * 2 * Math.PI / 3) + step + 0.2 * gaussian(this.rand);
      const a = lost ? 0 : Math.max(0, load);
      const f = 0.93 + 0.04 * Math.sin(2 * Math.PI * tS / 900 + i);
      voltage[i] = round(v, 0.1);
      current[i] = round(a, 1e-3);
      pf[i] = round(f, 1e-3);
      power[i] = Math.round(voltage[i] * current[i] * pf[i]);
      this.importWh[i] = this.importWh[i] + power[i] * dtH;
    }
    const frequency = round(
      50 + 0.03 * Math.sin(2 * Math.PI * tS / 120) + 5e-3 * gaussian(this.rand),
      0.01
    );
    this.lastMs = Math.max(this.lastMs, nowMs);
    const importKwhPhase = this.importWh.map((wh) => round(wh / 1e3, 1e-3));
    this.reading = {
      voltage,
      current,
      powerFactor: pf,
      power,
      frequency,
      importKwh: round(
        importKwhPhase.reduce((a, b) => a + b, 0),
        1e-3
      ),
      importKwhPhase
    };
    this.writeBank();
    return this.reading;
  }
  get current() {
    return this.reading;
  }
  /** Input register words [addr, addr+len) as served over FC 4; undefined if out of range. */
  inputRegisters(addr, len) {
    if (addr < 0 || len < 1 || addr + len > SDM630_INPUT_SIZE) return void 0;
    return Array.from(this.input.subarray(addr, addr + len));
  }
  /** Holding register words as served over FC 3 (only the serial number is mapped). */
  holdingRegisters(addr, len) {
    const out = [];
    for (let a = addr; a < addr + len; a++) {
      if (a === SDM630_SERIAL_REGISTER) out.push(this.serial >>> 16 & 65535);
      else if (a === SDM630_SERIAL_REGISTER + 1) out.push(this.serial & 65535);
      else return void 0;
    }
    return out;
  }
  writeBank() {
    const r = this.reading;
    const I = SDM630_INPUT;
    const put = (addr, v) => {
      this.view.setFloat32(0, v);
      this.input[addr] = this.view.getUint16(0);
      this.input[addr + 1] = this.view.getUint16(2);
    };
    let sumI = 0;
    let sumP = 0;
    let sumS = 0;
    let sumQ = 0;
    for (let i = 0; i < 3; i++) {
      const v = r.voltage[i];
      const a = r.current[i];
      const s = Math.round(v * a);
      const p = r.power[i];
      const q = Math.round(Math.sqrt(Math.max(0, s * s - p * p)));
      put(I.voltage[i], v);
      put(I.current[i], a);
      put(I.power[i], p);
      put(I.apparentPower[i], s);
      put(I.reactivePower[i], q);
      put(I.powerFactor[i], r.powerFactor[i]);
      put(I.phaseAngle[i], round(Math.acos(Math.min(1, r.powerFactor[i])) * 180 / Math.PI, 0.01));
      put(I.importEnergyPhase[i], r.importKwhPhase[i]);
      const vNext = r.voltage[(i + 1) % 3];
      put(I.lineVoltage[i], round(Math.sqrt(v * v + vNext * vNext + v * vNext), 0.1));
      sumI += a;
      sumP += p;
      sumS += s;
      sumQ += q;
    }
    put(I.avgVoltage, round(r.voltage.reduce((a, b) => a + b, 0) / 3, 0.1));
    put(I.avgCurrent, round(sumI / 3, 1e-3));
    put(I.sumCurrent, round(sumI, 1e-3));
    put(I.totalPower, sumP);
    put(I.totalApparentPower, sumS);
    put(I.totalReactivePower, sumQ);
    put(I.totalPowerFactor, sumS > 0 ? round(sumP / sumS, 1e-3) : 1);
    put(I.frequency, r.frequency);
    put(I.importEnergy, r.importKwh);
    put(I.exportEnergy, 0);
    put(I.importReactiveEnergy, round(r.importKwh * 0.35, 1e-3));
    put(I.exportReactiveEnergy, 0);
    put(I.neutralCurrent, round(Math.abs(r.current[0] - r.current[1]) / 2, 1e-3));
    put(I.totalEnergy, r.importKwh);
  }
};

// packages/simulator/src/modbus-server.ts
var ModbusException = class extends Error {
  constructor(modbusErrorCode) {
    super(`modbus exception ${modbusErrorCode}`);
    this.modbusErrorCode = modbusErrorCode;
  }
  modbusErrorCode;
};
async function freePort(host = "127.0.0.1") {
  return await new Promise((resolve2, reject) => {
    const s = createServer3();
    s.once("error", reject);
    s.listen(0, host, () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => resolve2(port));
    });
  });
}
function meterVector(meters, now) {
  const meter = (unit) => {
    const m = meters.get(unit);
    if (!m) throw new ModbusException(11);
    m.update(now());
    return m;
  };
  return {
    getInputRegister: (addr, unit) => {
      const v = meter(unit).inputRegisters(addr, 1);
      if (!v) throw new ModbusException(2);
      return v[0];
    },
    getMultipleInputRegisters: (addr, len, unit) => {
      const v = meter(unit).inputRegisters(addr, len);
      if (!v) throw new ModbusException(2);
      return v;
    },
    getHoldingRegister: (addr, unit) => {
      const v = meter(unit).holdingRegisters(addr, 1);
      if (!v) throw new ModbusException(2);
      return v[0];
    },
    getMultipleHoldingRegisters: (addr, len, unit) => {
      const v = meter(unit).holdingRegisters(addr, len);
      if (!v) throw new ModbusException(2);
      return v;
    }
  };
}
function createMeters(units, seed, now) {
  const meters = /* @__PURE__ */ new Map();
  for (const u of units) meters.set(u, new Sdm630Model({ seed: seed + u, startMs: now() }));
  return meters;
}
async function startTcpSimulator(opts = {}) {
  const host = opts.host ?? "127.0.0.1";
  const port = opts.port || await freePort(host);
  const now = opts.now ?? Date.now;
  const meters = createMeters(opts.units ?? [1], opts.seed ?? 630, now);
  const server = new ModbusRTU.ServerTCP(meterVector(meters, now), { host, port, unitID: 255 });
  await new Promise((resolve2, reject) => {
    server.once("initialized", () => resolve2());
    server.once("serverError", (err) => reject(err instanceof Error ? err : new Error(String(err))));
    server.once("error", (err) => reject(err instanceof Error ? err : new Error(String(err))));
  });
  server.on("socketError", () => {
  });
  return {
    host,
    port,
    meters,
    close: () => new Promise((resolve2) => {
      for (const sock of server.socks.keys()) sock.destroy();
      server.close(() => resolve2());
    })
  };
}

// packages/edge/src/agent.test.ts
import { pino } from "pino";

// packages/edge/src/decode.ts
var dv = new DataView(new ArrayBuffer(8));
function arrange(words2, start, n, order) {
  const bytes = [];
  for (let i = 0; i < n; i++) {
    const w = words2[start + i] & 65535;
    bytes.push(w >>> 8, w & 255);
  }
  const len = bytes.length;
  for (let i = 0; i < len; i++) {
    let src;
    switch (order) {
      case "ABCD":
        src = i;
        break;
      case "DCBA":
        src = len - 1 - i;
        break;
      case "BADC":
        src = i ^ 1;
        break;
      case "CDAB": {
        const word = i >> 1;
        src = (n - 1 - word) * 2 + (i & 1);
        break;
      }
    }
    dv.setUint8(i, bytes[src]);
  }
}
function rawHex(words2, start, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += (words2[start + i] & 65535).toString(16).toUpperCase().padStart(4, "0");
  return s;
}
function decodeRaw(words2, start, type, order) {
  const n = type === "u16" || type === "s16" ? 1 : type === "u32" || type === "s32" || type === "f32" ? 2 : 4;
  arrange(words2, start, n, order);
  switch (type) {
    case "u16":
      return dv.getUint16(0);
    case "s16":
      return dv.getInt16(0);
    case "u32":
      return dv.getUint32(0);
    case "s32":
      return dv.getInt32(0);
    case "f32":
      return shortestFloat32(dv.getFloat32(0));
    case "u64":
      return Number(dv.getBigUint64(0));
    case "s64":
      return Number(dv.getBigInt64(0));
    case "f64":
      return dv.getFloat64(0);
  }
}
function shortestFloat32(x) {
  if (!Number.isFinite(x) || x === 0) return x;
  for (let p = 1; p <= 9; p++) {
    const d = Number(x.toPrecision(p));
    if (Math.fround(d) === x) return d;
  }
  return x;
}
function decodePoint(words2, start, p) {
  if (p.notAvailable.length > 0 && p.notAvailable.includes(rawHex(words2, start, p.words))) return void 0;
  const raw = decodeRaw(words2, start, p.type, p.order);
  if (Number.isNaN(raw)) return void 0;
  let v = raw * p.scale + p.offset;
  if (p.decimals !== void 0 && Number.isFinite(v)) {
    const f = 10 ** p.decimals;
    v = Math.round(v * f) / f;
    if (Object.is(v, -0)) v = 0;
  }
  return v;
}

// packages/edge/src/plan.ts
function planReads(points, maxGap, maxRegisters = 125) {
  const blocks = [];
  for (const fn2 of ["holding", "input"]) {
    const sorted = points.filter((p) => p.function === fn2).sort((a, b) => a.address - b.address);
    let cur;
    for (const p of sorted) {
      const end = p.address + p.words;
      if (cur && p.address - (cur.address + cur.count) <= maxGap && end - cur.address <= maxRegisters) {
        cur.count = Math.max(cur.count, end - cur.address);
        cur.points.push({ point: p, offset: p.address - cur.address });
      } else {
        cur = { function: fn2, address: p.address, count: p.words, points: [{ point: p, offset: 0 }] };
        blocks.push(cur);
      }
    }
  }
  return blocks;
}

// packages/edge/src/device.ts
var ModbusDevice = class {
  constructor(opts) {
    this.opts = opts;
    this.profile = opts.profile;
    this.unit = opts.unit;
    this.blocks = planReads(opts.profile.points, opts.profile.maxGap, opts.profile.maxRegisters);
    this.now = opts.now ?? Date.now;
  }
  opts;
  profile;
  unit;
  blocks;
  identity;
  now;
  /** Whether the last poll got answers; retries are spent only on a device that is up. */
  answering = true;
  get description() {
    return `${this.profile.name} unit ${this.unit} on ${this.opts.transport.description}`;
  }
  get metrics() {
    return this.profile.metrics;
  }
  get requestsPerPoll() {
    return this.blocks.length;
  }
  get identityLabels() {
    return this.identity;
  }
  async identify() {
    if (this.identity) return this.identity;
    const out = {};
    for (const { label, point } of this.profile.identity) {
      const words2 = await this.read(point.function, point.address, point.words);
      const v = decodePoint(words2, 0, point);
      if (v !== void 0) out[label] = String(v);
    }
    this.identity = out;
    return out;
  }
  async poll() {
    const started = this.now();
    const samples = [];
    const errors = [];
    let requests = 0;
    if (!this.identity && this.profile.identity.length > 0) {
      try {
        requests++;
        await this.identify();
      } catch (err) {
        errors.push(err);
        this.answering = false;
        return { samples, errors, requests, durationMs: this.now() - started };
      }
    }
    const idLabels = this.identity ?? {};
    for (const b of this.blocks) {
      requests++;
      try {
        const words2 = await this.read(b.function, b.address, b.count);
        const t = this.now();
        for (const { point, offset } of b.points) {
          const v = decodePoint(words2, offset, point);
          if (v === void 0) continue;
          samples.push({
            metric: point.metric,
            labels: { ...point.labels, ...idLabels },
            value: v,
            timeMs: t
          });
        }
      } catch (err) {
        errors.push(err);
        if (err.code !== "MODBUS_EXCEPTION") break;
      }
    }
    this.answering = samples.length > 0 || errors.length === 0;
    return { samples, errors, requests, durationMs: this.now() - started };
  }
  async read(fn2, address2, count) {
    const tries = this.answering ? 1 + (this.opts.retries ?? 0) : 1;
    for (let i = 1; ; i++) {
      try {
        return await this.opts.transport.read(fn2, this.unit, address2, count, this.opts.timeoutMs);
      } catch (err) {
        if (i >= tries || err.code === "MODBUS_EXCEPTION") throw err;
      }
    }
  }
  async close() {
  }
};

// packages/edge/src/errors.ts
var ConfigError = class extends SensorpathError {
};
var DeviceError = class extends SensorpathError {
};
function hint(i, found) {
  if (i.code === "unrecognized_keys")
    return `unknown field ${(i.keys ?? []).map((k) => JSON.stringify(k)).join(", ")}: remove it or correct its spelling (see the reference in packages/edge/README.md)`;
  if (i.code === "invalid_type" && found === void 0) return `required field is missing; add it`;
  return i.message;
}
function formatZodIssues(issues, input) {
  return issues.map((i) => {
    const path = i.path.length ? i.path.map(String).join(".") : "(root)";
    let found = input;
    for (const k of i.path)
      found = found && typeof found === "object" ? found[k] : void 0;
    const shown = found === void 0 ? "nothing" : JSON.stringify(found);
    if (i.code === "unrecognized_keys") return `  - ${path}: ${hint(i, found)}`;
    return `  - ${path}: ${hint(i, found)} (found: ${shown && shown.length > 80 ? `${shown.slice(0, 77)}...` : shown})`;
  }).join("\n");
}

// packages/edge/src/message.ts
function buildMessage(metrics, samples, context, stats, deviceLabels, timeMs, agent) {
  const byMetric = /* @__PURE__ */ new Map();
  for (const s of samples) {
    let arr = byMetric.get(s.metric);
    if (!arr) {
      arr = [];
      byMetric.set(s.metric, arr);
    }
    arr.push({
      name: s.metric,
      labels: toPairs({ ...context, ...s.labels }),
      value: s.value,
      timestamp: s.timeMs / 1e3
    });
  }
  const families = [];
  for (const m of metrics) {
    const arr = byMetric.get(m.name);
    if (!arr || arr.length === 0) continue;
    if (m.type === "counter") for (const s of arr) s.name = `${m.name}_total`;
    const fam = { name: m.name, type: m.type, samples: arr };
    if (m.unit) fam.unit = m.unit;
    if (m.help) fam.help = m.help;
    families.push(fam);
  }
  const ts = timeMs / 1e3;
  const self = toPairs({ ...context, ...deviceLabels });
  const g = (name, help, value, type = "gauge", unit) => {
    const fam = {
      name,
      type,
      help,
      samples: [{ name: type === "counter" ? `${name}_total` : name, labels: self, value, timestamp: ts }]
    };
    if (unit) fam.unit = unit;
    return fam;
  };
  families.push(
    g(
      "sensorpath_device_up",
      "Whether the last poll of the device succeeded (1) or not (0).",
      stats.up ? 1 : 0
    ),
    g(
      "sensorpath_device_poll_duration_seconds",
      "Duration of the last poll.",
      stats.pollDurationSeconds,
      "gauge",
      "seconds"
    ),
    g("sensorpath_device_poll_requests", "Requests sent in the last poll.", stats.requests),
    g("sensorpath_device_polls", "Polls since the agent started.", stats.pollsTotal, "counter"),
    g(
      "sensorpath_device_poll_errors",
      "Failed requests since the agent started.",
      stats.errorsTotal,
      "counter"
    )
  );
  if (agent) {
    families.push(
      g(
        "sensorpath_edge_queue_depth_messages",
        "Messages in the store-and-forward queue, not yet acknowledged by the broker.",
        agent.queueDepth,
        "gauge",
        "messages"
      ),
      g(
        "sensorpath_edge_queue_inflight_messages",
        "Messages sent to the broker and awaiting PUBACK.",
        agent.inflight,
        "gauge",
        "messages"
      ),
      g(
        "sensorpath_edge_dropped_messages",
        "Messages dropped because the queue was full (drop-oldest).",
        agent.droppedMessages,
        "counter",
        "messages"
      ),
      g(
        "sensorpath_edge_dropped_samples",
        "Samples in the dropped messages.",
        agent.droppedSamples,
        "counter",
        "samples"
      )
    );
  }
  return serialize(families);
}
function toPairs(rec) {
  return Object.keys(rec).sort().map((name) => ({ name, value: rec[name] }));
}

// packages/edge/src/publisher.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { connect } from "mqtt";

// packages/edge/src/queue.ts
import {
  closeSync,
  fsyncSync,
  mkdirSync as mkdirSync3,
  openSync,
  readdirSync as readdirSync2,
  readFileSync as readFileSync2,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  ftruncateSync
} from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
var FIXED = 4 + 8 + 8 + 4 + 2;

// packages/edge/src/publisher.ts
var MqttPublisher = class {
  constructor(opts) {
    this.opts = opts;
    this.window = opts.window ?? 32;
    this.rate = opts.replayRate ?? 200;
    this.tokens = Math.max(this.window, this.rate / 10);
    this.state = { ...opts.birth };
    const mqttOpts = {
      clientId: opts.clientId,
      protocolVersion: 4,
      clean: false,
      reconnectPeriod: 1e3,
      connectTimeout: 5e3,
      will: {
        topic: opts.stateTopic,
        payload: Buffer.from(JSON.stringify({ ...opts.birth, state: "offline" })),
        qos: 1,
        retain: true
      }
    };
    if (opts.username) mqttOpts.username = opts.username;
    if (opts.password) mqttOpts.password = opts.password;
    if (opts.tls) {
      if (opts.tls.ca) mqttOpts.ca = readFileSync3(opts.tls.ca);
      if (opts.tls.cert) mqttOpts.cert = readFileSync3(opts.tls.cert);
      if (opts.tls.key) mqttOpts.key = readFileSync3(opts.tls.key);
      mqttOpts.rejectUnauthorized = opts.tls.rejectUnauthorized ?? true;
    }
    this.client = connect(opts.url, mqttOpts);
    this.client.on("connect", () => {
      opts.logger.info(
        { broker: opts.url },
        this.connectedOnce ? "reconnected to broker" : "connected to broker"
      );
      this.connectedOnce = true;
      this.publishState();
      if (opts.subscribe?.length) this.client.subscribe(opts.subscribe, { qos: 1 });
      this.pump();
    });
    this.client.on("message", (topic, payload) => opts.onMessage?.(topic, payload));
    this.client.on(
      "offline",
      () => opts.logger.warn({ broker: opts.url }, "broker unreachable; messages queue until it is back")
    );
    this.client.on(
      "error",
      (err) => opts.logger.warn({ broker: opts.url, err: err.message }, "broker connection error")
    );
  }
  opts;
  client;
  connectedOnce = false;
  inflight = 0;
  tokens;
  lastRefill = Date.now();
  refillTimer;
  state;
  window;
  rate;
  closing = false;
  drainWaiters = [];
  published = 0;
  acked = 0;
  failed = 0;
  get connected() {
    return this.client.connected;
  }
  /** Messages handed to mqtt.js and awaiting their PUBACK. */
  get inFlight() {
    return this.inflight;
  }
  /** Updates the retained state document (e.g. a new config revision) and republishes it. */
  setState(fields, replace = false) {
    this.state = replace ? { ...this.opts.birth, ...fields } : { ...this.state, ...fields };
    if (this.client.connected) this.publishState();
  }
  get stateDocument() {
    return { ...this.state, state: "online" };
  }
  publishState() {
    this.client.publish(
      this.opts.stateTopic,
      JSON.stringify({ ...this.state, state: "online", since: (/* @__PURE__ */ new Date()).toISOString() }),
      { qos: 1, retain: true }
    );
  }
  /** Queues one message (one device poll); it is published when the broker takes it. */
  enqueue(topic, payload, samples) {
    if (this.opts.queue) {
      this.opts.queue.append(topic, payload, samples);
      this.pump();
      return;
    }
    this.published++;
    this.client.publish(topic, payload, { qos: 1 }, (err) => {
      if (err) this.failed++;
      else this.acked++;
    });
  }
  /** Resolves when the broker acknowledged the message (PUBACK); bypasses the queue. */
  publish(topic, payload) {
    this.published++;
    return new Promise((resolve2, reject) => {
      this.client.publish(topic, payload, { qos: 1 }, (err) => {
        if (err) {
          this.failed++;
          reject(err);
        } else {
          this.acked++;
          resolve2();
        }
      });
    });
  }
  refill() {
    const t = Date.now();
    const burst = Math.max(this.window, this.rate / 10);
    this.tokens = Math.min(burst, this.tokens + (t - this.lastRefill) * this.rate / 1e3);
    this.lastRefill = t;
  }
  pump() {
    const q = this.opts.queue;
    if (!q || this.closing) return;
    this.refill();
    while (this.client.connected && this.inflight < this.window && this.tokens >= 1) {
      const m = q.next();
      if (!m) break;
      this.tokens--;
      this.inflight++;
      this.published++;
      this.client.publish(m.topic, m.payload, { qos: 1 }, (err) => {
        this.inflight--;
        if (err) {
          this.failed++;
        } else {
          this.acked++;
          q.ack(m.seq);
        }
        if (this.inflight === 0 && q.unread === 0) for (const w of this.drainWaiters.splice(0)) w();
        this.pump();
      });
    }
    if (q.unread > 0 && this.client.connected && this.inflight < this.window && !this.refillTimer) {
      this.refillTimer = setTimeout(
        () => {
          this.refillTimer = void 0;
          this.pump();
        },
        Math.max(1, Math.ceil(1e3 / this.rate))
      );
    }
  }
  /** Resolves when everything queued so far was acknowledged (or after `timeoutMs`). */
  drained(timeoutMs) {
    const q = this.opts.queue;
    if (!q || q.unread === 0 && this.inflight === 0) return Promise.resolve(true);
    return new Promise((resolve2) => {
      const t = setTimeout(() => resolve2(false), timeoutMs);
      this.drainWaiters.push(() => {
        clearTimeout(t);
        resolve2(true);
      });
    });
  }
  async close() {
    await this.drained(this.client.connected ? 2e3 : 0);
    this.closing = true;
    clearTimeout(this.refillTimer);
    if (this.client.connected) {
      await new Promise(
        (resolve2) => this.client.publish(
          this.opts.stateTopic,
          JSON.stringify({ ...this.state, state: "offline" }),
          { qos: 1, retain: true },
          () => resolve2()
        )
      );
    }
    await this.client.endAsync(true);
  }
};

// packages/edge/src/agent.ts
var AGENT_VERSION = "0.2.0";
function sourceOf(cfg, now) {
  if (cfg.source) return cfg.source;
  if (!cfg.profile || !cfg.transport)
    throw new DeviceError("CONFIG_INVALID", `device ${cfg.path} has neither a source nor a profile and transport`);
  return new ModbusDevice({
    profile: cfg.profile,
    transport: cfg.transport,
    unit: cfg.unit ?? 1,
    timeoutMs: cfg.timeoutMs ?? 500,
    retries: cfg.retries ?? 0,
    now
  });
}
function startEdgeAgent(config) {
  const now = config.now ?? Date.now;
  const log = config.logger;
  const first = config.devices[0];
  if (!first && !config.path) throw new Error("the agent needs at least one device");
  const agentPath = parseSensorPath(config.path ?? first.path);
  const configTopic = topicFor(agentPath, "config");
  let revision = config.configRevision ?? 0;
  let devices = config.devices;
  const agentStats = { queueDepth: 0, droppedMessages: 0, droppedSamples: 0, inflight: 0 };
  const birth = () => ({
    agent: "sensorpath-edge",
    version: AGENT_VERSION,
    devices: devices.map((d) => d.path),
    configRevision: revision
  });
  let applyChain = Promise.resolve();
  let failedRevision = -1;
  const publisher = new MqttPublisher({
    url: config.broker.url,
    clientId: config.broker.clientId ?? `sensorpath-edge-${formatSensorPath(agentPath).replaceAll("/", "-")}`,
    username: config.broker.username,
    password: config.broker.password,
    tls: config.broker.tls,
    stateTopic: topicFor(agentPath, "state"),
    birth: birth(),
    logger: log,
    queue: config.queue,
    replayRate: config.replayRate,
    subscribe: config.applyConfig ? [configTopic] : [],
    onMessage: (topic, payload) => {
      if (topic === configTopic && payload.length > 0) {
        applyChain = applyChain.then(() => onRemoteConfig(payload)).catch(() => {
        });
      }
    }
  });
  let closed = false;
  let running = [];
  const onRemoteConfig = async (payload) => {
    let doc;
    try {
      doc = JSON.parse(payload.toString("utf8"));
    } catch (err) {
      return reportConfigError(-1, `(root): not JSON: ${err.message}`);
    }
    const rev = doc?.revision;
    if (typeof rev !== "number" || !Number.isSafeInteger(rev) || rev < 0)
      return reportConfigError(-1, `revision: expected a whole number >= 0 (found: ${JSON.stringify(rev)})`);
    if (rev <= revision || rev === failedRevision) return;
    try {
      const built = await config.applyConfig(doc.config, rev);
      await reconfigure(built.devices, rev);
      log.info({ revision: rev, devices: built.devices.length }, "applied remote configuration");
    } catch (err) {
      failedRevision = rev;
      reportConfigError(rev, configErrorMessage(err));
    }
  };
  const reportConfigError = (rev, message) => {
    log.warn({ revision: rev, err: message }, "remote configuration refused; the old one keeps running");
    publisher.setState({ ...birth(), configError: { revision: rev, message } }, true);
  };
  const pollOnce = async (r) => {
    const res = await r.source.poll();
    r.stats.pollsTotal++;
    r.stats.errorsTotal += res.errors.length;
    r.stats.up = res.errors.length === 0;
    r.stats.pollDurationSeconds = res.durationMs / 1e3;
    r.stats.requests = res.requests;
    r.failures = res.samples.length === 0 && res.errors.length > 0 ? r.failures + 1 : 0;
    const msg = res.errors[0]?.message ?? "";
    if (msg && msg !== r.lastError)
      log.warn({ device: r.cfg.path, code: res.errors[0]?.code }, msg);
    if (!msg && r.lastError) log.info({ device: r.cfg.path }, "device answers again");
    r.lastError = msg;
    if (r.stopped) return;
    if (config.queue) {
      const q = config.queue.stats();
      agentStats.queueDepth = q.depth;
      agentStats.droppedMessages = q.droppedMessages;
      agentStats.droppedSamples = q.droppedSamples;
    }
    agentStats.inflight = publisher.inFlight;
    const payload = buildMessage(
      r.source.metrics,
      res.samples,
      r.cfg.labels,
      r.stats,
      r.source.identityLabels ?? {},
      now(),
      agentStats
    );
    try {
      publisher.enqueue(r.topic, payload, res.samples.length);
    } catch (err) {
      log.error({ device: r.cfg.path, err: err.message }, "cannot queue the message");
    }
  };
  const start = (cfg) => {
    const path = parseSensorPath(cfg.path);
    const r = {
      cfg,
      path,
      topic: topicFor(path, "metrics"),
      source: sourceOf(cfg, now),
      stats: { up: false, pollDurationSeconds: 0, requests: 0, errorsTotal: 0, pollsTotal: 0 },
      timer: void 0,
      active: void 0,
      lastError: "",
      failures: 0,
      stopped: false
    };
    let phase = now();
    let tick = 0;
    const maxBackoff = cfg.maxBackoffMs ?? 3e4;
    const schedule = () => {
      if (r.stopped) return;
      const t = now();
      if (r.failures >= 2) {
        const delay = Math.min(maxBackoff, cfg.intervalMs * 2 ** Math.min(20, r.failures - 1));
        phase = t + delay;
        tick = 0;
        r.timer = setTimeout(loop, delay);
        return;
      }
      tick++;
      let next = phase + tick * cfg.intervalMs;
      if (next <= t) {
        tick += Math.ceil((t - next) / cfg.intervalMs);
        next = phase + tick * cfg.intervalMs;
      }
      r.timer = setTimeout(loop, next - t);
    };
    const loop = () => {
      r.active = pollOnce(r).catch((err) => log.error({ device: r.cfg.path, err: err.message }, "poll failed unexpectedly")).finally(() => {
        r.active = void 0;
        schedule();
      });
    };
    r.timer = setTimeout(loop, 0);
    return r;
  };
  const stopAll = async (rs) => {
    for (const r of rs) {
      r.stopped = true;
      clearTimeout(r.timer);
    }
    await Promise.race([
      Promise.allSettled(rs.map((r) => r.active)),
      new Promise((res) => setTimeout(res, 5e3))
    ]);
    for (const r of rs) await r.source.close().catch(() => {
    });
    const transports = new Set(rs.map((r) => r.cfg.transport).filter((t) => t !== void 0));
    for (const t of transports) await t.close().catch(() => {
    });
  };
  const reconfigure = async (next, rev) => {
    if (closed) return;
    const old = running;
    running = [];
    await stopAll(old);
    devices = next;
    revision = rev;
    running = next.map(start);
    publisher.setState(birth(), true);
  };
  running = devices.map(start);
  return {
    publisher,
    get configRevision() {
      return revision;
    },
    stats: () => running.map((r) => ({
      path: r.cfg.path,
      polls: r.stats.pollsTotal,
      errors: r.stats.errorsTotal,
      up: r.stats.up,
      failures: r.failures
    })),
    reconfigure: (next, rev) => {
      const p = applyChain.then(() => reconfigure(next, rev));
      applyChain = p.catch(() => {
      });
      return p;
    },
    async close() {
      closed = true;
      await applyChain;
      await stopAll(running);
      await publisher.close();
      config.queue?.close();
    }
  };
}
function configErrorMessage(err) {
  const e = err;
  const issue = e.context?.issues?.[0];
  if (issue) return `${issue.path || "(root)"}: ${issue.message}`;
  const m = /\n\s+- (.*)/.exec(e.message ?? "");
  return m?.[1] ?? e.message ?? String(err);
}

// packages/edge/src/modbus.ts
import modbusSerial from "modbus-serial";
var ModbusClient = modbusSerial;
var QueuedTransport = class {
  client;
  chain = Promise.resolve();
  connecting;
  nextConnectAt = 0;
  backoffMs = 0;
  closed = false;
  /** Silence kept between the end of one transaction and the next request (RTU: t3.5). */
  interFrameMs = 0;
  lastFrameEnd = 0;
  /** Requests sent and their summed duration (request written to answer decoded). */
  requests = 0;
  requestMs = 0;
  read(fn2, unit, address2, count, timeoutMs) {
    const run = async () => {
      const c = await this.connect();
      const wait = this.lastFrameEnd + this.interFrameMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      c.setID(unit);
      c.setTimeout(timeoutMs);
      const t0 = performance.now();
      try {
        const r = fn2 === "input" ? await c.readInputRegisters(address2, count) : await c.readHoldingRegisters(address2, count);
        return r.data;
      } catch (err) {
        throw this.classify(err, fn2, unit, address2, count, timeoutMs);
      } finally {
        this.lastFrameEnd = performance.now();
        this.requests++;
        this.requestMs += this.lastFrameEnd - t0;
      }
    };
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => {
    });
    return p;
  }
  classify(err, fn2, unit, address2, count, timeoutMs) {
    const e = err;
    const what = `${fn2 === "input" ? "FC 4" : "FC 3"} unit ${unit} address 0x${address2.toString(16).toUpperCase()} count ${count} on ${this.description}`;
    if (e.modbusCode !== void 0) {
      return new DeviceError(
        "MODBUS_EXCEPTION",
        `${what}: device answered exception ${e.modbusCode} (${e.message}); check the address (zero-based PDU address, not 3xxxx/4xxxx) and the function code`,
        { cause: err }
      );
    }
    if (e.name === "TransactionTimedOutError" || e.errno === "ETIMEDOUT" || /timed out/i.test(e.message ?? "")) {
      return new DeviceError(
        "MODBUS_TIMEOUT",
        `${what}: no answer within ${timeoutMs} ms; check wiring, unit id and baud rate`,
        { cause: err }
      );
    }
    this.drop();
    return new DeviceError("MODBUS_CONNECT", `${what}: ${e.message ?? String(err)}`, { cause: err });
  }
  async connect() {
    if (this.closed) throw new DeviceError("MODBUS_CONNECT", `${this.description} is closed`);
    if (this.client?.isOpen) return this.client;
    if (this.connecting) return this.connecting;
    const wait = this.nextConnectAt - Date.now();
    if (wait > 0)
      throw new DeviceError(
        "MODBUS_CONNECT",
        `${this.description}: reconnecting in ${wait} ms after a failed attempt`
      );
    this.connecting = (async () => {
      const c = new ModbusClient();
      try {
        await this.open(c);
        this.client = c;
        this.backoffMs = 0;
        return c;
      } catch (err) {
        this.backoffMs = Math.min(3e4, this.backoffMs ? this.backoffMs * 2 : 500);
        this.nextConnectAt = Date.now() + this.backoffMs;
        throw new DeviceError(
          "MODBUS_CONNECT",
          `cannot connect to ${this.description}: ${err.message}; retrying in ${this.backoffMs} ms`,
          { cause: err }
        );
      } finally {
        this.connecting = void 0;
      }
    })();
    return this.connecting;
  }
  drop() {
    const c = this.client;
    this.client = void 0;
    if (c) c.close(() => {
    });
  }
  async close() {
    this.closed = true;
    await this.chain;
    const c = this.client;
    this.client = void 0;
    if (c?.isOpen) await new Promise((resolve2) => c.close(() => resolve2()));
  }
};
var ModbusTcpTransport = class extends QueuedTransport {
  constructor(target) {
    super();
    this.target = target;
    this.description = `modbus-tcp ${target.host}:${target.port}`;
  }
  target;
  description;
  async open(c) {
    c.setTimeout(3e3);
    await c.connectTCP(this.target.host, { port: this.target.port });
  }
};

// packages/edge/src/profile.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync4 } from "node:fs";
import { basename, dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
var DATA_TYPES = ["u16", "s16", "u32", "s32", "f32", "u64", "s64", "f64"];
var ORDERS = ["ABCD", "CDAB", "BADC", "DCBA"];
var REGISTER_WORDS = {
  u16: 1,
  s16: 1,
  u32: 2,
  s32: 2,
  f32: 2,
  u64: 4,
  s64: 4,
  f64: 4
};
var address = z.number().int().min(0).max(65535);
var fn = z.enum(["input", "holding"]);
var labelName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'a label name: letters, digits and "_", not starting with a digit');
var metricName = z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a metric name: letters, digits, "_" and ":"');
var registerSchema = z.object({
  address,
  function: fn.optional(),
  type: z.enum(DATA_TYPES).optional(),
  order: z.enum(ORDERS).optional(),
  labels: z.record(labelName, z.string().min(1)).optional(),
  scale: z.number().optional(),
  offset: z.number().optional()
});
var metricSchema = z.object({
  name: metricName,
  type: z.enum(["gauge", "counter"]),
  unit: z.string().regex(/^[a-z0-9_]+$/).optional(),
  help: z.string().optional(),
  scale: z.number().optional(),
  offset: z.number().optional(),
  decimals: z.number().int().min(0).max(12).optional(),
  /** Raw register words (hex string, e.g. "FFFFFFFF") that mean "not available". */
  notAvailable: z.array(z.string().regex(/^[0-9A-Fa-f]+$/)).optional(),
  registers: z.array(registerSchema).min(1)
});
var profileSchema = z.object({
  profile: z.string().regex(/^[a-z0-9_-]+$/),
  manufacturer: z.string().optional(),
  model: z.string().optional(),
  description: z.string().optional(),
  defaults: z.object({
    function: fn.optional(),
    type: z.enum(DATA_TYPES).optional(),
    order: z.enum(ORDERS).optional()
  }).optional(),
  merge: z.object({
    maxGap: z.number().int().min(0).max(64).optional(),
    maxRegisters: z.number().int().min(1).max(125).optional()
  }).optional(),
  identity: z.record(
    labelName,
    z.object({
      function: fn.optional(),
      address,
      type: z.enum(DATA_TYPES).optional(),
      order: z.enum(ORDERS).optional()
    })
  ).optional(),
  metrics: z.array(metricSchema).min(1)
});
function resolveProfile(doc, source) {
  const r = profileSchema.safeParse(doc);
  if (!r.success) {
    throw new ConfigError(
      "PROFILE_INVALID",
      `device profile ${source} is invalid:
${formatZodIssues(r.error.issues, doc)}`
    );
  }
  const p = r.data;
  const d = {
    function: p.defaults?.function ?? "input",
    type: p.defaults?.type ?? "f32",
    order: p.defaults?.order ?? "ABCD"
  };
  const points = [];
  const metrics = [];
  for (const m of p.metrics) {
    metrics.push({ name: m.name, type: m.type, unit: m.unit, help: m.help });
    if (m.unit && !m.name.endsWith(`_${m.unit}`)) {
      throw new ConfigError(
        "PROFILE_INVALID",
        `device profile ${source}: metric ${m.name} has unit "${m.unit}", so its name must end in "_${m.unit}" (OpenMetrics)`
      );
    }
    for (const reg of m.registers) {
      const type = reg.type ?? d.type;
      points.push({
        function: reg.function ?? d.function,
        address: reg.address,
        type,
        order: reg.order ?? d.order,
        words: REGISTER_WORDS[type],
        scale: reg.scale ?? m.scale ?? 1,
        offset: reg.offset ?? m.offset ?? 0,
        decimals: m.decimals,
        notAvailable: (m.notAvailable ?? []).map((s) => s.toUpperCase()),
        metric: m.name,
        labels: reg.labels ?? {}
      });
    }
  }
  const identity = Object.entries(p.identity ?? {}).map(([label, reg]) => {
    const type = reg.type ?? "u32";
    return {
      label,
      point: {
        function: reg.function ?? "holding",
        address: reg.address,
        type,
        order: reg.order ?? d.order,
        words: REGISTER_WORDS[type],
        scale: 1,
        offset: 0,
        decimals: 0,
        notAvailable: []
      }
    };
  });
  return {
    name: p.profile,
    manufacturer: p.manufacturer,
    model: p.model,
    description: p.description,
    maxGap: p.merge?.maxGap ?? 0,
    maxRegisters: p.merge?.maxRegisters ?? 125,
    identity,
    metrics,
    points
  };
}
var BUILTIN_PROFILE_DIR = join2(dirname2(fileURLToPath(import.meta.url)), "..", "profiles");
function listBuiltinProfiles() {
  return readdirSync3(BUILTIN_PROFILE_DIR).filter((f) => f.endsWith(".yaml")).map((f) => basename(f, ".yaml")).sort();
}
function loadProfile(nameOrPath) {
  const isPath = nameOrPath.includes("/") || nameOrPath.includes("\\") || nameOrPath.endsWith(".yaml");
  const file = isPath ? nameOrPath : join2(BUILTIN_PROFILE_DIR, `${nameOrPath}.yaml`);
  let text;
  try {
    text = readFileSync4(file, "utf8");
  } catch {
    throw new ConfigError(
      "PROFILE_NOT_FOUND",
      isPath ? `device profile file ${file} cannot be read` : `unknown device profile "${nameOrPath}"; built-in profiles: ${listBuiltinProfiles().join(", ")} (or give a path to a .yaml profile)`
    );
  }
  return resolveProfile(parseYaml(text), file);
}

// packages/edge/src/agent.test.ts
var logger = pino({ level: "silent" });
describe("edge agent \u2192 server", () => {
  let srv;
  let sim;
  let agent;
  const dir = mkdtempSync(join3(tmpdir(), "sp-agent-"));
  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: "127.0.0.1", port: 0 },
      mqtt: { host: "127.0.0.1", port: 0 },
      logger
    });
    sim = await startTcpSimulator({ units: [1] });
    const transport = new ModbusTcpTransport({ host: sim.host, port: sim.port });
    const profile = loadProfile("sdm630");
    const dev = { profile, transport, intervalMs: 200, timeoutMs: 150, labels: { machine: "press3" } };
    agent = startEdgeAgent({
      broker: { url: `mqtt://127.0.0.1:${srv.mqttPort}` },
      devices: [
        { ...dev, path: "acme/berlin/hall/line1/meter1", unit: 1 },
        { ...dev, path: "acme/berlin/hall/line1/meter9", unit: 9 }
      ],
      logger
    });
  });
  after(async () => {
    await agent.close();
    await sim.close();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });
  it("keeps the live meter at its poll rate while a dead one on the same bus reports down", async () => {
    await new Promise((r) => setTimeout(r, 2500));
    const store = await srv.stores.get("acme");
    const q = await store.querier(0, Date.now() + 1e3);
    const volts = await q.select(true, void 0, [
      newMatcher("=", "__name__", "meter_voltage_volts"),
      newMatcher("=", "phase", "L1")
    ]);
    assert.equal(volts.length, 1);
    assert.equal(labelsToRecord(volts[0].labels).machine, "press3");
    let n = 0;
    const it8 = volts[0].iterator();
    while (it8.next()) n++;
    assert.ok(n >= 7, `only ${n} samples of the live meter`);
    const up = await q.select(true, void 0, [newMatcher("=", "__name__", "sensorpath_device_up")]);
    const last = (s) => {
      const i = s.iterator();
      let v = Number.NaN;
      while (i.next()) v = i.value();
      return v;
    };
    const byDevice = Object.fromEntries(up.map((s) => [labelsToRecord(s.labels).device, last(s)]));
    assert.deepEqual(byDevice, { meter1: 1, meter9: 0 });
    await q.close();
    const stats = agent.stats();
    assert.ok(stats[1].errors > 0);
  });
});

// packages/edge/src/config.test.ts
import assert2 from "node:assert/strict";
import { existsSync, readdirSync as readdirSync4, readFileSync as readFileSync8, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join5 } from "node:path";
import { describe as describe2, it as it2 } from "node:test";
import { fileURLToPath as fileURLToPath3 } from "node:url";

// packages/edge/src/config.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { parse as parseYaml2 } from "yaml";
import { z as z2 } from "zod";
var DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(v) {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : void 0;
  if (typeof v !== "string") return void 0;
  const m = DURATION.exec(v.trim());
  if (!m) return void 0;
  return Math.round(Number(m[1]) * UNIT_MS[m[2] ?? "ms"]);
}
function duration(minMs, description) {
  return z2.union([z2.number(), z2.string()]).describe(`${description} A duration: \`500ms\`, \`1s\`, \`2m\`, or a number of milliseconds.`).transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === void 0) {
      ctx.addIssue({ code: "custom", message: "expected a duration such as 100ms, 1s or 2m" });
      return z2.NEVER;
    }
    if (ms < minMs) {
      ctx.addIssue({ code: "custom", message: `must be at least ${minMs}ms; use ${minMs}ms or more` });
      return z2.NEVER;
    }
    return ms;
  });
}
var labelName2 = z2.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'a label name is letters, digits and "_", not starting with a digit');
var labels = z2.record(labelName2, z2.string().min(1, "a label value must not be empty")).describe("Extra labels on every series, e.g. `{machine: press3}`.");
var metricName2 = z2.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a metric name is letters, digits, "_" and ":"');
var segment = z2.string().regex(
  /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
  'a sensor path segment is 1-64 letters, digits, "_", "." or "-", starting with a letter or digit'
);
var sensorPath = z2.string().describe("The agent's sensor path `enterprise/site/area/line/device`; the enterprise is the tenant.").superRefine((v, ctx) => {
  try {
    parseSensorPath(v);
  } catch (err) {
    ctx.addIssue({ code: "custom", message: err.message });
  }
});
var tlsSchema = z2.strictObject({
  ca: z2.string().optional().describe("File with the CA certificate(s) (PEM) that signed the broker."),
  cert: z2.string().optional().describe("Client certificate file (PEM), for mutual TLS."),
  key: z2.string().optional().describe("Client key file (PEM), for mutual TLS."),
  rejectUnauthorized: z2.boolean().default(true).describe("Refuse brokers whose certificate does not verify. Set false only for tests.")
}).describe("TLS for `mqtts://` and `wss://` brokers.");
var brokerSchema = z2.strictObject({
  url: z2.string().regex(/^(mqtt|mqtts|ws|wss|tcp|ssl):\/\/[^\s]+$/, "expected mqtt://HOST:PORT or mqtts://HOST:PORT").describe("Broker URL, e.g. `mqtt://127.0.0.1:1883` or `mqtts://broker.example:8883`."),
  username: z2.string().optional().describe("MQTT username."),
  password: z2.string().optional().describe("MQTT password or API token."),
  passwordFile: z2.string().optional().describe("File holding the password (wins over `password`)."),
  clientId: z2.string().optional().describe("MQTT client id; default: derived from the sensor path."),
  tls: tlsSchema.optional()
}).describe("Where the agent publishes.");
var queueSchema = z2.strictObject({
  dir: z2.string().optional().describe("Directory of the store-and-forward queue; default `<dataDir>/queue` (`--queue-dir` wins)."),
  maxBytes: z2.number().int().min(1 << 16, "must be at least 65536 bytes").default(256 * 1024 * 1024).describe("Upper bound of the queue on disk; beyond it the oldest segment is dropped."),
  segmentBytes: z2.number().int().min(4096, "must be at least 4096 bytes").default(4 * 1024 * 1024).describe("Size at which a segment file is closed and a new one started."),
  fsync: z2.enum(["always", "interval", "never"]).default("interval").describe("When appended messages are fsynced: every message, once per second, or never."),
  replayRate: z2.number().min(1).default(200).describe("Messages per second sent from the queue after a reconnect (and at most in general).")
}).describe("Store-and-forward queue (format: docs/format/edge-queue.md).");
var rtuSchema = z2.strictObject({
  port: z2.string().min(1).describe("Serial device, e.g. `/dev/ttyUSB0` or `/dev/ttyAMA0`."),
  baud: z2.union([
    z2.literal(1200),
    z2.literal(2400),
    z2.literal(4800),
    z2.literal(9600),
    z2.literal(19200),
    z2.literal(38400),
    z2.literal(57600),
    z2.literal(115200)
  ], { error: "expected one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200" }).default(9600).describe("Baud rate: 1200, 2400, 4800, 9600, 19200, 38400, 57600 or 115200."),
  parity: z2.enum(["none", "even", "odd"]).default("none").describe("Parity."),
  stopBits: z2.union([z2.literal(1), z2.literal(2)], { error: "expected 1 or 2" }).default(1).describe("Stop bits: 1 or 2."),
  dataBits: z2.union([z2.literal(7), z2.literal(8)], { error: "expected 7 or 8" }).default(8).describe("Data bits: 8 (Modbus RTU) or 7.")
}).describe("A Modbus RTU serial line (RS-485). One request is on the wire at a time.");
var tcpSchema = z2.strictObject({
  host: z2.string().min(1).describe("Host name or address of the meter or gateway."),
  port: z2.number().int().min(1).max(65535).default(502).describe("TCP port.")
}).describe("A Modbus TCP connection to a meter or an RTU gateway; re-opened with backoff when it drops.");
var modbusDeviceSchema = z2.strictObject({
  device: segment.describe("The device's own sensor path segment (replaces the agent path's last one)."),
  profile: z2.string().min(1).describe("Device profile: a built-in name (`sdm630`, \u2026) or a `.yaml` file path."),
  unit: z2.number().int().min(0).max(247).default(1).describe("Modbus unit (slave) id, 1-247 (0 on TCP only)."),
  interval: duration(100, "Poll interval, 100ms or more.").default(1e3),
  timeout: duration(10, "Per-request timeout; default: the bus timeout.").optional(),
  labels: labels.optional()
});
var busSchema = z2.strictObject({
  name: segment.describe("Name of the bus in logs and self-metrics."),
  rtu: rtuSchema.optional(),
  tcp: tcpSchema.optional(),
  timeout: duration(10, "Default per-request timeout of its devices.").default(500),
  retries: z2.number().int().min(0).max(5).default(1).describe("Retries of a failed request while the device is up (none while it is down)."),
  maxBackoff: duration(100, "Longest pause between polls of a device that does not answer.").default(
    3e4
  ),
  devices: z2.array(modbusDeviceSchema).min(1, "a bus needs at least one device").describe("Devices on the bus.")
}).superRefine((b, ctx) => {
  if (!!b.rtu === !!b.tcp)
    ctx.addIssue({ code: "custom", message: "give exactly one of rtu: {port, baud, \u2026} or tcp: {host, port}" });
});
var xmlMetricSchema = z2.strictObject({
  name: metricName2.describe("Metric name, e.g. `plc_temperature_celsius`."),
  type: z2.enum(["gauge", "counter"]).default("gauge").describe("Metric type."),
  unit: z2.string().optional().describe("OpenMetrics unit; the name must end in `_<unit>`."),
  help: z2.string().optional().describe("Help text."),
  path: z2.string().min(1).describe('XPath-like location: `/a/b[@name="x"]/value`, `//item/@v`, `/a/b[2]`.'),
  scale: z2.number().default(1).describe("Multiplier applied to the value."),
  labels: labels.optional()
});
var httpSchema = z2.strictObject({
  device: segment.describe("The device's own sensor path segment."),
  url: z2.string().regex(/^https?:\/\//, "expected an http:// or https:// URL").describe("URL of the XML document."),
  method: z2.enum(["GET", "POST"]).default("GET").describe("HTTP method."),
  body: z2.string().optional().describe("Request body for POST."),
  username: z2.string().optional().describe("Basic auth user."),
  password: z2.string().optional().describe("Basic auth password."),
  interval: duration(100, "Poll interval, 100ms or more.").default(1e3),
  timeout: duration(10, "Request timeout.").default(2e3),
  labels: labels.optional(),
  metrics: z2.array(xmlMetricSchema).min(1, "map at least one value").describe("Values to extract.")
});
var opcuaNodeSchema = z2.strictObject({
  nodeId: z2.string().min(1).describe("OPC UA node id, e.g. `ns=1;s=Temperature`."),
  name: metricName2.describe("Metric name."),
  type: z2.enum(["gauge", "counter"]).default("gauge").describe("Metric type."),
  unit: z2.string().optional().describe("OpenMetrics unit; the name must end in `_<unit>`."),
  help: z2.string().optional().describe("Help text."),
  scale: z2.number().default(1).describe("Multiplier applied to the value."),
  labels: labels.optional()
});
var opcuaSchema = z2.strictObject({
  device: segment.describe("The device's own sensor path segment."),
  endpoint: z2.string().regex(/^opc\.tcp:\/\//, "expected opc.tcp://HOST:PORT/PATH").describe("Endpoint URL, e.g. `opc.tcp://plc:4840`."),
  interval: duration(100, "Publish interval (values come from monitored items).").default(1e3),
  samplingInterval: duration(0, "Server-side sampling interval of the monitored items.").default(100),
  labels: labels.optional(),
  nodes: z2.array(opcuaNodeSchema).min(1, "monitor at least one node").describe("Monitored items.")
});
var revpiValueSchema = z2.strictObject({
  variable: z2.string().min(1).describe("PiCtory variable name, e.g. `InputValue_1`."),
  name: metricName2.describe("Metric name."),
  type: z2.enum(["gauge", "counter"]).default("gauge").describe("Metric type."),
  unit: z2.string().optional().describe("OpenMetrics unit; the name must end in `_<unit>`."),
  help: z2.string().optional().describe("Help text."),
  signed: z2.boolean().default(false).describe("Read 16/32-bit values as signed."),
  scale: z2.number().default(1).describe("Multiplier applied to the value."),
  labels: labels.optional()
});
var revpiSchema = z2.strictObject({
  device: segment.describe("The device's own sensor path segment."),
  config: z2.string().default("/etc/revpi/config.rsc").describe("PiCtory configuration (JSON) giving each variable its offset."),
  image: z2.string().default("/dev/piControl0").describe("The process image (device or file)."),
  interval: duration(100, "Poll interval, 100ms or more.").default(1e3),
  labels: labels.optional(),
  values: z2.array(revpiValueSchema).min(1, "read at least one variable").describe("Variables to read.")
});
var machineConfigSchema = z2.strictObject({
  path: sensorPath,
  broker: brokerSchema,
  labels: labels.optional(),
  dataDir: z2.string().default("/var/lib/sensorpath-edge").describe("Data directory of the agent."),
  queue: queueSchema.optional(),
  buses: z2.array(busSchema).default([]).describe("Modbus buses (RTU lines, TCP connections) and their devices."),
  http: z2.array(httpSchema).default([]).describe("HTTP/XML inputs (PLC values as XML documents)."),
  opcua: z2.array(opcuaSchema).default([]).describe("OPC UA inputs (monitored items)."),
  revpi: z2.array(revpiSchema).default([]).describe("Revolution Pi process image inputs.")
}).superRefine((c, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  const check2 = (device, where) => {
    const prev = seen.get(device);
    if (prev)
      ctx.addIssue({
        code: "custom",
        path: where,
        message: `device "${device}" is already used at ${prev}; give each device its own name`
      });
    else seen.set(device, where.join("."));
  };
  c.buses.forEach((b, i) => {
    b.devices.forEach((d, j) => {
      check2(d.device, ["buses", i, "devices", j, "device"]);
    });
  });
  for (const kind of ["http", "opcua", "revpi"])
    c[kind].forEach((d, i) => {
      check2(d.device, [kind, i, "device"]);
    });
  if (seen.size === 0)
    ctx.addIssue({
      code: "custom",
      path: ["buses"],
      message: "no devices: add a bus with devices (or an http, opcua or revpi input)"
    });
});
function resolveMachineConfig(doc, source) {
  const r = machineConfigSchema.safeParse(doc);
  if (!r.success) {
    throw new ConfigError(
      "CONFIG_INVALID",
      `machine configuration ${source} is invalid:
${formatZodIssues(r.error.issues, doc)}`,
      { context: { issues: r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) } }
    );
  }
  const c = r.data;
  const queue = c.queue ?? queueSchema.parse({});
  if (c.broker.passwordFile) {
    try {
      c.broker.password = readFileSync5(c.broker.passwordFile, "utf8").trim();
    } catch {
      throw new ConfigError(
        "CONFIG_INVALID",
        `machine configuration ${source} is invalid:
  - broker.passwordFile: cannot be read (found: ${JSON.stringify(c.broker.passwordFile)}); give a readable file`
      );
    }
  }
  return { ...c, queue };
}
function loadMachineConfig(file) {
  let text;
  try {
    text = readFileSync5(file, "utf8");
  } catch (err) {
    throw new ConfigError("CONFIG_INVALID", `machine configuration ${file} cannot be read: ${err.message}`);
  }
  let doc;
  try {
    doc = parseYaml2(text);
  } catch (err) {
    throw new ConfigError(
      "CONFIG_INVALID",
      `machine configuration ${file} is not valid YAML: ${err.message.split("\n")[0]}`
    );
  }
  return resolveMachineConfig(doc, file);
}
function devicePath(agentPath, device) {
  const parts = agentPath.split("/");
  parts[parts.length - 1] = device;
  return parts.join("/");
}

// packages/edge/src/config-doc.ts
import { readFileSync as readFileSync6, writeFileSync as writeFileSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { z as z3 } from "zod";
function typeOf(s) {
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  if (s.const !== void 0) return `\`${JSON.stringify(s.const)}\``;
  if (s.anyOf) {
    const consts = s.anyOf.every((a) => a.const !== void 0);
    if (consts) return s.anyOf.map((a) => `\`${JSON.stringify(a.const)}\``).join(" \\| ");
    return s.anyOf.map(typeOf).join(" \\| ");
  }
  if (s.type === "array") return `list of ${s.items ? typeOf(s.items) : "any"}`;
  if (s.type === "object" && !s.properties && typeof s.additionalProperties === "object") return "map of string";
  if (Array.isArray(s.type)) return s.type.join(" \\| ");
  let t = s.type ?? "any";
  if (t === "integer" && s.minimum !== void 0 && s.maximum !== void 0 && s.maximum < 1e9)
    t = `integer ${s.minimum}\u2013${s.maximum}`;
  return t;
}
function walk(s, path, required, rows) {
  const desc = (s.description ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");
  if (path) {
    const def = s.default !== void 0 ? `\`${JSON.stringify(s.default)}\`` : required ? "**required**" : "";
    rows.push(`| \`${path}\` | ${typeOf(s)} | ${def} | ${desc} |`);
  }
  const obj = s.type === "array" ? s.items : s;
  const prefix = s.type === "array" ? `${path}[]` : path;
  if (obj?.properties) {
    for (const [k, v] of Object.entries(obj.properties))
      walk(v, prefix ? `${prefix}.${k}` : k, obj.required?.includes(k) ?? false, rows);
  }
}
function configReference() {
  const json = z3.toJSONSchema(machineConfigSchema, { io: "input", unrepresentable: "any" });
  const rows = ["| field | type | default | meaning |", "|---|---|---|---|"];
  walk(json, "", true, rows);
  return `${rows.join("\n")}
`;
}
var README = fileURLToPath2(new URL("../README.md", import.meta.url));
var START = "<!-- config-reference:start (generated from src/config.ts; do not edit) -->";
var END = "<!-- config-reference:end -->";
function readmeWithReference(readme) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) return `${readme}
${START}
${configReference()}${END}
`;
  return `${readme.slice(0, a + START.length)}
${configReference()}${readme.slice(b)}`;
}
if (process.argv.includes("--write") && process.argv[1] && fileURLToPath2(import.meta.url) === process.argv[1]) {
  writeFileSync2(README, readmeWithReference(readFileSync6(README, "utf8")));
}

// packages/edge/src/runtime.ts
import { join as join4 } from "node:path";

// packages/edge/src/inputs/xpath.ts
import { XMLParser } from "fast-xml-parser";
var XPathError = class extends Error {
  code = "XPATH_INVALID";
};
var NAME = /^[A-Za-z_][\w.-]*$|^\*$/;
function parsePredicate(text, source) {
  const t = text.trim();
  if (/^\d+$/.test(t)) return { kind: "index", index: Number(t) };
  const m = /^(@?)([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')$/.exec(t);
  if (!m) throw new XPathError(`${source}: predicate [${text}] is not [@attr="v"], [child="v"] or [n]`);
  return { kind: m[1] ? "attr" : "child", name: m[2], value: m[3] ?? m[4] ?? "" };
}
function compileXPath(source) {
  if (!source.startsWith("/")) throw new XPathError(`${source}: start the path with / or //`);
  const steps = [];
  let select = { kind: "text" };
  let i = 0;
  while (i < source.length) {
    let descendant = false;
    if (source.startsWith("//", i)) {
      descendant = true;
      i += 2;
    } else if (source[i] === "/") i++;
    let j = i;
    let depth = 0;
    let quote = "";
    for (; j < source.length; j++) {
      const ch = source[j];
      if (quote) {
        if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "[") depth++;
      else if (ch === "]") depth--;
      else if (ch === "/" && depth === 0) break;
    }
    const text = source.slice(i, j);
    i = j;
    const last = i >= source.length;
    if (last && text.startsWith("@")) {
      select = { kind: "attr", name: text.slice(1) };
      break;
    }
    if (last && text === "text()") break;
    const b = text.indexOf("[");
    const name = b < 0 ? text : text.slice(0, b);
    if (!NAME.test(name)) throw new XPathError(`${source}: step "${text}" is not an element name, * or @attr`);
    const predicates = [];
    let rest = b < 0 ? "" : text.slice(b);
    while (rest) {
      const m = /^\[((?:[^\]"']|"[^"]*"|'[^']*')*)\]/.exec(rest);
      if (!m) throw new XPathError(`${source}: cannot read the predicate in "${text}"`);
      predicates.push(parsePredicate(m[1], source));
      rest = rest.slice(m[0].length);
    }
    steps.push({ descendant, name, predicates });
  }
  if (steps.length === 0) throw new XPathError(`${source}: the path selects no element`);
  return { source, steps, select };
}
var parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute
});

// packages/edge/src/inputs/revpi.ts
import { closeSync as closeSync2, openSync as openSync2, readFileSync as readFileSync7, readSync as readSync2 } from "node:fs";

// packages/edge/src/runtime.ts
function fail(source, path, value, message) {
  throw new ConfigError(
    "CONFIG_INVALID",
    `machine configuration ${source} is invalid:
  - ${path}: ${message} (found: ${JSON.stringify(value)})`,
    { context: { issues: [{ path, message }] } }
  );
}
function planMachine(config, source) {
  const profiles = /* @__PURE__ */ new Map();
  const devices = [];
  config.buses.forEach((bus, i) => {
    bus.devices.forEach((d, j) => {
      let profile = profiles.get(d.profile);
      if (!profile) {
        try {
          profile = loadProfile(d.profile);
        } catch (err) {
          fail(source, `buses.${i}.devices.${j}.profile`, d.profile, err.message);
        }
        profiles.set(d.profile, profile);
      }
      if (bus.rtu && d.unit === 0)
        fail(source, `buses.${i}.devices.${j}.unit`, d.unit, "unit 0 is broadcast on a serial line; use 1-247");
      devices.push({
        path: devicePath(config.path, d.device),
        kind: "modbus",
        where: bus.rtu ? `modbus-rtu ${bus.rtu.port} ${bus.rtu.baud} unit ${d.unit}` : `modbus-tcp ${bus.tcp.host}:${bus.tcp.port} unit ${d.unit}`,
        intervalMs: d.interval,
        profile
      });
    });
  });
  const unitCheck = (kind, i, j, m) => {
    if (m.unit && !m.name.endsWith(`_${m.unit}`))
      fail(source, `${kind}.${i}.${kind === "http" ? "metrics" : kind === "opcua" ? "nodes" : "values"}.${j}.name`, m.name, `with unit "${m.unit}" the name must end in "_${m.unit}"`);
  };
  config.http.forEach((h, i) => {
    h.metrics.forEach((m, j) => {
      unitCheck("http", i, j, m);
      try {
        compileXPath(m.path);
      } catch (err) {
        fail(source, `http.${i}.metrics.${j}.path`, m.path, err.message);
      }
    });
  });
  config.opcua.forEach((o, i) => {
    o.nodes.forEach((m, j) => unitCheck("opcua", i, j, m));
  });
  config.revpi.forEach((r, i) => {
    r.values.forEach((m, j) => unitCheck("revpi", i, j, m));
  });
  for (const h of config.http)
    devices.push({ path: devicePath(config.path, h.device), kind: "http-xml", where: h.url, intervalMs: h.interval });
  for (const o of config.opcua)
    devices.push({ path: devicePath(config.path, o.device), kind: "opcua", where: o.endpoint, intervalMs: o.interval });
  for (const r of config.revpi)
    devices.push({ path: devicePath(config.path, r.device), kind: "revpi", where: r.image, intervalMs: r.interval });
  return { config, devices, profiles };
}

// packages/edge/src/config.test.ts
var DIR = fileURLToPath3(new URL("./testdata/config/", import.meta.url));
var UPDATE = process.env.SENSORPATH_UPDATE_FIXTURES === "1";
function check(file) {
  try {
    const cfg = loadMachineConfig(file);
    planMachine(cfg, file);
    return void 0;
  } catch (err) {
    return err.message.replaceAll(file, "<file>");
  }
}
describe2("machine configuration", () => {
  for (const name of readdirSync4(DIR).filter((f) => f.endsWith(".bad.yaml")).sort()) {
    it2(`refuses ${name} with the expected message`, () => {
      const file = join5(DIR, name);
      const got = check(file);
      assert2.ok(got, `${name} was accepted`);
      const expectedFile = file.replace(/\.yaml$/, ".txt");
      if (UPDATE || !existsSync(expectedFile)) writeFileSync3(expectedFile, `${got}
`);
      assert2.equal(got, readFileSync8(expectedFile, "utf8").trimEnd());
      assert2.match(got, /\n {2}- [\w.]+: .+/, "names the field path");
    });
  }
  for (const name of readdirSync4(DIR).filter((f) => f.endsWith(".good.yaml"))) {
    it2(`accepts ${name}`, () => {
      const file = join5(DIR, name);
      assert2.equal(check(file), void 0);
      const plan = planMachine(loadMachineConfig(file), file);
      assert2.ok(plan.devices.length > 0);
    });
  }
  it2("resolves defaults, durations and device paths", () => {
    const cfg = loadMachineConfig(join5(DIR, "plant.good.yaml"));
    const rtu = cfg.buses[0];
    assert2.equal(rtu.timeout, 300);
    assert2.equal(rtu.rtu?.baud, 9600);
    assert2.equal(rtu.devices[1].interval, 500);
    assert2.equal(cfg.buses[1].devices[0].interval, 100);
    assert2.equal(cfg.queue.replayRate, 200);
    assert2.equal(cfg.queue.maxBytes, 64 * 1024 * 1024);
    const plan = planMachine(cfg, "x");
    assert2.deepEqual(
      plan.devices.map((d) => d.path),
      ["meter1", "meter2", "meter3", "plc1", "plc2", "revpi1"].map((d) => devicePath(cfg.path, d))
    );
    assert2.equal(parseDuration("1.5s"), 1500);
    assert2.equal(parseDuration("2m"), 12e4);
    assert2.equal(parseDuration("soon"), void 0);
  });
  it2("keeps the generated reference in packages/edge/README.md up to date", () => {
    const readme = readFileSync8(README, "utf8");
    const fresh = readmeWithReference(readme);
    if (UPDATE) writeFileSync3(README, fresh);
    assert2.equal(readme, fresh, "regenerate: npx tsx packages/edge/src/config-doc.ts --write");
  });
});

// packages/edge/src/decode.test.ts
import assert3 from "node:assert/strict";
import { describe as describe3, it as it3 } from "node:test";
function words(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i += 2) out.push(bytes[i] << 8 | bytes[i + 1]);
  return out;
}
describe3("decode", () => {
  it3("reads float32 in all four byte orders", () => {
    const dv2 = new DataView(new ArrayBuffer(4));
    dv2.setFloat32(0, 230.1);
    const [a, b, c, d] = [0, 1, 2, 3].map((i) => dv2.getUint8(i));
    assert3.equal(decodeRaw(words([a, b, c, d]), 0, "f32", "ABCD"), 230.1);
    assert3.equal(decodeRaw(words([c, d, a, b]), 0, "f32", "CDAB"), 230.1);
    assert3.equal(decodeRaw(words([b, a, d, c]), 0, "f32", "BADC"), 230.1);
    assert3.equal(decodeRaw(words([d, c, b, a]), 0, "f32", "DCBA"), 230.1);
  });
  it3("reads integer types with sign", () => {
    assert3.equal(decodeRaw([65535], 0, "s16", "ABCD"), -1);
    assert3.equal(decodeRaw([65535], 0, "u16", "ABCD"), 65535);
    assert3.equal(decodeRaw([1, 2], 0, "u32", "ABCD"), 65538);
    assert3.equal(decodeRaw([2, 1], 0, "u32", "CDAB"), 65538);
    assert3.equal(decodeRaw([65535, 65534], 0, "s32", "ABCD"), -2);
    assert3.equal(decodeRaw([0, 0, 1, 34464], 0, "u64", "ABCD"), 1e5);
    assert3.equal(decodeRaw([65535, 65535, 65535, 65535], 0, "s64", "ABCD"), -1);
  });
  it3("reads float64", () => {
    const dv2 = new DataView(new ArrayBuffer(8));
    dv2.setFloat64(0, 12345.678);
    const ws = [0, 2, 4, 6].map((i) => dv2.getUint16(i));
    assert3.equal(decodeRaw(ws, 0, "f64", "ABCD"), 12345.678);
  });
  it3("gives the shortest decimal for a float32", () => {
    assert3.equal(shortestFloat32(Math.fround(230.1)), 230.1);
    assert3.equal(shortestFloat32(Math.fround(1e-3)), 1e-3);
    assert3.equal(shortestFloat32(Math.fround(49.99)), 49.99);
  });
  const base = {
    type: "u32",
    order: "ABCD",
    words: 2,
    scale: 1,
    offset: 0,
    decimals: void 0,
    notAvailable: []
  };
  it3("applies scale, offset and decimals (ABB-style scaled integers)", () => {
    assert3.equal(decodePoint([0, 2301], 0, { ...base, scale: 0.1, decimals: 1 }), 230.1);
    assert3.equal(decodePoint([0, 100], 0, { ...base, scale: 1, offset: -40 }), 60);
  });
  it3("honours the not-available marker", () => {
    assert3.equal(decodePoint([65535, 65535], 0, { ...base, notAvailable: ["FFFFFFFF"] }), void 0);
    assert3.equal(decodePoint([65535, 65534], 0, { ...base, notAvailable: ["FFFFFFFF"] }), 4294967294);
  });
});

// packages/edge/src/device.test.ts
import assert4 from "node:assert/strict";
import { after as after2, before as before2, describe as describe4, it as it4 } from "node:test";
describe4("ModbusDevice against the SDM630 simulator", () => {
  let sim;
  let transport;
  before2(async () => {
    sim = await startTcpSimulator({ units: [1, 2], now: () => 1764e9 });
    transport = new ModbusTcpTransport({ host: sim.host, port: sim.port });
  });
  after2(async () => {
    await transport.close();
    await sim.close();
  });
  it4("reads every profile value with the serial as a label", async () => {
    const dev = new ModbusDevice({ profile: loadProfile("sdm630"), transport, unit: 1, timeoutMs: 1e3 });
    const res = await dev.poll();
    assert4.deepEqual(res.errors, []);
    const serial = String(sim.meters.get(1).serial);
    const volts = res.samples.filter((s) => s.metric === "meter_voltage_volts");
    assert4.equal(volts.length, 3);
    const model = sim.meters.get(1).current;
    for (const [i, s] of volts.entries()) {
      assert4.equal(s.labels.phase, `L${i + 1}`);
      assert4.equal(s.labels.serial, serial);
      assert4.equal(s.value, model.voltage[i]);
    }
    const energy = res.samples.find(
      (s) => s.metric === "meter_import_energy_watthours" && s.labels.phase === "total"
    );
    assert4.equal(energy?.value, Math.round(model.importKwh * 1e3));
    assert4.ok(res.requests <= 4, `${res.requests} requests`);
  });
  it4("reports a missing unit as an error without throwing", async () => {
    const dev = new ModbusDevice({ profile: loadProfile("sdm630"), transport, unit: 7, timeoutMs: 300 });
    const res = await dev.poll();
    assert4.equal(res.samples.length, 0);
    assert4.equal(res.errors.length, 1);
    assert4.match(res.errors[0].message, /unit 7/);
  });
  it4("reports an unreachable gateway with a connect error", async () => {
    const port = await freePort();
    const t = new ModbusTcpTransport({ host: "127.0.0.1", port });
    const dev = new ModbusDevice({ profile: loadProfile("sdm630"), transport: t, unit: 1, timeoutMs: 300 });
    const res = await dev.poll();
    assert4.equal(res.errors[0]?.code, "MODBUS_CONNECT");
    assert4.match(res.errors[0].message, /cannot connect to modbus-tcp 127\.0\.0\.1/);
    await t.close();
  });
});

// packages/edge/src/profile.test.ts
import assert5 from "node:assert/strict";
import { describe as describe5, it as it5 } from "node:test";
describe5("device profiles", () => {
  it5("ships the SDM630 profile", () => {
    assert5.ok(listBuiltinProfiles().includes("sdm630"));
    const p = loadProfile("sdm630");
    assert5.equal(p.identity[0]?.label, "serial");
    assert5.equal(p.identity[0]?.point.address, 64512);
    const volts = p.points.filter((x) => x.metric === "meter_voltage_volts");
    assert5.deepEqual(
      volts.map((x) => [x.address, x.labels.phase]),
      [
        [0, "L1"],
        [2, "L2"],
        [4, "L3"]
      ]
    );
  });
  it5("merges adjacent registers into few requests of at most 125 registers", () => {
    const p = loadProfile("sdm630");
    const blocks = planReads(p.points, p.maxGap, p.maxRegisters);
    assert5.ok(blocks.length <= 3, `got ${blocks.length} blocks`);
    for (const b of blocks) assert5.ok(b.count <= 125);
    const covered = blocks.flatMap((b) => b.points.map((x) => x.point));
    assert5.equal(covered.length, p.points.length);
    const strict = planReads(p.points, 0);
    assert5.ok(strict.length > blocks.length);
  });
  it5("splits at the protocol limit", () => {
    const points = Array.from({ length: 100 }, (_, i) => ({
      function: "input",
      address: i * 2,
      type: "f32",
      order: "ABCD",
      words: 2,
      scale: 1,
      offset: 0,
      decimals: void 0,
      notAvailable: [],
      metric: "x",
      labels: {}
    }));
    const blocks = planReads(points, 0);
    assert5.deepEqual(
      blocks.map((b) => b.count),
      [124, 76]
    );
  });
  it5("names the bad field, the value and what is allowed", () => {
    assert5.throws(
      () => resolveProfile(
        { profile: "x", metrics: [{ name: "v", type: "gauge", registers: [{ address: 7e4 }] }] },
        "x.yaml"
      ),
      (err) => err.code === "PROFILE_INVALID" && /metrics\.0\.registers\.0\.address/.test(err.message) && /70000/.test(err.message)
    );
    assert5.throws(
      () => resolveProfile(
        {
          profile: "x",
          metrics: [{ name: "v", type: "gauge", registers: [{ address: 1, type: "float" }] }]
        },
        "x.yaml"
      ),
      /metrics\.0\.registers\.0\.type.*"float"/s
    );
    assert5.throws(
      () => loadProfile("nosuchmeter"),
      /unknown device profile "nosuchmeter"; built-in profiles: .*sdm630/
    );
  });
  it5("requires unit suffixes on metric names", () => {
    assert5.throws(
      () => resolveProfile(
        {
          profile: "x",
          metrics: [{ name: "volts", type: "gauge", unit: "volts", registers: [{ address: 1 }] }]
        },
        "x.yaml"
      ),
      /must end in "_volts"/
    );
  });
});

// packages/protocol/src/sensor-path.test.ts
import assert6 from "node:assert/strict";
import { describe as describe6, it as it6 } from "node:test";
describe6("sensor path", () => {
  it6("parses five segments into the ISA-95 levels", () => {
    const p = parseSensorPath("acme/berlin/assembly/line1/meter1");
    assert6.deepEqual(p, {
      enterprise: "acme",
      site: "berlin",
      area: "assembly",
      line: "line1",
      device: "meter1"
    });
    assert6.equal(formatSensorPath(p), "acme/berlin/assembly/line1/meter1");
    assert6.equal(topicFor(p, "metrics"), "acme/berlin/assembly/line1/meter1/metrics");
  });
  it6("names the segment count when it is wrong", () => {
    assert6.throws(() => parseSensorPath("acme/berlin"), /has 2 segment\(s\); it needs exactly 5/);
  });
  it6("names the bad level and value", () => {
    assert6.throws(() => parseSensorPath("acme/ber lin/a/l/d"), /site="ber lin" is invalid/);
    assert6.throws(() => parseSensorPath("acme/#/a/l/d"), /site="#" is invalid/);
    assert6.throws(() => parseSensorPath("acme//a/l/d"), /site="" is invalid/);
  });
  it6("parses topics and ignores foreign ones", () => {
    assert6.deepEqual(parseTopic("a/b/c/d/e/metrics")?.kind, "metrics");
    assert6.equal(parseTopic("a/b/c/d/e/other"), void 0);
    assert6.equal(parseTopic("$SYS/broker/uptime"), void 0);
    assert6.equal(parseTopic("a/b/c/metrics"), void 0);
  });
});

// packages/simulator/src/sdm630.test.ts
import assert7 from "node:assert/strict";
import { after as after3, before as before3, describe as describe7, it as it7 } from "node:test";
import modbusSerial2 from "modbus-serial";
function f32(words2, i) {
  const dv2 = new DataView(new ArrayBuffer(4));
  dv2.setUint16(0, words2[i]);
  dv2.setUint16(2, words2[i + 1]);
  return dv2.getFloat32(0);
}
describe7("SDM630 model", () => {
  it7("produces plausible, consistent three-phase values and monotonic energy", () => {
    const m = new Sdm630Model({ seed: 1, startMs: 0 });
    let lastKwh = m.current.importKwh;
    for (let t = 1e3; t <= 36e5; t += 1e3) {
      const r = m.update(t);
      for (let i = 0; i < 3; i++) {
        assert7.ok(r.voltage[i] > 220 && r.voltage[i] < 240, `voltage ${r.voltage[i]}`);
        assert7.ok(r.current[i] >= 0 && r.current[i] < 40);
        const p = r.voltage[i] * r.current[i] * r.powerFactor[i];
        assert7.ok(Math.abs(r.power[i] - p) <= 1, "P = V \xD7 I \xD7 PF");
      }
      assert7.ok(Math.abs(r.frequency - 50) < 0.1);
      assert7.ok(r.importKwh >= lastKwh, "energy never decreases");
      lastKwh = r.importKwh;
    }
    assert7.ok(lastKwh > 12345.6 + 5, "an hour of ~8 kW adds several kWh");
  });
  it7("is deterministic for a seed", () => {
    const a = new Sdm630Model({ seed: 7, startMs: 0 }).update(5e3);
    const b = new Sdm630Model({ seed: 7, startMs: 0 }).update(5e3);
    assert7.deepEqual(a, b);
  });
});
describe7("SDM630 over Modbus TCP", () => {
  let sim;
  const client = new modbusSerial2();
  before3(async () => {
    sim = await startTcpSimulator({ port: 0, units: [1, 2] });
    await client.connectTCP(sim.host, { port: sim.port });
    client.setTimeout(1e3);
  });
  after3(async () => {
    await new Promise((r) => client.close(() => r()));
    await sim.close();
  });
  it7("serves voltages as big-endian float32 input registers", async () => {
    client.setID(1);
    const r = await client.readInputRegisters(0, 6);
    for (const i of [0, 2, 4]) {
      const v = f32(r.data, i);
      assert7.ok(v > 220 && v < 240, `L${i / 2 + 1} = ${v}`);
    }
  });
  it7("serves the serial number as u32 in holding register 0xFC00", async () => {
    client.setID(2);
    const r = await client.readHoldingRegisters(64512, 2);
    assert7.equal(r.data[0] * 65536 + r.data[1], sim.meters.get(2).serial);
  });
  it7("answers exception 2 outside the map and nothing for unknown units", async () => {
    client.setID(1);
    await assert7.rejects(client.readInputRegisters(512, 2), /Illegal data address|exception/i);
    client.setID(9);
    await assert7.rejects(client.readInputRegisters(SDM630_INPUT.voltage[0], 2));
  });
});

// packages/edge/.arm64-test/entry.ts
console.log(`# running on ${process.arch} node ${process.version}`);
if (process.arch !== "arm64") throw new Error("not running on arm64");
after4(() => {
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiZW50cnkudHMiLCAiLi4vc3JjL2FnZW50LnRlc3QudHMiLCAiLi4vLi4vb3Blbm1ldHJpY3Mvc3JjL2NoZWNrLnRzIiwgIi4uLy4uL29wZW5tZXRyaWNzL3NyYy9lcnJvcnMudHMiLCAiLi4vLi4vb3Blbm1ldHJpY3Mvc3JjL2J5dGVzLnRzIiwgIi4uLy4uL29wZW5tZXRyaWNzL3NyYy9wYXJzZXIudHMiLCAiLi4vLi4vb3Blbm1ldHJpY3Mvc3JjL3BhcnNlLnRzIiwgIi4uLy4uL29wZW5tZXRyaWNzL3NyYy9tb2RlbC50cyIsICIuLi8uLi9vcGVubWV0cmljcy9zcmMvc2VyaWFsaXplLnRzIiwgIi4uLy4uL3Byb3RvY29sL3NyYy9zZW5zb3ItcGF0aC50cyIsICIuLi8uLi9zdG9yYWdlL3NyYy9lcnJvcnMudHMiLCAiLi4vLi4vc3RvcmFnZS9zcmMvbGFiZWxzLnRzIiwgIi4uLy4uL3N0b3JhZ2Uvc3JjL21hdGNoZXJzLnRzIiwgIi4uLy4uL3N0b3JhZ2Uvc3JjL3ZhbHVlLnRzIiwgIi4uLy4uL3N0b3JhZ2Uvc3JjL21lbW9yeS50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL2luZ2VzdC50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL3NlcnZlci50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL2Jyb2tlci50cyIsICIuLi8uLi9hdXRoL3NyYy9lcnJvcnMudHMiLCAiLi4vLi4vYXV0aC9zcmMvand0LnRzIiwgIi4uLy4uL2F1dGgvc3JjL3Njb3BlLnRzIiwgIi4uLy4uL2F1dGgvc3JjL3N0b3JlLnRzIiwgIi4uLy4uL2F1dGgvc3JjL3Rva2VuLnRzIiwgIi4uLy4uL2F1dGgvc3JjL2xpbWl0cy50cyIsICIuLi8uLi9hdXRoL3NyYy9wcmluY2lwYWwudHMiLCAiLi4vLi4vc2VydmVyL3NyYy9odHRwLnRzIiwgIi4uLy4uL3NlcnZlci9zcmMvcXVlcnktbGl0ZS50cyIsICIuLi8uLi9zZXJ2ZXIvc3JjL3RlbmFudHMudHMiLCAiLi4vLi4vc2ltdWxhdG9yL3NyYy9tb2RidXMtc2VydmVyLnRzIiwgIi4uLy4uL3NpbXVsYXRvci9zcmMvcHJuZy50cyIsICIuLi8uLi9zaW11bGF0b3Ivc3JjL3NkbTYzMC50cyIsICIuLi9zcmMvZGVjb2RlLnRzIiwgIi4uL3NyYy9wbGFuLnRzIiwgIi4uL3NyYy9kZXZpY2UudHMiLCAiLi4vc3JjL2Vycm9ycy50cyIsICIuLi9zcmMvbWVzc2FnZS50cyIsICIuLi9zcmMvcHVibGlzaGVyLnRzIiwgIi4uL3NyYy9xdWV1ZS50cyIsICIuLi9zcmMvYWdlbnQudHMiLCAiLi4vc3JjL21vZGJ1cy50cyIsICIuLi9zcmMvcHJvZmlsZS50cyIsICIuLi9zcmMvY29uZmlnLnRlc3QudHMiLCAiLi4vc3JjL2NvbmZpZy50cyIsICIuLi9zcmMvY29uZmlnLWRvYy50cyIsICIuLi9zcmMvcnVudGltZS50cyIsICIuLi9zcmMvaW5wdXRzL3hwYXRoLnRzIiwgIi4uL3NyYy9pbnB1dHMvcmV2cGkudHMiLCAiLi4vc3JjL2RlY29kZS50ZXN0LnRzIiwgIi4uL3NyYy9kZXZpY2UudGVzdC50cyIsICIuLi9zcmMvcHJvZmlsZS50ZXN0LnRzIiwgIi4uLy4uL3Byb3RvY29sL3NyYy9zZW5zb3ItcGF0aC50ZXN0LnRzIiwgIi4uLy4uL3NpbXVsYXRvci9zcmMvc2RtNjMwLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IGFmdGVyIH0gZnJvbSAnbm9kZTp0ZXN0JztcbmNvbnNvbGUubG9nKGAjIHJ1bm5pbmcgb24gJHtwcm9jZXNzLmFyY2h9IG5vZGUgJHtwcm9jZXNzLnZlcnNpb259YCk7XG5pZiAocHJvY2Vzcy5hcmNoICE9PSAnYXJtNjQnKSB0aHJvdyBuZXcgRXJyb3IoJ25vdCBydW5uaW5nIG9uIGFybTY0Jyk7XG5pbXBvcnQgXCIuLi9zcmMvYWdlbnQudGVzdC50c1wiO1xuaW1wb3J0IFwiLi4vc3JjL2NvbmZpZy50ZXN0LnRzXCI7XG5pbXBvcnQgXCIuLi9zcmMvZGVjb2RlLnRlc3QudHNcIjtcbmltcG9ydCBcIi4uL3NyYy9kZXZpY2UudGVzdC50c1wiO1xuaW1wb3J0IFwiLi4vc3JjL3Byb2ZpbGUudGVzdC50c1wiO1xuaW1wb3J0IFwiLi4vLi4vcHJvdG9jb2wvc3JjL3NlbnNvci1wYXRoLnRlc3QudHNcIjtcbmltcG9ydCBcIi4uLy4uL3NpbXVsYXRvci9zcmMvc2RtNjMwLnRlc3QudHNcIjtcbmFmdGVyKCgpID0+IHt9KTtcbiIsICIvKipcbiAqIFRoZSBhZ2VudCBvbiB0aGUgcmVhbCBwYXRoOiBzaW11bGF0ZWQgU0RNNjMwcyBvbiBNb2RidXMgVENQLCB0aGUgYWdlbnQgcG9sbGluZyB0d28gdW5pdHMgKG9uZSBvZlxuICogdGhlbSBhYnNlbnQpLCB0aGUgc2VydmVyJ3MgZW1iZWRkZWQgYnJva2VyIGFuZCBzdG9yZS4gVGhlIGxpdmUgbWV0ZXIncyBzYW1wbGVzIGtlZXAgYXJyaXZpbmcgYXRcbiAqIGl0cyBwb2xsIHJhdGUgd2hpbGUgdGhlIGRlYWQgb25lIHJlcG9ydHMgYHNlbnNvcnBhdGhfZGV2aWNlX3VwIDBgOyBub3RoaW5nIGNyYXNoZXMuXG4gKi9cbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCBybVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBhZnRlciwgYmVmb3JlLCBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgdHlwZSBTZXJ2ZXJIYW5kbGUsIHN0YXJ0U2VydmVyIH0gZnJvbSAnQHNlbnNvcnBhdGgvc2VydmVyJztcbmltcG9ydCB7IHR5cGUgU2ltdWxhdG9ySGFuZGxlLCBzdGFydFRjcFNpbXVsYXRvciB9IGZyb20gJ0BzZW5zb3JwYXRoL3NpbXVsYXRvcic7XG5pbXBvcnQgeyBsYWJlbHNUb1JlY29yZCwgbmV3TWF0Y2hlciB9IGZyb20gJ0BzZW5zb3JwYXRoL3N0b3JhZ2UnO1xuaW1wb3J0IHsgcGlubyB9IGZyb20gJ3Bpbm8nO1xuaW1wb3J0IHsgdHlwZSBFZGdlQWdlbnQsIHN0YXJ0RWRnZUFnZW50IH0gZnJvbSAnLi9hZ2VudC50cyc7XG5pbXBvcnQgeyBNb2RidXNUY3BUcmFuc3BvcnQgfSBmcm9tICcuL21vZGJ1cy50cyc7XG5pbXBvcnQgeyBsb2FkUHJvZmlsZSB9IGZyb20gJy4vcHJvZmlsZS50cyc7XG5cbmNvbnN0IGxvZ2dlciA9IHBpbm8oeyBsZXZlbDogJ3NpbGVudCcgfSk7XG5cbmRlc2NyaWJlKCdlZGdlIGFnZW50IFx1MjE5MiBzZXJ2ZXInLCAoKSA9PiB7XG4gIGxldCBzcnY6IFNlcnZlckhhbmRsZTtcbiAgbGV0IHNpbTogU2ltdWxhdG9ySGFuZGxlO1xuICBsZXQgYWdlbnQ6IEVkZ2VBZ2VudDtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ3NwLWFnZW50LScpKTtcbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICBzcnYgPSBhd2FpdCBzdGFydFNlcnZlcih7XG4gICAgICBkYXRhRGlyOiBkaXIsXG4gICAgICBodHRwOiB7IGhvc3Q6ICcxMjcuMC4wLjEnLCBwb3J0OiAwIH0sXG4gICAgICBtcXR0OiB7IGhvc3Q6ICcxMjcuMC4wLjEnLCBwb3J0OiAwIH0sXG4gICAgICBsb2dnZXIsXG4gICAgfSk7XG4gICAgc2ltID0gYXdhaXQgc3RhcnRUY3BTaW11bGF0b3IoeyB1bml0czogWzFdIH0pO1xuICAgIGNvbnN0IHRyYW5zcG9ydCA9IG5ldyBNb2RidXNUY3BUcmFuc3BvcnQoeyBob3N0OiBzaW0uaG9zdCwgcG9ydDogc2ltLnBvcnQgfSk7XG4gICAgY29uc3QgcHJvZmlsZSA9IGxvYWRQcm9maWxlKCdzZG02MzAnKTtcbiAgICBjb25zdCBkZXYgPSB7IHByb2ZpbGUsIHRyYW5zcG9ydCwgaW50ZXJ2YWxNczogMjAwLCB0aW1lb3V0TXM6IDE1MCwgbGFiZWxzOiB7IG1hY2hpbmU6ICdwcmVzczMnIH0gfTtcbiAgICBhZ2VudCA9IHN0YXJ0RWRnZUFnZW50KHtcbiAgICAgIGJyb2tlcjogeyB1cmw6IGBtcXR0Oi8vMTI3LjAuMC4xOiR7c3J2Lm1xdHRQb3J0fWAgfSxcbiAgICAgIGRldmljZXM6IFtcbiAgICAgICAgeyAuLi5kZXYsIHBhdGg6ICdhY21lL2Jlcmxpbi9oYWxsL2xpbmUxL21ldGVyMScsIHVuaXQ6IDEgfSxcbiAgICAgICAgeyAuLi5kZXYsIHBhdGg6ICdhY21lL2Jlcmxpbi9oYWxsL2xpbmUxL21ldGVyOScsIHVuaXQ6IDkgfSxcbiAgICAgIF0sXG4gICAgICBsb2dnZXIsXG4gICAgfSk7XG4gIH0pO1xuICBhZnRlcihhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgYWdlbnQuY2xvc2UoKTtcbiAgICBhd2FpdCBzaW0uY2xvc2UoKTtcbiAgICBhd2FpdCBzcnYuY2xvc2UoKTtcbiAgICBybVN5bmMoZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH0pO1xuXG4gIGl0KCdrZWVwcyB0aGUgbGl2ZSBtZXRlciBhdCBpdHMgcG9sbCByYXRlIHdoaWxlIGEgZGVhZCBvbmUgb24gdGhlIHNhbWUgYnVzIHJlcG9ydHMgZG93bicsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCAyNTAwKSk7XG4gICAgY29uc3Qgc3RvcmUgPSBhd2FpdCBzcnYuc3RvcmVzLmdldCgnYWNtZScpO1xuICAgIGNvbnN0IHEgPSBhd2FpdCBzdG9yZS5xdWVyaWVyKDAsIERhdGUubm93KCkgKyAxMDAwKTtcbiAgICBjb25zdCB2b2x0cyA9IGF3YWl0IHEuc2VsZWN0KHRydWUsIHVuZGVmaW5lZCwgW1xuICAgICAgbmV3TWF0Y2hlcignPScsICdfX25hbWVfXycsICdtZXRlcl92b2x0YWdlX3ZvbHRzJyksXG4gICAgICBuZXdNYXRjaGVyKCc9JywgJ3BoYXNlJywgJ0wxJyksXG4gICAgXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHZvbHRzLmxlbmd0aCwgMSk7XG4gICAgYXNzZXJ0LmVxdWFsKGxhYmVsc1RvUmVjb3JkKHZvbHRzWzBdIS5sYWJlbHMpLm1hY2hpbmUsICdwcmVzczMnKTtcbiAgICBsZXQgbiA9IDA7XG4gICAgY29uc3QgaXQgPSB2b2x0c1swXSEuaXRlcmF0b3IoKTtcbiAgICB3aGlsZSAoaXQubmV4dCgpKSBuKys7XG4gICAgLy8gMi41IHMgYXQgMjAwIG1zIGlzIH4xMiBwb2xsczsgZWFjaCBkZWFkLXVuaXQgdGltZW91dCAoMTUwIG1zKSBzaGFyZXMgdGhlIGJ1cywgc28gYWxsb3cgc2xhY2suXG4gICAgYXNzZXJ0Lm9rKG4gPj0gNywgYG9ubHkgJHtufSBzYW1wbGVzIG9mIHRoZSBsaXZlIG1ldGVyYCk7XG4gICAgY29uc3QgdXAgPSBhd2FpdCBxLnNlbGVjdCh0cnVlLCB1bmRlZmluZWQsIFtuZXdNYXRjaGVyKCc9JywgJ19fbmFtZV9fJywgJ3NlbnNvcnBhdGhfZGV2aWNlX3VwJyldKTtcbiAgICBjb25zdCBsYXN0ID0gKHM6ICh0eXBlb2YgdXApW251bWJlcl0pID0+IHtcbiAgICAgIGNvbnN0IGkgPSBzLml0ZXJhdG9yKCk7XG4gICAgICBsZXQgdiA9IE51bWJlci5OYU47XG4gICAgICB3aGlsZSAoaS5uZXh0KCkpIHYgPSBpLnZhbHVlKCk7XG4gICAgICByZXR1cm4gdjtcbiAgICB9O1xuICAgIGNvbnN0IGJ5RGV2aWNlID0gT2JqZWN0LmZyb21FbnRyaWVzKHVwLm1hcCgocykgPT4gW2xhYmVsc1RvUmVjb3JkKHMubGFiZWxzKS5kZXZpY2UsIGxhc3QocyldKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChieURldmljZSwgeyBtZXRlcjE6IDEsIG1ldGVyOTogMCB9KTtcbiAgICBhd2FpdCBxLmNsb3NlKCk7XG4gICAgY29uc3Qgc3RhdHMgPSBhZ2VudC5zdGF0cygpO1xuICAgIGFzc2VydC5vayhzdGF0c1sxXSEuZXJyb3JzID4gMCk7XG4gIH0pO1xufSk7XG4iLCAiLyoqXG4gKiBgc2Vuc29ycGF0aCBjaGVjayBtZXRyaWNzIFstLWZvcm1hdCBvcGVubWV0cmljc3xwcm9tZXRoZXVzXSBbRklMRV1gOiB2YWxpZGF0ZXMgYW4gZXhwb3NpdGlvbiB0aGVcbiAqIHdheSBgcHJvbXRvb2wgY2hlY2sgbWV0cmljc2AgZG9lcy4gQSB2YWxpZCBpbnB1dCBwcmludHMgb25lIHN1bW1hcnkgbGluZSAoZmFtaWxpZXMsIHNlcmllcyxcbiAqIHNhbXBsZXMpIHRvIHN0ZG91dCBhbmQgZXhpdHMgMDsgYW4gaW52YWxpZCBvbmUgcHJpbnRzIGBsaW5lOmNvbDogcmVhc29uYCB0byBzdGRlcnIgYW5kIGV4aXRzIDE7XG4gKiB1c2FnZSBhbmQgSS9PIGVycm9ycyBleGl0IDIuIExpbnQgd2FybmluZ3MgKG1pc3NpbmcgSEVMUCwgYSBQcm9tZXRoZXVzIGNvdW50ZXIgd2l0aG91dCBgX3RvdGFsYClcbiAqIGdvIHRvIHN0ZGVyciBhbmQgbmV2ZXIgY2hhbmdlIHRoZSBleGl0IGNvZGUuIEl0IHJ1bnMgb24gdGhlIHN0cmVhbWluZyBgcGFyc2VTYW1wbGVzYCBwYXRoLCBzbyBhXG4gKiBsYXJnZSBmaWxlIGNvc3RzIG5vIHNhbXBsZSBvYmplY3RzOyBzZXJpZXMgYXJlIGNvdW50ZWQgb25jZSBwZXIgY2hhbmdlIG9mIHNlcmllcy5cbiAqL1xuXG5pbXBvcnQgeyByZWFkRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgUGFyc2VFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB0eXBlIHsgTGFiZWxQYWlyLCBNZXRyaWNGYW1pbHksIFRleHRGb3JtYXQgfSBmcm9tICcuL21vZGVsLnRzJztcbmltcG9ydCB7IERFRkFVTFRfTUFYX0JZVEVTLCBwYXJzZVNhbXBsZXMgfSBmcm9tICcuL3BhcnNlLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGVja0lvIHtcbiAgc3RkaW46IE5vZGVKUy5SZWFkYWJsZVN0cmVhbTtcbiAgc3Rkb3V0OiBOb2RlSlMuV3JpdGFibGVTdHJlYW07XG4gIHN0ZGVycjogTm9kZUpTLldyaXRhYmxlU3RyZWFtO1xufVxuXG5jb25zdCBVU0FHRSA9IGB1c2FnZTogc2Vuc29ycGF0aCBjaGVjayBtZXRyaWNzIFstLWZvcm1hdCBvcGVubWV0cmljc3xwcm9tZXRoZXVzXSBbLS1tYXgtYnl0ZXMgTl0gW0ZJTEVdXG5cbkNoZWNrcyBhbiBleHBvc2l0aW9uIHJlYWQgZnJvbSBGSUxFIChvciBzdGRpbiB3aGVuIEZJTEUgaXMgYWJzZW50IG9yIFwiLVwiKS5cbiAgLS1mb3JtYXQgICAgICBvcGVubWV0cmljcyAoZGVmYXVsdDsgYXBwbGljYXRpb24vb3Blbm1ldHJpY3MtdGV4dCAxLjAuMCkgb3IgcHJvbWV0aGV1cyAodGV4dCAwLjAuNClcbiAgLS1tYXgtYnl0ZXMgICBsYXJnZXN0IGFjY2VwdGVkIGlucHV0IGluIGJ5dGVzIChkZWZhdWx0ICR7REVGQVVMVF9NQVhfQllURVN9KVxuRXhpdCBzdGF0dXM6IDAgdmFsaWQsIDEgaW52YWxpZCAocHJpbnRzIGxpbmU6Y29sOiByZWFzb24pLCAyIHVzYWdlIG9yIEkvTyBlcnJvci5cbkxpbnQgd2FybmluZ3MgKG1pc3NpbmcgSEVMUCwgY291bnRlciB3aXRob3V0IF90b3RhbCkgYXJlIHByaW50ZWQgYnV0IGRvIG5vdCBjaGFuZ2UgdGhlIGV4aXQgc3RhdHVzLlxuYDtcblxuaW50ZXJmYWNlIENoZWNrQXJncyB7XG4gIGZvcm1hdDogVGV4dEZvcm1hdDtcbiAgbWF4Qnl0ZXM6IG51bWJlcjtcbiAgZmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBoZWxwOiBib29sZWFuO1xufVxuXG5mdW5jdGlvbiBwYXJzZUFyZ3MoYXJnczogc3RyaW5nW10pOiBDaGVja0FyZ3MgfCBzdHJpbmcge1xuICBjb25zdCBvdXQ6IENoZWNrQXJncyA9IHsgZm9ybWF0OiAnb3Blbm1ldHJpY3MnLCBtYXhCeXRlczogREVGQVVMVF9NQVhfQllURVMsIGZpbGU6IHVuZGVmaW5lZCwgaGVscDogZmFsc2UgfTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBhcmdzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgYSA9IGFyZ3NbaV0hO1xuICAgIGNvbnN0IGVxID0gYS5pbmRleE9mKCc9Jyk7XG4gICAgY29uc3QgZmxhZyA9IGEuc3RhcnRzV2l0aCgnLS0nKSAmJiBlcSA+IDAgPyBhLnNsaWNlKDAsIGVxKSA6IGE7XG4gICAgY29uc3QgaW5saW5lID0gYS5zdGFydHNXaXRoKCctLScpICYmIGVxID4gMCA/IGEuc2xpY2UoZXEgKyAxKSA6IHVuZGVmaW5lZDtcbiAgICBjb25zdCB2YWx1ZSA9ICgpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4gaW5saW5lID8/IGFyZ3NbKytpXTtcbiAgICBpZiAoZmxhZyA9PT0gJy0taGVscCcgfHwgZmxhZyA9PT0gJy1oJykgb3V0LmhlbHAgPSB0cnVlO1xuICAgIGVsc2UgaWYgKGZsYWcgPT09ICctLWZvcm1hdCcpIHtcbiAgICAgIGNvbnN0IHYgPSB2YWx1ZSgpO1xuICAgICAgaWYgKHYgIT09ICdvcGVubWV0cmljcycgJiYgdiAhPT0gJ3Byb21ldGhldXMnKVxuICAgICAgICByZXR1cm4gYC0tZm9ybWF0IG11c3QgYmUgb3Blbm1ldHJpY3Mgb3IgcHJvbWV0aGV1cywgZ290ICR7diA/PyAnbm90aGluZyd9YDtcbiAgICAgIG91dC5mb3JtYXQgPSB2O1xuICAgIH0gZWxzZSBpZiAoZmxhZyA9PT0gJy0tbWF4LWJ5dGVzJykge1xuICAgICAgY29uc3QgdiA9IE51bWJlcih2YWx1ZSgpKTtcbiAgICAgIGlmICghTnVtYmVyLmlzU2FmZUludGVnZXIodikgfHwgdiA8IDApIHJldHVybiAnLS1tYXgtYnl0ZXMgbXVzdCBiZSBhIG5vbi1uZWdhdGl2ZSBpbnRlZ2VyJztcbiAgICAgIG91dC5tYXhCeXRlcyA9IHY7XG4gICAgfSBlbHNlIGlmIChhLnN0YXJ0c1dpdGgoJy0nKSAmJiBhICE9PSAnLScpIHJldHVybiBgdW5rbm93biBmbGFnICR7YX1gO1xuICAgIGVsc2UgaWYgKG91dC5maWxlICE9PSB1bmRlZmluZWQpIHJldHVybiBgb25seSBvbmUgRklMRSBtYXkgYmUgZ2l2ZW4gKGdvdCAke291dC5maWxlfSBhbmQgJHthfSlgO1xuICAgIGVsc2Ugb3V0LmZpbGUgPSBhO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHJlYWRBbGwoc3RyZWFtOiBOb2RlSlMuUmVhZGFibGVTdHJlYW0sIGxpbWl0OiBudW1iZXIpOiBQcm9taXNlPEJ1ZmZlcj4ge1xuICBjb25zdCBjaHVua3M6IEJ1ZmZlcltdID0gW107XG4gIGxldCBzaXplID0gMDtcbiAgZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiBzdHJlYW0pIHtcbiAgICBjb25zdCBiID0gdHlwZW9mIGNodW5rID09PSAnc3RyaW5nJyA/IEJ1ZmZlci5mcm9tKGNodW5rKSA6IChjaHVuayBhcyBCdWZmZXIpO1xuICAgIHNpemUgKz0gYi5sZW5ndGg7XG4gICAgY2h1bmtzLnB1c2goYik7XG4gICAgLy8gS2VlcCBvbmUgYnl0ZSBvdmVyIHRoZSBsaW1pdCBzbyB0aGF0IHBhcnNlIHJlcG9ydHMgT01fUEFZTE9BRF9UT09fTEFSR0UgaXRzZWxmLlxuICAgIGlmIChzaXplID4gbGltaXQpIGJyZWFrO1xuICB9XG4gIHJldHVybiBjaHVua3MubGVuZ3RoID09PSAxID8gY2h1bmtzWzBdISA6IEJ1ZmZlci5jb25jYXQoY2h1bmtzKTtcbn1cblxuLyoqIExpbnQgcnVsZXMgaW4gdGhlIHNwaXJpdCBvZiBwcm9tdG9vbCdzOyB0aGV5IGRlc2NyaWJlIHN0eWxlLCBub3QgdmFsaWRpdHkuICovXG5mdW5jdGlvbiBsaW50KGZhbWlsaWVzOiBNZXRyaWNGYW1pbHlbXSwgZm9ybWF0OiBUZXh0Rm9ybWF0KTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgZiBvZiBmYW1pbGllcykge1xuICAgIGlmIChmLmhlbHAgPT09IHVuZGVmaW5lZCkgb3V0LnB1c2goYCR7Zi5uYW1lfTogbm8gaGVscCB0ZXh0YCk7XG4gICAgaWYgKGZvcm1hdCA9PT0gJ3Byb21ldGhldXMnICYmIGYudHlwZSA9PT0gJ2NvdW50ZXInICYmICFmLm5hbWUuZW5kc1dpdGgoJ190b3RhbCcpKSB7XG4gICAgICBvdXQucHVzaChgJHtmLm5hbWV9OiBjb3VudGVyIG1ldHJpY3Mgc2hvdWxkIGhhdmUgXCJfdG90YWxcIiBzdWZmaXhgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gd3JpdGUoc3RyZWFtOiBOb2RlSlMuV3JpdGFibGVTdHJlYW0sIHRleHQ6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUpID0+IHtcbiAgICBpZiAoc3RyZWFtLndyaXRlKHRleHQpKSByZXNvbHZlKCk7XG4gICAgZWxzZSBzdHJlYW0ub25jZSgnZHJhaW4nLCAoKSA9PiByZXNvbHZlKCkpO1xuICB9KTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bkNoZWNrTWV0cmljcyhhcmdzOiBzdHJpbmdbXSwgaW86IENoZWNrSW8pOiBQcm9taXNlPG51bWJlcj4ge1xuICBjb25zdCBwYXJzZWQgPSBwYXJzZUFyZ3MoYXJncyk7XG4gIGlmICh0eXBlb2YgcGFyc2VkID09PSAnc3RyaW5nJykge1xuICAgIGF3YWl0IHdyaXRlKGlvLnN0ZGVyciwgYGVycm9yOiAke3BhcnNlZH1cXG4ke1VTQUdFfWApO1xuICAgIHJldHVybiAyO1xuICB9XG4gIGlmIChwYXJzZWQuaGVscCkge1xuICAgIGF3YWl0IHdyaXRlKGlvLnN0ZG91dCwgVVNBR0UpO1xuICAgIHJldHVybiAwO1xuICB9XG4gIGxldCBpbnB1dDogQnVmZmVyO1xuICBjb25zdCBzb3VyY2UgPSBwYXJzZWQuZmlsZSA9PT0gdW5kZWZpbmVkIHx8IHBhcnNlZC5maWxlID09PSAnLScgPyAnc3RkaW4nIDogcGFyc2VkLmZpbGU7XG4gIHRyeSB7XG4gICAgaW5wdXQgPSBzb3VyY2UgPT09ICdzdGRpbicgPyBhd2FpdCByZWFkQWxsKGlvLnN0ZGluLCBwYXJzZWQubWF4Qnl0ZXMpIDogYXdhaXQgcmVhZEZpbGUoc291cmNlKTtcbiAgfSBjYXRjaCAoZXJyKSB7XG4gICAgYXdhaXQgd3JpdGUoaW8uc3RkZXJyLCBgZXJyb3I6IGNhbm5vdCByZWFkICR7c291cmNlfTogJHsoZXJyIGFzIEVycm9yKS5tZXNzYWdlfVxcbmApO1xuICAgIHJldHVybiAyO1xuICB9XG5cbiAgY29uc3Qgc2VyaWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGxldCBsYXN0TmFtZSA9ICcnO1xuICBsZXQgbGFzdExhYmVsczogTGFiZWxQYWlyW10gfCBudWxsID0gbnVsbDtcbiAgdHJ5IHtcbiAgICBjb25zdCBzdW1tYXJ5ID0gcGFyc2VTYW1wbGVzKFxuICAgICAgaW5wdXQsXG4gICAgICAocykgPT4ge1xuICAgICAgICBpZiAocy5sYWJlbHMgPT09IGxhc3RMYWJlbHMgJiYgcy5uYW1lID09PSBsYXN0TmFtZSkgcmV0dXJuO1xuICAgICAgICBsYXN0TGFiZWxzID0gcy5sYWJlbHM7XG4gICAgICAgIGxhc3ROYW1lID0gcy5uYW1lO1xuICAgICAgICBsZXQga2V5ID0gcy5uYW1lO1xuICAgICAgICBmb3IgKGNvbnN0IGwgb2Ygcy5sYWJlbHMpIGtleSArPSBgXFx1MDAwMCR7bC5uYW1lfVxcdTAwMDAke2wudmFsdWV9YDtcbiAgICAgICAgc2VyaWVzLmFkZChrZXkpO1xuICAgICAgfSxcbiAgICAgIHsgZm9ybWF0OiBwYXJzZWQuZm9ybWF0LCBtYXhCeXRlczogcGFyc2VkLm1heEJ5dGVzIH0sXG4gICAgKTtcbiAgICBjb25zdCB3YXJuaW5ncyA9IGxpbnQoc3VtbWFyeS5mYW1pbGllcywgcGFyc2VkLmZvcm1hdCk7XG4gICAgaWYgKHdhcm5pbmdzLmxlbmd0aCA+IDApIGF3YWl0IHdyaXRlKGlvLnN0ZGVyciwgd2FybmluZ3MubWFwKCh3KSA9PiBgd2FybmluZzogJHt3fVxcbmApLmpvaW4oJycpKTtcbiAgICBhd2FpdCB3cml0ZShcbiAgICAgIGlvLnN0ZG91dCxcbiAgICAgIGAke3NvdXJjZX06IE9LICgke3BhcnNlZC5mb3JtYXR9KTogJHtzdW1tYXJ5LmZhbWlsaWVzLmxlbmd0aH0gZmFtaWxpZXMsICR7c2VyaWVzLnNpemV9IHNlcmllcywgJHtzdW1tYXJ5LnNhbXBsZXN9IHNhbXBsZXNcXG5gLFxuICAgICk7XG4gICAgcmV0dXJuIDA7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIGlmIChlcnIgaW5zdGFuY2VvZiBQYXJzZUVycm9yKSB7XG4gICAgICBhd2FpdCB3cml0ZShpby5zdGRlcnIsIGAke2Vyci5tZXNzYWdlfVxcbmApO1xuICAgICAgcmV0dXJuIDE7XG4gICAgfVxuICAgIHRocm93IGVycjtcbiAgfVxufVxuIiwgIi8qKlxuICogVGhlIG9uZSBlcnJvciBjbGFzcyBvZiB0aGUgY29kZWMuIEEgYFBhcnNlRXJyb3JgIGNhcnJpZXMgYSBzdGFibGUgYGNvZGVgIHRoYXQgY2FsbGVycyBhbmQgdGVzdHNcbiAqIG1heSBzd2l0Y2ggb24sIHRoZSAxLWJhc2VkIGBsaW5lYCBhbmQgYGNvbHVtbmAgKGNvbHVtbiBjb3VudHMgYnl0ZXMgZnJvbSB0aGUgc3RhcnQgb2YgdGhlIGxpbmUpXG4gKiB3aGVyZSB0aGUgaW5wdXQgc3RvcHBlZCBtYWtpbmcgc2Vuc2UsIGFuZCB0aGUgdG9rZW4gdGhlIHBhcnNlciBgZXhwZWN0ZWRgIHRoZXJlLiBUaGUgbWVzc2FnZVxuICogYWx3YXlzIHJlYWRzIGBsaW5lOmNvbDogcmVhc29uYCBzbyB0aGF0IENMSSBvdXRwdXQgY2FuIHByaW50IGl0IHVuY2hhbmdlZC4gQW55dGhpbmcgZWxzZSB0aHJvd25cbiAqIGJ5IGBwYXJzZWAgaXMgYSBidWcuXG4gKi9cblxuZXhwb3J0IHR5cGUgUGFyc2VFcnJvckNvZGUgPVxuICAvKiogQSBieXRlIHNlcXVlbmNlIHRoYXQgdGhlIGdyYW1tYXIgZG9lcyBub3QgYWxsb3cgYXQgdGhhdCBwbGFjZS4gKi9cbiAgfCAnT01fVU5FWFBFQ1RFRF9UT0tFTidcbiAgLyoqIEFuIE9wZW5NZXRyaWNzIGV4cG9zaXRpb24gdGhhdCBkb2VzIG5vdCBlbmQgd2l0aCBgIyBFT0ZgLiAqL1xuICB8ICdPTV9NSVNTSU5HX0VPRidcbiAgLyoqIEFueXRoaW5nIGFmdGVyIHRoZSBgIyBFT0ZgIGxpbmUgKG90aGVyIHRoYW4gYSBzaW5nbGUgZmluYWwgbmV3bGluZSkuICovXG4gIHwgJ09NX1RFWFRfQUZURVJfRU9GJ1xuICAvKiogVGhlIHBheWxvYWQgaXMgbGFyZ2VyIHRoYW4gdGhlIGBtYXhCeXRlc2Agb3B0aW9uLiAqL1xuICB8ICdPTV9QQVlMT0FEX1RPT19MQVJHRSdcbiAgLyoqIEEgc3RyaW5nIChsYWJlbCB2YWx1ZSwgSEVMUCB0ZXh0KSB0aGF0IGlzIG5vdCB2YWxpZCBVVEYtOC4gKi9cbiAgfCAnT01fSU5WQUxJRF9VVEY4J1xuICAvKiogQSBudW1iZXIgb3IgdGltZXN0YW1wIG91dHNpZGUgdGhlIGdyYW1tYXIgKGhleCwgdW5kZXJzY29yZXMsIE5hTiB0aW1lc3RhbXBzXHUyMDI2KS4gKi9cbiAgfCAnT01fSU5WQUxJRF9OVU1CRVInXG4gIC8qKiBBIHNlY29uZCBIRUxQLCBUWVBFIG9yIFVOSVQgbGluZSBmb3Igb25lIGZhbWlseSwgb3IgbWV0YWRhdGEgYWZ0ZXIgaXRzIHNhbXBsZXMuICovXG4gIHwgJ09NX0lOVkFMSURfTUVUQURBVEEnXG4gIC8qKiBUd28gZmFtaWxpZXMgd2hvc2Ugc2FtcGxlIG5hbWVzIGNvdWxkIGNsYXNoLCBvciBhIGZhbWlseSB0aGF0IGFwcGVhcnMgdHdpY2UuICovXG4gIHwgJ09NX0NMQVNISU5HX05BTUUnXG4gIC8qKiBBIGxhYmVsIHNldCB0aGF0IGlzIGludmFsaWQgZm9yIGl0cyBmYW1pbHk6IGR1cGxpY2F0ZSBuYW1lcywgbWlzc2luZyBvciBiYWQgYGxlYC9gcXVhbnRpbGVgLiAqL1xuICB8ICdPTV9JTlZBTElEX0xBQkVMUydcbiAgLyoqIEEgc2FtcGxlIHZhbHVlIHRoYXQgdGhlIGZhbWlseSB0eXBlIGZvcmJpZHMgKG5lZ2F0aXZlIG9yIE5hTiBjb3VudGVyLCBzdGF0ZXNldCBub3QgMC8xXHUyMDI2KS4gKi9cbiAgfCAnT01fSU5WQUxJRF9WQUxVRSdcbiAgLyoqIE1ldHJpY3Mgb3IgbWV0cmljIHBvaW50cyBvZiBvbmUgZmFtaWx5IGludGVybGVhdmVkIHdpdGggYW5vdGhlci4gKi9cbiAgfCAnT01fSU5URVJMRUFWRUQnXG4gIC8qKiBUaW1lc3RhbXBzIGdvaW5nIGJhY2t3YXJkcyBpbiBvbmUgc2VyaWVzLCBvciBwcmVzZW50IG9uIHNvbWUgcG9pbnRzIGFuZCBub3Qgb24gb3RoZXJzLiAqL1xuICB8ICdPTV9USU1FU1RBTVBfT1JERVInXG4gIC8qKiBBIGhpc3RvZ3JhbSBwb2ludCB0aGF0IGJyZWFrcyB0aGUgYnVja2V0IHJ1bGVzIChvcmRlciwgK0luZiwgX2NvdW50LCBfc3VtKS4gKi9cbiAgfCAnT01fSU5WQUxJRF9ISVNUT0dSQU0nXG4gIC8qKiBBbiBleGVtcGxhciB3aGVyZSBub25lIGlzIGFsbG93ZWQsIG9yIG9uZSB3aG9zZSBsYWJlbHMgZXhjZWVkIDEyOCBjb2RlIHBvaW50cy4gKi9cbiAgfCAnT01fSU5WQUxJRF9FWEVNUExBUic7XG5cbmV4cG9ydCBjbGFzcyBQYXJzZUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICByZWFkb25seSBjb2RlOiBQYXJzZUVycm9yQ29kZTtcbiAgLyoqIDEtYmFzZWQgbGluZSBudW1iZXIuICovXG4gIHJlYWRvbmx5IGxpbmU6IG51bWJlcjtcbiAgLyoqIDEtYmFzZWQgYnl0ZSBjb2x1bW4gd2l0aGluIHRoZSBsaW5lLiAqL1xuICByZWFkb25seSBjb2x1bW46IG51bWJlcjtcbiAgLyoqIFdoYXQgdGhlIHBhcnNlciB3b3VsZCBoYXZlIGFjY2VwdGVkIGF0IHRoYXQgcGxhY2UsIGUuZy4gYFwibGFiZWwgbmFtZVwiYDsgZW1wdHkgaWYgbi9hLiAqL1xuICByZWFkb25seSBleHBlY3RlZDogc3RyaW5nO1xuICAvKiogVGhlIHJlYXNvbiB3aXRob3V0IHRoZSBgbGluZTpjb2w6IGAgcHJlZml4LiAqL1xuICByZWFkb25seSByZWFzb246IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihcbiAgICBjb2RlOiBQYXJzZUVycm9yQ29kZSxcbiAgICByZWFzb246IHN0cmluZyxcbiAgICBwb3NpdGlvbjogeyBsaW5lOiBudW1iZXI7IGNvbHVtbjogbnVtYmVyOyBleHBlY3RlZD86IHN0cmluZyB9LFxuICAgIG9wdGlvbnM6IHsgY2F1c2U/OiB1bmtub3duIH0gPSB7fSxcbiAgKSB7XG4gICAgc3VwZXIoXG4gICAgICBgJHtwb3NpdGlvbi5saW5lfToke3Bvc2l0aW9uLmNvbHVtbn06ICR7cmVhc29ufWAsXG4gICAgICBvcHRpb25zLmNhdXNlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB7IGNhdXNlOiBvcHRpb25zLmNhdXNlIH0sXG4gICAgKTtcbiAgICB0aGlzLm5hbWUgPSAnUGFyc2VFcnJvcic7XG4gICAgdGhpcy5jb2RlID0gY29kZTtcbiAgICB0aGlzLmxpbmUgPSBwb3NpdGlvbi5saW5lO1xuICAgIHRoaXMuY29sdW1uID0gcG9zaXRpb24uY29sdW1uO1xuICAgIHRoaXMuZXhwZWN0ZWQgPSBwb3NpdGlvbi5leHBlY3RlZCA/PyAnJztcbiAgICB0aGlzLnJlYXNvbiA9IHJlYXNvbjtcbiAgfVxufVxuIiwgIi8qKlxuICogQnl0ZS1sZXZlbCBidWlsZGluZyBibG9ja3Mgc2hhcmVkIGJ5IHRoZSBPcGVuTWV0cmljcyBhbmQgUHJvbWV0aGV1cyB0ZXh0IHBhcnNlcnM6IGNoYXJhY3RlclxuICogY2xhc3NlcyBmb3IgbWV0cmljIGFuZCBsYWJlbCBuYW1lcywgc3RyaW5nIGRlY29kaW5nIChMYXRpbi0xIGZhc3QgcGF0aCBmb3IgQVNDSUksIHN0cmljdCBVVEYtOFxuICogb3RoZXJ3aXNlKSwgdGhlIGZhc3QgZGVjaW1hbC10by1mbG9hdCBjb252ZXJzaW9uIGFuZCB0aGUgdGV4dHVhbCBudW1iZXIgZ3JhbW1hciB1c2VkIGZvciBgbGVgIGFuZFxuICogYHF1YW50aWxlYCBsYWJlbCB2YWx1ZXMuIE5vdGhpbmcgaGVyZSBhbGxvY2F0ZXMgdW5sZXNzIGl0IHJldHVybnMgYSBzdHJpbmcuXG4gKi9cblxuLyoqIEJpdCBzZXQgcGVyIGJ5dGU6IDEgbWV0cmljIG5hbWUgc3RhcnQsIDIgbWV0cmljIG5hbWUgY2hhciwgNCBsYWJlbCBuYW1lIHN0YXJ0LCA4IGxhYmVsIG5hbWUgY2hhci4gKi9cbmV4cG9ydCBjb25zdCBDTFMgPSBuZXcgVWludDhBcnJheSgyNTYpO1xuZm9yIChsZXQgYyA9IDA7IGMgPCAyNTY7IGMrKykge1xuICBjb25zdCBhbHBoYSA9IChjID49IDY1ICYmIGMgPD0gOTApIHx8IChjID49IDk3ICYmIGMgPD0gMTIyKTtcbiAgY29uc3QgZGlnaXQgPSBjID49IDQ4ICYmIGMgPD0gNTc7XG4gIGxldCBiaXRzID0gMDtcbiAgaWYgKGFscGhhIHx8IGMgPT09IDk1IHx8IGMgPT09IDU4KSBiaXRzIHw9IDEgfCAyO1xuICBpZiAoZGlnaXQpIGJpdHMgfD0gMjtcbiAgaWYgKGFscGhhIHx8IGMgPT09IDk1KSBiaXRzIHw9IDQgfCA4O1xuICBpZiAoZGlnaXQpIGJpdHMgfD0gODtcbiAgQ0xTW2NdID0gYml0cztcbn1cbmV4cG9ydCBjb25zdCBOQU1FX1NUQVJUID0gMTtcbmV4cG9ydCBjb25zdCBOQU1FX0NIQVIgPSAyO1xuZXhwb3J0IGNvbnN0IExBQkVMX1NUQVJUID0gNDtcbmV4cG9ydCBjb25zdCBMQUJFTF9DSEFSID0gODtcblxuLyoqIEV4YWN0IHBvd2VycyBvZiB0ZW46IGV2ZXJ5IDEwXmsgd2l0aCBrIDw9IDIyIGlzIHJlcHJlc2VudGFibGUsIHdoaWNoIGlzIHdoYXQgbWFrZXMgdGhlIGZhc3QgcGF0aCBleGFjdC4gKi9cbmV4cG9ydCBjb25zdCBQT1cxMDogcmVhZG9ubHkgbnVtYmVyW10gPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiAyMyB9LCAoXywgaykgPT4gMTAgKiogayk7XG5cbmNvbnN0IHV0ZjggPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04JywgeyBmYXRhbDogdHJ1ZSwgaWdub3JlQk9NOiB0cnVlIH0pO1xuXG4vKiogRGVjb2RlcyBieXRlcyBhcyBVVEYtOCwgdGhyb3dpbmcgYFR5cGVFcnJvcmAgb24gbWFsZm9ybWVkIGlucHV0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVV0ZjgoYnl0ZXM6IFVpbnQ4QXJyYXksIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHV0ZjguZGVjb2RlKGJ5dGVzLnN1YmFycmF5KHN0YXJ0LCBlbmQpKTtcbn1cblxuLyoqIERlY29kZXMgYnl0ZXMga25vd24gdG8gYmUgQVNDSUkuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlQXNjaWkoYnl0ZXM6IFVpbnQ4QXJyYXksIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgbiA9IGVuZCAtIHN0YXJ0O1xuICBpZiAobiA8PSAwKSByZXR1cm4gJyc7XG4gIGlmIChuID09PSAxKSByZXR1cm4gU3RyaW5nLmZyb21DaGFyQ29kZShieXRlc1tzdGFydF0hKTtcbiAgaWYgKEJ1ZmZlci5pc0J1ZmZlcihieXRlcykpIHJldHVybiBieXRlcy50b1N0cmluZygnbGF0aW4xJywgc3RhcnQsIGVuZCk7XG4gIHJldHVybiBCdWZmZXIuZnJvbShieXRlcy5idWZmZXIsIGJ5dGVzLmJ5dGVPZmZzZXQgKyBzdGFydCwgbikudG9TdHJpbmcoJ2xhdGluMScpO1xufVxuXG4vKiogTnVtYmVyIG9mIFVuaWNvZGUgY29kZSBwb2ludHMgaW4gYSBKUyBzdHJpbmcgKHN1cnJvZ2F0ZSBwYWlycyBjb3VudCBvbmNlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb2RlUG9pbnRMZW5ndGgoczogc3RyaW5nKTogbnVtYmVyIHtcbiAgbGV0IG4gPSBzLmxlbmd0aDtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgYyA9IHMuY2hhckNvZGVBdChpKTtcbiAgICBpZiAoYyA+PSAweGQ4MDAgJiYgYyA8PSAweGRiZmYpIG4tLTtcbiAgfVxuICByZXR1cm4gbjtcbn1cblxuLyoqXG4gKiBQYXJzZXMgYSBzdHJpbmcgYWdhaW5zdCB0aGUgT3Blbk1ldHJpY3MgYG51bWJlcmAgcnVsZSAocmVhbG51bWJlciwgY2FzZS1pbnNlbnNpdGl2ZVxuICogW3NpZ25dIGluZi9pbmZpbml0eSwgbmFuKS4gUmV0dXJucyB1bmRlZmluZWQgd2hlbiB0aGUgdGV4dCBpcyBub3QgYSBudW1iZXIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZU51bWJlclRleHQoczogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbiA9IHMubGVuZ3RoO1xuICBpZiAobiA9PT0gMCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgbGV0IGkgPSAwO1xuICBjb25zdCBjMCA9IHMuY2hhckNvZGVBdCgwKTtcbiAgaWYgKGMwID09PSA0MyB8fCBjMCA9PT0gNDUpIGkgPSAxO1xuICBjb25zdCByZXN0ID0gcy5zbGljZShpKS50b0xvd2VyQ2FzZSgpO1xuICBpZiAocmVzdCA9PT0gJ2luZicgfHwgcmVzdCA9PT0gJ2luZmluaXR5JykgcmV0dXJuIGMwID09PSA0NSA/IC1JbmZpbml0eSA6IEluZmluaXR5O1xuICBpZiAocmVzdCA9PT0gJ25hbicpIHJldHVybiBpID09PSAwID8gTnVtYmVyLk5hTiA6IHVuZGVmaW5lZDtcbiAgbGV0IGRpZ2l0cyA9IDA7XG4gIHdoaWxlIChpIDwgbiAmJiBpc0RpZ2l0KHMuY2hhckNvZGVBdChpKSkpIHtcbiAgICBpKys7XG4gICAgZGlnaXRzKys7XG4gIH1cbiAgaWYgKGkgPCBuICYmIHMuY2hhckNvZGVBdChpKSA9PT0gNDYpIHtcbiAgICBpKys7XG4gICAgd2hpbGUgKGkgPCBuICYmIGlzRGlnaXQocy5jaGFyQ29kZUF0KGkpKSkge1xuICAgICAgaSsrO1xuICAgICAgZGlnaXRzKys7XG4gICAgfVxuICB9XG4gIGlmIChkaWdpdHMgPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmIChpIDwgbiAmJiAocy5jaGFyQ29kZUF0KGkpIHwgMzIpID09PSAxMDEpIHtcbiAgICBpKys7XG4gICAgaWYgKGkgPCBuICYmIChzLmNoYXJDb2RlQXQoaSkgPT09IDQzIHx8IHMuY2hhckNvZGVBdChpKSA9PT0gNDUpKSBpKys7XG4gICAgbGV0IGVkID0gMDtcbiAgICB3aGlsZSAoaSA8IG4gJiYgaXNEaWdpdChzLmNoYXJDb2RlQXQoaSkpKSB7XG4gICAgICBpKys7XG4gICAgICBlZCsrO1xuICAgIH1cbiAgICBpZiAoZWQgPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgaWYgKGkgIT09IG4pIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiBOdW1iZXIocyk7XG59XG5cbmZ1bmN0aW9uIGlzRGlnaXQoYzogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiBjID49IDQ4ICYmIGMgPD0gNTc7XG59XG4iLCAiLyoqXG4gKiBUaGUgYnl0ZS1sZXZlbCB0ZXh0IHBhcnNlciBiZWhpbmQgYHBhcnNlYCBhbmQgYHBhcnNlU2FtcGxlc2AsIGZvciBPcGVuTWV0cmljcyAxLjAgYW5kIHRoZVxuICogUHJvbWV0aGV1cyB0ZXh0IGZvcm1hdCAwLjAuNC4gT25lIHBhc3Mgb3ZlciB0aGUgYnl0ZXM6IGxpbmVzIGFyZSBmb3VuZCB3aXRoIGBpbmRleE9mKExGKWAsIGV2ZXJ5XG4gKiB0b2tlbiBpcyBzY2FubmVkIHdpdGggYSBjaGFyYWN0ZXItY2xhc3MgdGFibGUsIG51bWJlcnMgYXJlIGNvbnZlcnRlZCB3aXRoIGFuIGV4YWN0IGZhc3QgcGF0aCwgYW5kXG4gKiB0aGUgbGFiZWwgYmxvY2sgb2YgYSBsaW5lIHRoYXQgaXMgYnl0ZS1pZGVudGljYWwgdG8gdGhlIHByZXZpb3VzIGxpbmUncyBpcyByZXVzZWQgKGNvbnNlY3V0aXZlXG4gKiBwb2ludHMgb2Ygb25lIHNlcmllcyksIHNvIHN0ZWFkeS1zdGF0ZSBpbmdlc3QgYWxsb2NhdGVzIG9uZSBzYW1wbGUgcGVyIGxpbmUgb3Igbm9uZSBhdCBhbGwuXG4gKlxuICogVGhlIE9wZW5NZXRyaWNzIGNoZWNrcyBmb2xsb3cgdGhlIHNwZWMncyBNVVNUcyBhbmQsIHdoZXJlIHRoZSBzcGVjIGxlYXZlcyByb29tLCB0aGUgdXBzdHJlYW1cbiAqIHJlZmVyZW5jZSBwYXJzZXIgKHByb21ldGhldXNfY2xpZW50J3MgYG9wZW5tZXRyaWNzL3BhcnNlci5weWApOiBmYW1pbHkgZ3JvdXBpbmcgYW5kIG5hbWUgY2xhc2hlcyxcbiAqIG1ldGFkYXRhIG9yZGVyLCBwZXItdHlwZSB2YWx1ZSBydWxlcywgaGlzdG9ncmFtIGJ1Y2tldCBydWxlcywgdGltZXN0YW1wIG9yZGVyIHdpdGhpbiBhIG1ldHJpY1xuICogcG9pbnQgZ3JvdXAsIGV4ZW1wbGFyIHBsYWNlbWVudCBhbmQgc2l6ZSwgYCMgRU9GYC4gU2FtcGxlcyByZWFjaCBhIGBTYW1wbGVTaW5rYCBhcyBzb29uIGFzIHRoZWlyXG4gKiBsaW5lIGlzIHJlYWQ7IGEgcGF5bG9hZCBpcyBvbmx5IHZhbGlkIG9uY2UgYHJ1bigpYCByZXR1cm5zLCBzbyBzaW5rcyB0aGF0IHN0b3JlIHNhbXBsZXMgbXVzdFxuICogc3RhZ2UgdGhlbSBhbmQgZGlzY2FyZCB0aGUgYmF0Y2ggd2hlbiBgcnVuKClgIHRocm93cy5cbiAqXG4gKiBQcm9tZXRoZXVzIDAuMC40IHRpbWVzdGFtcHMgYXJlIGludGVnZXIgbWlsbGlzZWNvbmRzIG9uIHRoZSB3aXJlOyB0aGV5IGFyZSBjb252ZXJ0ZWQgdG8gc2Vjb25kc1xuICogc28gdGhhdCB0aGUgbW9kZWwgaG9sZHMgc2Vjb25kcyB3aGF0ZXZlciB0aGUgZm9ybWF0LlxuICovXG5cbmltcG9ydCB7XG4gIENMUyxcbiAgY29kZVBvaW50TGVuZ3RoLFxuICBkZWNvZGVBc2NpaSxcbiAgZGVjb2RlVXRmOCxcbiAgTEFCRUxfQ0hBUixcbiAgTEFCRUxfU1RBUlQsXG4gIE5BTUVfQ0hBUixcbiAgTkFNRV9TVEFSVCxcbiAgUE9XMTAsXG4gIHBhcnNlTnVtYmVyVGV4dCxcbn0gZnJvbSAnLi9ieXRlcy50cyc7XG5pbXBvcnQgeyBQYXJzZUVycm9yLCB0eXBlIFBhcnNlRXJyb3JDb2RlIH0gZnJvbSAnLi9lcnJvcnMudHMnO1xuaW1wb3J0IHR5cGUgeyBFeGVtcGxhciwgTGFiZWxQYWlyLCBNZXRyaWNGYW1pbHksIE1ldHJpY1R5cGUsIFRleHRGb3JtYXQgfSBmcm9tICcuL21vZGVsLnRzJztcblxuLyoqIFJlY2VpdmVzIGV2ZXJ5IHNhbXBsZSBpbiBpbnB1dCBvcmRlci4gYGxhYmVsc2AgbWF5IGJlIHNoYXJlZCB3aXRoIHRoZSBwcmV2aW91cyBzYW1wbGUgb2YgdGhlIHNhbWUgc2VyaWVzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTYW1wbGVTaW5rIHtcbiAgc2FtcGxlKFxuICAgIGZhbWlseTogTWV0cmljRmFtaWx5LFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBsYWJlbHM6IExhYmVsUGFpcltdLFxuICAgIHZhbHVlOiBudW1iZXIsXG4gICAgdGltZXN0YW1wOiBudW1iZXIgfCB1bmRlZmluZWQsXG4gICAgZXhlbXBsYXI6IEV4ZW1wbGFyIHwgdW5kZWZpbmVkLFxuICApOiB2b2lkO1xufVxuXG5jb25zdCBMRiA9IDEwO1xuY29uc3QgU1AgPSAzMjtcbmNvbnN0IFRBQiA9IDk7XG5jb25zdCBIQVNIID0gMzU7XG5jb25zdCBRVU9URSA9IDM0O1xuY29uc3QgQlNMQVNIID0gOTI7XG5jb25zdCBMQlJBQ0UgPSAxMjM7XG5jb25zdCBSQlJBQ0UgPSAxMjU7XG5jb25zdCBDT01NQSA9IDQ0O1xuY29uc3QgRVEgPSA2MTtcblxuLy8gU2FtcGxlIG5hbWUgc3VmZml4IHJlbGF0aXZlIHRvIHRoZSBmYW1pbHkgbmFtZS5cbmNvbnN0IFNfTk9ORSA9IDA7XG5jb25zdCBTX1RPVEFMID0gMTtcbmNvbnN0IFNfQ1JFQVRFRCA9IDI7XG5jb25zdCBTX0NPVU5UID0gMztcbmNvbnN0IFNfU1VNID0gNDtcbmNvbnN0IFNfQlVDS0VUID0gNTtcbmNvbnN0IFNfR0NPVU5UID0gNjtcbmNvbnN0IFNfR1NVTSA9IDc7XG5jb25zdCBTX0lORk8gPSA4O1xuY29uc3QgU1VGRklYX05BTUVTID0gWycnLCAnX3RvdGFsJywgJ19jcmVhdGVkJywgJ19jb3VudCcsICdfc3VtJywgJ19idWNrZXQnLCAnX2djb3VudCcsICdfZ3N1bScsICdfaW5mbyddO1xuXG4vKiogQWxsb3dlZCBzYW1wbGUtbmFtZSBzdWZmaXhlcyBwZXIgT3Blbk1ldHJpY3MgdHlwZSAodGhlIHJlZmVyZW5jZSBwYXJzZXIncyBgdHlwZV9zdWZmaXhlc2ApLiAqL1xuY29uc3QgT01fU1VGRklYRVM6IFJlY29yZDxNZXRyaWNUeXBlLCByZWFkb25seSBudW1iZXJbXT4gPSB7XG4gIGNvdW50ZXI6IFtTX1RPVEFMLCBTX0NSRUFURURdLFxuICBzdW1tYXJ5OiBbU19OT05FLCBTX0NPVU5ULCBTX1NVTSwgU19DUkVBVEVEXSxcbiAgaGlzdG9ncmFtOiBbU19DT1VOVCwgU19TVU0sIFNfQlVDS0VULCBTX0NSRUFURURdLFxuICBnYXVnZWhpc3RvZ3JhbTogW1NfR0NPVU5ULCBTX0dTVU0sIFNfQlVDS0VUXSxcbiAgaW5mbzogW1NfSU5GT10sXG4gIGdhdWdlOiBbU19OT05FXSxcbiAgc3RhdGVzZXQ6IFtTX05PTkVdLFxuICB1bmtub3duOiBbU19OT05FXSxcbn07XG5jb25zdCBPTV9UWVBFUyA9IG5ldyBTZXQ8c3RyaW5nPihbXG4gICdjb3VudGVyJyxcbiAgJ2dhdWdlJyxcbiAgJ2hpc3RvZ3JhbScsXG4gICdnYXVnZWhpc3RvZ3JhbScsXG4gICdzdW1tYXJ5JyxcbiAgJ2luZm8nLFxuICAnc3RhdGVzZXQnLFxuICAndW5rbm93bicsXG5dKTtcbmNvbnN0IFBST01fVFlQRVM6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1R5cGU+ID0ge1xuICBjb3VudGVyOiAnY291bnRlcicsXG4gIGdhdWdlOiAnZ2F1Z2UnLFxuICBoaXN0b2dyYW06ICdoaXN0b2dyYW0nLFxuICBzdW1tYXJ5OiAnc3VtbWFyeScsXG4gIHVudHlwZWQ6ICd1bmtub3duJyxcbn07XG5cbmNvbnN0IElOVEVSTl9TTE9UUyA9IDQwOTY7XG5jb25zdCBJTlRFUk5fTUFYID0gNjQ7XG5cbmNvbnN0IEVNUFRZX0xBQkVMUzogTGFiZWxQYWlyW10gPSBPYmplY3QuZnJlZXplKFtdKSBhcyB1bmtub3duIGFzIExhYmVsUGFpcltdO1xuXG4vKiogUGVyLWZhbWlseSB2YWxpZGF0aW9uIHN0YXRlIChPcGVuTWV0cmljcykuICovXG5pbnRlcmZhY2UgRmFtaWx5U3RhdGUge1xuICBmYW1pbHk6IE1ldHJpY0ZhbWlseTtcbiAgZmlyc3RMaW5lOiBudW1iZXI7XG4gIHNlZW5IZWxwOiBib29sZWFuO1xuICBzZWVuVHlwZTogYm9vbGVhbjtcbiAgc2VlblVuaXQ6IGJvb2xlYW47XG4gIGFsbG93ZWQ6IHJlYWRvbmx5IG51bWJlcltdO1xuICBzYW1wbGVDb3VudDogbnVtYmVyO1xuICAvLyBtZXRyaWMgcG9pbnQgZ3JvdXBpbmdcbiAgZ3JvdXA6IHN0cmluZyB8IG51bGw7XG4gIC8qKiBUaW1lc3RhbXAgb2YgdGhlIGdyb3VwJ3MgbGFzdCBzYW1wbGU7IGtlcHQgYXMgYSBwbGFpbiBkb3VibGUgKE5hTiA9IG5vbmUpIHRvIGF2b2lkIGJveGluZy4gKi9cbiAgZ3JvdXBUczogbnVtYmVyO1xuICBncm91cEhhc1RzOiBib29sZWFuO1xuICBzZWVuR3JvdXBzOiBTZXQ8c3RyaW5nPjtcbiAgLy8gaGlzdG9ncmFtIHBvaW50IGNoZWNrcyAocmVmZXJlbmNlIHBhcnNlcidzIF9jaGVja19oaXN0b2dyYW0pXG4gIGhHcm91cDogc3RyaW5nIHwgbnVsbDtcbiAgaFRzOiBudW1iZXI7XG4gIGhIYXNUczogYm9vbGVhbjtcbiAgaENvdW50OiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIGhCdWNrZXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgaFZhbHVlOiBudW1iZXI7XG4gIGhOZWdCdWNrZXRzOiBib29sZWFuO1xuICBoU3VtOiBib29sZWFuO1xuICBoR3N1bTogYm9vbGVhbjtcbiAgaE5lZ0dzdW06IGJvb2xlYW47XG59XG5cbi8qKiBQZXItZmFtaWx5IHN0YXRlIChQcm9tZXRoZXVzIDAuMC40KS4gKi9cbmludGVyZmFjZSBQcm9tRmFtaWx5IHtcbiAgZmFtaWx5OiBNZXRyaWNGYW1pbHk7XG4gIHNlZW5IZWxwOiBib29sZWFuO1xuICBzZWVuVHlwZTogYm9vbGVhbjtcbiAgc2FtcGxlQ291bnQ6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQYXJzZXJPcHRpb25zIHtcbiAgZm9ybWF0OiBUZXh0Rm9ybWF0O1xufVxuXG5leHBvcnQgY2xhc3MgVGV4dFBhcnNlciB7XG4gIHByaXZhdGUgcmVhZG9ubHkgYnVmOiBCdWZmZXI7XG4gIHByaXZhdGUgcmVhZG9ubHkgbGVuOiBudW1iZXI7XG4gIHByaXZhdGUgcmVhZG9ubHkgcHJvbTogYm9vbGVhbjtcbiAgcHJpdmF0ZSByZWFkb25seSBzaW5rOiBTYW1wbGVTaW5rO1xuICByZWFkb25seSBmYW1pbGllczogTWV0cmljRmFtaWx5W10gPSBbXTtcbiAgLyoqIE51bWJlciBvZiBzYW1wbGUgbGluZXMgYWNjZXB0ZWQuICovXG4gIHNhbXBsZXMgPSAwO1xuXG4gIHByaXZhdGUgbGluZSA9IDE7XG4gIHByaXZhdGUgbGluZVN0YXJ0ID0gMDtcblxuICAvLyBSZXVzZSBvZiB0aGUgcHJldmlvdXMgbGluZSdzIHNlcmllcyAobmFtZSBhbmQgbGFiZWwgYmxvY2spOiBjb25zZWN1dGl2ZSBwb2ludHMgb2Ygb25lIHNlcmllc1xuICAvLyBoYXZlIGJ5dGUtaWRlbnRpY2FsIHByZWZpeGVzLCBzbyBvbmUgd29yZC13aXNlIGNvbXBhcmlzb24gcmVwbGFjZXMgc2Nhbm5pbmcgYW5kIGRlY29kaW5nLlxuICBwcml2YXRlIHByZXZMaW5lU3RhcnQgPSAtMTtcbiAgcHJpdmF0ZSBwcmV2U2VyaWVzTGVuID0gMDtcbiAgcHJpdmF0ZSBwcmV2SGFzQmxvY2sgPSBmYWxzZTtcbiAgcHJpdmF0ZSBwcmV2TmFtZUxlbiA9IDA7XG4gIHByaXZhdGUgcHJldk5hbWUgPSAnJztcbiAgcHJpdmF0ZSBwcmV2TGFiZWxzOiBMYWJlbFBhaXJbXSA9IEVNUFRZX0xBQkVMUztcbiAgcHJpdmF0ZSBwcmV2U2VyaWFsID0gMDtcbiAgcHJpdmF0ZSBsYmxTZXJpYWwgPSAwO1xuICAvLyBPdXRwdXQgb2YgcmVhZFNlcmllcy5cbiAgcHJpdmF0ZSBzTmFtZSA9ICcnO1xuICBwcml2YXRlIHNMYWJlbHM6IExhYmVsUGFpcltdID0gRU1QVFlfTEFCRUxTO1xuICBwcml2YXRlIHNTZXJpYWwgPSAwO1xuICBwcml2YXRlIGtleVNlcmlhbCA9IC0xO1xuICBwcml2YXRlIGtleU1vZGUgPSAtMTtcbiAgcHJpdmF0ZSBrZXlWYWx1ZSA9ICcnO1xuXG4gIC8vIFJlc3VsdCBvZiB0aGUgbGFzdCBwYXJzZUxhYmVscyBjYWxsLlxuICBwcml2YXRlIGxhYmVsc091dDogTGFiZWxQYWlyW10gPSBFTVBUWV9MQUJFTFM7XG5cbiAgLy8gT3Blbk1ldHJpY3MgZmFtaWx5IHN0YXRlLlxuICBwcml2YXRlIGN1cjogRmFtaWx5U3RhdGUgfCBudWxsID0gbnVsbDtcbiAgcHJpdmF0ZSByZWFkb25seSBzZWVuTmFtZXMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgcHJpdmF0ZSBjdXJOYW1lQ2FjaGUgPSAnJztcbiAgcHJpdmF0ZSBjdXJTdWZmaXhDYWNoZSA9IC0xO1xuXG4gIC8vIFByb21ldGhldXMgZmFtaWx5IHN0YXRlLlxuICBwcml2YXRlIHJlYWRvbmx5IHByb21GYW1pbGllcyA9IG5ldyBNYXA8c3RyaW5nLCBQcm9tRmFtaWx5PigpO1xuICBwcml2YXRlIHByb21DdXI6IFByb21GYW1pbHkgfCBudWxsID0gbnVsbDtcbiAgLyoqIExhc3Qgc2FtcGxlIG5hbWUgcmVzb2x2ZWQgdG8gcHJvbUN1ciAobmFtZXMgYXJlIGludGVybmVkLCBzbyB0aGlzIGNvbXBhcmVzIHBvaW50ZXJzKS4gKi9cbiAgcHJpdmF0ZSBwcm9tQ3VyTmFtZSA9ICcnO1xuXG4gIHByaXZhdGUgc2NyYXRjaCA9IG5ldyBVaW50OEFycmF5KDI1Nik7XG5cbiAgLy8gSW50ZXJuIGNhY2hlIGZvciBzaG9ydCBBU0NJSSBzdHJpbmdzIChtZXRyaWMgbmFtZXMsIGxhYmVsIG5hbWVzIGFuZCB2YWx1ZXMpIGtleWVkIGJ5IGEgaGFzaCBvZlxuICAvLyB0aGVpciBsZW5ndGggYW5kIGEgZmV3IGJ5dGVzLCB2ZXJpZmllZCBhZ2FpbnN0IHRoZSBieXRlcyBvZiB0aGUgZmlyc3Qgb2NjdXJyZW5jZSBpbiB0aGUgaW5wdXQuXG4gIHByaXZhdGUgcmVhZG9ubHkgaWNNYXNrOiBudW1iZXI7XG4gIHByaXZhdGUgcmVhZG9ubHkgaWNTdGFydDogSW50MzJBcnJheTtcbiAgcHJpdmF0ZSByZWFkb25seSBpY0xlbjogSW50MzJBcnJheTtcbiAgcHJpdmF0ZSByZWFkb25seSBpY1N0cjogc3RyaW5nW107XG5cbiAgcHJpdmF0ZSByZWFkb25seSBkdjogRGF0YVZpZXc7XG5cbiAgY29uc3RydWN0b3IoaW5wdXQ6IFVpbnQ4QXJyYXksIGZvcm1hdDogVGV4dEZvcm1hdCwgc2luazogU2FtcGxlU2luaykge1xuICAgIC8vIEFsd2F5cyBhIEJ1ZmZlciB2aWV3IChubyBjb3B5KTogQnVmZmVyI2luZGV4T2YgaXMgbWVtY2hyLCBhbmQgb25lIHJlY2VpdmVyIHR5cGUga2VlcHMgdGhlXG4gICAgLy8gZWxlbWVudCBhY2Nlc3NlcyBtb25vbW9ycGhpYy5cbiAgICBjb25zdCBidWYgPSBCdWZmZXIuaXNCdWZmZXIoaW5wdXQpXG4gICAgICA/IGlucHV0XG4gICAgICA6IEJ1ZmZlci5mcm9tKGlucHV0LmJ1ZmZlciwgaW5wdXQuYnl0ZU9mZnNldCwgaW5wdXQuYnl0ZUxlbmd0aCk7XG4gICAgdGhpcy5idWYgPSBidWY7XG4gICAgdGhpcy5kdiA9IG5ldyBEYXRhVmlldyhidWYuYnVmZmVyLCBidWYuYnl0ZU9mZnNldCwgYnVmLmJ5dGVMZW5ndGgpO1xuICAgIHRoaXMubGVuID0gYnVmLmxlbmd0aDtcbiAgICBjb25zdCBzbG90cyA9IGJ1Zi5sZW5ndGggPCAxIDw8IDE2ID8gSU5URVJOX1NMT1RTID4+IDQgOiBJTlRFUk5fU0xPVFM7XG4gICAgdGhpcy5pY01hc2sgPSBzbG90cyAtIDE7XG4gICAgdGhpcy5pY1N0YXJ0ID0gbmV3IEludDMyQXJyYXkoc2xvdHMpLmZpbGwoLTEpO1xuICAgIHRoaXMuaWNMZW4gPSBuZXcgSW50MzJBcnJheShzbG90cyk7XG4gICAgdGhpcy5pY1N0ciA9IG5ldyBBcnJheTxzdHJpbmc+KHNsb3RzKS5maWxsKCcnKTtcbiAgICB0aGlzLnByb20gPSBmb3JtYXQgPT09ICdwcm9tZXRoZXVzJztcbiAgICB0aGlzLnNpbmsgPSBzaW5rO1xuICB9XG5cbiAgcnVuKCk6IHZvaWQge1xuICAgIGlmICh0aGlzLnByb20pIHRoaXMucnVuUHJvbSgpO1xuICAgIGVsc2UgdGhpcy5ydW5PbSgpO1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4gIC8vIEVycm9yc1xuXG4gIHByaXZhdGUgZmFpbChjb2RlOiBQYXJzZUVycm9yQ29kZSwgcG9zOiBudW1iZXIsIHJlYXNvbjogc3RyaW5nLCBleHBlY3RlZD86IHN0cmluZyk6IG5ldmVyIHtcbiAgICBjb25zdCBjb2x1bW4gPSBNYXRoLm1heCgxLCBwb3MgLSB0aGlzLmxpbmVTdGFydCArIDEpO1xuICAgIHRocm93IG5ldyBQYXJzZUVycm9yKFxuICAgICAgY29kZSxcbiAgICAgIGV4cGVjdGVkID09PSB1bmRlZmluZWQgPyByZWFzb24gOiBgJHtyZWFzb259OiBleHBlY3RlZCAke2V4cGVjdGVkfWAsXG4gICAgICBleHBlY3RlZCA9PT0gdW5kZWZpbmVkID8geyBsaW5lOiB0aGlzLmxpbmUsIGNvbHVtbiB9IDogeyBsaW5lOiB0aGlzLmxpbmUsIGNvbHVtbiwgZXhwZWN0ZWQgfSxcbiAgICApO1xuICB9XG5cbiAgcHJpdmF0ZSB1bmV4cGVjdGVkKHBvczogbnVtYmVyLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICAgIGNvbnN0IGMgPSB0aGlzLmJ1Zltwb3NdO1xuICAgIGNvbnN0IHdoYXQgPVxuICAgICAgcG9zID49IHRoaXMubGVuIHx8IGMgPT09IExGXG4gICAgICAgID8gJ2VuZCBvZiBsaW5lJ1xuICAgICAgICA6IGMgIT09IHVuZGVmaW5lZCAmJiBjID49IDMzICYmIGMgPCAxMjdcbiAgICAgICAgICA/IGAnJHtTdHJpbmcuZnJvbUNoYXJDb2RlKGMpfSdgXG4gICAgICAgICAgOiBgYnl0ZSAweCR7KGMgPz8gMCkudG9TdHJpbmcoMTYpLnBhZFN0YXJ0KDIsICcwJyl9YDtcbiAgICB0aGlzLmZhaWwoJ09NX1VORVhQRUNURURfVE9LRU4nLCBwb3MsIGB1bmV4cGVjdGVkICR7d2hhdH1gLCBleHBlY3RlZCk7XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAgLy8gT3Blbk1ldHJpY3MgMS4wXG5cbiAgcHJpdmF0ZSBydW5PbSgpOiB2b2lkIHtcbiAgICBjb25zdCBidWYgPSB0aGlzLmJ1ZjtcbiAgICBjb25zdCBsZW4gPSB0aGlzLmxlbjtcbiAgICBsZXQgcG9zID0gMDtcbiAgICBsZXQgZW9mID0gZmFsc2U7XG4gICAgd2hpbGUgKHBvcyA8IGxlbikge1xuICAgICAgbGV0IGVvbCA9IGluZGV4T2ZMZihidWYsIHBvcywgbGVuKTtcbiAgICAgIGlmIChlb2wgPCAwKSBlb2wgPSBsZW47XG4gICAgICB0aGlzLmxpbmVTdGFydCA9IHBvcztcbiAgICAgIGlmIChlb2YpIHRoaXMuZmFpbCgnT01fVEVYVF9BRlRFUl9FT0YnLCBwb3MsICd0ZXh0IGFmdGVyICMgRU9GJywgJ2VuZCBvZiBpbnB1dCcpO1xuICAgICAgaWYgKGVvbCA9PT0gcG9zKSB0aGlzLmZhaWwoJ09NX1VORVhQRUNURURfVE9LRU4nLCBwb3MsICdibGFuayBsaW5lJywgJ2Egc2FtcGxlLCBtZXRhZGF0YSBvciAjIEVPRicpO1xuICAgICAgaWYgKGJ1Zltwb3NdID09PSBIQVNIKSB7XG4gICAgICAgIGlmIChcbiAgICAgICAgICBlb2wgLSBwb3MgPT09IDUgJiZcbiAgICAgICAgICBidWZbcG9zICsgMV0gPT09IFNQICYmXG4gICAgICAgICAgYnVmW3BvcyArIDJdID09PSA2OSAmJlxuICAgICAgICAgIGJ1Zltwb3MgKyAzXSA9PT0gNzkgJiZcbiAgICAgICAgICBidWZbcG9zICsgNF0gPT09IDcwXG4gICAgICAgICkge1xuICAgICAgICAgIGVvZiA9IHRydWU7XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgdGhpcy5vbU1ldGFkYXRhKHBvcywgZW9sKTtcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIHtcbiAgICAgICAgaWYgKGVvbCA9PT0gbGVuKVxuICAgICAgICAgIHRoaXMuZmFpbCgnT01fTUlTU0lOR19FT0YnLCBlb2wsICdzYW1wbGUgbGluZSB3aXRob3V0IG5ld2xpbmUgYXQgZW5kIG9mIGlucHV0JywgXCInXFxcXG4nIGFuZCAjIEVPRlwiKTtcbiAgICAgICAgdGhpcy5vbVNhbXBsZShwb3MsIGVvbCk7XG4gICAgICB9XG4gICAgICBwb3MgPSBlb2wgKyAxO1xuICAgICAgaWYgKHBvcyA8PSBsZW4pIHRoaXMubGluZSsrO1xuICAgIH1cbiAgICBpZiAodGhpcy5jdXIgIT09IG51bGwpIHRoaXMuZmluaXNoRmFtaWx5KHRoaXMuY3VyKTtcbiAgICBpZiAoIWVvZikge1xuICAgICAgdGhpcy5saW5lU3RhcnQgPSBsZW47XG4gICAgICB0aGlzLmZhaWwoJ09NX01JU1NJTkdfRU9GJywgbGVuLCAnbWlzc2luZyAjIEVPRiBhdCBlbmQgb2YgaW5wdXQnLCAnIyBFT0YnKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIG9tTWV0YWRhdGEoczogbnVtYmVyLCBlOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCBidWYgPSB0aGlzLmJ1ZjtcbiAgICBpZiAoYnVmW3MgKyAxXSAhPT0gU1ApXG4gICAgICB0aGlzLnVuZXhwZWN0ZWQocyArIDEsIFwiJyAnIGFmdGVyICcjJyAob25seSBIRUxQLCBUWVBFLCBVTklUIGFuZCBFT0YgbGluZXMgbWF5IHN0YXJ0IHdpdGggIylcIik7XG4gICAgY29uc3QgayA9IHMgKyAyO1xuICAgIGxldCBraW5kID0gMDsgLy8gMSBIRUxQLCAyIFRZUEUsIDMgVU5JVFxuICAgIGlmIChlIC0gayA+PSA1ICYmIGJ1ZltrICsgNF0gPT09IFNQKSB7XG4gICAgICBjb25zdCBhID0gYnVmW2tdO1xuICAgICAgY29uc3QgYiA9IGJ1ZltrICsgMV07XG4gICAgICBjb25zdCBjID0gYnVmW2sgKyAyXTtcbiAgICAgIGNvbnN0IGQgPSBidWZbayArIDNdO1xuICAgICAgaWYgKGEgPT09IDcyICYmIGIgPT09IDY5ICYmIGMgPT09IDc2ICYmIGQgPT09IDgwKSBraW5kID0gMTtcbiAgICAgIGVsc2UgaWYgKGEgPT09IDg0ICYmIGIgPT09IDg5ICYmIGMgPT09IDgwICYmIGQgPT09IDY5KSBraW5kID0gMjtcbiAgICAgIGVsc2UgaWYgKGEgPT09IDg1ICYmIGIgPT09IDc4ICYmIGMgPT09IDczICYmIGQgPT09IDg0KSBraW5kID0gMztcbiAgICB9XG4gICAgaWYgKGtpbmQgPT09IDApIHRoaXMudW5leHBlY3RlZChrLCBcIidIRUxQICcsICdUWVBFICcsICdVTklUICcgb3IgJ0VPRidcIik7XG4gICAgY29uc3QgbnMgPSBrICsgNTtcbiAgICBsZXQgcCA9IG5zO1xuICAgIGlmIChwID49IGUgfHwgKENMU1tidWZbcF0hXSEgJiBOQU1FX1NUQVJUKSA9PT0gMCkgdGhpcy51bmV4cGVjdGVkKHAsICdtZXRyaWMgbmFtZScpO1xuICAgIHArKztcbiAgICB3aGlsZSAocCA8IGUgJiYgKENMU1tidWZbcF0hXSEgJiBOQU1FX0NIQVIpICE9PSAwKSBwKys7XG4gICAgY29uc3QgbmFtZUVuZCA9IHA7XG4gICAgaWYgKHAgPj0gZSB8fCBidWZbcF0gIT09IFNQKSB0aGlzLnVuZXhwZWN0ZWQocCwgXCInICcgYWZ0ZXIgdGhlIG1ldHJpYyBuYW1lXCIpO1xuICAgIHArKztcbiAgICBjb25zdCBuYW1lID0gZGVjb2RlQXNjaWkoYnVmLCBucywgbmFtZUVuZCk7XG5cbiAgICBsZXQgc3QgPSB0aGlzLmN1cjtcbiAgICBpZiAoc3QgPT09IG51bGwgfHwgc3QuZmFtaWx5Lm5hbWUgIT09IG5hbWUpIHtcbiAgICAgIGlmIChzdCAhPT0gbnVsbCkgdGhpcy5maW5pc2hGYW1pbHkoc3QpO1xuICAgICAgc3QgPSB0aGlzLnN0YXJ0RmFtaWx5KG5hbWUsICd1bmtub3duJyk7XG4gICAgfSBlbHNlIGlmIChzdC5zYW1wbGVDb3VudCA+IDApIHtcbiAgICAgIHRoaXMuZmFpbChcbiAgICAgICAgJ09NX0lOVkFMSURfTUVUQURBVEEnLFxuICAgICAgICBzLFxuICAgICAgICBgbWV0YWRhdGEgZm9yICR7bmFtZX0gYWZ0ZXIgaXRzIHNhbXBsZXNgLFxuICAgICAgICAnYSBzYW1wbGUgb3IgbWV0YWRhdGEgb2YgYSBuZXcgZmFtaWx5JyxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IGZhbSA9IHN0LmZhbWlseTtcbiAgICBpZiAoa2luZCA9PT0gMSkge1xuICAgICAgaWYgKHN0LnNlZW5IZWxwKSB0aGlzLmZhaWwoJ09NX0lOVkFMSURfTUVUQURBVEEnLCBzLCBgc2Vjb25kIEhFTFAgbGluZSBmb3IgJHtuYW1lfWApO1xuICAgICAgc3Quc2VlbkhlbHAgPSB0cnVlO1xuICAgICAgY29uc3QgaGVscCA9IHRoaXMuZGVjb2RlVGV4dChwLCBlLCB0cnVlKTtcbiAgICAgIGlmIChoZWxwLmxlbmd0aCA+IDApIGZhbS5oZWxwID0gaGVscDtcbiAgICB9IGVsc2UgaWYgKGtpbmQgPT09IDIpIHtcbiAgICAgIGlmIChzdC5zZWVuVHlwZSkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX01FVEFEQVRBJywgcywgYHNlY29uZCBUWVBFIGxpbmUgZm9yICR7bmFtZX1gKTtcbiAgICAgIHN0LnNlZW5UeXBlID0gdHJ1ZTtcbiAgICAgIGNvbnN0IHQgPSBkZWNvZGVBc2NpaShidWYsIHAsIGUpO1xuICAgICAgaWYgKCFPTV9UWVBFUy5oYXModCkpIHtcbiAgICAgICAgdGhpcy5mYWlsKFxuICAgICAgICAgICdPTV9VTkVYUEVDVEVEX1RPS0VOJyxcbiAgICAgICAgICBwLFxuICAgICAgICAgIGBpbnZhbGlkIHR5cGUgJyR7dH0nYCxcbiAgICAgICAgICAnY291bnRlciwgZ2F1Z2UsIGhpc3RvZ3JhbSwgZ2F1Z2VoaXN0b2dyYW0sIHN1bW1hcnksIGluZm8sIHN0YXRlc2V0IG9yIHVua25vd24nLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgZmFtLnR5cGUgPSB0IGFzIE1ldHJpY1R5cGU7XG4gICAgICBzdC5hbGxvd2VkID0gT01fU1VGRklYRVNbZmFtLnR5cGVdO1xuICAgIH0gZWxzZSB7XG4gICAgICBpZiAoc3Quc2VlblVuaXQpIHRoaXMuZmFpbCgnT01fSU5WQUxJRF9NRVRBREFUQScsIHMsIGBzZWNvbmQgVU5JVCBsaW5lIGZvciAke25hbWV9YCk7XG4gICAgICBzdC5zZWVuVW5pdCA9IHRydWU7XG4gICAgICBsZXQgcSA9IHA7XG4gICAgICB3aGlsZSAocSA8IGUgJiYgKENMU1tidWZbcV0hXSEgJiBOQU1FX0NIQVIpICE9PSAwKSBxKys7XG4gICAgICBpZiAocSAhPT0gZSkgdGhpcy51bmV4cGVjdGVkKHEsICd1bml0IGNoYXJhY3RlcnMgW2EtekEtWjAtOV86XSB1cCB0byB0aGUgZW5kIG9mIHRoZSBsaW5lJyk7XG4gICAgICBpZiAocSA+IHApIGZhbS51bml0ID0gZGVjb2RlQXNjaWkoYnVmLCBwLCBlKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHN0YXJ0RmFtaWx5KG5hbWU6IHN0cmluZywgdHlwZTogTWV0cmljVHlwZSk6IEZhbWlseVN0YXRlIHtcbiAgICBjb25zdCBmYW1pbHk6IE1ldHJpY0ZhbWlseSA9IHsgbmFtZSwgdHlwZSwgc2FtcGxlczogW10gfTtcbiAgICB0aGlzLmZhbWlsaWVzLnB1c2goZmFtaWx5KTtcbiAgICBjb25zdCBzdDogRmFtaWx5U3RhdGUgPSB7XG4gICAgICBmYW1pbHksXG4gICAgICBmaXJzdExpbmU6IHRoaXMubGluZSxcbiAgICAgIHNlZW5IZWxwOiBmYWxzZSxcbiAgICAgIHNlZW5UeXBlOiBmYWxzZSxcbiAgICAgIHNlZW5Vbml0OiBmYWxzZSxcbiAgICAgIGFsbG93ZWQ6IE9NX1NVRkZJWEVTW3R5cGVdLFxuICAgICAgc2FtcGxlQ291bnQ6IDAsXG4gICAgICBncm91cDogbnVsbCxcbiAgICAgIGdyb3VwVHM6IDAsXG4gICAgICBncm91cEhhc1RzOiBmYWxzZSxcbiAgICAgIHNlZW5Hcm91cHM6IG5ldyBTZXQoKSxcbiAgICAgIGhHcm91cDogbnVsbCxcbiAgICAgIGhUczogMCxcbiAgICAgIGhIYXNUczogZmFsc2UsXG4gICAgICBoQ291bnQ6IHVuZGVmaW5lZCxcbiAgICAgIGhCdWNrZXQ6IHVuZGVmaW5lZCxcbiAgICAgIGhWYWx1ZTogMCxcbiAgICAgIGhOZWdCdWNrZXRzOiBmYWxzZSxcbiAgICAgIGhTdW06IGZhbHNlLFxuICAgICAgaEdzdW06IGZhbHNlLFxuICAgICAgaE5lZ0dzdW06IGZhbHNlLFxuICAgIH07XG4gICAgdGhpcy5jdXIgPSBzdDtcbiAgICB0aGlzLmN1ck5hbWVDYWNoZSA9ICcnO1xuICAgIHRoaXMuY3VyU3VmZml4Q2FjaGUgPSAtMTtcbiAgICByZXR1cm4gc3Q7XG4gIH1cblxuICAvKiogVGhlIHJlZmVyZW5jZSBwYXJzZXIncyBidWlsZF9tZXRyaWMgY2hlY2tzLCBydW4gd2hlbiBhIGZhbWlseSBlbmRzLiAqL1xuICBwcml2YXRlIGZpbmlzaEZhbWlseShzdDogRmFtaWx5U3RhdGUpOiB2b2lkIHtcbiAgICBjb25zdCBmYW0gPSBzdC5mYW1pbHk7XG4gICAgY29uc3QgcG9zID0gdGhpcy5saW5lU3RhcnQ7XG4gICAgY29uc3QgbmFtZXMgPSB0aGlzLnNlZW5OYW1lcztcbiAgICBjb25zdCBzdWZmaXhlcyA9IHN0LmFsbG93ZWQuaW5jbHVkZXMoU19OT05FKSA/IHN0LmFsbG93ZWQgOiBbU19OT05FLCAuLi5zdC5hbGxvd2VkXTtcbiAgICBmb3IgKGNvbnN0IHMgb2Ygc3VmZml4ZXMpIHtcbiAgICAgIGNvbnN0IGZ1bGwgPSBmYW0ubmFtZSArIFNVRkZJWF9OQU1FU1tzXTtcbiAgICAgIGlmIChuYW1lcy5oYXMoZnVsbCkpIHtcbiAgICAgICAgdGhpcy5mYWlsKFxuICAgICAgICAgICdPTV9DTEFTSElOR19OQU1FJyxcbiAgICAgICAgICBwb3MsXG4gICAgICAgICAgYGZhbWlseSAke2ZhbS5uYW1lfSAoZnJvbSBsaW5lICR7c3QuZmlyc3RMaW5lfSkgY2xhc2hlcyB3aXRoIGFuIGVhcmxpZXIgZmFtaWx5IG9uIHNhbXBsZSBuYW1lICR7ZnVsbH07IGZhbWlsaWVzIG11c3Qgbm90IGJlIGludGVybGVhdmVkYCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIG5hbWVzLmFkZChmdWxsKTtcbiAgICB9XG4gICAgaWYgKGZhbS51bml0ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGlmICghZmFtLm5hbWUuZW5kc1dpdGgoYF8ke2ZhbS51bml0fWApKSB7XG4gICAgICAgIHRoaXMuZmFpbCgnT01fSU5WQUxJRF9NRVRBREFUQScsIHBvcywgYHVuaXQgJHtmYW0udW5pdH0gaXMgbm90IGEgc3VmZml4IG9mIGZhbWlseSBuYW1lICR7ZmFtLm5hbWV9YCk7XG4gICAgICB9XG4gICAgICBpZiAoZmFtLnR5cGUgPT09ICdpbmZvJyB8fCBmYW0udHlwZSA9PT0gJ3N0YXRlc2V0Jykge1xuICAgICAgICB0aGlzLmZhaWwoJ09NX0lOVkFMSURfTUVUQURBVEEnLCBwb3MsIGAke2ZhbS50eXBlfSBmYW1pbHkgJHtmYW0ubmFtZX0gbXVzdCBub3QgaGF2ZSBhIHVuaXRgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKChmYW0udHlwZSA9PT0gJ2hpc3RvZ3JhbScgfHwgZmFtLnR5cGUgPT09ICdnYXVnZWhpc3RvZ3JhbScpICYmIHN0LmhHcm91cCAhPT0gbnVsbCkge1xuICAgICAgdGhpcy5oaXN0b2dyYW1Qb2ludERvbmUoc3QsIHBvcyk7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBvbVNhbXBsZShzOiBudW1iZXIsIGU6IG51bWJlcik6IHZvaWQge1xuICAgIGNvbnN0IGJ1ZiA9IHRoaXMuYnVmO1xuICAgIGxldCBwID0gdGhpcy5yZWFkU2VyaWVzKHMsIGUpO1xuICAgIGNvbnN0IG5hbWUgPSB0aGlzLnNOYW1lO1xuICAgIGNvbnN0IGxhYmVscyA9IHRoaXMuc0xhYmVscztcbiAgICBjb25zdCBsYmxTZXJpYWwgPSB0aGlzLnNTZXJpYWw7XG4gICAgaWYgKGJ1ZltwXSAhPT0gU1ApIHRoaXMudW5leHBlY3RlZChwLCBsYWJlbHMubGVuZ3RoID09PSAwICYmIGxibFNlcmlhbCA9PT0gMCA/IFwiJ3snIG9yICcgJ1wiIDogXCInICdcIik7XG4gICAgcCsrO1xuICAgIC8vIC0tLSB2YWx1ZVxuICAgIGxldCBxID0gcDtcbiAgICB3aGlsZSAocSA8IGUgJiYgYnVmW3FdICE9PSBTUCkgcSsrO1xuICAgIGNvbnN0IHZhbHVlID0gdGhpcy5wYXJzZU51bWJlcihwLCBxLCB0cnVlKTtcbiAgICAvLyAtLS0gdGltZXN0YW1wIGFuZCBleGVtcGxhclxuICAgIGxldCB0czogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICAgIGxldCBleGVtcGxhcjogRXhlbXBsYXIgfCB1bmRlZmluZWQ7XG4gICAgaWYgKHEgPCBlKSB7XG4gICAgICBwID0gcSArIDE7XG4gICAgICBpZiAoYnVmW3BdID09PSBIQVNIKSB7XG4gICAgICAgIGV4ZW1wbGFyID0gdGhpcy5wYXJzZUV4ZW1wbGFyKHAsIGUpO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgcSA9IHA7XG4gICAgICAgIHdoaWxlIChxIDwgZSAmJiBidWZbcV0gIT09IFNQKSBxKys7XG4gICAgICAgIHRzID0gdGhpcy5wYXJzZU51bWJlcihwLCBxLCBmYWxzZSk7XG4gICAgICAgIGlmIChxIDwgZSkge1xuICAgICAgICAgIHAgPSBxICsgMTtcbiAgICAgICAgICBpZiAoYnVmW3BdICE9PSBIQVNIKSB0aGlzLnVuZXhwZWN0ZWQocCwgXCInIycgc3RhcnRpbmcgYW4gZXhlbXBsYXIsIG9yIGVuZCBvZiBsaW5lXCIpO1xuICAgICAgICAgIGV4ZW1wbGFyID0gdGhpcy5wYXJzZUV4ZW1wbGFyKHAsIGUpO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICAgIHRoaXMub21BY2NlcHQocywgbmFtZSwgbGFiZWxzLCBsYmxTZXJpYWwsIHZhbHVlLCB0cywgZXhlbXBsYXIpO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJzZUV4ZW1wbGFyKHA6IG51bWJlciwgZTogbnVtYmVyKTogRXhlbXBsYXIge1xuICAgIGNvbnN0IGJ1ZiA9IHRoaXMuYnVmO1xuICAgIGNvbnN0IGF0ID0gcDtcbiAgICBpZiAoYnVmW3AgKyAxXSAhPT0gU1ApIHRoaXMudW5leHBlY3RlZChwICsgMSwgXCInICcgYWZ0ZXIgJyMnXCIpO1xuICAgIHAgKz0gMjtcbiAgICBpZiAoYnVmW3BdICE9PSBMQlJBQ0UpIHRoaXMudW5leHBlY3RlZChwLCBcIid7JyBzdGFydGluZyB0aGUgZXhlbXBsYXIgbGFiZWxzXCIpO1xuICAgIHAgPSB0aGlzLnBhcnNlTGFiZWxzKHAsIGUpO1xuICAgIGNvbnN0IGxhYmVscyA9IHRoaXMubGFiZWxzT3V0ID09PSBFTVBUWV9MQUJFTFMgPyBbXSA6IHRoaXMubGFiZWxzT3V0O1xuICAgIGlmIChidWZbcF0gIT09IFNQKSB0aGlzLnVuZXhwZWN0ZWQocCwgXCInICcgYmVmb3JlIHRoZSBleGVtcGxhciB2YWx1ZVwiKTtcbiAgICBwKys7XG4gICAgbGV0IHEgPSBwO1xuICAgIHdoaWxlIChxIDwgZSAmJiBidWZbcV0gIT09IFNQKSBxKys7XG4gICAgY29uc3QgdmFsdWUgPSB0aGlzLnBhcnNlTnVtYmVyKHAsIHEsIHRydWUpO1xuICAgIGxldCBjcCA9IDA7XG4gICAgZm9yIChjb25zdCBsIG9mIGxhYmVscykgY3AgKz0gY29kZVBvaW50TGVuZ3RoKGwubmFtZSkgKyBjb2RlUG9pbnRMZW5ndGgobC52YWx1ZSk7XG4gICAgaWYgKGNwID4gMTI4KSB7XG4gICAgICB0aGlzLmZhaWwoJ09NX0lOVkFMSURfRVhFTVBMQVInLCBhdCwgYGV4ZW1wbGFyIGxhYmVscyBhcmUgJHtjcH0gY29kZSBwb2ludHMgbG9uZywgbW9yZSB0aGFuIDEyOGApO1xuICAgIH1cbiAgICBjb25zdCBleDogRXhlbXBsYXIgPSB7IGxhYmVscywgdmFsdWUgfTtcbiAgICBpZiAocSA8IGUpIHtcbiAgICAgIHAgPSBxICsgMTtcbiAgICAgIHEgPSBwO1xuICAgICAgd2hpbGUgKHEgPCBlICYmIGJ1ZltxXSAhPT0gU1ApIHErKztcbiAgICAgIGlmIChxIDwgZSkgdGhpcy51bmV4cGVjdGVkKHEsICdlbmQgb2YgbGluZSBhZnRlciB0aGUgZXhlbXBsYXIgdGltZXN0YW1wJyk7XG4gICAgICBleC50aW1lc3RhbXAgPSB0aGlzLnBhcnNlTnVtYmVyKHAsIHEsIGZhbHNlKTtcbiAgICB9XG4gICAgcmV0dXJuIGV4O1xuICB9XG5cbiAgLyoqIFJlc29sdmVzIHRoZSBzYW1wbGUncyBmYW1pbHkgYW5kIHN1ZmZpeCwgdGhlbiBhcHBsaWVzIHRoZSBPcGVuTWV0cmljcyBzZW1hbnRpYyBjaGVja3MuICovXG4gIHByaXZhdGUgb21BY2NlcHQoXG4gICAgczogbnVtYmVyLFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBsYWJlbHM6IExhYmVsUGFpcltdLFxuICAgIGxibFNlcmlhbDogbnVtYmVyLFxuICAgIHZhbHVlOiBudW1iZXIsXG4gICAgdHM6IG51bWJlciB8IHVuZGVmaW5lZCxcbiAgICBleGVtcGxhcjogRXhlbXBsYXIgfCB1bmRlZmluZWQsXG4gICk6IHZvaWQge1xuICAgIGxldCBzdCA9IHRoaXMuY3VyO1xuICAgIGxldCBzdWZmaXg6IG51bWJlcjtcbiAgICBpZiAoc3QgIT09IG51bGwgJiYgbmFtZSA9PT0gdGhpcy5jdXJOYW1lQ2FjaGUpIHtcbiAgICAgIHN1ZmZpeCA9IHRoaXMuY3VyU3VmZml4Q2FjaGU7XG4gICAgfSBlbHNlIHtcbiAgICAgIHN1ZmZpeCA9IHN0ID09PSBudWxsID8gLTEgOiBtYXRjaFN1ZmZpeChzdC5mYW1pbHkubmFtZSwgbmFtZSwgc3QuYWxsb3dlZCk7XG4gICAgICBpZiAoc3VmZml4IDwgMCB8fCBzdCA9PT0gbnVsbCkge1xuICAgICAgICBpZiAoc3QgIT09IG51bGwpIHRoaXMuZmluaXNoRmFtaWx5KHN0KTtcbiAgICAgICAgc3QgPSB0aGlzLnN0YXJ0RmFtaWx5KG5hbWUsICd1bmtub3duJyk7XG4gICAgICAgIHN1ZmZpeCA9IFNfTk9ORTtcbiAgICAgIH1cbiAgICAgIHRoaXMuY3VyTmFtZUNhY2hlID0gbmFtZTtcbiAgICAgIHRoaXMuY3VyU3VmZml4Q2FjaGUgPSBzdWZmaXg7XG4gICAgfVxuICAgIGNvbnN0IGZhbSA9IHN0LmZhbWlseTtcbiAgICBjb25zdCB0eXBlID0gZmFtLnR5cGU7XG5cbiAgICAvLyBHcm91cCBrZXkgbW9kZTogd2hpY2ggbGFiZWwgZG9lcyBub3QgaWRlbnRpZnkgdGhlIG1ldHJpYyBwb2ludC5cbiAgICBsZXQgbGVCb3VuZCA9IDA7XG4gICAgbGV0IG1vZGUgPSAwOyAvLyAwIGFsbCBsYWJlbHMsIDEgbWludXMgbGUsIDIgbWludXMgcXVhbnRpbGUsIDMgbWludXMgZmFtaWx5IG5hbWUsIDQgY29uc3RhbnRcbiAgICBpZiAodHlwZSA9PT0gJ2NvdW50ZXInIHx8IHR5cGUgPT09ICdnYXVnZScgfHwgdHlwZSA9PT0gJ3Vua25vd24nKSB7XG4gICAgICBtb2RlID0gMDtcbiAgICB9IGVsc2UgaWYgKHR5cGUgPT09ICdoaXN0b2dyYW0nIHx8IHR5cGUgPT09ICdnYXVnZWhpc3RvZ3JhbScpIHtcbiAgICAgIGlmIChzdWZmaXggPT09IFNfQlVDS0VUKSB7XG4gICAgICAgIG1vZGUgPSAxO1xuICAgICAgICBjb25zdCBsZSA9IGZpbmRMYWJlbChsYWJlbHMsICdsZScpO1xuICAgICAgICBjb25zdCBib3VuZCA9IGxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwYXJzZU51bWJlclRleHQobGUpO1xuICAgICAgICBpZiAoYm91bmQgPT09IHVuZGVmaW5lZCB8fCBOdW1iZXIuaXNOYU4oYm91bmQpIHx8ICFjYW5vbmljYWxTcGVjaWFsKGxlISwgYm91bmQpKSB7XG4gICAgICAgICAgdGhpcy5mYWlsKFxuICAgICAgICAgICAgJ09NX0lOVkFMSURfTEFCRUxTJyxcbiAgICAgICAgICAgIHMsXG4gICAgICAgICAgICBgYnVja2V0IG5lZWRzIGEgbnVtZXJpYyBsZSBsYWJlbCBvdGhlciB0aGFuIE5hTiAoZ290ICR7bGUgPT09IHVuZGVmaW5lZCA/ICdub25lJyA6IGBcIiR7bGV9XCJgfSlgLFxuICAgICAgICAgICk7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKHZhbHVlKSlcbiAgICAgICAgICB0aGlzLmZhaWwoJ09NX0lOVkFMSURfVkFMVUUnLCBzLCBgYnVja2V0IHZhbHVlICR7dmFsdWV9IGlzIG5vdCBhbiBpbnRlZ2VyYCk7XG4gICAgICAgIGxlQm91bmQgPSBib3VuZCE7XG4gICAgICB9IGVsc2UgaWYgKGZpbmRMYWJlbChsYWJlbHMsICdsZScpICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgdGhpcy5mYWlsKCdPTV9JTlZBTElEX0xBQkVMUycsIHMsIGBvbmx5IF9idWNrZXQgc2FtcGxlcyBtYXkgaGF2ZSBhbiBsZSBsYWJlbCwgbm90ICR7bmFtZX1gKTtcbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKHR5cGUgPT09ICdzdW1tYXJ5Jykge1xuICAgICAgaWYgKHN1ZmZpeCA9PT0gU19OT05FKSB7XG4gICAgICAgIG1vZGUgPSAyO1xuICAgICAgICBjb25zdCBxcyA9IGZpbmRMYWJlbChsYWJlbHMsICdxdWFudGlsZScpO1xuICAgICAgICBjb25zdCBxdiA9IHFzID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwYXJzZU51bWJlclRleHQocXMpO1xuICAgICAgICBpZiAocXYgPT09IHVuZGVmaW5lZCB8fCAhKHF2ID49IDAgJiYgcXYgPD0gMSkgfHwgIWNhbm9uaWNhbFNwZWNpYWwocXMhLCBxdikpIHtcbiAgICAgICAgICB0aGlzLmZhaWwoXG4gICAgICAgICAgICAnT01fSU5WQUxJRF9MQUJFTFMnLFxuICAgICAgICAgICAgcyxcbiAgICAgICAgICAgIGBzdW1tYXJ5IHF1YW50aWxlIHNhbXBsZSBuZWVkcyBhIHF1YW50aWxlIGxhYmVsIGJldHdlZW4gMCBhbmQgMSAoZ290ICR7cXMgPT09IHVuZGVmaW5lZCA/ICdub25lJyA6IGBcIiR7cXN9XCJgfSlgLFxuICAgICAgICAgICk7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHZhbHVlIDwgMCkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX1ZBTFVFJywgcywgYHF1YW50aWxlIHZhbHVlICR7dmFsdWV9IGlzIG5lZ2F0aXZlYCk7XG4gICAgICB9IGVsc2UgaWYgKGZpbmRMYWJlbChsYWJlbHMsICdxdWFudGlsZScpICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgdGhpcy5mYWlsKCdPTV9JTlZBTElEX0xBQkVMUycsIHMsIGBvbmx5IHF1YW50aWxlIHNhbXBsZXMgbWF5IGhhdmUgYSBxdWFudGlsZSBsYWJlbCwgbm90ICR7bmFtZX1gKTtcbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKHR5cGUgPT09ICdzdGF0ZXNldCcpIHtcbiAgICAgIG1vZGUgPSAzO1xuICAgICAgaWYgKGZpbmRMYWJlbChsYWJlbHMsIGZhbS5uYW1lKSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRoaXMuZmFpbCgnT01fSU5WQUxJRF9MQUJFTFMnLCBzLCBgc3RhdGVzZXQgc2FtcGxlIG5lZWRzIGEgbGFiZWwgbmFtZWQgJHtmYW0ubmFtZX1gKTtcbiAgICAgIH1cbiAgICAgIGlmICh2YWx1ZSAhPT0gMCAmJiB2YWx1ZSAhPT0gMSlcbiAgICAgICAgdGhpcy5mYWlsKCdPTV9JTlZBTElEX1ZBTFVFJywgcywgYHN0YXRlc2V0IHZhbHVlIG11c3QgYmUgMCBvciAxLCBnb3QgJHt2YWx1ZX1gKTtcbiAgICB9IGVsc2UgaWYgKHR5cGUgPT09ICdpbmZvJykge1xuICAgICAgbW9kZSA9IDQ7XG4gICAgICBpZiAodmFsdWUgIT09IDEpIHRoaXMuZmFpbCgnT01fSU5WQUxJRF9WQUxVRScsIHMsIGBpbmZvIHZhbHVlIG11c3QgYmUgMSwgZ290ICR7dmFsdWV9YCk7XG4gICAgfVxuICAgIGlmICgoc3VmZml4ID09PSBTX0NPVU5UIHx8IHN1ZmZpeCA9PT0gU19HQ09VTlQpICYmICFOdW1iZXIuaXNJbnRlZ2VyKHZhbHVlKSkge1xuICAgICAgdGhpcy5mYWlsKCdPTV9JTlZBTElEX1ZBTFVFJywgcywgYGNvdW50IHZhbHVlICR7dmFsdWV9IGlzIG5vdCBhbiBpbnRlZ2VyYCk7XG4gICAgfVxuICAgIGlmIChcbiAgICAgIHN1ZmZpeCA9PT0gU19UT1RBTCB8fFxuICAgICAgc3VmZml4ID09PSBTX1NVTSB8fFxuICAgICAgc3VmZml4ID09PSBTX0NPVU5UIHx8XG4gICAgICBzdWZmaXggPT09IFNfQlVDS0VUIHx8XG4gICAgICBzdWZmaXggPT09IFNfR0NPVU5UIHx8XG4gICAgICBzdWZmaXggPT09IFNfR1NVTVxuICAgICkge1xuICAgICAgaWYgKE51bWJlci5pc05hTih2YWx1ZSkpXG4gICAgICAgIHRoaXMuZmFpbCgnT01fSU5WQUxJRF9WQUxVRScsIHMsIGAke25hbWV9IGlzIGNvdW50ZXItbGlrZSBhbmQgbXVzdCBub3QgYmUgTmFOYCk7XG4gICAgICBpZiAodmFsdWUgPCAwICYmIHN1ZmZpeCAhPT0gU19HU1VNKVxuICAgICAgICB0aGlzLmZhaWwoJ09NX0lOVkFMSURfVkFMVUUnLCBzLCBgJHtuYW1lfSBpcyBjb3VudGVyLWxpa2UgYW5kIG11c3Qgbm90IGJlIG5lZ2F0aXZlYCk7XG4gICAgfVxuICAgIGlmIChleGVtcGxhciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBvayA9XG4gICAgICAgICgodHlwZSA9PT0gJ2hpc3RvZ3JhbScgfHwgdHlwZSA9PT0gJ2dhdWdlaGlzdG9ncmFtJykgJiYgc3VmZml4ID09PSBTX0JVQ0tFVCkgfHxcbiAgICAgICAgKHR5cGUgPT09ICdjb3VudGVyJyAmJiBzdWZmaXggPT09IFNfVE9UQUwpO1xuICAgICAgaWYgKCFvaylcbiAgICAgICAgdGhpcy5mYWlsKFxuICAgICAgICAgICdPTV9JTlZBTElEX0VYRU1QTEFSJyxcbiAgICAgICAgICBzLFxuICAgICAgICAgIGBleGVtcGxhcnMgYXJlIG9ubHkgYWxsb3dlZCBvbiBjb3VudGVyIF90b3RhbCBhbmQgaGlzdG9ncmFtIF9idWNrZXQgc2FtcGxlcywgbm90IG9uICR7bmFtZX1gLFxuICAgICAgICApO1xuICAgIH1cblxuICAgIC8vIE1ldHJpYyBwb2ludCBncm91cGluZyBhbmQgdGltZXN0YW1wIG9yZGVyLlxuICAgIGxldCBrZXk6IHN0cmluZztcbiAgICBpZiAobW9kZSA9PT0gNCkga2V5ID0gJyc7XG4gICAgZWxzZSBpZiAobGJsU2VyaWFsID09PSAwKSBrZXkgPSAnJztcbiAgICBlbHNlIGlmIChsYmxTZXJpYWwgPT09IHRoaXMua2V5U2VyaWFsICYmIG1vZGUgPT09IHRoaXMua2V5TW9kZSkga2V5ID0gdGhpcy5rZXlWYWx1ZTtcbiAgICBlbHNlIHtcbiAgICAgIGtleSA9IGdyb3VwS2V5KGxhYmVscywgbW9kZSA9PT0gMSA/ICdsZScgOiBtb2RlID09PSAyID8gJ3F1YW50aWxlJyA6IG1vZGUgPT09IDMgPyBmYW0ubmFtZSA6ICcnKTtcbiAgICAgIHRoaXMua2V5U2VyaWFsID0gbGJsU2VyaWFsO1xuICAgICAgdGhpcy5rZXlNb2RlID0gbW9kZTtcbiAgICAgIHRoaXMua2V5VmFsdWUgPSBrZXk7XG4gICAgfVxuICAgIGNvbnN0IGcgPSBzdC5ncm91cDtcbiAgICBpZiAoZyAhPT0gbnVsbCAmJiBrZXkgPT09IGcpIHtcbiAgICAgIGlmICgodHMgIT09IHVuZGVmaW5lZCkgIT09IHN0Lmdyb3VwSGFzVHMpIHtcbiAgICAgICAgdGhpcy5mYWlsKCdPTV9USU1FU1RBTVBfT1JERVInLCBzLCAndGltZXN0YW1wcyBtdXN0IGJlIG9uIGFsbCBvciBub25lIG9mIHRoZSBzYW1wbGVzIG9mIGEgbWV0cmljJyk7XG4gICAgICB9XG4gICAgICBpZiAodHMgIT09IHVuZGVmaW5lZCAmJiBzdC5ncm91cFRzID4gdHMgJiYgdHlwZSAhPT0gJ2luZm8nKSB7XG4gICAgICAgIHRoaXMuZmFpbCgnT01fVElNRVNUQU1QX09SREVSJywgcywgYHRpbWVzdGFtcCAke3RzfSBnb2VzIGJhY2t3YXJkcyAocHJldmlvdXMgJHtzdC5ncm91cFRzfSlgKTtcbiAgICAgIH1cbiAgICB9IGVsc2Uge1xuICAgICAgaWYgKGcgIT09IG51bGwgJiYgc3Quc2Vlbkdyb3Vwcy5oYXMoa2V5KSkge1xuICAgICAgICB0aGlzLmZhaWwoXG4gICAgICAgICAgJ09NX0lOVEVSTEVBVkVEJyxcbiAgICAgICAgICBzLFxuICAgICAgICAgIGBtZXRyaWMgJHtuYW1lfSR7Zm9ybWF0TGFiZWxzKGxhYmVscyl9IGlzIGludGVybGVhdmVkIHdpdGggYW5vdGhlciBtZXRyaWMgb2YgdGhlIGZhbWlseWAsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBzdC5zZWVuR3JvdXBzLmFkZChrZXkpO1xuICAgICAgc3QuZ3JvdXAgPSBrZXk7XG4gICAgfVxuICAgIGlmICh0cyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBzdC5ncm91cFRzID0gdHM7XG4gICAgICBzdC5ncm91cEhhc1RzID0gdHJ1ZTtcbiAgICB9IGVsc2Ugc3QuZ3JvdXBIYXNUcyA9IGZhbHNlO1xuXG4gICAgaWYgKHR5cGUgPT09ICdoaXN0b2dyYW0nIHx8IHR5cGUgPT09ICdnYXVnZWhpc3RvZ3JhbScpXG4gICAgICB0aGlzLmhpc3RvZ3JhbVNhbXBsZShzdCwgcywgc3VmZml4LCBsZUJvdW5kLCBrZXksIHZhbHVlLCB0cyk7XG5cbiAgICBzdC5zYW1wbGVDb3VudCsrO1xuICAgIHRoaXMuc2FtcGxlcysrO1xuICAgIHRoaXMuc2luay5zYW1wbGUoZmFtLCBuYW1lLCBsYWJlbHMsIHZhbHVlLCB0cywgZXhlbXBsYXIpO1xuICB9XG5cbiAgcHJpdmF0ZSBoaXN0b2dyYW1TYW1wbGUoXG4gICAgc3Q6IEZhbWlseVN0YXRlLFxuICAgIHM6IG51bWJlcixcbiAgICBzdWZmaXg6IG51bWJlcixcbiAgICBsZUJvdW5kOiBudW1iZXIsXG4gICAga2V5OiBzdHJpbmcsXG4gICAgdmFsdWU6IG51bWJlcixcbiAgICB0czogbnVtYmVyIHwgdW5kZWZpbmVkLFxuICApOiB2b2lkIHtcbiAgICBpZiAoa2V5ICE9PSBzdC5oR3JvdXAgfHwgKHRzICE9PSB1bmRlZmluZWQpICE9PSBzdC5oSGFzVHMgfHwgKHRzICE9PSB1bmRlZmluZWQgJiYgdHMgIT09IHN0LmhUcykpIHtcbiAgICAgIGlmIChzdC5oR3JvdXAgIT09IG51bGwpIHRoaXMuaGlzdG9ncmFtUG9pbnREb25lKHN0LCBzKTtcbiAgICAgIHN0LmhDb3VudCA9IHVuZGVmaW5lZDtcbiAgICAgIHN0LmhCdWNrZXQgPSB1bmRlZmluZWQ7XG4gICAgICBzdC5oTmVnQnVja2V0cyA9IGZhbHNlO1xuICAgICAgc3QuaFN1bSA9IGZhbHNlO1xuICAgICAgc3QuaEdzdW0gPSBmYWxzZTtcbiAgICAgIHN0LmhOZWdHc3VtID0gZmFsc2U7XG4gICAgICBzdC5oVmFsdWUgPSAwO1xuICAgIH1cbiAgICBzdC5oR3JvdXAgPSBrZXk7XG4gICAgaWYgKHRzICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHN0LmhUcyA9IHRzO1xuICAgICAgc3QuaEhhc1RzID0gdHJ1ZTtcbiAgICB9IGVsc2Ugc3QuaEhhc1RzID0gZmFsc2U7XG4gICAgaWYgKHN1ZmZpeCA9PT0gU19CVUNLRVQpIHtcbiAgICAgIGNvbnN0IGIgPSBsZUJvdW5kO1xuICAgICAgaWYgKGIgPCAwKSBzdC5oTmVnQnVja2V0cyA9IHRydWU7XG4gICAgICBpZiAoc3QuaEJ1Y2tldCAhPT0gdW5kZWZpbmVkICYmIGIgPD0gc3QuaEJ1Y2tldCkge1xuICAgICAgICB0aGlzLmZhaWwoJ09NX0lOVkFMSURfSElTVE9HUkFNJywgcywgJ2J1Y2tldHMgbXVzdCBiZSBzb3J0ZWQgYnkgaW5jcmVhc2luZyBsZScpO1xuICAgICAgfVxuICAgICAgaWYgKHZhbHVlIDwgc3QuaFZhbHVlKVxuICAgICAgICB0aGlzLmZhaWwoJ09NX0lOVkFMSURfSElTVE9HUkFNJywgcywgJ2J1Y2tldCB2YWx1ZXMgbXVzdCBiZSBjdW11bGF0aXZlIChub24tZGVjcmVhc2luZyknKTtcbiAgICAgIHN0LmhCdWNrZXQgPSBiO1xuICAgICAgc3QuaFZhbHVlID0gdmFsdWU7XG4gICAgfSBlbHNlIGlmIChzdWZmaXggPT09IFNfQ09VTlQgfHwgc3VmZml4ID09PSBTX0dDT1VOVCkge1xuICAgICAgc3QuaENvdW50ID0gdmFsdWU7XG4gICAgfSBlbHNlIGlmIChzdWZmaXggPT09IFNfU1VNKSB7XG4gICAgICBzdC5oU3VtID0gdHJ1ZTtcbiAgICB9IGVsc2UgaWYgKHN1ZmZpeCA9PT0gU19HU1VNKSB7XG4gICAgICBzdC5oR3N1bSA9IHRydWU7XG4gICAgICBpZiAodmFsdWUgPCAwKSBzdC5oTmVnR3N1bSA9IHRydWU7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBoaXN0b2dyYW1Qb2ludERvbmUoc3Q6IEZhbWlseVN0YXRlLCBwb3M6IG51bWJlcik6IHZvaWQge1xuICAgIGNvbnN0IG4gPSBzdC5mYW1pbHkubmFtZTtcbiAgICBjb25zdCBiYWQgPSAod2h5OiBzdHJpbmcpOiBuZXZlciA9PiB0aGlzLmZhaWwoJ09NX0lOVkFMSURfSElTVE9HUkFNJywgcG9zLCBgaGlzdG9ncmFtICR7bn06ICR7d2h5fWApO1xuICAgIGlmIChzdC5oQnVja2V0ICE9PSBJbmZpbml0eSkgYmFkKCd0aGUgK0luZiBidWNrZXQgaXMgbWlzc2luZycpO1xuICAgIGlmIChzdC5oQ291bnQgIT09IHVuZGVmaW5lZCAmJiBzdC5oVmFsdWUgIT09IHN0LmhDb3VudCkgYmFkKCdfY291bnQgZG9lcyBub3QgbWF0Y2ggdGhlICtJbmYgYnVja2V0Jyk7XG4gICAgaWYgKHN0LmhTdW0gJiYgc3QuaENvdW50ID09PSB1bmRlZmluZWQpIGJhZCgnX2NvdW50IG11c3QgYmUgcHJlc2VudCB3aGVuIF9zdW0gaXMnKTtcbiAgICBpZiAoc3QuaEdzdW0gJiYgc3QuaENvdW50ID09PSB1bmRlZmluZWQpIGJhZCgnX2djb3VudCBtdXN0IGJlIHByZXNlbnQgd2hlbiBfZ3N1bSBpcycpO1xuICAgIGlmICghKHN0LmhTdW0gfHwgc3QuaEdzdW0pICYmIHN0LmhDb3VudCAhPT0gdW5kZWZpbmVkKSBiYWQoJ19zdW0vX2dzdW0gbXVzdCBiZSBwcmVzZW50IHdoZW4gX2NvdW50IGlzJyk7XG4gICAgaWYgKHN0LmhOZWdCdWNrZXRzICYmIHN0LmhTdW0pIGJhZCgnX3N1bSBpcyBub3QgYWxsb3dlZCB3aXRoIG5lZ2F0aXZlIGJ1Y2tldHMnKTtcbiAgICBpZiAoIXN0LmhOZWdCdWNrZXRzICYmIHN0LmhOZWdHc3VtKSBiYWQoJ19nc3VtIG11c3Qgbm90IGJlIG5lZ2F0aXZlIHdpdGhvdXQgbmVnYXRpdmUgYnVja2V0cycpO1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4gIC8vIFByb21ldGhldXMgdGV4dCBmb3JtYXQgMC4wLjRcblxuICBwcml2YXRlIHJ1blByb20oKTogdm9pZCB7XG4gICAgY29uc3QgYnVmID0gdGhpcy5idWY7XG4gICAgY29uc3QgbGVuID0gdGhpcy5sZW47XG4gICAgbGV0IHBvcyA9IDA7XG4gICAgd2hpbGUgKHBvcyA8IGxlbikge1xuICAgICAgbGV0IGVvbCA9IGluZGV4T2ZMZihidWYsIHBvcywgbGVuKTtcbiAgICAgIGlmIChlb2wgPCAwKSBlb2wgPSBsZW47XG4gICAgICB0aGlzLmxpbmVTdGFydCA9IHBvcztcbiAgICAgIGxldCBwID0gcG9zO1xuICAgICAgd2hpbGUgKHAgPCBlb2wgJiYgKGJ1ZltwXSA9PT0gU1AgfHwgYnVmW3BdID09PSBUQUIpKSBwKys7XG4gICAgICBpZiAocCA8IGVvbCkge1xuICAgICAgICBpZiAoYnVmW3BdID09PSBIQVNIKSB0aGlzLnByb21Db21tZW50KHAsIGVvbCk7XG4gICAgICAgIGVsc2UgdGhpcy5wcm9tU2FtcGxlKHAsIGVvbCk7XG4gICAgICB9XG4gICAgICBwb3MgPSBlb2wgKyAxO1xuICAgICAgdGhpcy5saW5lKys7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBza2lwQmxhbmsocDogbnVtYmVyLCBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IGJ1ZiA9IHRoaXMuYnVmO1xuICAgIHdoaWxlIChwIDwgZSAmJiAoYnVmW3BdID09PSBTUCB8fCBidWZbcF0gPT09IFRBQikpIHArKztcbiAgICByZXR1cm4gcDtcbiAgfVxuXG4gIHByaXZhdGUgcHJvbUNvbW1lbnQoczogbnVtYmVyLCBlOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCBidWYgPSB0aGlzLmJ1ZjtcbiAgICBsZXQgcCA9IHRoaXMuc2tpcEJsYW5rKHMgKyAxLCBlKTtcbiAgICBjb25zdCBrID0gcDtcbiAgICB3aGlsZSAocCA8IGUgJiYgYnVmW3BdICE9PSBTUCAmJiBidWZbcF0gIT09IFRBQikgcCsrO1xuICAgIGxldCBpc0hlbHAgPSBmYWxzZTtcbiAgICBpZiAocCAtIGsgPT09IDQgJiYgYnVmW2tdID09PSA3MiAmJiBidWZbayArIDFdID09PSA2OSAmJiBidWZbayArIDJdID09PSA3NiAmJiBidWZbayArIDNdID09PSA4MClcbiAgICAgIGlzSGVscCA9IHRydWU7XG4gICAgZWxzZSBpZiAoIShwIC0gayA9PT0gNCAmJiBidWZba10gPT09IDg0ICYmIGJ1ZltrICsgMV0gPT09IDg5ICYmIGJ1ZltrICsgMl0gPT09IDgwICYmIGJ1ZltrICsgM10gPT09IDY5KSkge1xuICAgICAgcmV0dXJuOyAvLyBhbnkgb3RoZXIgY29tbWVudCBpcyBpZ25vcmVkXG4gICAgfVxuICAgIHAgPSB0aGlzLnNraXBCbGFuayhwLCBlKTtcbiAgICBjb25zdCBucyA9IHA7XG4gICAgaWYgKHAgPj0gZSB8fCAoQ0xTW2J1ZltwXSFdISAmIE5BTUVfU1RBUlQpID09PSAwKSB0aGlzLnVuZXhwZWN0ZWQocCwgJ21ldHJpYyBuYW1lJyk7XG4gICAgcCsrO1xuICAgIHdoaWxlIChwIDwgZSAmJiAoQ0xTW2J1ZltwXSFdISAmIE5BTUVfQ0hBUikgIT09IDApIHArKztcbiAgICBjb25zdCBuYW1lID0gdGhpcy5pbnRlcm4obnMsIHApO1xuICAgIGlmIChwIDwgZSAmJiBidWZbcF0gIT09IFNQICYmIGJ1ZltwXSAhPT0gVEFCKSB0aGlzLnVuZXhwZWN0ZWQocCwgJ3doaXRlc3BhY2UgYWZ0ZXIgdGhlIG1ldHJpYyBuYW1lJyk7XG4gICAgcCA9IHRoaXMuc2tpcEJsYW5rKHAsIGUpO1xuICAgIGxldCBwZiA9IHRoaXMucHJvbUZhbWlsaWVzLmdldChuYW1lKTtcbiAgICBpZiAocGYgPT09IHVuZGVmaW5lZCkge1xuICAgICAgcGYgPSB7XG4gICAgICAgIGZhbWlseTogeyBuYW1lLCB0eXBlOiAndW5rbm93bicsIHNhbXBsZXM6IFtdIH0sXG4gICAgICAgIHNlZW5IZWxwOiBmYWxzZSxcbiAgICAgICAgc2VlblR5cGU6IGZhbHNlLFxuICAgICAgICBzYW1wbGVDb3VudDogMCxcbiAgICAgIH07XG4gICAgICB0aGlzLnByb21GYW1pbGllcy5zZXQobmFtZSwgcGYpO1xuICAgICAgdGhpcy5mYW1pbGllcy5wdXNoKHBmLmZhbWlseSk7XG4gICAgfVxuICAgIGlmIChpc0hlbHApIHtcbiAgICAgIGlmIChwZi5zZWVuSGVscCkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX01FVEFEQVRBJywgcywgYHNlY29uZCBIRUxQIGxpbmUgZm9yICR7bmFtZX1gKTtcbiAgICAgIHBmLnNlZW5IZWxwID0gdHJ1ZTtcbiAgICAgIGNvbnN0IGhlbHAgPSB0aGlzLmRlY29kZVRleHQocCwgZSwgZmFsc2UpO1xuICAgICAgaWYgKGhlbHAubGVuZ3RoID4gMCkgcGYuZmFtaWx5LmhlbHAgPSBoZWxwO1xuICAgIH0gZWxzZSB7XG4gICAgICBpZiAocGYuc2VlblR5cGUpIHRoaXMuZmFpbCgnT01fSU5WQUxJRF9NRVRBREFUQScsIHMsIGBzZWNvbmQgVFlQRSBsaW5lIGZvciAke25hbWV9YCk7XG4gICAgICBpZiAocGYuc2FtcGxlQ291bnQgPiAwKSB0aGlzLmZhaWwoJ09NX0lOVkFMSURfTUVUQURBVEEnLCBzLCBgVFlQRSBsaW5lIGZvciAke25hbWV9IGFmdGVyIGl0cyBzYW1wbGVzYCk7XG4gICAgICBwZi5zZWVuVHlwZSA9IHRydWU7XG4gICAgICBjb25zdCB0cyA9IHA7XG4gICAgICB3aGlsZSAocCA8IGUgJiYgYnVmW3BdICE9PSBTUCAmJiBidWZbcF0gIT09IFRBQikgcCsrO1xuICAgICAgY29uc3QgdCA9IFBST01fVFlQRVNbZGVjb2RlQXNjaWkoYnVmLCB0cywgcCldO1xuICAgICAgaWYgKHQgPT09IHVuZGVmaW5lZCkgdGhpcy51bmV4cGVjdGVkKHRzLCAnY291bnRlciwgZ2F1Z2UsIGhpc3RvZ3JhbSwgc3VtbWFyeSBvciB1bnR5cGVkJyk7XG4gICAgICBpZiAodGhpcy5za2lwQmxhbmsocCwgZSkgIT09IGUpIHRoaXMudW5leHBlY3RlZChwLCAnZW5kIG9mIGxpbmUgYWZ0ZXIgdGhlIHR5cGUnKTtcbiAgICAgIHBmLmZhbWlseS50eXBlID0gdDtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHByb21TYW1wbGUoczogbnVtYmVyLCBlOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCBidWYgPSB0aGlzLmJ1ZjtcbiAgICBsZXQgcCA9IHRoaXMucmVhZFNlcmllcyhzLCBlKTtcbiAgICBjb25zdCBuYW1lID0gdGhpcy5zTmFtZTtcbiAgICBjb25zdCBsYWJlbHMgPSB0aGlzLnNMYWJlbHM7XG4gICAgY29uc3QgaGFzQmxvY2sgPSB0aGlzLnByZXZIYXNCbG9jaztcbiAgICBjb25zdCBuYW1lRW5kID0gcyArIHRoaXMucHJldk5hbWVMZW47XG4gICAgY29uc3QgdnMgPSB0aGlzLnNraXBCbGFuayhwLCBlKTtcbiAgICBpZiAoaGFzQmxvY2sgPyB2cyA9PT0gcCA6IHZzID09PSBuYW1lRW5kKSB0aGlzLnVuZXhwZWN0ZWQodnMsICd3aGl0ZXNwYWNlIGJlZm9yZSB0aGUgdmFsdWUnKTtcbiAgICBwID0gdnM7XG4gICAgbGV0IHEgPSBwO1xuICAgIHdoaWxlIChxIDwgZSAmJiBidWZbcV0gIT09IFNQICYmIGJ1ZltxXSAhPT0gVEFCKSBxKys7XG4gICAgY29uc3QgdmFsdWUgPSB0aGlzLnBhcnNlTnVtYmVyKHAsIHEsIHRydWUpO1xuICAgIHAgPSB0aGlzLnNraXBCbGFuayhxLCBlKTtcbiAgICBsZXQgdHM6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgICBpZiAocCA8IGUpIHtcbiAgICAgIHEgPSBwO1xuICAgICAgd2hpbGUgKHEgPCBlICYmIGJ1ZltxXSAhPT0gU1AgJiYgYnVmW3FdICE9PSBUQUIpIHErKztcbiAgICAgIHRzID0gdGhpcy5wYXJzZU1pbGxpcyhwLCBxKTtcbiAgICAgIGlmICh0aGlzLnNraXBCbGFuayhxLCBlKSAhPT0gZSkgdGhpcy51bmV4cGVjdGVkKHEsICdlbmQgb2YgbGluZSBhZnRlciB0aGUgdGltZXN0YW1wJyk7XG4gICAgfVxuICAgIC8vIEZhbWlseTogYSBoaXN0b2dyYW0vc3VtbWFyeSBkZWNsYXJlZCB1bmRlciB0aGUgYmFzZSBuYW1lIG93bnMgaXRzIHN1ZmZpeGVkIHNhbXBsZXMuXG4gICAgbGV0IHBmID0gdGhpcy5wcm9tQ3VyO1xuICAgIGlmIChwZiA9PT0gbnVsbCB8fCAobmFtZSAhPT0gdGhpcy5wcm9tQ3VyTmFtZSAmJiAhcHJvbU93bnMocGYuZmFtaWx5LCBuYW1lKSkpIHtcbiAgICAgIHBmID0gdGhpcy5wcm9tRmFtaWxpZXMuZ2V0KG5hbWUpID8/IG51bGw7XG4gICAgICBpZiAocGYgPT09IG51bGwpIHtcbiAgICAgICAgY29uc3QgYmFzZSA9IHByb21CYXNlKG5hbWUpO1xuICAgICAgICBjb25zdCBvd25lciA9IGJhc2UgPT09ICcnID8gdW5kZWZpbmVkIDogdGhpcy5wcm9tRmFtaWxpZXMuZ2V0KGJhc2UpO1xuICAgICAgICBpZiAob3duZXIgIT09IHVuZGVmaW5lZCAmJiBwcm9tT3ducyhvd25lci5mYW1pbHksIG5hbWUpKSBwZiA9IG93bmVyO1xuICAgICAgfVxuICAgICAgaWYgKHBmID09PSBudWxsKSB7XG4gICAgICAgIHBmID0ge1xuICAgICAgICAgIGZhbWlseTogeyBuYW1lLCB0eXBlOiAndW5rbm93bicsIHNhbXBsZXM6IFtdIH0sXG4gICAgICAgICAgc2VlbkhlbHA6IGZhbHNlLFxuICAgICAgICAgIHNlZW5UeXBlOiBmYWxzZSxcbiAgICAgICAgICBzYW1wbGVDb3VudDogMCxcbiAgICAgICAgfTtcbiAgICAgICAgdGhpcy5wcm9tRmFtaWxpZXMuc2V0KG5hbWUsIHBmKTtcbiAgICAgICAgdGhpcy5mYW1pbGllcy5wdXNoKHBmLmZhbWlseSk7XG4gICAgICB9XG4gICAgICB0aGlzLnByb21DdXIgPSBwZjtcbiAgICB9XG4gICAgdGhpcy5wcm9tQ3VyTmFtZSA9IG5hbWU7XG4gICAgcGYuc2FtcGxlQ291bnQrKztcbiAgICBjb25zdCBmYW0gPSBwZi5mYW1pbHk7XG4gICAgaWYgKGZhbS50eXBlID09PSAnaGlzdG9ncmFtJyAmJiBuYW1lLmVuZHNXaXRoKCdfYnVja2V0JykgJiYgZmluZExhYmVsKGxhYmVscywgJ2xlJykgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhpcy5mYWlsKCdPTV9JTlZBTElEX0xBQkVMUycsIHMsIGBoaXN0b2dyYW0gYnVja2V0ICR7bmFtZX0gbmVlZHMgYW4gbGUgbGFiZWxgKTtcbiAgICB9XG4gICAgaWYgKGZhbS50eXBlID09PSAnc3VtbWFyeScgJiYgbmFtZSA9PT0gZmFtLm5hbWUgJiYgZmluZExhYmVsKGxhYmVscywgJ3F1YW50aWxlJykgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhpcy5mYWlsKCdPTV9JTlZBTElEX0xBQkVMUycsIHMsIGBzdW1tYXJ5IHNhbXBsZSAke25hbWV9IG5lZWRzIGEgcXVhbnRpbGUgbGFiZWxgKTtcbiAgICB9XG4gICAgdGhpcy5zYW1wbGVzKys7XG4gICAgdGhpcy5zaW5rLnNhbXBsZShmYW0sIG5hbWUsIGxhYmVscywgdmFsdWUsIHRzLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgLyoqIERlY29kZXMgQVNDSUkgYnl0ZXMgW2EsIGIpIG9mIHRoZSBpbnB1dCwgcmV0dXJuaW5nIHRoZSBzYW1lIHN0cmluZyBvYmplY3QgZm9yIHJlcGVhdGVkIGJ5dGUgc3RyaW5ncy4gKi9cbiAgcHJpdmF0ZSBpbnRlcm4oYTogbnVtYmVyLCBiOiBudW1iZXIpOiBzdHJpbmcge1xuICAgIGNvbnN0IG4gPSBiIC0gYTtcbiAgICBpZiAobiA8PSAwKSByZXR1cm4gJyc7XG4gICAgY29uc3QgYnVmID0gdGhpcy5idWY7XG4gICAgaWYgKG4gPiBJTlRFUk5fTUFYKSByZXR1cm4gZGVjb2RlQXNjaWkoYnVmLCBhLCBiKTtcbiAgICBjb25zdCBoID1cbiAgICAgIChuICogMzEgKyBidWZbYV0hICogNyArIGJ1ZltiIC0gMV0hICogMTMxICsgYnVmW2EgKyAobiA+PiAxKV0hICogMTcgKyBidWZbYiAtIChuID4gMSA/IDIgOiAxKV0hICogMykgJlxuICAgICAgdGhpcy5pY01hc2s7XG4gICAgY29uc3Qgc3RhcnQgPSB0aGlzLmljU3RhcnRbaF0hO1xuICAgIGlmIChzdGFydCA+PSAwICYmIHRoaXMuaWNMZW5baF0gPT09IG4gJiYgc2FtZUJ5dGVzKHRoaXMuZHYsIGJ1ZiwgYSwgc3RhcnQsIG4pKSByZXR1cm4gdGhpcy5pY1N0cltoXSE7XG4gICAgY29uc3Qgc3RyID0gZGVjb2RlQXNjaWkoYnVmLCBhLCBiKTtcbiAgICB0aGlzLmljU3RhcnRbaF0gPSBhO1xuICAgIHRoaXMuaWNMZW5baF0gPSBuO1xuICAgIHRoaXMuaWNTdHJbaF0gPSBzdHI7XG4gICAgcmV0dXJuIHN0cjtcbiAgfVxuXG4gIC8qKlxuICAgKiBSZWFkcyB0aGUgbWV0cmljIG5hbWUgYW5kIG9wdGlvbmFsIGxhYmVsIGJsb2NrIGF0IHRoZSBzdGFydCBvZiBhIHNhbXBsZSBsaW5lIGludG8gc05hbWUsXG4gICAqIHNMYWJlbHMgYW5kIHNTZXJpYWwgKGEgbnVtYmVyIGlkZW50aWZ5aW5nIHRoZSBsYWJlbCBibG9jaywgMCBmb3Igbm9uZSksIHJldXNpbmcgdGhlIHByZXZpb3VzXG4gICAqIGxpbmUncyB3aGVuIHRoZSBieXRlcyBhcmUgdGhlIHNhbWUuIFJldHVybnMgdGhlIHBvc2l0aW9uIGFmdGVyIHRoZSBzZXJpZXMgcHJlZml4LlxuICAgKi9cbiAgcHJpdmF0ZSByZWFkU2VyaWVzKHM6IG51bWJlciwgZTogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBjb25zdCBidWYgPSB0aGlzLmJ1ZjtcbiAgICBjb25zdCBwbCA9IHRoaXMucHJldlNlcmllc0xlbjtcbiAgICBpZiAocGwgPiAwICYmIHMgKyBwbCA8IGUpIHtcbiAgICAgIGNvbnN0IGFmdGVyID0gYnVmW3MgKyBwbF07XG4gICAgICBpZiAoXG4gICAgICAgICh0aGlzLnByb20gPyB0aGlzLnByZXZIYXNCbG9jayAmJiAoYWZ0ZXIgPT09IFNQIHx8IGFmdGVyID09PSBUQUIpIDogYWZ0ZXIgPT09IFNQKSAmJlxuICAgICAgICBzYW1lQnl0ZXModGhpcy5kdiwgYnVmLCBzLCB0aGlzLnByZXZMaW5lU3RhcnQsIHBsKVxuICAgICAgKSB7XG4gICAgICAgIHRoaXMucHJldkxpbmVTdGFydCA9IHM7XG4gICAgICAgIHRoaXMuc05hbWUgPSB0aGlzLnByZXZOYW1lO1xuICAgICAgICB0aGlzLnNMYWJlbHMgPSB0aGlzLnByZXZMYWJlbHM7XG4gICAgICAgIHRoaXMuc1NlcmlhbCA9IHRoaXMucHJldlNlcmlhbDtcbiAgICAgICAgcmV0dXJuIHMgKyBwbDtcbiAgICAgIH1cbiAgICB9XG4gICAgbGV0IHAgPSBzO1xuICAgIGlmICgoQ0xTW2J1ZltwXSFdISAmIE5BTUVfU1RBUlQpID09PSAwKVxuICAgICAgdGhpcy51bmV4cGVjdGVkKHAsIHRoaXMucHJvbSA/ICdtZXRyaWMgbmFtZSBvciAjJyA6ICdtZXRyaWMgbmFtZSwgIyBtZXRhZGF0YSBvciAjIEVPRicpO1xuICAgIHArKztcbiAgICB3aGlsZSAocCA8IGUgJiYgKENMU1tidWZbcF0hXSEgJiBOQU1FX0NIQVIpICE9PSAwKSBwKys7XG4gICAgY29uc3QgbmFtZUxlbiA9IHAgLSBzO1xuICAgIGxldCBuYW1lOiBzdHJpbmc7XG4gICAgaWYgKG5hbWVMZW4gPT09IHRoaXMucHJldk5hbWVMZW4gJiYgc2FtZUJ5dGVzKHRoaXMuZHYsIGJ1ZiwgcywgdGhpcy5wcmV2TGluZVN0YXJ0LCBuYW1lTGVuKSkge1xuICAgICAgbmFtZSA9IHRoaXMucHJldk5hbWU7XG4gICAgfSBlbHNlIHtcbiAgICAgIG5hbWUgPSB0aGlzLmludGVybihzLCBwKTtcbiAgICB9XG4gICAgY29uc3QgbmFtZUVuZCA9IHA7XG4gICAgaWYgKHRoaXMucHJvbSkgcCA9IHRoaXMuc2tpcEJsYW5rKHAsIGUpO1xuICAgIGxldCBsYWJlbHMgPSBFTVBUWV9MQUJFTFM7XG4gICAgbGV0IHNlcmlhbCA9IDA7XG4gICAgbGV0IGhhc0Jsb2NrID0gZmFsc2U7XG4gICAgaWYgKGJ1ZltwXSA9PT0gTEJSQUNFKSB7XG4gICAgICBwID0gdGhpcy5wYXJzZUxhYmVscyhwLCBlKTtcbiAgICAgIGxhYmVscyA9IHRoaXMubGFiZWxzT3V0O1xuICAgICAgc2VyaWFsID0gKyt0aGlzLmxibFNlcmlhbDtcbiAgICAgIGhhc0Jsb2NrID0gdHJ1ZTtcbiAgICB9IGVsc2UgcCA9IG5hbWVFbmQ7XG4gICAgdGhpcy5wcmV2TGluZVN0YXJ0ID0gcztcbiAgICB0aGlzLnByZXZTZXJpZXNMZW4gPSBwIC0gcztcbiAgICB0aGlzLnByZXZIYXNCbG9jayA9IGhhc0Jsb2NrO1xuICAgIHRoaXMucHJldk5hbWVMZW4gPSBuYW1lTGVuO1xuICAgIHRoaXMucHJldk5hbWUgPSBuYW1lO1xuICAgIHRoaXMucHJldkxhYmVscyA9IGxhYmVscztcbiAgICB0aGlzLnByZXZTZXJpYWwgPSBzZXJpYWw7XG4gICAgdGhpcy5zTmFtZSA9IG5hbWU7XG4gICAgdGhpcy5zTGFiZWxzID0gbGFiZWxzO1xuICAgIHRoaXMuc1NlcmlhbCA9IHNlcmlhbDtcbiAgICByZXR1cm4gcDtcbiAgfVxuXG4gIHByaXZhdGUgcGFyc2VNaWxsaXMoczogbnVtYmVyLCBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IGJ1ZiA9IHRoaXMuYnVmO1xuICAgIGxldCBwID0gcztcbiAgICBsZXQgbmVnID0gZmFsc2U7XG4gICAgaWYgKGJ1ZltwXSA9PT0gNDUgfHwgYnVmW3BdID09PSA0Mykge1xuICAgICAgbmVnID0gYnVmW3BdID09PSA0NTtcbiAgICAgIHArKztcbiAgICB9XG4gICAgaWYgKHAgPj0gZSkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX05VTUJFUicsIHMsICdpbnZhbGlkIHRpbWVzdGFtcCcsICdpbnRlZ2VyIG1pbGxpc2Vjb25kcycpO1xuICAgIGxldCB2ID0gMDtcbiAgICBmb3IgKDsgcCA8IGU7IHArKykge1xuICAgICAgY29uc3QgZCA9IGJ1ZltwXSEgLSA0ODtcbiAgICAgIGlmIChkIDwgMCB8fCBkID4gOSkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX05VTUJFUicsIHMsICdpbnZhbGlkIHRpbWVzdGFtcCcsICdpbnRlZ2VyIG1pbGxpc2Vjb25kcycpO1xuICAgICAgdiA9IHYgKiAxMCArIGQ7XG4gICAgfVxuICAgIHJldHVybiAobmVnID8gLXYgOiB2KSAvIDEwMDA7XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAgLy8gU2hhcmVkIHRva2Vuc1xuXG4gIC8qKlxuICAgKiBQYXJzZXMgYHtuYW1lPVwidmFsdWVcIiwuLi59YCBzdGFydGluZyBhdCB0aGUgYnJhY2U7IHJldHVybnMgdGhlIHBvc2l0aW9uIGFmdGVyIHRoZSBjbG9zaW5nXG4gICAqIGJyYWNlIGFuZCBsZWF2ZXMgdGhlIHBhaXJzIGluIGBsYWJlbHNPdXRgLiBQcm9tZXRoZXVzIG1vZGUgYWxzbyBhbGxvd3MgYmxhbmtzIGFuZCBhIHRyYWlsaW5nIGNvbW1hLlxuICAgKi9cbiAgcHJpdmF0ZSBwYXJzZUxhYmVscyhwOiBudW1iZXIsIGU6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgYnVmID0gdGhpcy5idWY7XG4gICAgY29uc3QgcHJvbSA9IHRoaXMucHJvbTtcbiAgICBwKys7XG4gICAgaWYgKHByb20pIHAgPSB0aGlzLnNraXBCbGFuayhwLCBlKTtcbiAgICBpZiAoYnVmW3BdID09PSBSQlJBQ0UpIHtcbiAgICAgIHRoaXMubGFiZWxzT3V0ID0gRU1QVFlfTEFCRUxTO1xuICAgICAgcmV0dXJuIHAgKyAxO1xuICAgIH1cbiAgICBjb25zdCBvdXQ6IExhYmVsUGFpcltdID0gW107XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgbnMgPSBwO1xuICAgICAgaWYgKHAgPj0gZSB8fCAoQ0xTW2J1ZltwXSFdISAmIExBQkVMX1NUQVJUKSA9PT0gMCkgdGhpcy51bmV4cGVjdGVkKHAsICdsYWJlbCBuYW1lJyk7XG4gICAgICBwKys7XG4gICAgICB3aGlsZSAocCA8IGUgJiYgKENMU1tidWZbcF0hXSEgJiBMQUJFTF9DSEFSKSAhPT0gMCkgcCsrO1xuICAgICAgY29uc3QgbmUgPSBwO1xuICAgICAgaWYgKHByb20pIHAgPSB0aGlzLnNraXBCbGFuayhwLCBlKTtcbiAgICAgIGlmIChidWZbcF0gIT09IEVRKSB0aGlzLnVuZXhwZWN0ZWQocCwgXCInPSdcIik7XG4gICAgICBwKys7XG4gICAgICBpZiAocHJvbSkgcCA9IHRoaXMuc2tpcEJsYW5rKHAsIGUpO1xuICAgICAgaWYgKGJ1ZltwXSAhPT0gUVVPVEUpIHRoaXMudW5leHBlY3RlZChwLCBcIidcXFwiJyBvcGVuaW5nIHRoZSBsYWJlbCB2YWx1ZVwiKTtcbiAgICAgIHArKztcbiAgICAgIGNvbnN0IHZzID0gcDtcbiAgICAgIGxldCBlc2MgPSBmYWxzZTtcbiAgICAgIGxldCBoaSA9IGZhbHNlO1xuICAgICAgd2hpbGUgKHAgPCBlKSB7XG4gICAgICAgIGNvbnN0IGMgPSBidWZbcF0hO1xuICAgICAgICBpZiAoYyA9PT0gUVVPVEUpIGJyZWFrO1xuICAgICAgICBpZiAoYyA9PT0gQlNMQVNIKSB7XG4gICAgICAgICAgZXNjID0gdHJ1ZTtcbiAgICAgICAgICBwICs9IDI7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGMgPj0gMHg4MCkgaGkgPSB0cnVlO1xuICAgICAgICBwKys7XG4gICAgICB9XG4gICAgICBpZiAocCA+PSBlKSB0aGlzLnVuZXhwZWN0ZWQoZSwgXCInXFxcIicgY2xvc2luZyB0aGUgbGFiZWwgdmFsdWVcIik7XG4gICAgICBjb25zdCB2YWx1ZSA9IGVzYyB8fCBoaSA/IHRoaXMuZGVjb2RlU3RyaW5nKHZzLCBwLCBlc2MsIGhpLCB0cnVlKSA6IHRoaXMuaW50ZXJuKHZzLCBwKTtcbiAgICAgIHArKztcbiAgICAgIGNvbnN0IG5hbWUgPSB0aGlzLmludGVybihucywgbmUpO1xuICAgICAgZm9yIChsZXQgaSA9IDA7IGkgPCBvdXQubGVuZ3RoOyBpKyspIHtcbiAgICAgICAgaWYgKG91dFtpXSEubmFtZSA9PT0gbmFtZSkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX0xBQkVMUycsIG5zLCBgZHVwbGljYXRlIGxhYmVsIG5hbWUgJHtuYW1lfWApO1xuICAgICAgfVxuICAgICAgb3V0LnB1c2goeyBuYW1lLCB2YWx1ZSB9KTtcbiAgICAgIGlmIChwcm9tKSBwID0gdGhpcy5za2lwQmxhbmsocCwgZSk7XG4gICAgICBjb25zdCBjID0gYnVmW3BdO1xuICAgICAgaWYgKGMgPT09IENPTU1BKSB7XG4gICAgICAgIHArKztcbiAgICAgICAgaWYgKHByb20pIHtcbiAgICAgICAgICBwID0gdGhpcy5za2lwQmxhbmsocCwgZSk7XG4gICAgICAgICAgaWYgKGJ1ZltwXSA9PT0gUkJSQUNFKSB7XG4gICAgICAgICAgICBwKys7XG4gICAgICAgICAgICBicmVhaztcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBpZiAoYyA9PT0gUkJSQUNFKSB7XG4gICAgICAgIHArKztcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgICB0aGlzLnVuZXhwZWN0ZWQocCwgXCInLCcgb3IgJ30nXCIpO1xuICAgIH1cbiAgICB0aGlzLmxhYmVsc091dCA9IG91dDtcbiAgICByZXR1cm4gcDtcbiAgfVxuXG4gIC8qKiBIRUxQIHRleHQ6IGV2ZXJ5dGhpbmcgdXAgdG8gdGhlIGVuZCBvZiB0aGUgbGluZSwgdW5lc2NhcGVkLiAqL1xuICBwcml2YXRlIGRlY29kZVRleHQoczogbnVtYmVyLCBlOiBudW1iZXIsIG9tOiBib29sZWFuKTogc3RyaW5nIHtcbiAgICBjb25zdCBidWYgPSB0aGlzLmJ1ZjtcbiAgICBsZXQgZXNjID0gZmFsc2U7XG4gICAgbGV0IGhpID0gZmFsc2U7XG4gICAgZm9yIChsZXQgcCA9IHM7IHAgPCBlOyBwKyspIHtcbiAgICAgIGNvbnN0IGMgPSBidWZbcF0hO1xuICAgICAgaWYgKGMgPT09IEJTTEFTSCkgZXNjID0gdHJ1ZTtcbiAgICAgIGVsc2UgaWYgKGMgPj0gMHg4MCkgaGkgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5kZWNvZGVTdHJpbmcocywgZSwgZXNjLCBoaSwgb20pO1xuICB9XG5cbiAgLyoqXG4gICAqIFVuZXNjYXBlcyBgXFxcXGAsIGBcXG5gIGFuZCBgXFxcImAgKG90aGVyIGVzY2FwZXMgYXJlIGtlcHQgdmVyYmF0aW0sIGFzIHRoZSByZWZlcmVuY2UgcGFyc2VyIGRvZXM7XG4gICAqIGEgdHJhaWxpbmcgbG9uZSBiYWNrc2xhc2ggaXMga2VwdCB0b28pIGFuZCBkZWNvZGVzIGFzIHN0cmljdCBVVEYtOC5cbiAgICovXG4gIHByaXZhdGUgZGVjb2RlU3RyaW5nKHM6IG51bWJlciwgZTogbnVtYmVyLCBlc2M6IGJvb2xlYW4sIGhpOiBib29sZWFuLCBxdW90ZUVzY2FwZTogYm9vbGVhbik6IHN0cmluZyB7XG4gICAgbGV0IHNyYzogVWludDhBcnJheSA9IHRoaXMuYnVmO1xuICAgIGxldCBhID0gcztcbiAgICBsZXQgYiA9IGU7XG4gICAgaWYgKGVzYykge1xuICAgICAgaWYgKHRoaXMuc2NyYXRjaC5sZW5ndGggPCBlIC0gcykgdGhpcy5zY3JhdGNoID0gbmV3IFVpbnQ4QXJyYXkoTWF0aC5tYXgoMiAqIChlIC0gcyksIDI1NikpO1xuICAgICAgY29uc3Qgb3V0ID0gdGhpcy5zY3JhdGNoO1xuICAgICAgbGV0IG4gPSAwO1xuICAgICAgZm9yIChsZXQgcCA9IHM7IHAgPCBlOyBwKyspIHtcbiAgICAgICAgY29uc3QgYyA9IHNyY1twXSE7XG4gICAgICAgIGlmIChjID09PSBCU0xBU0ggJiYgcCArIDEgPCBlKSB7XG4gICAgICAgICAgY29uc3QgZCA9IHNyY1twICsgMV0hO1xuICAgICAgICAgIHArKztcbiAgICAgICAgICBpZiAoZCA9PT0gMTEwKSBvdXRbbisrXSA9IExGO1xuICAgICAgICAgIGVsc2UgaWYgKGQgPT09IEJTTEFTSCkgb3V0W24rK10gPSBCU0xBU0g7XG4gICAgICAgICAgZWxzZSBpZiAoZCA9PT0gUVVPVEUgJiYgcXVvdGVFc2NhcGUpIG91dFtuKytdID0gUVVPVEU7XG4gICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICBvdXRbbisrXSA9IEJTTEFTSDtcbiAgICAgICAgICAgIG91dFtuKytdID0gZDtcbiAgICAgICAgICB9XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgb3V0W24rK10gPSBjO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICBzcmMgPSBvdXQ7XG4gICAgICBhID0gMDtcbiAgICAgIGIgPSBuO1xuICAgIH1cbiAgICBpZiAoIWhpKSByZXR1cm4gZGVjb2RlQXNjaWkoc3JjLCBhLCBiKTtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGRlY29kZVV0Zjgoc3JjLCBhLCBiKTtcbiAgICB9IGNhdGNoIChjYXVzZSkge1xuICAgICAgdGhyb3cgbmV3IFBhcnNlRXJyb3IoXG4gICAgICAgICdPTV9JTlZBTElEX1VURjgnLFxuICAgICAgICAnaW52YWxpZCBVVEYtOCBpbiBzdHJpbmcnLFxuICAgICAgICB7IGxpbmU6IHRoaXMubGluZSwgY29sdW1uOiBzIC0gdGhpcy5saW5lU3RhcnQgKyAxLCBleHBlY3RlZDogJ3ZhbGlkIFVURi04JyB9LFxuICAgICAgICB7IGNhdXNlIH0sXG4gICAgICApO1xuICAgIH1cbiAgfVxuXG4gIC8qKlxuICAgKiBQYXJzZXMgYSBudW1iZXIgdG9rZW4gW3MsIGUpLiBXaXRoIGBzcGVjaWFsYCwgdGhlIGBudW1iZXJgIHJ1bGUgKHJlYWxudW1iZXIsIGluZiwgaW5maW5pdHksXG4gICAqIG5hbiwgY2FzZS1pbnNlbnNpdGl2ZSk7IHdpdGhvdXQsIGEgdGltZXN0YW1wIChyZWFsbnVtYmVyIG9ubHkpLiBEZWNpbWFsIGlucHV0cyBvZiB1cCB0byAxNVxuICAgKiBzaWduaWZpY2FudCBkaWdpdHMgd2l0aCBhIHBvd2VyIG9mIHRlbiB1cCB0byAyMiBhcmUgY29udmVydGVkIGV4YWN0bHkgYnkgb25lIG11bHRpcGxpY2F0aW9uIG9yXG4gICAqIGRpdmlzaW9uIChDbGluZ2VyJ3MgZmFzdCBwYXRoKTsgZXZlcnl0aGluZyBlbHNlIGdvZXMgdGhyb3VnaCBgTnVtYmVyYC5cbiAgICovXG4gIHByaXZhdGUgcGFyc2VOdW1iZXIoczogbnVtYmVyLCBlOiBudW1iZXIsIHNwZWNpYWw6IGJvb2xlYW4pOiBudW1iZXIge1xuICAgIGNvbnN0IGJ1ZiA9IHRoaXMuYnVmO1xuICAgIGlmIChzID49IGUpIHRoaXMudW5leHBlY3RlZChzLCBzcGVjaWFsID8gJ251bWJlcicgOiAndGltZXN0YW1wJyk7XG4gICAgbGV0IHAgPSBzO1xuICAgIGxldCBjID0gYnVmW3BdITtcbiAgICBsZXQgbmVnID0gZmFsc2U7XG4gICAgaWYgKGMgPT09IDQ1IHx8IGMgPT09IDQzKSB7XG4gICAgICBuZWcgPSBjID09PSA0NTtcbiAgICAgIHArKztcbiAgICAgIGMgPSBidWZbcF0gPz8gMDtcbiAgICB9XG4gICAgaWYgKChjID49IDQ4ICYmIGMgPD0gNTcpIHx8IGMgPT09IDQ2KSB7XG4gICAgICAvLyBEaWdpdHMgYXJlIGFjY3VtdWxhdGVkIGJsaW5kbHk7IHdpdGggYXQgbW9zdCAxNSBvZiB0aGVtIHRoZSBtYW50aXNzYSBpcyBleGFjdC5cbiAgICAgIGxldCBtID0gMDtcbiAgICAgIGNvbnN0IGRzID0gcDtcbiAgICAgIHdoaWxlIChwIDwgZSkge1xuICAgICAgICBjb25zdCBkID0gYnVmW3BdISAtIDQ4O1xuICAgICAgICBpZiAoZCA8IDAgfHwgZCA+IDkpIGJyZWFrO1xuICAgICAgICBtID0gbSAqIDEwICsgZDtcbiAgICAgICAgcCsrO1xuICAgICAgfVxuICAgICAgbGV0IGRpZ2l0cyA9IHAgLSBkcztcbiAgICAgIGxldCBleHAgPSAwO1xuICAgICAgaWYgKHAgPCBlICYmIGJ1ZltwXSA9PT0gNDYpIHtcbiAgICAgICAgcCsrO1xuICAgICAgICBjb25zdCBmcyA9IHA7XG4gICAgICAgIHdoaWxlIChwIDwgZSkge1xuICAgICAgICAgIGNvbnN0IGQgPSBidWZbcF0hIC0gNDg7XG4gICAgICAgICAgaWYgKGQgPCAwIHx8IGQgPiA5KSBicmVhaztcbiAgICAgICAgICBtID0gbSAqIDEwICsgZDtcbiAgICAgICAgICBwKys7XG4gICAgICAgIH1cbiAgICAgICAgZXhwID0gZnMgLSBwO1xuICAgICAgICBkaWdpdHMgKz0gcCAtIGZzO1xuICAgICAgfVxuICAgICAgaWYgKGRpZ2l0cyA9PT0gMCkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX05VTUJFUicsIHMsIGBpbnZhbGlkIG51bWJlciAnJHtkZWNvZGVBc2NpaShidWYsIHMsIGUpfSdgKTtcbiAgICAgIGNvbnN0IHNsb3cgPSBkaWdpdHMgPiAxNTtcbiAgICAgIGlmIChwIDwgZSAmJiAoYnVmW3BdISB8IDMyKSA9PT0gMTAxKSB7XG4gICAgICAgIHArKztcbiAgICAgICAgbGV0IGVuZWcgPSBmYWxzZTtcbiAgICAgICAgaWYgKGJ1ZltwXSA9PT0gNDUgfHwgYnVmW3BdID09PSA0Mykge1xuICAgICAgICAgIGVuZWcgPSBidWZbcF0gPT09IDQ1O1xuICAgICAgICAgIHArKztcbiAgICAgICAgfVxuICAgICAgICBsZXQgZXYgPSAwO1xuICAgICAgICBjb25zdCBlcyA9IHA7XG4gICAgICAgIHdoaWxlIChwIDwgZSkge1xuICAgICAgICAgIGNvbnN0IGQgPSBidWZbcF0hIC0gNDg7XG4gICAgICAgICAgaWYgKGQgPCAwIHx8IGQgPiA5KSBicmVhaztcbiAgICAgICAgICBpZiAoZXYgPCAxMDAwMDApIGV2ID0gZXYgKiAxMCArIGQ7XG4gICAgICAgICAgcCsrO1xuICAgICAgICB9XG4gICAgICAgIGlmIChwID09PSBlcykgdGhpcy5mYWlsKCdPTV9JTlZBTElEX05VTUJFUicsIHMsIGBpbnZhbGlkIG51bWJlciAnJHtkZWNvZGVBc2NpaShidWYsIHMsIGUpfSdgKTtcbiAgICAgICAgZXhwICs9IGVuZWcgPyAtZXYgOiBldjtcbiAgICAgIH1cbiAgICAgIGlmIChwICE9PSBlKSB0aGlzLmZhaWwoJ09NX0lOVkFMSURfTlVNQkVSJywgcywgYGludmFsaWQgbnVtYmVyICcke2RlY29kZUFzY2lpKGJ1ZiwgcywgZSl9J2ApO1xuICAgICAgbGV0IHY6IG51bWJlcjtcbiAgICAgIGlmIChzbG93KSB2ID0gTWF0aC5hYnMoTnVtYmVyKGRlY29kZUFzY2lpKGJ1ZiwgcywgZSkpKTtcbiAgICAgIGVsc2UgaWYgKG0gPT09IDApIHYgPSAwO1xuICAgICAgZWxzZSBpZiAoZXhwID09PSAwKSB2ID0gbTtcbiAgICAgIGVsc2UgaWYgKGV4cCA+IDAgJiYgZXhwIDw9IDIyKSB2ID0gbSAqIFBPVzEwW2V4cF0hO1xuICAgICAgZWxzZSBpZiAoZXhwIDwgMCAmJiBleHAgPj0gLTIyKSB2ID0gbSAvIFBPVzEwWy1leHBdITtcbiAgICAgIGVsc2UgdiA9IE1hdGguYWJzKE51bWJlcihkZWNvZGVBc2NpaShidWYsIHMsIGUpKSk7XG4gICAgICBpZiAoIXNwZWNpYWwgJiYgIU51bWJlci5pc0Zpbml0ZSh2KSkgdGhpcy5mYWlsKCdPTV9JTlZBTElEX05VTUJFUicsIHMsICd0aW1lc3RhbXAgb3V0IG9mIHJhbmdlJyk7XG4gICAgICByZXR1cm4gbmVnID8gLXYgOiB2O1xuICAgIH1cbiAgICBpZiAoc3BlY2lhbCkge1xuICAgICAgY29uc3QgbiA9IGUgLSBwO1xuICAgICAgaWYgKG4gPT09IDMgfHwgbiA9PT0gOCkge1xuICAgICAgICBjb25zdCB3ID0gZGVjb2RlQXNjaWkoYnVmLCBwLCBlKS50b0xvd2VyQ2FzZSgpO1xuICAgICAgICBpZiAodyA9PT0gJ2luZicgfHwgdyA9PT0gJ2luZmluaXR5JykgcmV0dXJuIG5lZyA/IC1JbmZpbml0eSA6IEluZmluaXR5O1xuICAgICAgICBpZiAodyA9PT0gJ25hbicgJiYgKHAgPT09IHMgfHwgdGhpcy5wcm9tKSkgcmV0dXJuIE51bWJlci5OYU47XG4gICAgICB9XG4gICAgfVxuICAgIHRoaXMuZmFpbChcbiAgICAgICdPTV9JTlZBTElEX05VTUJFUicsXG4gICAgICBzLFxuICAgICAgYGludmFsaWQgJHtzcGVjaWFsID8gJ251bWJlcicgOiAndGltZXN0YW1wJ30gJyR7ZGVjb2RlQXNjaWkoYnVmLCBzLCBlKX0nYCxcbiAgICAgIHNwZWNpYWwgPyAnYSBkZWNpbWFsIG51bWJlciwgK0luZiwgLUluZiBvciBOYU4nIDogJ2EgZGVjaW1hbCBudW1iZXInLFxuICAgICk7XG4gIH1cbn1cblxuZnVuY3Rpb24gaW5kZXhPZkxmKGJ1ZjogVWludDhBcnJheSwgZnJvbTogbnVtYmVyLCBsZW46IG51bWJlcik6IG51bWJlciB7XG4gIC8vIFVpbnQ4QXJyYXkjaW5kZXhPZiBpcyBuYXRpdmUgYW5kIHZlY3RvcmlzZWQgaW4gVjguXG4gIGNvbnN0IGkgPSBidWYuaW5kZXhPZihMRiwgZnJvbSk7XG4gIHJldHVybiBpIDwgbGVuID8gaSA6IC0xO1xufVxuXG4vKiogQ29tcGFyZXMgdHdvIHJhbmdlcyBvZiBvbmUgYnVmZmVyLCBmb3VyIGJ5dGVzIGF0IGEgdGltZS4gKi9cbmZ1bmN0aW9uIHNhbWVCeXRlcyhkdjogRGF0YVZpZXcsIGJ1ZjogVWludDhBcnJheSwgYTogbnVtYmVyLCBiOiBudW1iZXIsIG46IG51bWJlcik6IGJvb2xlYW4ge1xuICBpZiAoYiA8IDApIHJldHVybiBmYWxzZTtcbiAgbGV0IGkgPSAwO1xuICBmb3IgKDsgaSArIDQgPD0gbjsgaSArPSA0KSBpZiAoZHYuZ2V0VWludDMyKGEgKyBpKSAhPT0gZHYuZ2V0VWludDMyKGIgKyBpKSkgcmV0dXJuIGZhbHNlO1xuICBmb3IgKDsgaSA8IG47IGkrKykgaWYgKGJ1ZlthICsgaV0gIT09IGJ1ZltiICsgaV0pIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIHRydWU7XG59XG5cbmZ1bmN0aW9uIG1hdGNoU3VmZml4KGZhbWlseTogc3RyaW5nLCBuYW1lOiBzdHJpbmcsIGFsbG93ZWQ6IHJlYWRvbmx5IG51bWJlcltdKTogbnVtYmVyIHtcbiAgaWYgKCFuYW1lLnN0YXJ0c1dpdGgoZmFtaWx5KSkgcmV0dXJuIC0xO1xuICBjb25zdCByZXN0ID0gbmFtZS5sZW5ndGggPT09IGZhbWlseS5sZW5ndGggPyAnJyA6IG5hbWUuc2xpY2UoZmFtaWx5Lmxlbmd0aCk7XG4gIGZvciAoY29uc3QgcyBvZiBhbGxvd2VkKSBpZiAoU1VGRklYX05BTUVTW3NdID09PSByZXN0KSByZXR1cm4gcztcbiAgcmV0dXJuIC0xO1xufVxuXG5mdW5jdGlvbiBmaW5kTGFiZWwobGFiZWxzOiBMYWJlbFBhaXJbXSwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBsYWJlbHMubGVuZ3RoOyBpKyspIGlmIChsYWJlbHNbaV0hLm5hbWUgPT09IG5hbWUpIHJldHVybiBsYWJlbHNbaV0hLnZhbHVlO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogYGxlYC9gcXVhbnRpbGVgIHZhbHVlcyB0aGF0IGFyZSBpbmZpbml0ZSBvciBOYU4gbXVzdCBiZSBzcGVsbGVkIGV4YWN0bHkgK0luZiwgLUluZiBvciBOYU4uICovXG5mdW5jdGlvbiBjYW5vbmljYWxTcGVjaWFsKHRleHQ6IHN0cmluZywgdjogbnVtYmVyKTogYm9vbGVhbiB7XG4gIGlmIChOdW1iZXIuaXNGaW5pdGUodikpIHJldHVybiB0cnVlO1xuICByZXR1cm4gdGV4dCA9PT0gJytJbmYnIHx8IHRleHQgPT09ICctSW5mJyB8fCB0ZXh0ID09PSAnTmFOJztcbn1cblxuLyoqIEEgY2Fub25pY2FsIGlkZW50aXR5IG9mIGEgbGFiZWwgc2V0IG1pbnVzIG9uZSBsYWJlbDogc29ydGVkIGJ5IG5hbWUsIGxlbmd0aC1wcmVmaXhlZCB2YWx1ZXMuICovXG5mdW5jdGlvbiBncm91cEtleShsYWJlbHM6IExhYmVsUGFpcltdLCB3aXRob3V0OiBzdHJpbmcpOiBzdHJpbmcge1xuICBsZXQgc29ydGVkID0gdHJ1ZTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPCBsYWJlbHMubGVuZ3RoOyBpKyspIHtcbiAgICBpZiAobGFiZWxzW2kgLSAxXSEubmFtZSA+IGxhYmVsc1tpXSEubmFtZSkge1xuICAgICAgc29ydGVkID0gZmFsc2U7XG4gICAgICBicmVhaztcbiAgICB9XG4gIH1cbiAgY29uc3QgbGlzdCA9IHNvcnRlZCA/IGxhYmVscyA6IFsuLi5sYWJlbHNdLnNvcnQoKGEsIGIpID0+IChhLm5hbWUgPCBiLm5hbWUgPyAtMSA6IDEpKTtcbiAgbGV0IGtleSA9ICcnO1xuICBmb3IgKGNvbnN0IGwgb2YgbGlzdCkge1xuICAgIGlmIChsLm5hbWUgPT09IHdpdGhvdXQpIGNvbnRpbnVlO1xuICAgIGtleSArPSBgJHtsLm5hbWV9PSR7bC52YWx1ZS5sZW5ndGh9OiR7bC52YWx1ZX0sYDtcbiAgfVxuICByZXR1cm4ga2V5O1xufVxuXG5mdW5jdGlvbiBmb3JtYXRMYWJlbHMobGFiZWxzOiBMYWJlbFBhaXJbXSk6IHN0cmluZyB7XG4gIGlmIChsYWJlbHMubGVuZ3RoID09PSAwKSByZXR1cm4gJyc7XG4gIHJldHVybiBgeyR7bGFiZWxzLm1hcCgobCkgPT4gYCR7bC5uYW1lfT0ke0pTT04uc3RyaW5naWZ5KGwudmFsdWUpfWApLmpvaW4oJywnKX19YDtcbn1cblxuZnVuY3Rpb24gcHJvbU93bnMoZjogTWV0cmljRmFtaWx5LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKG5hbWUgPT09IGYubmFtZSkgcmV0dXJuIHRydWU7XG4gIGlmICghbmFtZS5zdGFydHNXaXRoKGYubmFtZSkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcmVzdCA9IG5hbWUuc2xpY2UoZi5uYW1lLmxlbmd0aCk7XG4gIGlmIChmLnR5cGUgPT09ICdoaXN0b2dyYW0nKSByZXR1cm4gcmVzdCA9PT0gJ19idWNrZXQnIHx8IHJlc3QgPT09ICdfc3VtJyB8fCByZXN0ID09PSAnX2NvdW50JztcbiAgaWYgKGYudHlwZSA9PT0gJ3N1bW1hcnknKSByZXR1cm4gcmVzdCA9PT0gJ19zdW0nIHx8IHJlc3QgPT09ICdfY291bnQnO1xuICByZXR1cm4gZmFsc2U7XG59XG5cbmZ1bmN0aW9uIHByb21CYXNlKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIGZvciAoY29uc3Qgc3VmIG9mIFsnX2J1Y2tldCcsICdfY291bnQnLCAnX3N1bSddKSB7XG4gICAgaWYgKG5hbWUuZW5kc1dpdGgoc3VmKSkgcmV0dXJuIG5hbWUuc2xpY2UoMCwgLXN1Zi5sZW5ndGgpO1xuICB9XG4gIHJldHVybiAnJztcbn1cbiIsICIvKipcbiAqIEVudHJ5IHBvaW50cyBvZiB0aGUgcGFyc2VyOiBgcGFyc2VgIGJ1aWxkcyB0aGUgd2hvbGUgYEV4cG9zaXRpb25gOyBgcGFyc2VTYW1wbGVzYCBzdHJlYW1zIGV2ZXJ5XG4gKiBzYW1wbGUgdG8gYSBjYWxsYmFjayB3aXRob3V0IGJ1aWxkaW5nIHRoZSBtb2RlbCAodGhlIGluZ2VzdCBwYXRoKS4gQm90aCB0YWtlIGJ5dGVzIChhIHN0cmluZyBpc1xuICogVVRGLTggZW5jb2RlZCBmaXJzdCksIGVuZm9yY2UgdGhlIGBtYXhCeXRlc2AgbGltaXQgYmVmb3JlIHJlYWRpbmcgYW55dGhpbmcsIGFuZCBjaG9vc2UgdGhlIGZvcm1hdFxuICogZnJvbSBgZm9ybWF0YCwgZWxzZSBmcm9tIGBjb250ZW50VHlwZWAsIGVsc2UgT3Blbk1ldHJpY3MuIEEgcGF5bG9hZCBpcyB2YWxpZCBvbmx5IGlmIHRoZSBjYWxsXG4gKiByZXR1cm5zOiBgcGFyc2VTYW1wbGVzYCBtYXkgYWxyZWFkeSBoYXZlIGRlbGl2ZXJlZCBzYW1wbGVzIHdoZW4gaXQgdGhyb3dzLCBzbyBjYWxsZXJzIHN0YWdlIHRoZW1cbiAqIChhbiBBcHBlbmRlcikgYW5kIHJvbGwgYmFjayBvbiBlcnJvciwgYXMgdGhlIHNwZWMgcmVxdWlyZXMgKFwicGFydGlhbCBvciBpbnZhbGlkIGV4cG9zaXRpb25zIE1VU1QgYmVcbiAqIGNvbnNpZGVyZWQgZXJyb25lb3VzIGluIHRoZWlyIGVudGlyZXR5XCIpLlxuICovXG5cbmltcG9ydCB7IFBhcnNlRXJyb3IgfSBmcm9tICcuL2Vycm9ycy50cyc7XG5pbXBvcnQgdHlwZSB7IEV4ZW1wbGFyLCBFeHBvc2l0aW9uLCBMYWJlbFBhaXIsIE1ldHJpY0ZhbWlseSwgTWV0cmljU2FtcGxlLCBUZXh0Rm9ybWF0IH0gZnJvbSAnLi9tb2RlbC50cyc7XG5pbXBvcnQgeyB0eXBlIFNhbXBsZVNpbmssIFRleHRQYXJzZXIgfSBmcm9tICcuL3BhcnNlci50cyc7XG5cbi8qKiAyNTYgTWlCLCB0aGUgbGFyZ2VzdCBNUVRUIHBheWxvYWQ7IGxhcmdlciBleHBvc2l0aW9ucyBtdXN0IGJlIHNwbGl0IGJ5IHRoZSBwcm9kdWNlci4gKi9cbmV4cG9ydCBjb25zdCBERUZBVUxUX01BWF9CWVRFUyA9IDI1NiAqIDEwMjQgKiAxMDI0O1xuXG5leHBvcnQgaW50ZXJmYWNlIFBhcnNlT3B0aW9ucyB7XG4gIC8qKiBUZXh0IGZvcm1hdDsgd2lucyBvdmVyIGBjb250ZW50VHlwZWAuIEBkZWZhdWx0ICdvcGVubWV0cmljcycgKi9cbiAgZm9ybWF0PzogVGV4dEZvcm1hdDtcbiAgLyoqIEFuIEhUVFAvTVFUVCBjb250ZW50IHR5cGUsIHVzZWQgd2hlbiBgZm9ybWF0YCBpcyBub3QgZ2l2ZW4gKHNlZSBgZm9ybWF0RnJvbUNvbnRlbnRUeXBlYCkuICovXG4gIGNvbnRlbnRUeXBlPzogc3RyaW5nO1xuICAvKiogTGFyZ2VzdCBhY2NlcHRlZCBwYXlsb2FkIGluIGJ5dGVzLiBAZGVmYXVsdCBERUZBVUxUX01BWF9CWVRFUyAqL1xuICBtYXhCeXRlcz86IG51bWJlcjtcbn1cblxuLyoqXG4gKiBgYXBwbGljYXRpb24vb3Blbm1ldHJpY3MtdGV4dGAgaXMgT3Blbk1ldHJpY3M7IGB0ZXh0L3BsYWluYCAod2l0aCBvciB3aXRob3V0IGB2ZXJzaW9uPTAuMC40YCkgaXMgdGhlXG4gKiBQcm9tZXRoZXVzIGZvcm1hdDsgYW55dGhpbmcgZWxzZSwgb3Igbm90aGluZywgaXMgdW5kZWZpbmVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0RnJvbUNvbnRlbnRUeXBlKGNvbnRlbnRUeXBlOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBUZXh0Rm9ybWF0IHwgdW5kZWZpbmVkIHtcbiAgaWYgKGNvbnRlbnRUeXBlID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG1lZGlhID0gKGNvbnRlbnRUeXBlLnNwbGl0KCc7JylbMF0gPz8gJycpLnRyaW0oKS50b0xvd2VyQ2FzZSgpO1xuICBpZiAobWVkaWEgPT09ICdhcHBsaWNhdGlvbi9vcGVubWV0cmljcy10ZXh0JykgcmV0dXJuICdvcGVubWV0cmljcyc7XG4gIGlmIChtZWRpYSA9PT0gJ3RleHQvcGxhaW4nKSByZXR1cm4gJ3Byb21ldGhldXMnO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZXNvbHZlKFxuICBpbnB1dDogVWludDhBcnJheSB8IHN0cmluZyxcbiAgb3B0aW9uczogUGFyc2VPcHRpb25zLFxuKTogeyBieXRlczogVWludDhBcnJheTsgZm9ybWF0OiBUZXh0Rm9ybWF0IH0ge1xuICBjb25zdCBtYXhCeXRlcyA9IG9wdGlvbnMubWF4Qnl0ZXMgPz8gREVGQVVMVF9NQVhfQllURVM7XG4gIGlmICghKG1heEJ5dGVzID49IDApKSB0aHJvdyBuZXcgUmFuZ2VFcnJvcihgbWF4Qnl0ZXMgbXVzdCBiZSBhIG5vbi1uZWdhdGl2ZSBudW1iZXIsIGdvdCAke21heEJ5dGVzfWApO1xuICBjb25zdCBmb3JtYXQgPSBvcHRpb25zLmZvcm1hdCA/PyBmb3JtYXRGcm9tQ29udGVudFR5cGUob3B0aW9ucy5jb250ZW50VHlwZSkgPz8gJ29wZW5tZXRyaWNzJztcbiAgaWYgKGZvcm1hdCAhPT0gJ29wZW5tZXRyaWNzJyAmJiBmb3JtYXQgIT09ICdwcm9tZXRoZXVzJykge1xuICAgIHRocm93IG5ldyBSYW5nZUVycm9yKGBmb3JtYXQgbXVzdCBiZSAnb3Blbm1ldHJpY3MnIG9yICdwcm9tZXRoZXVzJywgZ290ICR7U3RyaW5nKGZvcm1hdCl9YCk7XG4gIH1cbiAgbGV0IHNpemUgPSB0eXBlb2YgaW5wdXQgPT09ICdzdHJpbmcnID8gaW5wdXQubGVuZ3RoIDogaW5wdXQubGVuZ3RoO1xuICBpZiAodHlwZW9mIGlucHV0ID09PSAnc3RyaW5nJyAmJiBzaXplIDw9IG1heEJ5dGVzICYmIHNpemUgKiAzID4gbWF4Qnl0ZXMpIHNpemUgPSBCdWZmZXIuYnl0ZUxlbmd0aChpbnB1dCk7XG4gIGlmIChzaXplID4gbWF4Qnl0ZXMpIHtcbiAgICB0aHJvdyBuZXcgUGFyc2VFcnJvcihcbiAgICAgICdPTV9QQVlMT0FEX1RPT19MQVJHRScsXG4gICAgICBgcGF5bG9hZCBvZiAke3NpemV9IGJ5dGVzIGV4Y2VlZHMgdGhlIGxpbWl0IG9mICR7bWF4Qnl0ZXN9IGJ5dGVzIChyYWlzZSBtYXhCeXRlcyBvciBzcGxpdCB0aGUgcGF5bG9hZClgLFxuICAgICAgeyBsaW5lOiAxLCBjb2x1bW46IDEsIGV4cGVjdGVkOiBgYXQgbW9zdCAke21heEJ5dGVzfSBieXRlc2AgfSxcbiAgICApO1xuICB9XG4gIGNvbnN0IGJ5dGVzID0gdHlwZW9mIGlucHV0ID09PSAnc3RyaW5nJyA/IEJ1ZmZlci5mcm9tKGlucHV0LCAndXRmOCcpIDogaW5wdXQ7XG4gIHJldHVybiB7IGJ5dGVzLCBmb3JtYXQgfTtcbn1cblxuY2xhc3MgTW9kZWxTaW5rIGltcGxlbWVudHMgU2FtcGxlU2luayB7XG4gIHNhbXBsZShcbiAgICBmYW1pbHk6IE1ldHJpY0ZhbWlseSxcbiAgICBuYW1lOiBzdHJpbmcsXG4gICAgbGFiZWxzOiBMYWJlbFBhaXJbXSxcbiAgICB2YWx1ZTogbnVtYmVyLFxuICAgIHRpbWVzdGFtcDogbnVtYmVyIHwgdW5kZWZpbmVkLFxuICAgIGV4ZW1wbGFyOiBFeGVtcGxhciB8IHVuZGVmaW5lZCxcbiAgKTogdm9pZCB7XG4gICAgLy8gT2JqZWN0IGxpdGVyYWxzIG9mIGZpeGVkIHNoYXBlOiBhZGRpbmcgcHJvcGVydGllcyBhZnRlcndhcmRzIHdvdWxkIGNvc3QgYSBtYXAgdHJhbnNpdGlvbi5cbiAgICBsZXQgczogTWV0cmljU2FtcGxlO1xuICAgIGlmIChleGVtcGxhciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBzID1cbiAgICAgICAgdGltZXN0YW1wID09PSB1bmRlZmluZWRcbiAgICAgICAgICA/IHsgbmFtZSwgbGFiZWxzLCB2YWx1ZSwgZXhlbXBsYXIgfVxuICAgICAgICAgIDogeyBuYW1lLCBsYWJlbHMsIHZhbHVlLCB0aW1lc3RhbXAsIGV4ZW1wbGFyIH07XG4gICAgfSBlbHNlIHMgPSB0aW1lc3RhbXAgPT09IHVuZGVmaW5lZCA/IHsgbmFtZSwgbGFiZWxzLCB2YWx1ZSB9IDogeyBuYW1lLCBsYWJlbHMsIHZhbHVlLCB0aW1lc3RhbXAgfTtcbiAgICBmYW1pbHkuc2FtcGxlcy5wdXNoKHMpO1xuICB9XG59XG5cbi8qKlxuICogUGFyc2VzIGEgd2hvbGUgZXhwb3NpdGlvbi4gTGFiZWwgYXJyYXlzIG1heSBiZSBzaGFyZWQgYnkgY29uc2VjdXRpdmUgc2FtcGxlcyBvZiBvbmUgc2VyaWVzOlxuICogdHJlYXQgdGhlIHJlc3VsdCBhcyBpbW11dGFibGUuIFRocm93cyBgUGFyc2VFcnJvcmAgZm9yIGFueSBpbnZhbGlkIGlucHV0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2UoaW5wdXQ6IFVpbnQ4QXJyYXkgfCBzdHJpbmcsIG9wdGlvbnM6IFBhcnNlT3B0aW9ucyA9IHt9KTogRXhwb3NpdGlvbiB7XG4gIGNvbnN0IHsgYnl0ZXMsIGZvcm1hdCB9ID0gcmVzb2x2ZShpbnB1dCwgb3B0aW9ucyk7XG4gIGNvbnN0IHAgPSBuZXcgVGV4dFBhcnNlcihieXRlcywgZm9ybWF0LCBuZXcgTW9kZWxTaW5rKCkpO1xuICBwLnJ1bigpO1xuICByZXR1cm4geyBmYW1pbGllczogcC5mYW1pbGllcyB9O1xufVxuXG4vKipcbiAqIE9uZSBzYW1wbGUgYXMgc2VlbiBieSBgcGFyc2VTYW1wbGVzYC4gVGhlIG9iamVjdCBpcyByZXVzZWQgZm9yIGV2ZXJ5IHNhbXBsZTogY29weSB3aGF0IHlvdSBrZWVwLlxuICogYHRpbWVzdGFtcGAgaXMgc2Vjb25kcywgTmFOIHdoZW4gdGhlIGxpbmUgaGFkIG5vbmUuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2FtcGxlVmlldyB7XG4gIGZhbWlseTogTWV0cmljRmFtaWx5O1xuICBuYW1lOiBzdHJpbmc7XG4gIGxhYmVsczogTGFiZWxQYWlyW107XG4gIHZhbHVlOiBudW1iZXI7XG4gIHRpbWVzdGFtcDogbnVtYmVyO1xuICBleGVtcGxhcjogRXhlbXBsYXIgfCB1bmRlZmluZWQ7XG59XG5cbmNsYXNzIENhbGxiYWNrU2luayBpbXBsZW1lbnRzIFNhbXBsZVNpbmsge1xuICByZWFkb25seSB2aWV3OiBTYW1wbGVWaWV3O1xuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGNiOiAoczogU2FtcGxlVmlldykgPT4gdm9pZCxcbiAgICBzZWVkOiBNZXRyaWNGYW1pbHksXG4gICkge1xuICAgIHRoaXMudmlldyA9IHsgZmFtaWx5OiBzZWVkLCBuYW1lOiAnJywgbGFiZWxzOiBbXSwgdmFsdWU6IDAsIHRpbWVzdGFtcDogTnVtYmVyLk5hTiwgZXhlbXBsYXI6IHVuZGVmaW5lZCB9O1xuICB9XG4gIHNhbXBsZShcbiAgICBmYW1pbHk6IE1ldHJpY0ZhbWlseSxcbiAgICBuYW1lOiBzdHJpbmcsXG4gICAgbGFiZWxzOiBMYWJlbFBhaXJbXSxcbiAgICB2YWx1ZTogbnVtYmVyLFxuICAgIHRpbWVzdGFtcDogbnVtYmVyIHwgdW5kZWZpbmVkLFxuICAgIGV4ZW1wbGFyOiBFeGVtcGxhciB8IHVuZGVmaW5lZCxcbiAgKTogdm9pZCB7XG4gICAgY29uc3QgdiA9IHRoaXMudmlldztcbiAgICB2LmZhbWlseSA9IGZhbWlseTtcbiAgICB2Lm5hbWUgPSBuYW1lO1xuICAgIHYubGFiZWxzID0gbGFiZWxzO1xuICAgIHYudmFsdWUgPSB2YWx1ZTtcbiAgICB2LnRpbWVzdGFtcCA9IHRpbWVzdGFtcCA/PyBOdW1iZXIuTmFOO1xuICAgIHYuZXhlbXBsYXIgPSBleGVtcGxhcjtcbiAgICB0aGlzLmNiKHYpO1xuICB9XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGFyc2VTdW1tYXJ5IHtcbiAgLyoqIEZhbWlsaWVzICh3aXRoIG1ldGFkYXRhOyB0aGVpciBgc2FtcGxlc2AgYXJyYXlzIHN0YXkgZW1wdHkpLiAqL1xuICBmYW1pbGllczogTWV0cmljRmFtaWx5W107XG4gIHNhbXBsZXM6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBWYWxpZGF0ZXMgdGhlIHdob2xlIHBheWxvYWQgbGlrZSBgcGFyc2VgIGFuZCBoYW5kcyBldmVyeSBzYW1wbGUgdG8gYG9uU2FtcGxlYCBhcyBzb29uIGFzIGl0cyBsaW5lXG4gKiBpcyByZWFkLCB3aXRob3V0IGJ1aWxkaW5nIHNhbXBsZSBvYmplY3RzLiBPbmx5IGEgbm9ybWFsIHJldHVybiBtZWFucyB0aGUgcGF5bG9hZCB3YXMgdmFsaWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVNhbXBsZXMoXG4gIGlucHV0OiBVaW50OEFycmF5IHwgc3RyaW5nLFxuICBvblNhbXBsZTogKHNhbXBsZTogU2FtcGxlVmlldykgPT4gdm9pZCxcbiAgb3B0aW9uczogUGFyc2VPcHRpb25zID0ge30sXG4pOiBQYXJzZVN1bW1hcnkge1xuICBjb25zdCB7IGJ5dGVzLCBmb3JtYXQgfSA9IHJlc29sdmUoaW5wdXQsIG9wdGlvbnMpO1xuICBjb25zdCBzaW5rID0gbmV3IENhbGxiYWNrU2luayhvblNhbXBsZSwgeyBuYW1lOiAnJywgdHlwZTogJ3Vua25vd24nLCBzYW1wbGVzOiBbXSB9KTtcbiAgY29uc3QgcCA9IG5ldyBUZXh0UGFyc2VyKGJ5dGVzLCBmb3JtYXQsIHNpbmspO1xuICBwLnJ1bigpO1xuICByZXR1cm4geyBmYW1pbGllczogcC5mYW1pbGllcywgc2FtcGxlczogcC5zYW1wbGVzIH07XG59XG4iLCAiLyoqXG4gKiBUaGUgcGFyc2VkIG1vZGVsIG9mIGFuIGV4cG9zaXRpb24sIHNoYXJlZCBieSB0aGUgcGFyc2VyIGFuZCB0aGUgc2VyaWFsaXplci5cbiAqIExhYmVsIG9yZGVyIGlzIGtlcHQgYXMgb24gdGhlIHdpcmUgKE9wZW5NZXRyaWNzIGRvZXMgbm90IHJlcXVpcmUgc29ydGluZyk7IGNvbnN1bWVycyB0aGF0IG5lZWQgYVxuICogY2Fub25pY2FsIGxhYmVsIHNldCBzb3J0IGl0IHRoZW1zZWx2ZXMuIFRpbWVzdGFtcHMgYXJlIGluIHNlY29uZHMsIGFzIHdyaXR0ZW4gb24gdGhlIHdpcmU7IHVzZVxuICogYHRpbWVzdGFtcE1zYCB0byBjb252ZXJ0IGZvciBzdG9yYWdlLlxuICovXG5cbmV4cG9ydCB0eXBlIE1ldHJpY1R5cGUgPVxuICB8ICdjb3VudGVyJ1xuICB8ICdnYXVnZSdcbiAgfCAnaGlzdG9ncmFtJ1xuICB8ICdnYXVnZWhpc3RvZ3JhbSdcbiAgfCAnc3VtbWFyeSdcbiAgfCAnaW5mbydcbiAgfCAnc3RhdGVzZXQnXG4gIHwgJ3Vua25vd24nO1xuXG5leHBvcnQgaW50ZXJmYWNlIExhYmVsUGFpciB7XG4gIG5hbWU6IHN0cmluZztcbiAgdmFsdWU6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFeGVtcGxhciB7XG4gIGxhYmVsczogTGFiZWxQYWlyW107XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTZWNvbmRzLCBpZiBnaXZlbi4gKi9cbiAgdGltZXN0YW1wPzogbnVtYmVyO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE1ldHJpY1NhbXBsZSB7XG4gIC8qKiBGdWxsIHNhbXBsZSBuYW1lLCBpbmNsdWRpbmcgYW55IHN1ZmZpeCBzdWNoIGFzIGBfdG90YWxgLCBgX2J1Y2tldGAsIGBfY3JlYXRlZGAuICovXG4gIG5hbWU6IHN0cmluZztcbiAgbGFiZWxzOiBMYWJlbFBhaXJbXTtcbiAgdmFsdWU6IG51bWJlcjtcbiAgLyoqIFNlY29uZHMgc2luY2UgdGhlIGVwb2NoLCBpZiB0aGUgbGluZSBjYXJyaWVkIGEgdGltZXN0YW1wLiAqL1xuICB0aW1lc3RhbXA/OiBudW1iZXI7XG4gIGV4ZW1wbGFyPzogRXhlbXBsYXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRmFtaWx5IHtcbiAgbmFtZTogc3RyaW5nO1xuICB0eXBlOiBNZXRyaWNUeXBlO1xuICBoZWxwPzogc3RyaW5nO1xuICB1bml0Pzogc3RyaW5nO1xuICBzYW1wbGVzOiBNZXRyaWNTYW1wbGVbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFeHBvc2l0aW9uIHtcbiAgZmFtaWxpZXM6IE1ldHJpY0ZhbWlseVtdO1xufVxuXG5leHBvcnQgdHlwZSBUZXh0Rm9ybWF0ID0gJ29wZW5tZXRyaWNzJyB8ICdwcm9tZXRoZXVzJztcblxuZXhwb3J0IGZ1bmN0aW9uIHRpbWVzdGFtcE1zKHNlY29uZHM6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLnJvdW5kKHNlY29uZHMgKiAxMDAwKTtcbn1cbiIsICIvKipcbiAqIFdyaXRlcyB0aGUgbW9kZWwgYXMgT3Blbk1ldHJpY3MgMS4wIHRleHQuIE51bWJlcnMgdXNlIHRoZSBzaG9ydGVzdCByZXByZXNlbnRhdGlvbiB0aGF0IHJlYWRzXG4gKiBiYWNrIHRvIHRoZSBzYW1lIGZsb2F0NjQgKEphdmFTY3JpcHQncyBgTnVtYmVyI3RvU3RyaW5nYCksIHdpdGggYCtJbmZgLCBgLUluZmAsIGBOYU5gIGFuZCBgLTBgXG4gKiBzcGVsbGVkIG91dCwgc28gYHBhcnNlKHNlcmlhbGl6ZShmKSlgIGdpdmVzIGJhY2sgdGhlIHNhbWUgbW9kZWw6IHRpbWVzdGFtcHMgc3VjaCBhc1xuICogYDE3NjQyODIwMDAuMTIzYCBzdXJ2aXZlIGV4YWN0bHkuIE1ldGFkYXRhIGlzIHdyaXR0ZW4gaW4gdGhlIHNwZWMncyByZWNvbW1lbmRlZCBvcmRlciBUWVBFLCBVTklULFxuICogSEVMUDsgYSBmYW1pbHkgb2YgdHlwZSB1bmtub3duIHdpdGhvdXQgaGVscCBvciB1bml0IHN0aWxsIGdldHMgaXRzIFRZUEUgbGluZS4gVGhlIHNlcmlhbGl6ZXJcbiAqIHRydXN0cyB0aGUgbW9kZWw6IGl0IGVzY2FwZXMgc3RyaW5ncyBidXQgZG9lcyBub3QgcmUtdmFsaWRhdGUgbmFtZXMgb3IgdHlwZSBydWxlcy5cbiAqL1xuXG5pbXBvcnQgdHlwZSB7IEV4ZW1wbGFyLCBMYWJlbFBhaXIsIE1ldHJpY0ZhbWlseSB9IGZyb20gJy4vbW9kZWwudHMnO1xuXG4vKiogRm9ybWF0cyBhIGZsb2F0NjQgZm9yIHRoZSB3aXJlOiBzaG9ydGVzdCByb3VuZC10cmlwIGRlY2ltYWwsIGArSW5mYC9gLUluZmAvYE5hTmAsIGAtMGAuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0TnVtYmVyKHY6IG51bWJlcik6IHN0cmluZyB7XG4gIGlmICh2ID09PSBJbmZpbml0eSkgcmV0dXJuICcrSW5mJztcbiAgaWYgKHYgPT09IC1JbmZpbml0eSkgcmV0dXJuICctSW5mJztcbiAgaWYgKE51bWJlci5pc05hTih2KSkgcmV0dXJuICdOYU4nO1xuICBpZiAodiA9PT0gMCAmJiAxIC8gdiA8IDApIHJldHVybiAnLTAnO1xuICByZXR1cm4gU3RyaW5nKHYpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTGFiZWxWYWx1ZShzOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoIW5lZWRzRXNjYXBlKHMpKSByZXR1cm4gcztcbiAgbGV0IG91dCA9ICcnO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpO1xuICAgIGlmIChjID09PSA5Mikgb3V0ICs9ICdcXFxcXFxcXCc7XG4gICAgZWxzZSBpZiAoYyA9PT0gMzQpIG91dCArPSAnXFxcXFwiJztcbiAgICBlbHNlIGlmIChjID09PSAxMCkgb3V0ICs9ICdcXFxcbic7XG4gICAgZWxzZSBvdXQgKz0gc1tpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBuZWVkc0VzY2FwZShzOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgYyA9IHMuY2hhckNvZGVBdChpKTtcbiAgICBpZiAoYyA9PT0gOTIgfHwgYyA9PT0gMzQgfHwgYyA9PT0gMTApIHJldHVybiB0cnVlO1xuICB9XG4gIHJldHVybiBmYWxzZTtcbn1cblxuZnVuY3Rpb24gd3JpdGVMYWJlbHMobGFiZWxzOiByZWFkb25seSBMYWJlbFBhaXJbXSk6IHN0cmluZyB7XG4gIGxldCBvdXQgPSAneyc7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbGFiZWxzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgbCA9IGxhYmVsc1tpXSE7XG4gICAgaWYgKGkgPiAwKSBvdXQgKz0gJywnO1xuICAgIG91dCArPSBgJHtsLm5hbWV9PVwiJHtlc2NhcGVMYWJlbFZhbHVlKGwudmFsdWUpfVwiYDtcbiAgfVxuICByZXR1cm4gYCR7b3V0fX1gO1xufVxuXG5mdW5jdGlvbiB3cml0ZUV4ZW1wbGFyKGU6IEV4ZW1wbGFyKTogc3RyaW5nIHtcbiAgbGV0IG91dCA9IGAgIyAke3dyaXRlTGFiZWxzKGUubGFiZWxzKX0gJHtmb3JtYXROdW1iZXIoZS52YWx1ZSl9YDtcbiAgaWYgKGUudGltZXN0YW1wICE9PSB1bmRlZmluZWQpIG91dCArPSBgICR7Zm9ybWF0TnVtYmVyKGUudGltZXN0YW1wKX1gO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogU2VyaWFsaXplcyBmYW1pbGllcyBpbiBvcmRlciwgZW5kaW5nIHdpdGggYCMgRU9GXFxuYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZXJpYWxpemUoZmFtaWxpZXM6IHJlYWRvbmx5IE1ldHJpY0ZhbWlseVtdKTogc3RyaW5nIHtcbiAgY29uc3QgcGFydHM6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgZiBvZiBmYW1pbGllcykge1xuICAgIHBhcnRzLnB1c2goYCMgVFlQRSAke2YubmFtZX0gJHtmLnR5cGV9XFxuYCk7XG4gICAgaWYgKGYudW5pdCAhPT0gdW5kZWZpbmVkICYmIGYudW5pdCAhPT0gJycpIHBhcnRzLnB1c2goYCMgVU5JVCAke2YubmFtZX0gJHtmLnVuaXR9XFxuYCk7XG4gICAgaWYgKGYuaGVscCAhPT0gdW5kZWZpbmVkICYmIGYuaGVscCAhPT0gJycpIHBhcnRzLnB1c2goYCMgSEVMUCAke2YubmFtZX0gJHtlc2NhcGVMYWJlbFZhbHVlKGYuaGVscCl9XFxuYCk7XG4gICAgbGV0IGNodW5rID0gJyc7XG4gICAgZm9yIChjb25zdCBzIG9mIGYuc2FtcGxlcykge1xuICAgICAgbGV0IGxpbmUgPSBzLm5hbWU7XG4gICAgICBpZiAocy5sYWJlbHMubGVuZ3RoID4gMCkgbGluZSArPSB3cml0ZUxhYmVscyhzLmxhYmVscyk7XG4gICAgICBsaW5lICs9IGAgJHtmb3JtYXROdW1iZXIocy52YWx1ZSl9YDtcbiAgICAgIGlmIChzLnRpbWVzdGFtcCAhPT0gdW5kZWZpbmVkKSBsaW5lICs9IGAgJHtmb3JtYXROdW1iZXIocy50aW1lc3RhbXApfWA7XG4gICAgICBpZiAocy5leGVtcGxhciAhPT0gdW5kZWZpbmVkKSBsaW5lICs9IHdyaXRlRXhlbXBsYXIocy5leGVtcGxhcik7XG4gICAgICBjaHVuayArPSBgJHtsaW5lfVxcbmA7XG4gICAgICBpZiAoY2h1bmsubGVuZ3RoID4gNjU1MzYpIHtcbiAgICAgICAgcGFydHMucHVzaChjaHVuayk7XG4gICAgICAgIGNodW5rID0gJyc7XG4gICAgICB9XG4gICAgfVxuICAgIGlmIChjaHVuay5sZW5ndGggPiAwKSBwYXJ0cy5wdXNoKGNodW5rKTtcbiAgfVxuICBwYXJ0cy5wdXNoKCcjIEVPRlxcbicpO1xuICByZXR1cm4gcGFydHMuam9pbignJyk7XG59XG4iLCAiLyoqXG4gKiBUaGUgc2Vuc29yIHBhdGg6IHdoZXJlIGEgZGV2aWNlIHNpdHMgaW4gdGhlIHBsYW50LCBpbiBJU0EtOTUgdGVybXMsIGFuZCB0aGVyZWZvcmUgd2hlcmUgaXRzIGRhdGFcbiAqIGdvZXMgb24gdGhlIGJyb2tlci4gRml2ZSBzZWdtZW50cyBgZW50ZXJwcmlzZS9zaXRlL2FyZWEvbGluZS9kZXZpY2VgOyBlYWNoIGJlY29tZXMgYSBsYWJlbCBvZiB0aGF0XG4gKiBuYW1lIG9uIGV2ZXJ5IHNlcmllcyB0aGUgZGV2aWNlIHByb2R1Y2VzLCBhbmQgdGhlIGVudGVycHJpc2UgaXMgdGhlIHRlbmFudC4gVG9waWNzIHB1dCBhIGtpbmRcbiAqIGFmdGVyIHRoZSBwYXRoOiBgPHBhdGg+L21ldHJpY3NgIChPcGVuTWV0cmljcyB0ZXh0KSwgYW5kIGxhdGVyIGAvZXZlbnRzYCwgYC9zdGF0ZWAsIGAvY29uZmlnYC5cbiAqIFRoZSBzY2hlbWUgaXMgd3JpdHRlbiBkb3duIGluIGRvY3MvZm9ybWF0L3NlbnNvci1wYXRoLm1kOyBrZWVwIHRoZSB0d28gaW4gc3RlcC5cbiAqL1xuXG5leHBvcnQgY29uc3QgU0VOU09SX1BBVEhfTEVWRUxTID0gWydlbnRlcnByaXNlJywgJ3NpdGUnLCAnYXJlYScsICdsaW5lJywgJ2RldmljZSddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgU2Vuc29yUGF0aExldmVsID0gKHR5cGVvZiBTRU5TT1JfUEFUSF9MRVZFTFMpW251bWJlcl07XG5leHBvcnQgdHlwZSBTZW5zb3JQYXRoID0gUmVhZG9ubHk8UmVjb3JkPFNlbnNvclBhdGhMZXZlbCwgc3RyaW5nPj47XG5cbi8qKiBUb3BpYyBraW5kcyB0aGF0IHNpdCBiZXNpZGUgYC9tZXRyaWNzYCB1bmRlciBhIHNlbnNvciBwYXRoLiAqL1xuZXhwb3J0IGNvbnN0IFRPUElDX0tJTkRTID0gWydtZXRyaWNzJywgJ2V2ZW50cycsICdzdGF0ZScsICdjb25maWcnXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIFRvcGljS2luZCA9ICh0eXBlb2YgVE9QSUNfS0lORFMpW251bWJlcl07XG5cbi8qKiBTZWdtZW50IHJ1bGU6IHdoYXQgYSBsYWJlbCB2YWx1ZSBhbmQgYW4gTVFUVCB0b3BpYyBsZXZlbCBjYW4gYm90aCBjYXJyeSBzYWZlbHkuICovXG5jb25zdCBTRUdNRU5UID0gL15bQS1aYS16MC05XVtBLVphLXowLTlfLi1dezAsNjN9JC87XG5cbmV4cG9ydCBjbGFzcyBTZW5zb3JQYXRoRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IGNvZGUgPSAnU0VOU09SX1BBVEhfSU5WQUxJRCc7XG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZykge1xuICAgIHN1cGVyKG1lc3NhZ2UpO1xuICAgIHRoaXMubmFtZSA9ICdTZW5zb3JQYXRoRXJyb3InO1xuICB9XG59XG5cbi8qKlxuICogUGFyc2VzIGBlbnRlcnByaXNlL3NpdGUvYXJlYS9saW5lL2RldmljZWAuIFRocm93cyBhIGBTZW5zb3JQYXRoRXJyb3JgIHRoYXQgbmFtZXMgdGhlIGJhZCBzZWdtZW50XG4gKiBhbmQgd2hhdCBpcyBhbGxvd2VkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VTZW5zb3JQYXRoKHRleHQ6IHN0cmluZyk6IFNlbnNvclBhdGgge1xuICBjb25zdCBwYXJ0cyA9IHRleHQuc3BsaXQoJy8nKTtcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gU0VOU09SX1BBVEhfTEVWRUxTLmxlbmd0aCkge1xuICAgIHRocm93IG5ldyBTZW5zb3JQYXRoRXJyb3IoXG4gICAgICBgc2Vuc29yIHBhdGggJHtKU09OLnN0cmluZ2lmeSh0ZXh0KX0gaGFzICR7cGFydHMubGVuZ3RofSBzZWdtZW50KHMpOyBpdCBuZWVkcyBleGFjdGx5IDU6IGAgK1xuICAgICAgICAnZW50ZXJwcmlzZS9zaXRlL2FyZWEvbGluZS9kZXZpY2UgKGUuZy4gYWNtZS9iZXJsaW4vYXNzZW1ibHkvbGluZTEvbWV0ZXIxKScsXG4gICAgKTtcbiAgfVxuICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgcGFydHMuZm9yRWFjaCgoc2VnLCBpKSA9PiB7XG4gICAgY29uc3QgbGV2ZWwgPSBTRU5TT1JfUEFUSF9MRVZFTFNbaV0hO1xuICAgIGlmICghU0VHTUVOVC50ZXN0KHNlZykpIHtcbiAgICAgIHRocm93IG5ldyBTZW5zb3JQYXRoRXJyb3IoXG4gICAgICAgIGBzZW5zb3IgcGF0aCBzZWdtZW50ICR7bGV2ZWx9PSR7SlNPTi5zdHJpbmdpZnkoc2VnKX0gaXMgaW52YWxpZDogdXNlIDEtNjQgY2hhcmFjdGVycyBvZiBgICtcbiAgICAgICAgICAnbGV0dGVycywgZGlnaXRzLCBcIl9cIiwgXCIuXCIgb3IgXCItXCIsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXIgb3IgZGlnaXQgKG5vIFwiL1wiLCBcIitcIiwgXCIjXCIgb3Igc3BhY2VzKScsXG4gICAgICApO1xuICAgIH1cbiAgICBvdXRbbGV2ZWxdID0gc2VnO1xuICB9KTtcbiAgcmV0dXJuIG91dCBhcyBTZW5zb3JQYXRoO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0U2Vuc29yUGF0aChwOiBTZW5zb3JQYXRoKTogc3RyaW5nIHtcbiAgcmV0dXJuIFNFTlNPUl9QQVRIX0xFVkVMUy5tYXAoKGwpID0+IHBbbF0pLmpvaW4oJy8nKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRvcGljRm9yKHA6IFNlbnNvclBhdGgsIGtpbmQ6IFRvcGljS2luZCk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtmb3JtYXRTZW5zb3JQYXRoKHApfS8ke2tpbmR9YDtcbn1cblxuLyoqIFNwbGl0cyBhIHRvcGljIGludG8gaXRzIHNlbnNvciBwYXRoIGFuZCBraW5kLCBvciByZXR1cm5zIHVuZGVmaW5lZCBpZiBpdCBpcyBub3Qgb3Vycy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVRvcGljKHRvcGljOiBzdHJpbmcpOiB7IHBhdGg6IFNlbnNvclBhdGg7IGtpbmQ6IFRvcGljS2luZCB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgaSA9IHRvcGljLmxhc3RJbmRleE9mKCcvJyk7XG4gIGlmIChpIDwgMCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qga2luZCA9IHRvcGljLnNsaWNlKGkgKyAxKSBhcyBUb3BpY0tpbmQ7XG4gIGlmICghVE9QSUNfS0lORFMuaW5jbHVkZXMoa2luZCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHsgcGF0aDogcGFyc2VTZW5zb3JQYXRoKHRvcGljLnNsaWNlKDAsIGkpKSwga2luZCB9O1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKiBUaGUgc2Vuc29yIHBhdGggYXMgbGFiZWxzLCBpbiBsZXZlbCBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZW5zb3JQYXRoTGFiZWxzKHA6IFNlbnNvclBhdGgpOiBbc3RyaW5nLCBzdHJpbmddW10ge1xuICByZXR1cm4gU0VOU09SX1BBVEhfTEVWRUxTLm1hcCgobCkgPT4gW2wsIHBbbF1dKTtcbn1cbiIsICIvKipcbiAqIFR5cGVkIGVycm9ycyB3aXRoIHN0YWJsZSBjb2Rlcy4gRXZlcnkgc2Vuc29ycGF0aCBlcnJvciBjYXJyaWVzIGEgYGNvZGVgIHRoYXQgc2NyaXB0cyBhbmQgdGVzdHNcbiAqIG1heSBkZXBlbmQgb24sIGEgbWVzc2FnZSB0aGF0IHNheXMgd2hhdCB0byBkbyBuZXh0LCBhbmQgdGhlIG9yaWdpbmFsIGBjYXVzZWAgd2hlcmUgdGhlcmUgaXMgb25lLlxuICovXG5cbmV4cG9ydCBjbGFzcyBTZW5zb3JwYXRoRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IGNvZGU6IHN0cmluZztcbiAgcmVhZG9ubHkgY29udGV4dDogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+O1xuICBjb25zdHJ1Y3RvcihcbiAgICBjb2RlOiBzdHJpbmcsXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIG9wdGlvbnM6IHsgY2F1c2U/OiB1bmtub3duOyBjb250ZXh0PzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfSA9IHt9LFxuICApIHtcbiAgICBzdXBlcihtZXNzYWdlLCBvcHRpb25zLmNhdXNlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB7IGNhdXNlOiBvcHRpb25zLmNhdXNlIH0pO1xuICAgIHRoaXMubmFtZSA9IG5ldy50YXJnZXQubmFtZTtcbiAgICB0aGlzLmNvZGUgPSBjb2RlO1xuICAgIHRoaXMuY29udGV4dCA9IG9wdGlvbnMuY29udGV4dCA/PyB7fTtcbiAgfVxufVxuXG5leHBvcnQgdHlwZSBTdG9yYWdlRXJyb3JDb2RlID1cbiAgfCAnVFNEQl9PVVRfT0ZfT1JERVInXG4gIHwgJ1RTREJfT1VUX09GX0JPVU5EUydcbiAgfCAnVFNEQl9EVVBMSUNBVEVfU0FNUExFJ1xuICB8ICdUU0RCX0lOVkFMSURfTEFCRUxTJ1xuICB8ICdUU0RCX0lNUE9SVF9JTlZBTElEJ1xuICB8ICdTVE9SQUdFX0JBRF9NQVRDSEVSJ1xuICB8ICdTVE9SQUdFX0NMT1NFRCdcbiAgfCAnU1RPUkFHRV9BUFBFTkRFUl9ET05FJztcblxuZXhwb3J0IGNsYXNzIFN0b3JhZ2VFcnJvciBleHRlbmRzIFNlbnNvcnBhdGhFcnJvciB7XG4gIGRlY2xhcmUgcmVhZG9ubHkgY29kZTogU3RvcmFnZUVycm9yQ29kZTtcbiAgY29uc3RydWN0b3IoXG4gICAgY29kZTogU3RvcmFnZUVycm9yQ29kZSxcbiAgICBtZXNzYWdlOiBzdHJpbmcsXG4gICAgb3B0aW9uczogeyBjYXVzZT86IHVua25vd247IGNvbnRleHQ/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9ID0ge30sXG4gICkge1xuICAgIHN1cGVyKGNvZGUsIG1lc3NhZ2UsIG9wdGlvbnMpO1xuICB9XG59XG4iLCAiLyoqXG4gKiBMYWJlbCBzZXRzOiB0aGUgaWRlbnRpdHkgb2YgYSBzZXJpZXMuIEEgYExhYmVsc2AgdmFsdWUgaXMgYW4gYXJyYXkgb2YgbmFtZS92YWx1ZSBwYWlycyBzb3J0ZWRcbiAqIGJ5IG5hbWUgd2l0aCB1bmlxdWUgbmFtZXM7IGV2ZXJ5IGZ1bmN0aW9uIGhlcmUga2VlcHMgdGhhdCBpbnZhcmlhbnQsIGFuZCBldmVyeSBzdG9yYWdlXG4gKiBpbXBsZW1lbnRhdGlvbiBtYXkgcmVseSBvbiBpdC4gYF9fbmFtZV9fYCBob2xkcyB0aGUgbWV0cmljIG5hbWUsIGFzIGluIFByb21ldGhldXMuXG4gKi9cblxuZXhwb3J0IGludGVyZmFjZSBMYWJlbCB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgdmFsdWU6IHN0cmluZztcbn1cblxuLyoqIFNvcnRlZCBieSBuYW1lLCBuYW1lcyB1bmlxdWUsIG5vIGVtcHR5IHZhbHVlcyAoYW4gZW1wdHkgdmFsdWUgbWVhbnMgXCJsYWJlbCBhYnNlbnRcIikuICovXG5leHBvcnQgdHlwZSBMYWJlbHMgPSByZWFkb25seSBMYWJlbFtdO1xuXG5leHBvcnQgY29uc3QgTUVUUklDX05BTUUgPSAnX19uYW1lX18nO1xuXG4vKiogQnVpbGRzIGEgc29ydGVkIGxhYmVsIHNldCBmcm9tIGEgcGxhaW4gcmVjb3JkLCBkcm9wcGluZyBlbXB0eSB2YWx1ZXMuICovXG5leHBvcnQgZnVuY3Rpb24gbGFiZWxzRnJvbVJlY29yZChyZWM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+KTogTGFiZWxzIHtcbiAgY29uc3Qgb3V0OiBMYWJlbFtdID0gW107XG4gIGZvciAoY29uc3QgbmFtZSBvZiBPYmplY3Qua2V5cyhyZWMpKSB7XG4gICAgY29uc3QgdmFsdWUgPSByZWNbbmFtZV07XG4gICAgaWYgKHZhbHVlICE9PSB1bmRlZmluZWQgJiYgdmFsdWUgIT09ICcnKSBvdXQucHVzaCh7IG5hbWUsIHZhbHVlIH0pO1xuICB9XG4gIG91dC5zb3J0KGNvbXBhcmVOYW1lcyk7XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBCdWlsZHMgYSBzb3J0ZWQgbGFiZWwgc2V0IGZyb20gcGFpcnM7IGEgbGF0ZXIgcGFpciB3aXRoIHRoZSBzYW1lIG5hbWUgd2lucy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJlbHNGcm9tUGFpcnMocGFpcnM6IEl0ZXJhYmxlPHJlYWRvbmx5IFtzdHJpbmcsIHN0cmluZ10+KTogTGFiZWxzIHtcbiAgY29uc3QgbSA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgW24sIHZdIG9mIHBhaXJzKSBtLnNldChuLCB2KTtcbiAgY29uc3Qgb3V0OiBMYWJlbFtdID0gW107XG4gIGZvciAoY29uc3QgW25hbWUsIHZhbHVlXSBvZiBtKSBpZiAodmFsdWUgIT09ICcnKSBvdXQucHVzaCh7IG5hbWUsIHZhbHVlIH0pO1xuICBvdXQuc29ydChjb21wYXJlTmFtZXMpO1xuICByZXR1cm4gb3V0O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbGFiZWxzVG9SZWNvcmQobHM6IExhYmVscyk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICBjb25zdCByZWM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgZm9yIChjb25zdCBsIG9mIGxzKSByZWNbbC5uYW1lXSA9IGwudmFsdWU7XG4gIHJldHVybiByZWM7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBnZXRMYWJlbChsczogTGFiZWxzLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICBmb3IgKGNvbnN0IGwgb2YgbHMpIGlmIChsLm5hbWUgPT09IG5hbWUpIHJldHVybiBsLnZhbHVlO1xuICByZXR1cm4gJyc7XG59XG5cbi8qKlxuICogQSBjYW5vbmljYWwgc3RyaW5nIGZvciBhIGxhYmVsIHNldCwgdXNhYmxlIGFzIGEgbWFwIGtleS4gTmFtZXMgYW5kIHZhbHVlcyBhcmUgbGVuZ3RoLXByZWZpeGVkLFxuICogc28gbm8gbGFiZWwgdGV4dCAod2hpY2ggbWF5IGNvbnRhaW4gYW55IGNoYXJhY3RlcikgY2FuIG1ha2UgdHdvIGRpZmZlcmVudCBzZXRzIGNvbGxpZGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJlbHNLZXkobHM6IExhYmVscyk6IHN0cmluZyB7XG4gIGxldCBzID0gJyc7XG4gIGZvciAoY29uc3QgbCBvZiBscykgcyArPSBsLm5hbWUubGVuZ3RoICsgJzonICsgbC5uYW1lICsgbC52YWx1ZS5sZW5ndGggKyAnOicgKyBsLnZhbHVlO1xuICByZXR1cm4gcztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGxhYmVsc0VxdWFsKGE6IExhYmVscywgYjogTGFiZWxzKTogYm9vbGVhbiB7XG4gIGlmIChhLmxlbmd0aCAhPT0gYi5sZW5ndGgpIHJldHVybiBmYWxzZTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBhLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgeCA9IGFbaV0hO1xuICAgIGNvbnN0IHkgPSBiW2ldITtcbiAgICBpZiAoeC5uYW1lICE9PSB5Lm5hbWUgfHwgeC52YWx1ZSAhPT0geS52YWx1ZSkgcmV0dXJuIGZhbHNlO1xuICB9XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogT3JkZXJzIGxhYmVsIHNldHMgYXMgUHJvbWV0aGV1cyBkb2VzOiBwYWlyd2lzZSBieSBuYW1lLCB0aGVuIHZhbHVlOyBzaG9ydGVyIGZpcnN0IG9uIGEgdGllLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBhcmVMYWJlbHMoYTogTGFiZWxzLCBiOiBMYWJlbHMpOiBudW1iZXIge1xuICBjb25zdCBuID0gTWF0aC5taW4oYS5sZW5ndGgsIGIubGVuZ3RoKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIHtcbiAgICBjb25zdCB4ID0gYVtpXSE7XG4gICAgY29uc3QgeSA9IGJbaV0hO1xuICAgIGlmICh4Lm5hbWUgIT09IHkubmFtZSkgcmV0dXJuIHgubmFtZSA8IHkubmFtZSA/IC0xIDogMTtcbiAgICBpZiAoeC52YWx1ZSAhPT0geS52YWx1ZSkgcmV0dXJuIHgudmFsdWUgPCB5LnZhbHVlID8gLTEgOiAxO1xuICB9XG4gIHJldHVybiBhLmxlbmd0aCAtIGIubGVuZ3RoO1xufVxuXG4vKiogUmV0dXJucyBhIG5ldyBsYWJlbCBzZXQgd2l0aCBgbmFtZWAgc2V0IHRvIGB2YWx1ZWAgKG9yIHJlbW92ZWQgd2hlbiB2YWx1ZSBpcyBlbXB0eSkuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aExhYmVsKGxzOiBMYWJlbHMsIG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZyk6IExhYmVscyB7XG4gIGNvbnN0IG91dCA9IGxzLmZpbHRlcigobCkgPT4gbC5uYW1lICE9PSBuYW1lKTtcbiAgaWYgKHZhbHVlICE9PSAnJykgb3V0LnB1c2goeyBuYW1lLCB2YWx1ZSB9KTtcbiAgb3V0LnNvcnQoY29tcGFyZU5hbWVzKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFJldHVybnMgYSBuZXcgbGFiZWwgc2V0IHdpdGhvdXQgdGhlIGdpdmVuIG5hbWVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpdGhvdXRMYWJlbHMobHM6IExhYmVscywgbmFtZXM6IEl0ZXJhYmxlPHN0cmluZz4pOiBMYWJlbHMge1xuICBjb25zdCBkcm9wID0gbmV3IFNldChuYW1lcyk7XG4gIHJldHVybiBscy5maWx0ZXIoKGwpID0+ICFkcm9wLmhhcyhsLm5hbWUpKTtcbn1cblxuLyoqIFJlbmRlcnMgYG5hbWV7YT1cImJcIiwgLi4ufWAgYXMgUHJvbWV0aGV1cyBwcmludHMgc2VyaWVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdExhYmVscyhsczogTGFiZWxzKTogc3RyaW5nIHtcbiAgY29uc3QgbmFtZSA9IGdldExhYmVsKGxzLCBNRVRSSUNfTkFNRSk7XG4gIGNvbnN0IHJlc3QgPSBsc1xuICAgIC5maWx0ZXIoKGwpID0+IGwubmFtZSAhPT0gTUVUUklDX05BTUUpXG4gICAgLm1hcCgobCkgPT4gYCR7bC5uYW1lfT0ke0pTT04uc3RyaW5naWZ5KGwudmFsdWUpfWApXG4gICAgLmpvaW4oJywgJyk7XG4gIHJldHVybiByZXN0ID09PSAnJyA/IG5hbWUgfHwgJ3t9JyA6IGAke25hbWV9eyR7cmVzdH19YDtcbn1cblxuZnVuY3Rpb24gY29tcGFyZU5hbWVzKGE6IExhYmVsLCBiOiBMYWJlbCk6IG51bWJlciB7XG4gIHJldHVybiBhLm5hbWUgPCBiLm5hbWUgPyAtMSA6IGEubmFtZSA+IGIubmFtZSA/IDEgOiAwO1xufVxuIiwgIi8qKlxuICogTGFiZWwgbWF0Y2hlcnMgd2l0aCBQcm9tZXRoZXVzIHNlbWFudGljczogYD1gLCBgIT1gLCBgPX5gLCBgIX5gLiBSZWd1bGFyIGV4cHJlc3Npb25zIGFyZSBmdWxseVxuICogYW5jaG9yZWQgKGBeKD86cmUpJGApLCBhcyBpbiBQcm9tZXRoZXVzOyBhIGxhYmVsIHRoYXQgaXMgYWJzZW50IG1hdGNoZXMgYXMgdGhlIGVtcHR5IHN0cmluZywgc29cbiAqIGB7Zm9vPVwiXCJ9YCBzZWxlY3RzIHNlcmllcyB3aXRob3V0IGBmb29gIGFuZCBge2ZvbyE9XCJcIn1gIHNlcmllcyB0aGF0IGhhdmUgaXQuXG4gKi9cbmltcG9ydCB7IFN0b3JhZ2VFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcblxuZXhwb3J0IHR5cGUgTWF0Y2hUeXBlID0gJz0nIHwgJyE9JyB8ICc9ficgfCAnIX4nO1xuXG5leHBvcnQgaW50ZXJmYWNlIE1hdGNoZXIge1xuICByZWFkb25seSB0eXBlOiBNYXRjaFR5cGU7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgdmFsdWU6IHN0cmluZztcbiAgbWF0Y2hlcyh2YWx1ZTogc3RyaW5nKTogYm9vbGVhbjtcbn1cblxuY2xhc3MgRXF1YWxNYXRjaGVyIGltcGxlbWVudHMgTWF0Y2hlciB7XG4gIHJlYWRvbmx5IHR5cGUgPSAnPScgYXMgY29uc3Q7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG5hbWU6IHN0cmluZyxcbiAgICByZWFkb25seSB2YWx1ZTogc3RyaW5nLFxuICApIHt9XG4gIG1hdGNoZXModjogc3RyaW5nKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHYgPT09IHRoaXMudmFsdWU7XG4gIH1cbn1cblxuY2xhc3MgTm90RXF1YWxNYXRjaGVyIGltcGxlbWVudHMgTWF0Y2hlciB7XG4gIHJlYWRvbmx5IHR5cGUgPSAnIT0nIGFzIGNvbnN0O1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBuYW1lOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgdmFsdWU6IHN0cmluZyxcbiAgKSB7fVxuICBtYXRjaGVzKHY6IHN0cmluZyk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB2ICE9PSB0aGlzLnZhbHVlO1xuICB9XG59XG5cbmNsYXNzIFJlZ2V4TWF0Y2hlciBpbXBsZW1lbnRzIE1hdGNoZXIge1xuICByZWFkb25seSByZTogUmVnRXhwO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSB0eXBlOiAnPX4nIHwgJyF+JyxcbiAgICByZWFkb25seSBuYW1lOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgdmFsdWU6IHN0cmluZyxcbiAgKSB7XG4gICAgdHJ5IHtcbiAgICAgIC8vIFByb21ldGhldXMgdXNlcyBSRTIgd2l0aCB0aGUgYHNgIGZsYWcgc2VtYW50aWNzOiBgLmAgbWF0Y2hlcyBuZXdsaW5lcyB0b28uXG4gICAgICB0aGlzLnJlID0gbmV3IFJlZ0V4cChgXig/OiR7dmFsdWV9KSRgLCAnc3UnKTtcbiAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgIHRocm93IG5ldyBTdG9yYWdlRXJyb3IoXG4gICAgICAgICdTVE9SQUdFX0JBRF9NQVRDSEVSJyxcbiAgICAgICAgYGludmFsaWQgcmVndWxhciBleHByZXNzaW9uICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfSBmb3IgbGFiZWwgJHtuYW1lfWAsXG4gICAgICAgIHtcbiAgICAgICAgICBjYXVzZTogZXJyLFxuICAgICAgICB9LFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgbWF0Y2hlcyh2OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgICBjb25zdCBtID0gdGhpcy5yZS50ZXN0KHYpO1xuICAgIHJldHVybiB0aGlzLnR5cGUgPT09ICc9ficgPyBtIDogIW07XG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG5ld01hdGNoZXIodHlwZTogTWF0Y2hUeXBlLCBuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcpOiBNYXRjaGVyIHtcbiAgc3dpdGNoICh0eXBlKSB7XG4gICAgY2FzZSAnPSc6XG4gICAgICByZXR1cm4gbmV3IEVxdWFsTWF0Y2hlcihuYW1lLCB2YWx1ZSk7XG4gICAgY2FzZSAnIT0nOlxuICAgICAgcmV0dXJuIG5ldyBOb3RFcXVhbE1hdGNoZXIobmFtZSwgdmFsdWUpO1xuICAgIGNhc2UgJz1+JzpcbiAgICBjYXNlICchfic6XG4gICAgICByZXR1cm4gbmV3IFJlZ2V4TWF0Y2hlcih0eXBlLCBuYW1lLCB2YWx1ZSk7XG4gIH1cbn1cblxuLyoqIFRydWUgd2hlbiB0aGUgbGFiZWwgc2V0IHNhdGlzZmllcyBldmVyeSBtYXRjaGVyIChhYnNlbnQgbGFiZWxzIHJlYWQgYXMgXCJcIikuICovXG5leHBvcnQgZnVuY3Rpb24gbWF0Y2hlc0FsbChcbiAgbHM6IHJlYWRvbmx5IHsgbmFtZTogc3RyaW5nOyB2YWx1ZTogc3RyaW5nIH1bXSxcbiAgbWF0Y2hlcnM6IHJlYWRvbmx5IE1hdGNoZXJbXSxcbik6IGJvb2xlYW4ge1xuICBmb3IgKGNvbnN0IG0gb2YgbWF0Y2hlcnMpIHtcbiAgICBsZXQgdiA9ICcnO1xuICAgIGZvciAoY29uc3QgbCBvZiBscykge1xuICAgICAgaWYgKGwubmFtZSA9PT0gbS5uYW1lKSB7XG4gICAgICAgIHYgPSBsLnZhbHVlO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKCFtLm1hdGNoZXModikpIHJldHVybiBmYWxzZTtcbiAgfVxuICByZXR1cm4gdHJ1ZTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdE1hdGNoZXIobTogTWF0Y2hlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHttLm5hbWV9JHttLnR5cGV9JHtKU09OLnN0cmluZ2lmeShtLnZhbHVlKX1gO1xufVxuIiwgIi8qKlxuICogU2FtcGxlIHZhbHVlIGhlbHBlcnMuIFByb21ldGhldXMgbWFya3MgYSBzZXJpZXMgYXMgc3RhbGUgYnkgd3JpdGluZyBhIE5hTiB3aXRoIHRoZSBleGFjdCBiaXRcbiAqIHBhdHRlcm4gMHg3ZmYwMDAwMDAwMDAwMDAyOyBhbiBvcmRpbmFyeSBOYU4gKDB4N2ZmODAwMDAwMDAwMDAwMSBpbiBQcm9tZXRoZXVzLCBhbnkgb3RoZXIgTmFOXG4gKiBoZXJlKSBpcyBhIG5vcm1hbCB2YWx1ZS4gQXJpdGhtZXRpYyBvbiBOYU5zIG1heSBsb3NlIHRoZSBwYXlsb2FkLCBzbyBzdGFsZW5lc3MgbXVzdCBiZSB0ZXN0ZWQgd2l0aFxuICogYGlzU3RhbGVOYU5gIG9uIHRoZSBzdG9yZWQgYml0cywgbmV2ZXIgd2l0aCBgTnVtYmVyLmlzTmFOYC5cbiAqL1xuXG5jb25zdCBidWYgPSBuZXcgRGF0YVZpZXcobmV3IEFycmF5QnVmZmVyKDgpKTtcblxuZXhwb3J0IGNvbnN0IFNUQUxFX05BTl9ISSA9IDB4N2ZmMDAwMDA7XG5leHBvcnQgY29uc3QgU1RBTEVfTkFOX0xPID0gMHgwMDAwMDAwMjtcblxuLyoqIFRoZSBzdGFsZW5lc3MgbWFya2VyIGFzIGEgSlMgbnVtYmVyICh0aGUgcGF5bG9hZCBzdXJ2aXZlcyBzdG9yYWdlIGluIHR5cGVkIGFycmF5cykuICovXG5leHBvcnQgY29uc3QgU1RBTEVfTkFOOiBudW1iZXIgPSAoKCkgPT4ge1xuICBidWYuc2V0VWludDMyKDAsIFNUQUxFX05BTl9ISSk7XG4gIGJ1Zi5zZXRVaW50MzIoNCwgU1RBTEVfTkFOX0xPKTtcbiAgcmV0dXJuIGJ1Zi5nZXRGbG9hdDY0KDApO1xufSkoKTtcblxuZXhwb3J0IGZ1bmN0aW9uIGlzU3RhbGVOYU4odjogbnVtYmVyKTogYm9vbGVhbiB7XG4gIGlmICghTnVtYmVyLmlzTmFOKHYpKSByZXR1cm4gZmFsc2U7XG4gIGJ1Zi5zZXRGbG9hdDY0KDAsIHYpO1xuICByZXR1cm4gYnVmLmdldFVpbnQzMigwKSA9PT0gU1RBTEVfTkFOX0hJICYmIGJ1Zi5nZXRVaW50MzIoNCkgPT09IFNUQUxFX05BTl9MTztcbn1cblxuLyoqIFRydWUgd2hlbiB0d28gdmFsdWVzIGFyZSB0aGUgc2FtZSBiaXRzIChOYU5zIGNvbXBhcmVkIGJ5IHBheWxvYWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNhbWVWYWx1ZUJpdHMoYTogbnVtYmVyLCBiOiBudW1iZXIpOiBib29sZWFuIHtcbiAgaWYgKGEgPT09IGIpIHJldHVybiBhICE9PSAwIHx8IDEgLyBhID09PSAxIC8gYjtcbiAgaWYgKCFOdW1iZXIuaXNOYU4oYSkgfHwgIU51bWJlci5pc05hTihiKSkgcmV0dXJuIGZhbHNlO1xuICBidWYuc2V0RmxvYXQ2NCgwLCBhKTtcbiAgY29uc3QgYWggPSBidWYuZ2V0VWludDMyKDApO1xuICBjb25zdCBhbCA9IGJ1Zi5nZXRVaW50MzIoNCk7XG4gIGJ1Zi5zZXRGbG9hdDY0KDAsIGIpO1xuICByZXR1cm4gYWggPT09IGJ1Zi5nZXRVaW50MzIoMCkgJiYgYWwgPT09IGJ1Zi5nZXRVaW50MzIoNCk7XG59XG4iLCAiLyoqXG4gKiBBbiBpbi1tZW1vcnkgYFN0b3JhZ2VgOiB0aGUgcmVmZXJlbmNlIGltcGxlbWVudGF0aW9uIG9mIHRoZSBjb250cmFjdHMsIHVzZWQgYnkgdGVzdHMsIGJ5IHRoZVxuICogZm91bmRhdGlvbidzIGRlbW8gYmVmb3JlIHRoZSBUU0RCIGxhbmRzLCBhbmQgYXMgdGhlIGJlaGF2aW91ciBldmVyeSBvdGhlciBzdG9yZSBpcyBjaGVja2VkIGFnYWluc3QuXG4gKlxuICogU2FtcGxlcyBvZiBvbmUgc2VyaWVzIGxpdmUgaW4gdHdvIGdyb3dhYmxlIGFycmF5cyBzb3J0ZWQgYnkgdGltZS4gUXVlcmllcnMgdGFrZSBhIHNuYXBzaG90IG9mXG4gKiAoYXJyYXlzLCBsZW5ndGgpIHBlciBzZXJpZXMgYXQgY3JlYXRpb246IGluLW9yZGVyIGFwcGVuZHMgb25seSBncm93IHRoZSBhcnJheXMgcGFzdCB0aGF0IGxlbmd0aDtcbiAqIGFuIG91dC1vZi1vcmRlciBpbnNlcnQgcmVwbGFjZXMgdGhlIGFycmF5cyAoY29weSBvbiB3cml0ZSksIHNvIGEgc25hcHNob3QgbmV2ZXIgY2hhbmdlcyB1bmRlciBhXG4gKiByZWFkZXIuXG4gKi9cbmltcG9ydCB7IFN0b3JhZ2VFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB0eXBlIHtcbiAgQXBwZW5kZXIsXG4gIFF1ZXJpZXIsXG4gIFNhbXBsZUl0ZXJhdG9yLFxuICBTZWxlY3RIaW50cyxcbiAgU2VyaWVzLFxuICBTZXJpZXNSZWYsXG4gIFN0b3JhZ2UsXG59IGZyb20gJy4vaW50ZXJmYWNlLnRzJztcbmltcG9ydCB7IGNvbXBhcmVMYWJlbHMsIHR5cGUgTGFiZWxzLCBsYWJlbHNLZXksIE1FVFJJQ19OQU1FIH0gZnJvbSAnLi9sYWJlbHMudHMnO1xuaW1wb3J0IHsgdHlwZSBNYXRjaGVyLCBtYXRjaGVzQWxsIH0gZnJvbSAnLi9tYXRjaGVycy50cyc7XG5pbXBvcnQgeyBzYW1lVmFsdWVCaXRzIH0gZnJvbSAnLi92YWx1ZS50cyc7XG5cbmludGVyZmFjZSBNZW1TZXJpZXMge1xuICByZWFkb25seSByZWY6IFNlcmllc1JlZjtcbiAgcmVhZG9ubHkgbGFiZWxzOiBMYWJlbHM7XG4gIHRzOiBudW1iZXJbXTtcbiAgLyoqIFZhbHVlcyBpbiBhIHR5cGVkIGFycmF5OiBWOCBjYW5vbmljYWxpc2VzIE5hTnMgaGVsZCBpbiBwbGFpbiBhcnJheXMsIGxvc2luZyB0aGUgc3RhbGUgbWFya2VyLiAqL1xuICB2czogRmxvYXQ2NEFycmF5O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE1lbW9yeVN0b3JhZ2VPcHRpb25zIHtcbiAgLyoqXG4gICAqIEhvdyBmYXIgYmVoaW5kIGEgc2VyaWVzJyBuZXdlc3Qgc2FtcGxlIGFuIGFwcGVuZCBtYXkgYmUgKG1zKS4gT2xkZXIgc2FtcGxlcyBmYWlsIHdpdGhcbiAgICogVFNEQl9PVVRfT0ZfQk9VTkRTLiBAZGVmYXVsdCBJbmZpbml0eSAoZXZlcnl0aGluZyBpcyBhY2NlcHRlZClcbiAgICovXG4gIG91dE9mT3JkZXJXaW5kb3dNcz86IG51bWJlcjtcbn1cblxuZXhwb3J0IGNsYXNzIE1lbW9yeVN0b3JhZ2UgaW1wbGVtZW50cyBTdG9yYWdlIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieUtleSA9IG5ldyBNYXA8c3RyaW5nLCBNZW1TZXJpZXM+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgYnlSZWY6IE1lbVNlcmllc1tdID0gW107XG4gIHByaXZhdGUgY2xvc2VkID0gZmFsc2U7XG4gIHByaXZhdGUgcmVhZG9ubHkgb29vV2luZG93OiBudW1iZXI7XG5cbiAgY29uc3RydWN0b3Iob3B0czogTWVtb3J5U3RvcmFnZU9wdGlvbnMgPSB7fSkge1xuICAgIHRoaXMub29vV2luZG93ID0gb3B0cy5vdXRPZk9yZGVyV2luZG93TXMgPz8gTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZO1xuICB9XG5cbiAgYXBwZW5kZXIoKTogQXBwZW5kZXIge1xuICAgIHRoaXMuY2hlY2tPcGVuKCk7XG4gICAgcmV0dXJuIG5ldyBNZW1vcnlBcHBlbmRlcih0aGlzKTtcbiAgfVxuXG4gIGFzeW5jIHF1ZXJpZXIobWludDogbnVtYmVyLCBtYXh0OiBudW1iZXIpOiBQcm9taXNlPFF1ZXJpZXI+IHtcbiAgICB0aGlzLmNoZWNrT3BlbigpO1xuICAgIGNvbnN0IHNuYXA6IFNuYXBzaG90W10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5ieVJlZikgc25hcC5wdXNoKHsgbGFiZWxzOiBzLmxhYmVscywgdHM6IHMudHMsIHZzOiBzLnZzLCBsZW46IHMudHMubGVuZ3RoIH0pO1xuICAgIHJldHVybiBuZXcgTWVtb3J5UXVlcmllcihzbmFwLCBtaW50LCBtYXh0KTtcbiAgfVxuXG4gIGFzeW5jIGNsb3NlKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuY2xvc2VkID0gdHJ1ZTtcbiAgfVxuXG4gIC8qKiBOdW1iZXIgb2Ygc2VyaWVzIGhlbGQgKHNlbGYtbWV0cmljcykuICovXG4gIGdldCBzZXJpZXNDb3VudCgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmJ5UmVmLmxlbmd0aDtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgKi9cbiAgcmVzb2x2ZShyZWY6IFNlcmllc1JlZiwgbGFiZWxzOiBMYWJlbHMpOiBNZW1TZXJpZXMgfCB1bmRlZmluZWQge1xuICAgIGlmIChyZWYgPiAwKSB7XG4gICAgICBjb25zdCBzID0gdGhpcy5ieVJlZltyZWYgLSAxXTtcbiAgICAgIGlmIChzICE9PSB1bmRlZmluZWQpIHJldHVybiBzO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5ieUtleS5nZXQobGFiZWxzS2V5KGxhYmVscykpO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCAqL1xuICBnZXRPckNyZWF0ZShsYWJlbHM6IExhYmVscyk6IE1lbVNlcmllcyB7XG4gICAgY29uc3Qga2V5ID0gbGFiZWxzS2V5KGxhYmVscyk7XG4gICAgbGV0IHMgPSB0aGlzLmJ5S2V5LmdldChrZXkpO1xuICAgIGlmIChzID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHMgPSB7IHJlZjogdGhpcy5ieVJlZi5sZW5ndGggKyAxLCBsYWJlbHMsIHRzOiBbXSwgdnM6IG5ldyBGbG9hdDY0QXJyYXkoOCkgfTtcbiAgICAgIHRoaXMuYnlLZXkuc2V0KGtleSwgcyk7XG4gICAgICB0aGlzLmJ5UmVmLnB1c2gocyk7XG4gICAgfVxuICAgIHJldHVybiBzO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBDaGVja3MgYSBzYW1wbGUgYWdhaW5zdCB3aGF0IGlzIGNvbW1pdHRlZDsgcmV0dXJucyBmYWxzZSBmb3IgYW4gZXhhY3QgZHVwbGljYXRlLiAqL1xuICBjaGVjayhzOiBNZW1TZXJpZXMgfCB1bmRlZmluZWQsIHQ6IG51bWJlciwgdjogbnVtYmVyKTogYm9vbGVhbiB7XG4gICAgaWYgKHMgPT09IHVuZGVmaW5lZCB8fCBzLnRzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHRydWU7XG4gICAgY29uc3QgbGFzdCA9IHMudHNbcy50cy5sZW5ndGggLSAxXSE7XG4gICAgaWYgKHQgPiBsYXN0KSByZXR1cm4gdHJ1ZTtcbiAgICBpZiAobGFzdCAtIHQgPiB0aGlzLm9vb1dpbmRvdykge1xuICAgICAgdGhyb3cgbmV3IFN0b3JhZ2VFcnJvcihcbiAgICAgICAgJ1RTREJfT1VUX09GX0JPVU5EUycsXG4gICAgICAgIGBzYW1wbGUgYXQgJHt0fSBpcyBvbGRlciB0aGFuIHRoZSBvdXQtb2Ytb3JkZXIgd2luZG93IGFsbG93c2AsXG4gICAgICAgIHtcbiAgICAgICAgICBjb250ZXh0OiB7IGxhYmVsczogcy5sYWJlbHMsIG5ld2VzdDogbGFzdCB9LFxuICAgICAgICB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgaSA9IGxvd2VyQm91bmQocy50cywgcy50cy5sZW5ndGgsIHQpO1xuICAgIGlmIChpIDwgcy50cy5sZW5ndGggJiYgcy50c1tpXSA9PT0gdCkge1xuICAgICAgaWYgKHNhbWVWYWx1ZUJpdHMocy52c1tpXSEsIHYpKSByZXR1cm4gZmFsc2U7XG4gICAgICB0aHJvdyBuZXcgU3RvcmFnZUVycm9yKCdUU0RCX0RVUExJQ0FURV9TQU1QTEUnLCBgYSBkaWZmZXJlbnQgdmFsdWUgYWxyZWFkeSBleGlzdHMgYXQgJHt0fWAsIHtcbiAgICAgICAgY29udGV4dDogeyBsYWJlbHM6IHMubGFiZWxzIH0sXG4gICAgICB9KTtcbiAgICB9XG4gICAgcmV0dXJuIHRydWU7XG4gIH1cblxuICAvKiogQGludGVybmFsICovXG4gIGluc2VydChzOiBNZW1TZXJpZXMsIHQ6IG51bWJlciwgdjogbnVtYmVyKTogdm9pZCB7XG4gICAgY29uc3QgbiA9IHMudHMubGVuZ3RoO1xuICAgIGlmIChuID09PSAwIHx8IHQgPiBzLnRzW24gLSAxXSEpIHtcbiAgICAgIGlmIChuID09PSBzLnZzLmxlbmd0aCkge1xuICAgICAgICBjb25zdCBncm93biA9IG5ldyBGbG9hdDY0QXJyYXkobiAqIDIpO1xuICAgICAgICBncm93bi5zZXQocy52cyk7XG4gICAgICAgIHMudnMgPSBncm93bjtcbiAgICAgIH1cbiAgICAgIHMudnNbbl0gPSB2O1xuICAgICAgcy50cy5wdXNoKHQpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBjb25zdCBpID0gbG93ZXJCb3VuZChzLnRzLCBuLCB0KTtcbiAgICBpZiAocy50c1tpXSA9PT0gdCkgcmV0dXJuOyAvLyBleGFjdCBkdXBsaWNhdGUsIGFscmVhZHkgY2hlY2tlZFxuICAgIC8vIENvcHkgb24gd3JpdGU6IHF1ZXJpZXJzIGhvbGRpbmcgdGhlIG9sZCBhcnJheXMga2VlcCB0aGVpciBzbmFwc2hvdC5cbiAgICBjb25zdCB0cyA9IHMudHMuc2xpY2UoKTtcbiAgICB0cy5zcGxpY2UoaSwgMCwgdCk7XG4gICAgY29uc3QgdnMgPSBuZXcgRmxvYXQ2NEFycmF5KE1hdGgubWF4KDgsIHMudnMubGVuZ3RoICsgMSkpO1xuICAgIHZzLnNldChzLnZzLnN1YmFycmF5KDAsIGkpKTtcbiAgICB2c1tpXSA9IHY7XG4gICAgdnMuc2V0KHMudnMuc3ViYXJyYXkoaSwgbiksIGkgKyAxKTtcbiAgICBzLnRzID0gdHM7XG4gICAgcy52cyA9IHZzO1xuICB9XG5cbiAgcHJpdmF0ZSBjaGVja09wZW4oKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY2xvc2VkKSB0aHJvdyBuZXcgU3RvcmFnZUVycm9yKCdTVE9SQUdFX0NMT1NFRCcsICdzdG9yYWdlIGlzIGNsb3NlZCcpO1xuICB9XG59XG5cbmNsYXNzIE1lbW9yeUFwcGVuZGVyIGltcGxlbWVudHMgQXBwZW5kZXIge1xuICBwcml2YXRlIHBlbmRpbmc6IHsgbGFiZWxzOiBMYWJlbHM7IHQ6IG51bWJlcjsgdjogbnVtYmVyIH1bXSA9IFtdO1xuICBwcml2YXRlIGRvbmUgPSBmYWxzZTtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBzdG9yZTogTWVtb3J5U3RvcmFnZSkge31cblxuICBhcHBlbmQocmVmOiBTZXJpZXNSZWYsIGxhYmVsczogTGFiZWxzLCB0OiBudW1iZXIsIHY6IG51bWJlcik6IFNlcmllc1JlZiB7XG4gICAgaWYgKHRoaXMuZG9uZSlcbiAgICAgIHRocm93IG5ldyBTdG9yYWdlRXJyb3IoJ1NUT1JBR0VfQVBQRU5ERVJfRE9ORScsICdhcHBlbmRlciBhbHJlYWR5IGNvbW1pdHRlZCBvciByb2xsZWQgYmFjaycpO1xuICAgIHZhbGlkYXRlTGFiZWxzKGxhYmVscyk7XG4gICAgaWYgKCFOdW1iZXIuaXNGaW5pdGUodCkgfHwgIU51bWJlci5pc0ludGVnZXIodCkpIHtcbiAgICAgIHRocm93IG5ldyBTdG9yYWdlRXJyb3IoJ1RTREJfT1VUX09GX0JPVU5EUycsIGB0aW1lc3RhbXAgJHt0fSBpcyBub3QgYW4gaW50ZWdlciBudW1iZXIgb2YgbWlsbGlzZWNvbmRzYCk7XG4gICAgfVxuICAgIGNvbnN0IHMgPSB0aGlzLnN0b3JlLnJlc29sdmUocmVmLCBsYWJlbHMpO1xuICAgIHRoaXMuc3RvcmUuY2hlY2socywgdCwgdik7XG4gICAgdGhpcy5wZW5kaW5nLnB1c2goeyBsYWJlbHMsIHQsIHYgfSk7XG4gICAgcmV0dXJuIHM/LnJlZiA/PyAwO1xuICB9XG5cbiAgYXN5bmMgY29tbWl0KCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICh0aGlzLmRvbmUpXG4gICAgICB0aHJvdyBuZXcgU3RvcmFnZUVycm9yKCdTVE9SQUdFX0FQUEVOREVSX0RPTkUnLCAnYXBwZW5kZXIgYWxyZWFkeSBjb21taXR0ZWQgb3Igcm9sbGVkIGJhY2snKTtcbiAgICB0aGlzLmRvbmUgPSB0cnVlO1xuICAgIGZvciAoY29uc3QgcCBvZiB0aGlzLnBlbmRpbmcpIHtcbiAgICAgIGNvbnN0IHMgPSB0aGlzLnN0b3JlLmdldE9yQ3JlYXRlKHAubGFiZWxzKTtcbiAgICAgIC8vIFJlLWNoZWNrOiBhbm90aGVyIGFwcGVuZGVyIG1heSBoYXZlIGNvbW1pdHRlZCB0aGUgc2FtZSB0aW1lc3RhbXAgbWVhbndoaWxlLlxuICAgICAgaWYgKHRoaXMuc3RvcmUuY2hlY2socywgcC50LCBwLnYpKSB0aGlzLnN0b3JlLmluc2VydChzLCBwLnQsIHAudik7XG4gICAgfVxuICAgIHRoaXMucGVuZGluZyA9IFtdO1xuICB9XG5cbiAgYXN5bmMgcm9sbGJhY2soKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdGhpcy5kb25lID0gdHJ1ZTtcbiAgICB0aGlzLnBlbmRpbmcgPSBbXTtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVMYWJlbHMobGFiZWxzOiBMYWJlbHMpOiB2b2lkIHtcbiAgbGV0IHByZXYgPSAnJztcbiAgbGV0IGhhc05hbWUgPSBmYWxzZTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBsYWJlbHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBsID0gbGFiZWxzW2ldITtcbiAgICBpZiAobC5uYW1lID09PSAnJyB8fCBsLnZhbHVlID09PSAnJykge1xuICAgICAgdGhyb3cgbmV3IFN0b3JhZ2VFcnJvcihcbiAgICAgICAgJ1RTREJfSU5WQUxJRF9MQUJFTFMnLFxuICAgICAgICBgbGFiZWwgJHtKU09OLnN0cmluZ2lmeShsLm5hbWUpfSBoYXMgYW4gZW1wdHkgbmFtZSBvciB2YWx1ZWAsXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoaSA+IDAgJiYgbC5uYW1lIDw9IHByZXYpIHtcbiAgICAgIHRocm93IG5ldyBTdG9yYWdlRXJyb3IoXG4gICAgICAgICdUU0RCX0lOVkFMSURfTEFCRUxTJyxcbiAgICAgICAgYGxhYmVscyBhcmUgbm90IHNvcnRlZCBvciBoYXZlIGEgZHVwbGljYXRlIG5hbWUgYXQgJHtKU09OLnN0cmluZ2lmeShsLm5hbWUpfWAsXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAobC5uYW1lID09PSBNRVRSSUNfTkFNRSkgaGFzTmFtZSA9IHRydWU7XG4gICAgcHJldiA9IGwubmFtZTtcbiAgfVxuICBpZiAoIWhhc05hbWUpIHRocm93IG5ldyBTdG9yYWdlRXJyb3IoJ1RTREJfSU5WQUxJRF9MQUJFTFMnLCAnc2VyaWVzIGhhcyBubyBtZXRyaWMgbmFtZSAoX19uYW1lX18gbGFiZWwpJyk7XG59XG5cbmludGVyZmFjZSBTbmFwc2hvdCB7XG4gIGxhYmVsczogTGFiZWxzO1xuICB0czogbnVtYmVyW107XG4gIHZzOiBGbG9hdDY0QXJyYXk7XG4gIGxlbjogbnVtYmVyO1xufVxuXG5jbGFzcyBNZW1vcnlRdWVyaWVyIGltcGxlbWVudHMgUXVlcmllciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc25hcDogU25hcHNob3RbXSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG1pbnQ6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IG1heHQ6IG51bWJlcixcbiAgKSB7fVxuXG4gIGFzeW5jIHNlbGVjdChcbiAgICBzb3J0ZWQ6IGJvb2xlYW4sXG4gICAgX2hpbnRzOiBTZWxlY3RIaW50cyB8IHVuZGVmaW5lZCxcbiAgICBtYXRjaGVyczogcmVhZG9ubHkgTWF0Y2hlcltdLFxuICApOiBQcm9taXNlPFNlcmllc1tdPiB7XG4gICAgY29uc3Qgb3V0OiBTZXJpZXNbXSA9IFtdO1xuICAgIGZvciAoY29uc3QgcyBvZiB0aGlzLnNuYXApIHtcbiAgICAgIGlmICghbWF0Y2hlc0FsbChzLmxhYmVscywgbWF0Y2hlcnMpKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGxvID0gbG93ZXJCb3VuZChzLnRzLCBzLmxlbiwgdGhpcy5taW50KTtcbiAgICAgIGNvbnN0IGhpID0gbG93ZXJCb3VuZChzLnRzLCBzLmxlbiwgdGhpcy5tYXh0ICsgMSk7XG4gICAgICBpZiAoaGkgPD0gbG8pIGNvbnRpbnVlO1xuICAgICAgb3V0LnB1c2gobmV3IEFycmF5U2VyaWVzKHMubGFiZWxzLCBzLnRzLCBzLnZzLCBsbywgaGkpKTtcbiAgICB9XG4gICAgaWYgKHNvcnRlZCkgb3V0LnNvcnQoKGEsIGIpID0+IGNvbXBhcmVMYWJlbHMoYS5sYWJlbHMsIGIubGFiZWxzKSk7XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuXG4gIGFzeW5jIGxhYmVsVmFsdWVzKG5hbWU6IHN0cmluZywgbWF0Y2hlcnM6IHJlYWRvbmx5IE1hdGNoZXJbXSA9IFtdKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICAgIGNvbnN0IHZhbHMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5zbmFwKSB7XG4gICAgICBpZiAoIXRoaXMuaGFzRGF0YShzKSB8fCAhbWF0Y2hlc0FsbChzLmxhYmVscywgbWF0Y2hlcnMpKSBjb250aW51ZTtcbiAgICAgIGZvciAoY29uc3QgbCBvZiBzLmxhYmVscykgaWYgKGwubmFtZSA9PT0gbmFtZSkgdmFscy5hZGQobC52YWx1ZSk7XG4gICAgfVxuICAgIHJldHVybiBbLi4udmFsc10uc29ydCgpO1xuICB9XG5cbiAgYXN5bmMgbGFiZWxOYW1lcyhtYXRjaGVyczogcmVhZG9ubHkgTWF0Y2hlcltdID0gW10pOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gICAgY29uc3QgbmFtZXMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5zbmFwKSB7XG4gICAgICBpZiAoIXRoaXMuaGFzRGF0YShzKSB8fCAhbWF0Y2hlc0FsbChzLmxhYmVscywgbWF0Y2hlcnMpKSBjb250aW51ZTtcbiAgICAgIGZvciAoY29uc3QgbCBvZiBzLmxhYmVscykgbmFtZXMuYWRkKGwubmFtZSk7XG4gICAgfVxuICAgIHJldHVybiBbLi4ubmFtZXNdLnNvcnQoKTtcbiAgfVxuXG4gIGFzeW5jIGNsb3NlKCk6IFByb21pc2U8dm9pZD4ge31cblxuICBwcml2YXRlIGhhc0RhdGEoczogU25hcHNob3QpOiBib29sZWFuIHtcbiAgICByZXR1cm4gbG93ZXJCb3VuZChzLnRzLCBzLmxlbiwgdGhpcy5tYXh0ICsgMSkgPiBsb3dlckJvdW5kKHMudHMsIHMubGVuLCB0aGlzLm1pbnQpO1xuICB9XG59XG5cbi8qKiBBIHNlcmllcyBvdmVyIHNvcnRlZCBwYXJhbGxlbCBhcnJheXMsIHJlc3RyaWN0ZWQgdG8gaW5kaWNlcyBbbG8sIGhpKS4gKi9cbmV4cG9ydCBjbGFzcyBBcnJheVNlcmllcyBpbXBsZW1lbnRzIFNlcmllcyB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IGxhYmVsczogTGFiZWxzLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdHM6IEFycmF5TGlrZTxudW1iZXI+LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdnM6IEFycmF5TGlrZTxudW1iZXI+LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbG8gPSAwLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgaGkgPSB0cy5sZW5ndGgsXG4gICkge31cbiAgaXRlcmF0b3IoKTogU2FtcGxlSXRlcmF0b3Ige1xuICAgIHJldHVybiBuZXcgQXJyYXlJdGVyYXRvcih0aGlzLnRzLCB0aGlzLnZzLCB0aGlzLmxvLCB0aGlzLmhpKTtcbiAgfVxufVxuXG5leHBvcnQgY2xhc3MgQXJyYXlJdGVyYXRvciBpbXBsZW1lbnRzIFNhbXBsZUl0ZXJhdG9yIHtcbiAgcHJpdmF0ZSBpOiBudW1iZXI7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdHM6IEFycmF5TGlrZTxudW1iZXI+LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdnM6IEFycmF5TGlrZTxudW1iZXI+LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbG86IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IGhpOiBudW1iZXIsXG4gICkge1xuICAgIHRoaXMuaSA9IGxvIC0gMTtcbiAgfVxuICBuZXh0KCk6IGJvb2xlYW4ge1xuICAgIGlmICh0aGlzLmkgPCB0aGlzLmhpKSB0aGlzLmkrKztcbiAgICByZXR1cm4gdGhpcy5pIDwgdGhpcy5oaTtcbiAgfVxuICBzZWVrKHQ6IG51bWJlcik6IGJvb2xlYW4ge1xuICAgIGlmICh0aGlzLmkgPCB0aGlzLmxvKSB0aGlzLmkgPSB0aGlzLmxvO1xuICAgIHdoaWxlICh0aGlzLmkgPCB0aGlzLmhpICYmIHRoaXMudHNbdGhpcy5pXSEgPCB0KSB0aGlzLmkrKztcbiAgICByZXR1cm4gdGhpcy5pIDwgdGhpcy5oaTtcbiAgfVxuICB0aW1lKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMudHNbdGhpcy5pXSE7XG4gIH1cbiAgdmFsdWUoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy52c1t0aGlzLmldITtcbiAgfVxufVxuXG5mdW5jdGlvbiBsb3dlckJvdW5kKHRzOiBBcnJheUxpa2U8bnVtYmVyPiwgbGVuOiBudW1iZXIsIHQ6IG51bWJlcik6IG51bWJlciB7XG4gIGxldCBsbyA9IDA7XG4gIGxldCBoaSA9IGxlbjtcbiAgd2hpbGUgKGxvIDwgaGkpIHtcbiAgICBjb25zdCBtaWQgPSAobG8gKyBoaSkgPj4+IDE7XG4gICAgaWYgKHRzW21pZF0hIDwgdCkgbG8gPSBtaWQgKyAxO1xuICAgIGVsc2UgaGkgPSBtaWQ7XG4gIH1cbiAgcmV0dXJuIGxvO1xufVxuIiwgIi8qKlxuICogVHVybnMgYC9tZXRyaWNzYCBtZXNzYWdlcyBpbnRvIHN0b3JlZCBzYW1wbGVzLiBUaGUgcGF5bG9hZCBpcyBPcGVuTWV0cmljcyB0ZXh0OyBlYWNoIHNhbXBsZSdzXG4gKiBsYWJlbHMgYXJlIHRoZSBwYXlsb2FkJ3MgbGFiZWxzIHBsdXMgdGhlIHNlbnNvci1wYXRoIGxhYmVscyBmcm9tIHRoZSB0b3BpYyAodGhlIHRvcGljIHdpbnMgb3ZlciBhXG4gKiBwYXlsb2FkIGxhYmVsIG9mIHRoZSBzYW1lIG5hbWUsIHNvIGEgZGV2aWNlIGNhbm5vdCBjbGFpbSBhbm90aGVyIHBsYWNlIGluIHRoZSBwbGFudCksIGFuZCB0aGVcbiAqIG1ldHJpYyBuYW1lIGZyb20gdGhlIHNhbXBsZS4gQSBzYW1wbGUgd2l0aG91dCBhIHRpbWVzdGFtcCB0YWtlcyB0aGUgYXJyaXZhbCB0aW1lLiBTZXJpZXMgdGhhdCBhXG4gKiB0b3BpYyBzZW50IGxhc3QgdGltZSBhbmQgbm90IHRoaXMgdGltZSBnZXQgUHJvbWV0aGV1cycgc3RhbGVuZXNzIG1hcmtlciwgYXMgYSBzY3JhcGUgd291bGQuXG4gKlxuICogQSBtYWxmb3JtZWQgcGF5bG9hZCBpcyByZWZ1c2VkIHdob2xlIHdpdGggdGhlIHBhcnNlIGVycm9yIChsaW5lIGFuZCBjb2x1bW4pIGFuZCBjb3VudGVkOyBpdCBuZXZlclxuICogYWZmZWN0cyBvdGhlciBtZXNzYWdlcy4gYGluZ2VzdGAgcmVzb2x2ZXMgb25seSBhZnRlciB0aGUgc3RvcmFnZSBjb21taXQsIHNvIHRoZSBNUVRUIGxheWVyIGNhblxuICogYWNrbm93bGVkZ2UgYSBRb1MgMSBwdWJsaXNoIG9uY2UgaXRzIHNhbXBsZXMgYXJlIGR1cmFibGUuXG4gKlxuICogV2l0aCBhIGBUZW5hbnRMaW1pdGVyYCwgZWFjaCBtZXNzYWdlIGlzIGNoZWNrZWQgYWdhaW5zdCBpdHMgdGVuYW50J3MgbGltaXRzIGJlZm9yZSBhbnl0aGluZyBpc1xuICogc3RvcmVkOiBwYXlsb2FkIHNpemUgYW5kIHNhbXBsZSByYXRlIHJlZnVzZSB0aGUgd2hvbGUgbWVzc2FnZSAoQXV0aEVycm9yIExJTUlUX1BBWUxPQUQgL1xuICogTElNSVRfUkFURSksIGEgc2FtcGxlIHRoYXQgd291bGQgY3JlYXRlIGEgc2VyaWVzIGJleW9uZCB0aGUgdGVuYW50J3MgbGltaXQgaXMgcmVmdXNlZCBhbG9uZVxuICogKGNvdW50ZWQgaW4gYHJlamVjdGVkYCwgaXRzIGVycm9yIHN0YXJ0aW5nIHdpdGggTElNSVRfU0VSSUVTKS4gYGFwcGVuZFNlcmllc2AgaXMgdGhlIHNhbWUgcGF0aCBmb3JcbiAqIHJlY2VpdmVycyB0aGF0IGNhcnJ5IGNvbXBsZXRlIGxhYmVsIHNldHMgKHJlbW90ZV93cml0ZSkuXG4gKi9cbmltcG9ydCB0eXBlIHsgVGVuYW50TGltaXRlciB9IGZyb20gJ0BzZW5zb3JwYXRoL2F1dGgnO1xuaW1wb3J0IHsgcGFyc2UsIHR5cGUgVGV4dEZvcm1hdCwgdGltZXN0YW1wTXMgfSBmcm9tICdAc2Vuc29ycGF0aC9vcGVubWV0cmljcyc7XG5pbXBvcnQgeyBwYXJzZVRvcGljLCB0eXBlIFNlbnNvclBhdGgsIHNlbnNvclBhdGhMYWJlbHMgfSBmcm9tICdAc2Vuc29ycGF0aC9wcm90b2NvbCc7XG5pbXBvcnQge1xuICBnZXRMYWJlbCxcbiAgdHlwZSBMYWJlbHMsXG4gIGxhYmVsc0Zyb21QYWlycyxcbiAgbGFiZWxzS2V5LFxuICBNRVRSSUNfTkFNRSxcbiAgU1RBTEVfTkFOLFxuICBTdG9yYWdlRXJyb3IsXG59IGZyb20gJ0BzZW5zb3JwYXRoL3N0b3JhZ2UnO1xuaW1wb3J0IHR5cGUgeyBUZW5hbnRTdG9yZXMgfSBmcm9tICcuL3RlbmFudHMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEluZ2VzdFJlc3VsdCB7XG4gIHRlbmFudDogc3RyaW5nO1xuICBzYW1wbGVzOiBudW1iZXI7XG4gIHJlamVjdGVkOiBudW1iZXI7XG4gIGVycm9yczogc3RyaW5nW107XG59XG5cbmV4cG9ydCBjbGFzcyBJbmdlc3RFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgY29kZTogJ0lOR0VTVF9CQURfVE9QSUMnIHwgJ0lOR0VTVF9CQURfUEFZTE9BRCcgfCAnSU5HRVNUX1NUT1JBR0UnLFxuICAgIG1lc3NhZ2U6IHN0cmluZyxcbiAgICBvcHRpb25zPzogeyBjYXVzZT86IHVua25vd24gfSxcbiAgKSB7XG4gICAgc3VwZXIobWVzc2FnZSwgb3B0aW9ucyk7XG4gICAgdGhpcy5uYW1lID0gJ0luZ2VzdEVycm9yJztcbiAgfVxufVxuXG5leHBvcnQgaW50ZXJmYWNlIEluZ2VzdFN0YXRzIHtcbiAgbWVzc2FnZXM6IG51bWJlcjtcbiAgc2FtcGxlczogbnVtYmVyO1xuICBiYWRQYXlsb2FkczogbnVtYmVyO1xuICByZWplY3RlZFNhbXBsZXM6IG51bWJlcjtcbn1cblxuZXhwb3J0IGNsYXNzIEluZ2VzdG9yIHtcbiAgcmVhZG9ubHkgc3RhdHM6IEluZ2VzdFN0YXRzID0geyBtZXNzYWdlczogMCwgc2FtcGxlczogMCwgYmFkUGF5bG9hZHM6IDAsIHJlamVjdGVkU2FtcGxlczogMCB9O1xuICAvKiogTGFzdCBzZXJpZXMgc2V0IHBlciB0b3BpYywgZm9yIHN0YWxlbmVzcy4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBsYXN0U2VyaWVzID0gbmV3IE1hcDxzdHJpbmcsIE1hcDxzdHJpbmcsIExhYmVscz4+KCk7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBzdG9yZXM6IFRlbmFudFN0b3JlcyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG5vdzogKCkgPT4gbnVtYmVyID0gRGF0ZS5ub3csXG4gICAgcHJpdmF0ZSByZWFkb25seSBsaW1pdGVyPzogVGVuYW50TGltaXRlcixcbiAgKSB7fVxuXG4gIC8qKiBJbmdlc3RzIG9uZSBtZXNzYWdlIGZyb20gYHRvcGljYC4gVGhyb3dzIEluZ2VzdEVycm9yIGZvciBhIGJhZCB0b3BpYyBvciBwYXlsb2FkLiAqL1xuICBhc3luYyBpbmdlc3RUb3BpYyh0b3BpYzogc3RyaW5nLCBwYXlsb2FkOiBVaW50OEFycmF5IHwgc3RyaW5nKTogUHJvbWlzZTxJbmdlc3RSZXN1bHQ+IHtcbiAgICBjb25zdCB0ID0gcGFyc2VUb3BpYyh0b3BpYyk7XG4gICAgaWYgKHQ/LmtpbmQgIT09ICdtZXRyaWNzJykge1xuICAgICAgdGhyb3cgbmV3IEluZ2VzdEVycm9yKFxuICAgICAgICAnSU5HRVNUX0JBRF9UT1BJQycsXG4gICAgICAgIGB0b3BpYyAke0pTT04uc3RyaW5naWZ5KHRvcGljKX0gaXMgbm90IDxlbnRlcnByaXNlPi88c2l0ZT4vPGFyZWE+LzxsaW5lPi88ZGV2aWNlPi9tZXRyaWNzYCxcbiAgICAgICk7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmluZ2VzdCh0LnBhdGgsIHBheWxvYWQsIHRvcGljKTtcbiAgfVxuXG4gIGFzeW5jIGluZ2VzdChcbiAgICBwYXRoOiBTZW5zb3JQYXRoLFxuICAgIHBheWxvYWQ6IFVpbnQ4QXJyYXkgfCBzdHJpbmcsXG4gICAgc3RyZWFtS2V5OiBzdHJpbmcsXG4gICAgZm9ybWF0OiBUZXh0Rm9ybWF0ID0gJ29wZW5tZXRyaWNzJyxcbiAgKTogUHJvbWlzZTxJbmdlc3RSZXN1bHQ+IHtcbiAgICB0aGlzLnN0YXRzLm1lc3NhZ2VzKys7XG4gICAgY29uc3QgdGVuYW50ID0gcGF0aC5lbnRlcnByaXNlO1xuICAgIHRoaXMubGltaXRlcj8uY2hlY2tQYXlsb2FkKHRlbmFudCwgdHlwZW9mIHBheWxvYWQgPT09ICdzdHJpbmcnID8gQnVmZmVyLmJ5dGVMZW5ndGgocGF5bG9hZCkgOiBwYXlsb2FkLmxlbmd0aCk7XG4gICAgbGV0IGV4cG9zaXRpb246IFJldHVyblR5cGU8dHlwZW9mIHBhcnNlPjtcbiAgICB0cnkge1xuICAgICAgZXhwb3NpdGlvbiA9IHBhcnNlKHBheWxvYWQsIHsgZm9ybWF0IH0pO1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgdGhpcy5zdGF0cy5iYWRQYXlsb2FkcysrO1xuICAgICAgdGhyb3cgbmV3IEluZ2VzdEVycm9yKFxuICAgICAgICAnSU5HRVNUX0JBRF9QQVlMT0FEJyxcbiAgICAgICAgYG1hbGZvcm1lZCBPcGVuTWV0cmljcyBwYXlsb2FkIG9uICR7c3RyZWFtS2V5fTogJHsoZXJyIGFzIEVycm9yKS5tZXNzYWdlfWAsXG4gICAgICAgIHsgY2F1c2U6IGVyciB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgcGF0aExhYmVscyA9IHNlbnNvclBhdGhMYWJlbHMocGF0aCk7XG4gICAgY29uc3QgYXJyaXZhbCA9IHRoaXMubm93KCk7XG4gICAgaWYgKHRoaXMubGltaXRlcikge1xuICAgICAgbGV0IG4gPSAwO1xuICAgICAgZm9yIChjb25zdCBmYW0gb2YgZXhwb3NpdGlvbi5mYW1pbGllcykgbiArPSBmYW0uc2FtcGxlcy5sZW5ndGg7XG4gICAgICB0aGlzLmxpbWl0ZXIudGFrZVNhbXBsZXModGVuYW50LCBuKTtcbiAgICB9XG4gICAgY29uc3Qgc3RvcmUgPSBhd2FpdCB0aGlzLnN0b3Jlcy5nZXQocGF0aC5lbnRlcnByaXNlKTtcbiAgICBjb25zdCBhcHAgPSBzdG9yZS5hcHBlbmRlcigpO1xuICAgIGNvbnN0IHNlZW4gPSBuZXcgTWFwPHN0cmluZywgTGFiZWxzPigpO1xuICAgIGNvbnN0IGVycm9yczogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgYXBwZW5kZWQgPSAwO1xuICAgIGxldCByZWplY3RlZCA9IDA7XG4gICAgbGV0IG5ld2VzdCA9IDA7XG4gICAgZm9yIChjb25zdCBmYW0gb2YgZXhwb3NpdGlvbi5mYW1pbGllcykge1xuICAgICAgZm9yIChjb25zdCBzIG9mIGZhbS5zYW1wbGVzKSB7XG4gICAgICAgIGNvbnN0IHBhaXJzOiBbc3RyaW5nLCBzdHJpbmddW10gPSBzLmxhYmVscy5tYXAoKGwpID0+IFtsLm5hbWUsIGwudmFsdWVdKTtcbiAgICAgICAgcGFpcnMucHVzaChbTUVUUklDX05BTUUsIHMubmFtZV0sIC4uLnBhdGhMYWJlbHMpO1xuICAgICAgICBjb25zdCBsYWJlbHMgPSBsYWJlbHNGcm9tUGFpcnMocGFpcnMpO1xuICAgICAgICBjb25zdCB0cyA9IHMudGltZXN0YW1wID09PSB1bmRlZmluZWQgPyBhcnJpdmFsIDogdGltZXN0YW1wTXMocy50aW1lc3RhbXApO1xuICAgICAgICBpZiAodHMgPiBuZXdlc3QpIG5ld2VzdCA9IHRzO1xuICAgICAgICBpZiAodGhpcy5saW1pdGVyICYmICF0aGlzLmxpbWl0ZXIuYWRtaXRTZXJpZXModGVuYW50LCBsYWJlbHNLZXkobGFiZWxzKSkpIHtcbiAgICAgICAgICByZWplY3RlZCsrO1xuICAgICAgICAgIGlmIChlcnJvcnMubGVuZ3RoIDwgMTApIGVycm9ycy5wdXNoKGAke3MubmFtZX06ICR7c2VyaWVzTGltaXRNZXNzYWdlKHRoaXMubGltaXRlciwgdGVuYW50KX1gKTtcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICB0cnkge1xuICAgICAgICAgIGFwcC5hcHBlbmQoMCwgbGFiZWxzLCB0cywgcy52YWx1ZSk7XG4gICAgICAgICAgYXBwZW5kZWQrKztcbiAgICAgICAgICBzZWVuLnNldChsYWJlbHNLZXkobGFiZWxzKSwgbGFiZWxzKTtcbiAgICAgICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAgICAgcmVqZWN0ZWQrKztcbiAgICAgICAgICBpZiAoZXJyb3JzLmxlbmd0aCA8IDEwKSBlcnJvcnMucHVzaChgJHtzLm5hbWV9OiAkeyhlcnIgYXMgRXJyb3IpLm1lc3NhZ2V9YCk7XG4gICAgICAgICAgaWYgKCEoZXJyIGluc3RhbmNlb2YgU3RvcmFnZUVycm9yKSkgdGhyb3cgZXJyO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICAgIC8vIFN0YWxlbmVzczogc2VyaWVzIHRoaXMgc3RyZWFtIHN0b3BwZWQgc2VuZGluZyBlbmQgbm93LlxuICAgIGNvbnN0IHByZXYgPSB0aGlzLmxhc3RTZXJpZXMuZ2V0KHN0cmVhbUtleSk7XG4gICAgaWYgKHByZXYgJiYgbmV3ZXN0ID4gMCkge1xuICAgICAgZm9yIChjb25zdCBba2V5LCBsYWJlbHNdIG9mIHByZXYpIHtcbiAgICAgICAgaWYgKHNlZW4uaGFzKGtleSkpIGNvbnRpbnVlO1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGFwcC5hcHBlbmQoMCwgbGFiZWxzLCBuZXdlc3QsIFNUQUxFX05BTik7XG4gICAgICAgIH0gY2F0Y2gge1xuICAgICAgICAgIC8vIEEgc2VyaWVzIGFscmVhZHkgc3RhbGUgYXQgdGhpcyB0aW1lIG9yIGJleW9uZCB0aGUgd2luZG93OiBub3RoaW5nIHRvIG1hcmsuXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IGFwcC5jb21taXQoKTtcbiAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgIHRocm93IG5ldyBJbmdlc3RFcnJvcihcbiAgICAgICAgJ0lOR0VTVF9TVE9SQUdFJyxcbiAgICAgICAgYHN0b3JhZ2UgcmVmdXNlZCB0aGUgYmF0Y2ggZnJvbSAke3N0cmVhbUtleX06ICR7KGVyciBhcyBFcnJvcikubWVzc2FnZX1gLFxuICAgICAgICB7IGNhdXNlOiBlcnIgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIHRoaXMubGFzdFNlcmllcy5zZXQoc3RyZWFtS2V5LCBzZWVuKTtcbiAgICB0aGlzLnN0YXRzLnNhbXBsZXMgKz0gYXBwZW5kZWQ7XG4gICAgdGhpcy5zdGF0cy5yZWplY3RlZFNhbXBsZXMgKz0gcmVqZWN0ZWQ7XG4gICAgcmV0dXJuIHsgdGVuYW50OiBwYXRoLmVudGVycHJpc2UsIHNhbXBsZXM6IGFwcGVuZGVkLCByZWplY3RlZCwgZXJyb3JzIH07XG4gIH1cblxuICAvKipcbiAgICogU3RvcmVzIGNvbXBsZXRlIHNlcmllcyAocmVtb3RlX3dyaXRlKSBpbiBgdGVuYW50YCwgdW5kZXIgdGhlIHRlbmFudCdzIGxpbWl0cy4gVGhlIGNhbGxlciBoYXNcbiAgICogYWxyZWFkeSBmaXhlZCB0aGUgbGFiZWxzICh0ZW5hbnQgYW5kIHNjb3BlKTsgbm8gc3RhbGVuZXNzIHRyYWNraW5nLCBhcyB0aGUgc2VuZGVyIG93bnMgdGhhdC5cbiAgICovXG4gIGFzeW5jIGFwcGVuZFNlcmllcyhcbiAgICB0ZW5hbnQ6IHN0cmluZyxcbiAgICBzZXJpZXM6IHJlYWRvbmx5IHsgbGFiZWxzOiBMYWJlbHM7IHNhbXBsZXM6IHJlYWRvbmx5IHsgdDogbnVtYmVyOyB2OiBudW1iZXIgfVtdIH1bXSxcbiAgICBieXRlczogbnVtYmVyLFxuICApOiBQcm9taXNlPEluZ2VzdFJlc3VsdD4ge1xuICAgIHRoaXMuc3RhdHMubWVzc2FnZXMrKztcbiAgICB0aGlzLmxpbWl0ZXI/LmNoZWNrUGF5bG9hZCh0ZW5hbnQsIGJ5dGVzKTtcbiAgICBpZiAodGhpcy5saW1pdGVyKSB7XG4gICAgICBsZXQgbiA9IDA7XG4gICAgICBmb3IgKGNvbnN0IHMgb2Ygc2VyaWVzKSBuICs9IHMuc2FtcGxlcy5sZW5ndGg7XG4gICAgICB0aGlzLmxpbWl0ZXIudGFrZVNhbXBsZXModGVuYW50LCBuKTtcbiAgICB9XG4gICAgY29uc3Qgc3RvcmUgPSBhd2FpdCB0aGlzLnN0b3Jlcy5nZXQodGVuYW50KTtcbiAgICBjb25zdCBhcHAgPSBzdG9yZS5hcHBlbmRlcigpO1xuICAgIGNvbnN0IGVycm9yczogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgYXBwZW5kZWQgPSAwO1xuICAgIGxldCByZWplY3RlZCA9IDA7XG4gICAgZm9yIChjb25zdCBzIG9mIHNlcmllcykge1xuICAgICAgaWYgKHRoaXMubGltaXRlciAmJiAhdGhpcy5saW1pdGVyLmFkbWl0U2VyaWVzKHRlbmFudCwgbGFiZWxzS2V5KHMubGFiZWxzKSkpIHtcbiAgICAgICAgcmVqZWN0ZWQgKz0gcy5zYW1wbGVzLmxlbmd0aDtcbiAgICAgICAgaWYgKGVycm9ycy5sZW5ndGggPCAxMCkgZXJyb3JzLnB1c2goc2VyaWVzTGltaXRNZXNzYWdlKHRoaXMubGltaXRlciwgdGVuYW50KSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgbGV0IHJlZiA9IDA7XG4gICAgICBmb3IgKGNvbnN0IG0gb2Ygcy5zYW1wbGVzKSB7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgcmVmID0gYXBwLmFwcGVuZChyZWYsIHMubGFiZWxzLCBtLnQsIG0udik7XG4gICAgICAgICAgYXBwZW5kZWQrKztcbiAgICAgICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAgICAgcmVqZWN0ZWQrKztcbiAgICAgICAgICBpZiAoZXJyb3JzLmxlbmd0aCA8IDEwKSBlcnJvcnMucHVzaChgJHtnZXRMYWJlbChzLmxhYmVscywgTUVUUklDX05BTUUpfTogJHsoZXJyIGFzIEVycm9yKS5tZXNzYWdlfWApO1xuICAgICAgICAgIGlmICghKGVyciBpbnN0YW5jZW9mIFN0b3JhZ2VFcnJvcikpIHtcbiAgICAgICAgICAgIGF3YWl0IGFwcC5yb2xsYmFjaygpO1xuICAgICAgICAgICAgdGhyb3cgZXJyO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgICB0cnkge1xuICAgICAgYXdhaXQgYXBwLmNvbW1pdCgpO1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgdGhyb3cgbmV3IEluZ2VzdEVycm9yKCdJTkdFU1RfU1RPUkFHRScsIGBzdG9yYWdlIHJlZnVzZWQgdGhlIGJhdGNoIGZvciB0ZW5hbnQgJHt0ZW5hbnR9OiAkeyhlcnIgYXMgRXJyb3IpLm1lc3NhZ2V9YCwge1xuICAgICAgICBjYXVzZTogZXJyLFxuICAgICAgfSk7XG4gICAgfVxuICAgIHRoaXMuc3RhdHMuc2FtcGxlcyArPSBhcHBlbmRlZDtcbiAgICB0aGlzLnN0YXRzLnJlamVjdGVkU2FtcGxlcyArPSByZWplY3RlZDtcbiAgICByZXR1cm4geyB0ZW5hbnQsIHNhbXBsZXM6IGFwcGVuZGVkLCByZWplY3RlZCwgZXJyb3JzIH07XG4gIH1cbn1cblxuZnVuY3Rpb24gc2VyaWVzTGltaXRNZXNzYWdlKGxpbWl0ZXI6IFRlbmFudExpbWl0ZXIsIHRlbmFudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGBMSU1JVF9TRVJJRVM6IHRlbmFudCAke3RlbmFudH0gaGFzIHJlYWNoZWQgaXRzIGxpbWl0IG9mICR7bGltaXRlci5saW1pdHNPZih0ZW5hbnQpLm1heFNlcmllc30gYWN0aXZlIHNlcmllczsgZHJvcCBsYWJlbHMgb3IgYXNrIGZvciBhIGhpZ2hlciBsaW1pdGA7XG59XG4iLCAiLyoqXG4gKiBgc2Vuc29ycGF0aCBzZXJ2ZXJgOiBjb21wb3NlcyB0aGUgcGllY2VzIG9mIHRoZSBjZW50cmFsIHNpZGUuIFN0b3JhZ2UgcGVyIHRlbmFudCAodGhlIGVtYmVkZGVkXG4gKiBzdG9yZSB1bmRlciBgLS1kYXRhYCksIHRoZSBpbmdlc3RvciwgdGhlIGVtYmVkZGVkIE1RVFQgYnJva2VyIGFuZCB0aGUgSFRUUCBBUEkuIEVhY2ggcGllY2UgZ2V0cyBpdHNcbiAqIGRlcGVuZGVuY2llcyBoZXJlIGFuZCBvd25zIG5vdGhpbmcgZWxzZTsgY2xvc2luZyB0aGUgc2VydmVyIGNsb3NlcyB0aGVtIGluIHJldmVyc2Ugb3JkZXIuXG4gKi9cbmltcG9ydCB7IG1rZGlyU3luYywgcmVhZGRpclN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGlzSVAgfSBmcm9tICdub2RlOm5ldCc7XG5pbXBvcnQgeyBNZW1vcnlTdG9yYWdlLCB0eXBlIFN0b3JhZ2UgfSBmcm9tICdAc2Vuc29ycGF0aC9zdG9yYWdlJztcbmltcG9ydCB0eXBlIHsgTG9nZ2VyIH0gZnJvbSAncGlubyc7XG5pbXBvcnQgeyB0eXBlIEJyb2tlckhhbmRsZSwgc3RhcnRCcm9rZXIgfSBmcm9tICcuL2Jyb2tlci50cyc7XG5pbXBvcnQgeyB0eXBlIEFwaUhhbmRsZXIsIHR5cGUgSHR0cEhhbmRsZSwgc3RhcnRIdHRwIH0gZnJvbSAnLi9odHRwLnRzJztcbmltcG9ydCB7IEluZ2VzdG9yIH0gZnJvbSAnLi9pbmdlc3QudHMnO1xuaW1wb3J0IHsgVGVuYW50U3RvcmVzIH0gZnJvbSAnLi90ZW5hbnRzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBTZXJ2ZXJPcHRpb25zIHtcbiAgZGF0YURpcjogc3RyaW5nO1xuICBodHRwOiB7IGhvc3Q6IHN0cmluZzsgcG9ydDogbnVtYmVyIH07XG4gIG1xdHQ6IHsgaG9zdDogc3RyaW5nOyBwb3J0OiBudW1iZXIgfTtcbiAgbG9nZ2VyOiBMb2dnZXI7XG4gIC8qKiBPcGVucyB0aGUgc3RvcmFnZSBvZiBvbmUgdGVuYW50OyBkZWZhdWx0cyB0byBpbi1tZW1vcnkuICovXG4gIG9wZW5TdG9yYWdlPzogKHRlbmFudDogc3RyaW5nLCBkaXI6IHN0cmluZykgPT4gUHJvbWlzZTxTdG9yYWdlPjtcbiAgLyoqIE1vdW50cyB0aGUgUHJvbVFMIEFQSSBvbiAvYXBpL3YxLyouICovXG4gIHByb21BcGk/OiAoZGVwczogeyBxdWVyeWFibGU6IFJldHVyblR5cGU8VGVuYW50U3RvcmVzWydxdWVyeWFibGUnXT4gfSkgPT4gQXBpSGFuZGxlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTZXJ2ZXJIYW5kbGUge1xuICByZWFkb25seSBodHRwUG9ydDogbnVtYmVyO1xuICByZWFkb25seSBtcXR0UG9ydDogbnVtYmVyO1xuICByZWFkb25seSBzdG9yZXM6IFRlbmFudFN0b3JlcztcbiAgcmVhZG9ubHkgaW5nZXN0b3I6IEluZ2VzdG9yO1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG5leHBvcnQgY2xhc3MgU2VydmVyQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IGNvZGUgPSAnU0VSVkVSX0NPTkZJRyc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJzo6MScgfHwgKGlzSVAoaG9zdCkgPT09IDQgJiYgaG9zdC5zdGFydHNXaXRoKCcxMjcuJykpO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc3RhcnRTZXJ2ZXIob3B0czogU2VydmVyT3B0aW9ucyk6IFByb21pc2U8U2VydmVySGFuZGxlPiB7XG4gIGNvbnN0IGxvZyA9IG9wdHMubG9nZ2VyO1xuICAvLyBPcGVuIG1vZGU6IG5vIHVzZXJzIGFyZSBjb25maWd1cmVkIHlldCwgc28gb25seSBsb29wYmFjayBiaW5kcyBhcmUgYWxsb3dlZC5cbiAgZm9yIChjb25zdCBbd2hhdCwgaHBdIG9mIFtcbiAgICBbJy0taHR0cCcsIG9wdHMuaHR0cF0sXG4gICAgWyctLW1xdHQnLCBvcHRzLm1xdHRdLFxuICBdIGFzIGNvbnN0KSB7XG4gICAgaWYgKCFpc0xvb3BiYWNrKGhwLmhvc3QpKSB7XG4gICAgICB0aHJvdyBuZXcgU2VydmVyQ29uZmlnRXJyb3IoXG4gICAgICAgIGAke3doYXR9ICR7aHAuaG9zdH06JHtocC5wb3J0fTogd2l0aG91dCBjb25maWd1cmVkIHVzZXJzIHNlbnNvcnBhdGggcnVucyB1bmF1dGhlbnRpY2F0ZWQgYW5kIGJpbmRzIHRvIGxvb3BiYWNrIG9ubHk7IGAgK1xuICAgICAgICAgIGB1c2UgJHt3aGF0fSAxMjcuMC4wLjE6JHtocC5wb3J0fSwgb3IgY3JlYXRlIHVzZXJzIGZpcnN0IChzZW5zb3JwYXRoIHVzZXIgY3JlYXRlKWAsXG4gICAgICApO1xuICAgIH1cbiAgfVxuICBta2RpclN5bmMob3B0cy5kYXRhRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgY29uc3Qgb3BlblN0b3JhZ2UgPSBvcHRzLm9wZW5TdG9yYWdlID8/IChhc3luYyAoKSA9PiBuZXcgTWVtb3J5U3RvcmFnZSgpKTtcbiAgY29uc3Qgc3RvcmVzID0gbmV3IFRlbmFudFN0b3JlcygodGVuYW50KSA9PiBvcGVuU3RvcmFnZSh0ZW5hbnQsIGAke29wdHMuZGF0YURpcn0vdGVuYW50cy8ke3RlbmFudH1gKSk7XG4gIC8vIFRlbmFudHMgYWxyZWFkeSBvbiBkaXNrIChlYXJsaWVyIHJ1bnMsIGEgYmFja2ZpbGwpIGFyZSBvcGVuZWQgbm93LCBzbyB0aGVpciBoaXN0b3J5IGlzXG4gIC8vIHF1ZXJ5YWJsZSBiZWZvcmUgdGhlIGZpcnN0IG5ldyBzYW1wbGUgb2YgdGhhdCB0ZW5hbnQgYXJyaXZlcy5cbiAgZm9yIChjb25zdCB0IG9mIGV4aXN0aW5nVGVuYW50cyhvcHRzLmRhdGFEaXIpKSBhd2FpdCBzdG9yZXMuZ2V0KHQpO1xuICBjb25zdCBpbmdlc3RvciA9IG5ldyBJbmdlc3RvcihzdG9yZXMpO1xuICBsZXQgcmVhZHkgPSBmYWxzZTtcbiAgbGV0IGJyb2tlcjogQnJva2VySGFuZGxlIHwgdW5kZWZpbmVkO1xuICBsZXQgaHR0cDogSHR0cEhhbmRsZSB8IHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICBjb25zdCBxdWVyeWFibGUgPSBzdG9yZXMucXVlcnlhYmxlKCk7XG4gICAgaHR0cCA9IGF3YWl0IHN0YXJ0SHR0cCh7XG4gICAgICBob3N0OiBvcHRzLmh0dHAuaG9zdCxcbiAgICAgIHBvcnQ6IG9wdHMuaHR0cC5wb3J0LFxuICAgICAgbG9nZ2VyOiBsb2csXG4gICAgICBxdWVyeWFibGUsXG4gICAgICByZWFkeTogKCkgPT4gcmVhZHksXG4gICAgICBzZWxmTWV0cmljczogKCkgPT4gc2VsZk1ldHJpY3MoaW5nZXN0b3IsIHN0b3JlcyksXG4gICAgICBwcm9tQXBpOiBvcHRzLnByb21BcGk/Lih7IHF1ZXJ5YWJsZSB9KSxcbiAgICB9KTtcbiAgICBicm9rZXIgPSBhd2FpdCBzdGFydEJyb2tlcih7IGhvc3Q6IG9wdHMubXF0dC5ob3N0LCBwb3J0OiBvcHRzLm1xdHQucG9ydCwgaW5nZXN0b3IsIGxvZ2dlcjogbG9nIH0pO1xuICB9IGNhdGNoIChlcnIpIHtcbiAgICBhd2FpdCBodHRwPy5jbG9zZSgpO1xuICAgIGF3YWl0IHN0b3Jlcy5jbG9zZSgpO1xuICAgIHRocm93IGVycjtcbiAgfVxuICByZWFkeSA9IHRydWU7XG4gIGxvZy53YXJuKFxuICAgIHsgaHR0cDogYCR7b3B0cy5odHRwLmhvc3R9OiR7aHR0cC5wb3J0fWAsIG1xdHQ6IGAke29wdHMubXF0dC5ob3N0fToke2Jyb2tlci5wb3J0fWAgfSxcbiAgICAnb3BlbiBtb2RlOiBubyB1c2VycyBjb25maWd1cmVkLCBhbm9ueW1vdXMgY2xpZW50cyBhY2NlcHRlZCBvbiBsb29wYmFjayBvbmx5JyxcbiAgKTtcbiAgY29uc3QgYiA9IGJyb2tlcjtcbiAgY29uc3QgaCA9IGh0dHA7XG4gIHJldHVybiB7XG4gICAgaHR0cFBvcnQ6IGgucG9ydCxcbiAgICBtcXR0UG9ydDogYi5wb3J0LFxuICAgIHN0b3JlcyxcbiAgICBpbmdlc3RvcixcbiAgICBhc3luYyBjbG9zZSgpIHtcbiAgICAgIHJlYWR5ID0gZmFsc2U7XG4gICAgICBhd2FpdCBiLmNsb3NlKCk7XG4gICAgICBhd2FpdCBoLmNsb3NlKCk7XG4gICAgICBhd2FpdCBzdG9yZXMuY2xvc2UoKTtcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGVuYW50IGRpcmVjdG9yaWVzIHVuZGVyIGA8ZGF0YT4vdGVuYW50cy9gIHdpdGggYSB2YWxpZCB0ZW5hbnQgbmFtZS4gKi9cbmZ1bmN0aW9uIGV4aXN0aW5nVGVuYW50cyhkYXRhRGlyOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRkaXJTeW5jKGAke2RhdGFEaXJ9L3RlbmFudHNgLCB7IHdpdGhGaWxlVHlwZXM6IHRydWUgfSlcbiAgICAgIC5maWx0ZXIoKGQpID0+IGQuaXNEaXJlY3RvcnkoKSAmJiAvXltBLVphLXowLTldW0EtWmEtejAtOV8uLV17MCw2M30kLy50ZXN0KGQubmFtZSkpXG4gICAgICAubWFwKChkKSA9PiBkLm5hbWUpXG4gICAgICAuc29ydCgpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gW107XG4gIH1cbn1cblxuZnVuY3Rpb24gc2VsZk1ldHJpY3MoaW5nOiBJbmdlc3Rvciwgc3RvcmVzOiBUZW5hbnRTdG9yZXMpOiBzdHJpbmcge1xuICBjb25zdCBzID0gaW5nLnN0YXRzO1xuICByZXR1cm4gW1xuICAgICcjIEhFTFAgc2Vuc29ycGF0aF9pbmdlc3RfbWVzc2FnZXNfdG90YWwgTVFUVC9IVFRQIG1ldHJpYyBtZXNzYWdlcyByZWNlaXZlZC4nLFxuICAgICcjIFRZUEUgc2Vuc29ycGF0aF9pbmdlc3RfbWVzc2FnZXNfdG90YWwgY291bnRlcicsXG4gICAgYHNlbnNvcnBhdGhfaW5nZXN0X21lc3NhZ2VzX3RvdGFsICR7cy5tZXNzYWdlc31gLFxuICAgICcjIEhFTFAgc2Vuc29ycGF0aF9pbmdlc3Rfc2FtcGxlc190b3RhbCBTYW1wbGVzIHN0b3JlZC4nLFxuICAgICcjIFRZUEUgc2Vuc29ycGF0aF9pbmdlc3Rfc2FtcGxlc190b3RhbCBjb3VudGVyJyxcbiAgICBgc2Vuc29ycGF0aF9pbmdlc3Rfc2FtcGxlc190b3RhbCAke3Muc2FtcGxlc31gLFxuICAgICcjIEhFTFAgc2Vuc29ycGF0aF9pbmdlc3RfYmFkX3BheWxvYWRzX3RvdGFsIE1lc3NhZ2VzIHJlZnVzZWQgYXMgbWFsZm9ybWVkLicsXG4gICAgJyMgVFlQRSBzZW5zb3JwYXRoX2luZ2VzdF9iYWRfcGF5bG9hZHNfdG90YWwgY291bnRlcicsXG4gICAgYHNlbnNvcnBhdGhfaW5nZXN0X2JhZF9wYXlsb2Fkc190b3RhbCAke3MuYmFkUGF5bG9hZHN9YCxcbiAgICAnIyBIRUxQIHNlbnNvcnBhdGhfaW5nZXN0X3JlamVjdGVkX3NhbXBsZXNfdG90YWwgU2FtcGxlcyByZWZ1c2VkIGJ5IHN0b3JhZ2UuJyxcbiAgICAnIyBUWVBFIHNlbnNvcnBhdGhfaW5nZXN0X3JlamVjdGVkX3NhbXBsZXNfdG90YWwgY291bnRlcicsXG4gICAgYHNlbnNvcnBhdGhfaW5nZXN0X3JlamVjdGVkX3NhbXBsZXNfdG90YWwgJHtzLnJlamVjdGVkU2FtcGxlc31gLFxuICAgICcjIEhFTFAgc2Vuc29ycGF0aF90ZW5hbnRzIFRlbmFudHMgd2l0aCBvcGVuIHN0b3JhZ2UuJyxcbiAgICAnIyBUWVBFIHNlbnNvcnBhdGhfdGVuYW50cyBnYXVnZScsXG4gICAgYHNlbnNvcnBhdGhfdGVuYW50cyAke3N0b3Jlcy50ZW5hbnRzKCkubGVuZ3RofWAsXG4gICAgJycsXG4gIF0uam9pbignXFxuJyk7XG59XG4iLCAiLyoqXG4gKiBUaGUgZW1iZWRkZWQgTVFUVCBicm9rZXIgKEFlZGVzLCBNUVRUIDMuMS4xKS4gSW5nZXN0aW9uIHJ1bnMgaW5zaWRlIGBhdXRob3JpemVQdWJsaXNoYCwgYmVmb3JlXG4gKiBBZWRlcyB3cml0ZXMgdGhlIFBVQkFDSzogYSBRb1MgMSBwdWJsaXNoIHRvIGBcdTIwMjYvbWV0cmljc2AgaXMgYWNrbm93bGVkZ2VkIG9ubHkgYWZ0ZXIgaXRzIHNhbXBsZXMgYXJlXG4gKiBjb21taXR0ZWQgdG8gc3RvcmFnZSwgc28gYW4gYWNrbm93bGVkZ2VkIHNhbXBsZSBpcyBuZXZlciBsb3N0LiBBIG1hbGZvcm1lZCBwYXlsb2FkIGlzIGxvZ2dlZCxcbiAqIGNvdW50ZWQgYW5kIGFja25vd2xlZGdlZCAocmVzZW5kaW5nIGl0IHdvdWxkIG5ldmVyIHN1Y2NlZWQpOyBhIHN0b3JhZ2UgZmFpbHVyZSBpcyBub3RcbiAqIGFja25vd2xlZGdlZCwgc28gdGhlIHB1Ymxpc2hlciBrZWVwcyB0aGUgbWVzc2FnZSBhbmQgc2VuZHMgaXQgYWdhaW4uXG4gKlxuICogQXV0aG9yaXNhdGlvbjogYSBjbGllbnQgY29ubmVjdHMgd2l0aCBhIHVzZXIgbmFtZSBhbmQgYSB0b2tlbiAob3IgYSBKV1QgYXMgcGFzc3dvcmQpOyB0aGVcbiAqIHByaW5jaXBhbCBmb3VuZCB0aGVuIGRlY2lkZXMgZXZlcnkgcHVibGlzaCwgc3Vic2NyaWJlIGFuZCBkZWxpdmVyeS4gSXRzIHNjb3BlIGJvdW5kcyB0aGUgdG9waWNzXG4gKiAoTVFUVCB3aWxkY2FyZCBzZW1hbnRpY3MpLCBzbyBpdHMgdGVuYW50IGlzIHRoZSBvbmUgb2YgdGhlIGNyZWRlbnRpYWxzLCBuZXZlciBvZiB0aGUgdG9waWMuIEFcbiAqIHB1Ymxpc2ggb3V0c2lkZSB0aGUgc2NvcGUgY2xvc2VzIHRoZSBjb25uZWN0aW9uIChNUVRUIDMuMS4xIGFsbG93cyBjbG9zaW5nIG9yIGFja25vd2xlZGdpbmc7XG4gKiBjbG9zaW5nIG1ha2VzIHRoZSByZWZ1c2FsIHZpc2libGUgYXQgdGhlIHNlbmRlcik7IGEgc3Vic2NyaXB0aW9uIG91dHNpZGUgaXQgZ2V0cyB0aGUgU1VCQUNLXG4gKiBmYWlsdXJlIGNvZGUgMHg4MDsgYSBkZWxpdmVyeSBvdXRzaWRlIGl0IGlzIGRyb3BwZWQgKGRlZmVuY2UgaW4gZGVwdGgpLiBMaW1pdCByZWZ1c2FsczogYSBwYXlsb2FkXG4gKiB0b28gbGFyZ2Ugb3IgYSBzZXJpZXMgYmV5b25kIHRoZSBsaW1pdCBpcyBhY2tub3dsZWRnZWQgYW5kIG5vdCBzdG9yZWQgKHJlc2VuZGluZyBjYW5ub3QgaGVscCk7XG4gKiBhIG1lc3NhZ2Ugb3ZlciB0aGUgc2FtcGxlIHJhdGUgaXMgbm90IGFja25vd2xlZGdlZCwgc28gdGhlIGFnZW50IHJlc2VuZHMgaXQgYWZ0ZXIgcmVjb25uZWN0aW5nLlxuICogT3BlbiBtb2RlIChubyB1c2VycykgYWNjZXB0cyBhbm9ueW1vdXMgY2xpZW50cyB3aXRoIGZ1bGwgcmlnaHRzLCBhcyBiZWZvcmUuIFJldm9rZWQgdXNlcnMgYXJlXG4gKiBkaXNjb25uZWN0ZWQgd2l0aGluIHNlY29uZHM7IGEgY2xpZW50IGlkIGluIHVzZSBieSBhbm90aGVyIHVzZXIgaXMgcmVmdXNlZCwgc28gb25lIHRlbmFudCBjYW5ub3RcbiAqIHRha2Ugb3ZlciBhbm90aGVyJ3Mgc2Vzc2lvbi5cbiAqL1xuaW1wb3J0IHsgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBjcmVhdGVTZXJ2ZXIsIHR5cGUgU2VydmVyIH0gZnJvbSAnbm9kZTpuZXQnO1xuaW1wb3J0IHsgY3JlYXRlU2VydmVyIGFzIGNyZWF0ZVRsc1NlcnZlciB9IGZyb20gJ25vZGU6dGxzJztcbmltcG9ydCB7IEFOT05ZTU9VUywgQXV0aEVycm9yLCBjaGVja1B1Ymxpc2gsIGNoZWNrU3Vic2NyaWJlLCB0eXBlIFByaW5jaXBhbCwgdG9waWNNYXRjaGVzIH0gZnJvbSAnQHNlbnNvcnBhdGgvYXV0aCc7XG5pbXBvcnQgeyBwYXJzZVRvcGljIH0gZnJvbSAnQHNlbnNvcnBhdGgvcHJvdG9jb2wnO1xuaW1wb3J0IHsgQWVkZXMsIHR5cGUgQXV0aGVudGljYXRlRXJyb3IsIHR5cGUgQ2xpZW50IH0gZnJvbSAnYWVkZXMnO1xuaW1wb3J0IHR5cGUgeyBMb2dnZXIgfSBmcm9tICdwaW5vJztcbmltcG9ydCB0eXBlIHsgQWNjZXNzIH0gZnJvbSAnLi9hY2Nlc3MudHMnO1xuaW1wb3J0IHsgSW5nZXN0RXJyb3IsIHR5cGUgSW5nZXN0b3IgfSBmcm9tICcuL2luZ2VzdC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQnJva2VySGFuZGxlIHtcbiAgcmVhZG9ubHkgYWVkZXM6IEFlZGVzO1xuICByZWFkb25seSBzZXJ2ZXI6IFNlcnZlcjtcbiAgcmVhZG9ubHkgcG9ydDogbnVtYmVyO1xuICAvKiogRGlzY29ubmVjdHMgZXZlcnkgc2Vzc2lvbiBvZiBhIHVzZXIgKGFmdGVyIHJldm9jYXRpb24pLiAqL1xuICBkaXNjb25uZWN0VXNlcih1c2VybmFtZTogc3RyaW5nKTogbnVtYmVyO1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEJyb2tlck9wdGlvbnMge1xuICBob3N0OiBzdHJpbmc7XG4gIHBvcnQ6IG51bWJlcjtcbiAgaW5nZXN0b3I6IEluZ2VzdG9yO1xuICBsb2dnZXI6IExvZ2dlcjtcbiAgLyoqIEF1dGhlbnRpY2F0aW9uIGFuZCByZWZ1c2FsIGFjY291bnRpbmc7IHdpdGhvdXQgaXQgZXZlcnkgY2xpZW50IGlzIGFub255bW91cyAodGVzdHMpLiAqL1xuICBhY2Nlc3M/OiBBY2Nlc3MgfCB1bmRlZmluZWQ7XG4gIC8qKiBDZXJ0aWZpY2F0ZSBhbmQga2V5IGZpbGVzOiB0aGUgYnJva2VyIHRoZW4gc3BlYWtzIE1RVFQgb3ZlciBUTFMgb25seS4gKi9cbiAgdGxzPzogeyBjZXJ0OiBzdHJpbmc7IGtleTogc3RyaW5nIH0gfCB1bmRlZmluZWQ7XG4gIC8qKiBDYWxsZWQgYWZ0ZXIgYSBtZXNzYWdlIG9mIGEgZGV2aWNlIHdhcyBoYW5kbGVkIChmb3IgbGFzdC1zZWVuIGFuZCBlcnJvciBjb3VudHMpLiAqL1xuICBvbkRldmljZU1lc3NhZ2U/OiAoKHRvcGljOiBzdHJpbmcsIG9rOiBib29sZWFuKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcbiAgLyoqIEhvdyBvZnRlbiBzZXNzaW9ucyBvZiByZXZva2VkIHVzZXJzIGFyZSBsb29rZWQgZm9yIChtcykuIEBkZWZhdWx0IDUwMDAgKi9cbiAgcmV2b2NhdGlvbkNoZWNrTXM/OiBudW1iZXI7XG59XG5cbmludGVyZmFjZSBTZXNzaW9uIHtcbiAgY2xpZW50OiBDbGllbnQ7XG4gIHByaW5jaXBhbDogUHJpbmNpcGFsO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc3RhcnRCcm9rZXIob3B0czogQnJva2VyT3B0aW9ucyk6IFByb21pc2U8QnJva2VySGFuZGxlPiB7XG4gIGNvbnN0IGxvZyA9IG9wdHMubG9nZ2VyO1xuICBjb25zdCBhY2Nlc3MgPSBvcHRzLmFjY2VzcztcbiAgY29uc3Qgc2Vzc2lvbnMgPSBuZXcgTWFwPHN0cmluZywgU2Vzc2lvbj4oKTtcbiAgY29uc3QgcHJpbmNpcGFsT2YgPSAoY2xpZW50OiBDbGllbnQgfCBudWxsKTogUHJpbmNpcGFsIHwgdW5kZWZpbmVkID0+IHtcbiAgICBpZiAoIWFjY2VzcykgcmV0dXJuIEFOT05ZTU9VUztcbiAgICBpZiAoIWNsaWVudCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBzID0gc2Vzc2lvbnMuZ2V0KGNsaWVudC5pZCk7XG4gICAgcmV0dXJuIHMgJiYgcy5jbGllbnQgPT09IGNsaWVudCA/IHMucHJpbmNpcGFsIDogdW5kZWZpbmVkO1xuICB9O1xuICBjb25zdCByZWZ1c2VkID0gKGVycjogQXV0aEVycm9yLCBjbGllbnQ6IENsaWVudCB8IG51bGwsIGV4dHJhOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPikgPT4ge1xuICAgIGFjY2Vzcz8ucmVmdXNlKCdtcXR0JywgZXJyLCB7IGNsaWVudDogY2xpZW50Py5pZCwgdXNlcjogcHJpbmNpcGFsT2YoY2xpZW50KT8udXNlcm5hbWUsIC4uLmV4dHJhIH0pO1xuICB9O1xuXG4gIGNvbnN0IGluZ2VzdCA9IChjbGllbnQ6IENsaWVudCB8IG51bGwsIHBhY2tldDogeyB0b3BpYzogc3RyaW5nOyBwYXlsb2FkOiB1bmtub3duIH0sIGNhbGxiYWNrOiAoZT86IEVycm9yIHwgbnVsbCkgPT4gdm9pZCkgPT4ge1xuICAgIG9wdHMuaW5nZXN0b3IuaW5nZXN0VG9waWMocGFja2V0LnRvcGljLCBwYWNrZXQucGF5bG9hZCBhcyBCdWZmZXIpLnRoZW4oXG4gICAgICAocikgPT4ge1xuICAgICAgICBpZiAoci5yZWplY3RlZCA+IDApXG4gICAgICAgICAgbG9nLndhcm4oeyB0b3BpYzogcGFja2V0LnRvcGljLCByZWplY3RlZDogci5yZWplY3RlZCwgZXJyb3JzOiByLmVycm9ycyB9LCAnc29tZSBzYW1wbGVzIHdlcmUgcmVmdXNlZCcpO1xuICAgICAgICBvcHRzLm9uRGV2aWNlTWVzc2FnZT8uKHBhY2tldC50b3BpYywgdHJ1ZSk7XG4gICAgICAgIGNhbGxiYWNrKG51bGwpO1xuICAgICAgfSxcbiAgICAgIChlcnI6IHVua25vd24pID0+IHtcbiAgICAgICAgb3B0cy5vbkRldmljZU1lc3NhZ2U/LihwYWNrZXQudG9waWMsIGZhbHNlKTtcbiAgICAgICAgaWYgKGVyciBpbnN0YW5jZW9mIEF1dGhFcnJvcikge1xuICAgICAgICAgIHJlZnVzZWQoZXJyLCBjbGllbnQsIHsgdG9waWM6IHBhY2tldC50b3BpYyB9KTtcbiAgICAgICAgICAvLyBPdmVyIHRoZSByYXRlOiBubyBQVUJBQ0ssIHRoZSBzZW5kZXIga2VlcHMgdGhlIG1lc3NhZ2UgYW5kIHJldHJpZXMgYWZ0ZXIgcmVjb25uZWN0aW5nLlxuICAgICAgICAgIHJldHVybiBjYWxsYmFjayhlcnIuY29kZSA9PT0gJ0xJTUlUX1JBVEUnID8gZXJyIDogbnVsbCk7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGVyciBpbnN0YW5jZW9mIEluZ2VzdEVycm9yICYmIGVyci5jb2RlICE9PSAnSU5HRVNUX1NUT1JBR0UnKSB7XG4gICAgICAgICAgbG9nLndhcm4oeyB0b3BpYzogcGFja2V0LnRvcGljLCBjbGllbnQ6IGNsaWVudD8uaWQsIGNvZGU6IGVyci5jb2RlIH0sIGVyci5tZXNzYWdlKTtcbiAgICAgICAgICBjYWxsYmFjayhudWxsKTtcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBsb2cuZXJyb3IoeyB0b3BpYzogcGFja2V0LnRvcGljLCBlcnI6IChlcnIgYXMgRXJyb3IpLm1lc3NhZ2UgfSwgJ2NvdWxkIG5vdCBzdG9yZSBtZXNzYWdlOyBub3QgYWNrbm93bGVkZ2VkJyk7XG4gICAgICAgICAgY2FsbGJhY2soZXJyIGFzIEVycm9yKTtcbiAgICAgICAgfVxuICAgICAgfSxcbiAgICApO1xuICB9O1xuXG4gIGNvbnN0IGFlZGVzID0gYXdhaXQgQWVkZXMuY3JlYXRlQnJva2VyKHtcbiAgICBhdXRoZW50aWNhdGU6IChjbGllbnQsIHVzZXJuYW1lLCBwYXNzd29yZCwgZG9uZSkgPT4ge1xuICAgICAgaWYgKCFhY2Nlc3MpIHJldHVybiBkb25lKG51bGwsIHRydWUpO1xuICAgICAgY29uc3QgZmFpbCA9IChlcnI6IEF1dGhFcnJvciwgcmV0dXJuQ29kZTogNCB8IDUgfCAyKSA9PiB7XG4gICAgICAgIHJlZnVzZWQoZXJyLCBjbGllbnQsIHsgdXNlcm5hbWUgfSk7XG4gICAgICAgIGNvbnN0IGUgPSBuZXcgRXJyb3IoZXJyLm1lc3NhZ2UpIGFzIEF1dGhlbnRpY2F0ZUVycm9yO1xuICAgICAgICBlLnJldHVybkNvZGUgPSByZXR1cm5Db2RlIGFzIEF1dGhlbnRpY2F0ZUVycm9yWydyZXR1cm5Db2RlJ107XG4gICAgICAgIGRvbmUoZSwgZmFsc2UpO1xuICAgICAgfTtcbiAgICAgIGNvbnN0IGFjY2VwdCA9IChwOiBQcmluY2lwYWwpID0+IHtcbiAgICAgICAgY29uc3Qgb3RoZXIgPSBzZXNzaW9ucy5nZXQoY2xpZW50LmlkKTtcbiAgICAgICAgaWYgKG90aGVyICYmIG90aGVyLnByaW5jaXBhbC51c2VybmFtZSAhPT0gcC51c2VybmFtZSAmJiAhb3RoZXIuY2xpZW50LmNsb3NlZCkge1xuICAgICAgICAgIHJldHVybiBmYWlsKFxuICAgICAgICAgICAgbmV3IEF1dGhFcnJvcignQVVUSF9TQ09QRV9ERU5JRUQnLCBgY2xpZW50IGlkICR7Y2xpZW50LmlkfSBpcyBpbiB1c2UgYnkgYW5vdGhlciB1c2VyOyBwaWNrIGEgdW5pcXVlIGNsaWVudCBpZGApLFxuICAgICAgICAgICAgMixcbiAgICAgICAgICApO1xuICAgICAgICB9XG4gICAgICAgIHNlc3Npb25zLnNldChjbGllbnQuaWQsIHsgY2xpZW50LCBwcmluY2lwYWw6IHAgfSk7XG4gICAgICAgIGRvbmUobnVsbCwgdHJ1ZSk7XG4gICAgICB9O1xuICAgICAgaWYgKCFwYXNzd29yZCB8fCBwYXNzd29yZC5sZW5ndGggPT09IDApIHtcbiAgICAgICAgaWYgKGFjY2Vzcy5vcGVuKSByZXR1cm4gYWNjZXB0KEFOT05ZTU9VUyk7XG4gICAgICAgIHJldHVybiBmYWlsKFxuICAgICAgICAgIG5ldyBBdXRoRXJyb3IoJ0FVVEhfUkVRVUlSRUQnLCAnTVFUVCBsb2dpbiByZXF1aXJlZDogY29ubmVjdCB3aXRoIHRoZSB1c2VyIG5hbWUgYW5kIHRva2VuIGZyb20gXCJzZW5zb3JwYXRoIHVzZXIgY3JlYXRlXCInKSxcbiAgICAgICAgICA1LFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgYWNjZXNzLmF1dGgudmVyaWZ5KHBhc3N3b3JkLnRvU3RyaW5nKCd1dGY4JyksIHVzZXJuYW1lID8/IHVuZGVmaW5lZCkudGhlbihhY2NlcHQsIChlcnI6IHVua25vd24pID0+IHtcbiAgICAgICAgaWYgKGVyciBpbnN0YW5jZW9mIEF1dGhFcnJvcikgZmFpbChlcnIsIDQpO1xuICAgICAgICBlbHNlIHtcbiAgICAgICAgICBsb2cuZXJyb3IoeyBlcnI6IChlcnIgYXMgRXJyb3IpLm1lc3NhZ2UgfSwgJ2F1dGhlbnRpY2F0aW9uIGZhaWxlZCB1bmV4cGVjdGVkbHknKTtcbiAgICAgICAgICBkb25lKGVyciBhcyBBdXRoZW50aWNhdGVFcnJvciwgZmFsc2UpO1xuICAgICAgICB9XG4gICAgICB9KTtcbiAgICB9LFxuXG4gICAgYXV0aG9yaXplUHVibGlzaDogKGNsaWVudCwgcGFja2V0LCBjYWxsYmFjaykgPT4ge1xuICAgICAgaWYgKHBhY2tldC50b3BpYy5zdGFydHNXaXRoKCckJykpIHJldHVybiBjYWxsYmFjayhuZXcgRXJyb3IoJyQgdG9waWNzIGFyZSByZXNlcnZlZCB0byB0aGUgYnJva2VyJykpO1xuICAgICAgY29uc3QgcCA9IHByaW5jaXBhbE9mKGNsaWVudCk7XG4gICAgICBpZiAoIXAgJiYgY2xpZW50ID09PSBudWxsKSB7XG4gICAgICAgIC8vIEEgd2lsbCBwdWJsaXNoZWQgYnkgdGhlIGJyb2tlciBmb3IgYSBzZXNzaW9uIHRoYXQgaXMgZ29uZTogaXQgd2FzIGF1dGhvcmlzZWQgd2hlbiB0aGVcbiAgICAgICAgLy8gY2xpZW50IGNvbm5lY3RlZCAod2lsbHMgYXJlIGNoZWNrZWQgYmVsb3cgYXQgY29ubmVjdCB0aW1lIGJ5IEFlZGVzJyBvd24gY2FsbCBwYXRoKS5cbiAgICAgICAgcmV0dXJuIGNhbGxiYWNrKG51bGwpO1xuICAgICAgfVxuICAgICAgdHJ5IHtcbiAgICAgICAgaWYgKCFwKSB0aHJvdyBuZXcgQXV0aEVycm9yKCdBVVRIX1JFUVVJUkVEJywgJ25vdCBsb2dnZWQgaW4nKTtcbiAgICAgICAgaWYgKGFjY2VzcyAmJiAocCA9PT0gQU5PTllNT1VTID8gIWFjY2Vzcy5vcGVuIDogIWFjY2Vzcy5hdXRoLnN0aWxsVmFsaWQocCkpKVxuICAgICAgICAgIHRocm93IG5ldyBBdXRoRXJyb3IoJ0FVVEhfUkVWT0tFRCcsIGB1c2VyICR7cC51c2VybmFtZX0gaXMgbm8gbG9uZ2VyIHZhbGlkOyByZWNvbm5lY3Qgd2l0aCBhIGN1cnJlbnQgdG9rZW5gKTtcbiAgICAgICAgY2hlY2tQdWJsaXNoKHAsIHBhY2tldC50b3BpYyk7XG4gICAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgICAgaWYgKCEoZXJyIGluc3RhbmNlb2YgQXV0aEVycm9yKSkgcmV0dXJuIGNhbGxiYWNrKGVyciBhcyBFcnJvcik7XG4gICAgICAgIHJlZnVzZWQoZXJyLCBjbGllbnQsIHsgdG9waWM6IHBhY2tldC50b3BpYyB9KTtcbiAgICAgICAgcmV0dXJuIGNhbGxiYWNrKGVycik7XG4gICAgICB9XG4gICAgICBpZiAocGFja2V0LnRvcGljLmVuZHNXaXRoKCcvbWV0cmljcycpKSByZXR1cm4gaW5nZXN0KGNsaWVudCwgcGFja2V0LCBjYWxsYmFjayk7XG4gICAgICBpZiAocGFja2V0LnRvcGljLmVuZHNXaXRoKCcvc3RhdGUnKSB8fCBwYWNrZXQudG9waWMuZW5kc1dpdGgoJy9ldmVudHMnKSlcbiAgICAgICAgb3B0cy5vbkRldmljZU1lc3NhZ2U/LihwYWNrZXQudG9waWMsIHRydWUpO1xuICAgICAgY2FsbGJhY2sobnVsbCk7XG4gICAgfSxcblxuICAgIGF1dGhvcml6ZVN1YnNjcmliZTogKGNsaWVudCwgc3ViLCBjYWxsYmFjaykgPT4ge1xuICAgICAgY29uc3QgcCA9IHByaW5jaXBhbE9mKGNsaWVudCk7XG4gICAgICB0cnkge1xuICAgICAgICBpZiAoIXApIHRocm93IG5ldyBBdXRoRXJyb3IoJ0FVVEhfUkVRVUlSRUQnLCAnbm90IGxvZ2dlZCBpbicpO1xuICAgICAgICBpZiAocCAhPT0gQU5PTllNT1VTKSBjaGVja1N1YnNjcmliZShwLCBzdWIudG9waWMpO1xuICAgICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAgIGlmICghKGVyciBpbnN0YW5jZW9mIEF1dGhFcnJvcikpIHJldHVybiBjYWxsYmFjayhlcnIgYXMgRXJyb3IpO1xuICAgICAgICByZWZ1c2VkKGVyciwgY2xpZW50LCB7IGZpbHRlcjogc3ViLnRvcGljIH0pO1xuICAgICAgICByZXR1cm4gY2FsbGJhY2sobnVsbCwgbnVsbCk7XG4gICAgICB9XG4gICAgICBjYWxsYmFjayhudWxsLCBzdWIpO1xuICAgIH0sXG5cbiAgICBhdXRob3JpemVGb3J3YXJkOiAoY2xpZW50LCBwYWNrZXQpID0+IHtcbiAgICAgIGNvbnN0IHAgPSBwcmluY2lwYWxPZihjbGllbnQpO1xuICAgICAgaWYgKHAgPT09IEFOT05ZTU9VUykgcmV0dXJuIHBhY2tldDtcbiAgICAgIGlmICghcCB8fCAhdG9waWNNYXRjaGVzKHAuc2NvcGUsIHBhY2tldC50b3BpYykpIHtcbiAgICAgICAgcmVmdXNlZChuZXcgQXV0aEVycm9yKCdBVVRIX1NDT1BFX0RFTklFRCcsIGBkZWxpdmVyeSBvZiAke3BhY2tldC50b3BpY30gb3V0c2lkZSB0aGUgc2NvcGUgZHJvcHBlZGApLCBjbGllbnQsIHtcbiAgICAgICAgICB0b3BpYzogcGFja2V0LnRvcGljLFxuICAgICAgICB9KTtcbiAgICAgICAgcmV0dXJuIG51bGw7XG4gICAgICB9XG4gICAgICByZXR1cm4gcGFja2V0O1xuICAgIH0sXG4gIH0pO1xuICBhZWRlcy5vbignY2xpZW50RXJyb3InLCAoY2xpZW50LCBlcnIpID0+IGxvZy5kZWJ1Zyh7IGNsaWVudDogY2xpZW50LmlkLCBlcnI6IGVyci5tZXNzYWdlIH0sICdtcXR0IGNsaWVudCBlcnJvcicpKTtcbiAgYWVkZXMub24oJ2NsaWVudERpc2Nvbm5lY3QnLCAoY2xpZW50KSA9PiB7XG4gICAgY29uc3QgcyA9IHNlc3Npb25zLmdldChjbGllbnQuaWQpO1xuICAgIGlmIChzICYmIHMuY2xpZW50ID09PSBjbGllbnQpIHNlc3Npb25zLmRlbGV0ZShjbGllbnQuaWQpO1xuICB9KTtcbiAgY29uc3Qgc2VydmVyID0gb3B0cy50bHNcbiAgICA/IGNyZWF0ZVRsc1NlcnZlcih7IGNlcnQ6IHJlYWRGaWxlU3luYyhvcHRzLnRscy5jZXJ0KSwga2V5OiByZWFkRmlsZVN5bmMob3B0cy50bHMua2V5KSB9LCBhZWRlcy5oYW5kbGUpXG4gICAgOiBjcmVhdGVTZXJ2ZXIoYWVkZXMuaGFuZGxlKTtcbiAgYXdhaXQgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIHNlcnZlci5vbmNlKCdlcnJvcicsIChlcnI6IE5vZGVKUy5FcnJub0V4Y2VwdGlvbikgPT4ge1xuICAgICAgcmVqZWN0KFxuICAgICAgICBlcnIuY29kZSA9PT0gJ0VBRERSSU5VU0UnXG4gICAgICAgICAgPyBuZXcgRXJyb3IoXG4gICAgICAgICAgICAgIGBNUVRUIHBvcnQgJHtvcHRzLmhvc3R9OiR7b3B0cy5wb3J0fSBpcyBhbHJlYWR5IGluIHVzZTogc3RvcCB0aGUgb3RoZXIgcHJvY2VzcyBvciBwaWNrIGFub3RoZXIgd2l0aCAtLW1xdHQgSE9TVDpQT1JUYCxcbiAgICAgICAgICAgIClcbiAgICAgICAgICA6IGVycixcbiAgICAgICk7XG4gICAgfSk7XG4gICAgc2VydmVyLmxpc3RlbihvcHRzLnBvcnQsIG9wdHMuaG9zdCwgKCkgPT4gcmVzb2x2ZSgpKTtcbiAgfSk7XG4gIGNvbnN0IGRpc2Nvbm5lY3RVc2VyID0gKHVzZXJuYW1lOiBzdHJpbmcpID0+IHtcbiAgICBsZXQgbiA9IDA7XG4gICAgZm9yIChjb25zdCBzIG9mIHNlc3Npb25zLnZhbHVlcygpKSB7XG4gICAgICBpZiAocy5wcmluY2lwYWwudXNlcm5hbWUgPT09IHVzZXJuYW1lKSB7XG4gICAgICAgIHMuY2xpZW50LmNsb3NlKCk7XG4gICAgICAgIG4rKztcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIG47XG4gIH07XG4gIGNvbnN0IHN3ZWVwID0gYWNjZXNzXG4gICAgPyBzZXRJbnRlcnZhbCgoKSA9PiB7XG4gICAgICAgIGZvciAoY29uc3QgcyBvZiBzZXNzaW9ucy52YWx1ZXMoKSkge1xuICAgICAgICAgIGNvbnN0IHZhbGlkID0gcy5wcmluY2lwYWwgPT09IEFOT05ZTU9VUyA/IGFjY2Vzcy5vcGVuIDogYWNjZXNzLmF1dGguc3RpbGxWYWxpZChzLnByaW5jaXBhbCk7XG4gICAgICAgICAgaWYgKCF2YWxpZCkge1xuICAgICAgICAgICAgbG9nLndhcm4oeyBjbGllbnQ6IHMuY2xpZW50LmlkLCB1c2VyOiBzLnByaW5jaXBhbC51c2VybmFtZSB9LCAnZGlzY29ubmVjdGluZyBhIHJldm9rZWQgdXNlcicpO1xuICAgICAgICAgICAgcy5jbGllbnQuY2xvc2UoKTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgIH0sIG9wdHMucmV2b2NhdGlvbkNoZWNrTXMgPz8gNTAwMClcbiAgICA6IHVuZGVmaW5lZDtcbiAgc3dlZXA/LnVucmVmKCk7XG4gIGNvbnN0IGFkZHIgPSBzZXJ2ZXIuYWRkcmVzcygpO1xuICBjb25zdCBwb3J0ID0gdHlwZW9mIGFkZHIgPT09ICdvYmplY3QnICYmIGFkZHIgPyBhZGRyLnBvcnQgOiBvcHRzLnBvcnQ7XG4gIHJldHVybiB7XG4gICAgYWVkZXMsXG4gICAgc2VydmVyLFxuICAgIHBvcnQsXG4gICAgZGlzY29ubmVjdFVzZXIsXG4gICAgY2xvc2U6IGFzeW5jICgpID0+IHtcbiAgICAgIGlmIChzd2VlcCkgY2xlYXJJbnRlcnZhbChzd2VlcCk7XG4gICAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gYWVkZXMuY2xvc2UoKCkgPT4gcmVzb2x2ZSgpKSk7XG4gICAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2VydmVyLmNsb3NlKCgpID0+IHJlc29sdmUoKSkpO1xuICAgIH0sXG4gIH07XG59XG5cbi8qKiBUaGUgYWdlbnQgcGF0aCBvZiBhIGRldmljZSB0b3BpYywgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvcGljUGF0aCh0b3BpYzogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdCA9IHBhcnNlVG9waWModG9waWMpO1xuICByZXR1cm4gdCAmJiB0b3BpYy5zbGljZSgwLCB0b3BpYy5sYXN0SW5kZXhPZignLycpKTtcbn1cbiIsICIvKipcbiAqIFR5cGVkIGVycm9ycyBvZiBhdXRoZW50aWNhdGlvbiwgYXV0aG9yaXNhdGlvbiBhbmQgbGltaXRzLiBFYWNoIGNhcnJpZXMgYSBzdGFibGUgYGNvZGVgIHRoYXQgbG9ncyxcbiAqIG1ldHJpY3MgYW5kIEhUVFAgYm9kaWVzIHJlcGVhdCwgYW5kIGEgbWVzc2FnZSB0aGF0IHRlbGxzIHRoZSBjYWxsZXIgd2hhdCB0byBkbyBuZXh0LiBUaGUgSFRUUFxuICogc3RhdHVzIGFuZCB0aGUgcmVmdXNhbCByZWFzb24gKGEgbWV0cmljIGxhYmVsKSBhcmUgZGVyaXZlZCBmcm9tIHRoZSBjb2RlIGluIG9uZSBwbGFjZS5cbiAqL1xuXG5leHBvcnQgdHlwZSBBdXRoRXJyb3JDb2RlID1cbiAgfCAnQVVUSF9SRVFVSVJFRCdcbiAgfCAnQVVUSF9CQURfVE9LRU4nXG4gIHwgJ0FVVEhfUkVWT0tFRCdcbiAgfCAnQVVUSF9TQ09QRV9ERU5JRUQnXG4gIHwgJ0FVVEhfUk9MRV9ERU5JRUQnXG4gIHwgJ0FVVEhfVEVOQU5UX0RFTklFRCdcbiAgfCAnQVVUSF9CQURfU0NPUEUnXG4gIHwgJ0FVVEhfQkFEX1JFUVVFU1QnXG4gIHwgJ0FVVEhfVU5LTk9XTl9VU0VSJ1xuICB8ICdBVVRIX0pXVF9JTlZBTElEJ1xuICB8ICdMSU1JVF9TRVJJRVMnXG4gIHwgJ0xJTUlUX1JBVEUnXG4gIHwgJ0xJTUlUX1BBWUxPQUQnO1xuXG5jb25zdCBTVEFUVVM6IFJlY29yZDxBdXRoRXJyb3JDb2RlLCBudW1iZXI+ID0ge1xuICBBVVRIX1JFUVVJUkVEOiA0MDEsXG4gIEFVVEhfQkFEX1RPS0VOOiA0MDEsXG4gIEFVVEhfUkVWT0tFRDogNDAxLFxuICBBVVRIX0pXVF9JTlZBTElEOiA0MDEsXG4gIEFVVEhfU0NPUEVfREVOSUVEOiA0MDMsXG4gIEFVVEhfUk9MRV9ERU5JRUQ6IDQwMyxcbiAgQVVUSF9URU5BTlRfREVOSUVEOiA0MDMsXG4gIEFVVEhfQkFEX1NDT1BFOiA0MDAsXG4gIEFVVEhfQkFEX1JFUVVFU1Q6IDQwMCxcbiAgQVVUSF9VTktOT1dOX1VTRVI6IDQwNCxcbiAgTElNSVRfU0VSSUVTOiA0MjksXG4gIExJTUlUX1JBVEU6IDQyOSxcbiAgTElNSVRfUEFZTE9BRDogNDEzLFxufTtcblxuZXhwb3J0IGNsYXNzIEF1dGhFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgY29kZTogQXV0aEVycm9yQ29kZSxcbiAgICBtZXNzYWdlOiBzdHJpbmcsXG4gICAgb3B0aW9ucz86IHsgY2F1c2U/OiB1bmtub3duOyB0ZW5hbnQ/OiBzdHJpbmcgfSxcbiAgKSB7XG4gICAgc3VwZXIobWVzc2FnZSwgb3B0aW9ucyk7XG4gICAgdGhpcy5uYW1lID0gY29kZS5zdGFydHNXaXRoKCdMSU1JVF8nKSA/ICdMaW1pdEVycm9yJyA6ICdBdXRoRXJyb3InO1xuICAgIHRoaXMudGVuYW50ID0gb3B0aW9ucz8udGVuYW50O1xuICB9XG4gIHJlYWRvbmx5IHRlbmFudDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4gIC8qKiBUaGUgSFRUUCBzdGF0dXMgdGhhdCBjYXJyaWVzIHRoaXMgcmVmdXNhbC4gKi9cbiAgZ2V0IHN0YXR1cygpOiBudW1iZXIge1xuICAgIHJldHVybiBTVEFUVVNbdGhpcy5jb2RlXTtcbiAgfVxuXG4gIC8qKiBTaG9ydCByZWFzb24gdXNlZCBhcyBhIG1ldHJpYyBsYWJlbDogYGJhZF90b2tlbmAsIGBzY29wZV9kZW5pZWRgLCBgc2VyaWVzYCwgXHUyMDI2ICovXG4gIGdldCByZWFzb24oKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy5jb2RlLnJlcGxhY2UoL14oQVVUSHxMSU1JVClfLywgJycpLnRvTG93ZXJDYXNlKCk7XG4gIH1cbn1cbiIsICIvKipcbiAqIEV4dGVybmFsIGlkZW50aXR5OiBKU09OIFdlYiBUb2tlbnMgZnJvbSBhbiBPcGVuSUQgQ29ubmVjdCBwcm92aWRlciAoS2V5Y2xvYWssIEdsdXUsIFx1MjAyNiksIHZlcmlmaWVkXG4gKiBhZ2FpbnN0IHRoZSBwcm92aWRlcidzIEpXS1Mgd2l0aCBub2RlOmNyeXB0byAoUlMyNTYgYW5kIEVTMjU2IG9ubHk7IGBub25lYCwgSE1BQyBhbmQgYW55dGhpbmcgZWxzZVxuICogYXJlIHJlZnVzZWQgc28gYSB0b2tlbiBjYW5ub3QgY2hvb3NlIGEgd2Vha2VyIGNoZWNrKS4gVGhlIGtleSBzZXQgaXMgZmV0Y2hlZCBmcm9tIGBqd2tzVXJsYCAob3JcbiAqIGRpc2NvdmVyZWQgZnJvbSBgPGlzc3Vlcj4vLndlbGwta25vd24vb3BlbmlkLWNvbmZpZ3VyYXRpb25gKSwgY2FjaGVkLCBhbmQgcmVmZXRjaGVkIHdoZW4gYSB0b2tlblxuICogbmFtZXMgYW4gdW5rbm93biBga2lkYCAoYXQgbW9zdCBldmVyeSAzMCBzLCBzbyBnYXJiYWdlIHRva2VucyBjYW5ub3QgaGFtbWVyIHRoZSBwcm92aWRlcikuXG4gKiBDbGFpbXMgbWFwIHRvIGEgcHJpbmNpcGFsOiBhIHRlbmFudCBjbGFpbSwgYW4gb3B0aW9uYWwgc2NvcGUgY2xhaW0gKGRlZmF1bHQ6IHRoZSB3aG9sZSB0ZW5hbnQpXG4gKiBhbmQgYW4gb3B0aW9uYWwgcm9sZSBjbGFpbSAoYSBzdHJpbmcgb3IgYW4gYXJyYXkgc3VjaCBhcyBLZXljbG9hayByb2xlczsgZGVmYXVsdCByZWFkZXIpLlxuICovXG5pbXBvcnQgeyBjcmVhdGVQdWJsaWNLZXksIHR5cGUgSnNvbldlYktleSwgdHlwZSBLZXlPYmplY3QsIHZlcmlmeSB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IEF1dGhFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB0eXBlIHsgUHJpbmNpcGFsIH0gZnJvbSAnLi9wcmluY2lwYWwudHMnO1xuaW1wb3J0IHsgaXNWYWxpZFRlbmFudCwgcGFyc2VTY29wZSB9IGZyb20gJy4vc2NvcGUudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHR5cGUgUm9sZSB9IGZyb20gJy4vc3RvcmUudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIE9pZGNPcHRpb25zIHtcbiAgLyoqIEV4cGVjdGVkIGBpc3NgIGNsYWltLCBlLmcuIGh0dHBzOi8va2V5Y2xvYWsuZXhhbXBsZS9yZWFsbXMvcGxhbnQuICovXG4gIGlzc3Vlcjogc3RyaW5nO1xuICAvKiogSldLUyBhZGRyZXNzOyBkaXNjb3ZlcmVkIGZyb20gdGhlIGlzc3VlciB3aGVuIG9taXR0ZWQuICovXG4gIGp3a3NVcmw/OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBFeHBlY3RlZCBgYXVkYCAob25lIG9mIHRoZSB0b2tlbidzIGF1ZGllbmNlcyk7IG5vdCBjaGVja2VkIHdoZW4gb21pdHRlZC4gKi9cbiAgYXVkaWVuY2U/OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBDbGFpbSBob2xkaW5nIHRoZSB0ZW5hbnQgKGRvdHRlZCBwYXRoIGZvciBuZXN0ZWQgY2xhaW1zKS4gQGRlZmF1bHQgXCJ0ZW5hbnRcIiAqL1xuICB0ZW5hbnRDbGFpbT86IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIENsYWltIGhvbGRpbmcgdGhlIHNlbnNvci1wYXRoIHNjb3BlLiBAZGVmYXVsdCBcInNlbnNvcnBhdGhfc2NvcGVcIiAoYWJzZW50OiB0aGUgd2hvbGUgdGVuYW50KSAqL1xuICBzY29wZUNsYWltPzogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogQ2xhaW0gaG9sZGluZyB0aGUgcm9sZSBvciBhIGxpc3Qgb2Ygcm9sZXMuIEBkZWZhdWx0IFwic2Vuc29ycGF0aF9yb2xlXCIgKGFic2VudDogcmVhZGVyKSAqL1xuICByb2xlQ2xhaW0/OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBBbGxvd2VkIGNsb2NrIGRpZmZlcmVuY2UgaW4gc2Vjb25kcyBmb3IgZXhwL25iZi4gQGRlZmF1bHQgNjAgKi9cbiAgY2xvY2tTa2V3U2Vjb25kcz86IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgZmV0Y2g/OiB0eXBlb2YgZmV0Y2g7XG4gIG5vdz86ICgpID0+IG51bWJlcjtcbn1cblxuaW50ZXJmYWNlIEp3ayBleHRlbmRzIEpzb25XZWJLZXkge1xuICBraWQ/OiBzdHJpbmc7XG4gIGt0eT86IHN0cmluZztcbiAgYWxnPzogc3RyaW5nO1xuICB1c2U/OiBzdHJpbmc7XG59XG5cbmNvbnN0IFJFRkVUQ0hfTVMgPSAzMF8wMDA7XG5jb25zdCBDQUNIRV9NUyA9IDUgKiA2MF8wMDA7XG5cbmV4cG9ydCBmdW5jdGlvbiBsb29rc0xpa2VKd3Qoczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiAvXltBLVphLXowLTlfLV0rXFwuW0EtWmEtejAtOV8tXStcXC5bQS1aYS16MC05Xy1dKyQvLnRlc3QocykgJiYgcy5zdGFydHNXaXRoKCdleUonKTtcbn1cblxuZXhwb3J0IGNsYXNzIEp3dFZlcmlmaWVyIHtcbiAgcHJpdmF0ZSBrZXlzID0gbmV3IE1hcDxzdHJpbmcsIHsga2V5OiBLZXlPYmplY3Q7IGt0eTogc3RyaW5nIH0+KCk7XG4gIHByaXZhdGUgZmV0Y2hlZEF0ID0gMDtcbiAgcHJpdmF0ZSBpbmZsaWdodDogUHJvbWlzZTx2b2lkPiB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSByZWFkb25seSBmZXRjaDogdHlwZW9mIGZldGNoO1xuICBwcml2YXRlIHJlYWRvbmx5IG5vdzogKCkgPT4gbnVtYmVyO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgb3B0czogT2lkY09wdGlvbnMpIHtcbiAgICBpZiAoIS9eaHR0cHM/OlxcL1xcLy8udGVzdChvcHRzLmlzc3VlcikpXG4gICAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgICAnQVVUSF9CQURfUkVRVUVTVCcsXG4gICAgICAgIGAtLW9pZGMtaXNzdWVyICR7SlNPTi5zdHJpbmdpZnkob3B0cy5pc3N1ZXIpfSBtdXN0IGJlIGFuIGh0dHAocykgVVJMYCxcbiAgICAgICk7XG4gICAgdGhpcy5mZXRjaCA9IG9wdHMuZmV0Y2ggPz8gZmV0Y2g7XG4gICAgdGhpcy5ub3cgPSBvcHRzLm5vdyA/PyBEYXRlLm5vdztcbiAgfVxuXG4gIC8qKiBWZXJpZmllcyBhIGNvbXBhY3QgSldTIGFuZCBtYXBzIGl0cyBjbGFpbXMgdG8gYSBwcmluY2lwYWwuIFRocm93cyBBVVRIX0pXVF9JTlZBTElELiAqL1xuICBhc3luYyB2ZXJpZnkodG9rZW46IHN0cmluZyk6IFByb21pc2U8UHJpbmNpcGFsPiB7XG4gICAgY29uc3QgcGFydHMgPSB0b2tlbi5zcGxpdCgnLicpO1xuICAgIGlmIChwYXJ0cy5sZW5ndGggIT09IDMpIHRocm93IGludmFsaWQoJ25vdCBhIGNvbXBhY3QgSldUICh0aHJlZSBkb3Qtc2VwYXJhdGVkIHBhcnRzKScpO1xuICAgIGNvbnN0IGhlYWRlciA9IGRlY29kZUpzb24ocGFydHNbMF0hLCAnaGVhZGVyJykgYXMgeyBhbGc/OiBzdHJpbmc7IGtpZD86IHN0cmluZyB9O1xuICAgIGNvbnN0IGNsYWltcyA9IGRlY29kZUpzb24ocGFydHNbMV0hLCAncGF5bG9hZCcpIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIGlmIChoZWFkZXIuYWxnICE9PSAnUlMyNTYnICYmIGhlYWRlci5hbGcgIT09ICdFUzI1NicpXG4gICAgICB0aHJvdyBpbnZhbGlkKFxuICAgICAgICBgYWxnb3JpdGhtICR7SlNPTi5zdHJpbmdpZnkoaGVhZGVyLmFsZyl9IGlzIG5vdCBhY2NlcHRlZDsgdGhlIHByb3ZpZGVyIG11c3Qgc2lnbiB3aXRoIFJTMjU2IG9yIEVTMjU2YCxcbiAgICAgICk7XG4gICAgY29uc3Qga3R5ID0gaGVhZGVyLmFsZyA9PT0gJ1JTMjU2JyA/ICdSU0EnIDogJ0VDJztcbiAgICBjb25zdCBrZXkgPSBhd2FpdCB0aGlzLmtleShoZWFkZXIua2lkLCBrdHkpO1xuICAgIGNvbnN0IG9rID0gdmVyaWZ5KFxuICAgICAgJ3NoYTI1NicsXG4gICAgICBCdWZmZXIuZnJvbShgJHtwYXJ0c1swXX0uJHtwYXJ0c1sxXX1gKSxcbiAgICAgIGt0eSA9PT0gJ0VDJyA/IHsga2V5LCBkc2FFbmNvZGluZzogJ2llZWUtcDEzNjMnIH0gOiBrZXksXG4gICAgICBCdWZmZXIuZnJvbShwYXJ0c1syXSEsICdiYXNlNjR1cmwnKSxcbiAgICApO1xuICAgIGlmICghb2spIHRocm93IGludmFsaWQoJ3NpZ25hdHVyZSBkb2VzIG5vdCB2ZXJpZnkgYWdhaW5zdCB0aGUgcHJvdmlkZXIga2V5IHNldCcpO1xuICAgIGNvbnN0IG5vd1MgPSB0aGlzLm5vdygpIC8gMTAwMDtcbiAgICBjb25zdCBza2V3ID0gdGhpcy5vcHRzLmNsb2NrU2tld1NlY29uZHMgPz8gNjA7XG4gICAgaWYgKHR5cGVvZiBjbGFpbXMuZXhwICE9PSAnbnVtYmVyJyB8fCBjbGFpbXMuZXhwICsgc2tldyA8IG5vd1MpXG4gICAgICB0aHJvdyBpbnZhbGlkKCd0b2tlbiBleHBpcmVkIChvciBoYXMgbm8gZXhwKTogZmV0Y2ggYSBmcmVzaCB0b2tlbiBmcm9tIHRoZSBwcm92aWRlcicpO1xuICAgIGlmICh0eXBlb2YgY2xhaW1zLm5iZiA9PT0gJ251bWJlcicgJiYgY2xhaW1zLm5iZiAtIHNrZXcgPiBub3dTKVxuICAgICAgdGhyb3cgaW52YWxpZCgndG9rZW4gbm90IHZhbGlkIHlldCAobmJmKScpO1xuICAgIGlmIChjbGFpbXMuaXNzICE9PSB0aGlzLm9wdHMuaXNzdWVyKVxuICAgICAgdGhyb3cgaW52YWxpZChgaXNzdWVyICR7SlNPTi5zdHJpbmdpZnkoY2xhaW1zLmlzcyl9IGlzIG5vdCB0aGUgY29uZmlndXJlZCAke3RoaXMub3B0cy5pc3N1ZXJ9YCk7XG4gICAgaWYgKHRoaXMub3B0cy5hdWRpZW5jZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBhdWQgPSBBcnJheS5pc0FycmF5KGNsYWltcy5hdWQpID8gY2xhaW1zLmF1ZCA6IFtjbGFpbXMuYXVkXTtcbiAgICAgIGlmICghYXVkLmluY2x1ZGVzKHRoaXMub3B0cy5hdWRpZW5jZSkpIHRocm93IGludmFsaWQoYGF1ZGllbmNlIGRvZXMgbm90IGluY2x1ZGUgJHt0aGlzLm9wdHMuYXVkaWVuY2V9YCk7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnByaW5jaXBhbChjbGFpbXMpO1xuICB9XG5cbiAgcHJpdmF0ZSBwcmluY2lwYWwoY2xhaW1zOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IFByaW5jaXBhbCB7XG4gICAgY29uc3QgdGVuYW50Q2xhaW0gPSB0aGlzLm9wdHMudGVuYW50Q2xhaW0gPz8gJ3RlbmFudCc7XG4gICAgY29uc3QgdGVuYW50ID0gY2xhaW0oY2xhaW1zLCB0ZW5hbnRDbGFpbSk7XG4gICAgaWYgKHR5cGVvZiB0ZW5hbnQgIT09ICdzdHJpbmcnIHx8ICFpc1ZhbGlkVGVuYW50KHRlbmFudCkpXG4gICAgICB0aHJvdyBpbnZhbGlkKFxuICAgICAgICBgY2xhaW0gJHt0ZW5hbnRDbGFpbX0gbXVzdCBob2xkIHRoZSB0ZW5hbnQgbmFtZTsgbWFwIGl0IGluIHRoZSBwcm92aWRlciAoYSBwcm90b2NvbCBtYXBwZXIpYCxcbiAgICAgICk7XG4gICAgY29uc3QgcmF3U2NvcGUgPSBjbGFpbShjbGFpbXMsIHRoaXMub3B0cy5zY29wZUNsYWltID8/ICdzZW5zb3JwYXRoX3Njb3BlJyk7XG4gICAgbGV0IHNjb3BlOiBzdHJpbmc7XG4gICAgdHJ5IHtcbiAgICAgIHNjb3BlID0gcGFyc2VTY29wZSh0ZW5hbnQsIHR5cGVvZiByYXdTY29wZSA9PT0gJ3N0cmluZycgPyByYXdTY29wZSA6IGAke3RlbmFudH0vI2ApO1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgdGhyb3cgaW52YWxpZCgoZXJyIGFzIEVycm9yKS5tZXNzYWdlKTtcbiAgICB9XG4gICAgY29uc3QgcmF3Um9sZSA9IGNsYWltKGNsYWltcywgdGhpcy5vcHRzLnJvbGVDbGFpbSA/PyAnc2Vuc29ycGF0aF9yb2xlJyk7XG4gICAgY29uc3Qgcm9sZXMgPSAoQXJyYXkuaXNBcnJheShyYXdSb2xlKSA/IHJhd1JvbGUgOiBbcmF3Um9sZV0pLmZpbHRlcigocik6IHIgaXMgUm9sZSA9PlxuICAgICAgUk9MRVMuaW5jbHVkZXMociBhcyBSb2xlKSxcbiAgICApO1xuICAgIC8vIFRoZSBzdHJvbmdlc3Qgcm9sZSBsaXN0ZWQgd2lucyAoYWRtaW4gPiBlZGdlID4gcmVhZGVyIGlzIG5vdCBhIGhpZXJhcmNoeSBvZiByaWdodHMsIHNvIHBpY2tcbiAgICAvLyBhZG1pbiB3aGVuIHByZXNlbnQsIGVsc2UgcmVhZGVyIHdoZW4gcHJlc2VudCwgZWxzZSBlZGdlKS5cbiAgICBjb25zdCByb2xlOiBSb2xlID0gcm9sZXMuaW5jbHVkZXMoJ2FkbWluJylcbiAgICAgID8gJ2FkbWluJ1xuICAgICAgOiByb2xlcy5pbmNsdWRlcygncmVhZGVyJykgfHwgcm9sZXMubGVuZ3RoID09PSAwXG4gICAgICAgID8gJ3JlYWRlcidcbiAgICAgICAgOiAnZWRnZSc7XG4gICAgY29uc3QgbmFtZSA9IGNsYWltcy5wcmVmZXJyZWRfdXNlcm5hbWUgPz8gY2xhaW1zLnN1YjtcbiAgICByZXR1cm4ge1xuICAgICAgdXNlcm5hbWU6IGBvaWRjOiR7dHlwZW9mIG5hbWUgPT09ICdzdHJpbmcnID8gbmFtZSA6ICd1bmtub3duJ31gLFxuICAgICAgdGVuYW50LFxuICAgICAgc2NvcGUsXG4gICAgICByb2xlLFxuICAgICAgc291cmNlOiAnand0JyxcbiAgICB9O1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBrZXkoa2lkOiBzdHJpbmcgfCB1bmRlZmluZWQsIGt0eTogc3RyaW5nKTogUHJvbWlzZTxLZXlPYmplY3Q+IHtcbiAgICBjb25zdCBmaW5kID0gKCkgPT4ge1xuICAgICAgaWYgKGtpZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIGNvbnN0IGsgPSB0aGlzLmtleXMuZ2V0KGtpZCk7XG4gICAgICAgIHJldHVybiBrICYmIGsua3R5ID09PSBrdHkgPyBrLmtleSA6IHVuZGVmaW5lZDtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHNhbWUgPSBbLi4udGhpcy5rZXlzLnZhbHVlcygpXS5maWx0ZXIoKGspID0+IGsua3R5ID09PSBrdHkpO1xuICAgICAgcmV0dXJuIHNhbWUubGVuZ3RoID09PSAxID8gc2FtZVswXSEua2V5IDogdW5kZWZpbmVkO1xuICAgIH07XG4gICAgY29uc3QgYWdlID0gdGhpcy5ub3coKSAtIHRoaXMuZmV0Y2hlZEF0O1xuICAgIGlmICh0aGlzLmZldGNoZWRBdCA9PT0gMCB8fCBhZ2UgPiBDQUNIRV9NUyB8fCAoIWZpbmQoKSAmJiBhZ2UgPiBSRUZFVENIX01TKSkgYXdhaXQgdGhpcy5yZWZyZXNoKCk7XG4gICAgY29uc3QgayA9IGZpbmQoKTtcbiAgICBpZiAoIWspXG4gICAgICB0aHJvdyBpbnZhbGlkKFxuICAgICAgICBgbm8gJHtrdHl9IGtleSAke2tpZCA9PT0gdW5kZWZpbmVkID8gJyh0b2tlbiBoYXMgbm8ga2lkKScgOiBKU09OLnN0cmluZ2lmeShraWQpfSBpbiB0aGUgcHJvdmlkZXIga2V5IHNldGAsXG4gICAgICApO1xuICAgIHJldHVybiBrO1xuICB9XG5cbiAgcHJpdmF0ZSByZWZyZXNoKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuaW5mbGlnaHQgPz89IHRoaXMubG9hZCgpLmZpbmFsbHkoKCkgPT4ge1xuICAgICAgdGhpcy5pbmZsaWdodCA9IHVuZGVmaW5lZDtcbiAgICB9KTtcbiAgICByZXR1cm4gdGhpcy5pbmZsaWdodDtcbiAgfVxuXG4gIHByaXZhdGUgYXN5bmMgbG9hZCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICB0aGlzLmZldGNoZWRBdCA9IHRoaXMubm93KCk7XG4gICAgbGV0IHVybCA9IHRoaXMub3B0cy5qd2tzVXJsO1xuICAgIHRyeSB7XG4gICAgICBpZiAoIXVybCkge1xuICAgICAgICBjb25zdCByID0gYXdhaXQgdGhpcy5mZXRjaChgJHt0aGlzLm9wdHMuaXNzdWVyLnJlcGxhY2UoL1xcLyQvLCAnJyl9Ly53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uYCk7XG4gICAgICAgIHVybCA9ICgoYXdhaXQgci5qc29uKCkpIGFzIHsgandrc191cmk/OiBzdHJpbmcgfSkuandrc191cmk7XG4gICAgICAgIGlmICghdXJsKSB0aHJvdyBuZXcgRXJyb3IoJ2Rpc2NvdmVyeSBkb2N1bWVudCBoYXMgbm8gandrc191cmknKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHIgPSBhd2FpdCB0aGlzLmZldGNoKHVybCk7XG4gICAgICBpZiAoIXIub2spIHRocm93IG5ldyBFcnJvcihgSFRUUCAke3Iuc3RhdHVzfWApO1xuICAgICAgY29uc3QgYm9keSA9IChhd2FpdCByLmpzb24oKSkgYXMgeyBrZXlzPzogSndrW10gfTtcbiAgICAgIGNvbnN0IGtleXMgPSBuZXcgTWFwPHN0cmluZywgeyBrZXk6IEtleU9iamVjdDsga3R5OiBzdHJpbmcgfT4oKTtcbiAgICAgIGZvciAoY29uc3QgandrIG9mIGJvZHkua2V5cyA/PyBbXSkge1xuICAgICAgICBpZiAoandrLnVzZSAhPT0gdW5kZWZpbmVkICYmIGp3ay51c2UgIT09ICdzaWcnKSBjb250aW51ZTtcbiAgICAgICAgaWYgKGp3ay5rdHkgIT09ICdSU0EnICYmIGp3ay5rdHkgIT09ICdFQycpIGNvbnRpbnVlO1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGNvbnN0IGtleSA9IGNyZWF0ZVB1YmxpY0tleSh7IGtleTogandrLCBmb3JtYXQ6ICdqd2snIH0pO1xuICAgICAgICAgIGtleXMuc2V0KGp3ay5raWQgPz8gYCMke2tleXMuc2l6ZX1gLCB7IGtleSwga3R5OiBqd2sua3R5IH0pO1xuICAgICAgICB9IGNhdGNoIHtcbiAgICAgICAgICAvLyBBIGtleSB3ZSBjYW5ub3QgaW1wb3J0ICh1bmtub3duIGN1cnZlKSBpcyBza2lwcGVkOyB0b2tlbnMgc2lnbmVkIHdpdGggaXQgZmFpbCBieSBraWQuXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIHRoaXMua2V5cyA9IGtleXM7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgICAnQVVUSF9KV1RfSU5WQUxJRCcsXG4gICAgICAgIGBjYW5ub3QgbG9hZCB0aGUgcHJvdmlkZXIga2V5IHNldCBmcm9tICR7dXJsID8/IHRoaXMub3B0cy5pc3N1ZXJ9OiAkeyhlcnIgYXMgRXJyb3IpLm1lc3NhZ2V9OyBjaGVjayAtLW9pZGMtandrcy11cmxgLFxuICAgICAgICB7IGNhdXNlOiBlcnIgfSxcbiAgICAgICk7XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIGludmFsaWQod2h5OiBzdHJpbmcpOiBBdXRoRXJyb3Ige1xuICByZXR1cm4gbmV3IEF1dGhFcnJvcignQVVUSF9KV1RfSU5WQUxJRCcsIGBKV1QgcmVmdXNlZDogJHt3aHl9YCk7XG59XG5cbmZ1bmN0aW9uIGRlY29kZUpzb24ocGFydDogc3RyaW5nLCB3aGF0OiBzdHJpbmcpOiB1bmtub3duIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShCdWZmZXIuZnJvbShwYXJ0LCAnYmFzZTY0dXJsJykudG9TdHJpbmcoJ3V0ZjgnKSk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IGludmFsaWQoYCR7d2hhdH0gaXMgbm90IGJhc2U2NHVybCBKU09OYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xhaW0oY2xhaW1zOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgcGF0aDogc3RyaW5nKTogdW5rbm93biB7XG4gIGlmIChwYXRoIGluIGNsYWltcykgcmV0dXJuIGNsYWltc1twYXRoXTtcbiAgbGV0IGN1cjogdW5rbm93biA9IGNsYWltcztcbiAgZm9yIChjb25zdCBrIG9mIHBhdGguc3BsaXQoJy4nKSkge1xuICAgIGlmIChjdXIgPT09IG51bGwgfHwgdHlwZW9mIGN1ciAhPT0gJ29iamVjdCcpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY3VyID0gKGN1ciBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba107XG4gIH1cbiAgcmV0dXJuIGN1cjtcbn1cbiIsICIvKipcbiAqIFNlbnNvci1wYXRoIHNjb3Blcy4gQSB1c2VyJ3Mgc2NvcGUgaXMgYW4gTVFUVCB0b3BpYyBmaWx0ZXIgb3ZlciB0aGUgc2Vuc29yLXBhdGggdG9waWMgdHJlZVxuICogKGBhY21lL2Jlcmxpbi8jYCwgYGFjbWUvKy8rLysvbWV0ZXIxLyNgKTsgaXQgZ3JhbnRzIHRoZSB0b3BpY3MgdGhlIGZpbHRlciBtYXRjaGVzLCB3aXRoIE1RVFQgMy4xLjFcbiAqIHdpbGRjYXJkIHNlbWFudGljcyAoYCtgIG9uZSBsZXZlbCwgYCNgIHRoZSByZXN0IGluY2x1ZGluZyB0aGUgcGFyZW50IGxldmVsLCBgJGAtdG9waWNzIG5ldmVyXG4gKiBtYXRjaGVkIGJ5IGEgbGVhZGluZyB3aWxkY2FyZCkuIE1hdGNoaW5nIGlzIGxldmVsIGJ5IGxldmVsLCBuZXZlciBieSBzdHJpbmcgcHJlZml4LCBzb1xuICogYGFjbWUvYmVybGluMi9cdTIwMjZgIGlzIG91dHNpZGUgYGFjbWUvYmVybGluLyNgLiBBIHN1YnNjcmlwdGlvbiBpcyBhbGxvd2VkIG9ubHkgd2hlbiBldmVyeSB0b3BpYyBpdFxuICogY291bGQgbWF0Y2ggbGllcyBpbnNpZGUgdGhlIHNjb3BlIChmaWx0ZXIgY29udGFpbm1lbnQpLCB3aGljaCByZWZ1c2VzIGAjYCwgYCsvXHUyMDI2YCBhbmQgYCRTWVMvI2AuXG4gKiBUaGUgc2FtZSBzY29wZSwgcmVhZCBhcyBsYWJlbCBjb25zdHJhaW50cywgbmFycm93cyBxdWVyaWVzIGFuZCBjaGVja3MgcHVzaGVkIHNlcmllcy5cbiAqL1xuaW1wb3J0IHsgU0VOU09SX1BBVEhfTEVWRUxTIH0gZnJvbSAnQHNlbnNvcnBhdGgvcHJvdG9jb2wnO1xuaW1wb3J0IHsgQXV0aEVycm9yIH0gZnJvbSAnLi9lcnJvcnMudHMnO1xuXG4vKiogV2hhdCBhIHNlbnNvci1wYXRoIHNlZ21lbnQgbWF5IGhvbGQgKG1pcnJvcnMgdGhlIHByb3RvY29sJ3MgcnVsZSkuICovXG5jb25zdCBTRUdNRU5UID0gL15bQS1aYS16MC05XVtBLVphLXowLTlfLi1dezAsNjN9JC87XG5jb25zdCBURU5BTlQgPSAvXltBLVphLXowLTldW0EtWmEtejAtOV8uLV17MCw2M30kLztcblxuLyoqIFRoZSB0ZW5hbnQgdmFsdWUgb2Ygb3BlcmF0b3JzOiB1c2VycyB3aG8gbWF5IGFjdCBvbiBldmVyeSB0ZW5hbnQuICovXG5leHBvcnQgY29uc3QgQUxMX1RFTkFOVFMgPSAnKic7XG5cbmV4cG9ydCBmdW5jdGlvbiBpc1ZhbGlkVGVuYW50KHQ6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gVEVOQU5ULnRlc3QodCk7XG59XG5cbi8qKlxuICogVmFsaWRhdGVzIGFuZCBub3JtYWxpc2VzIGEgc2NvcGUgZm9yIGEgdGVuYW50LiBBIGZpbHRlciB3aXRob3V0IGEgdHJhaWxpbmcgYCNgIGlzIHRha2VuIGFzIGFcbiAqIHByZWZpeCBhbmQgZ2V0cyBgLyNgIGFwcGVuZGVkIChhIHNlbnNvciBwYXRoIG5hbWVzIGEgc3VidHJlZSkuIFRoZSBmaXJzdCBsZXZlbCBtdXN0IGJlIHRoZVxuICogdGVuYW50IGl0c2VsZiAob3BlcmF0b3JzLCB0ZW5hbnQgYCpgLCBtYXkgdXNlIGFueSBmaWx0ZXIpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VTY29wZSh0ZW5hbnQ6IHN0cmluZywgcGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKHRlbmFudCAhPT0gQUxMX1RFTkFOVFMgJiYgIWlzVmFsaWRUZW5hbnQodGVuYW50KSlcbiAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgJ0FVVEhfQkFEX1NDT1BFJyxcbiAgICAgIGB0ZW5hbnQgJHtKU09OLnN0cmluZ2lmeSh0ZW5hbnQpfSBpcyBpbnZhbGlkOiB1c2UgMS02NCBsZXR0ZXJzLCBkaWdpdHMsIFwiX1wiLCBcIi5cIiBvciBcIi1cIiwgc3RhcnRpbmcgd2l0aCBhIGxldHRlciBvciBkaWdpdGAsXG4gICAgKTtcbiAgbGV0IHAgPSBwYXRoLnRyaW0oKTtcbiAgaWYgKHAgPT09ICcnKVxuICAgIHRocm93IG5ldyBBdXRoRXJyb3IoJ0FVVEhfQkFEX1NDT1BFJywgJ3RoZSBzZW5zb3IgcGF0aCBzY29wZSBpcyBlbXB0eTogZ2l2ZSBlLmcuIGFjbWUvYmVybGluLyMnKTtcbiAgY29uc3QgbGV2ZWxzID0gcC5zcGxpdCgnLycpO1xuICBsZXZlbHMuZm9yRWFjaCgobCwgaSkgPT4ge1xuICAgIGlmIChsID09PSAnIycgJiYgaSAhPT0gbGV2ZWxzLmxlbmd0aCAtIDEpXG4gICAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgICAnQVVUSF9CQURfU0NPUEUnLFxuICAgICAgICBgc2NvcGUgJHtKU09OLnN0cmluZ2lmeShwYXRoKX06IFwiI1wiIGlzIGFsbG93ZWQgb25seSBhcyB0aGUgbGFzdCBsZXZlbGAsXG4gICAgICApO1xuICAgIGlmIChsICE9PSAnIycgJiYgbCAhPT0gJysnICYmICFTRUdNRU5ULnRlc3QobCkpXG4gICAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgICAnQVVUSF9CQURfU0NPUEUnLFxuICAgICAgICBgc2NvcGUgJHtKU09OLnN0cmluZ2lmeShwYXRoKX06IGxldmVsICR7aSArIDF9ICR7SlNPTi5zdHJpbmdpZnkobCl9IGlzIGludmFsaWQ7IHVzZSBzZW5zb3ItcGF0aCBzZWdtZW50cywgXCIrXCIgb3IgYSBmaW5hbCBcIiNcImAsXG4gICAgICApO1xuICB9KTtcbiAgaWYgKGxldmVsc1tsZXZlbHMubGVuZ3RoIC0gMV0gIT09ICcjJykge1xuICAgIGxldmVscy5wdXNoKCcjJyk7XG4gICAgcCA9IGxldmVscy5qb2luKCcvJyk7XG4gIH1cbiAgaWYgKHRlbmFudCAhPT0gQUxMX1RFTkFOVFMgJiYgbGV2ZWxzWzBdICE9PSB0ZW5hbnQpXG4gICAgdGhyb3cgbmV3IEF1dGhFcnJvcihcbiAgICAgICdBVVRIX0JBRF9TQ09QRScsXG4gICAgICBgc2NvcGUgJHtKU09OLnN0cmluZ2lmeShwYXRoKX0gbGllcyBvdXRzaWRlIHRlbmFudCAke0pTT04uc3RyaW5naWZ5KHRlbmFudCl9OiBpdCBtdXN0IHN0YXJ0IHdpdGggXCIke3RlbmFudH0vXCIsIGUuZy4gJHt0ZW5hbnR9L2Jlcmxpbi8jYCxcbiAgICApO1xuICByZXR1cm4gcDtcbn1cblxuLyoqIE1RVFQgMy4xLjEgXHUwMEE3NC43OiBkb2VzIHRvcGljIGZpbHRlciBgZmlsdGVyYCBtYXRjaCB0b3BpYyBuYW1lIGB0b3BpY2A/ICovXG5leHBvcnQgZnVuY3Rpb24gdG9waWNNYXRjaGVzKGZpbHRlcjogc3RyaW5nLCB0b3BpYzogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGlmICh0b3BpYy5zdGFydHNXaXRoKCckJykgJiYgKGZpbHRlci5zdGFydHNXaXRoKCcrJykgfHwgZmlsdGVyLnN0YXJ0c1dpdGgoJyMnKSkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZiA9IGZpbHRlci5zcGxpdCgnLycpO1xuICBjb25zdCB0ID0gdG9waWMuc3BsaXQoJy8nKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBmLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgZmwgPSBmW2ldITtcbiAgICBpZiAoZmwgPT09ICcjJykgcmV0dXJuIHRydWU7IC8vIGFsc28gbWF0Y2hlcyB0aGUgcGFyZW50IGxldmVsIChpID09PSB0Lmxlbmd0aClcbiAgICBpZiAoaSA+PSB0Lmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChmbCAhPT0gJysnICYmIGZsICE9PSB0W2ldKSByZXR1cm4gZmFsc2U7XG4gIH1cbiAgcmV0dXJuIGYubGVuZ3RoID09PSB0Lmxlbmd0aDtcbn1cblxuLyoqXG4gKiBJcyBldmVyeSB0b3BpYyBtYXRjaGVkIGJ5IGBmaWx0ZXJgIGFsc28gbWF0Y2hlZCBieSBgc2NvcGVgPyBCb3RoIGFyZSB2YWxpZCB0b3BpYyBmaWx0ZXJzLiBBXG4gKiBmaWx0ZXIgc3RhcnRpbmcgd2l0aCBgJGAgaXMgbmV2ZXIgd2l0aGluIGEgc2NvcGUgdGhhdCBkb2VzIG5vdCBuYW1lIGAkYCBsaXRlcmFsbHkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaWx0ZXJXaXRoaW4oc2NvcGU6IHN0cmluZywgZmlsdGVyOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKGZpbHRlci5zdGFydHNXaXRoKCckJykgJiYgIXNjb3BlLnN0YXJ0c1dpdGgoJyQnKSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBzID0gc2NvcGUuc3BsaXQoJy8nKTtcbiAgY29uc3QgZiA9IGZpbHRlci5zcGxpdCgnLycpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBzbCA9IHNbaV0hO1xuICAgIGlmIChzbCA9PT0gJyMnKSByZXR1cm4gdHJ1ZTtcbiAgICBjb25zdCBmbCA9IGZbaV07XG4gICAgaWYgKGZsID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxzZTsgLy8gZmlsdGVyIGlzIHNob3J0ZXI6IGl0IG1hdGNoZXMgYSB0b3BpYyB0aGUgc2NvcGUgZG9lcyBub3RcbiAgICBpZiAoZmwgPT09ICcjJykgcmV0dXJuIGZhbHNlOyAvLyBmaWx0ZXIgbWF0Y2hlcyBkZWVwZXIgYW5kIHNoYWxsb3dlciB0b3BpY3MgdGhhbiB0aGUgc2NvcGUgbGV2ZWxcbiAgICBpZiAoc2wgPT09ICcrJykgY29udGludWU7IC8vIGFueSBsaXRlcmFsIG9yIFwiK1wiIGZpdHNcbiAgICBpZiAoZmwgIT09IHNsKSByZXR1cm4gZmFsc2U7IC8vIFwiK1wiIGFnYWluc3QgYSBsaXRlcmFsLCBvciBhbm90aGVyIGxpdGVyYWxcbiAgfVxuICByZXR1cm4gZi5sZW5ndGggPT09IHMubGVuZ3RoO1xufVxuXG4vKipcbiAqIFRoZSBzY29wZSBhcyBsYWJlbCBjb25zdHJhaW50cyBvbiB0aGUgc2Vuc29yLXBhdGggbGFiZWxzOiBlYWNoIGxpdGVyYWwgbGV2ZWwgYW1vbmcgdGhlIGZpcnN0XG4gKiBmaXZlIGdpdmVzIGBsZXZlbD12YWx1ZWAuIGBhY21lL2Jlcmxpbi8jYCBcdTIxOTIgZW50ZXJwcmlzZT1hY21lLCBzaXRlPWJlcmxpbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjb3BlTGFiZWxzKHNjb3BlOiBzdHJpbmcpOiBbc3RyaW5nLCBzdHJpbmddW10ge1xuICBjb25zdCBvdXQ6IFtzdHJpbmcsIHN0cmluZ11bXSA9IFtdO1xuICBjb25zdCBsZXZlbHMgPSBzY29wZS5zcGxpdCgnLycpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IFNFTlNPUl9QQVRIX0xFVkVMUy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGwgPSBsZXZlbHNbaV07XG4gICAgaWYgKGwgPT09IHVuZGVmaW5lZCB8fCBsID09PSAnIycpIGJyZWFrO1xuICAgIGlmIChsICE9PSAnKycpIG91dC5wdXNoKFtTRU5TT1JfUEFUSF9MRVZFTFNbaV0hLCBsXSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIERvZXMgYSBzY29wZSBncmFudCB0aGUgd2hvbGUgdGVuYW50IChubyBjb25zdHJhaW50IGJleW9uZCB0aGUgZW50ZXJwcmlzZSk/ICovXG5leHBvcnQgZnVuY3Rpb24gc2NvcGVDb3ZlcnNUZW5hbnQoc2NvcGU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCBsZXZlbHMgPSBzY29wZS5zcGxpdCgnLycpO1xuICByZXR1cm4gbGV2ZWxzWzBdID09PSAnIycgfHwgbGV2ZWxzWzFdID09PSAnIyc7XG59XG4iLCAiLyoqXG4gKiBBUEkgdXNlcnMgaW4gYDxkYXRhPi9hdXRoLmRiYCAoU1FMaXRlIHRocm91Z2ggYmV0dGVyLXNxbGl0ZTMsIFdBTCBtb2RlIHNvIHRoZSBDTEkgYW5kIGEgcnVubmluZ1xuICogc2VydmVyIGNhbiBzaGFyZSB0aGUgZmlsZSkuIEEgdXNlciBiZWxvbmdzIHRvIG9uZSB0ZW5hbnQsIGhvbGRzIG9uZSBzZW5zb3ItcGF0aCBzY29wZSBhbmQgb25lXG4gKiByb2xlLCBhbmQgb3ducyBvbmUgdG9rZW4gb2Ygd2hpY2ggb25seSB0aGUgc2FsdGVkIGhhc2ggaXMgc3RvcmVkOyByZXZva2luZyBrZWVwcyB0aGUgcm93IChmb3JcbiAqIHRoZSBhdWRpdCB0cmFpbCkgYW5kIHN0b3BzIHRoZSB0b2tlbiBhdCBvbmNlLiBQZXItdGVuYW50IGxpbWl0IG92ZXJyaWRlcyBsaXZlIGhlcmUgdG9vLlxuICovXG5pbXBvcnQgeyBta2RpclN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGRpcm5hbWUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IERhdGFiYXNlIGZyb20gJ2JldHRlci1zcWxpdGUzJztcbmltcG9ydCB7IEF1dGhFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEFMTF9URU5BTlRTLCBwYXJzZVNjb3BlIH0gZnJvbSAnLi9zY29wZS50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZVRva2VuLCBoYXNoU2VjcmV0IH0gZnJvbSAnLi90b2tlbi50cyc7XG5cbmV4cG9ydCBjb25zdCBST0xFUyA9IFsnZWRnZScsICdyZWFkZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIFJvbGUgPSAodHlwZW9mIFJPTEVTKVtudW1iZXJdO1xuXG5leHBvcnQgaW50ZXJmYWNlIFVzZXIge1xuICB1c2VybmFtZTogc3RyaW5nO1xuICB0ZW5hbnQ6IHN0cmluZztcbiAgc2NvcGU6IHN0cmluZztcbiAgcm9sZTogUm9sZTtcbiAgY3JlYXRlZEF0OiBudW1iZXI7XG4gIHJldm9rZWRBdDogbnVtYmVyIHwgbnVsbDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUZW5hbnRMaW1pdE92ZXJyaWRlcyB7XG4gIG1heFNlcmllcz86IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgbWF4U2FtcGxlc1BlclNlY29uZD86IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgbWF4UGF5bG9hZEJ5dGVzPzogbnVtYmVyIHwgdW5kZWZpbmVkO1xufVxuXG5pbnRlcmZhY2UgUm93IHtcbiAgdXNlcm5hbWU6IHN0cmluZztcbiAgdGVuYW50OiBzdHJpbmc7XG4gIHNjb3BlOiBzdHJpbmc7XG4gIHJvbGU6IFJvbGU7XG4gIHRva2VuX2lkOiBzdHJpbmc7XG4gIHRva2VuX2hhc2g6IHN0cmluZztcbiAgY3JlYXRlZF9hdDogbnVtYmVyO1xuICByZXZva2VkX2F0OiBudW1iZXIgfCBudWxsO1xufVxuXG5jb25zdCBVU0VSTkFNRSA9IC9eW0EtWmEtejAtOV1bQS1aYS16MC05Xy5ALV17MCw2M30kLztcblxuY29uc3QgU0NIRU1BID0gYFxuQ1JFQVRFIFRBQkxFIElGIE5PVCBFWElTVFMgdXNlcnMgKFxuICB1c2VybmFtZSAgIFRFWFQgUFJJTUFSWSBLRVksXG4gIHRlbmFudCAgICAgVEVYVCBOT1QgTlVMTCxcbiAgc2NvcGUgICAgICBURVhUIE5PVCBOVUxMLFxuICByb2xlICAgICAgIFRFWFQgTk9UIE5VTEwgQ0hFQ0sgKHJvbGUgSU4gKCdlZGdlJywgJ3JlYWRlcicsICdhZG1pbicpKSxcbiAgdG9rZW5faWQgICBURVhUIE5PVCBOVUxMIFVOSVFVRSxcbiAgdG9rZW5faGFzaCBURVhUIE5PVCBOVUxMLFxuICBjcmVhdGVkX2F0IElOVEVHRVIgTk9UIE5VTEwsXG4gIHJldm9rZWRfYXQgSU5URUdFUlxuKTtcbkNSRUFURSBUQUJMRSBJRiBOT1QgRVhJU1RTIHRlbmFudF9saW1pdHMgKFxuICB0ZW5hbnQgICAgICAgICAgICAgICAgIFRFWFQgUFJJTUFSWSBLRVksXG4gIG1heF9zZXJpZXMgICAgICAgICAgICAgSU5URUdFUixcbiAgbWF4X3NhbXBsZXNfcGVyX3NlY29uZCBSRUFMLFxuICBtYXhfcGF5bG9hZF9ieXRlcyAgICAgIElOVEVHRVJcbik7XG5gO1xuXG5leHBvcnQgZnVuY3Rpb24gYXV0aERiUGF0aChkYXRhRGlyOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7ZGF0YURpcn0vYXV0aC5kYmA7XG59XG5cbmV4cG9ydCBjbGFzcyBVc2VyU3RvcmUge1xuICBwcml2YXRlIHJlYWRvbmx5IGRiOiBEYXRhYmFzZS5EYXRhYmFzZTtcbiAgcHJpdmF0ZSByZWFkb25seSBzdG10cztcblxuICAvKiogT3BlbnMgKGFuZCBjcmVhdGVzKSB0aGUgdXNlciBkYXRhYmFzZSBhdCBgZmlsZWAuICovXG4gIGNvbnN0cnVjdG9yKFxuICAgIGZpbGU6IHN0cmluZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG5vdzogKCkgPT4gbnVtYmVyID0gRGF0ZS5ub3csXG4gICkge1xuICAgIG1rZGlyU3luYyhkaXJuYW1lKGZpbGUpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICB0aGlzLmRiID0gbmV3IERhdGFiYXNlKGZpbGUpO1xuICAgIHRoaXMuZGIucHJhZ21hKCdqb3VybmFsX21vZGUgPSBXQUwnKTtcbiAgICB0aGlzLmRiLnByYWdtYSgnYnVzeV90aW1lb3V0ID0gNTAwMCcpO1xuICAgIHRoaXMuZGIuZXhlYyhTQ0hFTUEpO1xuICAgIHRoaXMuc3RtdHMgPSB7XG4gICAgICBpbnNlcnQ6IHRoaXMuZGIucHJlcGFyZShcbiAgICAgICAgJ0lOU0VSVCBJTlRPIHVzZXJzICh1c2VybmFtZSwgdGVuYW50LCBzY29wZSwgcm9sZSwgdG9rZW5faWQsIHRva2VuX2hhc2gsIGNyZWF0ZWRfYXQpIFZBTFVFUyAoPywgPywgPywgPywgPywgPywgPyknLFxuICAgICAgKSxcbiAgICAgIGJ5TmFtZTogdGhpcy5kYi5wcmVwYXJlPFtzdHJpbmddLCBSb3c+KCdTRUxFQ1QgKiBGUk9NIHVzZXJzIFdIRVJFIHVzZXJuYW1lID0gPycpLFxuICAgICAgYnlUb2tlbklkOiB0aGlzLmRiLnByZXBhcmU8W3N0cmluZ10sIFJvdz4oJ1NFTEVDVCAqIEZST00gdXNlcnMgV0hFUkUgdG9rZW5faWQgPSA/JyksXG4gICAgICBhbGw6IHRoaXMuZGIucHJlcGFyZTxbXSwgUm93PignU0VMRUNUICogRlJPTSB1c2VycyBPUkRFUiBCWSB0ZW5hbnQsIHVzZXJuYW1lJyksXG4gICAgICByZXZva2U6IHRoaXMuZGIucHJlcGFyZSgnVVBEQVRFIHVzZXJzIFNFVCByZXZva2VkX2F0ID0gPyBXSEVSRSB1c2VybmFtZSA9ID8gQU5EIHJldm9rZWRfYXQgSVMgTlVMTCcpLFxuICAgICAgYWN0aXZlOiB0aGlzLmRiLnByZXBhcmU8W10sIHsgbjogbnVtYmVyIH0+KCdTRUxFQ1QgY291bnQoKikgQVMgbiBGUk9NIHVzZXJzIFdIRVJFIHJldm9rZWRfYXQgSVMgTlVMTCcpLFxuICAgICAgbGltaXRzOiB0aGlzLmRiLnByZXBhcmU8W3N0cmluZ10sIFJlY29yZDxzdHJpbmcsIG51bWJlciB8IG51bGw+PihcbiAgICAgICAgJ1NFTEVDVCAqIEZST00gdGVuYW50X2xpbWl0cyBXSEVSRSB0ZW5hbnQgPSA/JyxcbiAgICAgICksXG4gICAgICBzZXRMaW1pdHM6IHRoaXMuZGIucHJlcGFyZShcbiAgICAgICAgYElOU0VSVCBJTlRPIHRlbmFudF9saW1pdHMgKHRlbmFudCwgbWF4X3NlcmllcywgbWF4X3NhbXBsZXNfcGVyX3NlY29uZCwgbWF4X3BheWxvYWRfYnl0ZXMpIFZBTFVFUyAoPywgPywgPywgPylcbiAgICAgICAgIE9OIENPTkZMSUNUKHRlbmFudCkgRE8gVVBEQVRFIFNFVCBtYXhfc2VyaWVzID0gZXhjbHVkZWQubWF4X3NlcmllcyxcbiAgICAgICAgICAgbWF4X3NhbXBsZXNfcGVyX3NlY29uZCA9IGV4Y2x1ZGVkLm1heF9zYW1wbGVzX3Blcl9zZWNvbmQsIG1heF9wYXlsb2FkX2J5dGVzID0gZXhjbHVkZWQubWF4X3BheWxvYWRfYnl0ZXNgLFxuICAgICAgKSxcbiAgICB9O1xuICB9XG5cbiAgLyoqXG4gICAqIENyZWF0ZXMgYSB1c2VyIGFuZCByZXR1cm5zIGl0IHdpdGggaXRzIHRva2VuLiBUaGUgdG9rZW4gaXMgbm90IHN0b3JlZCBhbmQgY2Fubm90IGJlIHNob3duXG4gICAqIGFnYWluLiBgbmFtZWAgZGVmYXVsdHMgdG8gYDx0ZW5hbnQ+LTxyb2xlPi08NCBoZXg+YC5cbiAgICovXG4gIGFzeW5jIGNyZWF0ZShvcHRzOiB7IHRlbmFudDogc3RyaW5nOyBwYXRoOiBzdHJpbmc7IHJvbGU6IHN0cmluZzsgbmFtZT86IHN0cmluZyB8IHVuZGVmaW5lZCB9KTogUHJvbWlzZTx7XG4gICAgdXNlcjogVXNlcjtcbiAgICB0b2tlbjogc3RyaW5nO1xuICB9PiB7XG4gICAgY29uc3Qgcm9sZSA9IG9wdHMucm9sZSBhcyBSb2xlO1xuICAgIGlmICghUk9MRVMuaW5jbHVkZXMocm9sZSkpXG4gICAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgICAnQVVUSF9CQURfUkVRVUVTVCcsXG4gICAgICAgIGByb2xlICR7SlNPTi5zdHJpbmdpZnkob3B0cy5yb2xlKX0gaXMgdW5rbm93bjogdXNlIGVkZ2UsIHJlYWRlciBvciBhZG1pbmAsXG4gICAgICApO1xuICAgIGlmIChvcHRzLnRlbmFudCA9PT0gQUxMX1RFTkFOVFMgJiYgcm9sZSAhPT0gJ2FkbWluJylcbiAgICAgIHRocm93IG5ldyBBdXRoRXJyb3IoJ0FVVEhfQkFEX1JFUVVFU1QnLCAndGVuYW50IFwiKlwiIChhbGwgdGVuYW50cykgaXMgZm9yIG9wZXJhdG9yczogdXNlIC0tcm9sZSBhZG1pbicpO1xuICAgIGNvbnN0IHNjb3BlID0gcGFyc2VTY29wZShvcHRzLnRlbmFudCwgb3B0cy5wYXRoKTtcbiAgICBjb25zdCB0ID0gZ2VuZXJhdGVUb2tlbigpO1xuICAgIGNvbnN0IHVzZXJuYW1lID1cbiAgICAgIG9wdHMubmFtZSA/PyBgJHtvcHRzLnRlbmFudCA9PT0gQUxMX1RFTkFOVFMgPyAnb3BlcmF0b3InIDogb3B0cy50ZW5hbnR9LSR7cm9sZX0tJHt0LmlkLnNsaWNlKDAsIDQpfWA7XG4gICAgaWYgKCFVU0VSTkFNRS50ZXN0KHVzZXJuYW1lKSlcbiAgICAgIHRocm93IG5ldyBBdXRoRXJyb3IoXG4gICAgICAgICdBVVRIX0JBRF9SRVFVRVNUJyxcbiAgICAgICAgYHVzZXIgbmFtZSAke0pTT04uc3RyaW5naWZ5KHVzZXJuYW1lKX0gaXMgaW52YWxpZDogdXNlIDEtNjQgbGV0dGVycywgZGlnaXRzLCBcIl9cIiwgXCIuXCIsIFwiQFwiIG9yIFwiLVwiYCxcbiAgICAgICk7XG4gICAgY29uc3QgaGFzaCA9IGF3YWl0IGhhc2hTZWNyZXQodC5zZWNyZXQpO1xuICAgIGNvbnN0IGNyZWF0ZWRBdCA9IHRoaXMubm93KCk7XG4gICAgdHJ5IHtcbiAgICAgIHRoaXMuc3RtdHMuaW5zZXJ0LnJ1bih1c2VybmFtZSwgb3B0cy50ZW5hbnQsIHNjb3BlLCByb2xlLCB0LmlkLCBoYXNoLCBjcmVhdGVkQXQpO1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgaWYgKChlcnIgYXMgeyBjb2RlPzogc3RyaW5nIH0pLmNvZGUgPT09ICdTUUxJVEVfQ09OU1RSQUlOVF9QUklNQVJZS0VZJylcbiAgICAgICAgdGhyb3cgbmV3IEF1dGhFcnJvcignQVVUSF9CQURfUkVRVUVTVCcsIGB1c2VyICR7dXNlcm5hbWV9IGV4aXN0cyBhbHJlYWR5OiBwaWNrIGFub3RoZXIgLS1uYW1lYCwge1xuICAgICAgICAgIGNhdXNlOiBlcnIsXG4gICAgICAgIH0pO1xuICAgICAgdGhyb3cgZXJyO1xuICAgIH1cbiAgICByZXR1cm4ge1xuICAgICAgdXNlcjogeyB1c2VybmFtZSwgdGVuYW50OiBvcHRzLnRlbmFudCwgc2NvcGUsIHJvbGUsIGNyZWF0ZWRBdCwgcmV2b2tlZEF0OiBudWxsIH0sXG4gICAgICB0b2tlbjogdC50b2tlbixcbiAgICB9O1xuICB9XG5cbiAgZ2V0KHVzZXJuYW1lOiBzdHJpbmcpOiBVc2VyIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCByID0gdGhpcy5zdG10cy5ieU5hbWUuZ2V0KHVzZXJuYW1lKTtcbiAgICByZXR1cm4gciAmJiB0b1VzZXIocik7XG4gIH1cblxuICAvKiogVGhlIHVzZXIgb3duaW5nIHRva2VuIGlkIGBpZGAgd2l0aCBpdHMgc3RvcmVkIGhhc2guICovXG4gIGJ5VG9rZW5JZChpZDogc3RyaW5nKTogKFVzZXIgJiB7IHRva2VuSGFzaDogc3RyaW5nIH0pIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCByID0gdGhpcy5zdG10cy5ieVRva2VuSWQuZ2V0KGlkKTtcbiAgICByZXR1cm4gciAmJiB7IC4uLnRvVXNlcihyKSwgdG9rZW5IYXNoOiByLnRva2VuX2hhc2ggfTtcbiAgfVxuXG4gIC8qKiBVc2Vycywgb3B0aW9uYWxseSBvZiBvbmUgdGVuYW50LCByZXZva2VkIG9uZXMgaW5jbHVkZWQuICovXG4gIGxpc3QodGVuYW50Pzogc3RyaW5nKTogVXNlcltdIHtcbiAgICByZXR1cm4gdGhpcy5zdG10cy5hbGxcbiAgICAgIC5hbGwoKVxuICAgICAgLm1hcCh0b1VzZXIpXG4gICAgICAuZmlsdGVyKCh1KSA9PiB0ZW5hbnQgPT09IHVuZGVmaW5lZCB8fCB1LnRlbmFudCA9PT0gdGVuYW50KTtcbiAgfVxuXG4gIC8qKiBSZXZva2VzIGEgdXNlcidzIHRva2VuLiBUaHJvd3MgQVVUSF9VTktOT1dOX1VTRVI7IHJldm9raW5nIHR3aWNlIGlzIGEgbm8tb3AuICovXG4gIHJldm9rZSh1c2VybmFtZTogc3RyaW5nKTogVXNlciB7XG4gICAgY29uc3QgdSA9IHRoaXMuZ2V0KHVzZXJuYW1lKTtcbiAgICBpZiAoIXUpXG4gICAgICB0aHJvdyBuZXcgQXV0aEVycm9yKCdBVVRIX1VOS05PV05fVVNFUicsIGBubyB1c2VyICR7dXNlcm5hbWV9OiBsaXN0IHVzZXJzIHdpdGggXCJzZW5zb3JwYXRoIHVzZXIgbGlzdFwiYCk7XG4gICAgdGhpcy5zdG10cy5yZXZva2UucnVuKHRoaXMubm93KCksIHVzZXJuYW1lKTtcbiAgICByZXR1cm4gdGhpcy5nZXQodXNlcm5hbWUpITtcbiAgfVxuXG4gIC8qKiBOdW1iZXIgb2YgdXNlcnMgdGhhdCBhcmUgbm90IHJldm9rZWQ7IHplcm8gbWVhbnMgdGhlIHNlcnZlciBtYXkgcnVuIGluIG9wZW4gbW9kZS4gKi9cbiAgYWN0aXZlQ291bnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5zdG10cy5hY3RpdmUuZ2V0KCk/Lm4gPz8gMDtcbiAgfVxuXG4gIGxpbWl0cyh0ZW5hbnQ6IHN0cmluZyk6IFRlbmFudExpbWl0T3ZlcnJpZGVzIHtcbiAgICBjb25zdCByID0gdGhpcy5zdG10cy5saW1pdHMuZ2V0KHRlbmFudCk7XG4gICAgaWYgKCFyKSByZXR1cm4ge307XG4gICAgcmV0dXJuIHtcbiAgICAgIG1heFNlcmllczogci5tYXhfc2VyaWVzID8/IHVuZGVmaW5lZCxcbiAgICAgIG1heFNhbXBsZXNQZXJTZWNvbmQ6IHIubWF4X3NhbXBsZXNfcGVyX3NlY29uZCA/PyB1bmRlZmluZWQsXG4gICAgICBtYXhQYXlsb2FkQnl0ZXM6IHIubWF4X3BheWxvYWRfYnl0ZXMgPz8gdW5kZWZpbmVkLFxuICAgIH07XG4gIH1cblxuICBzZXRMaW1pdHModGVuYW50OiBzdHJpbmcsIGw6IFRlbmFudExpbWl0T3ZlcnJpZGVzKTogdm9pZCB7XG4gICAgdGhpcy5zdG10cy5zZXRMaW1pdHMucnVuKFxuICAgICAgdGVuYW50LFxuICAgICAgbC5tYXhTZXJpZXMgPz8gbnVsbCxcbiAgICAgIGwubWF4U2FtcGxlc1BlclNlY29uZCA/PyBudWxsLFxuICAgICAgbC5tYXhQYXlsb2FkQnl0ZXMgPz8gbnVsbCxcbiAgICApO1xuICB9XG5cbiAgY2xvc2UoKTogdm9pZCB7XG4gICAgdGhpcy5kYi5jbG9zZSgpO1xuICB9XG59XG5cbmZ1bmN0aW9uIHRvVXNlcihyOiBSb3cpOiBVc2VyIHtcbiAgcmV0dXJuIHtcbiAgICB1c2VybmFtZTogci51c2VybmFtZSxcbiAgICB0ZW5hbnQ6IHIudGVuYW50LFxuICAgIHNjb3BlOiByLnNjb3BlLFxuICAgIHJvbGU6IHIucm9sZSxcbiAgICBjcmVhdGVkQXQ6IHIuY3JlYXRlZF9hdCxcbiAgICByZXZva2VkQXQ6IHIucmV2b2tlZF9hdCxcbiAgfTtcbn1cbiIsICIvKipcbiAqIEFQSSB0b2tlbnMuIEEgdG9rZW4gaXMgYHNwdF88aWQ+XzxzZWNyZXQ+YDogdGhlIGlkICg4IHJhbmRvbSBieXRlcywgaGV4KSBmaW5kcyB0aGUgdXNlciB3aXRob3V0XG4gKiB0cnlpbmcgZXZlcnkgaGFzaCwgdGhlIHNlY3JldCAoMzIgcmFuZG9tIGJ5dGVzLCBiYXNlNjR1cmwpIGlzIHRoZSBjcmVkZW50aWFsLiBPbmx5IGEgc2FsdGVkIHNjcnlwdFxuICogaGFzaCBvZiB0aGUgc2VjcmV0IGlzIHN0b3JlZCAoYHNjcnlwdCQ8Tj4kPHI+JDxwPiQ8c2FsdD4kPGhhc2g+YCwgYmFzZTY0dXJsKTsgdmVyaWZpY2F0aW9uXG4gKiByZWNvbXB1dGVzIGl0IGFzeW5jaHJvbm91c2x5IChvZmYgdGhlIGV2ZW50IGxvb3ApIGFuZCBjb21wYXJlcyBpbiBjb25zdGFudCB0aW1lLiBUaGUgc2VjcmV0IGhhc1xuICogMjU2IGJpdHMgb2YgZW50cm9weSwgc28gc2NyeXB0J3MgY29zdCBpcyBkZWZlbmNlIGluIGRlcHRoIGFnYWluc3QgYSBzdG9sZW4gYXV0aC5kYiwgbm90IHRoZSBvbmx5XG4gKiBiYXJyaWVyOyBjYWxsZXJzIGNhY2hlIHN1Y2Nlc3NmdWwgdmVyaWZpY2F0aW9ucyBicmllZmx5IHRvIGtlZXAgcGVyLXJlcXVlc3QgY29zdCBsb3cuXG4gKi9cbmltcG9ydCB7IHJhbmRvbUJ5dGVzLCB0eXBlIFNjcnlwdE9wdGlvbnMsIHNjcnlwdCwgdGltaW5nU2FmZUVxdWFsIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuXG5jb25zdCBQUkVGSVggPSAnc3B0Xyc7XG5jb25zdCBJRCA9IC9eWzAtOWEtZl17MTZ9JC87XG5jb25zdCBTRUNSRVQgPSAvXltBLVphLXowLTlfLV17NDN9JC87XG4vKiogc2NyeXB0IGNvc3Q6IE49Ml4xNCwgcj04LCBwPTEgKDE2IE1pQiwgfjQwIG1zKTsgc3RvcmVkIHdpdGggZWFjaCBoYXNoIHNvIGl0IGNhbiBjaGFuZ2UuICovXG5jb25zdCBERUZBVUxUX1BBUkFNUyA9IHsgTjogMSA8PCAxNCwgcjogOCwgcDogMSB9O1xuY29uc3QgS0VZTEVOID0gMzI7XG5cbmV4cG9ydCBpbnRlcmZhY2UgTmV3VG9rZW4ge1xuICAvKiogVGhlIGZ1bGwgdG9rZW4gdG8gaGFuZCB0byB0aGUgdXNlciwgb25jZS4gKi9cbiAgdG9rZW46IHN0cmluZztcbiAgaWQ6IHN0cmluZztcbiAgc2VjcmV0OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0ZVRva2VuKCk6IE5ld1Rva2VuIHtcbiAgY29uc3QgaWQgPSByYW5kb21CeXRlcyg4KS50b1N0cmluZygnaGV4Jyk7XG4gIGNvbnN0IHNlY3JldCA9IHJhbmRvbUJ5dGVzKDMyKS50b1N0cmluZygnYmFzZTY0dXJsJyk7XG4gIHJldHVybiB7IHRva2VuOiBgJHtQUkVGSVh9JHtpZH1fJHtzZWNyZXR9YCwgaWQsIHNlY3JldCB9O1xufVxuXG4vKiogU3BsaXRzIGEgdG9rZW4gaW50byBpZCBhbmQgc2VjcmV0LCBvciB1bmRlZmluZWQgd2hlbiBpdCBpcyBub3Qgc2hhcGVkIGxpa2Ugb25lIG9mIG91cnMuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRUb2tlbih0b2tlbjogc3RyaW5nKTogeyBpZDogc3RyaW5nOyBzZWNyZXQ6IHN0cmluZyB9IHwgdW5kZWZpbmVkIHtcbiAgaWYgKCF0b2tlbi5zdGFydHNXaXRoKFBSRUZJWCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGlkID0gdG9rZW4uc2xpY2UoUFJFRklYLmxlbmd0aCwgUFJFRklYLmxlbmd0aCArIDE2KTtcbiAgY29uc3Qgc2VjcmV0ID0gdG9rZW4uc2xpY2UoUFJFRklYLmxlbmd0aCArIDE3KTtcbiAgaWYgKHRva2VuW1BSRUZJWC5sZW5ndGggKyAxNl0gIT09ICdfJyB8fCAhSUQudGVzdChpZCkgfHwgIVNFQ1JFVC50ZXN0KHNlY3JldCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiB7IGlkLCBzZWNyZXQgfTtcbn1cblxuZnVuY3Rpb24gc2NyeXB0QXN5bmMoc2VjcmV0OiBzdHJpbmcsIHNhbHQ6IEJ1ZmZlciwgcGFyYW1zOiBTY3J5cHRPcHRpb25zKTogUHJvbWlzZTxCdWZmZXI+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+XG4gICAgc2NyeXB0KHNlY3JldCwgc2FsdCwgS0VZTEVOLCB7IC4uLnBhcmFtcywgbWF4bWVtOiA2NCA8PCAyMCB9LCAoZXJyLCBrZXkpID0+XG4gICAgICBlcnIgPyByZWplY3QoZXJyKSA6IHJlc29sdmUoa2V5KSxcbiAgICApLFxuICApO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gaGFzaFNlY3JldChzZWNyZXQ6IHN0cmluZywgcGFyYW1zID0gREVGQVVMVF9QQVJBTVMpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBzYWx0ID0gcmFuZG9tQnl0ZXMoMTYpO1xuICBjb25zdCBrZXkgPSBhd2FpdCBzY3J5cHRBc3luYyhzZWNyZXQsIHNhbHQsIHBhcmFtcyk7XG4gIHJldHVybiBbJ3NjcnlwdCcsIHBhcmFtcy5OLCBwYXJhbXMuciwgcGFyYW1zLnAsIHNhbHQudG9TdHJpbmcoJ2Jhc2U2NHVybCcpLCBrZXkudG9TdHJpbmcoJ2Jhc2U2NHVybCcpXS5qb2luKFxuICAgICckJyxcbiAgKTtcbn1cblxuLyoqIENvbnN0YW50LXRpbWUgY2hlY2sgb2YgYSBzZWNyZXQgYWdhaW5zdCBhIHN0b3JlZCBoYXNoOyBmYWxzZSBmb3IgYW55IG1hbGZvcm1lZCBoYXNoLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHZlcmlmeVNlY3JldChzZWNyZXQ6IHN0cmluZywgc3RvcmVkOiBzdHJpbmcpOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgY29uc3QgcGFydHMgPSBzdG9yZWQuc3BsaXQoJyQnKTtcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gNiB8fCBwYXJ0c1swXSAhPT0gJ3NjcnlwdCcpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgW04sIHIsIHBdID0gW051bWJlcihwYXJ0c1sxXSksIE51bWJlcihwYXJ0c1syXSksIE51bWJlcihwYXJ0c1szXSldO1xuICBjb25zdCBzYWx0ID0gQnVmZmVyLmZyb20ocGFydHNbNF0hLCAnYmFzZTY0dXJsJyk7XG4gIGNvbnN0IHdhbnQgPSBCdWZmZXIuZnJvbShwYXJ0c1s1XSEsICdiYXNlNjR1cmwnKTtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKE4pIHx8ICFOdW1iZXIuaXNJbnRlZ2VyKHIpIHx8ICFOdW1iZXIuaXNJbnRlZ2VyKHApIHx8IHdhbnQubGVuZ3RoICE9PSBLRVlMRU4pXG4gICAgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBnb3QgPSBhd2FpdCBzY3J5cHRBc3luYyhzZWNyZXQsIHNhbHQsIHsgTiwgciwgcCB9KTtcbiAgcmV0dXJuIHRpbWluZ1NhZmVFcXVhbChnb3QsIHdhbnQpO1xufVxuIiwgIi8qKlxuICogUGVyLXRlbmFudCBpbmdlc3Rpb24gbGltaXRzOiBhY3RpdmUgc2VyaWVzLCBzYW1wbGVzIHBlciBzZWNvbmQgYW5kIHBheWxvYWQgc2l6ZS4gQWNjb3VudGluZyBpc1xuICogcGVyIHRlbmFudCwgc28gb25lIHRlbmFudCBvdmVyIGl0cyBsaW1pdHMgbmV2ZXIgc2xvd3Mgb3IgcmVmdXNlcyBhbm90aGVyLiBUaGUgc2FtcGxlIHJhdGUgaXMgYVxuICogdG9rZW4gYnVja2V0IChgbWF4U2FtcGxlc1BlclNlY29uZGAsIGJ1cnN0IGBidXJzdFNlY29uZHNgIHdvcnRoKSwgY2hlY2tlZCBmb3IgYSB3aG9sZSBtZXNzYWdlXG4gKiBiZWZvcmUgYW55dGhpbmcgaXMgc3RvcmVkOyBhIHNlcmllcyBjb3VudHMgYXMgYWN0aXZlIGZyb20gaXRzIGZpcnN0IHNhbXBsZSB1bnRpbCBpdCBoYXMgYmVlblxuICogc2lsZW50IGZvciBgc2VyaWVzV2luZG93TXNgLCBhbmQgYSBzYW1wbGUgdGhhdCB3b3VsZCBjcmVhdGUgYSBzZXJpZXMgYmV5b25kIGBtYXhTZXJpZXNgIGlzXG4gKiByZWZ1c2VkIHdoaWxlIHNhbXBsZXMgb2Yga25vd24gc2VyaWVzIHN0aWxsIHBhc3MuIFplcm8gbWVhbnMgXCJubyBsaW1pdFwiIGV2ZXJ5d2hlcmUuXG4gKi9cbmltcG9ydCB7IEF1dGhFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB0eXBlIHsgVGVuYW50TGltaXRPdmVycmlkZXMgfSBmcm9tICcuL3N0b3JlLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBMaW1pdHNDb25maWcge1xuICAvKiogQWN0aXZlIHNlcmllcyBwZXIgdGVuYW50LiBAZGVmYXVsdCAwICh1bmxpbWl0ZWQpICovXG4gIG1heFNlcmllczogbnVtYmVyO1xuICAvKiogU3VzdGFpbmVkIHNhbXBsZXMgcGVyIHNlY29uZCBwZXIgdGVuYW50LiBAZGVmYXVsdCAwICh1bmxpbWl0ZWQpICovXG4gIG1heFNhbXBsZXNQZXJTZWNvbmQ6IG51bWJlcjtcbiAgLyoqIExhcmdlc3QgbWVzc2FnZSBvciByZXF1ZXN0IGJvZHkgaW4gYnl0ZXMuIEBkZWZhdWx0IDQxOTQzMDQgKDQgTWlCKSAqL1xuICBtYXhQYXlsb2FkQnl0ZXM6IG51bWJlcjtcbiAgLyoqIEJ1cnN0IG9mIHRoZSBzYW1wbGUtcmF0ZSBidWNrZXQsIGluIHNlY29uZHMgb2YgYG1heFNhbXBsZXNQZXJTZWNvbmRgLiBAZGVmYXVsdCAxMCAqL1xuICBidXJzdFNlY29uZHM6IG51bWJlcjtcbiAgLyoqIEhvdyBsb25nIGEgc2VyaWVzIHN0YXlzIGFjdGl2ZSB3aXRob3V0IHNhbXBsZXMgKG1zKS4gQGRlZmF1bHQgMzYwMDAwMCAqL1xuICBzZXJpZXNXaW5kb3dNczogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9MSU1JVFM6IExpbWl0c0NvbmZpZyA9IHtcbiAgbWF4U2VyaWVzOiAwLFxuICBtYXhTYW1wbGVzUGVyU2Vjb25kOiAwLFxuICBtYXhQYXlsb2FkQnl0ZXM6IDQgPDwgMjAsXG4gIGJ1cnN0U2Vjb25kczogMTAsXG4gIHNlcmllc1dpbmRvd01zOiAzXzYwMF8wMDAsXG59O1xuXG5pbnRlcmZhY2UgVGVuYW50U3RhdGUge1xuICBzZXJpZXM6IE1hcDxzdHJpbmcsIG51bWJlcj47XG4gIHRva2VuczogbnVtYmVyO1xuICByZWZpbGxlZEF0OiBudW1iZXI7XG4gIGxpbWl0czogTGltaXRzQ29uZmlnO1xuICBsaW1pdHNBdDogbnVtYmVyO1xufVxuXG5leHBvcnQgY2xhc3MgVGVuYW50TGltaXRlciB7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGVuYW50cyA9IG5ldyBNYXA8c3RyaW5nLCBUZW5hbnRTdGF0ZT4oKTtcbiAgLyoqIFJlZnVzYWxzIGJ5IGB0ZW5hbnRgIGFuZCBsaW1pdCAoYHNlcmllc2AsIGByYXRlYCwgYHBheWxvYWRgKS4gKi9cbiAgcmVhZG9ubHkgcmVmdXNhbHMgPSBuZXcgTWFwPHN0cmluZywgeyB0ZW5hbnQ6IHN0cmluZzsgbGltaXQ6IHN0cmluZzsgY291bnQ6IG51bWJlciB9PigpO1xuICBwcml2YXRlIG5leHRQcnVuZSA9IDA7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBkZWZhdWx0czogTGltaXRzQ29uZmlnID0gREVGQVVMVF9MSU1JVFMsXG4gICAgcHJpdmF0ZSByZWFkb25seSBvdmVycmlkZXM6ICh0ZW5hbnQ6IHN0cmluZykgPT4gVGVuYW50TGltaXRPdmVycmlkZXMgPSAoKSA9PiAoe30pLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbm93OiAoKSA9PiBudW1iZXIgPSBEYXRlLm5vdyxcbiAgKSB7fVxuXG4gIC8qKiBUaGUgZWZmZWN0aXZlIGxpbWl0cyBvZiBhIHRlbmFudCAoZGVmYXVsdHMgd2l0aCBpdHMgb3ZlcnJpZGVzLCByZS1yZWFkIGV2ZXJ5IDEwIHMpLiAqL1xuICBsaW1pdHNPZih0ZW5hbnQ6IHN0cmluZyk6IExpbWl0c0NvbmZpZyB7XG4gICAgcmV0dXJuIHRoaXMuc3RhdGUodGVuYW50KS5saW1pdHM7XG4gIH1cblxuICAvKiogVGhyb3dzIExJTUlUX1BBWUxPQUQgd2hlbiBhIG1lc3NhZ2Ugb2YgYGJ5dGVzYCBpcyB0b28gbGFyZ2UgZm9yIHRoZSB0ZW5hbnQuICovXG4gIGNoZWNrUGF5bG9hZCh0ZW5hbnQ6IHN0cmluZywgYnl0ZXM6IG51bWJlcik6IHZvaWQge1xuICAgIGNvbnN0IG1heCA9IHRoaXMuc3RhdGUodGVuYW50KS5saW1pdHMubWF4UGF5bG9hZEJ5dGVzO1xuICAgIGlmIChtYXggPiAwICYmIGJ5dGVzID4gbWF4KSB7XG4gICAgICB0aGlzLmNvdW50KHRlbmFudCwgJ3BheWxvYWQnKTtcbiAgICAgIHRocm93IG5ldyBBdXRoRXJyb3IoXG4gICAgICAgICdMSU1JVF9QQVlMT0FEJyxcbiAgICAgICAgYHRlbmFudCAke3RlbmFudH06IHBheWxvYWQgb2YgJHtieXRlc30gYnl0ZXMgZXhjZWVkcyB0aGUgbGltaXQgb2YgJHttYXh9IGJ5dGVzOyBzZW5kIHNtYWxsZXIgYmF0Y2hlc2AsXG4gICAgICAgIHsgdGVuYW50IH0sXG4gICAgICApO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBUYWtlcyBgbmAgc2FtcGxlcyBmcm9tIHRoZSB0ZW5hbnQncyByYXRlIGJ1Y2tldCBvciB0aHJvd3MgTElNSVRfUkFURSAobm90aGluZyB0YWtlbikuICovXG4gIHRha2VTYW1wbGVzKHRlbmFudDogc3RyaW5nLCBuOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCBzID0gdGhpcy5zdGF0ZSh0ZW5hbnQpO1xuICAgIGNvbnN0IHJhdGUgPSBzLmxpbWl0cy5tYXhTYW1wbGVzUGVyU2Vjb25kO1xuICAgIGlmIChyYXRlIDw9IDApIHJldHVybjtcbiAgICBjb25zdCBidXJzdCA9IHJhdGUgKiBNYXRoLm1heCgxLCBzLmxpbWl0cy5idXJzdFNlY29uZHMpO1xuICAgIGNvbnN0IHQgPSB0aGlzLm5vdygpO1xuICAgIHMudG9rZW5zID0gTWF0aC5taW4oYnVyc3QsIHMudG9rZW5zICsgKCh0IC0gcy5yZWZpbGxlZEF0KSAvIDEwMDApICogcmF0ZSk7XG4gICAgcy5yZWZpbGxlZEF0ID0gdDtcbiAgICBpZiAobiA+IHMudG9rZW5zKSB7XG4gICAgICB0aGlzLmNvdW50KHRlbmFudCwgJ3JhdGUnKTtcbiAgICAgIHRocm93IG5ldyBBdXRoRXJyb3IoXG4gICAgICAgICdMSU1JVF9SQVRFJyxcbiAgICAgICAgYHRlbmFudCAke3RlbmFudH06ICR7bn0gc2FtcGxlcyBleGNlZWQgdGhlIHJhdGUgbGltaXQgb2YgJHtyYXRlfSBzYW1wbGVzL3MgKGJ1cnN0ICR7YnVyc3R9KTsgcmV0cnkgbGF0ZXIgb3Igc2VuZCBsZXNzIG9mdGVuYCxcbiAgICAgICAgeyB0ZW5hbnQgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIHMudG9rZW5zIC09IG47XG4gIH1cblxuICAvKipcbiAgICogQWRtaXRzIGEgc2FtcGxlIG9mIHNlcmllcyBga2V5YDogdHJ1ZSB3aGVuIHRoZSBzZXJpZXMgaXMga25vd24gb3IgdGhlcmUgaXMgcm9vbSBmb3IgYSBuZXcgb25lXG4gICAqIChpdCBpcyB0aGVuIHJlY29yZGVkKTsgZmFsc2UsIGNvdW50ZWQsIHdoZW4gaXQgd291bGQgZXhjZWVkIGBtYXhTZXJpZXNgLlxuICAgKi9cbiAgYWRtaXRTZXJpZXModGVuYW50OiBzdHJpbmcsIGtleTogc3RyaW5nKTogYm9vbGVhbiB7XG4gICAgY29uc3QgcyA9IHRoaXMuc3RhdGUodGVuYW50KTtcbiAgICBjb25zdCB0ID0gdGhpcy5ub3coKTtcbiAgICBpZiAodCA+PSB0aGlzLm5leHRQcnVuZSkgdGhpcy5wcnVuZSh0KTtcbiAgICBpZiAocy5zZXJpZXMuaGFzKGtleSkpIHtcbiAgICAgIHMuc2VyaWVzLnNldChrZXksIHQpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGNvbnN0IG1heCA9IHMubGltaXRzLm1heFNlcmllcztcbiAgICBpZiAobWF4ID4gMCAmJiBzLnNlcmllcy5zaXplID49IG1heCkge1xuICAgICAgdGhpcy5jb3VudCh0ZW5hbnQsICdzZXJpZXMnKTtcbiAgICAgIHJldHVybiBmYWxzZTtcbiAgICB9XG4gICAgcy5zZXJpZXMuc2V0KGtleSwgdCk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH1cblxuICBhY3RpdmVTZXJpZXModGVuYW50OiBzdHJpbmcpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLnRlbmFudHMuZ2V0KHRlbmFudCk/LnNlcmllcy5zaXplID8/IDA7XG4gIH1cblxuICBrbm93blRlbmFudHMoKTogc3RyaW5nW10ge1xuICAgIHJldHVybiBbLi4udGhpcy50ZW5hbnRzLmtleXMoKV0uc29ydCgpO1xuICB9XG5cbiAgcHJpdmF0ZSBjb3VudCh0ZW5hbnQ6IHN0cmluZywgbGltaXQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IGsgPSBgJHt0ZW5hbnR9XFx1MDAwMCR7bGltaXR9YDtcbiAgICBjb25zdCByID0gdGhpcy5yZWZ1c2Fscy5nZXQoayk7XG4gICAgaWYgKHIpIHIuY291bnQrKztcbiAgICBlbHNlIHRoaXMucmVmdXNhbHMuc2V0KGssIHsgdGVuYW50LCBsaW1pdCwgY291bnQ6IDEgfSk7XG4gIH1cblxuICBwcml2YXRlIHN0YXRlKHRlbmFudDogc3RyaW5nKTogVGVuYW50U3RhdGUge1xuICAgIGNvbnN0IHQgPSB0aGlzLm5vdygpO1xuICAgIGxldCBzID0gdGhpcy50ZW5hbnRzLmdldCh0ZW5hbnQpO1xuICAgIGlmICghcykge1xuICAgICAgY29uc3QgbGltaXRzID0gdGhpcy5yZXNvbHZlKHRlbmFudCk7XG4gICAgICBzID0ge1xuICAgICAgICBzZXJpZXM6IG5ldyBNYXAoKSxcbiAgICAgICAgdG9rZW5zOiBsaW1pdHMubWF4U2FtcGxlc1BlclNlY29uZCAqIGxpbWl0cy5idXJzdFNlY29uZHMsXG4gICAgICAgIHJlZmlsbGVkQXQ6IHQsXG4gICAgICAgIGxpbWl0cyxcbiAgICAgICAgbGltaXRzQXQ6IHQsXG4gICAgICB9O1xuICAgICAgdGhpcy50ZW5hbnRzLnNldCh0ZW5hbnQsIHMpO1xuICAgIH0gZWxzZSBpZiAodCAtIHMubGltaXRzQXQgPiAxMF8wMDApIHtcbiAgICAgIHMubGltaXRzID0gdGhpcy5yZXNvbHZlKHRlbmFudCk7XG4gICAgICBzLmxpbWl0c0F0ID0gdDtcbiAgICB9XG4gICAgcmV0dXJuIHM7XG4gIH1cblxuICBwcml2YXRlIHJlc29sdmUodGVuYW50OiBzdHJpbmcpOiBMaW1pdHNDb25maWcge1xuICAgIGNvbnN0IG8gPSB0aGlzLm92ZXJyaWRlcyh0ZW5hbnQpO1xuICAgIHJldHVybiB7XG4gICAgICAuLi50aGlzLmRlZmF1bHRzLFxuICAgICAgLi4uKG8ubWF4U2VyaWVzICE9PSB1bmRlZmluZWQgJiYgeyBtYXhTZXJpZXM6IG8ubWF4U2VyaWVzIH0pLFxuICAgICAgLi4uKG8ubWF4U2FtcGxlc1BlclNlY29uZCAhPT0gdW5kZWZpbmVkICYmIHsgbWF4U2FtcGxlc1BlclNlY29uZDogby5tYXhTYW1wbGVzUGVyU2Vjb25kIH0pLFxuICAgICAgLi4uKG8ubWF4UGF5bG9hZEJ5dGVzICE9PSB1bmRlZmluZWQgJiYgeyBtYXhQYXlsb2FkQnl0ZXM6IG8ubWF4UGF5bG9hZEJ5dGVzIH0pLFxuICAgIH07XG4gIH1cblxuICBwcml2YXRlIHBydW5lKHQ6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMubmV4dFBydW5lID0gdCArIDYwXzAwMDtcbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy50ZW5hbnRzLnZhbHVlcygpKSB7XG4gICAgICBjb25zdCBjdXRvZmYgPSB0IC0gcy5saW1pdHMuc2VyaWVzV2luZG93TXM7XG4gICAgICBmb3IgKGNvbnN0IFtrLCBzZWVuXSBvZiBzLnNlcmllcykgaWYgKHNlZW4gPCBjdXRvZmYpIHMuc2VyaWVzLmRlbGV0ZShrKTtcbiAgICB9XG4gIH1cbn1cbiIsICIvKipcbiAqIFdobyBpcyBjYWxsaW5nLCBhbmQgd2hhdCB0aGV5IG1heSBkby4gQW4gYEF1dGhlbnRpY2F0b3JgIHR1cm5zIGNyZWRlbnRpYWxzIChhbiBBUEkgdG9rZW4sIHdpdGggb3JcbiAqIHdpdGhvdXQgaXRzIHVzZXIgbmFtZSwgb3IgYW4gT0lEQyBKV1QpIGludG8gYSBgUHJpbmNpcGFsYDogdXNlciBuYW1lLCB0ZW5hbnQsIHNjb3BlIGFuZCByb2xlLiBUaGVcbiAqIHJ1bGVzIG9mIHRoZSByb2xlcyBsaXZlIGhlcmUsIGluIG9uZSBwbGFjZSwgZm9yIE1RVFQgYW5kIEhUVFAgYWxpa2U6XG4gKlxuICogLSBlZGdlOiBwdWJsaXNoIGluc2lkZSBpdHMgc2NvcGUgKG5vdCB0byBgXHUyMDI2L2NvbmZpZ2ApLCBzdWJzY3JpYmUgaW5zaWRlIGl0cyBzY29wZSwgcHVzaCBvdmVyIEhUVFA7XG4gKiAtIHJlYWRlcjogcXVlcnkgaXRzIHRlbmFudCAobmFycm93ZWQgdG8gaXRzIHNjb3BlKSwgc3Vic2NyaWJlIGluc2lkZSBpdHMgc2NvcGU7XG4gKiAtIGFkbWluOiBhbGwgb2YgdGhlIGFib3ZlIGluc2lkZSBpdHMgc2NvcGUsIGNvbmZpZyBwdXNoZXMsIHVzZXJzIGFuZCBkZXZpY2VzIG9mIGl0cyB0ZW5hbnQuXG4gKiAgIEFuIGFkbWluIG9mIHRlbmFudCBgKmAgKGFuIG9wZXJhdG9yKSBtYXkgYWN0IG9uIGV2ZXJ5IHRlbmFudCBhbmQgbmFtZSBvbmUgZXhwbGljaXRseS5cbiAqXG4gKiBTdWNjZXNzZnVsIHRva2VuIGNoZWNrcyBhcmUgY2FjaGVkIGZvciBhIG1pbnV0ZSAoa2V5ZWQgYnkgYSBoYXNoIG9mIHRoZSB0b2tlbikgc28gcmVxdWVzdHMgZG8gbm90XG4gKiBwYXkgc2NyeXB0IGVhY2ggdGltZTsgcmV2b2NhdGlvbiBpcyBzdGlsbCBzZWVuIGF0IG9uY2UgYmVjYXVzZSB0aGUgdXNlciByb3cgaXMgcmVhZCBvbiBldmVyeSBjaGVjay5cbiAqL1xuaW1wb3J0IHsgY3JlYXRlSGFzaCB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IEF1dGhFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IHR5cGUgSnd0VmVyaWZpZXIsIGxvb2tzTGlrZUp3dCB9IGZyb20gJy4vand0LnRzJztcbmltcG9ydCB7IEFMTF9URU5BTlRTLCBmaWx0ZXJXaXRoaW4sIHRvcGljTWF0Y2hlcyB9IGZyb20gJy4vc2NvcGUudHMnO1xuaW1wb3J0IHR5cGUgeyBSb2xlLCBVc2VyU3RvcmUgfSBmcm9tICcuL3N0b3JlLnRzJztcbmltcG9ydCB7IHNwbGl0VG9rZW4sIHZlcmlmeVNlY3JldCB9IGZyb20gJy4vdG9rZW4udHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFByaW5jaXBhbCB7XG4gIHVzZXJuYW1lOiBzdHJpbmc7XG4gIC8qKiBUaGUgdGVuYW50LCBvciBgKmAgZm9yIG9wZXJhdG9ycy4gKi9cbiAgdGVuYW50OiBzdHJpbmc7XG4gIC8qKiBNUVRUIHRvcGljIGZpbHRlciB0aGUgcHJpbmNpcGFsIG1heSBhY3Qgd2l0aGluLiAqL1xuICBzY29wZTogc3RyaW5nO1xuICByb2xlOiBSb2xlO1xuICBzb3VyY2U6ICd0b2tlbicgfCAnand0JyB8ICdhbm9ueW1vdXMnO1xufVxuXG4vKiogVGhlIHByaW5jaXBhbCBvZiBvcGVuIG1vZGU6IG5vIHVzZXJzIGV4aXN0LCBsb29wYmFjayBvbmx5LCBldmVyeXRoaW5nIGFsbG93ZWQuICovXG5leHBvcnQgY29uc3QgQU5PTllNT1VTOiBQcmluY2lwYWwgPSBPYmplY3QuZnJlZXplKHtcbiAgdXNlcm5hbWU6ICdhbm9ueW1vdXMnLFxuICB0ZW5hbnQ6IEFMTF9URU5BTlRTLFxuICBzY29wZTogJyMnLFxuICByb2xlOiAnYWRtaW4nLFxuICBzb3VyY2U6ICdhbm9ueW1vdXMnLFxufSk7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXV0aGVudGljYXRvck9wdGlvbnMge1xuICB1c2Vycz86IFVzZXJTdG9yZSB8IHVuZGVmaW5lZDtcbiAgand0PzogSnd0VmVyaWZpZXIgfCB1bmRlZmluZWQ7XG4gIC8qKiBIb3cgbG9uZyBhIHZlcmlmaWVkIHRva2VuIGlzIHRydXN0ZWQgd2l0aG91dCBzY3J5cHQgKG1zKS4gQGRlZmF1bHQgNjAwMDAgKi9cbiAgY2FjaGVNcz86IG51bWJlcjtcbiAgbm93PzogKCkgPT4gbnVtYmVyO1xufVxuXG5leHBvcnQgY2xhc3MgQXV0aGVudGljYXRvciB7XG4gIHByaXZhdGUgcmVhZG9ubHkgY2FjaGUgPSBuZXcgTWFwPHN0cmluZywgeyB1c2VybmFtZTogc3RyaW5nOyB1bnRpbDogbnVtYmVyIH0+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgbm93OiAoKSA9PiBudW1iZXI7XG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgb3B0czogQXV0aGVudGljYXRvck9wdGlvbnMpIHtcbiAgICB0aGlzLm5vdyA9IG9wdHMubm93ID8/IERhdGUubm93O1xuICB9XG5cbiAgLyoqIEF1dGggaXMgcmVxdWlyZWQgb25jZSBhbnkgdXNlciBleGlzdHMgb3IgYW4gT0lEQyBwcm92aWRlciBpcyBjb25maWd1cmVkLiAqL1xuICByZXF1aXJlZCgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5vcHRzLmp3dCAhPT0gdW5kZWZpbmVkIHx8ICh0aGlzLm9wdHMudXNlcnM/LmFjdGl2ZUNvdW50KCkgPz8gMCkgPiAwO1xuICB9XG5cbiAgLyoqXG4gICAqIFZlcmlmaWVzIGEgc2VjcmV0OiBhbiBBUEkgdG9rZW4gKHRoZW4gYHVzZXJuYW1lYCwgd2hlbiBnaXZlbiwgbXVzdCBiZSBpdHMgb3duZXIpIG9yIGEgSldULlxuICAgKiBUaHJvd3MgQXV0aEVycm9yIEFVVEhfQkFEX1RPS0VOLCBBVVRIX1JFVk9LRUQgb3IgQVVUSF9KV1RfSU5WQUxJRC5cbiAgICovXG4gIGFzeW5jIHZlcmlmeShzZWNyZXQ6IHN0cmluZywgdXNlcm5hbWU/OiBzdHJpbmcpOiBQcm9taXNlPFByaW5jaXBhbD4ge1xuICAgIGlmIChsb29rc0xpa2VKd3Qoc2VjcmV0KSkge1xuICAgICAgaWYgKCF0aGlzLm9wdHMuand0KVxuICAgICAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgICAgICdBVVRIX0JBRF9UT0tFTicsXG4gICAgICAgICAgJ2EgSldUIHdhcyBwcmVzZW50ZWQgYnV0IG5vIE9JREMgcHJvdmlkZXIgaXMgY29uZmlndXJlZCAoLS1vaWRjLWlzc3VlciknLFxuICAgICAgICApO1xuICAgICAgcmV0dXJuIHRoaXMub3B0cy5qd3QudmVyaWZ5KHNlY3JldCk7XG4gICAgfVxuICAgIGNvbnN0IGJhZCA9ICgpID0+XG4gICAgICBuZXcgQXV0aEVycm9yKFxuICAgICAgICAnQVVUSF9CQURfVE9LRU4nLFxuICAgICAgICAnd3JvbmcgdXNlciBuYW1lIG9yIHRva2VuOiB1c2UgdGhlIHRva2VuIHByaW50ZWQgYnkgXCJzZW5zb3JwYXRoIHVzZXIgY3JlYXRlXCIgKGl0IGlzIHNob3duIG9ubHkgb25jZSknLFxuICAgICAgKTtcbiAgICBjb25zdCBwYXJ0cyA9IHNwbGl0VG9rZW4oc2VjcmV0KTtcbiAgICBjb25zdCB1c2VycyA9IHRoaXMub3B0cy51c2VycztcbiAgICBpZiAoIXBhcnRzIHx8ICF1c2VycykgdGhyb3cgYmFkKCk7XG4gICAgY29uc3Qga2V5ID0gY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHNlY3JldCkuZGlnZXN0KCdiYXNlNjR1cmwnKTtcbiAgICBjb25zdCB1c2VyID0gdXNlcnMuYnlUb2tlbklkKHBhcnRzLmlkKTtcbiAgICBpZiAoIXVzZXIpIHRocm93IGJhZCgpO1xuICAgIGNvbnN0IGhpdCA9IHRoaXMuY2FjaGUuZ2V0KGtleSk7XG4gICAgaWYgKCEoaGl0ICYmIGhpdC51bnRpbCA+IHRoaXMubm93KCkgJiYgaGl0LnVzZXJuYW1lID09PSB1c2VyLnVzZXJuYW1lKSkge1xuICAgICAgdGhpcy5jYWNoZS5kZWxldGUoa2V5KTtcbiAgICAgIGlmICghKGF3YWl0IHZlcmlmeVNlY3JldChwYXJ0cy5zZWNyZXQsIHVzZXIudG9rZW5IYXNoKSkpIHRocm93IGJhZCgpO1xuICAgICAgaWYgKHRoaXMuY2FjaGUuc2l6ZSA+IDEwXzAwMCkgdGhpcy5jYWNoZS5jbGVhcigpO1xuICAgICAgdGhpcy5jYWNoZS5zZXQoa2V5LCB7IHVzZXJuYW1lOiB1c2VyLnVzZXJuYW1lLCB1bnRpbDogdGhpcy5ub3coKSArICh0aGlzLm9wdHMuY2FjaGVNcyA/PyA2MF8wMDApIH0pO1xuICAgIH1cbiAgICBpZiAodXNlcm5hbWUgIT09IHVuZGVmaW5lZCAmJiB1c2VybmFtZSAhPT0gJycgJiYgdXNlcm5hbWUgIT09IHVzZXIudXNlcm5hbWUpIHRocm93IGJhZCgpO1xuICAgIGlmICh1c2VyLnJldm9rZWRBdCAhPT0gbnVsbClcbiAgICAgIHRocm93IG5ldyBBdXRoRXJyb3IoJ0FVVEhfUkVWT0tFRCcsIGB1c2VyICR7dXNlci51c2VybmFtZX0gd2FzIHJldm9rZWQ6IGFzayBhbiBhZG1pbiBmb3IgYSBuZXcgdG9rZW5gKTtcbiAgICByZXR1cm4ge1xuICAgICAgdXNlcm5hbWU6IHVzZXIudXNlcm5hbWUsXG4gICAgICB0ZW5hbnQ6IHVzZXIudGVuYW50LFxuICAgICAgc2NvcGU6IHVzZXIuc2NvcGUsXG4gICAgICByb2xlOiB1c2VyLnJvbGUsXG4gICAgICBzb3VyY2U6ICd0b2tlbicsXG4gICAgfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSZS1jaGVja3MgYSBwcmluY2lwYWwgZnJvbSBhbiBlYXJsaWVyIGNvbm5lY3Rpb24gKGFuIE1RVFQgc2Vzc2lvbik6IGZhbHNlIG9uY2UgaXRzIHVzZXIgd2FzXG4gICAqIHJldm9rZWQgb3IgZGVsZXRlZC4gSldUIHByaW5jaXBhbHMgc3RheSB2YWxpZCBmb3IgdGhlaXIgY29ubmVjdGlvbi5cbiAgICovXG4gIHN0aWxsVmFsaWQocDogUHJpbmNpcGFsKTogYm9vbGVhbiB7XG4gICAgaWYgKHAuc291cmNlICE9PSAndG9rZW4nKSByZXR1cm4gcC5zb3VyY2UgPT09ICdqd3QnIHx8ICF0aGlzLnJlcXVpcmVkKCk7XG4gICAgY29uc3QgdSA9IHRoaXMub3B0cy51c2Vycz8uZ2V0KHAudXNlcm5hbWUpO1xuICAgIHJldHVybiB1ICE9PSB1bmRlZmluZWQgJiYgdS5yZXZva2VkQXQgPT09IG51bGw7XG4gIH1cblxuICAvKiogUmVzb2x2ZXMgYW4gSFRUUCBBdXRob3JpemF0aW9uIGhlYWRlciAoQmVhcmVyIHRva2VuL0pXVCBvciBCYXNpYyB1c2VyOnRva2VuKS4gKi9cbiAgYXN5bmMgZnJvbUhlYWRlcihoZWFkZXI6IHN0cmluZyB8IHVuZGVmaW5lZCk6IFByb21pc2U8UHJpbmNpcGFsIHwgdW5kZWZpbmVkPiB7XG4gICAgaWYgKCFoZWFkZXIpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3Qgc3AgPSBoZWFkZXIuaW5kZXhPZignICcpO1xuICAgIGNvbnN0IHNjaGVtZSA9IGhlYWRlci5zbGljZSgwLCBzcCkudG9Mb3dlckNhc2UoKTtcbiAgICBjb25zdCB2YWx1ZSA9IGhlYWRlci5zbGljZShzcCArIDEpLnRyaW0oKTtcbiAgICBpZiAoc2NoZW1lID09PSAnYmVhcmVyJykgcmV0dXJuIHRoaXMudmVyaWZ5KHZhbHVlKTtcbiAgICBpZiAoc2NoZW1lID09PSAnYmFzaWMnKSB7XG4gICAgICBjb25zdCB0ZXh0ID0gQnVmZmVyLmZyb20odmFsdWUsICdiYXNlNjQnKS50b1N0cmluZygndXRmOCcpO1xuICAgICAgY29uc3QgaSA9IHRleHQuaW5kZXhPZignOicpO1xuICAgICAgaWYgKGkgPCAwKSB0aHJvdyBuZXcgQXV0aEVycm9yKCdBVVRIX0JBRF9UT0tFTicsICdCYXNpYyBjcmVkZW50aWFscyBtdXN0IGJlIHVzZXI6dG9rZW4nKTtcbiAgICAgIHJldHVybiB0aGlzLnZlcmlmeSh0ZXh0LnNsaWNlKGkgKyAxKSwgdGV4dC5zbGljZSgwLCBpKSk7XG4gICAgfVxuICAgIHRocm93IG5ldyBBdXRoRXJyb3IoXG4gICAgICAnQVVUSF9CQURfVE9LRU4nLFxuICAgICAgYGF1dGhvcml6YXRpb24gc2NoZW1lICR7SlNPTi5zdHJpbmdpZnkoc2NoZW1lKX0gdW5rbm93bjogdXNlIEJlYXJlciBvciBCYXNpY2AsXG4gICAgKTtcbiAgfVxufVxuXG4vKiogTWF5IGBwYCBwdWJsaXNoIHRvIGB0b3BpY2A/IFRocm93cyBBVVRIX1JPTEVfREVOSUVEIG9yIEFVVEhfU0NPUEVfREVOSUVELiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUHVibGlzaChwOiBQcmluY2lwYWwsIHRvcGljOiBzdHJpbmcpOiB2b2lkIHtcbiAgaWYgKHAucm9sZSA9PT0gJ3JlYWRlcicpXG4gICAgdGhyb3cgbmV3IEF1dGhFcnJvcihcbiAgICAgICdBVVRIX1JPTEVfREVOSUVEJyxcbiAgICAgIGB1c2VyICR7cC51c2VybmFtZX0gaXMgYSByZWFkZXIgYW5kIG1heSBub3QgcHVibGlzaDsgdXNlIGFuIGVkZ2UgdXNlcmAsXG4gICAgKTtcbiAgaWYgKCF0b3BpY01hdGNoZXMocC5zY29wZSwgdG9waWMpKVxuICAgIHRocm93IG5ldyBBdXRoRXJyb3IoXG4gICAgICAnQVVUSF9TQ09QRV9ERU5JRUQnLFxuICAgICAgYHVzZXIgJHtwLnVzZXJuYW1lfSBtYXkgcHVibGlzaCBvbmx5IGluc2lkZSAke3Auc2NvcGV9LCBub3QgdG8gJHt0b3BpY31gLFxuICAgICAgeyB0ZW5hbnQ6IHAudGVuYW50IH0sXG4gICAgKTtcbiAgaWYgKHAucm9sZSAhPT0gJ2FkbWluJyAmJiB0b3BpYy5lbmRzV2l0aCgnL2NvbmZpZycpKVxuICAgIHRocm93IG5ldyBBdXRoRXJyb3IoXG4gICAgICAnQVVUSF9ST0xFX0RFTklFRCcsXG4gICAgICBgb25seSBhZG1pbnMgcHVzaCBjb25maWd1cmF0aW9ucyAoJHt0b3BpY30pOyB1c2UgXCJzZW5zb3JwYXRoIGRldmljZSBjb25maWcgcHVzaFwiYCxcbiAgICApO1xufVxuXG4vKiogTWF5IGBwYCBzdWJzY3JpYmUgdG8gYGZpbHRlcmA/IFRocm93cyBBVVRIX1NDT1BFX0RFTklFRC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1N1YnNjcmliZShwOiBQcmluY2lwYWwsIGZpbHRlcjogc3RyaW5nKTogdm9pZCB7XG4gIGlmICghZmlsdGVyV2l0aGluKHAuc2NvcGUsIGZpbHRlcikpXG4gICAgdGhyb3cgbmV3IEF1dGhFcnJvcihcbiAgICAgICdBVVRIX1NDT1BFX0RFTklFRCcsXG4gICAgICBgdXNlciAke3AudXNlcm5hbWV9IG1heSBzdWJzY3JpYmUgb25seSBpbnNpZGUgJHtwLnNjb3BlfSwgbm90IHRvICR7ZmlsdGVyfWAsXG4gICAgICB7IHRlbmFudDogcC50ZW5hbnQgfSxcbiAgICApO1xufVxuXG4vKiogTWF5IGBwYCBxdWVyeT8gVGhyb3dzIEFVVEhfUk9MRV9ERU5JRUQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tRdWVyeShwOiBQcmluY2lwYWwpOiB2b2lkIHtcbiAgaWYgKHAucm9sZSA9PT0gJ2VkZ2UnKVxuICAgIHRocm93IG5ldyBBdXRoRXJyb3IoXG4gICAgICAnQVVUSF9ST0xFX0RFTklFRCcsXG4gICAgICBgdXNlciAke3AudXNlcm5hbWV9IGlzIGFuIGVkZ2UgdXNlciBhbmQgbWF5IG5vdCBxdWVyeTsgdXNlIGEgcmVhZGVyYCxcbiAgICApO1xufVxuXG4vKiogTWF5IGBwYCBhZG1pbmlzdGVyIHVzZXJzIGFuZCBkZXZpY2VzPyBUaHJvd3MgQVVUSF9ST0xFX0RFTklFRC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0FkbWluKHA6IFByaW5jaXBhbCk6IHZvaWQge1xuICBpZiAocC5yb2xlICE9PSAnYWRtaW4nKVxuICAgIHRocm93IG5ldyBBdXRoRXJyb3IoJ0FVVEhfUk9MRV9ERU5JRUQnLCBgdXNlciAke3AudXNlcm5hbWV9IGlzIG5vdCBhbiBhZG1pbjsgdXNlIGFuIGFkbWluIHRva2VuYCk7XG59XG5cbi8qKlxuICogVGhlIHRlbmFudHMgYSByZXF1ZXN0IGFjdHMgb246IGl0cyBvd24sIG9yIGByZXF1ZXN0ZWRgIHdoZW4gdGhlIHByaW5jaXBhbCBpcyBhbiBvcGVyYXRvciBvciB0aGVcbiAqIHJlcXVlc3RlZCB0ZW5hbnQgaXMgaXRzIG93bi4gYHVuZGVmaW5lZGAgbWVhbnMgZXZlcnkgdGVuYW50IChvcGVyYXRvcnMgYW5kIG9wZW4gbW9kZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0ZW5hbnRzRm9yKHA6IFByaW5jaXBhbCwgcmVxdWVzdGVkOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmdbXSB8IHVuZGVmaW5lZCB7XG4gIGlmIChyZXF1ZXN0ZWQgIT09IHVuZGVmaW5lZCAmJiByZXF1ZXN0ZWQgIT09ICcnKSB7XG4gICAgaWYgKHAudGVuYW50ICE9PSBBTExfVEVOQU5UUyAmJiByZXF1ZXN0ZWQgIT09IHAudGVuYW50KVxuICAgICAgdGhyb3cgbmV3IEF1dGhFcnJvcihcbiAgICAgICAgJ0FVVEhfVEVOQU5UX0RFTklFRCcsXG4gICAgICAgIGB1c2VyICR7cC51c2VybmFtZX0gYmVsb25ncyB0byB0ZW5hbnQgJHtwLnRlbmFudH0gYW5kIG1heSBub3QgcmVhZCB0ZW5hbnQgJHtyZXF1ZXN0ZWR9YCxcbiAgICAgICAgeyB0ZW5hbnQ6IHAudGVuYW50IH0sXG4gICAgICApO1xuICAgIHJldHVybiBbcmVxdWVzdGVkXTtcbiAgfVxuICByZXR1cm4gcC50ZW5hbnQgPT09IEFMTF9URU5BTlRTID8gdW5kZWZpbmVkIDogW3AudGVuYW50XTtcbn1cblxuLyoqIE1heSBgcGAgYWN0IG9uIHRlbmFudCBgdGAgKG1hbmFnZSBpdHMgdXNlcnMgb3IgZGV2aWNlcyk/ICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tUZW5hbnQocDogUHJpbmNpcGFsLCB0OiBzdHJpbmcpOiB2b2lkIHtcbiAgaWYgKHAudGVuYW50ICE9PSBBTExfVEVOQU5UUyAmJiBwLnRlbmFudCAhPT0gdClcbiAgICB0aHJvdyBuZXcgQXV0aEVycm9yKFxuICAgICAgJ0FVVEhfVEVOQU5UX0RFTklFRCcsXG4gICAgICBgdXNlciAke3AudXNlcm5hbWV9IG1heSBhY3Qgb25seSBvbiB0ZW5hbnQgJHtwLnRlbmFudH0sIG5vdCAke3R9YCxcbiAgICAgIHtcbiAgICAgICAgdGVuYW50OiBwLnRlbmFudCxcbiAgICAgIH0sXG4gICAgKTtcbn1cbiIsICIvKipcbiAqIFRoZSBzZXJ2ZXIncyBIVFRQIHNpZGU6IHJlYWRpbmVzcyBhbmQgaGVhbHRoLCBzZWxmLW1ldHJpY3MsIGFuZCB0aGUgUHJvbWV0aGV1cyBBUEkuIFJvdXRlcyBhcmVcbiAqIGZldyBhbmQgZml4ZWQsIHNvIGEgc21hbGwgZGlzcGF0Y2hlciBvbiBub2RlOmh0dHAgZG9lcyB0aGUgam9iIHdpdGhvdXQgYSBmcmFtZXdvcms7IHRoZSBQcm9tUUxcbiAqIEFQSSBoYW5kbGVyIGlzIG1vdW50ZWQgd2hlbiB0aGUgZW5naW5lIGlzIGF2YWlsYWJsZS5cbiAqL1xuaW1wb3J0IHsgY3JlYXRlU2VydmVyLCB0eXBlIEluY29taW5nTWVzc2FnZSwgdHlwZSBTZXJ2ZXIsIHR5cGUgU2VydmVyUmVzcG9uc2UgfSBmcm9tICdub2RlOmh0dHAnO1xuaW1wb3J0IHR5cGUgeyBRdWVyeWFibGUgfSBmcm9tICdAc2Vuc29ycGF0aC9zdG9yYWdlJztcbmltcG9ydCB0eXBlIHsgTG9nZ2VyIH0gZnJvbSAncGlubyc7XG5pbXBvcnQgeyBpbnN0YW50UXVlcnkgfSBmcm9tICcuL3F1ZXJ5LWxpdGUudHMnO1xuXG5leHBvcnQgdHlwZSBBcGlIYW5kbGVyID0gKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlLCB1cmw6IFVSTCkgPT4gUHJvbWlzZTxib29sZWFuPjtcblxuZXhwb3J0IGludGVyZmFjZSBIdHRwT3B0aW9ucyB7XG4gIGhvc3Q6IHN0cmluZztcbiAgcG9ydDogbnVtYmVyO1xuICBsb2dnZXI6IExvZ2dlcjtcbiAgcXVlcnlhYmxlOiBRdWVyeWFibGU7XG4gIHJlYWR5OiAoKSA9PiBib29sZWFuO1xuICBzZWxmTWV0cmljczogKCkgPT4gc3RyaW5nO1xuICBwcm9tQXBpPzogQXBpSGFuZGxlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBIdHRwSGFuZGxlIHtcbiAgcmVhZG9ubHkgc2VydmVyOiBTZXJ2ZXI7XG4gIHJlYWRvbmx5IHBvcnQ6IG51bWJlcjtcbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNlbmRKc29uKHJlczogU2VydmVyUmVzcG9uc2UsIHN0YXR1czogbnVtYmVyLCBib2R5OiB1bmtub3duKTogdm9pZCB7XG4gIGNvbnN0IHRleHQgPSBKU09OLnN0cmluZ2lmeShib2R5KTtcbiAgcmVzLndyaXRlSGVhZChzdGF0dXMsIHsgJ2NvbnRlbnQtdHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJywgJ2NvbnRlbnQtbGVuZ3RoJzogQnVmZmVyLmJ5dGVMZW5ndGgodGV4dCkgfSk7XG4gIHJlcy5lbmQodGV4dCk7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzdGFydEh0dHAob3B0czogSHR0cE9wdGlvbnMpOiBQcm9taXNlPEh0dHBIYW5kbGU+IHtcbiAgY29uc3QgaGFuZGxlID0gYXN5bmMgKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlKSA9PiB7XG4gICAgY29uc3QgdXJsID0gbmV3IFVSTChyZXEudXJsID8/ICcvJywgJ2h0dHA6Ly9sb2NhbGhvc3QnKTtcbiAgICBjb25zdCBwID0gdXJsLnBhdGhuYW1lO1xuICAgIGlmIChwID09PSAnLy0vcmVhZHknKSB7XG4gICAgICBjb25zdCBvayA9IG9wdHMucmVhZHkoKTtcbiAgICAgIHJlcy53cml0ZUhlYWQob2sgPyAyMDAgOiA1MDMsIHsgJ2NvbnRlbnQtdHlwZSc6ICd0ZXh0L3BsYWluJyB9KTtcbiAgICAgIHJlcy5lbmQob2sgPyAnc2Vuc29ycGF0aCBpcyByZWFkeS5cXG4nIDogJ3NlbnNvcnBhdGggaXMgc3RhcnRpbmcuXFxuJyk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmIChwID09PSAnLy0vaGVhbHRoeScpIHtcbiAgICAgIHJlcy53cml0ZUhlYWQoMjAwLCB7ICdjb250ZW50LXR5cGUnOiAndGV4dC9wbGFpbicgfSk7XG4gICAgICByZXMuZW5kKCdzZW5zb3JwYXRoIGlzIGhlYWx0aHkuXFxuJyk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmIChwID09PSAnL21ldHJpY3MnKSB7XG4gICAgICByZXMud3JpdGVIZWFkKDIwMCwgeyAnY29udGVudC10eXBlJzogJ3RleHQvcGxhaW47IHZlcnNpb249MC4wLjQnIH0pO1xuICAgICAgcmVzLmVuZChvcHRzLnNlbGZNZXRyaWNzKCkpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAob3B0cy5wcm9tQXBpICYmIChhd2FpdCBvcHRzLnByb21BcGkocmVxLCByZXMsIHVybCkpKSByZXR1cm47XG4gICAgaWYgKHAgPT09ICcvYXBpL3YxL3F1ZXJ5JyAmJiByZXEubWV0aG9kID09PSAnR0VUJykge1xuICAgICAgY29uc3QgcXVlcnkgPSB1cmwuc2VhcmNoUGFyYW1zLmdldCgncXVlcnknKTtcbiAgICAgIGlmICghcXVlcnkpXG4gICAgICAgIHJldHVybiBzZW5kSnNvbihyZXMsIDQwMCwge1xuICAgICAgICAgIHN0YXR1czogJ2Vycm9yJyxcbiAgICAgICAgICBlcnJvclR5cGU6ICdiYWRfZGF0YScsXG4gICAgICAgICAgZXJyb3I6ICdtaXNzaW5nIHBhcmFtZXRlciBcInF1ZXJ5XCInLFxuICAgICAgICB9KTtcbiAgICAgIGNvbnN0IHRpbWUgPSB1cmwuc2VhcmNoUGFyYW1zLmdldCgndGltZScpO1xuICAgICAgY29uc3QgdCA9IHRpbWUgPyBNYXRoLnJvdW5kKE51bWJlcih0aW1lKSAqIDEwMDApIDogRGF0ZS5ub3coKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IGRhdGEgPSBhd2FpdCBpbnN0YW50UXVlcnkob3B0cy5xdWVyeWFibGUsIHF1ZXJ5LCB0KTtcbiAgICAgICAgcmV0dXJuIHNlbmRKc29uKHJlcywgMjAwLCB7IHN0YXR1czogJ3N1Y2Nlc3MnLCBkYXRhIH0pO1xuICAgICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAgIHJldHVybiBzZW5kSnNvbihyZXMsIDQwMCwgeyBzdGF0dXM6ICdlcnJvcicsIGVycm9yVHlwZTogJ2JhZF9kYXRhJywgZXJyb3I6IChlcnIgYXMgRXJyb3IpLm1lc3NhZ2UgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIHJlcy53cml0ZUhlYWQoNDA0LCB7ICdjb250ZW50LXR5cGUnOiAndGV4dC9wbGFpbicgfSk7XG4gICAgcmVzLmVuZChgNDA0IHBhZ2Ugbm90IGZvdW5kOiAke3B9XFxuYCk7XG4gIH07XG4gIGNvbnN0IHNlcnZlciA9IGNyZWF0ZVNlcnZlcigocmVxLCByZXMpID0+IHtcbiAgICBoYW5kbGUocmVxLCByZXMpLmNhdGNoKChlcnI6IEVycm9yKSA9PiB7XG4gICAgICBvcHRzLmxvZ2dlci5lcnJvcih7IGVycjogZXJyLm1lc3NhZ2UsIHVybDogcmVxLnVybCB9LCAnaHR0cCBoYW5kbGVyIGZhaWxlZCcpO1xuICAgICAgaWYgKCFyZXMuaGVhZGVyc1NlbnQpXG4gICAgICAgIHNlbmRKc29uKHJlcywgNTAwLCB7IHN0YXR1czogJ2Vycm9yJywgZXJyb3JUeXBlOiAnaW50ZXJuYWwnLCBlcnJvcjogZXJyLm1lc3NhZ2UgfSk7XG4gICAgICBlbHNlIHJlcy5lbmQoKTtcbiAgICB9KTtcbiAgfSk7XG4gIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBzZXJ2ZXIub25jZSgnZXJyb3InLCAoZXJyOiBOb2RlSlMuRXJybm9FeGNlcHRpb24pID0+XG4gICAgICByZWplY3QoXG4gICAgICAgIGVyci5jb2RlID09PSAnRUFERFJJTlVTRSdcbiAgICAgICAgICA/IG5ldyBFcnJvcihcbiAgICAgICAgICAgICAgYEhUVFAgcG9ydCAke29wdHMuaG9zdH06JHtvcHRzLnBvcnR9IGlzIGFscmVhZHkgaW4gdXNlOiBzdG9wIHRoZSBvdGhlciBwcm9jZXNzIG9yIHBpY2sgYW5vdGhlciB3aXRoIC0taHR0cCBIT1NUOlBPUlRgLFxuICAgICAgICAgICAgKVxuICAgICAgICAgIDogZXJyLFxuICAgICAgKSxcbiAgICApO1xuICAgIHNlcnZlci5saXN0ZW4ob3B0cy5wb3J0LCBvcHRzLmhvc3QsICgpID0+IHJlc29sdmUoKSk7XG4gIH0pO1xuICBjb25zdCBhZGRyID0gc2VydmVyLmFkZHJlc3MoKTtcbiAgcmV0dXJuIHtcbiAgICBzZXJ2ZXIsXG4gICAgcG9ydDogdHlwZW9mIGFkZHIgPT09ICdvYmplY3QnICYmIGFkZHIgPyBhZGRyLnBvcnQgOiBvcHRzLnBvcnQsXG4gICAgY2xvc2U6ICgpID0+XG4gICAgICBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4ge1xuICAgICAgICBzZXJ2ZXIuY2xvc2VBbGxDb25uZWN0aW9ucygpO1xuICAgICAgICBzZXJ2ZXIuY2xvc2UoKCkgPT4gcmVzb2x2ZSgpKTtcbiAgICAgIH0pLFxuICB9O1xufVxuIiwgIi8qKlxuICogQSBtaW5pbWFsIFByb21ldGhldXMgQVBJIGZvciBwbGFpbiB2ZWN0b3Igc2VsZWN0b3JzIChgbmFtZXtsYWJlbD1cInZcIiwgb3RoZXI9flwicmVcIn1gKTogaW5zdGFudFxuICogYHF1ZXJ5YCwgYHNlcmllc2AsIGBsYWJlbHNgIGFuZCBgbGFiZWwvPG5hbWU+L3ZhbHVlc2AsIGluIHRoZSBQcm9tZXRoZXVzIEpTT04gZm9ybWF0LiBJdCBleGlzdHNcbiAqIHNvIHRoZSBzZXJ2ZXIgcnVucyBlbmQgdG8gZW5kIChhbmQgdGVuYW5jeSBpcyBlbmZvcmNlZCkgd2l0aG91dCB0aGUgUHJvbVFMIGVuZ2luZTsgdGhlIGhhbmRsZXJcbiAqIGZyb20gYHByb21hcGkvYCB0YWtlcyBvdmVyIGV2ZXJ5IGAvYXBpL3YxLypgIHBhdGggb25jZSBtb3VudGVkLCBhbmQgdGhpcyBmaWxlIGdvZXMgYXdheSB3aXRoIGl0LlxuICovXG5pbXBvcnQgdHlwZSB7IEluY29taW5nTWVzc2FnZSwgU2VydmVyUmVzcG9uc2UgfSBmcm9tICdub2RlOmh0dHAnO1xuaW1wb3J0IHtcbiAgaXNTdGFsZU5hTixcbiAgbGFiZWxzVG9SZWNvcmQsXG4gIHR5cGUgTWF0Y2hlcixcbiAgdHlwZSBNYXRjaFR5cGUsXG4gIG5ld01hdGNoZXIsXG4gIHR5cGUgUXVlcnlhYmxlLFxufSBmcm9tICdAc2Vuc29ycGF0aC9zdG9yYWdlJztcblxuY29uc3QgTE9PS0JBQ0tfTVMgPSA1ICogNjAgKiAxMDAwO1xuXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VTZWxlY3RvcihxOiBzdHJpbmcpOiBNYXRjaGVyW10ge1xuICBjb25zdCBtID0gL15cXHMqKFthLXpBLVpfOl1bYS16QS1aMC05XzpdKik/XFxzKig/OlxceyguKilcXH0pP1xccyokL3MuZXhlYyhxKTtcbiAgaWYgKCFtIHx8ICghbVsxXSAmJiBtWzJdID09PSB1bmRlZmluZWQpKVxuICAgIHRocm93IG5ldyBFcnJvcihgb25seSBwbGFpbiB2ZWN0b3Igc2VsZWN0b3JzIGFyZSBzdXBwb3J0ZWQgaGVyZSwgbm90ICR7SlNPTi5zdHJpbmdpZnkocSl9YCk7XG4gIGNvbnN0IG91dDogTWF0Y2hlcltdID0gW107XG4gIGlmIChtWzFdKSBvdXQucHVzaChuZXdNYXRjaGVyKCc9JywgJ19fbmFtZV9fJywgbVsxXSkpO1xuICBjb25zdCBib2R5ID0gbVsyXSA/PyAnJztcbiAgY29uc3QgcmUgPSAvXFxzKihbYS16QS1aX11bYS16QS1aMC05X10qKVxccyooPX58IX58IT18PSlcXHMqXCIoKD86W15cIlxcXFxdfFxcXFwuKSopXCJcXHMqKCx8JCkvZ3k7XG4gIGxldCBwb3MgPSAwO1xuICB3aGlsZSAocG9zIDwgYm9keS5sZW5ndGgpIHtcbiAgICByZS5sYXN0SW5kZXggPSBwb3M7XG4gICAgY29uc3QgbG0gPSByZS5leGVjKGJvZHkpO1xuICAgIGlmICghbG0pIHRocm93IG5ldyBFcnJvcihgYmFkIGxhYmVsIG1hdGNoZXIgYXQgJHtKU09OLnN0cmluZ2lmeShib2R5LnNsaWNlKHBvcykpfWApO1xuICAgIG91dC5wdXNoKG5ld01hdGNoZXIobG1bMl0gYXMgTWF0Y2hUeXBlLCBsbVsxXSEsIEpTT04ucGFyc2UoYFwiJHtsbVszXX1cImApIGFzIHN0cmluZykpO1xuICAgIHBvcyA9IHJlLmxhc3RJbmRleDtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gaW5zdGFudFF1ZXJ5KHF1ZXJ5YWJsZTogUXVlcnlhYmxlLCBxdWVyeTogc3RyaW5nLCB0aW1lTXM6IG51bWJlcikge1xuICBjb25zdCBtYXRjaGVycyA9IHBhcnNlU2VsZWN0b3IocXVlcnkpO1xuICBjb25zdCBxID0gYXdhaXQgcXVlcnlhYmxlLnF1ZXJpZXIodGltZU1zIC0gTE9PS0JBQ0tfTVMsIHRpbWVNcyk7XG4gIHRyeSB7XG4gICAgY29uc3Qgc2VyaWVzID0gYXdhaXQgcS5zZWxlY3QodHJ1ZSwgeyBzdGFydDogdGltZU1zIC0gTE9PS0JBQ0tfTVMsIGVuZDogdGltZU1zIH0sIG1hdGNoZXJzKTtcbiAgICBjb25zdCByZXN1bHQ6IHsgbWV0cmljOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+OyB2YWx1ZTogW251bWJlciwgc3RyaW5nXSB9W10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IHMgb2Ygc2VyaWVzKSB7XG4gICAgICBjb25zdCBpdCA9IHMuaXRlcmF0b3IoKTtcbiAgICAgIGxldCB0ID0gTnVtYmVyLk5hTjtcbiAgICAgIGxldCB2ID0gMDtcbiAgICAgIHdoaWxlIChpdC5uZXh0KCkpIHtcbiAgICAgICAgdCA9IGl0LnRpbWUoKTtcbiAgICAgICAgdiA9IGl0LnZhbHVlKCk7XG4gICAgICB9XG4gICAgICBpZiAoTnVtYmVyLmlzTmFOKHQpIHx8IGlzU3RhbGVOYU4odikpIGNvbnRpbnVlO1xuICAgICAgcmVzdWx0LnB1c2goeyBtZXRyaWM6IGxhYmVsc1RvUmVjb3JkKHMubGFiZWxzKSwgdmFsdWU6IFt0aW1lTXMgLyAxMDAwLCBmb3JtYXRWYWx1ZSh2KV0gfSk7XG4gICAgfVxuICAgIHJldHVybiB7IHJlc3VsdFR5cGU6ICd2ZWN0b3InIGFzIGNvbnN0LCByZXN1bHQgfTtcbiAgfSBmaW5hbGx5IHtcbiAgICBhd2FpdCBxLmNsb3NlKCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZm9ybWF0VmFsdWUodjogbnVtYmVyKTogc3RyaW5nIHtcbiAgaWYgKHYgPT09IE51bWJlci5QT1NJVElWRV9JTkZJTklUWSkgcmV0dXJuICcrSW5mJztcbiAgaWYgKHYgPT09IE51bWJlci5ORUdBVElWRV9JTkZJTklUWSkgcmV0dXJuICctSW5mJztcbiAgaWYgKE51bWJlci5pc05hTih2KSkgcmV0dXJuICdOYU4nO1xuICByZXR1cm4gU3RyaW5nKHYpO1xufVxuXG50eXBlIEhhbmRsZXIgPSAocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UsIHVybDogVVJMKSA9PiBQcm9taXNlPGJvb2xlYW4+O1xuXG5mdW5jdGlvbiBzZW5kKHJlczogU2VydmVyUmVzcG9uc2UsIHN0YXR1czogbnVtYmVyLCBib2R5OiB1bmtub3duKTogYm9vbGVhbiB7XG4gIGNvbnN0IHRleHQgPSBKU09OLnN0cmluZ2lmeShib2R5KTtcbiAgcmVzLndyaXRlSGVhZChzdGF0dXMsIHsgJ2NvbnRlbnQtdHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJywgJ2NvbnRlbnQtbGVuZ3RoJzogQnVmZmVyLmJ5dGVMZW5ndGgodGV4dCkgfSk7XG4gIHJlcy5lbmQodGV4dCk7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogVGhlIHN0b3BnYXAgQVBJIG92ZXIgb25lIFF1ZXJ5YWJsZTsgcmV0dXJucyBmYWxzZSBmb3IgcGF0aHMgaXQgZG9lcyBub3Qgc2VydmUuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlTGl0ZUFwaShxdWVyeWFibGU6IFF1ZXJ5YWJsZSk6IEhhbmRsZXIge1xuICBjb25zdCBiYWQgPSAocmVzOiBTZXJ2ZXJSZXNwb25zZSwgZXJyb3I6IHN0cmluZykgPT4gc2VuZChyZXMsIDQwMCwgeyBzdGF0dXM6ICdlcnJvcicsIGVycm9yVHlwZTogJ2JhZF9kYXRhJywgZXJyb3IgfSk7XG4gIHJldHVybiBhc3luYyAocmVxLCByZXMsIHVybCkgPT4ge1xuICAgIGNvbnN0IHAgPSB1cmwucGF0aG5hbWU7XG4gICAgaWYgKHJlcS5tZXRob2QgIT09ICdHRVQnKSByZXR1cm4gZmFsc2U7XG4gICAgY29uc3QgcGFyYW1zID0gdXJsLnNlYXJjaFBhcmFtcztcbiAgICB0cnkge1xuICAgICAgaWYgKHAgPT09ICcvYXBpL3YxL3F1ZXJ5Jykge1xuICAgICAgICBjb25zdCBxdWVyeSA9IHBhcmFtcy5nZXQoJ3F1ZXJ5Jyk7XG4gICAgICAgIGlmICghcXVlcnkpIHJldHVybiBiYWQocmVzLCAnbWlzc2luZyBwYXJhbWV0ZXIgXCJxdWVyeVwiJyk7XG4gICAgICAgIGNvbnN0IHRpbWUgPSBwYXJhbXMuZ2V0KCd0aW1lJyk7XG4gICAgICAgIGNvbnN0IHQgPSB0aW1lID8gTWF0aC5yb3VuZChOdW1iZXIodGltZSkgKiAxMDAwKSA6IERhdGUubm93KCk7XG4gICAgICAgIHJldHVybiBzZW5kKHJlcywgMjAwLCB7IHN0YXR1czogJ3N1Y2Nlc3MnLCBkYXRhOiBhd2FpdCBpbnN0YW50UXVlcnkocXVlcnlhYmxlLCBxdWVyeSwgdCkgfSk7XG4gICAgICB9XG4gICAgICBjb25zdCBsdiA9IC9eXFwvYXBpXFwvdjFcXC9sYWJlbFxcLyhbXi9dKylcXC92YWx1ZXMkLy5leGVjKHApO1xuICAgICAgaWYgKHAgIT09ICcvYXBpL3YxL3NlcmllcycgJiYgcCAhPT0gJy9hcGkvdjEvbGFiZWxzJyAmJiAhbHYpIHJldHVybiBmYWxzZTtcbiAgICAgIGNvbnN0IHNldHMgPSBwYXJhbXMuZ2V0QWxsKCdtYXRjaFtdJykubWFwKHBhcnNlU2VsZWN0b3IpO1xuICAgICAgaWYgKHAgPT09ICcvYXBpL3YxL3NlcmllcycgJiYgc2V0cy5sZW5ndGggPT09IDApIHJldHVybiBiYWQocmVzLCAnbm8gbWF0Y2hbXSBwYXJhbWV0ZXIgcHJvdmlkZWQnKTtcbiAgICAgIGNvbnN0IHEgPSBhd2FpdCBxdWVyeWFibGUucXVlcmllcigtODY0MDAwMDAwMDAwMCwgODY0MDAwMDAwMDAwMDAwMCk7XG4gICAgICB0cnkge1xuICAgICAgICBpZiAocCA9PT0gJy9hcGkvdjEvc2VyaWVzJykge1xuICAgICAgICAgIGNvbnN0IG91dCA9IG5ldyBNYXA8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PigpO1xuICAgICAgICAgIGZvciAoY29uc3QgbXMgb2Ygc2V0cylcbiAgICAgICAgICAgIGZvciAoY29uc3QgcyBvZiBhd2FpdCBxLnNlbGVjdCh0cnVlLCB1bmRlZmluZWQsIG1zKSkgb3V0LnNldChKU09OLnN0cmluZ2lmeShzLmxhYmVscyksIGxhYmVsc1RvUmVjb3JkKHMubGFiZWxzKSk7XG4gICAgICAgICAgcmV0dXJuIHNlbmQocmVzLCAyMDAsIHsgc3RhdHVzOiAnc3VjY2VzcycsIGRhdGE6IFsuLi5vdXQudmFsdWVzKCldIH0pO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IG5hbWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgICAgIGNvbnN0IGVhY2ggPSBzZXRzLmxlbmd0aCA/IHNldHMgOiBbdW5kZWZpbmVkXTtcbiAgICAgICAgZm9yIChjb25zdCBtcyBvZiBlYWNoKSB7XG4gICAgICAgICAgY29uc3QgZ290ID0gbHYgPyBhd2FpdCBxLmxhYmVsVmFsdWVzKGRlY29kZVVSSUNvbXBvbmVudChsdlsxXSEpLCBtcykgOiBhd2FpdCBxLmxhYmVsTmFtZXMobXMpO1xuICAgICAgICAgIGZvciAoY29uc3QgbiBvZiBnb3QpIG5hbWVzLmFkZChuKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gc2VuZChyZXMsIDIwMCwgeyBzdGF0dXM6ICdzdWNjZXNzJywgZGF0YTogWy4uLm5hbWVzXS5zb3J0KCkgfSk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBhd2FpdCBxLmNsb3NlKCk7XG4gICAgICB9XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICByZXR1cm4gYmFkKHJlcywgKGVyciBhcyBFcnJvcikubWVzc2FnZSk7XG4gICAgfVxuICB9O1xufVxuIiwgIi8qKlxuICogUGVyLXRlbmFudCBzdG9yYWdlLiBUaGUgZW50ZXJwcmlzZSBzZWdtZW50IG9mIGEgc2Vuc29yIHBhdGggaXMgdGhlIHRlbmFudDsgZWFjaCB0ZW5hbnQgZ2V0cyBpdHNcbiAqIG93biBgU3RvcmFnZWAgZnJvbSBhIGZhY3RvcnkgKHRoZSBlbWJlZGRlZCBUU0RCIGluIGEgc3ViZGlyZWN0b3J5LCBvciBtZW1vcnkgaW4gdGVzdHMpLCBjcmVhdGVkIG9uXG4gKiBmaXJzdCB1c2UuIFJlYWRzIHRoYXQgc3BhbiB0ZW5hbnRzIChvcGVuIHNpbmdsZS10ZW5hbnQgbW9kZSwgYWRtaW5zKSBnbyB0aHJvdWdoIGEgbWVyZ2luZ1xuICogUXVlcnlhYmxlOyB0ZW5hbnQgaXNvbGF0aW9uIGlzIHRoZW4gYSBtYXR0ZXIgb2Ygd2hpY2ggc3RvcmVzIGEgcmVxdWVzdCBtYXkgc2VlLlxuICovXG5pbXBvcnQge1xuICBjb21wYXJlTGFiZWxzLFxuICB0eXBlIE1hdGNoZXIsXG4gIHR5cGUgUXVlcmllcixcbiAgdHlwZSBRdWVyeWFibGUsXG4gIHR5cGUgU2VsZWN0SGludHMsXG4gIHR5cGUgU2VyaWVzLFxuICB0eXBlIFN0b3JhZ2UsXG59IGZyb20gJ0BzZW5zb3JwYXRoL3N0b3JhZ2UnO1xuXG5leHBvcnQgdHlwZSBTdG9yYWdlRmFjdG9yeSA9ICh0ZW5hbnQ6IHN0cmluZykgPT4gUHJvbWlzZTxTdG9yYWdlPjtcblxuY29uc3QgVEVOQU5UID0gL15bQS1aYS16MC05XVtBLVphLXowLTlfLi1dezAsNjN9JC87XG5cbmV4cG9ydCBjbGFzcyBUZW5hbnRTdG9yZXMge1xuICBwcml2YXRlIHJlYWRvbmx5IHN0b3JlcyA9IG5ldyBNYXA8c3RyaW5nLCBQcm9taXNlPFN0b3JhZ2U+PigpO1xuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGZhY3Rvcnk6IFN0b3JhZ2VGYWN0b3J5KSB7fVxuXG4gIC8qKiBUaGUgc3RvcmFnZSBvZiBhIHRlbmFudCwgb3BlbmVkIG9uIGZpcnN0IHVzZS4gKi9cbiAgZ2V0KHRlbmFudDogc3RyaW5nKTogUHJvbWlzZTxTdG9yYWdlPiB7XG4gICAgaWYgKCFURU5BTlQudGVzdCh0ZW5hbnQpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgdGVuYW50IG5hbWUgJHtKU09OLnN0cmluZ2lmeSh0ZW5hbnQpfWApO1xuICAgIGxldCBzID0gdGhpcy5zdG9yZXMuZ2V0KHRlbmFudCk7XG4gICAgaWYgKCFzKSB7XG4gICAgICBzID0gdGhpcy5mYWN0b3J5KHRlbmFudCk7XG4gICAgICB0aGlzLnN0b3Jlcy5zZXQodGVuYW50LCBzKTtcbiAgICAgIHMuY2F0Y2goKCkgPT4gdGhpcy5zdG9yZXMuZGVsZXRlKHRlbmFudCkpO1xuICAgIH1cbiAgICByZXR1cm4gcztcbiAgfVxuXG4gIHRlbmFudHMoKTogc3RyaW5nW10ge1xuICAgIHJldHVybiBbLi4udGhpcy5zdG9yZXMua2V5cygpXS5zb3J0KCk7XG4gIH1cblxuICAvKiogQSBRdWVyeWFibGUgb3ZlciB0aGUgZ2l2ZW4gdGVuYW50cyAoYWxsIG9wZW4gdGVuYW50cyB3aGVuIG9taXR0ZWQpLiAqL1xuICBxdWVyeWFibGUodGVuYW50cz86IHJlYWRvbmx5IHN0cmluZ1tdKTogUXVlcnlhYmxlIHtcbiAgICByZXR1cm4ge1xuICAgICAgcXVlcmllcjogYXN5bmMgKG1pbnQsIG1heHQpID0+IHtcbiAgICAgICAgY29uc3QgbmFtZXMgPSB0ZW5hbnRzID8/IHRoaXMudGVuYW50cygpO1xuICAgICAgICBjb25zdCBzdG9yZXMgPSBhd2FpdCBQcm9taXNlLmFsbChuYW1lcy5maWx0ZXIoKHQpID0+IHRoaXMuc3RvcmVzLmhhcyh0KSkubWFwKCh0KSA9PiB0aGlzLmdldCh0KSkpO1xuICAgICAgICBjb25zdCBxcyA9IGF3YWl0IFByb21pc2UuYWxsKHN0b3Jlcy5tYXAoKHMpID0+IHMucXVlcmllcihtaW50LCBtYXh0KSkpO1xuICAgICAgICByZXR1cm4gbmV3IE1lcmdlUXVlcmllcihxcyk7XG4gICAgICB9LFxuICAgIH07XG4gIH1cblxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBhbGwgPSBhd2FpdCBQcm9taXNlLmFsbFNldHRsZWQoWy4uLnRoaXMuc3RvcmVzLnZhbHVlcygpXSk7XG4gICAgZm9yIChjb25zdCByIG9mIGFsbCkgaWYgKHIuc3RhdHVzID09PSAnZnVsZmlsbGVkJykgYXdhaXQgci52YWx1ZS5jbG9zZSgpO1xuICAgIHRoaXMuc3RvcmVzLmNsZWFyKCk7XG4gIH1cbn1cblxuLyoqIE1lcmdlcyBxdWVyaWVycyBvdmVyIGRpc2pvaW50IHNlcmllcyBzZXRzICh0ZW5hbnRzIG5ldmVyIHNoYXJlIHNlcmllczogYGVudGVycHJpc2VgIGRpZmZlcnMpLiAqL1xuZXhwb3J0IGNsYXNzIE1lcmdlUXVlcmllciBpbXBsZW1lbnRzIFF1ZXJpZXIge1xuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IHFzOiBRdWVyaWVyW10pIHt9XG4gIGFzeW5jIHNlbGVjdChcbiAgICBzb3J0ZWQ6IGJvb2xlYW4sXG4gICAgaGludHM6IFNlbGVjdEhpbnRzIHwgdW5kZWZpbmVkLFxuICAgIG1hdGNoZXJzOiByZWFkb25seSBNYXRjaGVyW10sXG4gICk6IFByb21pc2U8U2VyaWVzW10+IHtcbiAgICBjb25zdCBwYXJ0cyA9IGF3YWl0IFByb21pc2UuYWxsKHRoaXMucXMubWFwKChxKSA9PiBxLnNlbGVjdChzb3J0ZWQsIGhpbnRzLCBtYXRjaGVycykpKTtcbiAgICBjb25zdCBvdXQgPSBwYXJ0cy5mbGF0KCk7XG4gICAgaWYgKHNvcnRlZCAmJiBwYXJ0cy5sZW5ndGggPiAxKSBvdXQuc29ydCgoYSwgYikgPT4gY29tcGFyZUxhYmVscyhhLmxhYmVscywgYi5sYWJlbHMpKTtcbiAgICByZXR1cm4gb3V0O1xuICB9XG4gIGFzeW5jIGxhYmVsVmFsdWVzKG5hbWU6IHN0cmluZywgbWF0Y2hlcnM/OiByZWFkb25seSBNYXRjaGVyW10pOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gICAgY29uc3QgcGFydHMgPSBhd2FpdCBQcm9taXNlLmFsbCh0aGlzLnFzLm1hcCgocSkgPT4gcS5sYWJlbFZhbHVlcyhuYW1lLCBtYXRjaGVycykpKTtcbiAgICByZXR1cm4gWy4uLm5ldyBTZXQocGFydHMuZmxhdCgpKV0uc29ydCgpO1xuICB9XG4gIGFzeW5jIGxhYmVsTmFtZXMobWF0Y2hlcnM/OiByZWFkb25seSBNYXRjaGVyW10pOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gICAgY29uc3QgcGFydHMgPSBhd2FpdCBQcm9taXNlLmFsbCh0aGlzLnFzLm1hcCgocSkgPT4gcS5sYWJlbE5hbWVzKG1hdGNoZXJzKSkpO1xuICAgIHJldHVybiBbLi4ubmV3IFNldChwYXJ0cy5mbGF0KCkpXS5zb3J0KCk7XG4gIH1cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgUHJvbWlzZS5hbGwodGhpcy5xcy5tYXAoKHEpID0+IHEuY2xvc2UoKSkpO1xuICB9XG59XG4iLCAiLyoqXG4gKiBTZXJ2ZXMgc2ltdWxhdGVkIG1ldGVycyBvdmVyIE1vZGJ1cyBUQ1AgKG1vZGJ1cy1zZXJpYWwncyBTZXJ2ZXJUQ1ApLiBTZXZlcmFsIHVuaXQgaWRzIG1heSBzaGFyZVxuICogb25lIHNlcnZlciwgYXMgbWV0ZXJzIGJlaGluZCBhIGdhdGV3YXkgZG8uIFVua25vd24gdW5pdCBpZHMgZ2V0IG5vIGFuc3dlciAobGlrZSBhbiBhYnNlbnQgc2xhdmVcbiAqIG9uIGEgYnVzKTsgdW5tYXBwZWQgYWRkcmVzc2VzIGdldCBleGNlcHRpb24gMiAoaWxsZWdhbCBkYXRhIGFkZHJlc3MpLCBhcyByZWFsIG1ldGVycyBhbnN3ZXIuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZVNlcnZlciB9IGZyb20gJ25vZGU6bmV0JztcbmltcG9ydCBNb2RidXNSVFUgZnJvbSAnbW9kYnVzLXNlcmlhbCc7XG5pbXBvcnQgeyBTZG02MzBNb2RlbCB9IGZyb20gJy4vc2RtNjMwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBTaW11bGF0b3JIYW5kbGUge1xuICByZWFkb25seSBob3N0OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHBvcnQ6IG51bWJlcjtcbiAgcmVhZG9ubHkgbWV0ZXJzOiBSZWFkb25seU1hcDxudW1iZXIsIFNkbTYzME1vZGVsPjtcbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUY3BTaW11bGF0b3JPcHRpb25zIHtcbiAgaG9zdD86IHN0cmluZztcbiAgLyoqIDAgcGlja3MgYSBmcmVlIHBvcnQgKHJlc29sdmVkIGJlZm9yZSB0aGUgc2VydmVyIHN0YXJ0cywgc2luY2UgU2VydmVyVENQIG1hcHMgMCB0byA1MDIpLiAqL1xuICBwb3J0PzogbnVtYmVyO1xuICB1bml0cz86IG51bWJlcltdO1xuICBzZWVkPzogbnVtYmVyO1xuICBub3c/OiAoKSA9PiBudW1iZXI7XG59XG5cbmNsYXNzIE1vZGJ1c0V4Y2VwdGlvbiBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgbW9kYnVzRXJyb3JDb2RlOiBudW1iZXIpIHtcbiAgICBzdXBlcihgbW9kYnVzIGV4Y2VwdGlvbiAke21vZGJ1c0Vycm9yQ29kZX1gKTtcbiAgfVxufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZnJlZVBvcnQoaG9zdCA9ICcxMjcuMC4wLjEnKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgcmV0dXJuIGF3YWl0IG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBjb25zdCBzID0gY3JlYXRlU2VydmVyKCk7XG4gICAgcy5vbmNlKCdlcnJvcicsIHJlamVjdCk7XG4gICAgcy5saXN0ZW4oMCwgaG9zdCwgKCkgPT4ge1xuICAgICAgY29uc3QgYWRkciA9IHMuYWRkcmVzcygpO1xuICAgICAgY29uc3QgcG9ydCA9IHR5cGVvZiBhZGRyID09PSAnb2JqZWN0JyAmJiBhZGRyID8gYWRkci5wb3J0IDogMDtcbiAgICAgIHMuY2xvc2UoKCkgPT4gcmVzb2x2ZShwb3J0KSk7XG4gICAgfSk7XG4gIH0pO1xufVxuXG4vKiogVGhlIHJlZ2lzdGVyLXNlcnZpbmcgdmVjdG9yIHNoYXJlZCBieSB0aGUgVENQIGFuZCBSVFUgc2VydmVycy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRlclZlY3RvcihtZXRlcnM6IFJlYWRvbmx5TWFwPG51bWJlciwgU2RtNjMwTW9kZWw+LCBub3c6ICgpID0+IG51bWJlcikge1xuICBjb25zdCBtZXRlciA9ICh1bml0OiBudW1iZXIpID0+IHtcbiAgICBjb25zdCBtID0gbWV0ZXJzLmdldCh1bml0KTtcbiAgICBpZiAoIW0pIHRocm93IG5ldyBNb2RidXNFeGNlcHRpb24oMTEpOyAvLyBnYXRld2F5IHRhcmdldCBkZXZpY2UgZmFpbGVkIHRvIHJlc3BvbmRcbiAgICBtLnVwZGF0ZShub3coKSk7XG4gICAgcmV0dXJuIG07XG4gIH07XG4gIHJldHVybiB7XG4gICAgZ2V0SW5wdXRSZWdpc3RlcjogKGFkZHI6IG51bWJlciwgdW5pdDogbnVtYmVyKSA9PiB7XG4gICAgICBjb25zdCB2ID0gbWV0ZXIodW5pdCkuaW5wdXRSZWdpc3RlcnMoYWRkciwgMSk7XG4gICAgICBpZiAoIXYpIHRocm93IG5ldyBNb2RidXNFeGNlcHRpb24oMik7XG4gICAgICByZXR1cm4gdlswXSE7XG4gICAgfSxcbiAgICBnZXRNdWx0aXBsZUlucHV0UmVnaXN0ZXJzOiAoYWRkcjogbnVtYmVyLCBsZW46IG51bWJlciwgdW5pdDogbnVtYmVyKSA9PiB7XG4gICAgICBjb25zdCB2ID0gbWV0ZXIodW5pdCkuaW5wdXRSZWdpc3RlcnMoYWRkciwgbGVuKTtcbiAgICAgIGlmICghdikgdGhyb3cgbmV3IE1vZGJ1c0V4Y2VwdGlvbigyKTtcbiAgICAgIHJldHVybiB2O1xuICAgIH0sXG4gICAgZ2V0SG9sZGluZ1JlZ2lzdGVyOiAoYWRkcjogbnVtYmVyLCB1bml0OiBudW1iZXIpID0+IHtcbiAgICAgIGNvbnN0IHYgPSBtZXRlcih1bml0KS5ob2xkaW5nUmVnaXN0ZXJzKGFkZHIsIDEpO1xuICAgICAgaWYgKCF2KSB0aHJvdyBuZXcgTW9kYnVzRXhjZXB0aW9uKDIpO1xuICAgICAgcmV0dXJuIHZbMF0hO1xuICAgIH0sXG4gICAgZ2V0TXVsdGlwbGVIb2xkaW5nUmVnaXN0ZXJzOiAoYWRkcjogbnVtYmVyLCBsZW46IG51bWJlciwgdW5pdDogbnVtYmVyKSA9PiB7XG4gICAgICBjb25zdCB2ID0gbWV0ZXIodW5pdCkuaG9sZGluZ1JlZ2lzdGVycyhhZGRyLCBsZW4pO1xuICAgICAgaWYgKCF2KSB0aHJvdyBuZXcgTW9kYnVzRXhjZXB0aW9uKDIpO1xuICAgICAgcmV0dXJuIHY7XG4gICAgfSxcbiAgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZU1ldGVycyh1bml0czogbnVtYmVyW10sIHNlZWQ6IG51bWJlciwgbm93OiAoKSA9PiBudW1iZXIpOiBNYXA8bnVtYmVyLCBTZG02MzBNb2RlbD4ge1xuICBjb25zdCBtZXRlcnMgPSBuZXcgTWFwPG51bWJlciwgU2RtNjMwTW9kZWw+KCk7XG4gIGZvciAoY29uc3QgdSBvZiB1bml0cykgbWV0ZXJzLnNldCh1LCBuZXcgU2RtNjMwTW9kZWwoeyBzZWVkOiBzZWVkICsgdSwgc3RhcnRNczogbm93KCkgfSkpO1xuICByZXR1cm4gbWV0ZXJzO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc3RhcnRUY3BTaW11bGF0b3Iob3B0czogVGNwU2ltdWxhdG9yT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxTaW11bGF0b3JIYW5kbGU+IHtcbiAgY29uc3QgaG9zdCA9IG9wdHMuaG9zdCA/PyAnMTI3LjAuMC4xJztcbiAgY29uc3QgcG9ydCA9IG9wdHMucG9ydCB8fCAoYXdhaXQgZnJlZVBvcnQoaG9zdCkpO1xuICBjb25zdCBub3cgPSBvcHRzLm5vdyA/PyBEYXRlLm5vdztcbiAgY29uc3QgbWV0ZXJzID0gY3JlYXRlTWV0ZXJzKG9wdHMudW5pdHMgPz8gWzFdLCBvcHRzLnNlZWQgPz8gNjMwLCBub3cpO1xuICBjb25zdCBzZXJ2ZXIgPSBuZXcgTW9kYnVzUlRVLlNlcnZlclRDUChtZXRlclZlY3RvcihtZXRlcnMsIG5vdyksIHsgaG9zdCwgcG9ydCwgdW5pdElEOiAyNTUgfSk7XG4gIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBzZXJ2ZXIub25jZSgnaW5pdGlhbGl6ZWQnLCAoKSA9PiByZXNvbHZlKCkpO1xuICAgIHNlcnZlci5vbmNlKCdzZXJ2ZXJFcnJvcicsIChlcnI6IHVua25vd24pID0+IHJlamVjdChlcnIgaW5zdGFuY2VvZiBFcnJvciA/IGVyciA6IG5ldyBFcnJvcihTdHJpbmcoZXJyKSkpKTtcbiAgICBzZXJ2ZXIub25jZSgnZXJyb3InLCAoZXJyOiB1bmtub3duKSA9PiByZWplY3QoZXJyIGluc3RhbmNlb2YgRXJyb3IgPyBlcnIgOiBuZXcgRXJyb3IoU3RyaW5nKGVycikpKSk7XG4gIH0pO1xuICAvLyBTZXJ2ZXJUQ1AgbG9ncyBzb2NrZXQgZXJyb3JzIHRvICdzb2NrZXRFcnJvcic7IGEgY2xpZW50IHZhbmlzaGluZyBpcyBub3JtYWwsIG5vdCBmYXRhbC5cbiAgc2VydmVyLm9uKCdzb2NrZXRFcnJvcicsICgpID0+IHt9KTtcbiAgcmV0dXJuIHtcbiAgICBob3N0LFxuICAgIHBvcnQsXG4gICAgbWV0ZXJzLFxuICAgIGNsb3NlOiAoKSA9PlxuICAgICAgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHtcbiAgICAgICAgZm9yIChjb25zdCBzb2NrIG9mIHNlcnZlci5zb2Nrcy5rZXlzKCkpIHNvY2suZGVzdHJveSgpO1xuICAgICAgICBzZXJ2ZXIuY2xvc2UoKCkgPT4gcmVzb2x2ZSgpKTtcbiAgICAgIH0pLFxuICB9O1xufVxuIiwgIi8qKlxuICogQSBzbWFsbCBzZWVkZWQgUFJORyAobXVsYmVycnkzMikgYW5kIGEgbm9ybWFsLWRpc3RyaWJ1dGlvbiBoZWxwZXIsIHNvIHNpbXVsYXRlZCBtZXRlcnMgYXJlXG4gKiBkZXRlcm1pbmlzdGljIGZvciBhIGdpdmVuIHNlZWQ6IHRlc3RzIGFuZCBiZW5jaG1hcmtzIHNlZSB0aGUgc2FtZSBcInBsYW50XCIgZXZlcnkgcnVuLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbXVsYmVycnkzMihzZWVkOiBudW1iZXIpOiAoKSA9PiBudW1iZXIge1xuICBsZXQgYSA9IHNlZWQgPj4+IDA7XG4gIHJldHVybiAoKSA9PiB7XG4gICAgYSA9IChhICsgMHg2ZDJiNzlmNSkgPj4+IDA7XG4gICAgbGV0IHQgPSBhO1xuICAgIHQgPSBNYXRoLmltdWwodCBeICh0ID4+PiAxNSksIHQgfCAxKTtcbiAgICB0IF49IHQgKyBNYXRoLmltdWwodCBeICh0ID4+PiA3KSwgdCB8IDYxKTtcbiAgICByZXR1cm4gKCh0IF4gKHQgPj4+IDE0KSkgPj4+IDApIC8gNDI5NDk2NzI5NjtcbiAgfTtcbn1cblxuLyoqIFN0YW5kYXJkIG5vcm1hbCB2aWEgQm94LU11bGxlciBmcm9tIGEgdW5pZm9ybSBzb3VyY2UuICovXG5leHBvcnQgZnVuY3Rpb24gZ2F1c3NpYW4ocmFuZDogKCkgPT4gbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgdSA9IE1hdGgubWF4KHJhbmQoKSwgMWUtMTIpO1xuICBjb25zdCB2ID0gcmFuZCgpO1xuICByZXR1cm4gTWF0aC5zcXJ0KC0yICogTWF0aC5sb2codSkpICogTWF0aC5jb3MoMiAqIE1hdGguUEkgKiB2KTtcbn1cbiIsICIvKipcbiAqIEEgc2ltdWxhdGVkIEVhc3Ryb24gU0RNNjMwIHRocmVlLXBoYXNlIG1ldGVyLiBUaGUgbW9kZWwgaXMgcGh5c2ljYWwgZW5vdWdoIGZvciBkYXNoYm9hcmRzLCBydWxlc1xuICogYW5kIGZvcmVjYXN0cyB0byBtZWFuIHNvbWV0aGluZzogbWFpbnMgdm9sdGFnZSBhcm91bmQgMjMwIFYgd2l0aCBub2lzZSwgY3VycmVudHMgZm9sbG93aW5nIGEgbG9hZFxuICogcHJvZmlsZSAoYSBzbG93IGN5Y2xlIHBsdXMgc3RlcHMpLCBwb3dlciA9IFYgXHUwMEQ3IEkgXHUwMEQ3IFBGIHBlciBwaGFzZSwgYXBwYXJlbnQgYW5kIHJlYWN0aXZlIHBvd2VyXG4gKiBjb25zaXN0ZW50IHdpdGggaXQsIGZyZXF1ZW5jeSBuZWFyIDUwIEh6LCBhbmQgZW5lcmd5IGNvdW50ZXJzIGludGVncmF0ZWQgZnJvbSBwb3dlciBzbyB0aGV5IG9ubHlcbiAqIGV2ZXIgaW5jcmVhc2UuIFZhbHVlcyBhcmUgcXVhbnRpc2VkIHRvIGEgcmVhbCBtZXRlcidzIHJlc29sdXRpb24gKDAuMSBWLCAwLjAwMSBBLCAxIFcsIDAuMDEgSHopLlxuICpcbiAqIFRoZSByZWdpc3RlciBiYW5rIGZvbGxvd3MgLi4vc2hhcmVkL2RldmljZXMvc2RtNjMwLm1kOiBpbnB1dCByZWdpc3RlcnMgKEZDIDQpIGhvbGQgYmlnLWVuZGlhblxuICogZmxvYXQzMiAoXCJBQkNEXCIpIHBhaXJzIGF0IHplcm8tYmFzZWQgUERVIGFkZHJlc3NlczsgdGhlIHNlcmlhbCBudW1iZXIgaXMgYSB1MzIgaW4gaG9sZGluZ1xuICogcmVnaXN0ZXJzIDB4RkMwMC0weEZDMDEgKEZDIDMpLlxuICovXG5pbXBvcnQgeyBnYXVzc2lhbiwgbXVsYmVycnkzMiB9IGZyb20gJy4vcHJuZy50cyc7XG5cbmV4cG9ydCBjb25zdCBTRE02MzBfSU5QVVQgPSB7XG4gIHZvbHRhZ2U6IFsweDAwMDAsIDB4MDAwMiwgMHgwMDA0XSxcbiAgY3VycmVudDogWzB4MDAwNiwgMHgwMDA4LCAweDAwMGFdLFxuICBwb3dlcjogWzB4MDAwYywgMHgwMDBlLCAweDAwMTBdLFxuICBhcHBhcmVudFBvd2VyOiBbMHgwMDEyLCAweDAwMTQsIDB4MDAxNl0sXG4gIHJlYWN0aXZlUG93ZXI6IFsweDAwMTgsIDB4MDAxYSwgMHgwMDFjXSxcbiAgcG93ZXJGYWN0b3I6IFsweDAwMWUsIDB4MDAyMCwgMHgwMDIyXSxcbiAgcGhhc2VBbmdsZTogWzB4MDAyNCwgMHgwMDI2LCAweDAwMjhdLFxuICBhdmdWb2x0YWdlOiAweDAwMmEsXG4gIGF2Z0N1cnJlbnQ6IDB4MDAyZSxcbiAgc3VtQ3VycmVudDogMHgwMDMwLFxuICB0b3RhbFBvd2VyOiAweDAwMzQsXG4gIHRvdGFsQXBwYXJlbnRQb3dlcjogMHgwMDM4LFxuICB0b3RhbFJlYWN0aXZlUG93ZXI6IDB4MDAzYyxcbiAgdG90YWxQb3dlckZhY3RvcjogMHgwMDNlLFxuICBmcmVxdWVuY3k6IDB4MDA0NixcbiAgaW1wb3J0RW5lcmd5OiAweDAwNDgsXG4gIGV4cG9ydEVuZXJneTogMHgwMDRhLFxuICBpbXBvcnRSZWFjdGl2ZUVuZXJneTogMHgwMDRjLFxuICBleHBvcnRSZWFjdGl2ZUVuZXJneTogMHgwMDRlLFxuICBsaW5lVm9sdGFnZTogWzB4MDBjOCwgMHgwMGNhLCAweDAwY2NdLFxuICBuZXV0cmFsQ3VycmVudDogMHgwMGUwLFxuICB0b3RhbEVuZXJneTogMHgwMTU2LFxuICBpbXBvcnRFbmVyZ3lQaGFzZTogWzB4MDE1YSwgMHgwMTVjLCAweDAxNWVdLFxufSBhcyBjb25zdDtcblxuZXhwb3J0IGNvbnN0IFNETTYzMF9TRVJJQUxfUkVHSVNURVIgPSAweGZjMDA7XG4vKiogSW5wdXQgcmVnaXN0ZXJzIHNlcnZlZDogMHgwMDAwIHVwIHRvIChub3QgaW5jbHVkaW5nKSB0aGlzIGFkZHJlc3MuICovXG5leHBvcnQgY29uc3QgU0RNNjMwX0lOUFVUX1NJWkUgPSAweDAxODA7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2RtNjMwT3B0aW9ucyB7XG4gIHNlZWQ/OiBudW1iZXI7XG4gIHNlcmlhbD86IG51bWJlcjtcbiAgLyoqIFN0YXJ0IHRpbWUgaW4gbXMsIGZvciBhIGRldGVybWluaXN0aWMgZW5lcmd5IGNvdW50ZXIuIEBkZWZhdWx0IERhdGUubm93KCkgKi9cbiAgc3RhcnRNcz86IG51bWJlcjtcbiAgLyoqIEVuZXJneSByZWdpc3RlciBhdCBzdGFydCwga1doLiBAZGVmYXVsdCAxMjM0NS42ICovXG4gIGluaXRpYWxLd2g/OiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2RtNjMwUmVhZGluZyB7XG4gIHZvbHRhZ2U6IFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgY3VycmVudDogW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBwb3dlckZhY3RvcjogW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBwb3dlcjogW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBmcmVxdWVuY3k6IG51bWJlcjtcbiAgaW1wb3J0S3doOiBudW1iZXI7XG4gIGltcG9ydEt3aFBoYXNlOiBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG59XG5cbmNvbnN0IHJvdW5kID0gKHY6IG51bWJlciwgc3RlcDogbnVtYmVyKSA9PiBNYXRoLnJvdW5kKHYgLyBzdGVwKSAqIHN0ZXA7XG5cbmV4cG9ydCBjbGFzcyBTZG02MzBNb2RlbCB7XG4gIHJlYWRvbmx5IHNlcmlhbDogbnVtYmVyO1xuICBwcml2YXRlIHJlYWRvbmx5IHJhbmQ6ICgpID0+IG51bWJlcjtcbiAgcHJpdmF0ZSBsYXN0TXM6IG51bWJlcjtcbiAgcHJpdmF0ZSBpbXBvcnRXaDogW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBwcml2YXRlIHJlYWRpbmchOiBTZG02MzBSZWFkaW5nO1xuICAvKiogRmF1bHQgaW5qZWN0aW9uOiBwaGFzZXMgZm9yY2VkIHRvIDAgViAocGhhc2UtbG9zcyB0ZXN0cyBhbmQgZGVtb3MpLiAqL1xuICByZWFkb25seSBsb3N0UGhhc2VzID0gbmV3IFNldDxudW1iZXI+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgaW5wdXQgPSBuZXcgVWludDE2QXJyYXkoU0RNNjMwX0lOUFVUX1NJWkUpO1xuICBwcml2YXRlIHJlYWRvbmx5IHZpZXcgPSBuZXcgRGF0YVZpZXcobmV3IEFycmF5QnVmZmVyKDQpKTtcblxuICBjb25zdHJ1Y3RvcihvcHRzOiBTZG02MzBPcHRpb25zID0ge30pIHtcbiAgICBjb25zdCBzZWVkID0gb3B0cy5zZWVkID8/IDYzMDtcbiAgICB0aGlzLnJhbmQgPSBtdWxiZXJyeTMyKHNlZWQpO1xuICAgIHRoaXMuc2VyaWFsID0gb3B0cy5zZXJpYWwgPz8gMjBfMDAwXzAwMCArIChzZWVkICUgMV8wMDBfMDAwKTtcbiAgICB0aGlzLmxhc3RNcyA9IG9wdHMuc3RhcnRNcyA/PyBEYXRlLm5vdygpO1xuICAgIGNvbnN0IGt3aCA9IG9wdHMuaW5pdGlhbEt3aCA/PyAxMjM0NS42O1xuICAgIHRoaXMuaW1wb3J0V2ggPSBbKGt3aCAqIDEwMDApIC8gMywgKGt3aCAqIDEwMDApIC8gMywgKGt3aCAqIDEwMDApIC8gM107XG4gICAgdGhpcy51cGRhdGUodGhpcy5sYXN0TXMpO1xuICB9XG5cbiAgLyoqIEFkdmFuY2VzIHRoZSBtb2RlbCB0byBgbm93TXNgIChuZXZlciBiYWNrd2FyZHMpIGFuZCByZWZyZXNoZXMgdGhlIHJlZ2lzdGVyIGJhbmsuICovXG4gIHVwZGF0ZShub3dNczogbnVtYmVyKTogU2RtNjMwUmVhZGluZyB7XG4gICAgLy8gQSByZWFsIG1ldGVyIHJlZnJlc2hlcyBpdHMgcmVnaXN0ZXJzIGEgZmV3IHRpbWVzIGEgc2Vjb25kOyByZWFkcyBpbiBiZXR3ZWVuIHNlZSB0aGUgc2FtZSB2YWx1ZXMuXG4gICAgaWYgKHRoaXMucmVhZGluZyAhPT0gdW5kZWZpbmVkICYmIG5vd01zIC0gdGhpcy5sYXN0TXMgPCAxMDApIHJldHVybiB0aGlzLnJlYWRpbmc7XG4gICAgY29uc3QgZHRIID0gTWF0aC5tYXgoMCwgbm93TXMgLSB0aGlzLmxhc3RNcykgLyAzXzYwMF8wMDA7XG4gICAgY29uc3QgdFMgPSBub3dNcyAvIDEwMDA7XG4gICAgY29uc3Qgdm9sdGFnZSA9IFswLCAwLCAwXSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gICAgY29uc3QgY3VycmVudCA9IFswLCAwLCAwXSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gICAgY29uc3QgcGYgPSBbMCwgMCwgMF0gYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICAgIGNvbnN0IHBvd2VyID0gWzAsIDAsIDBdIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgICAgY29uc3QgbG9zdCA9IHRoaXMubG9zdFBoYXNlcy5oYXMoaSk7XG4gICAgICBjb25zdCB2ID0gbG9zdCA/IDAgOiAyMzAgKyAxLjUgKiBNYXRoLnNpbigoMiAqIE1hdGguUEkgKiB0UykgLyAzNjAwICsgaSkgKyAwLjYgKiBnYXVzc2lhbih0aGlzLnJhbmQpO1xuICAgICAgLy8gTG9hZDogYSAxMC1taW51dGUgY3ljbGUgcGVyIHBoYXNlLCBvZmZzZXQgYnkgcGhhc2UsIHBsdXMgYSBzdGVwIGV2ZXJ5IDUgbWludXRlcy5cbiAgICAgIGNvbnN0IHN0ZXAgPSBNYXRoLmZsb29yKHRTIC8gMzAwKSAlIDMgPT09IDAgPyA0IDogMDtcbiAgICAgIGNvbnN0IGxvYWQgPVxuICAgICAgICAxMiArXG4gICAgICAgIDYgKiBNYXRoLnNpbigoMiAqIE1hdGguUEkgKiB0UykgLyA2MDAgKyAoaSAqIDIgKiBNYXRoLlBJKSAvIDMpICtcbiAgICAgICAgc3RlcCArXG4gICAgICAgIDAuMiAqIGdhdXNzaWFuKHRoaXMucmFuZCk7XG4gICAgICBjb25zdCBhID0gbG9zdCA/IDAgOiBNYXRoLm1heCgwLCBsb2FkKTtcbiAgICAgIGNvbnN0IGYgPSAwLjkzICsgMC4wNCAqIE1hdGguc2luKCgyICogTWF0aC5QSSAqIHRTKSAvIDkwMCArIGkpO1xuICAgICAgdm9sdGFnZVtpXSA9IHJvdW5kKHYsIDAuMSk7XG4gICAgICBjdXJyZW50W2ldID0gcm91bmQoYSwgMC4wMDEpO1xuICAgICAgcGZbaV0gPSByb3VuZChmLCAwLjAwMSk7XG4gICAgICBwb3dlcltpXSA9IE1hdGgucm91bmQodm9sdGFnZVtpXSEgKiBjdXJyZW50W2ldISAqIHBmW2ldISk7XG4gICAgICB0aGlzLmltcG9ydFdoW2ldID0gdGhpcy5pbXBvcnRXaFtpXSEgKyBwb3dlcltpXSEgKiBkdEg7XG4gICAgfVxuICAgIGNvbnN0IGZyZXF1ZW5jeSA9IHJvdW5kKFxuICAgICAgNTAgKyAwLjAzICogTWF0aC5zaW4oKDIgKiBNYXRoLlBJICogdFMpIC8gMTIwKSArIDAuMDA1ICogZ2F1c3NpYW4odGhpcy5yYW5kKSxcbiAgICAgIDAuMDEsXG4gICAgKTtcbiAgICB0aGlzLmxhc3RNcyA9IE1hdGgubWF4KHRoaXMubGFzdE1zLCBub3dNcyk7XG4gICAgY29uc3QgaW1wb3J0S3doUGhhc2UgPSB0aGlzLmltcG9ydFdoLm1hcCgod2gpID0+IHJvdW5kKHdoIC8gMTAwMCwgMC4wMDEpKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gICAgdGhpcy5yZWFkaW5nID0ge1xuICAgICAgdm9sdGFnZSxcbiAgICAgIGN1cnJlbnQsXG4gICAgICBwb3dlckZhY3RvcjogcGYsXG4gICAgICBwb3dlcixcbiAgICAgIGZyZXF1ZW5jeSxcbiAgICAgIGltcG9ydEt3aDogcm91bmQoXG4gICAgICAgIGltcG9ydEt3aFBoYXNlLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLFxuICAgICAgICAwLjAwMSxcbiAgICAgICksXG4gICAgICBpbXBvcnRLd2hQaGFzZSxcbiAgICB9O1xuICAgIHRoaXMud3JpdGVCYW5rKCk7XG4gICAgcmV0dXJuIHRoaXMucmVhZGluZztcbiAgfVxuXG4gIGdldCBjdXJyZW50KCk6IFNkbTYzMFJlYWRpbmcge1xuICAgIHJldHVybiB0aGlzLnJlYWRpbmc7XG4gIH1cblxuICAvKiogSW5wdXQgcmVnaXN0ZXIgd29yZHMgW2FkZHIsIGFkZHIrbGVuKSBhcyBzZXJ2ZWQgb3ZlciBGQyA0OyB1bmRlZmluZWQgaWYgb3V0IG9mIHJhbmdlLiAqL1xuICBpbnB1dFJlZ2lzdGVycyhhZGRyOiBudW1iZXIsIGxlbjogbnVtYmVyKTogbnVtYmVyW10gfCB1bmRlZmluZWQge1xuICAgIGlmIChhZGRyIDwgMCB8fCBsZW4gPCAxIHx8IGFkZHIgKyBsZW4gPiBTRE02MzBfSU5QVVRfU0laRSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4gQXJyYXkuZnJvbSh0aGlzLmlucHV0LnN1YmFycmF5KGFkZHIsIGFkZHIgKyBsZW4pKTtcbiAgfVxuXG4gIC8qKiBIb2xkaW5nIHJlZ2lzdGVyIHdvcmRzIGFzIHNlcnZlZCBvdmVyIEZDIDMgKG9ubHkgdGhlIHNlcmlhbCBudW1iZXIgaXMgbWFwcGVkKS4gKi9cbiAgaG9sZGluZ1JlZ2lzdGVycyhhZGRyOiBudW1iZXIsIGxlbjogbnVtYmVyKTogbnVtYmVyW10gfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IG91dDogbnVtYmVyW10gPSBbXTtcbiAgICBmb3IgKGxldCBhID0gYWRkcjsgYSA8IGFkZHIgKyBsZW47IGErKykge1xuICAgICAgaWYgKGEgPT09IFNETTYzMF9TRVJJQUxfUkVHSVNURVIpIG91dC5wdXNoKCh0aGlzLnNlcmlhbCA+Pj4gMTYpICYgMHhmZmZmKTtcbiAgICAgIGVsc2UgaWYgKGEgPT09IFNETTYzMF9TRVJJQUxfUkVHSVNURVIgKyAxKSBvdXQucHVzaCh0aGlzLnNlcmlhbCAmIDB4ZmZmZik7XG4gICAgICBlbHNlIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICBwcml2YXRlIHdyaXRlQmFuaygpOiB2b2lkIHtcbiAgICBjb25zdCByID0gdGhpcy5yZWFkaW5nO1xuICAgIGNvbnN0IEkgPSBTRE02MzBfSU5QVVQ7XG4gICAgY29uc3QgcHV0ID0gKGFkZHI6IG51bWJlciwgdjogbnVtYmVyKSA9PiB7XG4gICAgICB0aGlzLnZpZXcuc2V0RmxvYXQzMigwLCB2KTtcbiAgICAgIHRoaXMuaW5wdXRbYWRkcl0gPSB0aGlzLnZpZXcuZ2V0VWludDE2KDApO1xuICAgICAgdGhpcy5pbnB1dFthZGRyICsgMV0gPSB0aGlzLnZpZXcuZ2V0VWludDE2KDIpO1xuICAgIH07XG4gICAgbGV0IHN1bUkgPSAwO1xuICAgIGxldCBzdW1QID0gMDtcbiAgICBsZXQgc3VtUyA9IDA7XG4gICAgbGV0IHN1bVEgPSAwO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgICBjb25zdCB2ID0gci52b2x0YWdlW2ldITtcbiAgICAgIGNvbnN0IGEgPSByLmN1cnJlbnRbaV0hO1xuICAgICAgY29uc3QgcyA9IE1hdGgucm91bmQodiAqIGEpO1xuICAgICAgY29uc3QgcCA9IHIucG93ZXJbaV0hO1xuICAgICAgY29uc3QgcSA9IE1hdGgucm91bmQoTWF0aC5zcXJ0KE1hdGgubWF4KDAsIHMgKiBzIC0gcCAqIHApKSk7XG4gICAgICBwdXQoSS52b2x0YWdlW2ldISwgdik7XG4gICAgICBwdXQoSS5jdXJyZW50W2ldISwgYSk7XG4gICAgICBwdXQoSS5wb3dlcltpXSEsIHApO1xuICAgICAgcHV0KEkuYXBwYXJlbnRQb3dlcltpXSEsIHMpO1xuICAgICAgcHV0KEkucmVhY3RpdmVQb3dlcltpXSEsIHEpO1xuICAgICAgcHV0KEkucG93ZXJGYWN0b3JbaV0hLCByLnBvd2VyRmFjdG9yW2ldISk7XG4gICAgICBwdXQoSS5waGFzZUFuZ2xlW2ldISwgcm91bmQoKE1hdGguYWNvcyhNYXRoLm1pbigxLCByLnBvd2VyRmFjdG9yW2ldISkpICogMTgwKSAvIE1hdGguUEksIDAuMDEpKTtcbiAgICAgIHB1dChJLmltcG9ydEVuZXJneVBoYXNlW2ldISwgci5pbXBvcnRLd2hQaGFzZVtpXSEpO1xuICAgICAgY29uc3Qgdk5leHQgPSByLnZvbHRhZ2VbKGkgKyAxKSAlIDNdITtcbiAgICAgIHB1dChJLmxpbmVWb2x0YWdlW2ldISwgcm91bmQoTWF0aC5zcXJ0KHYgKiB2ICsgdk5leHQgKiB2TmV4dCArIHYgKiB2TmV4dCksIDAuMSkpO1xuICAgICAgc3VtSSArPSBhO1xuICAgICAgc3VtUCArPSBwO1xuICAgICAgc3VtUyArPSBzO1xuICAgICAgc3VtUSArPSBxO1xuICAgIH1cbiAgICBwdXQoSS5hdmdWb2x0YWdlLCByb3VuZChyLnZvbHRhZ2UucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCkgLyAzLCAwLjEpKTtcbiAgICBwdXQoSS5hdmdDdXJyZW50LCByb3VuZChzdW1JIC8gMywgMC4wMDEpKTtcbiAgICBwdXQoSS5zdW1DdXJyZW50LCByb3VuZChzdW1JLCAwLjAwMSkpO1xuICAgIHB1dChJLnRvdGFsUG93ZXIsIHN1bVApO1xuICAgIHB1dChJLnRvdGFsQXBwYXJlbnRQb3dlciwgc3VtUyk7XG4gICAgcHV0KEkudG90YWxSZWFjdGl2ZVBvd2VyLCBzdW1RKTtcbiAgICBwdXQoSS50b3RhbFBvd2VyRmFjdG9yLCBzdW1TID4gMCA/IHJvdW5kKHN1bVAgLyBzdW1TLCAwLjAwMSkgOiAxKTtcbiAgICBwdXQoSS5mcmVxdWVuY3ksIHIuZnJlcXVlbmN5KTtcbiAgICBwdXQoSS5pbXBvcnRFbmVyZ3ksIHIuaW1wb3J0S3doKTtcbiAgICBwdXQoSS5leHBvcnRFbmVyZ3ksIDApO1xuICAgIHB1dChJLmltcG9ydFJlYWN0aXZlRW5lcmd5LCByb3VuZChyLmltcG9ydEt3aCAqIDAuMzUsIDAuMDAxKSk7XG4gICAgcHV0KEkuZXhwb3J0UmVhY3RpdmVFbmVyZ3ksIDApO1xuICAgIHB1dChJLm5ldXRyYWxDdXJyZW50LCByb3VuZChNYXRoLmFicyhyLmN1cnJlbnRbMF0hIC0gci5jdXJyZW50WzFdISkgLyAyLCAwLjAwMSkpO1xuICAgIHB1dChJLnRvdGFsRW5lcmd5LCByLmltcG9ydEt3aCk7XG4gIH1cbn1cbiIsICIvKipcbiAqIFR1cm5zIHJlZ2lzdGVyIHdvcmRzIGludG8gbnVtYmVycy4gTW9kYnVzIHJlZ2lzdGVycyBhcmUgMTYtYml0IGJpZy1lbmRpYW4gd29yZHM7IG11bHRpLXdvcmQgdmFsdWVzXG4gKiBjb21lIGluIG9uZSBvZiBmb3VyIGJ5dGUgb3JkZXJzIChBQkNEIGJpZy1lbmRpYW4sIENEQUIgd29yZC1zd2FwcGVkLCBCQURDIGJ5dGUtc3dhcHBlZCwgRENCQVxuICogbGl0dGxlLWVuZGlhbikuIEZsb2F0cyByZWFkIGZyb20gZjMyIHJlZ2lzdGVycyBhcmUgY29udmVydGVkIHRvIHRoZSBzaG9ydGVzdCBkZWNpbWFsIHRoYXQgbWFwcyB0b1xuICogdGhlIHNhbWUgZmxvYXQzMiwgc28gMjMwLjEgViBhcnJpdmVzIGFzIDIzMC4xIGFuZCBub3QgMjMwLjEwMDAwNjEwMzUxNTYyOyBgZGVjaW1hbHNgIHRoZW4gcm91bmRzXG4gKiBhZnRlciBzY2FsaW5nLCBhdCB0aGUgbWV0ZXIncyBkb2N1bWVudGVkIHJlc29sdXRpb24uXG4gKi9cbmltcG9ydCB0eXBlIHsgQnl0ZU9yZGVyLCBEYXRhVHlwZSwgUmVnaXN0ZXJQb2ludCB9IGZyb20gJy4vcHJvZmlsZS50cyc7XG5cbmNvbnN0IGR2ID0gbmV3IERhdGFWaWV3KG5ldyBBcnJheUJ1ZmZlcig4KSk7XG5cbi8qKiBQbGFjZXMgYHdvcmRzYCAoZnJvbSB0aGUgd2lyZSkgaW50byBkdiBieXRlcyBpbiBiaWctZW5kaWFuIChBQkNEKSBvcmRlci4gKi9cbmZ1bmN0aW9uIGFycmFuZ2Uod29yZHM6IEFycmF5TGlrZTxudW1iZXI+LCBzdGFydDogbnVtYmVyLCBuOiBudW1iZXIsIG9yZGVyOiBCeXRlT3JkZXIpOiB2b2lkIHtcbiAgY29uc3QgYnl0ZXM6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSB7XG4gICAgY29uc3QgdyA9IHdvcmRzW3N0YXJ0ICsgaV0hICYgMHhmZmZmO1xuICAgIGJ5dGVzLnB1c2godyA+Pj4gOCwgdyAmIDB4ZmYpO1xuICB9XG4gIGNvbnN0IGxlbiA9IGJ5dGVzLmxlbmd0aDtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBsZW47IGkrKykge1xuICAgIGxldCBzcmM6IG51bWJlcjtcbiAgICBzd2l0Y2ggKG9yZGVyKSB7XG4gICAgICBjYXNlICdBQkNEJzpcbiAgICAgICAgc3JjID0gaTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICdEQ0JBJzpcbiAgICAgICAgc3JjID0gbGVuIC0gMSAtIGk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSAnQkFEQyc6XG4gICAgICAgIHNyYyA9IGkgXiAxO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgJ0NEQUInOiB7XG4gICAgICAgIC8vIHdvcmRzIHJldmVyc2VkLCBieXRlcyB3aXRoaW4gYSB3b3JkIGtlcHRcbiAgICAgICAgY29uc3Qgd29yZCA9IGkgPj4gMTtcbiAgICAgICAgc3JjID0gKG4gLSAxIC0gd29yZCkgKiAyICsgKGkgJiAxKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgfVxuICAgIGR2LnNldFVpbnQ4KGksIGJ5dGVzW3NyY10hKTtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmF3SGV4KHdvcmRzOiBBcnJheUxpa2U8bnVtYmVyPiwgc3RhcnQ6IG51bWJlciwgbjogbnVtYmVyKTogc3RyaW5nIHtcbiAgbGV0IHMgPSAnJztcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIHMgKz0gKHdvcmRzW3N0YXJ0ICsgaV0hICYgMHhmZmZmKS50b1N0cmluZygxNikudG9VcHBlckNhc2UoKS5wYWRTdGFydCg0LCAnMCcpO1xuICByZXR1cm4gcztcbn1cblxuLyoqIERlY29kZXMgb25lIHZhbHVlIG9mIGB0eXBlYCBmcm9tIGB3b3Jkc2AgYXQgYHN0YXJ0YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVSYXcod29yZHM6IEFycmF5TGlrZTxudW1iZXI+LCBzdGFydDogbnVtYmVyLCB0eXBlOiBEYXRhVHlwZSwgb3JkZXI6IEJ5dGVPcmRlcik6IG51bWJlciB7XG4gIGNvbnN0IG4gPSB0eXBlID09PSAndTE2JyB8fCB0eXBlID09PSAnczE2JyA/IDEgOiB0eXBlID09PSAndTMyJyB8fCB0eXBlID09PSAnczMyJyB8fCB0eXBlID09PSAnZjMyJyA/IDIgOiA0O1xuICBhcnJhbmdlKHdvcmRzLCBzdGFydCwgbiwgb3JkZXIpO1xuICBzd2l0Y2ggKHR5cGUpIHtcbiAgICBjYXNlICd1MTYnOlxuICAgICAgcmV0dXJuIGR2LmdldFVpbnQxNigwKTtcbiAgICBjYXNlICdzMTYnOlxuICAgICAgcmV0dXJuIGR2LmdldEludDE2KDApO1xuICAgIGNhc2UgJ3UzMic6XG4gICAgICByZXR1cm4gZHYuZ2V0VWludDMyKDApO1xuICAgIGNhc2UgJ3MzMic6XG4gICAgICByZXR1cm4gZHYuZ2V0SW50MzIoMCk7XG4gICAgY2FzZSAnZjMyJzpcbiAgICAgIHJldHVybiBzaG9ydGVzdEZsb2F0MzIoZHYuZ2V0RmxvYXQzMigwKSk7XG4gICAgY2FzZSAndTY0JzpcbiAgICAgIHJldHVybiBOdW1iZXIoZHYuZ2V0QmlnVWludDY0KDApKTtcbiAgICBjYXNlICdzNjQnOlxuICAgICAgcmV0dXJuIE51bWJlcihkdi5nZXRCaWdJbnQ2NCgwKSk7XG4gICAgY2FzZSAnZjY0JzpcbiAgICAgIHJldHVybiBkdi5nZXRGbG9hdDY0KDApO1xuICB9XG59XG5cbi8qKiBUaGUgc2hvcnRlc3QgZGVjaW1hbCB0aGF0IHJvdW5kcyB0byB0aGUgc2FtZSBmbG9hdDMyICh3aGF0IHRoZSBtZXRlciBtZWFudCkuICovXG5leHBvcnQgZnVuY3Rpb24gc2hvcnRlc3RGbG9hdDMyKHg6IG51bWJlcik6IG51bWJlciB7XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHgpIHx8IHggPT09IDApIHJldHVybiB4O1xuICBmb3IgKGxldCBwID0gMTsgcCA8PSA5OyBwKyspIHtcbiAgICBjb25zdCBkID0gTnVtYmVyKHgudG9QcmVjaXNpb24ocCkpO1xuICAgIGlmIChNYXRoLmZyb3VuZChkKSA9PT0geCkgcmV0dXJuIGQ7XG4gIH1cbiAgcmV0dXJuIHg7XG59XG5cbi8qKiBEZWNvZGVzLCBhcHBsaWVzIG5vdC1hdmFpbGFibGUsIHNjYWxlLCBvZmZzZXQgYW5kIGRlY2ltYWxzLiBVbmRlZmluZWQgbWVhbnMgXCJub3QgYXZhaWxhYmxlXCIuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlUG9pbnQoXG4gIHdvcmRzOiBBcnJheUxpa2U8bnVtYmVyPixcbiAgc3RhcnQ6IG51bWJlcixcbiAgcDogUGljazxSZWdpc3RlclBvaW50LCAndHlwZScgfCAnb3JkZXInIHwgJ3dvcmRzJyB8ICdzY2FsZScgfCAnb2Zmc2V0JyB8ICdkZWNpbWFscycgfCAnbm90QXZhaWxhYmxlJz4sXG4pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAocC5ub3RBdmFpbGFibGUubGVuZ3RoID4gMCAmJiBwLm5vdEF2YWlsYWJsZS5pbmNsdWRlcyhyYXdIZXgod29yZHMsIHN0YXJ0LCBwLndvcmRzKSkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHJhdyA9IGRlY29kZVJhdyh3b3Jkcywgc3RhcnQsIHAudHlwZSwgcC5vcmRlcik7XG4gIGlmIChOdW1iZXIuaXNOYU4ocmF3KSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgbGV0IHYgPSByYXcgKiBwLnNjYWxlICsgcC5vZmZzZXQ7XG4gIGlmIChwLmRlY2ltYWxzICE9PSB1bmRlZmluZWQgJiYgTnVtYmVyLmlzRmluaXRlKHYpKSB7XG4gICAgY29uc3QgZiA9IDEwICoqIHAuZGVjaW1hbHM7XG4gICAgdiA9IE1hdGgucm91bmQodiAqIGYpIC8gZjtcbiAgICBpZiAoT2JqZWN0LmlzKHYsIC0wKSkgdiA9IDA7XG4gIH1cbiAgcmV0dXJuIHY7XG59XG4iLCAiLyoqXG4gKiBSZWFkIHBsYW5uaW5nOiBtZXJnZXMgdGhlIHJlZ2lzdGVycyBhIGRldmljZSBuZWVkcyBpbnRvIGFzIGZldyByZXF1ZXN0cyBhcyB0aGUgcHJvdG9jb2wgYWxsb3dzLlxuICogUG9pbnRzIGFyZSBncm91cGVkIGJ5IGZ1bmN0aW9uIGNvZGUgYW5kIHNvcnRlZCBieSBhZGRyZXNzOyBuZWlnaGJvdXJzIGFyZSBtZXJnZWQgd2hpbGUgdGhlIGdhcFxuICogYmV0d2VlbiB0aGVtIGlzIGF0IG1vc3QgYG1heEdhcGAgcmVnaXN0ZXJzIGFuZCBhIHJlcXVlc3Qgc3RheXMgd2l0aGluIGBtYXhSZWdpc3RlcnNgIChNb2RidXNcbiAqIGFsbG93cyAxMjUgcmVnaXN0ZXJzIHBlciBGQyAzLzQgcmVxdWVzdCkuIEdhcCByZWdpc3RlcnMgYXJlIHJlYWQgYW5kIGlnbm9yZWQsIHNvIGBtYXhHYXBgIGlzIDAgZm9yXG4gKiBtZXRlcnMgdGhhdCBhbnN3ZXIgdW5tYXBwZWQgYWRkcmVzc2VzIHdpdGggYW4gZXhjZXB0aW9uLlxuICovXG5pbXBvcnQgdHlwZSB7IFJlZ2lzdGVyRnVuY3Rpb24sIFJlZ2lzdGVyUG9pbnQgfSBmcm9tICcuL3Byb2ZpbGUudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJlYWRCbG9jayB7XG4gIGZ1bmN0aW9uOiBSZWdpc3RlckZ1bmN0aW9uO1xuICBhZGRyZXNzOiBudW1iZXI7XG4gIGNvdW50OiBudW1iZXI7XG4gIC8qKiBUaGUgcG9pbnRzIHRoaXMgYmxvY2sgY2Fycmllcywgd2l0aCB0aGVpciB3b3JkIG9mZnNldCBpbnNpZGUgdGhlIGJsb2NrLiAqL1xuICBwb2ludHM6IHsgcG9pbnQ6IFJlZ2lzdGVyUG9pbnQ7IG9mZnNldDogbnVtYmVyIH1bXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBsYW5SZWFkcyhwb2ludHM6IHJlYWRvbmx5IFJlZ2lzdGVyUG9pbnRbXSwgbWF4R2FwOiBudW1iZXIsIG1heFJlZ2lzdGVycyA9IDEyNSk6IFJlYWRCbG9ja1tdIHtcbiAgY29uc3QgYmxvY2tzOiBSZWFkQmxvY2tbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGZuIG9mIFsnaG9sZGluZycsICdpbnB1dCddIGFzIGNvbnN0KSB7XG4gICAgY29uc3Qgc29ydGVkID0gcG9pbnRzLmZpbHRlcigocCkgPT4gcC5mdW5jdGlvbiA9PT0gZm4pLnNvcnQoKGEsIGIpID0+IGEuYWRkcmVzcyAtIGIuYWRkcmVzcyk7XG4gICAgbGV0IGN1cjogUmVhZEJsb2NrIHwgdW5kZWZpbmVkO1xuICAgIGZvciAoY29uc3QgcCBvZiBzb3J0ZWQpIHtcbiAgICAgIGNvbnN0IGVuZCA9IHAuYWRkcmVzcyArIHAud29yZHM7XG4gICAgICBpZiAoY3VyICYmIHAuYWRkcmVzcyAtIChjdXIuYWRkcmVzcyArIGN1ci5jb3VudCkgPD0gbWF4R2FwICYmIGVuZCAtIGN1ci5hZGRyZXNzIDw9IG1heFJlZ2lzdGVycykge1xuICAgICAgICBjdXIuY291bnQgPSBNYXRoLm1heChjdXIuY291bnQsIGVuZCAtIGN1ci5hZGRyZXNzKTtcbiAgICAgICAgY3VyLnBvaW50cy5wdXNoKHsgcG9pbnQ6IHAsIG9mZnNldDogcC5hZGRyZXNzIC0gY3VyLmFkZHJlc3MgfSk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjdXIgPSB7IGZ1bmN0aW9uOiBmbiwgYWRkcmVzczogcC5hZGRyZXNzLCBjb3VudDogcC53b3JkcywgcG9pbnRzOiBbeyBwb2ludDogcCwgb2Zmc2V0OiAwIH1dIH07XG4gICAgICAgIGJsb2Nrcy5wdXNoKGN1cik7XG4gICAgICB9XG4gICAgfVxuICB9XG4gIHJldHVybiBibG9ja3M7XG59XG4iLCAiLyoqXG4gKiBPbmUgZGV2aWNlIG9uIGEgdHJhbnNwb3J0LCByZWFkIHRocm91Z2ggaXRzIHByb2ZpbGUuIGBpZGVudGlmeWAgcmVhZHMgdGhlIGlkZW50aXR5IHJlZ2lzdGVycyBvbmNlXG4gKiAocmV0cmllZCBvbiBsYXRlciBwb2xscyB1bnRpbCBpdCBzdWNjZWVkcyk7IGBwb2xsYCByZWFkcyB0aGUgcGxhbm5lZCBibG9ja3MgYW5kIHJldHVybnMgZGVjb2RlZFxuICogc2FtcGxlcyBzdGFtcGVkIHdpdGggdGhlIHRpbWUgdGhlaXIgYmxvY2sncyBhbnN3ZXIgYXJyaXZlZC4gQSBmYWlsZWQgYmxvY2sgaXMgcmVwb3J0ZWQgYW5kIHRoZVxuICogb3RoZXIgYmxvY2tzIHN0aWxsIGRlbGl2ZXI6IG9uZSBicm9rZW4gcmVnaXN0ZXIgcmFuZ2UgbmV2ZXIgaGlkZXMgdGhlIHJlc3Qgb2YgdGhlIG1ldGVyLlxuICovXG5pbXBvcnQgeyBkZWNvZGVQb2ludCB9IGZyb20gJy4vZGVjb2RlLnRzJztcbmltcG9ydCB0eXBlIHsgRGV2aWNlRXJyb3IgfSBmcm9tICcuL2Vycm9ycy50cyc7XG5pbXBvcnQgdHlwZSB7IE1vZGJ1c1RyYW5zcG9ydCB9IGZyb20gJy4vbW9kYnVzLnRzJztcbmltcG9ydCB7IHBsYW5SZWFkcywgdHlwZSBSZWFkQmxvY2sgfSBmcm9tICcuL3BsYW4udHMnO1xuaW1wb3J0IHR5cGUgeyBEZXZpY2VQcm9maWxlLCBNZXRyaWNNZXRhIH0gZnJvbSAnLi9wcm9maWxlLnRzJztcbmltcG9ydCB0eXBlIHsgRGV2aWNlU2FtcGxlLCBQb2xsUmVzdWx0LCBTb3VyY2UgfSBmcm9tICcuL3NvdXJjZS50cyc7XG5cbmV4cG9ydCB0eXBlIHsgRGV2aWNlU2FtcGxlLCBQb2xsUmVzdWx0IH0gZnJvbSAnLi9zb3VyY2UudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIERldmljZU9wdGlvbnMge1xuICBwcm9maWxlOiBEZXZpY2VQcm9maWxlO1xuICB0cmFuc3BvcnQ6IE1vZGJ1c1RyYW5zcG9ydDtcbiAgdW5pdDogbnVtYmVyO1xuICB0aW1lb3V0TXM6IG51bWJlcjtcbiAgLyoqIFJldHJpZXMgb2YgYSBmYWlsZWQgcmVxdWVzdCB3aGlsZSB0aGUgZGV2aWNlIGFuc3dlcnM7IG5vbmUgb25jZSBhIHBvbGwgZmFpbGVkLiBAZGVmYXVsdCAwICovXG4gIHJldHJpZXM/OiBudW1iZXI7XG4gIG5vdz86ICgpID0+IG51bWJlcjtcbn1cblxuZXhwb3J0IGNsYXNzIE1vZGJ1c0RldmljZSBpbXBsZW1lbnRzIFNvdXJjZSB7XG4gIHJlYWRvbmx5IHByb2ZpbGU6IERldmljZVByb2ZpbGU7XG4gIHJlYWRvbmx5IHVuaXQ6IG51bWJlcjtcbiAgcHJpdmF0ZSByZWFkb25seSBibG9ja3M6IFJlYWRCbG9ja1tdO1xuICBwcml2YXRlIGlkZW50aXR5OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHJlYWRvbmx5IG5vdzogKCkgPT4gbnVtYmVyO1xuICAvKiogV2hldGhlciB0aGUgbGFzdCBwb2xsIGdvdCBhbnN3ZXJzOyByZXRyaWVzIGFyZSBzcGVudCBvbmx5IG9uIGEgZGV2aWNlIHRoYXQgaXMgdXAuICovXG4gIHByaXZhdGUgYW5zd2VyaW5nID0gdHJ1ZTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IG9wdHM6IERldmljZU9wdGlvbnMpIHtcbiAgICB0aGlzLnByb2ZpbGUgPSBvcHRzLnByb2ZpbGU7XG4gICAgdGhpcy51bml0ID0gb3B0cy51bml0O1xuICAgIHRoaXMuYmxvY2tzID0gcGxhblJlYWRzKG9wdHMucHJvZmlsZS5wb2ludHMsIG9wdHMucHJvZmlsZS5tYXhHYXAsIG9wdHMucHJvZmlsZS5tYXhSZWdpc3RlcnMpO1xuICAgIHRoaXMubm93ID0gb3B0cy5ub3cgPz8gRGF0ZS5ub3c7XG4gIH1cblxuICBnZXQgZGVzY3JpcHRpb24oKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dGhpcy5wcm9maWxlLm5hbWV9IHVuaXQgJHt0aGlzLnVuaXR9IG9uICR7dGhpcy5vcHRzLnRyYW5zcG9ydC5kZXNjcmlwdGlvbn1gO1xuICB9XG5cbiAgZ2V0IG1ldHJpY3MoKTogcmVhZG9ubHkgTWV0cmljTWV0YVtdIHtcbiAgICByZXR1cm4gdGhpcy5wcm9maWxlLm1ldHJpY3M7XG4gIH1cblxuICBnZXQgcmVxdWVzdHNQZXJQb2xsKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuYmxvY2tzLmxlbmd0aDtcbiAgfVxuXG4gIGdldCBpZGVudGl0eUxhYmVscygpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5pZGVudGl0eTtcbiAgfVxuXG4gIGFzeW5jIGlkZW50aWZ5KCk6IFByb21pc2U8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICAgIGlmICh0aGlzLmlkZW50aXR5KSByZXR1cm4gdGhpcy5pZGVudGl0eTtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IHsgbGFiZWwsIHBvaW50IH0gb2YgdGhpcy5wcm9maWxlLmlkZW50aXR5KSB7XG4gICAgICBjb25zdCB3b3JkcyA9IGF3YWl0IHRoaXMucmVhZChwb2ludC5mdW5jdGlvbiwgcG9pbnQuYWRkcmVzcywgcG9pbnQud29yZHMpO1xuICAgICAgY29uc3QgdiA9IGRlY29kZVBvaW50KHdvcmRzLCAwLCBwb2ludCk7XG4gICAgICBpZiAodiAhPT0gdW5kZWZpbmVkKSBvdXRbbGFiZWxdID0gU3RyaW5nKHYpO1xuICAgIH1cbiAgICB0aGlzLmlkZW50aXR5ID0gb3V0O1xuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICBhc3luYyBwb2xsKCk6IFByb21pc2U8UG9sbFJlc3VsdD4ge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSB0aGlzLm5vdygpO1xuICAgIGNvbnN0IHNhbXBsZXM6IERldmljZVNhbXBsZVtdID0gW107XG4gICAgY29uc3QgZXJyb3JzOiBEZXZpY2VFcnJvcltdID0gW107XG4gICAgbGV0IHJlcXVlc3RzID0gMDtcbiAgICBpZiAoIXRoaXMuaWRlbnRpdHkgJiYgdGhpcy5wcm9maWxlLmlkZW50aXR5Lmxlbmd0aCA+IDApIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlcXVlc3RzKys7XG4gICAgICAgIGF3YWl0IHRoaXMuaWRlbnRpZnkoKTtcbiAgICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgICBlcnJvcnMucHVzaChlcnIgYXMgRGV2aWNlRXJyb3IpO1xuICAgICAgICAvLyBXaXRob3V0IGlkZW50aXR5IHRoZSBtZXRlciBpcyB1bnJlYWNoYWJsZSBvciBtaXNjb25maWd1cmVkOiBza2lwIHRoaXMgcG9sbCdzIHJlYWRzLlxuICAgICAgICB0aGlzLmFuc3dlcmluZyA9IGZhbHNlO1xuICAgICAgICByZXR1cm4geyBzYW1wbGVzLCBlcnJvcnMsIHJlcXVlc3RzLCBkdXJhdGlvbk1zOiB0aGlzLm5vdygpIC0gc3RhcnRlZCB9O1xuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBpZExhYmVscyA9IHRoaXMuaWRlbnRpdHkgPz8ge307XG4gICAgZm9yIChjb25zdCBiIG9mIHRoaXMuYmxvY2tzKSB7XG4gICAgICByZXF1ZXN0cysrO1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3Qgd29yZHMgPSBhd2FpdCB0aGlzLnJlYWQoYi5mdW5jdGlvbiwgYi5hZGRyZXNzLCBiLmNvdW50KTtcbiAgICAgICAgY29uc3QgdCA9IHRoaXMubm93KCk7XG4gICAgICAgIGZvciAoY29uc3QgeyBwb2ludCwgb2Zmc2V0IH0gb2YgYi5wb2ludHMpIHtcbiAgICAgICAgICBjb25zdCB2ID0gZGVjb2RlUG9pbnQod29yZHMsIG9mZnNldCwgcG9pbnQpO1xuICAgICAgICAgIGlmICh2ID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgICAgICAgIHNhbXBsZXMucHVzaCh7XG4gICAgICAgICAgICBtZXRyaWM6IHBvaW50Lm1ldHJpYyxcbiAgICAgICAgICAgIGxhYmVsczogeyAuLi5wb2ludC5sYWJlbHMsIC4uLmlkTGFiZWxzIH0sXG4gICAgICAgICAgICB2YWx1ZTogdixcbiAgICAgICAgICAgIHRpbWVNczogdCxcbiAgICAgICAgICB9KTtcbiAgICAgICAgfVxuICAgICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAgIGVycm9ycy5wdXNoKGVyciBhcyBEZXZpY2VFcnJvcik7XG4gICAgICAgIC8vIEEgdGltZW91dCBvbiBvbmUgYmxvY2sgdXN1YWxseSBtZWFucyB0aGUgbWV0ZXIgaXMgZ29uZTogZG8gbm90IHdhaXQgb3V0IGV2ZXJ5IGJsb2NrLlxuICAgICAgICBpZiAoKGVyciBhcyBEZXZpY2VFcnJvcikuY29kZSAhPT0gJ01PREJVU19FWENFUFRJT04nKSBicmVhaztcbiAgICAgIH1cbiAgICB9XG4gICAgdGhpcy5hbnN3ZXJpbmcgPSBzYW1wbGVzLmxlbmd0aCA+IDAgfHwgZXJyb3JzLmxlbmd0aCA9PT0gMDtcbiAgICByZXR1cm4geyBzYW1wbGVzLCBlcnJvcnMsIHJlcXVlc3RzLCBkdXJhdGlvbk1zOiB0aGlzLm5vdygpIC0gc3RhcnRlZCB9O1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyByZWFkKGZuOiBSZWFkQmxvY2tbJ2Z1bmN0aW9uJ10sIGFkZHJlc3M6IG51bWJlciwgY291bnQ6IG51bWJlcik6IFByb21pc2U8bnVtYmVyW10+IHtcbiAgICBjb25zdCB0cmllcyA9IHRoaXMuYW5zd2VyaW5nID8gMSArICh0aGlzLm9wdHMucmV0cmllcyA/PyAwKSA6IDE7XG4gICAgZm9yIChsZXQgaSA9IDE7IDsgaSsrKSB7XG4gICAgICB0cnkge1xuICAgICAgICByZXR1cm4gYXdhaXQgdGhpcy5vcHRzLnRyYW5zcG9ydC5yZWFkKGZuLCB0aGlzLnVuaXQsIGFkZHJlc3MsIGNvdW50LCB0aGlzLm9wdHMudGltZW91dE1zKTtcbiAgICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgICBpZiAoaSA+PSB0cmllcyB8fCAoZXJyIGFzIERldmljZUVycm9yKS5jb2RlID09PSAnTU9EQlVTX0VYQ0VQVElPTicpIHRocm93IGVycjtcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHt9XG59XG4iLCAiLyoqXG4gKiBFZGdlIGVycm9ycy4gQ29uZmlndXJhdGlvbiBwcm9ibGVtcyBuYW1lIHRoZSBmaWVsZCBwYXRoLCB0aGUgdmFsdWUgZm91bmQgYW5kIHRoZSBmaXgsIHNvIGFuXG4gKiBvcGVyYXRvciBjYW4gY29ycmVjdCBhIFlBTUwgZmlsZSB3aXRob3V0IHJlYWRpbmcgY29kZS5cbiAqL1xuaW1wb3J0IHsgU2Vuc29ycGF0aEVycm9yIH0gZnJvbSAnQHNlbnNvcnBhdGgvc3RvcmFnZSc7XG5cbmV4cG9ydCB0eXBlIEVkZ2VFcnJvckNvZGUgPVxuICB8ICdQUk9GSUxFX0lOVkFMSUQnXG4gIHwgJ1BST0ZJTEVfTk9UX0ZPVU5EJ1xuICB8ICdDT05GSUdfSU5WQUxJRCdcbiAgfCAnTU9EQlVTX1RJTUVPVVQnXG4gIHwgJ01PREJVU19FWENFUFRJT04nXG4gIHwgJ01PREJVU19DT05ORUNUJ1xuICB8ICdNT0RCVVNfREVDT0RFJ1xuICB8ICdRVUVVRV9JTydcbiAgfCAnSU5QVVRfRkFJTEVEJztcblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgU2Vuc29ycGF0aEVycm9yIHtcbiAgZGVjbGFyZSByZWFkb25seSBjb2RlOiBFZGdlRXJyb3JDb2RlO1xufVxuXG5leHBvcnQgY2xhc3MgRGV2aWNlRXJyb3IgZXh0ZW5kcyBTZW5zb3JwYXRoRXJyb3Ige1xuICBkZWNsYXJlIHJlYWRvbmx5IGNvZGU6IEVkZ2VFcnJvckNvZGU7XG59XG5cbmludGVyZmFjZSBJc3N1ZSB7XG4gIHBhdGg6IFByb3BlcnR5S2V5W107XG4gIG1lc3NhZ2U6IHN0cmluZztcbiAgY29kZT86IHN0cmluZztcbiAga2V5cz86IHN0cmluZ1tdO1xuICBpbnB1dD86IHVua25vd247XG59XG5cbi8qKiBUaGUgZml4IGZvciB0aGUgaXNzdWUga2luZHMgd2hvc2Ugem9kIG1lc3NhZ2UgZG9lcyBub3Qgc2F5IGl0LiAqL1xuZnVuY3Rpb24gaGludChpOiBJc3N1ZSwgZm91bmQ6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAoaS5jb2RlID09PSAndW5yZWNvZ25pemVkX2tleXMnKVxuICAgIHJldHVybiBgdW5rbm93biBmaWVsZCAkeyhpLmtleXMgPz8gW10pLm1hcCgoaykgPT4gSlNPTi5zdHJpbmdpZnkoaykpLmpvaW4oJywgJyl9OiByZW1vdmUgaXQgb3IgY29ycmVjdCBpdHMgc3BlbGxpbmcgKHNlZSB0aGUgcmVmZXJlbmNlIGluIHBhY2thZ2VzL2VkZ2UvUkVBRE1FLm1kKWA7XG4gIGlmIChpLmNvZGUgPT09ICdpbnZhbGlkX3R5cGUnICYmIGZvdW5kID09PSB1bmRlZmluZWQpIHJldHVybiBgcmVxdWlyZWQgZmllbGQgaXMgbWlzc2luZzsgYWRkIGl0YDtcbiAgcmV0dXJuIGkubWVzc2FnZTtcbn1cblxuLyoqIFJlbmRlcnMgem9kIGlzc3VlcyBhcyBgcGF0aC50by5maWVsZDogbWVzc2FnZSAoZm91bmQ6IHZhbHVlKWAgbGluZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0Wm9kSXNzdWVzKGlzc3VlczogcmVhZG9ubHkgSXNzdWVbXSwgaW5wdXQ6IHVua25vd24pOiBzdHJpbmcge1xuICByZXR1cm4gaXNzdWVzXG4gICAgLm1hcCgoaSkgPT4ge1xuICAgICAgY29uc3QgcGF0aCA9IGkucGF0aC5sZW5ndGggPyBpLnBhdGgubWFwKFN0cmluZykuam9pbignLicpIDogJyhyb290KSc7XG4gICAgICBsZXQgZm91bmQ6IHVua25vd24gPSBpbnB1dDtcbiAgICAgIGZvciAoY29uc3QgayBvZiBpLnBhdGgpXG4gICAgICAgIGZvdW5kID0gZm91bmQgJiYgdHlwZW9mIGZvdW5kID09PSAnb2JqZWN0JyA/IChmb3VuZCBhcyBSZWNvcmQ8UHJvcGVydHlLZXksIHVua25vd24+KVtrXSA6IHVuZGVmaW5lZDtcbiAgICAgIGNvbnN0IHNob3duID0gZm91bmQgPT09IHVuZGVmaW5lZCA/ICdub3RoaW5nJyA6IEpTT04uc3RyaW5naWZ5KGZvdW5kKTtcbiAgICAgIGlmIChpLmNvZGUgPT09ICd1bnJlY29nbml6ZWRfa2V5cycpIHJldHVybiBgICAtICR7cGF0aH06ICR7aGludChpLCBmb3VuZCl9YDtcbiAgICAgIHJldHVybiBgICAtICR7cGF0aH06ICR7aGludChpLCBmb3VuZCl9IChmb3VuZDogJHtzaG93biAmJiBzaG93bi5sZW5ndGggPiA4MCA/IGAke3Nob3duLnNsaWNlKDAsIDc3KX0uLi5gIDogc2hvd259KWA7XG4gICAgfSlcbiAgICAuam9pbignXFxuJyk7XG59XG4iLCAiLyoqXG4gKiBCdWlsZHMgdGhlIE9wZW5NZXRyaWNzIG1lc3NhZ2Ugb2Ygb25lIGRldmljZSBwb2xsOiBvbmUgZmFtaWx5IHBlciBwcm9maWxlIG1ldHJpYyAod2l0aCBUWVBFLCBVTklUXG4gKiBhbmQgSEVMUCksIGV2ZXJ5IHNhbXBsZSBjYXJyeWluZyBpdHMgcmVnaXN0ZXIgbGFiZWxzLCB0aGUgZGV2aWNlJ3MgaWRlbnRpdHkgbGFiZWxzIChlLmcuIHNlcmlhbClcbiAqIGFuZCB0aGUgY29uZmlndXJlZCBjb250ZXh0IGxhYmVscywgc3RhbXBlZCBpbiBtaWxsaXNlY29uZHM7IHRoZW4gdGhlIGFnZW50J3Mgc2VsZi1tZXRyaWNzIGZvciB0aGVcbiAqIGRldmljZS4gU2Vuc29yLXBhdGggbGFiZWxzIGFyZSBub3QgcmVwZWF0ZWQgaW4gdGhlIHBheWxvYWQ6IHRoZSBzZXJ2ZXIgZGVyaXZlcyB0aGVtIGZyb20gdGhlXG4gKiB0b3BpYyAoZG9jcy9mb3JtYXQvc2Vuc29yLXBhdGgubWQpLlxuICovXG5pbXBvcnQgeyB0eXBlIE1ldHJpY0ZhbWlseSwgdHlwZSBNZXRyaWNTYW1wbGUsIHNlcmlhbGl6ZSB9IGZyb20gJ0BzZW5zb3JwYXRoL29wZW5tZXRyaWNzJztcbmltcG9ydCB0eXBlIHsgTWV0cmljTWV0YSB9IGZyb20gJy4vcHJvZmlsZS50cyc7XG5pbXBvcnQgdHlwZSB7IERldmljZVNhbXBsZSB9IGZyb20gJy4vc291cmNlLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBEZXZpY2VTdGF0cyB7XG4gIHVwOiBib29sZWFuO1xuICBwb2xsRHVyYXRpb25TZWNvbmRzOiBudW1iZXI7XG4gIHJlcXVlc3RzOiBudW1iZXI7XG4gIGVycm9yc1RvdGFsOiBudW1iZXI7XG4gIHBvbGxzVG90YWw6IG51bWJlcjtcbn1cblxuLyoqIFRoZSBhZ2VudCdzIG93biBzdGF0ZSBhdCB0aGUgdGltZSBvZiB0aGUgbWVzc2FnZSAoc3RvcmUtYW5kLWZvcndhcmQgcXVldWUpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBBZ2VudFN0YXRzIHtcbiAgcXVldWVEZXB0aDogbnVtYmVyO1xuICBkcm9wcGVkTWVzc2FnZXM6IG51bWJlcjtcbiAgZHJvcHBlZFNhbXBsZXM6IG51bWJlcjtcbiAgaW5mbGlnaHQ6IG51bWJlcjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkTWVzc2FnZShcbiAgbWV0cmljczogcmVhZG9ubHkgTWV0cmljTWV0YVtdLFxuICBzYW1wbGVzOiByZWFkb25seSBEZXZpY2VTYW1wbGVbXSxcbiAgY29udGV4dDogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4sXG4gIHN0YXRzOiBEZXZpY2VTdGF0cyxcbiAgZGV2aWNlTGFiZWxzOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PixcbiAgdGltZU1zOiBudW1iZXIsXG4gIGFnZW50PzogQWdlbnRTdGF0cyxcbik6IHN0cmluZyB7XG4gIGNvbnN0IGJ5TWV0cmljID0gbmV3IE1hcDxzdHJpbmcsIE1ldHJpY1NhbXBsZVtdPigpO1xuICBmb3IgKGNvbnN0IHMgb2Ygc2FtcGxlcykge1xuICAgIGxldCBhcnIgPSBieU1ldHJpYy5nZXQocy5tZXRyaWMpO1xuICAgIGlmICghYXJyKSB7XG4gICAgICBhcnIgPSBbXTtcbiAgICAgIGJ5TWV0cmljLnNldChzLm1ldHJpYywgYXJyKTtcbiAgICB9XG4gICAgYXJyLnB1c2goe1xuICAgICAgbmFtZTogcy5tZXRyaWMsXG4gICAgICBsYWJlbHM6IHRvUGFpcnMoeyAuLi5jb250ZXh0LCAuLi5zLmxhYmVscyB9KSxcbiAgICAgIHZhbHVlOiBzLnZhbHVlLFxuICAgICAgdGltZXN0YW1wOiBzLnRpbWVNcyAvIDEwMDAsXG4gICAgfSk7XG4gIH1cbiAgY29uc3QgZmFtaWxpZXM6IE1ldHJpY0ZhbWlseVtdID0gW107XG4gIGZvciAoY29uc3QgbSBvZiBtZXRyaWNzKSB7XG4gICAgY29uc3QgYXJyID0gYnlNZXRyaWMuZ2V0KG0ubmFtZSk7XG4gICAgaWYgKCFhcnIgfHwgYXJyLmxlbmd0aCA9PT0gMCkgY29udGludWU7XG4gICAgaWYgKG0udHlwZSA9PT0gJ2NvdW50ZXInKSBmb3IgKGNvbnN0IHMgb2YgYXJyKSBzLm5hbWUgPSBgJHttLm5hbWV9X3RvdGFsYDtcbiAgICBjb25zdCBmYW06IE1ldHJpY0ZhbWlseSA9IHsgbmFtZTogbS5uYW1lLCB0eXBlOiBtLnR5cGUsIHNhbXBsZXM6IGFyciB9O1xuICAgIGlmIChtLnVuaXQpIGZhbS51bml0ID0gbS51bml0O1xuICAgIGlmIChtLmhlbHApIGZhbS5oZWxwID0gbS5oZWxwO1xuICAgIGZhbWlsaWVzLnB1c2goZmFtKTtcbiAgfVxuICBjb25zdCB0cyA9IHRpbWVNcyAvIDEwMDA7XG4gIGNvbnN0IHNlbGYgPSB0b1BhaXJzKHsgLi4uY29udGV4dCwgLi4uZGV2aWNlTGFiZWxzIH0pO1xuICBjb25zdCBnID0gKFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBoZWxwOiBzdHJpbmcsXG4gICAgdmFsdWU6IG51bWJlcixcbiAgICB0eXBlOiAnZ2F1Z2UnIHwgJ2NvdW50ZXInID0gJ2dhdWdlJyxcbiAgICB1bml0Pzogc3RyaW5nLFxuICApOiBNZXRyaWNGYW1pbHkgPT4ge1xuICAgIGNvbnN0IGZhbTogTWV0cmljRmFtaWx5ID0ge1xuICAgICAgbmFtZSxcbiAgICAgIHR5cGUsXG4gICAgICBoZWxwLFxuICAgICAgc2FtcGxlczogW3sgbmFtZTogdHlwZSA9PT0gJ2NvdW50ZXInID8gYCR7bmFtZX1fdG90YWxgIDogbmFtZSwgbGFiZWxzOiBzZWxmLCB2YWx1ZSwgdGltZXN0YW1wOiB0cyB9XSxcbiAgICB9O1xuICAgIGlmICh1bml0KSBmYW0udW5pdCA9IHVuaXQ7XG4gICAgcmV0dXJuIGZhbTtcbiAgfTtcbiAgZmFtaWxpZXMucHVzaChcbiAgICBnKFxuICAgICAgJ3NlbnNvcnBhdGhfZGV2aWNlX3VwJyxcbiAgICAgICdXaGV0aGVyIHRoZSBsYXN0IHBvbGwgb2YgdGhlIGRldmljZSBzdWNjZWVkZWQgKDEpIG9yIG5vdCAoMCkuJyxcbiAgICAgIHN0YXRzLnVwID8gMSA6IDAsXG4gICAgKSxcbiAgICBnKFxuICAgICAgJ3NlbnNvcnBhdGhfZGV2aWNlX3BvbGxfZHVyYXRpb25fc2Vjb25kcycsXG4gICAgICAnRHVyYXRpb24gb2YgdGhlIGxhc3QgcG9sbC4nLFxuICAgICAgc3RhdHMucG9sbER1cmF0aW9uU2Vjb25kcyxcbiAgICAgICdnYXVnZScsXG4gICAgICAnc2Vjb25kcycsXG4gICAgKSxcbiAgICBnKCdzZW5zb3JwYXRoX2RldmljZV9wb2xsX3JlcXVlc3RzJywgJ1JlcXVlc3RzIHNlbnQgaW4gdGhlIGxhc3QgcG9sbC4nLCBzdGF0cy5yZXF1ZXN0cyksXG4gICAgZygnc2Vuc29ycGF0aF9kZXZpY2VfcG9sbHMnLCAnUG9sbHMgc2luY2UgdGhlIGFnZW50IHN0YXJ0ZWQuJywgc3RhdHMucG9sbHNUb3RhbCwgJ2NvdW50ZXInKSxcbiAgICBnKFxuICAgICAgJ3NlbnNvcnBhdGhfZGV2aWNlX3BvbGxfZXJyb3JzJyxcbiAgICAgICdGYWlsZWQgcmVxdWVzdHMgc2luY2UgdGhlIGFnZW50IHN0YXJ0ZWQuJyxcbiAgICAgIHN0YXRzLmVycm9yc1RvdGFsLFxuICAgICAgJ2NvdW50ZXInLFxuICAgICksXG4gICk7XG4gIGlmIChhZ2VudCkge1xuICAgIGZhbWlsaWVzLnB1c2goXG4gICAgICBnKFxuICAgICAgICAnc2Vuc29ycGF0aF9lZGdlX3F1ZXVlX2RlcHRoX21lc3NhZ2VzJyxcbiAgICAgICAgJ01lc3NhZ2VzIGluIHRoZSBzdG9yZS1hbmQtZm9yd2FyZCBxdWV1ZSwgbm90IHlldCBhY2tub3dsZWRnZWQgYnkgdGhlIGJyb2tlci4nLFxuICAgICAgICBhZ2VudC5xdWV1ZURlcHRoLFxuICAgICAgICAnZ2F1Z2UnLFxuICAgICAgICAnbWVzc2FnZXMnLFxuICAgICAgKSxcbiAgICAgIGcoXG4gICAgICAgICdzZW5zb3JwYXRoX2VkZ2VfcXVldWVfaW5mbGlnaHRfbWVzc2FnZXMnLFxuICAgICAgICAnTWVzc2FnZXMgc2VudCB0byB0aGUgYnJva2VyIGFuZCBhd2FpdGluZyBQVUJBQ0suJyxcbiAgICAgICAgYWdlbnQuaW5mbGlnaHQsXG4gICAgICAgICdnYXVnZScsXG4gICAgICAgICdtZXNzYWdlcycsXG4gICAgICApLFxuICAgICAgZyhcbiAgICAgICAgJ3NlbnNvcnBhdGhfZWRnZV9kcm9wcGVkX21lc3NhZ2VzJyxcbiAgICAgICAgJ01lc3NhZ2VzIGRyb3BwZWQgYmVjYXVzZSB0aGUgcXVldWUgd2FzIGZ1bGwgKGRyb3Atb2xkZXN0KS4nLFxuICAgICAgICBhZ2VudC5kcm9wcGVkTWVzc2FnZXMsXG4gICAgICAgICdjb3VudGVyJyxcbiAgICAgICAgJ21lc3NhZ2VzJyxcbiAgICAgICksXG4gICAgICBnKFxuICAgICAgICAnc2Vuc29ycGF0aF9lZGdlX2Ryb3BwZWRfc2FtcGxlcycsXG4gICAgICAgICdTYW1wbGVzIGluIHRoZSBkcm9wcGVkIG1lc3NhZ2VzLicsXG4gICAgICAgIGFnZW50LmRyb3BwZWRTYW1wbGVzLFxuICAgICAgICAnY291bnRlcicsXG4gICAgICAgICdzYW1wbGVzJyxcbiAgICAgICksXG4gICAgKTtcbiAgfVxuICByZXR1cm4gc2VyaWFsaXplKGZhbWlsaWVzKTtcbn1cblxuZnVuY3Rpb24gdG9QYWlycyhyZWM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+KTogeyBuYW1lOiBzdHJpbmc7IHZhbHVlOiBzdHJpbmcgfVtdIHtcbiAgcmV0dXJuIE9iamVjdC5rZXlzKHJlYylcbiAgICAuc29ydCgpXG4gICAgLm1hcCgobmFtZSkgPT4gKHsgbmFtZSwgdmFsdWU6IHJlY1tuYW1lXSEgfSkpO1xufVxuIiwgIi8qKlxuICogUHVibGlzaGVzIHRvIHRoZSBicm9rZXIgd2l0aCBRb1MgMSwgZnJvbSB0aGUgc3RvcmUtYW5kLWZvcndhcmQgcXVldWUuIENhbGxlcnMgYGVucXVldWVgIGEgbWVzc2FnZTtcbiAqIGl0IGlzIGFwcGVuZGVkIHRvIHRoZSBkaXNrIHF1ZXVlICh3aGVuIG9uZSBpcyBjb25maWd1cmVkOyBvdGhlcndpc2UgdG8gYW4gaW4tbWVtb3J5IG9uZSkgYW5kIGFcbiAqIHB1bXAgaGFuZHMgcXVldWVkIG1lc3NhZ2VzIHRvIG1xdHQuanMgaW4gb3JkZXIsIGF0IG1vc3QgYHdpbmRvd2AgdW5hY2tub3dsZWRnZWQgYXQgYSB0aW1lIGFuZCBhdFxuICogbW9zdCBgcmVwbGF5UmF0ZWAgcGVyIHNlY29uZCAoYSB0b2tlbiBidWNrZXQsIHNvIGEgYmFja2xvZyBhZnRlciBhbiBvdXRhZ2UgZHJhaW5zIGF0IGEgYm91bmRlZFxuICogcmF0ZSB3aGlsZSBwb2xscyBrZWVwIGFwcGVuZGluZyBiZWhpbmQgaXQpLiBBIG1lc3NhZ2UgbGVhdmVzIHRoZSBxdWV1ZSBvbmx5IG9uIGl0cyBQVUJBQ0suIFdoaWxlXG4gKiB0aGUgYnJva2VyIGlzIHVucmVhY2hhYmxlIG5vdGhpbmcgbmV3IGlzIGhhbmRlZCB0byBtcXR0LmpzOyB0aGUgZmV3IGFscmVhZHkgaGFuZGVkIG92ZXIgYXJlIHJlc2VudFxuICogYnkgbXF0dC5qcyBhZnRlciB0aGUgcmVjb25uZWN0LCBiZWZvcmUgYW55dGhpbmcgbmV3ZXIsIHNvIG9yZGVyIGlzIGtlcHQuXG4gKlxuICogVGhlIGFnZW50J3Mgc3RhdGUgaXMgYW5ub3VuY2VkIHJldGFpbmVkIG9uIGA8cGF0aD4vc3RhdGVgIChiaXJ0aCBgb25saW5lYCwgbGFzdCB3aWxsIGFuZCBjbGVhblxuICogc2h1dGRvd24gYG9mZmxpbmVgKSwgY2FycnlpbmcgdGhlIGNvbmZpZ3VyYXRpb24gcmV2aXNpb24uIFRoZSBwdWJsaXNoZXIgYWxzbyBzdWJzY3JpYmVzIHRvXG4gKiB0b3BpY3Mgb24gcmVxdWVzdCAodGhlIGFnZW50J3MgYDxwYXRoPi9jb25maWdgKS5cbiAqL1xuaW1wb3J0IHsgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBjb25uZWN0LCB0eXBlIElDbGllbnRPcHRpb25zLCB0eXBlIE1xdHRDbGllbnQgfSBmcm9tICdtcXR0JztcbmltcG9ydCB7IERpc2tRdWV1ZSB9IGZyb20gJy4vcXVldWUudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFB1Ymxpc2hlck9wdGlvbnMge1xuICB1cmw6IHN0cmluZztcbiAgY2xpZW50SWQ6IHN0cmluZztcbiAgdXNlcm5hbWU/OiBzdHJpbmc7XG4gIHBhc3N3b3JkPzogc3RyaW5nO1xuICB0bHM/OiB7IGNhPzogc3RyaW5nOyBjZXJ0Pzogc3RyaW5nOyBrZXk/OiBzdHJpbmc7IHJlamVjdFVuYXV0aG9yaXplZD86IGJvb2xlYW4gfTtcbiAgc3RhdGVUb3BpYzogc3RyaW5nO1xuICBiaXJ0aDogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIGxvZ2dlcjogeyBpbmZvKG86IG9iamVjdCwgbXNnOiBzdHJpbmcpOiB2b2lkOyB3YXJuKG86IG9iamVjdCwgbXNnOiBzdHJpbmcpOiB2b2lkIH07XG4gIC8qKiBUaGUgc3RvcmUtYW5kLWZvcndhcmQgcXVldWU7IGRlZmF1bHQ6IGFuIGluLW1lbW9yeSBxdWV1ZSBpcyBub3Qga2VwdCwgbWVzc2FnZXMgZ28gdG8gbXF0dC5qcy4gKi9cbiAgcXVldWU/OiBEaXNrUXVldWU7XG4gIC8qKiBNZXNzYWdlcyBoYW5kZWQgdG8gbXF0dC5qcyBhbmQgbm90IHlldCBhY2tub3dsZWRnZWQuIEBkZWZhdWx0IDMyICovXG4gIHdpbmRvdz86IG51bWJlcjtcbiAgLyoqIE1lc3NhZ2VzIHBlciBzZWNvbmQuIEBkZWZhdWx0IDIwMCAqL1xuICByZXBsYXlSYXRlPzogbnVtYmVyO1xuICAvKiogQ2FsbGVkIGZvciBtZXNzYWdlcyBvbiBzdWJzY3JpYmVkIHRvcGljcy4gKi9cbiAgb25NZXNzYWdlPzogKHRvcGljOiBzdHJpbmcsIHBheWxvYWQ6IEJ1ZmZlcikgPT4gdm9pZDtcbiAgc3Vic2NyaWJlPzogc3RyaW5nW107XG59XG5cbmV4cG9ydCBjbGFzcyBNcXR0UHVibGlzaGVyIHtcbiAgcHJpdmF0ZSByZWFkb25seSBjbGllbnQ6IE1xdHRDbGllbnQ7XG4gIHByaXZhdGUgY29ubmVjdGVkT25jZSA9IGZhbHNlO1xuICBwcml2YXRlIGluZmxpZ2h0ID0gMDtcbiAgcHJpdmF0ZSB0b2tlbnM6IG51bWJlcjtcbiAgcHJpdmF0ZSBsYXN0UmVmaWxsID0gRGF0ZS5ub3coKTtcbiAgcHJpdmF0ZSByZWZpbGxUaW1lcjogTm9kZUpTLlRpbWVvdXQgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgc3RhdGU6IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBwcml2YXRlIHJlYWRvbmx5IHdpbmRvdzogbnVtYmVyO1xuICBwcml2YXRlIHJlYWRvbmx5IHJhdGU6IG51bWJlcjtcbiAgcHJpdmF0ZSBjbG9zaW5nID0gZmFsc2U7XG4gIHByaXZhdGUgZHJhaW5XYWl0ZXJzOiAoKCkgPT4gdm9pZClbXSA9IFtdO1xuICBwdWJsaXNoZWQgPSAwO1xuICBhY2tlZCA9IDA7XG4gIGZhaWxlZCA9IDA7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBvcHRzOiBQdWJsaXNoZXJPcHRpb25zKSB7XG4gICAgdGhpcy53aW5kb3cgPSBvcHRzLndpbmRvdyA/PyAzMjtcbiAgICB0aGlzLnJhdGUgPSBvcHRzLnJlcGxheVJhdGUgPz8gMjAwO1xuICAgIHRoaXMudG9rZW5zID0gTWF0aC5tYXgodGhpcy53aW5kb3csIHRoaXMucmF0ZSAvIDEwKTtcbiAgICB0aGlzLnN0YXRlID0geyAuLi5vcHRzLmJpcnRoIH07XG4gICAgY29uc3QgbXF0dE9wdHM6IElDbGllbnRPcHRpb25zID0ge1xuICAgICAgY2xpZW50SWQ6IG9wdHMuY2xpZW50SWQsXG4gICAgICBwcm90b2NvbFZlcnNpb246IDQsXG4gICAgICBjbGVhbjogZmFsc2UsXG4gICAgICByZWNvbm5lY3RQZXJpb2Q6IDEwMDAsXG4gICAgICBjb25uZWN0VGltZW91dDogNTAwMCxcbiAgICAgIHdpbGw6IHtcbiAgICAgICAgdG9waWM6IG9wdHMuc3RhdGVUb3BpYyxcbiAgICAgICAgcGF5bG9hZDogQnVmZmVyLmZyb20oSlNPTi5zdHJpbmdpZnkoeyAuLi5vcHRzLmJpcnRoLCBzdGF0ZTogJ29mZmxpbmUnIH0pKSxcbiAgICAgICAgcW9zOiAxLFxuICAgICAgICByZXRhaW46IHRydWUsXG4gICAgICB9LFxuICAgIH07XG4gICAgaWYgKG9wdHMudXNlcm5hbWUpIG1xdHRPcHRzLnVzZXJuYW1lID0gb3B0cy51c2VybmFtZTtcbiAgICBpZiAob3B0cy5wYXNzd29yZCkgbXF0dE9wdHMucGFzc3dvcmQgPSBvcHRzLnBhc3N3b3JkO1xuICAgIGlmIChvcHRzLnRscykge1xuICAgICAgaWYgKG9wdHMudGxzLmNhKSBtcXR0T3B0cy5jYSA9IHJlYWRGaWxlU3luYyhvcHRzLnRscy5jYSk7XG4gICAgICBpZiAob3B0cy50bHMuY2VydCkgbXF0dE9wdHMuY2VydCA9IHJlYWRGaWxlU3luYyhvcHRzLnRscy5jZXJ0KTtcbiAgICAgIGlmIChvcHRzLnRscy5rZXkpIG1xdHRPcHRzLmtleSA9IHJlYWRGaWxlU3luYyhvcHRzLnRscy5rZXkpO1xuICAgICAgbXF0dE9wdHMucmVqZWN0VW5hdXRob3JpemVkID0gb3B0cy50bHMucmVqZWN0VW5hdXRob3JpemVkID8/IHRydWU7XG4gICAgfVxuICAgIHRoaXMuY2xpZW50ID0gY29ubmVjdChvcHRzLnVybCwgbXF0dE9wdHMpO1xuICAgIHRoaXMuY2xpZW50Lm9uKCdjb25uZWN0JywgKCkgPT4ge1xuICAgICAgb3B0cy5sb2dnZXIuaW5mbyhcbiAgICAgICAgeyBicm9rZXI6IG9wdHMudXJsIH0sXG4gICAgICAgIHRoaXMuY29ubmVjdGVkT25jZSA/ICdyZWNvbm5lY3RlZCB0byBicm9rZXInIDogJ2Nvbm5lY3RlZCB0byBicm9rZXInLFxuICAgICAgKTtcbiAgICAgIHRoaXMuY29ubmVjdGVkT25jZSA9IHRydWU7XG4gICAgICB0aGlzLnB1Ymxpc2hTdGF0ZSgpO1xuICAgICAgaWYgKG9wdHMuc3Vic2NyaWJlPy5sZW5ndGgpIHRoaXMuY2xpZW50LnN1YnNjcmliZShvcHRzLnN1YnNjcmliZSwgeyBxb3M6IDEgfSk7XG4gICAgICB0aGlzLnB1bXAoKTtcbiAgICB9KTtcbiAgICB0aGlzLmNsaWVudC5vbignbWVzc2FnZScsICh0b3BpYywgcGF5bG9hZCkgPT4gb3B0cy5vbk1lc3NhZ2U/Lih0b3BpYywgcGF5bG9hZCkpO1xuICAgIHRoaXMuY2xpZW50Lm9uKCdvZmZsaW5lJywgKCkgPT5cbiAgICAgIG9wdHMubG9nZ2VyLndhcm4oeyBicm9rZXI6IG9wdHMudXJsIH0sICdicm9rZXIgdW5yZWFjaGFibGU7IG1lc3NhZ2VzIHF1ZXVlIHVudGlsIGl0IGlzIGJhY2snKSxcbiAgICApO1xuICAgIHRoaXMuY2xpZW50Lm9uKCdlcnJvcicsIChlcnIpID0+XG4gICAgICBvcHRzLmxvZ2dlci53YXJuKHsgYnJva2VyOiBvcHRzLnVybCwgZXJyOiBlcnIubWVzc2FnZSB9LCAnYnJva2VyIGNvbm5lY3Rpb24gZXJyb3InKSxcbiAgICApO1xuICB9XG5cbiAgZ2V0IGNvbm5lY3RlZCgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5jbGllbnQuY29ubmVjdGVkO1xuICB9XG5cbiAgLyoqIE1lc3NhZ2VzIGhhbmRlZCB0byBtcXR0LmpzIGFuZCBhd2FpdGluZyB0aGVpciBQVUJBQ0suICovXG4gIGdldCBpbkZsaWdodCgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmluZmxpZ2h0O1xuICB9XG5cbiAgLyoqIFVwZGF0ZXMgdGhlIHJldGFpbmVkIHN0YXRlIGRvY3VtZW50IChlLmcuIGEgbmV3IGNvbmZpZyByZXZpc2lvbikgYW5kIHJlcHVibGlzaGVzIGl0LiAqL1xuICBzZXRTdGF0ZShmaWVsZHM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCByZXBsYWNlID0gZmFsc2UpOiB2b2lkIHtcbiAgICB0aGlzLnN0YXRlID0gcmVwbGFjZSA/IHsgLi4udGhpcy5vcHRzLmJpcnRoLCAuLi5maWVsZHMgfSA6IHsgLi4udGhpcy5zdGF0ZSwgLi4uZmllbGRzIH07XG4gICAgaWYgKHRoaXMuY2xpZW50LmNvbm5lY3RlZCkgdGhpcy5wdWJsaXNoU3RhdGUoKTtcbiAgfVxuXG4gIGdldCBzdGF0ZURvY3VtZW50KCk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgICByZXR1cm4geyAuLi50aGlzLnN0YXRlLCBzdGF0ZTogJ29ubGluZScgfTtcbiAgfVxuXG4gIHByaXZhdGUgcHVibGlzaFN0YXRlKCk6IHZvaWQge1xuICAgIHRoaXMuY2xpZW50LnB1Ymxpc2goXG4gICAgICB0aGlzLm9wdHMuc3RhdGVUb3BpYyxcbiAgICAgIEpTT04uc3RyaW5naWZ5KHsgLi4udGhpcy5zdGF0ZSwgc3RhdGU6ICdvbmxpbmUnLCBzaW5jZTogbmV3IERhdGUoKS50b0lTT1N0cmluZygpIH0pLFxuICAgICAgeyBxb3M6IDEsIHJldGFpbjogdHJ1ZSB9LFxuICAgICk7XG4gIH1cblxuICAvKiogUXVldWVzIG9uZSBtZXNzYWdlIChvbmUgZGV2aWNlIHBvbGwpOyBpdCBpcyBwdWJsaXNoZWQgd2hlbiB0aGUgYnJva2VyIHRha2VzIGl0LiAqL1xuICBlbnF1ZXVlKHRvcGljOiBzdHJpbmcsIHBheWxvYWQ6IHN0cmluZywgc2FtcGxlczogbnVtYmVyKTogdm9pZCB7XG4gICAgaWYgKHRoaXMub3B0cy5xdWV1ZSkge1xuICAgICAgdGhpcy5vcHRzLnF1ZXVlLmFwcGVuZCh0b3BpYywgcGF5bG9hZCwgc2FtcGxlcyk7XG4gICAgICB0aGlzLnB1bXAoKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgdGhpcy5wdWJsaXNoZWQrKztcbiAgICB0aGlzLmNsaWVudC5wdWJsaXNoKHRvcGljLCBwYXlsb2FkLCB7IHFvczogMSB9LCAoZXJyKSA9PiB7XG4gICAgICBpZiAoZXJyKSB0aGlzLmZhaWxlZCsrO1xuICAgICAgZWxzZSB0aGlzLmFja2VkKys7XG4gICAgfSk7XG4gIH1cblxuICAvKiogUmVzb2x2ZXMgd2hlbiB0aGUgYnJva2VyIGFja25vd2xlZGdlZCB0aGUgbWVzc2FnZSAoUFVCQUNLKTsgYnlwYXNzZXMgdGhlIHF1ZXVlLiAqL1xuICBwdWJsaXNoKHRvcGljOiBzdHJpbmcsIHBheWxvYWQ6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMucHVibGlzaGVkKys7XG4gICAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgIHRoaXMuY2xpZW50LnB1Ymxpc2godG9waWMsIHBheWxvYWQsIHsgcW9zOiAxIH0sIChlcnIpID0+IHtcbiAgICAgICAgaWYgKGVycikge1xuICAgICAgICAgIHRoaXMuZmFpbGVkKys7XG4gICAgICAgICAgcmVqZWN0KGVycik7XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgdGhpcy5hY2tlZCsrO1xuICAgICAgICAgIHJlc29sdmUoKTtcbiAgICAgICAgfVxuICAgICAgfSk7XG4gICAgfSk7XG4gIH1cblxuICBwcml2YXRlIHJlZmlsbCgpOiB2b2lkIHtcbiAgICBjb25zdCB0ID0gRGF0ZS5ub3coKTtcbiAgICBjb25zdCBidXJzdCA9IE1hdGgubWF4KHRoaXMud2luZG93LCB0aGlzLnJhdGUgLyAxMCk7XG4gICAgdGhpcy50b2tlbnMgPSBNYXRoLm1pbihidXJzdCwgdGhpcy50b2tlbnMgKyAoKHQgLSB0aGlzLmxhc3RSZWZpbGwpICogdGhpcy5yYXRlKSAvIDEwMDApO1xuICAgIHRoaXMubGFzdFJlZmlsbCA9IHQ7XG4gIH1cblxuICBwcml2YXRlIHB1bXAoKTogdm9pZCB7XG4gICAgY29uc3QgcSA9IHRoaXMub3B0cy5xdWV1ZTtcbiAgICBpZiAoIXEgfHwgdGhpcy5jbG9zaW5nKSByZXR1cm47XG4gICAgdGhpcy5yZWZpbGwoKTtcbiAgICB3aGlsZSAodGhpcy5jbGllbnQuY29ubmVjdGVkICYmIHRoaXMuaW5mbGlnaHQgPCB0aGlzLndpbmRvdyAmJiB0aGlzLnRva2VucyA+PSAxKSB7XG4gICAgICBjb25zdCBtID0gcS5uZXh0KCk7XG4gICAgICBpZiAoIW0pIGJyZWFrO1xuICAgICAgdGhpcy50b2tlbnMtLTtcbiAgICAgIHRoaXMuaW5mbGlnaHQrKztcbiAgICAgIHRoaXMucHVibGlzaGVkKys7XG4gICAgICB0aGlzLmNsaWVudC5wdWJsaXNoKG0udG9waWMsIG0ucGF5bG9hZCwgeyBxb3M6IDEgfSwgKGVycikgPT4ge1xuICAgICAgICB0aGlzLmluZmxpZ2h0LS07XG4gICAgICAgIGlmIChlcnIpIHtcbiAgICAgICAgICAvLyBPbmx5IGEgY2xpZW50IHNodXRkb3duIGZhaWxzIGEgUW9TIDEgcHVibGlzaDsgdGhlIG1lc3NhZ2Ugc3RheXMgcXVldWVkIG9uIGRpc2suXG4gICAgICAgICAgdGhpcy5mYWlsZWQrKztcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICB0aGlzLmFja2VkKys7XG4gICAgICAgICAgcS5hY2sobS5zZXEpO1xuICAgICAgICB9XG4gICAgICAgIGlmICh0aGlzLmluZmxpZ2h0ID09PSAwICYmIHEudW5yZWFkID09PSAwKSBmb3IgKGNvbnN0IHcgb2YgdGhpcy5kcmFpbldhaXRlcnMuc3BsaWNlKDApKSB3KCk7XG4gICAgICAgIHRoaXMucHVtcCgpO1xuICAgICAgfSk7XG4gICAgfVxuICAgIGlmIChxLnVucmVhZCA+IDAgJiYgdGhpcy5jbGllbnQuY29ubmVjdGVkICYmIHRoaXMuaW5mbGlnaHQgPCB0aGlzLndpbmRvdyAmJiAhdGhpcy5yZWZpbGxUaW1lcikge1xuICAgICAgLy8gT3V0IG9mIHRva2VuczogY29tZSBiYWNrIHdoZW4gdGhlIGJ1Y2tldCBoYXMgYXQgbGVhc3Qgb25lLlxuICAgICAgdGhpcy5yZWZpbGxUaW1lciA9IHNldFRpbWVvdXQoXG4gICAgICAgICgpID0+IHtcbiAgICAgICAgICB0aGlzLnJlZmlsbFRpbWVyID0gdW5kZWZpbmVkO1xuICAgICAgICAgIHRoaXMucHVtcCgpO1xuICAgICAgICB9LFxuICAgICAgICBNYXRoLm1heCgxLCBNYXRoLmNlaWwoMTAwMCAvIHRoaXMucmF0ZSkpLFxuICAgICAgKTtcbiAgICB9XG4gIH1cblxuICAvKiogUmVzb2x2ZXMgd2hlbiBldmVyeXRoaW5nIHF1ZXVlZCBzbyBmYXIgd2FzIGFja25vd2xlZGdlZCAob3IgYWZ0ZXIgYHRpbWVvdXRNc2ApLiAqL1xuICBkcmFpbmVkKHRpbWVvdXRNczogbnVtYmVyKTogUHJvbWlzZTxib29sZWFuPiB7XG4gICAgY29uc3QgcSA9IHRoaXMub3B0cy5xdWV1ZTtcbiAgICBpZiAoIXEgfHwgKHEudW5yZWFkID09PSAwICYmIHRoaXMuaW5mbGlnaHQgPT09IDApKSByZXR1cm4gUHJvbWlzZS5yZXNvbHZlKHRydWUpO1xuICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4ge1xuICAgICAgY29uc3QgdCA9IHNldFRpbWVvdXQoKCkgPT4gcmVzb2x2ZShmYWxzZSksIHRpbWVvdXRNcyk7XG4gICAgICB0aGlzLmRyYWluV2FpdGVycy5wdXNoKCgpID0+IHtcbiAgICAgICAgY2xlYXJUaW1lb3V0KHQpO1xuICAgICAgICByZXNvbHZlKHRydWUpO1xuICAgICAgfSk7XG4gICAgfSk7XG4gIH1cblxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCB0aGlzLmRyYWluZWQodGhpcy5jbGllbnQuY29ubmVjdGVkID8gMjAwMCA6IDApO1xuICAgIHRoaXMuY2xvc2luZyA9IHRydWU7XG4gICAgY2xlYXJUaW1lb3V0KHRoaXMucmVmaWxsVGltZXIpO1xuICAgIGlmICh0aGlzLmNsaWVudC5jb25uZWN0ZWQpIHtcbiAgICAgIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PlxuICAgICAgICB0aGlzLmNsaWVudC5wdWJsaXNoKFxuICAgICAgICAgIHRoaXMub3B0cy5zdGF0ZVRvcGljLFxuICAgICAgICAgIEpTT04uc3RyaW5naWZ5KHsgLi4udGhpcy5zdGF0ZSwgc3RhdGU6ICdvZmZsaW5lJyB9KSxcbiAgICAgICAgICB7IHFvczogMSwgcmV0YWluOiB0cnVlIH0sXG4gICAgICAgICAgKCkgPT4gcmVzb2x2ZSgpLFxuICAgICAgICApLFxuICAgICAgKTtcbiAgICB9XG4gICAgLy8gZm9yY2U6IG1lc3NhZ2VzIG5vdCBhY2tub3dsZWRnZWQgc3RheSBpbiB0aGUgZGlzayBxdWV1ZSBhbmQgYXJlIHNlbnQgYWZ0ZXIgdGhlIG5leHQgc3RhcnQuXG4gICAgYXdhaXQgdGhpcy5jbGllbnQuZW5kQXN5bmModHJ1ZSk7XG4gIH1cbn1cbiIsICIvKipcbiAqIFRoZSBzdG9yZS1hbmQtZm9yd2FyZCBxdWV1ZTogZXZlcnkgbWVzc2FnZSB0aGUgYWdlbnQgcHVibGlzaGVzIGlzIGFwcGVuZGVkIGhlcmUgZmlyc3QsIG9uIGRpc2ssXG4gKiBhbmQgbGVhdmVzIG9ubHkgd2hlbiB0aGUgYnJva2VyIGFja25vd2xlZGdlZCBpdCAoUFVCQUNLKS4gTWVzc2FnZXMgbGl2ZSBpbiBhcHBlbmQtb25seSBzZWdtZW50XG4gKiBmaWxlcyBvZiBDUkMtY2hlY2tlZCByZWNvcmRzIChieXRlIGxheW91dCBpbiBkb2NzL2Zvcm1hdC9lZGdlLXF1ZXVlLm1kKTsgYSBzbWFsbCBgYWNrYCBmaWxlIGhvbGRzXG4gKiB0aGUgc2VxdWVuY2UgbnVtYmVyIHVwIHRvIHdoaWNoIGV2ZXJ5dGhpbmcgd2FzIGFja25vd2xlZGdlZC4gT24gb3Blbiwgc2VnbWVudHMgYXJlIHNjYW5uZWQsIGFcbiAqIHRvcm4gdGFpbCAoYSBjcmFzaCBtaWQtd3JpdGUpIGlzIGN1dCBvZmYsIGFuZCBldmVyeXRoaW5nIGFmdGVyIHRoZSBhY2sgbWFyayBpcyBwZW5kaW5nIGFnYWluLCBzb1xuICogdGhlIHF1ZXVlIHN1cnZpdmVzIGFuIGFnZW50IHJlc3RhcnQgKGRlbGl2ZXJ5IGlzIGF0IGxlYXN0IG9uY2U6IGEgbWVzc2FnZSBhY2tub3dsZWRnZWQgaW4gdGhlXG4gKiBsYXN0IG1vbWVudHMgYmVmb3JlIGEgY3Jhc2ggbWF5IGJlIHNlbnQgYWdhaW4pLiBUaGUgcXVldWUgaXMgYm91bmRlZCBieSBgbWF4Qnl0ZXNgOyB3aGVuIGZ1bGwgdGhlXG4gKiBvbGRlc3Qgc2VnbWVudCBpcyBkcm9wcGVkIChkcm9wLW9sZGVzdDogZnJlc2ggZGF0YSBtYXR0ZXJzIG1vc3QgdG8gb3BlcmF0aW9ucykgYW5kIHRoZSBkcm9wcGVkXG4gKiBtZXNzYWdlcyBhbmQgc2FtcGxlcyBhcmUgY291bnRlZC4gUmVhZHMgaGFwcGVuIGluIGFwcGVuZCBvcmRlciBhbmQgYXJlIGhhbmRlZCBvdXQgb25jZTsgdGhlIGNhbGxlclxuICogYWNrcyB0aGVtIGJ5IHNlcXVlbmNlIG51bWJlci4gQWxsIEkvTyBpcyBzeW5jaHJvbm91czogbWVzc2FnZXMgYXJlIHNtYWxsIGFuZCB0aGlzIGtlZXBzIG9yZGVyaW5nXG4gKiB0cml2aWFsbHkgY29ycmVjdC5cbiAqL1xuaW1wb3J0IHtcbiAgY2xvc2VTeW5jLFxuICBmc3luY1N5bmMsXG4gIG1rZGlyU3luYyxcbiAgb3BlblN5bmMsXG4gIHJlYWRkaXJTeW5jLFxuICByZWFkRmlsZVN5bmMsXG4gIHJlYWRTeW5jLFxuICByZW5hbWVTeW5jLFxuICBzdGF0U3luYyxcbiAgdW5saW5rU3luYyxcbiAgd3JpdGVGaWxlU3luYyxcbiAgd3JpdGVTeW5jLFxuICBmdHJ1bmNhdGVTeW5jLFxufSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgY3JjMzIgfSBmcm9tICdub2RlOnpsaWInO1xuaW1wb3J0IHsgRGV2aWNlRXJyb3IgfSBmcm9tICcuL2Vycm9ycy50cyc7XG5cbi8qKiBGaXhlZCBwYXJ0IG9mIGEgcmVjb3JkIGFmdGVyIGl0cyBsZW5ndGggZmllbGQ6IGNyYzMyLCBzZXEgdTY0LCB0aW1lIHU2NCwgc2FtcGxlcyB1MzIsIHRvcGljIHUxNi4gKi9cbmNvbnN0IEZJWEVEID0gNCArIDggKyA4ICsgNCArIDI7XG5jb25zdCBTRUdNRU5UX1NVRkZJWCA9ICcuc2VnJztcblxuZXhwb3J0IHR5cGUgRnN5bmNQb2xpY3kgPSAnYWx3YXlzJyB8ICdpbnRlcnZhbCcgfCAnbmV2ZXInO1xuXG5leHBvcnQgaW50ZXJmYWNlIFF1ZXVlT3B0aW9ucyB7XG4gIGRpcjogc3RyaW5nO1xuICAvKiogQm91bmQgb2YgYWxsIHNlZ21lbnRzIHRvZ2V0aGVyLiBAZGVmYXVsdCAyNTYgTWlCICovXG4gIG1heEJ5dGVzPzogbnVtYmVyO1xuICAvKiogQSBzZWdtZW50IGlzIGNsb3NlZCBvbmNlIGl0IHJlYWNoZXMgdGhpcyBzaXplLiBAZGVmYXVsdCA0IE1pQiAqL1xuICBzZWdtZW50Qnl0ZXM/OiBudW1iZXI7XG4gIC8qKiBAZGVmYXVsdCAnaW50ZXJ2YWwnIChmc3luYyBhdCBtb3N0IG9uY2UgcGVyIGBmc3luY0ludGVydmFsTXNgKSAqL1xuICBmc3luYz86IEZzeW5jUG9saWN5O1xuICBmc3luY0ludGVydmFsTXM/OiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUXVldWVkTWVzc2FnZSB7XG4gIHNlcTogbnVtYmVyO1xuICB0aW1lTXM6IG51bWJlcjtcbiAgc2FtcGxlczogbnVtYmVyO1xuICB0b3BpYzogc3RyaW5nO1xuICBwYXlsb2FkOiBCdWZmZXI7XG59XG5cbmludGVyZmFjZSBFbnRyeSB7XG4gIHNlcTogbnVtYmVyO1xuICBzZWc6IFNlZ21lbnQ7XG4gIG9mZnNldDogbnVtYmVyO1xuICBsZW5ndGg6IG51bWJlcjtcbiAgc2FtcGxlczogbnVtYmVyO1xufVxuXG5pbnRlcmZhY2UgU2VnbWVudCB7XG4gIGZpcnN0U2VxOiBudW1iZXI7XG4gIGZpbGU6IHN0cmluZztcbiAgZmQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgYnl0ZXM6IG51bWJlcjtcbiAgLyoqIEVudHJpZXMgb2YgdGhpcyBzZWdtZW50IG5vdCB5ZXQgYWNrbm93bGVkZ2VkIChvciBkcm9wcGVkKS4gKi9cbiAgbGl2ZTogbnVtYmVyO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFF1ZXVlU3RhdHMge1xuICAvKiogTWVzc2FnZXMgYXBwZW5kZWQgYW5kIG5vdCB5ZXQgYWNrbm93bGVkZ2VkLiAqL1xuICBkZXB0aDogbnVtYmVyO1xuICAvKiogQnl0ZXMgb2YgYWxsIHNlZ21lbnQgZmlsZXMuICovXG4gIGJ5dGVzOiBudW1iZXI7XG4gIGRyb3BwZWRNZXNzYWdlczogbnVtYmVyO1xuICBkcm9wcGVkU2FtcGxlczogbnVtYmVyO1xuICAvKiogUmVjb3JkcyBjdXQgb2ZmIGFzIHRvcm4gb3IgY29ycnVwdCB3aGVuIHRoZSBxdWV1ZSB3YXMgb3BlbmVkLiAqL1xuICByZWNvdmVyZWRDb3JydXB0OiBudW1iZXI7XG59XG5cbmV4cG9ydCBjbGFzcyBEaXNrUXVldWUge1xuICBwcml2YXRlIHJlYWRvbmx5IGRpcjogc3RyaW5nO1xuICBwcml2YXRlIHJlYWRvbmx5IG1heEJ5dGVzOiBudW1iZXI7XG4gIHByaXZhdGUgcmVhZG9ubHkgc2VnbWVudEJ5dGVzOiBudW1iZXI7XG4gIHByaXZhdGUgcmVhZG9ubHkgZnN5bmNQb2xpY3k6IEZzeW5jUG9saWN5O1xuICBwcml2YXRlIHJlYWRvbmx5IHNlZ21lbnRzOiBTZWdtZW50W10gPSBbXTtcbiAgLyoqIFVuYWNrbm93bGVkZ2VkIGVudHJpZXMgaW4gc2VxIG9yZGVyOyBgaGVhZGAgaXMgdGhlIGZpcnN0LCBgY3Vyc29yYCB0aGUgbmV4dCB0byBoYW5kIG91dC4gKi9cbiAgcHJpdmF0ZSBlbnRyaWVzOiBFbnRyeVtdID0gW107XG4gIHByaXZhdGUgaGVhZCA9IDA7XG4gIHByaXZhdGUgY3Vyc29yID0gMDtcbiAgcHJpdmF0ZSByZWFkb25seSBhY2tlZCA9IG5ldyBTZXQ8bnVtYmVyPigpO1xuICBwcml2YXRlIGFja1NlcTogbnVtYmVyO1xuICBwcml2YXRlIG5leHRTZXE6IG51bWJlcjtcbiAgcHJpdmF0ZSBhY2tEaXJ0eSA9IGZhbHNlO1xuICBwcml2YXRlIHN5bmNEaXJ0eSA9IGZhbHNlO1xuICBwcml2YXRlIGJ5dGVzID0gMDtcbiAgcHJpdmF0ZSB0aW1lcjogTm9kZUpTLlRpbWVvdXQgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgY2xvc2VkID0gZmFsc2U7XG4gIGRyb3BwZWRNZXNzYWdlcyA9IDA7XG4gIGRyb3BwZWRTYW1wbGVzID0gMDtcbiAgcmVjb3ZlcmVkQ29ycnVwdCA9IDA7XG5cbiAgY29uc3RydWN0b3Iob3B0czogUXVldWVPcHRpb25zKSB7XG4gICAgdGhpcy5kaXIgPSBvcHRzLmRpcjtcbiAgICB0aGlzLm1heEJ5dGVzID0gb3B0cy5tYXhCeXRlcyA/PyAyNTYgKiAxMDI0ICogMTAyNDtcbiAgICB0aGlzLnNlZ21lbnRCeXRlcyA9IG9wdHMuc2VnbWVudEJ5dGVzID8/IDQgKiAxMDI0ICogMTAyNDtcbiAgICB0aGlzLmZzeW5jUG9saWN5ID0gb3B0cy5mc3luYyA/PyAnaW50ZXJ2YWwnO1xuICAgIHRyeSB7XG4gICAgICBta2RpclN5bmModGhpcy5kaXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgdGhyb3cgbmV3IERldmljZUVycm9yKCdRVUVVRV9JTycsIGBjYW5ub3QgY3JlYXRlIHF1ZXVlIGRpcmVjdG9yeSAke3RoaXMuZGlyfTogJHsoZXJyIGFzIEVycm9yKS5tZXNzYWdlfWAsIHtcbiAgICAgICAgY2F1c2U6IGVycixcbiAgICAgIH0pO1xuICAgIH1cbiAgICB0aGlzLmFja1NlcSA9IHRoaXMucmVhZEFjaygpO1xuICAgIHRoaXMubmV4dFNlcSA9IHRoaXMuYWNrU2VxICsgMTtcbiAgICB0aGlzLnJlY292ZXIoKTtcbiAgICB0aGlzLnRpbWVyID0gc2V0SW50ZXJ2YWwoKCkgPT4gdGhpcy5mbHVzaCgpLCBvcHRzLmZzeW5jSW50ZXJ2YWxNcyA/PyAxMDAwKTtcbiAgICB0aGlzLnRpbWVyLnVucmVmKCk7XG4gIH1cblxuICBwcml2YXRlIHJlYWRBY2soKTogbnVtYmVyIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgbiA9IE51bWJlcihyZWFkRmlsZVN5bmMoam9pbih0aGlzLmRpciwgJ2FjaycpLCAndXRmOCcpLnRyaW0oKSk7XG4gICAgICByZXR1cm4gTnVtYmVyLmlzU2FmZUludGVnZXIobikgJiYgbiA+PSAwID8gbiA6IDA7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gMDtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHJlY292ZXIoKTogdm9pZCB7XG4gICAgY29uc3QgZmlsZXMgPSByZWFkZGlyU3luYyh0aGlzLmRpcilcbiAgICAgIC5maWx0ZXIoKGYpID0+IGYuZW5kc1dpdGgoU0VHTUVOVF9TVUZGSVgpKVxuICAgICAgLnNvcnQoKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgZmlsZXMpIHtcbiAgICAgIGNvbnN0IGZpbGUgPSBqb2luKHRoaXMuZGlyLCBuYW1lKTtcbiAgICAgIGNvbnN0IGJ1ZiA9IHJlYWRGaWxlU3luYyhmaWxlKTtcbiAgICAgIGNvbnN0IHNlZzogU2VnbWVudCA9IHsgZmlyc3RTZXE6IE51bWJlcihuYW1lLnNsaWNlKDAsIC1TRUdNRU5UX1NVRkZJWC5sZW5ndGgpKSwgZmlsZSwgZmQ6IHVuZGVmaW5lZCwgYnl0ZXM6IDAsIGxpdmU6IDAgfTtcbiAgICAgIGxldCBvZmYgPSAwO1xuICAgICAgd2hpbGUgKG9mZiArIDQgKyBGSVhFRCA8PSBidWYubGVuZ3RoKSB7XG4gICAgICAgIGNvbnN0IGxlbiA9IGJ1Zi5yZWFkVUludDMyQkUob2ZmKTtcbiAgICAgICAgaWYgKGxlbiA8IEZJWEVEIHx8IG9mZiArIDQgKyBsZW4gPiBidWYubGVuZ3RoKSBicmVhaztcbiAgICAgICAgY29uc3QgYm9keSA9IGJ1Zi5zdWJhcnJheShvZmYgKyA4LCBvZmYgKyA0ICsgbGVuKTtcbiAgICAgICAgaWYgKGNyYzMyKGJvZHkpICE9PSBidWYucmVhZFVJbnQzMkJFKG9mZiArIDQpKSBicmVhaztcbiAgICAgICAgY29uc3Qgc2VxID0gTnVtYmVyKGJ1Zi5yZWFkQmlnVUludDY0QkUob2ZmICsgOCkpO1xuICAgICAgICBjb25zdCBzYW1wbGVzID0gYnVmLnJlYWRVSW50MzJCRShvZmYgKyAyNCk7XG4gICAgICAgIGlmIChzZXEgPiB0aGlzLmFja1NlcSkge1xuICAgICAgICAgIHRoaXMuZW50cmllcy5wdXNoKHsgc2VxLCBzZWcsIG9mZnNldDogb2ZmLCBsZW5ndGg6IDQgKyBsZW4sIHNhbXBsZXMgfSk7XG4gICAgICAgICAgc2VnLmxpdmUrKztcbiAgICAgICAgfVxuICAgICAgICB0aGlzLm5leHRTZXEgPSBNYXRoLm1heCh0aGlzLm5leHRTZXEsIHNlcSArIDEpO1xuICAgICAgICBvZmYgKz0gNCArIGxlbjtcbiAgICAgIH1cbiAgICAgIGlmIChvZmYgPCBidWYubGVuZ3RoKSB7XG4gICAgICAgIC8vIEEgdG9ybiBvciBjb3JydXB0IHRhaWw6IGV2ZXJ5dGhpbmcgYWZ0ZXIgdGhlIGxhc3QgZ29vZCByZWNvcmQgaXMgY3V0IG9mZi5cbiAgICAgICAgdGhpcy5yZWNvdmVyZWRDb3JydXB0Kys7XG4gICAgICAgIGNvbnN0IGZkID0gb3BlblN5bmMoZmlsZSwgJ3IrJyk7XG4gICAgICAgIGZ0cnVuY2F0ZVN5bmMoZmQsIG9mZik7XG4gICAgICAgIGZzeW5jU3luYyhmZCk7XG4gICAgICAgIGNsb3NlU3luYyhmZCk7XG4gICAgICB9XG4gICAgICBzZWcuYnl0ZXMgPSBvZmY7XG4gICAgICB0aGlzLmJ5dGVzICs9IG9mZjtcbiAgICAgIGlmIChzZWcubGl2ZSA9PT0gMCAmJiBvZmYgPiAwKSB7XG4gICAgICAgIHVubGlua1N5bmMoZmlsZSk7XG4gICAgICAgIHRoaXMuYnl0ZXMgLT0gb2ZmO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIHRoaXMuc2VnbWVudHMucHVzaChzZWcpO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgd3JpdGVTZWdtZW50KG5lZWQ6IG51bWJlcik6IFNlZ21lbnQge1xuICAgIGxldCBzZWcgPSB0aGlzLnNlZ21lbnRzW3RoaXMuc2VnbWVudHMubGVuZ3RoIC0gMV07XG4gICAgaWYgKCFzZWcgfHwgc2VnLmJ5dGVzICsgbmVlZCA+IHRoaXMuc2VnbWVudEJ5dGVzKSB7XG4gICAgICBpZiAoc2VnPy5mZCAhPT0gdW5kZWZpbmVkICYmIHNlZy5ieXRlcyA+IDApIHtcbiAgICAgICAgZnN5bmNTeW5jKHNlZy5mZCk7XG4gICAgICAgIHRoaXMuc3luY0RpcnR5ID0gZmFsc2U7XG4gICAgICB9XG4gICAgICBpZiAoc2VnICYmIHNlZy5ieXRlcyA9PT0gMCkgcmV0dXJuIHRoaXMub3BlbkZvckFwcGVuZChzZWcpO1xuICAgICAgc2VnID0ge1xuICAgICAgICBmaXJzdFNlcTogdGhpcy5uZXh0U2VxLFxuICAgICAgICBmaWxlOiBqb2luKHRoaXMuZGlyLCBgJHtTdHJpbmcodGhpcy5uZXh0U2VxKS5wYWRTdGFydCgyMCwgJzAnKX0ke1NFR01FTlRfU1VGRklYfWApLFxuICAgICAgICBmZDogdW5kZWZpbmVkLFxuICAgICAgICBieXRlczogMCxcbiAgICAgICAgbGl2ZTogMCxcbiAgICAgIH07XG4gICAgICB0aGlzLnNlZ21lbnRzLnB1c2goc2VnKTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMub3BlbkZvckFwcGVuZChzZWcpO1xuICB9XG5cbiAgcHJpdmF0ZSBvcGVuRm9yQXBwZW5kKHNlZzogU2VnbWVudCk6IFNlZ21lbnQge1xuICAgIGlmIChzZWcuZmQgPT09IHVuZGVmaW5lZCkgc2VnLmZkID0gb3BlblN5bmMoc2VnLmZpbGUsICdhKycpO1xuICAgIHJldHVybiBzZWc7XG4gIH1cblxuICAvKiogQXBwZW5kcyBvbmUgbWVzc2FnZTsgcmV0dXJucyBpdHMgc2VxdWVuY2UgbnVtYmVyLiAqL1xuICBhcHBlbmQodG9waWM6IHN0cmluZywgcGF5bG9hZDogQnVmZmVyIHwgc3RyaW5nLCBzYW1wbGVzOiBudW1iZXIsIHRpbWVNcyA9IERhdGUubm93KCkpOiBudW1iZXIge1xuICAgIGlmICh0aGlzLmNsb3NlZCkgdGhyb3cgbmV3IERldmljZUVycm9yKCdRVUVVRV9JTycsIGBxdWV1ZSAke3RoaXMuZGlyfSBpcyBjbG9zZWRgKTtcbiAgICBjb25zdCBib2R5ID0gdHlwZW9mIHBheWxvYWQgPT09ICdzdHJpbmcnID8gQnVmZmVyLmZyb20ocGF5bG9hZCkgOiBwYXlsb2FkO1xuICAgIGNvbnN0IHRvcGljQnVmID0gQnVmZmVyLmZyb20odG9waWMpO1xuICAgIGNvbnN0IGxlbiA9IEZJWEVEICsgdG9waWNCdWYubGVuZ3RoICsgYm9keS5sZW5ndGg7XG4gICAgY29uc3QgcmVjID0gQnVmZmVyLmFsbG9jVW5zYWZlKDQgKyBsZW4pO1xuICAgIGNvbnN0IHNlcSA9IHRoaXMubmV4dFNlcSsrO1xuICAgIHJlYy53cml0ZVVJbnQzMkJFKGxlbiwgMCk7XG4gICAgcmVjLndyaXRlQmlnVUludDY0QkUoQmlnSW50KHNlcSksIDgpO1xuICAgIHJlYy53cml0ZUJpZ1VJbnQ2NEJFKEJpZ0ludChNYXRoLm1heCgwLCBNYXRoLmZsb29yKHRpbWVNcykpKSwgMTYpO1xuICAgIHJlYy53cml0ZVVJbnQzMkJFKHNhbXBsZXMgPj4+IDAsIDI0KTtcbiAgICByZWMud3JpdGVVSW50MTZCRSh0b3BpY0J1Zi5sZW5ndGgsIDI4KTtcbiAgICB0b3BpY0J1Zi5jb3B5KHJlYywgMzApO1xuICAgIGJvZHkuY29weShyZWMsIDMwICsgdG9waWNCdWYubGVuZ3RoKTtcbiAgICByZWMud3JpdGVVSW50MzJCRShjcmMzMihyZWMuc3ViYXJyYXkoOCkpLCA0KTtcbiAgICBjb25zdCBzZWcgPSB0aGlzLndyaXRlU2VnbWVudChyZWMubGVuZ3RoKTtcbiAgICB0cnkge1xuICAgICAgd3JpdGVTeW5jKHNlZy5mZCEsIHJlYyk7XG4gICAgICBpZiAodGhpcy5mc3luY1BvbGljeSA9PT0gJ2Fsd2F5cycpIGZzeW5jU3luYyhzZWcuZmQhKTtcbiAgICAgIGVsc2UgdGhpcy5zeW5jRGlydHkgPSB0cnVlO1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgdGhyb3cgbmV3IERldmljZUVycm9yKCdRVUVVRV9JTycsIGBjYW5ub3QgYXBwZW5kIHRvICR7c2VnLmZpbGV9OiAkeyhlcnIgYXMgRXJyb3IpLm1lc3NhZ2V9YCwgeyBjYXVzZTogZXJyIH0pO1xuICAgIH1cbiAgICB0aGlzLmVudHJpZXMucHVzaCh7IHNlcSwgc2VnLCBvZmZzZXQ6IHNlZy5ieXRlcywgbGVuZ3RoOiByZWMubGVuZ3RoLCBzYW1wbGVzIH0pO1xuICAgIHNlZy5ieXRlcyArPSByZWMubGVuZ3RoO1xuICAgIHNlZy5saXZlKys7XG4gICAgdGhpcy5ieXRlcyArPSByZWMubGVuZ3RoO1xuICAgIHRoaXMuZW5mb3JjZUJvdW5kKCk7XG4gICAgcmV0dXJuIHNlcTtcbiAgfVxuXG4gIHByaXZhdGUgZW5mb3JjZUJvdW5kKCk6IHZvaWQge1xuICAgIHdoaWxlICh0aGlzLmJ5dGVzID4gdGhpcy5tYXhCeXRlcyAmJiB0aGlzLnNlZ21lbnRzLmxlbmd0aCA+IDEpIHtcbiAgICAgIGNvbnN0IHNlZyA9IHRoaXMuc2VnbWVudHMuc2hpZnQoKSE7XG4gICAgICBsZXQgaSA9IHRoaXMuaGVhZDtcbiAgICAgIHdoaWxlIChpIDwgdGhpcy5lbnRyaWVzLmxlbmd0aCAmJiB0aGlzLmVudHJpZXNbaV0hLnNlZyA9PT0gc2VnKSB7XG4gICAgICAgIGNvbnN0IGUgPSB0aGlzLmVudHJpZXNbaV0hO1xuICAgICAgICBpZiAoIXRoaXMuYWNrZWQuZGVsZXRlKGUuc2VxKSkge1xuICAgICAgICAgIHRoaXMuZHJvcHBlZE1lc3NhZ2VzKys7XG4gICAgICAgICAgdGhpcy5kcm9wcGVkU2FtcGxlcyArPSBlLnNhbXBsZXM7XG4gICAgICAgIH1cbiAgICAgICAgaSsrO1xuICAgICAgfVxuICAgICAgY29uc3QgcmVtb3ZlZCA9IGkgLSB0aGlzLmhlYWQ7XG4gICAgICB0aGlzLmhlYWQgPSBpO1xuICAgICAgaWYgKHRoaXMuY3Vyc29yIDwgdGhpcy5oZWFkKSB0aGlzLmN1cnNvciA9IHRoaXMuaGVhZDtcbiAgICAgIGlmIChyZW1vdmVkID4gMCkgdGhpcy5hY2tTZXEgPSBNYXRoLm1heCh0aGlzLmFja1NlcSwgdGhpcy5lbnRyaWVzW2kgLSAxXSEuc2VxKTtcbiAgICAgIHRoaXMuYWNrRGlydHkgPSB0cnVlO1xuICAgICAgdGhpcy5yZW1vdmVTZWdtZW50KHNlZyk7XG4gICAgfVxuICAgIHRoaXMuY29tcGFjdCgpO1xuICB9XG5cbiAgcHJpdmF0ZSByZW1vdmVTZWdtZW50KHNlZzogU2VnbWVudCk6IHZvaWQge1xuICAgIGlmIChzZWcuZmQgIT09IHVuZGVmaW5lZCkgY2xvc2VTeW5jKHNlZy5mZCk7XG4gICAgc2VnLmZkID0gdW5kZWZpbmVkO1xuICAgIHRyeSB7XG4gICAgICB1bmxpbmtTeW5jKHNlZy5maWxlKTtcbiAgICB9IGNhdGNoIHt9XG4gICAgdGhpcy5ieXRlcyAtPSBzZWcuYnl0ZXM7XG4gIH1cblxuICAvKiogVGhlIG5leHQgbWVzc2FnZSBub3QgeWV0IGhhbmRlZCBvdXQsIGluIGFwcGVuZCBvcmRlci4gKi9cbiAgbmV4dCgpOiBRdWV1ZWRNZXNzYWdlIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBlID0gdGhpcy5lbnRyaWVzW3RoaXMuY3Vyc29yXTtcbiAgICBpZiAoIWUpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgdGhpcy5jdXJzb3IrKztcbiAgICBjb25zdCBzZWcgPSBlLnNlZztcbiAgICBjb25zdCBidWYgPSBCdWZmZXIuYWxsb2NVbnNhZmUoZS5sZW5ndGgpO1xuICAgIGNvbnN0IGZkID0gc2VnLmZkID8/IG9wZW5TeW5jKHNlZy5maWxlLCAncicpO1xuICAgIHRyeSB7XG4gICAgICByZWFkU3luYyhmZCwgYnVmLCAwLCBlLmxlbmd0aCwgZS5vZmZzZXQpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICBpZiAoc2VnLmZkID09PSB1bmRlZmluZWQpIGNsb3NlU3luYyhmZCk7XG4gICAgfVxuICAgIGNvbnN0IHRvcGljTGVuID0gYnVmLnJlYWRVSW50MTZCRSgyOCk7XG4gICAgcmV0dXJuIHtcbiAgICAgIHNlcTogZS5zZXEsXG4gICAgICB0aW1lTXM6IE51bWJlcihidWYucmVhZEJpZ1VJbnQ2NEJFKDE2KSksXG4gICAgICBzYW1wbGVzOiBlLnNhbXBsZXMsXG4gICAgICB0b3BpYzogYnVmLnRvU3RyaW5nKCd1dGY4JywgMzAsIDMwICsgdG9waWNMZW4pLFxuICAgICAgcGF5bG9hZDogYnVmLnN1YmFycmF5KDMwICsgdG9waWNMZW4pLFxuICAgIH07XG4gIH1cblxuICAvKiogTWVzc2FnZXMgYXBwZW5kZWQgYnV0IG5vdCB5ZXQgaGFuZGVkIG91dCBieSBgbmV4dGAuICovXG4gIGdldCB1bnJlYWQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLmxlbmd0aCAtIHRoaXMuY3Vyc29yO1xuICB9XG5cbiAgLyoqIEhhbmRzIG91dCBhZ2FpbiBldmVyeXRoaW5nIG5vdCBhY2tub3dsZWRnZWQgKGUuZy4gYWZ0ZXIgdGhlIHB1Ymxpc2hlciBsb3N0IGl0cyBzZXNzaW9uKS4gKi9cbiAgcmV3aW5kKCk6IHZvaWQge1xuICAgIHRoaXMuY3Vyc29yID0gdGhpcy5oZWFkO1xuICAgIHdoaWxlICh0aGlzLmN1cnNvciA8IHRoaXMuZW50cmllcy5sZW5ndGggJiYgdGhpcy5hY2tlZC5oYXModGhpcy5lbnRyaWVzW3RoaXMuY3Vyc29yXSEuc2VxKSkgdGhpcy5jdXJzb3IrKztcbiAgfVxuXG4gIC8qKiBNYXJrcyBvbmUgbWVzc2FnZSBhcyBkZWxpdmVyZWQ7IHRoZSBhY2tub3dsZWRnZWQgcHJlZml4IGxlYXZlcyB0aGUgcXVldWUuICovXG4gIGFjayhzZXE6IG51bWJlcik6IHZvaWQge1xuICAgIGlmIChzZXEgPD0gdGhpcy5hY2tTZXEpIHJldHVybjtcbiAgICB0aGlzLmFja2VkLmFkZChzZXEpO1xuICAgIGxldCBtb3ZlZCA9IGZhbHNlO1xuICAgIHdoaWxlICh0aGlzLmhlYWQgPCB0aGlzLmVudHJpZXMubGVuZ3RoICYmIHRoaXMuYWNrZWQuaGFzKHRoaXMuZW50cmllc1t0aGlzLmhlYWRdIS5zZXEpKSB7XG4gICAgICBjb25zdCBlID0gdGhpcy5lbnRyaWVzW3RoaXMuaGVhZF0hO1xuICAgICAgdGhpcy5hY2tlZC5kZWxldGUoZS5zZXEpO1xuICAgICAgZS5zZWcubGl2ZS0tO1xuICAgICAgdGhpcy5hY2tTZXEgPSBlLnNlcTtcbiAgICAgIHRoaXMuaGVhZCsrO1xuICAgICAgbW92ZWQgPSB0cnVlO1xuICAgIH1cbiAgICBpZiAoIW1vdmVkKSByZXR1cm47XG4gICAgdGhpcy5hY2tEaXJ0eSA9IHRydWU7XG4gICAgLy8gRnVsbHkgYWNrbm93bGVkZ2VkIHNlZ21lbnRzIG90aGVyIHRoYW4gdGhlIG9uZSBiZWluZyB3cml0dGVuIGFyZSBkZWxldGVkLlxuICAgIHdoaWxlICh0aGlzLnNlZ21lbnRzLmxlbmd0aCA+IDEgJiYgdGhpcy5zZWdtZW50c1swXSEubGl2ZSA9PT0gMCkgdGhpcy5yZW1vdmVTZWdtZW50KHRoaXMuc2VnbWVudHMuc2hpZnQoKSEpO1xuICAgIHRoaXMuY29tcGFjdCgpO1xuICB9XG5cbiAgcHJpdmF0ZSBjb21wYWN0KCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmhlYWQgPiAxMDI0ICYmIHRoaXMuaGVhZCAqIDIgPiB0aGlzLmVudHJpZXMubGVuZ3RoKSB7XG4gICAgICB0aGlzLmVudHJpZXMgPSB0aGlzLmVudHJpZXMuc2xpY2UodGhpcy5oZWFkKTtcbiAgICAgIHRoaXMuY3Vyc29yIC09IHRoaXMuaGVhZDtcbiAgICAgIHRoaXMuaGVhZCA9IDA7XG4gICAgfVxuICB9XG5cbiAgc3RhdHMoKTogUXVldWVTdGF0cyB7XG4gICAgcmV0dXJuIHtcbiAgICAgIGRlcHRoOiB0aGlzLmVudHJpZXMubGVuZ3RoIC0gdGhpcy5oZWFkLFxuICAgICAgYnl0ZXM6IHRoaXMuYnl0ZXMsXG4gICAgICBkcm9wcGVkTWVzc2FnZXM6IHRoaXMuZHJvcHBlZE1lc3NhZ2VzLFxuICAgICAgZHJvcHBlZFNhbXBsZXM6IHRoaXMuZHJvcHBlZFNhbXBsZXMsXG4gICAgICByZWNvdmVyZWRDb3JydXB0OiB0aGlzLnJlY292ZXJlZENvcnJ1cHQsXG4gICAgfTtcbiAgfVxuXG4gIC8qKiBXcml0ZXMgdGhlIGFjayBtYXJrIGFuZCBmc3luY3MgYXBwZW5kZWQgZGF0YSAocG9saWN5IGBpbnRlcnZhbGApOyBjYWxsZWQgYnkgYSB0aW1lciBhbmQgb24gY2xvc2UuICovXG4gIGZsdXNoKCk6IHZvaWQge1xuICAgIGlmICh0aGlzLnN5bmNEaXJ0eSAmJiB0aGlzLmZzeW5jUG9saWN5ID09PSAnaW50ZXJ2YWwnKSB7XG4gICAgICBjb25zdCBzZWcgPSB0aGlzLnNlZ21lbnRzW3RoaXMuc2VnbWVudHMubGVuZ3RoIC0gMV07XG4gICAgICBpZiAoc2VnPy5mZCAhPT0gdW5kZWZpbmVkKSBmc3luY1N5bmMoc2VnLmZkKTtcbiAgICAgIHRoaXMuc3luY0RpcnR5ID0gZmFsc2U7XG4gICAgfVxuICAgIGlmICh0aGlzLmFja0RpcnR5KSB7XG4gICAgICBjb25zdCB0bXAgPSBqb2luKHRoaXMuZGlyLCAnYWNrLnRtcCcpO1xuICAgICAgd3JpdGVGaWxlU3luYyh0bXAsIGAke3RoaXMuYWNrU2VxfVxcbmApO1xuICAgICAgcmVuYW1lU3luYyh0bXAsIGpvaW4odGhpcy5kaXIsICdhY2snKSk7XG4gICAgICB0aGlzLmFja0RpcnR5ID0gZmFsc2U7XG4gICAgfVxuICB9XG5cbiAgY2xvc2UoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY2xvc2VkKSByZXR1cm47XG4gICAgdGhpcy5mbHVzaCgpO1xuICAgIGNvbnN0IHNlZyA9IHRoaXMuc2VnbWVudHNbdGhpcy5zZWdtZW50cy5sZW5ndGggLSAxXTtcbiAgICBpZiAoc2VnPy5mZCAhPT0gdW5kZWZpbmVkICYmIHRoaXMuZnN5bmNQb2xpY3kgIT09ICduZXZlcicpIGZzeW5jU3luYyhzZWcuZmQpO1xuICAgIGZvciAoY29uc3QgcyBvZiB0aGlzLnNlZ21lbnRzKSB7XG4gICAgICBpZiAocy5mZCAhPT0gdW5kZWZpbmVkKSBjbG9zZVN5bmMocy5mZCk7XG4gICAgICBzLmZkID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBjbGVhckludGVydmFsKHRoaXMudGltZXIpO1xuICAgIHRoaXMuY2xvc2VkID0gdHJ1ZTtcbiAgfVxuXG4gIC8qKiBTaXplIG9uIGRpc2sgb2YgdGhlIHF1ZXVlIGRpcmVjdG9yeSdzIHNlZ21lbnRzIChmb3IgdGVzdHMgYW5kIHRoZSBiZW5jaCkuICovXG4gIHN0YXRpYyBkaXNrQnl0ZXMoZGlyOiBzdHJpbmcpOiBudW1iZXIge1xuICAgIGxldCBuID0gMDtcbiAgICBmb3IgKGNvbnN0IGYgb2YgcmVhZGRpclN5bmMoZGlyKSkgaWYgKGYuZW5kc1dpdGgoU0VHTUVOVF9TVUZGSVgpKSBuICs9IHN0YXRTeW5jKGpvaW4oZGlyLCBmKSkuc2l6ZTtcbiAgICByZXR1cm4gbjtcbiAgfVxufVxuIiwgIi8qKlxuICogVGhlIGVkZ2UgYWdlbnQ6IHBvbGxzIGl0cyBkZXZpY2VzIGF0IHRoZWlyIGludGVydmFscyBhbmQgcHVibGlzaGVzIG9uZSBPcGVuTWV0cmljcyBtZXNzYWdlIHBlclxuICogcG9sbCB0byBgPHNlbnNvciBwYXRoPi9tZXRyaWNzYCwgdGhyb3VnaCB0aGUgc3RvcmUtYW5kLWZvcndhcmQgcXVldWUuIEVhY2ggZGV2aWNlIGhhcyBpdHMgb3duIGxvb3BcbiAqIG9uIGEgZml4ZWQtcmF0ZSBzY2hlZHVsZSAoYSBsYXRlIHBvbGwgc2tpcHMgbWlzc2VkIHRpY2tzIHJhdGhlciB0aGFuIGJ1bmNoaW5nIHVwKTsgZGV2aWNlcyBzaGFyaW5nXG4gKiBhIGJ1cyBzaGFyZSBpdHMgdHJhbnNwb3J0LCB3aGljaCBwdXRzIG9uZSByZXF1ZXN0IG9uIHRoZSB3aXJlIGF0IGEgdGltZS4gQSBkZXZpY2UgdGhhdCBzdG9wc1xuICogYW5zd2VyaW5nIHJlcG9ydHMgYHNlbnNvcnBhdGhfZGV2aWNlX3VwIDBgIChpdHMgc2VyaWVzIGdvIHN0YWxlIG9uIHRoZSBzZXJ2ZXIsIHdoaWNoIG1hcmtzIHNlcmllc1xuICogbWlzc2luZyBmcm9tIGEgZGV2aWNlJ3MgbWVzc2FnZSBzdGFsZSkgYW5kIGlzIHBvbGxlZCB3aXRoIGV4cG9uZW50aWFsIGJhY2tvZmYgdXAgdG9cbiAqIGBtYXhCYWNrb2ZmTXNgLCBzbyBhIGRlYWQgbWV0ZXIgY29zdHMgaXRzIGJ1cyBvbmUgdGltZW91dCBwZXIgYmFja29mZiBwZXJpb2QgaW5zdGVhZCBvZiBvbmUgcGVyXG4gKiBpbnRlcnZhbDsgaXQgbmV2ZXIgc3RvcHMgdGhlIG90aGVycy5cbiAqXG4gKiBSZW1vdGUgY29uZmlndXJhdGlvbjogdGhlIGFnZW50IHN1YnNjcmliZXMgdG8gaXRzIHJldGFpbmVkIGA8cGF0aD4vY29uZmlnYDsgYSBwdXNoZWRcbiAqIGB7XCJyZXZpc2lvblwiLCBcImNvbmZpZ1wifWAgZG9jdW1lbnQgaXMgdmFsaWRhdGVkIGJ5IGBhcHBseUNvbmZpZ2AgKGdpdmVuIGJ5IHRoZSBjYWxsZXIsIHdoaWNoIGtub3dzXG4gKiB0aGUgbWFjaGluZS1jb25maWd1cmF0aW9uIHNjaGVtYSkgYW5kLCB3aGVuIHZhbGlkLCByZXBsYWNlcyB0aGUgcnVubmluZyBkZXZpY2VzIHdpdGhvdXQgYVxuICogcmVzdGFydC4gVGhlIG91dGNvbWUgaXMgcmVwb3J0ZWQgaW4gdGhlIHJldGFpbmVkIGA8cGF0aD4vc3RhdGVgIChkb2NzL2Zvcm1hdC9zZW5zb3ItcGF0aC5tZCkuXG4gKi9cbmltcG9ydCB7IGZvcm1hdFNlbnNvclBhdGgsIHBhcnNlU2Vuc29yUGF0aCwgdHlwZSBTZW5zb3JQYXRoLCB0b3BpY0ZvciB9IGZyb20gJ0BzZW5zb3JwYXRoL3Byb3RvY29sJztcbmltcG9ydCB7IE1vZGJ1c0RldmljZSB9IGZyb20gJy4vZGV2aWNlLnRzJztcbmltcG9ydCB7IERldmljZUVycm9yIH0gZnJvbSAnLi9lcnJvcnMudHMnO1xuaW1wb3J0IHsgdHlwZSBBZ2VudFN0YXRzLCBidWlsZE1lc3NhZ2UsIHR5cGUgRGV2aWNlU3RhdHMgfSBmcm9tICcuL21lc3NhZ2UudHMnO1xuaW1wb3J0IHR5cGUgeyBNb2RidXNUcmFuc3BvcnQgfSBmcm9tICcuL21vZGJ1cy50cyc7XG5pbXBvcnQgdHlwZSB7IERldmljZVByb2ZpbGUgfSBmcm9tICcuL3Byb2ZpbGUudHMnO1xuaW1wb3J0IHsgTXF0dFB1Ymxpc2hlciB9IGZyb20gJy4vcHVibGlzaGVyLnRzJztcbmltcG9ydCB0eXBlIHsgRGlza1F1ZXVlIH0gZnJvbSAnLi9xdWV1ZS50cyc7XG5pbXBvcnQgdHlwZSB7IFNvdXJjZSB9IGZyb20gJy4vc291cmNlLnRzJztcblxuZXhwb3J0IGNvbnN0IEFHRU5UX1ZFUlNJT04gPSAnMC4yLjAnO1xuXG5leHBvcnQgaW50ZXJmYWNlIExvZ2dlciB7XG4gIGluZm8obzogb2JqZWN0LCBtc2c6IHN0cmluZyk6IHZvaWQ7XG4gIHdhcm4obzogb2JqZWN0LCBtc2c6IHN0cmluZyk6IHZvaWQ7XG4gIGVycm9yKG86IG9iamVjdCwgbXNnOiBzdHJpbmcpOiB2b2lkO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEFnZW50RGV2aWNlQ29uZmlnIHtcbiAgLyoqIFNlbnNvciBwYXRoIG9mIHRoaXMgZGV2aWNlOiBlbnRlcnByaXNlL3NpdGUvYXJlYS9saW5lL2RldmljZS4gKi9cbiAgcGF0aDogc3RyaW5nO1xuICBpbnRlcnZhbE1zOiBudW1iZXI7XG4gIGxhYmVsczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFdoYXQgdG8gcG9sbDsgd2hlbiBhYnNlbnQgYSBNb2RidXMgZGV2aWNlIGlzIGJ1aWx0IGZyb20gcHJvZmlsZSwgdHJhbnNwb3J0IGFuZCB1bml0LiAqL1xuICBzb3VyY2U/OiBTb3VyY2U7XG4gIHByb2ZpbGU/OiBEZXZpY2VQcm9maWxlO1xuICB0cmFuc3BvcnQ/OiBNb2RidXNUcmFuc3BvcnQ7XG4gIHVuaXQ/OiBudW1iZXI7XG4gIHRpbWVvdXRNcz86IG51bWJlcjtcbiAgcmV0cmllcz86IG51bWJlcjtcbiAgLyoqIExvbmdlc3QgcGF1c2UgYmV0d2VlbiBwb2xscyBvZiBhIGRldmljZSB0aGF0IGRvZXMgbm90IGFuc3dlci4gQGRlZmF1bHQgMzAwMDAgKi9cbiAgbWF4QmFja29mZk1zPzogbnVtYmVyO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlbW90ZUNvbmZpZ1Jlc3VsdCB7XG4gIGRldmljZXM6IEFnZW50RGV2aWNlQ29uZmlnW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQWdlbnRDb25maWcge1xuICBicm9rZXI6IHtcbiAgICB1cmw6IHN0cmluZztcbiAgICB1c2VybmFtZT86IHN0cmluZztcbiAgICBwYXNzd29yZD86IHN0cmluZztcbiAgICBjbGllbnRJZD86IHN0cmluZztcbiAgICB0bHM/OiB7IGNhPzogc3RyaW5nOyBjZXJ0Pzogc3RyaW5nOyBrZXk/OiBzdHJpbmc7IHJlamVjdFVuYXV0aG9yaXplZD86IGJvb2xlYW4gfTtcbiAgfTtcbiAgLyoqIFRoZSBhZ2VudCdzIG93biBzZW5zb3IgcGF0aCAoc3RhdGUgYW5kIGNvbmZpZyB0b3BpY3MpOyBkZWZhdWx0OiB0aGUgZmlyc3QgZGV2aWNlJ3MuICovXG4gIHBhdGg/OiBzdHJpbmc7XG4gIGRldmljZXM6IEFnZW50RGV2aWNlQ29uZmlnW107XG4gIGxvZ2dlcjogTG9nZ2VyO1xuICBub3c/OiAoKSA9PiBudW1iZXI7XG4gIC8qKiBTdG9yZS1hbmQtZm9yd2FyZCBxdWV1ZTsgd2l0aG91dCBpdCBtZXNzYWdlcyBhcmUgaGFuZGVkIHN0cmFpZ2h0IHRvIG1xdHQuanMuICovXG4gIHF1ZXVlPzogRGlza1F1ZXVlO1xuICByZXBsYXlSYXRlPzogbnVtYmVyO1xuICAvKiogUmV2aXNpb24gb2YgdGhlIGNvbmZpZ3VyYXRpb24gdGhlIGFnZW50IHN0YXJ0cyB3aXRoICgwID0gbG9jYWwgZmlsZSBvciBmbGFncykuICovXG4gIGNvbmZpZ1JldmlzaW9uPzogbnVtYmVyO1xuICAvKiogVmFsaWRhdGVzIGFuZCBidWlsZHMgYSBwdXNoZWQgY29uZmlndXJhdGlvbjsgdGhyb3dzIGEgQ29uZmlnRXJyb3Igd2hlbiBpdCBpcyBpbnZhbGlkLiAqL1xuICBhcHBseUNvbmZpZz86IChjb25maWc6IHVua25vd24sIHJldmlzaW9uOiBudW1iZXIpID0+IFByb21pc2U8UmVtb3RlQ29uZmlnUmVzdWx0Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEZXZpY2VTdGF0dXMge1xuICBwYXRoOiBzdHJpbmc7XG4gIHBvbGxzOiBudW1iZXI7XG4gIGVycm9yczogbnVtYmVyO1xuICB1cDogYm9vbGVhbjtcbiAgZmFpbHVyZXM6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFZGdlQWdlbnQge1xuICByZWFkb25seSBwdWJsaXNoZXI6IE1xdHRQdWJsaXNoZXI7XG4gIHJlYWRvbmx5IGNvbmZpZ1JldmlzaW9uOiBudW1iZXI7XG4gIHN0YXRzKCk6IERldmljZVN0YXR1c1tdO1xuICAvKiogUmVwbGFjZXMgdGhlIHJ1bm5pbmcgZGV2aWNlcyAodXNlZCBieSByZW1vdGUgY29uZmlnOyBleHBvc2VkIGZvciB0ZXN0cyBhbmQgcmVsb2FkcykuICovXG4gIHJlY29uZmlndXJlKGRldmljZXM6IEFnZW50RGV2aWNlQ29uZmlnW10sIHJldmlzaW9uOiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+O1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG5pbnRlcmZhY2UgUnVubmluZyB7XG4gIGNmZzogQWdlbnREZXZpY2VDb25maWc7XG4gIHBhdGg6IFNlbnNvclBhdGg7XG4gIHRvcGljOiBzdHJpbmc7XG4gIHNvdXJjZTogU291cmNlO1xuICBzdGF0czogRGV2aWNlU3RhdHM7XG4gIHRpbWVyOiBOb2RlSlMuVGltZW91dCB8IHVuZGVmaW5lZDtcbiAgYWN0aXZlOiBQcm9taXNlPHZvaWQ+IHwgdW5kZWZpbmVkO1xuICBsYXN0RXJyb3I6IHN0cmluZztcbiAgZmFpbHVyZXM6IG51bWJlcjtcbiAgc3RvcHBlZDogYm9vbGVhbjtcbn1cblxuZnVuY3Rpb24gc291cmNlT2YoY2ZnOiBBZ2VudERldmljZUNvbmZpZywgbm93OiAoKSA9PiBudW1iZXIpOiBTb3VyY2Uge1xuICBpZiAoY2ZnLnNvdXJjZSkgcmV0dXJuIGNmZy5zb3VyY2U7XG4gIGlmICghY2ZnLnByb2ZpbGUgfHwgIWNmZy50cmFuc3BvcnQpXG4gICAgdGhyb3cgbmV3IERldmljZUVycm9yKCdDT05GSUdfSU5WQUxJRCcsIGBkZXZpY2UgJHtjZmcucGF0aH0gaGFzIG5laXRoZXIgYSBzb3VyY2Ugbm9yIGEgcHJvZmlsZSBhbmQgdHJhbnNwb3J0YCk7XG4gIHJldHVybiBuZXcgTW9kYnVzRGV2aWNlKHtcbiAgICBwcm9maWxlOiBjZmcucHJvZmlsZSxcbiAgICB0cmFuc3BvcnQ6IGNmZy50cmFuc3BvcnQsXG4gICAgdW5pdDogY2ZnLnVuaXQgPz8gMSxcbiAgICB0aW1lb3V0TXM6IGNmZy50aW1lb3V0TXMgPz8gNTAwLFxuICAgIHJldHJpZXM6IGNmZy5yZXRyaWVzID8/IDAsXG4gICAgbm93LFxuICB9KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHN0YXJ0RWRnZUFnZW50KGNvbmZpZzogQWdlbnRDb25maWcpOiBFZGdlQWdlbnQge1xuICBjb25zdCBub3cgPSBjb25maWcubm93ID8/IERhdGUubm93O1xuICBjb25zdCBsb2cgPSBjb25maWcubG9nZ2VyO1xuICBjb25zdCBmaXJzdCA9IGNvbmZpZy5kZXZpY2VzWzBdO1xuICBpZiAoIWZpcnN0ICYmICFjb25maWcucGF0aCkgdGhyb3cgbmV3IEVycm9yKCd0aGUgYWdlbnQgbmVlZHMgYXQgbGVhc3Qgb25lIGRldmljZScpO1xuICBjb25zdCBhZ2VudFBhdGggPSBwYXJzZVNlbnNvclBhdGgoY29uZmlnLnBhdGggPz8gZmlyc3QhLnBhdGgpO1xuICBjb25zdCBjb25maWdUb3BpYyA9IHRvcGljRm9yKGFnZW50UGF0aCwgJ2NvbmZpZycpO1xuICBsZXQgcmV2aXNpb24gPSBjb25maWcuY29uZmlnUmV2aXNpb24gPz8gMDtcbiAgbGV0IGRldmljZXMgPSBjb25maWcuZGV2aWNlcztcbiAgY29uc3QgYWdlbnRTdGF0czogQWdlbnRTdGF0cyA9IHsgcXVldWVEZXB0aDogMCwgZHJvcHBlZE1lc3NhZ2VzOiAwLCBkcm9wcGVkU2FtcGxlczogMCwgaW5mbGlnaHQ6IDAgfTtcbiAgY29uc3QgYmlydGggPSAoKSA9PiAoe1xuICAgIGFnZW50OiAnc2Vuc29ycGF0aC1lZGdlJyxcbiAgICB2ZXJzaW9uOiBBR0VOVF9WRVJTSU9OLFxuICAgIGRldmljZXM6IGRldmljZXMubWFwKChkKSA9PiBkLnBhdGgpLFxuICAgIGNvbmZpZ1JldmlzaW9uOiByZXZpc2lvbixcbiAgfSk7XG4gIGxldCBhcHBseUNoYWluOiBQcm9taXNlPHZvaWQ+ID0gUHJvbWlzZS5yZXNvbHZlKCk7XG4gIGxldCBmYWlsZWRSZXZpc2lvbiA9IC0xO1xuICBjb25zdCBwdWJsaXNoZXIgPSBuZXcgTXF0dFB1Ymxpc2hlcih7XG4gICAgdXJsOiBjb25maWcuYnJva2VyLnVybCxcbiAgICBjbGllbnRJZDogY29uZmlnLmJyb2tlci5jbGllbnRJZCA/PyBgc2Vuc29ycGF0aC1lZGdlLSR7Zm9ybWF0U2Vuc29yUGF0aChhZ2VudFBhdGgpLnJlcGxhY2VBbGwoJy8nLCAnLScpfWAsXG4gICAgdXNlcm5hbWU6IGNvbmZpZy5icm9rZXIudXNlcm5hbWUsXG4gICAgcGFzc3dvcmQ6IGNvbmZpZy5icm9rZXIucGFzc3dvcmQsXG4gICAgdGxzOiBjb25maWcuYnJva2VyLnRscyxcbiAgICBzdGF0ZVRvcGljOiB0b3BpY0ZvcihhZ2VudFBhdGgsICdzdGF0ZScpLFxuICAgIGJpcnRoOiBiaXJ0aCgpLFxuICAgIGxvZ2dlcjogbG9nLFxuICAgIHF1ZXVlOiBjb25maWcucXVldWUsXG4gICAgcmVwbGF5UmF0ZTogY29uZmlnLnJlcGxheVJhdGUsXG4gICAgc3Vic2NyaWJlOiBjb25maWcuYXBwbHlDb25maWcgPyBbY29uZmlnVG9waWNdIDogW10sXG4gICAgb25NZXNzYWdlOiAodG9waWMsIHBheWxvYWQpID0+IHtcbiAgICAgIGlmICh0b3BpYyA9PT0gY29uZmlnVG9waWMgJiYgcGF5bG9hZC5sZW5ndGggPiAwKSB7XG4gICAgICAgIGFwcGx5Q2hhaW4gPSBhcHBseUNoYWluLnRoZW4oKCkgPT4gb25SZW1vdGVDb25maWcocGF5bG9hZCkpLmNhdGNoKCgpID0+IHt9KTtcbiAgICAgIH1cbiAgICB9LFxuICB9KTtcbiAgbGV0IGNsb3NlZCA9IGZhbHNlO1xuICBsZXQgcnVubmluZzogUnVubmluZ1tdID0gW107XG5cbiAgY29uc3Qgb25SZW1vdGVDb25maWcgPSBhc3luYyAocGF5bG9hZDogQnVmZmVyKSA9PiB7XG4gICAgbGV0IGRvYzogeyByZXZpc2lvbj86IHVua25vd247IGNvbmZpZz86IHVua25vd24gfTtcbiAgICB0cnkge1xuICAgICAgZG9jID0gSlNPTi5wYXJzZShwYXlsb2FkLnRvU3RyaW5nKCd1dGY4JykpIGFzIHR5cGVvZiBkb2M7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICByZXR1cm4gcmVwb3J0Q29uZmlnRXJyb3IoLTEsIGAocm9vdCk6IG5vdCBKU09OOiAkeyhlcnIgYXMgRXJyb3IpLm1lc3NhZ2V9YCk7XG4gICAgfVxuICAgIGNvbnN0IHJldiA9IGRvYz8ucmV2aXNpb247XG4gICAgaWYgKHR5cGVvZiByZXYgIT09ICdudW1iZXInIHx8ICFOdW1iZXIuaXNTYWZlSW50ZWdlcihyZXYpIHx8IHJldiA8IDApXG4gICAgICByZXR1cm4gcmVwb3J0Q29uZmlnRXJyb3IoLTEsIGByZXZpc2lvbjogZXhwZWN0ZWQgYSB3aG9sZSBudW1iZXIgPj0gMCAoZm91bmQ6ICR7SlNPTi5zdHJpbmdpZnkocmV2KX0pYCk7XG4gICAgLy8gQSByZXRhaW5lZCBjb25maWcgaXMgZGVsaXZlcmVkIGFnYWluIG9uIGV2ZXJ5IHJlY29ubmVjdDogYXBwbHkgZWFjaCByZXZpc2lvbiBvbmNlLlxuICAgIGlmIChyZXYgPD0gcmV2aXNpb24gfHwgcmV2ID09PSBmYWlsZWRSZXZpc2lvbikgcmV0dXJuO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBidWlsdCA9IGF3YWl0IGNvbmZpZy5hcHBseUNvbmZpZyEoZG9jLmNvbmZpZywgcmV2KTtcbiAgICAgIGF3YWl0IHJlY29uZmlndXJlKGJ1aWx0LmRldmljZXMsIHJldik7XG4gICAgICBsb2cuaW5mbyh7IHJldmlzaW9uOiByZXYsIGRldmljZXM6IGJ1aWx0LmRldmljZXMubGVuZ3RoIH0sICdhcHBsaWVkIHJlbW90ZSBjb25maWd1cmF0aW9uJyk7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICBmYWlsZWRSZXZpc2lvbiA9IHJldjtcbiAgICAgIHJlcG9ydENvbmZpZ0Vycm9yKHJldiwgY29uZmlnRXJyb3JNZXNzYWdlKGVycikpO1xuICAgIH1cbiAgfTtcblxuICBjb25zdCByZXBvcnRDb25maWdFcnJvciA9IChyZXY6IG51bWJlciwgbWVzc2FnZTogc3RyaW5nKSA9PiB7XG4gICAgbG9nLndhcm4oeyByZXZpc2lvbjogcmV2LCBlcnI6IG1lc3NhZ2UgfSwgJ3JlbW90ZSBjb25maWd1cmF0aW9uIHJlZnVzZWQ7IHRoZSBvbGQgb25lIGtlZXBzIHJ1bm5pbmcnKTtcbiAgICBwdWJsaXNoZXIuc2V0U3RhdGUoeyAuLi5iaXJ0aCgpLCBjb25maWdFcnJvcjogeyByZXZpc2lvbjogcmV2LCBtZXNzYWdlIH0gfSwgdHJ1ZSk7XG4gIH07XG5cbiAgY29uc3QgcG9sbE9uY2UgPSBhc3luYyAocjogUnVubmluZykgPT4ge1xuICAgIGNvbnN0IHJlcyA9IGF3YWl0IHIuc291cmNlLnBvbGwoKTtcbiAgICByLnN0YXRzLnBvbGxzVG90YWwrKztcbiAgICByLnN0YXRzLmVycm9yc1RvdGFsICs9IHJlcy5lcnJvcnMubGVuZ3RoO1xuICAgIHIuc3RhdHMudXAgPSByZXMuZXJyb3JzLmxlbmd0aCA9PT0gMDtcbiAgICByLnN0YXRzLnBvbGxEdXJhdGlvblNlY29uZHMgPSByZXMuZHVyYXRpb25NcyAvIDEwMDA7XG4gICAgci5zdGF0cy5yZXF1ZXN0cyA9IHJlcy5yZXF1ZXN0cztcbiAgICByLmZhaWx1cmVzID0gcmVzLnNhbXBsZXMubGVuZ3RoID09PSAwICYmIHJlcy5lcnJvcnMubGVuZ3RoID4gMCA/IHIuZmFpbHVyZXMgKyAxIDogMDtcbiAgICBjb25zdCBtc2cgPSByZXMuZXJyb3JzWzBdPy5tZXNzYWdlID8/ICcnO1xuICAgIGlmIChtc2cgJiYgbXNnICE9PSByLmxhc3RFcnJvcilcbiAgICAgIGxvZy53YXJuKHsgZGV2aWNlOiByLmNmZy5wYXRoLCBjb2RlOiByZXMuZXJyb3JzWzBdPy5jb2RlIH0sIG1zZyk7XG4gICAgaWYgKCFtc2cgJiYgci5sYXN0RXJyb3IpIGxvZy5pbmZvKHsgZGV2aWNlOiByLmNmZy5wYXRoIH0sICdkZXZpY2UgYW5zd2VycyBhZ2FpbicpO1xuICAgIHIubGFzdEVycm9yID0gbXNnO1xuICAgIGlmIChyLnN0b3BwZWQpIHJldHVybjtcbiAgICBpZiAoY29uZmlnLnF1ZXVlKSB7XG4gICAgICBjb25zdCBxID0gY29uZmlnLnF1ZXVlLnN0YXRzKCk7XG4gICAgICBhZ2VudFN0YXRzLnF1ZXVlRGVwdGggPSBxLmRlcHRoO1xuICAgICAgYWdlbnRTdGF0cy5kcm9wcGVkTWVzc2FnZXMgPSBxLmRyb3BwZWRNZXNzYWdlcztcbiAgICAgIGFnZW50U3RhdHMuZHJvcHBlZFNhbXBsZXMgPSBxLmRyb3BwZWRTYW1wbGVzO1xuICAgIH1cbiAgICBhZ2VudFN0YXRzLmluZmxpZ2h0ID0gcHVibGlzaGVyLmluRmxpZ2h0O1xuICAgIGNvbnN0IHBheWxvYWQgPSBidWlsZE1lc3NhZ2UoXG4gICAgICByLnNvdXJjZS5tZXRyaWNzLFxuICAgICAgcmVzLnNhbXBsZXMsXG4gICAgICByLmNmZy5sYWJlbHMsXG4gICAgICByLnN0YXRzLFxuICAgICAgci5zb3VyY2UuaWRlbnRpdHlMYWJlbHMgPz8ge30sXG4gICAgICBub3coKSxcbiAgICAgIGFnZW50U3RhdHMsXG4gICAgKTtcbiAgICB0cnkge1xuICAgICAgcHVibGlzaGVyLmVucXVldWUoci50b3BpYywgcGF5bG9hZCwgcmVzLnNhbXBsZXMubGVuZ3RoKTtcbiAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgIGxvZy5lcnJvcih7IGRldmljZTogci5jZmcucGF0aCwgZXJyOiAoZXJyIGFzIEVycm9yKS5tZXNzYWdlIH0sICdjYW5ub3QgcXVldWUgdGhlIG1lc3NhZ2UnKTtcbiAgICB9XG4gIH07XG5cbiAgY29uc3Qgc3RhcnQgPSAoY2ZnOiBBZ2VudERldmljZUNvbmZpZyk6IFJ1bm5pbmcgPT4ge1xuICAgIGNvbnN0IHBhdGggPSBwYXJzZVNlbnNvclBhdGgoY2ZnLnBhdGgpO1xuICAgIGNvbnN0IHI6IFJ1bm5pbmcgPSB7XG4gICAgICBjZmcsXG4gICAgICBwYXRoLFxuICAgICAgdG9waWM6IHRvcGljRm9yKHBhdGgsICdtZXRyaWNzJyksXG4gICAgICBzb3VyY2U6IHNvdXJjZU9mKGNmZywgbm93KSxcbiAgICAgIHN0YXRzOiB7IHVwOiBmYWxzZSwgcG9sbER1cmF0aW9uU2Vjb25kczogMCwgcmVxdWVzdHM6IDAsIGVycm9yc1RvdGFsOiAwLCBwb2xsc1RvdGFsOiAwIH0sXG4gICAgICB0aW1lcjogdW5kZWZpbmVkLFxuICAgICAgYWN0aXZlOiB1bmRlZmluZWQsXG4gICAgICBsYXN0RXJyb3I6ICcnLFxuICAgICAgZmFpbHVyZXM6IDAsXG4gICAgICBzdG9wcGVkOiBmYWxzZSxcbiAgICB9O1xuICAgIGxldCBwaGFzZSA9IG5vdygpO1xuICAgIGxldCB0aWNrID0gMDtcbiAgICBjb25zdCBtYXhCYWNrb2ZmID0gY2ZnLm1heEJhY2tvZmZNcyA/PyAzMF8wMDA7XG4gICAgY29uc3Qgc2NoZWR1bGUgPSAoKSA9PiB7XG4gICAgICBpZiAoci5zdG9wcGVkKSByZXR1cm47XG4gICAgICBjb25zdCB0ID0gbm93KCk7XG4gICAgICBpZiAoci5mYWlsdXJlcyA+PSAyKSB7XG4gICAgICAgIC8vIEJhY2tvZmY6IHRoZSBwYXVzZSBkb3VibGVzIHdpdGggZWFjaCBmYWlsZWQgcG9sbCwgdXAgdG8gbWF4QmFja29mZi5cbiAgICAgICAgY29uc3QgZGVsYXkgPSBNYXRoLm1pbihtYXhCYWNrb2ZmLCBjZmcuaW50ZXJ2YWxNcyAqIDIgKiogTWF0aC5taW4oMjAsIHIuZmFpbHVyZXMgLSAxKSk7XG4gICAgICAgIHBoYXNlID0gdCArIGRlbGF5O1xuICAgICAgICB0aWNrID0gMDtcbiAgICAgICAgci50aW1lciA9IHNldFRpbWVvdXQobG9vcCwgZGVsYXkpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICB0aWNrKys7XG4gICAgICBsZXQgbmV4dCA9IHBoYXNlICsgdGljayAqIGNmZy5pbnRlcnZhbE1zO1xuICAgICAgaWYgKG5leHQgPD0gdCkge1xuICAgICAgICAvLyBNaXNzZWQgdGlja3MgYXJlIHNraXBwZWQsIGtlZXBpbmcgdGhlIHBoYXNlIG9mIHRoZSBzY2hlZHVsZS5cbiAgICAgICAgdGljayArPSBNYXRoLmNlaWwoKHQgLSBuZXh0KSAvIGNmZy5pbnRlcnZhbE1zKTtcbiAgICAgICAgbmV4dCA9IHBoYXNlICsgdGljayAqIGNmZy5pbnRlcnZhbE1zO1xuICAgICAgfVxuICAgICAgci50aW1lciA9IHNldFRpbWVvdXQobG9vcCwgbmV4dCAtIHQpO1xuICAgIH07XG4gICAgY29uc3QgbG9vcCA9ICgpID0+IHtcbiAgICAgIHIuYWN0aXZlID0gcG9sbE9uY2UocilcbiAgICAgICAgLmNhdGNoKChlcnI6IEVycm9yKSA9PiBsb2cuZXJyb3IoeyBkZXZpY2U6IHIuY2ZnLnBhdGgsIGVycjogZXJyLm1lc3NhZ2UgfSwgJ3BvbGwgZmFpbGVkIHVuZXhwZWN0ZWRseScpKVxuICAgICAgICAuZmluYWxseSgoKSA9PiB7XG4gICAgICAgICAgci5hY3RpdmUgPSB1bmRlZmluZWQ7XG4gICAgICAgICAgc2NoZWR1bGUoKTtcbiAgICAgICAgfSk7XG4gICAgfTtcbiAgICByLnRpbWVyID0gc2V0VGltZW91dChsb29wLCAwKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcblxuICBjb25zdCBzdG9wQWxsID0gYXN5bmMgKHJzOiBSdW5uaW5nW10pID0+IHtcbiAgICBmb3IgKGNvbnN0IHIgb2YgcnMpIHtcbiAgICAgIHIuc3RvcHBlZCA9IHRydWU7XG4gICAgICBjbGVhclRpbWVvdXQoci50aW1lcik7XG4gICAgfVxuICAgIGF3YWl0IFByb21pc2UucmFjZShbXG4gICAgICBQcm9taXNlLmFsbFNldHRsZWQocnMubWFwKChyKSA9PiByLmFjdGl2ZSkpLFxuICAgICAgbmV3IFByb21pc2UoKHJlcykgPT4gc2V0VGltZW91dChyZXMsIDUwMDApKSxcbiAgICBdKTtcbiAgICBmb3IgKGNvbnN0IHIgb2YgcnMpIGF3YWl0IHIuc291cmNlLmNsb3NlKCkuY2F0Y2goKCkgPT4ge30pO1xuICAgIGNvbnN0IHRyYW5zcG9ydHMgPSBuZXcgU2V0KHJzLm1hcCgocikgPT4gci5jZmcudHJhbnNwb3J0KS5maWx0ZXIoKHQpID0+IHQgIT09IHVuZGVmaW5lZCkpO1xuICAgIGZvciAoY29uc3QgdCBvZiB0cmFuc3BvcnRzKSBhd2FpdCB0LmNsb3NlKCkuY2F0Y2goKCkgPT4ge30pO1xuICB9O1xuXG4gIGNvbnN0IHJlY29uZmlndXJlID0gYXN5bmMgKG5leHQ6IEFnZW50RGV2aWNlQ29uZmlnW10sIHJldjogbnVtYmVyKSA9PiB7XG4gICAgaWYgKGNsb3NlZCkgcmV0dXJuO1xuICAgIGNvbnN0IG9sZCA9IHJ1bm5pbmc7XG4gICAgcnVubmluZyA9IFtdO1xuICAgIGF3YWl0IHN0b3BBbGwob2xkKTtcbiAgICBkZXZpY2VzID0gbmV4dDtcbiAgICByZXZpc2lvbiA9IHJldjtcbiAgICBydW5uaW5nID0gbmV4dC5tYXAoc3RhcnQpO1xuICAgIHB1Ymxpc2hlci5zZXRTdGF0ZShiaXJ0aCgpLCB0cnVlKTtcbiAgfTtcblxuICBydW5uaW5nID0gZGV2aWNlcy5tYXAoc3RhcnQpO1xuXG4gIHJldHVybiB7XG4gICAgcHVibGlzaGVyLFxuICAgIGdldCBjb25maWdSZXZpc2lvbigpIHtcbiAgICAgIHJldHVybiByZXZpc2lvbjtcbiAgICB9LFxuICAgIHN0YXRzOiAoKSA9PlxuICAgICAgcnVubmluZy5tYXAoKHIpID0+ICh7XG4gICAgICAgIHBhdGg6IHIuY2ZnLnBhdGgsXG4gICAgICAgIHBvbGxzOiByLnN0YXRzLnBvbGxzVG90YWwsXG4gICAgICAgIGVycm9yczogci5zdGF0cy5lcnJvcnNUb3RhbCxcbiAgICAgICAgdXA6IHIuc3RhdHMudXAsXG4gICAgICAgIGZhaWx1cmVzOiByLmZhaWx1cmVzLFxuICAgICAgfSkpLFxuICAgIHJlY29uZmlndXJlOiAobmV4dCwgcmV2KSA9PiB7XG4gICAgICBjb25zdCBwID0gYXBwbHlDaGFpbi50aGVuKCgpID0+IHJlY29uZmlndXJlKG5leHQsIHJldikpO1xuICAgICAgYXBwbHlDaGFpbiA9IHAuY2F0Y2goKCkgPT4ge30pO1xuICAgICAgcmV0dXJuIHA7XG4gICAgfSxcbiAgICBhc3luYyBjbG9zZSgpIHtcbiAgICAgIGNsb3NlZCA9IHRydWU7XG4gICAgICBhd2FpdCBhcHBseUNoYWluO1xuICAgICAgYXdhaXQgc3RvcEFsbChydW5uaW5nKTtcbiAgICAgIGF3YWl0IHB1Ymxpc2hlci5jbG9zZSgpO1xuICAgICAgY29uZmlnLnF1ZXVlPy5jbG9zZSgpO1xuICAgIH0sXG4gIH07XG59XG5cbi8qKiBgcGF0aDogcmVhc29uYCBvZiB0aGUgZmlyc3QgcHJvYmxlbSwgYXMgcmVwb3J0ZWQgaW4gdGhlIHN0YXRlIGRvY3VtZW50J3MgY29uZmlnRXJyb3IuICovXG5mdW5jdGlvbiBjb25maWdFcnJvck1lc3NhZ2UoZXJyOiB1bmtub3duKTogc3RyaW5nIHtcbiAgY29uc3QgZSA9IGVyciBhcyB7IGNvbnRleHQ/OiB7IGlzc3Vlcz86IHsgcGF0aDogc3RyaW5nOyBtZXNzYWdlOiBzdHJpbmcgfVtdIH07IG1lc3NhZ2U/OiBzdHJpbmcgfTtcbiAgY29uc3QgaXNzdWUgPSBlLmNvbnRleHQ/Lmlzc3Vlcz8uWzBdO1xuICBpZiAoaXNzdWUpIHJldHVybiBgJHtpc3N1ZS5wYXRoIHx8ICcocm9vdCknfTogJHtpc3N1ZS5tZXNzYWdlfWA7XG4gIGNvbnN0IG0gPSAvXFxuXFxzKy0gKC4qKS8uZXhlYyhlLm1lc3NhZ2UgPz8gJycpO1xuICByZXR1cm4gbT8uWzFdID8/IGUubWVzc2FnZSA/PyBTdHJpbmcoZXJyKTtcbn1cbiIsICIvKipcbiAqIE1vZGJ1cyB0cmFuc3BvcnRzIGZvciB0aGUgZWRnZSBhZ2VudCwgb3ZlciBtb2RidXMtc2VyaWFsLiBBIHRyYW5zcG9ydCBvd25zIG9uZSBjb25uZWN0aW9uIChhIFRDUFxuICogc29ja2V0IG9yIGEgc2VyaWFsIGxpbmUpIGFuZCBwdXRzIG9uZSByZXF1ZXN0IG9uIGl0IGF0IGEgdGltZTogY2FsbGVycyBxdWV1ZSBiZWhpbmQgYSBwcm9taXNlXG4gKiBjaGFpbiwgc28gc2V2ZXJhbCBkZXZpY2VzIGNhbiBzaGFyZSBhIGJ1cyB3aXRob3V0IGludGVybGVhdmluZyBmcmFtZXMuIEEgZmFpbGVkIGNvbm5lY3Rpb24gaXNcbiAqIHJlLW9wZW5lZCBvbiB0aGUgbmV4dCByZXF1ZXN0LCB3aXRoIGJhY2tvZmYsIHNvIGEgbWV0ZXIgdGhhdCB3YXMgb2ZmIGNvbWVzIGJhY2sgYnkgaXRzZWxmLlxuICovXG5pbXBvcnQgbW9kYnVzU2VyaWFsIGZyb20gJ21vZGJ1cy1zZXJpYWwnO1xuaW1wb3J0IHsgRGV2aWNlRXJyb3IgfSBmcm9tICcuL2Vycm9ycy50cyc7XG5pbXBvcnQgdHlwZSB7IFJlZ2lzdGVyRnVuY3Rpb24gfSBmcm9tICcuL3Byb2ZpbGUudHMnO1xuXG4vLyBtb2RidXMtc2VyaWFsIGlzIENvbW1vbkpTOiBhdCBydW4gdGltZSB0aGUgZGVmYXVsdCBpbXBvcnQgaXMgdGhlIGNsaWVudCBjbGFzcyBpdHNlbGYuXG5jb25zdCBNb2RidXNDbGllbnQgPSBtb2RidXNTZXJpYWwgYXMgdW5rbm93biBhcyB0eXBlb2YgbW9kYnVzU2VyaWFsLmRlZmF1bHQ7XG50eXBlIENsaWVudCA9IEluc3RhbmNlVHlwZTx0eXBlb2YgTW9kYnVzQ2xpZW50PjtcblxuZXhwb3J0IGludGVyZmFjZSBNb2RidXNUcmFuc3BvcnQge1xuICByZWFkb25seSBkZXNjcmlwdGlvbjogc3RyaW5nO1xuICByZWFkKFxuICAgIGZuOiBSZWdpc3RlckZ1bmN0aW9uLFxuICAgIHVuaXQ6IG51bWJlcixcbiAgICBhZGRyZXNzOiBudW1iZXIsXG4gICAgY291bnQ6IG51bWJlcixcbiAgICB0aW1lb3V0TXM6IG51bWJlcixcbiAgKTogUHJvbWlzZTxudW1iZXJbXT47XG4gIGNsb3NlKCk6IFByb21pc2U8dm9pZD47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVGNwVGFyZ2V0IHtcbiAgaG9zdDogc3RyaW5nO1xuICBwb3J0OiBudW1iZXI7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUhvc3RQb3J0KHRleHQ6IHN0cmluZywgZGVmYXVsdFBvcnQ6IG51bWJlcik6IFRjcFRhcmdldCB7XG4gIGNvbnN0IG0gPSAvXlxcWz8oW15cXF1dKj8pXFxdPyg/OjooXFxkKykpPyQvLmV4ZWModGV4dC50cmltKCkpO1xuICBjb25zdCBob3N0ID0gbT8uWzFdID8/ICcnO1xuICBjb25zdCBwb3J0ID0gbT8uWzJdID8gTnVtYmVyKG1bMl0pIDogZGVmYXVsdFBvcnQ7XG4gIGlmICghaG9zdCB8fCAhTnVtYmVyLmlzSW50ZWdlcihwb3J0KSB8fCBwb3J0IDwgMSB8fCBwb3J0ID4gNjU1MzUpIHtcbiAgICB0aHJvdyBuZXcgRGV2aWNlRXJyb3IoJ0NPTkZJR19JTlZBTElEJywgYFwiJHt0ZXh0fVwiIGlzIG5vdCBIT1NUOlBPUlQgKGUuZy4gMTkyLjE2OC4xLjIwOjUwMilgKTtcbiAgfVxuICByZXR1cm4geyBob3N0LCBwb3J0IH07XG59XG5cbmFic3RyYWN0IGNsYXNzIFF1ZXVlZFRyYW5zcG9ydCBpbXBsZW1lbnRzIE1vZGJ1c1RyYW5zcG9ydCB7XG4gIGFic3RyYWN0IHJlYWRvbmx5IGRlc2NyaXB0aW9uOiBzdHJpbmc7XG4gIHByb3RlY3RlZCBjbGllbnQ6IENsaWVudCB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBjaGFpbjogUHJvbWlzZTx1bmtub3duPiA9IFByb21pc2UucmVzb2x2ZSgpO1xuICBwcml2YXRlIGNvbm5lY3Rpbmc6IFByb21pc2U8Q2xpZW50PiB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBuZXh0Q29ubmVjdEF0ID0gMDtcbiAgcHJpdmF0ZSBiYWNrb2ZmTXMgPSAwO1xuICBwcml2YXRlIGNsb3NlZCA9IGZhbHNlO1xuICAvKiogU2lsZW5jZSBrZXB0IGJldHdlZW4gdGhlIGVuZCBvZiBvbmUgdHJhbnNhY3Rpb24gYW5kIHRoZSBuZXh0IHJlcXVlc3QgKFJUVTogdDMuNSkuICovXG4gIHByb3RlY3RlZCBpbnRlckZyYW1lTXMgPSAwO1xuICBwcml2YXRlIGxhc3RGcmFtZUVuZCA9IDA7XG4gIC8qKiBSZXF1ZXN0cyBzZW50IGFuZCB0aGVpciBzdW1tZWQgZHVyYXRpb24gKHJlcXVlc3Qgd3JpdHRlbiB0byBhbnN3ZXIgZGVjb2RlZCkuICovXG4gIHJlcXVlc3RzID0gMDtcbiAgcmVxdWVzdE1zID0gMDtcblxuICBwcm90ZWN0ZWQgYWJzdHJhY3Qgb3BlbihjOiBDbGllbnQpOiBQcm9taXNlPHZvaWQ+O1xuXG4gIHJlYWQoXG4gICAgZm46IFJlZ2lzdGVyRnVuY3Rpb24sXG4gICAgdW5pdDogbnVtYmVyLFxuICAgIGFkZHJlc3M6IG51bWJlcixcbiAgICBjb3VudDogbnVtYmVyLFxuICAgIHRpbWVvdXRNczogbnVtYmVyLFxuICApOiBQcm9taXNlPG51bWJlcltdPiB7XG4gICAgY29uc3QgcnVuID0gYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgYyA9IGF3YWl0IHRoaXMuY29ubmVjdCgpO1xuICAgICAgY29uc3Qgd2FpdCA9IHRoaXMubGFzdEZyYW1lRW5kICsgdGhpcy5pbnRlckZyYW1lTXMgLSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICAgIGlmICh3YWl0ID4gMCkgYXdhaXQgbmV3IFByb21pc2UoKHIpID0+IHNldFRpbWVvdXQociwgd2FpdCkpO1xuICAgICAgYy5zZXRJRCh1bml0KTtcbiAgICAgIGMuc2V0VGltZW91dCh0aW1lb3V0TXMpO1xuICAgICAgY29uc3QgdDAgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHIgPVxuICAgICAgICAgIGZuID09PSAnaW5wdXQnXG4gICAgICAgICAgICA/IGF3YWl0IGMucmVhZElucHV0UmVnaXN0ZXJzKGFkZHJlc3MsIGNvdW50KVxuICAgICAgICAgICAgOiBhd2FpdCBjLnJlYWRIb2xkaW5nUmVnaXN0ZXJzKGFkZHJlc3MsIGNvdW50KTtcbiAgICAgICAgcmV0dXJuIHIuZGF0YTtcbiAgICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgICB0aHJvdyB0aGlzLmNsYXNzaWZ5KGVyciwgZm4sIHVuaXQsIGFkZHJlc3MsIGNvdW50LCB0aW1lb3V0TXMpO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgdGhpcy5sYXN0RnJhbWVFbmQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICAgICAgdGhpcy5yZXF1ZXN0cysrO1xuICAgICAgICB0aGlzLnJlcXVlc3RNcyArPSB0aGlzLmxhc3RGcmFtZUVuZCAtIHQwO1xuICAgICAgfVxuICAgIH07XG4gICAgY29uc3QgcCA9IHRoaXMuY2hhaW4udGhlbihydW4sIHJ1bik7XG4gICAgdGhpcy5jaGFpbiA9IHAuY2F0Y2goKCkgPT4ge30pO1xuICAgIHJldHVybiBwO1xuICB9XG5cbiAgcHJpdmF0ZSBjbGFzc2lmeShcbiAgICBlcnI6IHVua25vd24sXG4gICAgZm46IFJlZ2lzdGVyRnVuY3Rpb24sXG4gICAgdW5pdDogbnVtYmVyLFxuICAgIGFkZHJlc3M6IG51bWJlcixcbiAgICBjb3VudDogbnVtYmVyLFxuICAgIHRpbWVvdXRNczogbnVtYmVyLFxuICApOiBEZXZpY2VFcnJvciB7XG4gICAgY29uc3QgZSA9IGVyciBhcyB7IG5hbWU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmc7IG1vZGJ1c0NvZGU/OiBudW1iZXI7IGVycm5vPzogc3RyaW5nIH07XG4gICAgY29uc3Qgd2hhdCA9IGAke2ZuID09PSAnaW5wdXQnID8gJ0ZDIDQnIDogJ0ZDIDMnfSB1bml0ICR7dW5pdH0gYWRkcmVzcyAweCR7YWRkcmVzcy50b1N0cmluZygxNikudG9VcHBlckNhc2UoKX0gY291bnQgJHtjb3VudH0gb24gJHt0aGlzLmRlc2NyaXB0aW9ufWA7XG4gICAgaWYgKGUubW9kYnVzQ29kZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICByZXR1cm4gbmV3IERldmljZUVycm9yKFxuICAgICAgICAnTU9EQlVTX0VYQ0VQVElPTicsXG4gICAgICAgIGAke3doYXR9OiBkZXZpY2UgYW5zd2VyZWQgZXhjZXB0aW9uICR7ZS5tb2RidXNDb2RlfSAoJHtlLm1lc3NhZ2V9KTsgY2hlY2sgdGhlIGFkZHJlc3MgKHplcm8tYmFzZWQgUERVIGFkZHJlc3MsIG5vdCAzeHh4eC80eHh4eCkgYW5kIHRoZSBmdW5jdGlvbiBjb2RlYCxcbiAgICAgICAgeyBjYXVzZTogZXJyIH0sXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoXG4gICAgICBlLm5hbWUgPT09ICdUcmFuc2FjdGlvblRpbWVkT3V0RXJyb3InIHx8XG4gICAgICBlLmVycm5vID09PSAnRVRJTUVET1VUJyB8fFxuICAgICAgL3RpbWVkIG91dC9pLnRlc3QoZS5tZXNzYWdlID8/ICcnKVxuICAgICkge1xuICAgICAgcmV0dXJuIG5ldyBEZXZpY2VFcnJvcihcbiAgICAgICAgJ01PREJVU19USU1FT1VUJyxcbiAgICAgICAgYCR7d2hhdH06IG5vIGFuc3dlciB3aXRoaW4gJHt0aW1lb3V0TXN9IG1zOyBjaGVjayB3aXJpbmcsIHVuaXQgaWQgYW5kIGJhdWQgcmF0ZWAsXG4gICAgICAgIHsgY2F1c2U6IGVyciB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgLy8gQW55dGhpbmcgZWxzZSBpcyBhIGJyb2tlbiBjb25uZWN0aW9uOiBkcm9wIGl0IHNvIHRoZSBuZXh0IHJlcXVlc3QgcmVjb25uZWN0cy5cbiAgICB0aGlzLmRyb3AoKTtcbiAgICByZXR1cm4gbmV3IERldmljZUVycm9yKCdNT0RCVVNfQ09OTkVDVCcsIGAke3doYXR9OiAke2UubWVzc2FnZSA/PyBTdHJpbmcoZXJyKX1gLCB7IGNhdXNlOiBlcnIgfSk7XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIGNvbm5lY3QoKTogUHJvbWlzZTxDbGllbnQ+IHtcbiAgICBpZiAodGhpcy5jbG9zZWQpIHRocm93IG5ldyBEZXZpY2VFcnJvcignTU9EQlVTX0NPTk5FQ1QnLCBgJHt0aGlzLmRlc2NyaXB0aW9ufSBpcyBjbG9zZWRgKTtcbiAgICBpZiAodGhpcy5jbGllbnQ/LmlzT3BlbikgcmV0dXJuIHRoaXMuY2xpZW50O1xuICAgIGlmICh0aGlzLmNvbm5lY3RpbmcpIHJldHVybiB0aGlzLmNvbm5lY3Rpbmc7XG4gICAgY29uc3Qgd2FpdCA9IHRoaXMubmV4dENvbm5lY3RBdCAtIERhdGUubm93KCk7XG4gICAgaWYgKHdhaXQgPiAwKVxuICAgICAgdGhyb3cgbmV3IERldmljZUVycm9yKFxuICAgICAgICAnTU9EQlVTX0NPTk5FQ1QnLFxuICAgICAgICBgJHt0aGlzLmRlc2NyaXB0aW9ufTogcmVjb25uZWN0aW5nIGluICR7d2FpdH0gbXMgYWZ0ZXIgYSBmYWlsZWQgYXR0ZW1wdGAsXG4gICAgICApO1xuICAgIHRoaXMuY29ubmVjdGluZyA9IChhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBjID0gbmV3IE1vZGJ1c0NsaWVudCgpO1xuICAgICAgdHJ5IHtcbiAgICAgICAgYXdhaXQgdGhpcy5vcGVuKGMpO1xuICAgICAgICB0aGlzLmNsaWVudCA9IGM7XG4gICAgICAgIHRoaXMuYmFja29mZk1zID0gMDtcbiAgICAgICAgcmV0dXJuIGM7XG4gICAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgICAgdGhpcy5iYWNrb2ZmTXMgPSBNYXRoLm1pbigzMF8wMDAsIHRoaXMuYmFja29mZk1zID8gdGhpcy5iYWNrb2ZmTXMgKiAyIDogNTAwKTtcbiAgICAgICAgdGhpcy5uZXh0Q29ubmVjdEF0ID0gRGF0ZS5ub3coKSArIHRoaXMuYmFja29mZk1zO1xuICAgICAgICB0aHJvdyBuZXcgRGV2aWNlRXJyb3IoXG4gICAgICAgICAgJ01PREJVU19DT05ORUNUJyxcbiAgICAgICAgICBgY2Fubm90IGNvbm5lY3QgdG8gJHt0aGlzLmRlc2NyaXB0aW9ufTogJHsoZXJyIGFzIEVycm9yKS5tZXNzYWdlfTsgcmV0cnlpbmcgaW4gJHt0aGlzLmJhY2tvZmZNc30gbXNgLFxuICAgICAgICAgIHsgY2F1c2U6IGVyciB9LFxuICAgICAgICApO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgdGhpcy5jb25uZWN0aW5nID0gdW5kZWZpbmVkO1xuICAgICAgfVxuICAgIH0pKCk7XG4gICAgcmV0dXJuIHRoaXMuY29ubmVjdGluZztcbiAgfVxuXG4gIHByaXZhdGUgZHJvcCgpOiB2b2lkIHtcbiAgICBjb25zdCBjID0gdGhpcy5jbGllbnQ7XG4gICAgdGhpcy5jbGllbnQgPSB1bmRlZmluZWQ7XG4gICAgaWYgKGMpIGMuY2xvc2UoKCkgPT4ge30pO1xuICB9XG5cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdGhpcy5jbG9zZWQgPSB0cnVlO1xuICAgIGF3YWl0IHRoaXMuY2hhaW47XG4gICAgY29uc3QgYyA9IHRoaXMuY2xpZW50O1xuICAgIHRoaXMuY2xpZW50ID0gdW5kZWZpbmVkO1xuICAgIGlmIChjPy5pc09wZW4pIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiBjLmNsb3NlKCgpID0+IHJlc29sdmUoKSkpO1xuICB9XG59XG5cbmV4cG9ydCBjbGFzcyBNb2RidXNUY3BUcmFuc3BvcnQgZXh0ZW5kcyBRdWV1ZWRUcmFuc3BvcnQge1xuICByZWFkb25seSBkZXNjcmlwdGlvbjogc3RyaW5nO1xuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IHRhcmdldDogVGNwVGFyZ2V0KSB7XG4gICAgc3VwZXIoKTtcbiAgICB0aGlzLmRlc2NyaXB0aW9uID0gYG1vZGJ1cy10Y3AgJHt0YXJnZXQuaG9zdH06JHt0YXJnZXQucG9ydH1gO1xuICB9XG4gIHByb3RlY3RlZCBhc3luYyBvcGVuKGM6IENsaWVudCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGMuc2V0VGltZW91dCgzMDAwKTtcbiAgICBhd2FpdCBjLmNvbm5lY3RUQ1AodGhpcy50YXJnZXQuaG9zdCwgeyBwb3J0OiB0aGlzLnRhcmdldC5wb3J0IH0pO1xuICB9XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2VyaWFsVGFyZ2V0IHtcbiAgcGF0aDogc3RyaW5nO1xuICBiYXVkUmF0ZTogbnVtYmVyO1xuICBwYXJpdHk6ICdub25lJyB8ICdldmVuJyB8ICdvZGQnO1xuICBzdG9wQml0czogMSB8IDI7XG4gIGRhdGFCaXRzOiA3IHwgODtcbn1cblxuLyoqXG4gKiBDaGFyYWN0ZXIgdGltZSBhbmQgdGhlIDMuNS1jaGFyYWN0ZXIgaW50ZXItZnJhbWUgc2lsZW5jZSBvZiBNb2RidXMgb3ZlciBzZXJpYWwgbGluZSAoVjEuMDJcbiAqIFx1MDBBNzIuNS4xLjEpOiBhIGNoYXJhY3RlciBpcyAxIHN0YXJ0ICsgZGF0YSArIHBhcml0eSArIHN0b3AgYml0czsgYWJvdmUgMTkyMDAgYmF1ZCB0My41IGlzIGZpeGVkIGF0XG4gKiAxLjc1IG1zLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcnR1VGltaW5nKHQ6IFBpY2s8U2VyaWFsVGFyZ2V0LCAnYmF1ZFJhdGUnIHwgJ3Bhcml0eScgfCAnc3RvcEJpdHMnIHwgJ2RhdGFCaXRzJz4pOiB7XG4gIGNoYXJCaXRzOiBudW1iZXI7XG4gIGNoYXJNczogbnVtYmVyO1xuICB0MzVNczogbnVtYmVyO1xufSB7XG4gIGNvbnN0IGNoYXJCaXRzID0gMSArIHQuZGF0YUJpdHMgKyAodC5wYXJpdHkgPT09ICdub25lJyA/IDAgOiAxKSArIHQuc3RvcEJpdHM7XG4gIGNvbnN0IGNoYXJNcyA9IChjaGFyQml0cyAqIDEwMDApIC8gdC5iYXVkUmF0ZTtcbiAgcmV0dXJuIHsgY2hhckJpdHMsIGNoYXJNcywgdDM1TXM6IHQuYmF1ZFJhdGUgPiAxOTIwMCA/IDEuNzUgOiAzLjUgKiBjaGFyTXMgfTtcbn1cblxuZXhwb3J0IGNsYXNzIE1vZGJ1c1J0dVRyYW5zcG9ydCBleHRlbmRzIFF1ZXVlZFRyYW5zcG9ydCB7XG4gIHJlYWRvbmx5IGRlc2NyaXB0aW9uOiBzdHJpbmc7XG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgdGFyZ2V0OiBTZXJpYWxUYXJnZXQpIHtcbiAgICBzdXBlcigpO1xuICAgIHRoaXMuaW50ZXJGcmFtZU1zID0gcnR1VGltaW5nKHRhcmdldCkudDM1TXM7XG4gICAgdGhpcy5kZXNjcmlwdGlvbiA9IGBtb2RidXMtcnR1ICR7dGFyZ2V0LnBhdGh9ICR7dGFyZ2V0LmJhdWRSYXRlfSAke3RhcmdldC5kYXRhQml0c30ke3RhcmdldC5wYXJpdHlbMF0hLnRvVXBwZXJDYXNlKCl9JHt0YXJnZXQuc3RvcEJpdHN9YDtcbiAgfVxuICBwcm90ZWN0ZWQgYXN5bmMgb3BlbihjOiBDbGllbnQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCBjLmNvbm5lY3RSVFVCdWZmZXJlZCh0aGlzLnRhcmdldC5wYXRoLCB7XG4gICAgICBiYXVkUmF0ZTogdGhpcy50YXJnZXQuYmF1ZFJhdGUsXG4gICAgICBwYXJpdHk6IHRoaXMudGFyZ2V0LnBhcml0eSxcbiAgICAgIHN0b3BCaXRzOiB0aGlzLnRhcmdldC5zdG9wQml0cyxcbiAgICAgIGRhdGFCaXRzOiB0aGlzLnRhcmdldC5kYXRhQml0cyxcbiAgICB9KTtcbiAgfVxufVxuIiwgIi8qKlxuICogRGV2aWNlIHByb2ZpbGVzOiBhIG1ldGVyJ3MgcmVnaXN0ZXIgbWFwIGtlcHQgYXMgZGF0YSAoWUFNTCBmaWxlcyBpbiBgcHJvZmlsZXMvYCksIHZhbGlkYXRlZCBvbmNlXG4gKiBpbnRvIGEgcmVzb2x2ZWQgc2hhcGUuIEEgcHJvZmlsZSBzYXlzLCBwZXIgdmFsdWU6IGZ1bmN0aW9uIGNvZGUgKGlucHV0ID0gRkMgNCwgaG9sZGluZyA9IEZDIDMpLFxuICogemVyby1iYXNlZCBhZGRyZXNzLCBkYXRhIHR5cGUsIGJ5dGUvd29yZCBvcmRlciwgc2NhbGUgYW5kIG9mZnNldCwgZGVjaW1hbHMgdG8ga2VlcCwgdGhlIG1ldHJpYyBpdFxuICogZmVlZHMgKG5hbWUsIHR5cGUsIHVuaXQsIGhlbHApIGFuZCBpdHMgbGFiZWxzLCBwbHVzIGFuIG9wdGlvbmFsIG5vdC1hdmFpbGFibGUgbWFya2VyLiBJZGVudGl0eVxuICogcmVnaXN0ZXJzIChlLmcuIHRoZSBzZXJpYWwgbnVtYmVyKSBhcmUgcmVhZCBvbmNlIGFuZCBiZWNvbWUgbGFiZWxzIG9mIGV2ZXJ5IHNlcmllcy5cbiAqL1xuaW1wb3J0IHsgcmVhZGRpclN5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgYmFzZW5hbWUsIGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCB9IGZyb20gJ25vZGU6dXJsJztcbmltcG9ydCB7IHBhcnNlIGFzIHBhcnNlWWFtbCB9IGZyb20gJ3lhbWwnO1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBDb25maWdFcnJvciwgZm9ybWF0Wm9kSXNzdWVzIH0gZnJvbSAnLi9lcnJvcnMudHMnO1xuXG5leHBvcnQgY29uc3QgREFUQV9UWVBFUyA9IFsndTE2JywgJ3MxNicsICd1MzInLCAnczMyJywgJ2YzMicsICd1NjQnLCAnczY0JywgJ2Y2NCddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgRGF0YVR5cGUgPSAodHlwZW9mIERBVEFfVFlQRVMpW251bWJlcl07XG4vKiogQnl0ZSBvcmRlciBvZiB0aGUgdmFsdWUncyBieXRlcyBhcyBzZW50OiBBQkNEID0gYmlnIGVuZGlhbjsgQ0RBQiA9IHdvcmQtc3dhcHBlZDsgQkFEQzsgRENCQS4gKi9cbmV4cG9ydCBjb25zdCBPUkRFUlMgPSBbJ0FCQ0QnLCAnQ0RBQicsICdCQURDJywgJ0RDQkEnXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIEJ5dGVPcmRlciA9ICh0eXBlb2YgT1JERVJTKVtudW1iZXJdO1xuZXhwb3J0IHR5cGUgUmVnaXN0ZXJGdW5jdGlvbiA9ICdpbnB1dCcgfCAnaG9sZGluZyc7XG5cbmV4cG9ydCBjb25zdCBSRUdJU1RFUl9XT1JEUzogUmVjb3JkPERhdGFUeXBlLCBudW1iZXI+ID0ge1xuICB1MTY6IDEsXG4gIHMxNjogMSxcbiAgdTMyOiAyLFxuICBzMzI6IDIsXG4gIGYzMjogMixcbiAgdTY0OiA0LFxuICBzNjQ6IDQsXG4gIGY2NDogNCxcbn07XG5cbmNvbnN0IGFkZHJlc3MgPSB6Lm51bWJlcigpLmludCgpLm1pbigwKS5tYXgoMHhmZmZmKTtcbmNvbnN0IGZuID0gei5lbnVtKFsnaW5wdXQnLCAnaG9sZGluZyddKTtcbmNvbnN0IGxhYmVsTmFtZSA9IHpcbiAgLnN0cmluZygpXG4gIC5yZWdleCgvXlthLXpBLVpfXVthLXpBLVowLTlfXSokLywgJ2EgbGFiZWwgbmFtZTogbGV0dGVycywgZGlnaXRzIGFuZCBcIl9cIiwgbm90IHN0YXJ0aW5nIHdpdGggYSBkaWdpdCcpO1xuY29uc3QgbWV0cmljTmFtZSA9IHpcbiAgLnN0cmluZygpXG4gIC5yZWdleCgvXlthLXpBLVpfOl1bYS16QS1aMC05XzpdKiQvLCAnYSBtZXRyaWMgbmFtZTogbGV0dGVycywgZGlnaXRzLCBcIl9cIiBhbmQgXCI6XCInKTtcblxuY29uc3QgcmVnaXN0ZXJTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIGFkZHJlc3MsXG4gIGZ1bmN0aW9uOiBmbi5vcHRpb25hbCgpLFxuICB0eXBlOiB6LmVudW0oREFUQV9UWVBFUykub3B0aW9uYWwoKSxcbiAgb3JkZXI6IHouZW51bShPUkRFUlMpLm9wdGlvbmFsKCksXG4gIGxhYmVsczogei5yZWNvcmQobGFiZWxOYW1lLCB6LnN0cmluZygpLm1pbigxKSkub3B0aW9uYWwoKSxcbiAgc2NhbGU6IHoubnVtYmVyKCkub3B0aW9uYWwoKSxcbiAgb2Zmc2V0OiB6Lm51bWJlcigpLm9wdGlvbmFsKCksXG59KTtcblxuY29uc3QgbWV0cmljU2NoZW1hID0gei5vYmplY3Qoe1xuICBuYW1lOiBtZXRyaWNOYW1lLFxuICB0eXBlOiB6LmVudW0oWydnYXVnZScsICdjb3VudGVyJ10pLFxuICB1bml0OiB6XG4gICAgLnN0cmluZygpXG4gICAgLnJlZ2V4KC9eW2EtejAtOV9dKyQvKVxuICAgIC5vcHRpb25hbCgpLFxuICBoZWxwOiB6LnN0cmluZygpLm9wdGlvbmFsKCksXG4gIHNjYWxlOiB6Lm51bWJlcigpLm9wdGlvbmFsKCksXG4gIG9mZnNldDogei5udW1iZXIoKS5vcHRpb25hbCgpLFxuICBkZWNpbWFsczogei5udW1iZXIoKS5pbnQoKS5taW4oMCkubWF4KDEyKS5vcHRpb25hbCgpLFxuICAvKiogUmF3IHJlZ2lzdGVyIHdvcmRzIChoZXggc3RyaW5nLCBlLmcuIFwiRkZGRkZGRkZcIikgdGhhdCBtZWFuIFwibm90IGF2YWlsYWJsZVwiLiAqL1xuICBub3RBdmFpbGFibGU6IHouYXJyYXkoei5zdHJpbmcoKS5yZWdleCgvXlswLTlBLUZhLWZdKyQvKSkub3B0aW9uYWwoKSxcbiAgcmVnaXN0ZXJzOiB6LmFycmF5KHJlZ2lzdGVyU2NoZW1hKS5taW4oMSksXG59KTtcblxuZXhwb3J0IGNvbnN0IHByb2ZpbGVTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHByb2ZpbGU6IHouc3RyaW5nKCkucmVnZXgoL15bYS16MC05Xy1dKyQvKSxcbiAgbWFudWZhY3R1cmVyOiB6LnN0cmluZygpLm9wdGlvbmFsKCksXG4gIG1vZGVsOiB6LnN0cmluZygpLm9wdGlvbmFsKCksXG4gIGRlc2NyaXB0aW9uOiB6LnN0cmluZygpLm9wdGlvbmFsKCksXG4gIGRlZmF1bHRzOiB6XG4gICAgLm9iamVjdCh7XG4gICAgICBmdW5jdGlvbjogZm4ub3B0aW9uYWwoKSxcbiAgICAgIHR5cGU6IHouZW51bShEQVRBX1RZUEVTKS5vcHRpb25hbCgpLFxuICAgICAgb3JkZXI6IHouZW51bShPUkRFUlMpLm9wdGlvbmFsKCksXG4gICAgfSlcbiAgICAub3B0aW9uYWwoKSxcbiAgbWVyZ2U6IHpcbiAgICAub2JqZWN0KHtcbiAgICAgIG1heEdhcDogei5udW1iZXIoKS5pbnQoKS5taW4oMCkubWF4KDY0KS5vcHRpb25hbCgpLFxuICAgICAgbWF4UmVnaXN0ZXJzOiB6Lm51bWJlcigpLmludCgpLm1pbigxKS5tYXgoMTI1KS5vcHRpb25hbCgpLFxuICAgIH0pXG4gICAgLm9wdGlvbmFsKCksXG4gIGlkZW50aXR5OiB6XG4gICAgLnJlY29yZChcbiAgICAgIGxhYmVsTmFtZSxcbiAgICAgIHoub2JqZWN0KHtcbiAgICAgICAgZnVuY3Rpb246IGZuLm9wdGlvbmFsKCksXG4gICAgICAgIGFkZHJlc3MsXG4gICAgICAgIHR5cGU6IHouZW51bShEQVRBX1RZUEVTKS5vcHRpb25hbCgpLFxuICAgICAgICBvcmRlcjogei5lbnVtKE9SREVSUykub3B0aW9uYWwoKSxcbiAgICAgIH0pLFxuICAgIClcbiAgICAub3B0aW9uYWwoKSxcbiAgbWV0cmljczogei5hcnJheShtZXRyaWNTY2hlbWEpLm1pbigxKSxcbn0pO1xuXG5leHBvcnQgdHlwZSBQcm9maWxlSW5wdXQgPSB6LmlucHV0PHR5cGVvZiBwcm9maWxlU2NoZW1hPjtcblxuLyoqIE9uZSB2YWx1ZSB0byByZWFkLCBmdWxseSByZXNvbHZlZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVnaXN0ZXJQb2ludCB7XG4gIGZ1bmN0aW9uOiBSZWdpc3RlckZ1bmN0aW9uO1xuICBhZGRyZXNzOiBudW1iZXI7XG4gIHR5cGU6IERhdGFUeXBlO1xuICBvcmRlcjogQnl0ZU9yZGVyO1xuICB3b3JkczogbnVtYmVyO1xuICBzY2FsZTogbnVtYmVyO1xuICBvZmZzZXQ6IG51bWJlcjtcbiAgZGVjaW1hbHM6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgbm90QXZhaWxhYmxlOiBzdHJpbmdbXTtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIGxhYmVsczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNNZXRhIHtcbiAgbmFtZTogc3RyaW5nO1xuICB0eXBlOiAnZ2F1Z2UnIHwgJ2NvdW50ZXInO1xuICB1bml0Pzogc3RyaW5nO1xuICBoZWxwPzogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERldmljZVByb2ZpbGUge1xuICBuYW1lOiBzdHJpbmc7XG4gIG1hbnVmYWN0dXJlcj86IHN0cmluZztcbiAgbW9kZWw/OiBzdHJpbmc7XG4gIGRlc2NyaXB0aW9uPzogc3RyaW5nO1xuICBtYXhHYXA6IG51bWJlcjtcbiAgbWF4UmVnaXN0ZXJzOiBudW1iZXI7XG4gIGlkZW50aXR5OiB7IGxhYmVsOiBzdHJpbmc7IHBvaW50OiBPbWl0PFJlZ2lzdGVyUG9pbnQsICdtZXRyaWMnIHwgJ2xhYmVscyc+IH1bXTtcbiAgbWV0cmljczogTWV0cmljTWV0YVtdO1xuICBwb2ludHM6IFJlZ2lzdGVyUG9pbnRbXTtcbn1cblxuLyoqIFZhbGlkYXRlcyBhIHBhcnNlZCBwcm9maWxlIGRvY3VtZW50OyBgc291cmNlYCBuYW1lcyB0aGUgZmlsZSBpbiBlcnJvcnMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVByb2ZpbGUoZG9jOiB1bmtub3duLCBzb3VyY2U6IHN0cmluZyk6IERldmljZVByb2ZpbGUge1xuICBjb25zdCByID0gcHJvZmlsZVNjaGVtYS5zYWZlUGFyc2UoZG9jKTtcbiAgaWYgKCFyLnN1Y2Nlc3MpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICAnUFJPRklMRV9JTlZBTElEJyxcbiAgICAgIGBkZXZpY2UgcHJvZmlsZSAke3NvdXJjZX0gaXMgaW52YWxpZDpcXG4ke2Zvcm1hdFpvZElzc3VlcyhyLmVycm9yLmlzc3VlcywgZG9jKX1gLFxuICAgICk7XG4gIH1cbiAgY29uc3QgcCA9IHIuZGF0YTtcbiAgY29uc3QgZCA9IHtcbiAgICBmdW5jdGlvbjogcC5kZWZhdWx0cz8uZnVuY3Rpb24gPz8gJ2lucHV0JyxcbiAgICB0eXBlOiBwLmRlZmF1bHRzPy50eXBlID8/ICdmMzInLFxuICAgIG9yZGVyOiBwLmRlZmF1bHRzPy5vcmRlciA/PyAnQUJDRCcsXG4gIH07XG4gIGNvbnN0IHBvaW50czogUmVnaXN0ZXJQb2ludFtdID0gW107XG4gIGNvbnN0IG1ldHJpY3M6IE1ldHJpY01ldGFbXSA9IFtdO1xuICBmb3IgKGNvbnN0IG0gb2YgcC5tZXRyaWNzKSB7XG4gICAgbWV0cmljcy5wdXNoKHsgbmFtZTogbS5uYW1lLCB0eXBlOiBtLnR5cGUsIHVuaXQ6IG0udW5pdCwgaGVscDogbS5oZWxwIH0pO1xuICAgIGlmIChtLnVuaXQgJiYgIW0ubmFtZS5lbmRzV2l0aChgXyR7bS51bml0fWApKSB7XG4gICAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICAgICdQUk9GSUxFX0lOVkFMSUQnLFxuICAgICAgICBgZGV2aWNlIHByb2ZpbGUgJHtzb3VyY2V9OiBtZXRyaWMgJHttLm5hbWV9IGhhcyB1bml0IFwiJHttLnVuaXR9XCIsIHNvIGl0cyBuYW1lIG11c3QgZW5kIGluIFwiXyR7bS51bml0fVwiIChPcGVuTWV0cmljcylgLFxuICAgICAgKTtcbiAgICB9XG4gICAgZm9yIChjb25zdCByZWcgb2YgbS5yZWdpc3RlcnMpIHtcbiAgICAgIGNvbnN0IHR5cGUgPSByZWcudHlwZSA/PyBkLnR5cGU7XG4gICAgICBwb2ludHMucHVzaCh7XG4gICAgICAgIGZ1bmN0aW9uOiByZWcuZnVuY3Rpb24gPz8gZC5mdW5jdGlvbixcbiAgICAgICAgYWRkcmVzczogcmVnLmFkZHJlc3MsXG4gICAgICAgIHR5cGUsXG4gICAgICAgIG9yZGVyOiByZWcub3JkZXIgPz8gZC5vcmRlcixcbiAgICAgICAgd29yZHM6IFJFR0lTVEVSX1dPUkRTW3R5cGVdLFxuICAgICAgICBzY2FsZTogcmVnLnNjYWxlID8/IG0uc2NhbGUgPz8gMSxcbiAgICAgICAgb2Zmc2V0OiByZWcub2Zmc2V0ID8/IG0ub2Zmc2V0ID8/IDAsXG4gICAgICAgIGRlY2ltYWxzOiBtLmRlY2ltYWxzLFxuICAgICAgICBub3RBdmFpbGFibGU6IChtLm5vdEF2YWlsYWJsZSA/PyBbXSkubWFwKChzKSA9PiBzLnRvVXBwZXJDYXNlKCkpLFxuICAgICAgICBtZXRyaWM6IG0ubmFtZSxcbiAgICAgICAgbGFiZWxzOiByZWcubGFiZWxzID8/IHt9LFxuICAgICAgfSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IGlkZW50aXR5ID0gT2JqZWN0LmVudHJpZXMocC5pZGVudGl0eSA/PyB7fSkubWFwKChbbGFiZWwsIHJlZ10pID0+IHtcbiAgICBjb25zdCB0eXBlID0gcmVnLnR5cGUgPz8gJ3UzMic7XG4gICAgcmV0dXJuIHtcbiAgICAgIGxhYmVsLFxuICAgICAgcG9pbnQ6IHtcbiAgICAgICAgZnVuY3Rpb246IHJlZy5mdW5jdGlvbiA/PyAnaG9sZGluZycsXG4gICAgICAgIGFkZHJlc3M6IHJlZy5hZGRyZXNzLFxuICAgICAgICB0eXBlLFxuICAgICAgICBvcmRlcjogcmVnLm9yZGVyID8/IGQub3JkZXIsXG4gICAgICAgIHdvcmRzOiBSRUdJU1RFUl9XT1JEU1t0eXBlXSxcbiAgICAgICAgc2NhbGU6IDEsXG4gICAgICAgIG9mZnNldDogMCxcbiAgICAgICAgZGVjaW1hbHM6IDAsXG4gICAgICAgIG5vdEF2YWlsYWJsZTogW10sXG4gICAgICB9LFxuICAgIH07XG4gIH0pO1xuICByZXR1cm4ge1xuICAgIG5hbWU6IHAucHJvZmlsZSxcbiAgICBtYW51ZmFjdHVyZXI6IHAubWFudWZhY3R1cmVyLFxuICAgIG1vZGVsOiBwLm1vZGVsLFxuICAgIGRlc2NyaXB0aW9uOiBwLmRlc2NyaXB0aW9uLFxuICAgIG1heEdhcDogcC5tZXJnZT8ubWF4R2FwID8/IDAsXG4gICAgbWF4UmVnaXN0ZXJzOiBwLm1lcmdlPy5tYXhSZWdpc3RlcnMgPz8gMTI1LFxuICAgIGlkZW50aXR5LFxuICAgIG1ldHJpY3MsXG4gICAgcG9pbnRzLFxuICB9O1xufVxuXG5leHBvcnQgY29uc3QgQlVJTFRJTl9QUk9GSUxFX0RJUiA9IGpvaW4oZGlybmFtZShmaWxlVVJMVG9QYXRoKGltcG9ydC5tZXRhLnVybCkpLCAnLi4nLCAncHJvZmlsZXMnKTtcblxuZXhwb3J0IGZ1bmN0aW9uIGxpc3RCdWlsdGluUHJvZmlsZXMoKTogc3RyaW5nW10ge1xuICByZXR1cm4gcmVhZGRpclN5bmMoQlVJTFRJTl9QUk9GSUxFX0RJUilcbiAgICAuZmlsdGVyKChmKSA9PiBmLmVuZHNXaXRoKCcueWFtbCcpKVxuICAgIC5tYXAoKGYpID0+IGJhc2VuYW1lKGYsICcueWFtbCcpKVxuICAgIC5zb3J0KCk7XG59XG5cbi8qKiBMb2FkcyBhIGJ1aWx0LWluIHByb2ZpbGUgYnkgbmFtZSwgb3IgYSBwcm9maWxlIGZpbGUgYnkgcGF0aCAoYW55dGhpbmcgY29udGFpbmluZyBcIi9cIiBvciBcIi55YW1sXCIpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWRQcm9maWxlKG5hbWVPclBhdGg6IHN0cmluZyk6IERldmljZVByb2ZpbGUge1xuICBjb25zdCBpc1BhdGggPSBuYW1lT3JQYXRoLmluY2x1ZGVzKCcvJykgfHwgbmFtZU9yUGF0aC5pbmNsdWRlcygnXFxcXCcpIHx8IG5hbWVPclBhdGguZW5kc1dpdGgoJy55YW1sJyk7XG4gIGNvbnN0IGZpbGUgPSBpc1BhdGggPyBuYW1lT3JQYXRoIDogam9pbihCVUlMVElOX1BST0ZJTEVfRElSLCBgJHtuYW1lT3JQYXRofS55YW1sYCk7XG4gIGxldCB0ZXh0OiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgdGV4dCA9IHJlYWRGaWxlU3luYyhmaWxlLCAndXRmOCcpO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICAnUFJPRklMRV9OT1RfRk9VTkQnLFxuICAgICAgaXNQYXRoXG4gICAgICAgID8gYGRldmljZSBwcm9maWxlIGZpbGUgJHtmaWxlfSBjYW5ub3QgYmUgcmVhZGBcbiAgICAgICAgOiBgdW5rbm93biBkZXZpY2UgcHJvZmlsZSBcIiR7bmFtZU9yUGF0aH1cIjsgYnVpbHQtaW4gcHJvZmlsZXM6ICR7bGlzdEJ1aWx0aW5Qcm9maWxlcygpLmpvaW4oJywgJyl9IChvciBnaXZlIGEgcGF0aCB0byBhIC55YW1sIHByb2ZpbGUpYCxcbiAgICApO1xuICB9XG4gIHJldHVybiByZXNvbHZlUHJvZmlsZShwYXJzZVlhbWwodGV4dCksIGZpbGUpO1xufVxuIiwgIi8qKlxuICogTWFjaGluZSBjb25maWd1cmF0aW9uIGNvbmZvcm1hbmNlIGFzIGRhdGE6IGB0ZXN0ZGF0YS9jb25maWcvKi5iYWQueWFtbGAgbXVzdCBmYWlsIHdpdGggZXhhY3RseSB0aGVcbiAqIG1lc3NhZ2UgaW4gdGhlIHBhaXJlZCBgLmJhZC50eHRgIChwYXRoLCB2YWx1ZSBmb3VuZCBhbmQgZml4KSwgYW5kIGV2ZXJ5IGAqLmdvb2QueWFtbGAgbXVzdCBwYXNzIHRoZVxuICogZHJ5LXJ1biBwbGFuLiBUaGUgUkVBRE1FJ3MgZ2VuZXJhdGVkIHJlZmVyZW5jZSBtdXN0IG1hdGNoIHRoZSBzY2hlbWEuXG4gKi9cbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRkaXJTeW5jLCByZWFkRmlsZVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB7IGZpbGVVUkxUb1BhdGggfSBmcm9tICdub2RlOnVybCc7XG5pbXBvcnQgeyBkZXZpY2VQYXRoLCBsb2FkTWFjaGluZUNvbmZpZywgcGFyc2VEdXJhdGlvbiB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IFJFQURNRSwgcmVhZG1lV2l0aFJlZmVyZW5jZSB9IGZyb20gJy4vY29uZmlnLWRvYy50cyc7XG5pbXBvcnQgeyBwbGFuTWFjaGluZSB9IGZyb20gJy4vcnVudGltZS50cyc7XG5cbmNvbnN0IERJUiA9IGZpbGVVUkxUb1BhdGgobmV3IFVSTCgnLi90ZXN0ZGF0YS9jb25maWcvJywgaW1wb3J0Lm1ldGEudXJsKSk7XG5jb25zdCBVUERBVEUgPSBwcm9jZXNzLmVudi5TRU5TT1JQQVRIX1VQREFURV9GSVhUVVJFUyA9PT0gJzEnO1xuXG5mdW5jdGlvbiBjaGVjayhmaWxlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIGNvbnN0IGNmZyA9IGxvYWRNYWNoaW5lQ29uZmlnKGZpbGUpO1xuICAgIHBsYW5NYWNoaW5lKGNmZywgZmlsZSk7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfSBjYXRjaCAoZXJyKSB7XG4gICAgcmV0dXJuIChlcnIgYXMgRXJyb3IpLm1lc3NhZ2UucmVwbGFjZUFsbChmaWxlLCAnPGZpbGU+Jyk7XG4gIH1cbn1cblxuZGVzY3JpYmUoJ21hY2hpbmUgY29uZmlndXJhdGlvbicsICgpID0+IHtcbiAgZm9yIChjb25zdCBuYW1lIG9mIHJlYWRkaXJTeW5jKERJUikuZmlsdGVyKChmKSA9PiBmLmVuZHNXaXRoKCcuYmFkLnlhbWwnKSkuc29ydCgpKSB7XG4gICAgaXQoYHJlZnVzZXMgJHtuYW1lfSB3aXRoIHRoZSBleHBlY3RlZCBtZXNzYWdlYCwgKCkgPT4ge1xuICAgICAgY29uc3QgZmlsZSA9IGpvaW4oRElSLCBuYW1lKTtcbiAgICAgIGNvbnN0IGdvdCA9IGNoZWNrKGZpbGUpO1xuICAgICAgYXNzZXJ0Lm9rKGdvdCwgYCR7bmFtZX0gd2FzIGFjY2VwdGVkYCk7XG4gICAgICBjb25zdCBleHBlY3RlZEZpbGUgPSBmaWxlLnJlcGxhY2UoL1xcLnlhbWwkLywgJy50eHQnKTtcbiAgICAgIGlmIChVUERBVEUgfHwgIWV4aXN0c1N5bmMoZXhwZWN0ZWRGaWxlKSkgd3JpdGVGaWxlU3luYyhleHBlY3RlZEZpbGUsIGAke2dvdH1cXG5gKTtcbiAgICAgIGFzc2VydC5lcXVhbChnb3QsIHJlYWRGaWxlU3luYyhleHBlY3RlZEZpbGUsICd1dGY4JykudHJpbUVuZCgpKTtcbiAgICAgIGFzc2VydC5tYXRjaChnb3QsIC9cXG4gezJ9LSBbXFx3Ll0rOiAuKy8sICduYW1lcyB0aGUgZmllbGQgcGF0aCcpO1xuICAgIH0pO1xuICB9XG5cbiAgZm9yIChjb25zdCBuYW1lIG9mIHJlYWRkaXJTeW5jKERJUikuZmlsdGVyKChmKSA9PiBmLmVuZHNXaXRoKCcuZ29vZC55YW1sJykpKSB7XG4gICAgaXQoYGFjY2VwdHMgJHtuYW1lfWAsICgpID0+IHtcbiAgICAgIGNvbnN0IGZpbGUgPSBqb2luKERJUiwgbmFtZSk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2hlY2soZmlsZSksIHVuZGVmaW5lZCk7XG4gICAgICBjb25zdCBwbGFuID0gcGxhbk1hY2hpbmUobG9hZE1hY2hpbmVDb25maWcoZmlsZSksIGZpbGUpO1xuICAgICAgYXNzZXJ0Lm9rKHBsYW4uZGV2aWNlcy5sZW5ndGggPiAwKTtcbiAgICB9KTtcbiAgfVxuXG4gIGl0KCdyZXNvbHZlcyBkZWZhdWx0cywgZHVyYXRpb25zIGFuZCBkZXZpY2UgcGF0aHMnLCAoKSA9PiB7XG4gICAgY29uc3QgY2ZnID0gbG9hZE1hY2hpbmVDb25maWcoam9pbihESVIsICdwbGFudC5nb29kLnlhbWwnKSk7XG4gICAgY29uc3QgcnR1ID0gY2ZnLmJ1c2VzWzBdITtcbiAgICBhc3NlcnQuZXF1YWwocnR1LnRpbWVvdXQsIDMwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKHJ0dS5ydHU/LmJhdWQsIDk2MDApO1xuICAgIGFzc2VydC5lcXVhbChydHUuZGV2aWNlc1sxXSEuaW50ZXJ2YWwsIDUwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNmZy5idXNlc1sxXSEuZGV2aWNlc1swXSEuaW50ZXJ2YWwsIDEwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNmZy5xdWV1ZS5yZXBsYXlSYXRlLCAyMDApO1xuICAgIGFzc2VydC5lcXVhbChjZmcucXVldWUubWF4Qnl0ZXMsIDY0ICogMTAyNCAqIDEwMjQpO1xuICAgIGNvbnN0IHBsYW4gPSBwbGFuTWFjaGluZShjZmcsICd4Jyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChcbiAgICAgIHBsYW4uZGV2aWNlcy5tYXAoKGQpID0+IGQucGF0aCksXG4gICAgICBbJ21ldGVyMScsICdtZXRlcjInLCAnbWV0ZXIzJywgJ3BsYzEnLCAncGxjMicsICdyZXZwaTEnXS5tYXAoKGQpID0+IGRldmljZVBhdGgoY2ZnLnBhdGgsIGQpKSxcbiAgICApO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZUR1cmF0aW9uKCcxLjVzJyksIDE1MDApO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZUR1cmF0aW9uKCcybScpLCAxMjBfMDAwKTtcbiAgICBhc3NlcnQuZXF1YWwocGFyc2VEdXJhdGlvbignc29vbicpLCB1bmRlZmluZWQpO1xuICB9KTtcblxuICBpdCgna2VlcHMgdGhlIGdlbmVyYXRlZCByZWZlcmVuY2UgaW4gcGFja2FnZXMvZWRnZS9SRUFETUUubWQgdXAgdG8gZGF0ZScsICgpID0+IHtcbiAgICBjb25zdCByZWFkbWUgPSByZWFkRmlsZVN5bmMoUkVBRE1FLCAndXRmOCcpO1xuICAgIGNvbnN0IGZyZXNoID0gcmVhZG1lV2l0aFJlZmVyZW5jZShyZWFkbWUpO1xuICAgIGlmIChVUERBVEUpIHdyaXRlRmlsZVN5bmMoUkVBRE1FLCBmcmVzaCk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlYWRtZSwgZnJlc2gsICdyZWdlbmVyYXRlOiBucHggdHN4IHBhY2thZ2VzL2VkZ2Uvc3JjL2NvbmZpZy1kb2MudHMgLS13cml0ZScpO1xuICB9KTtcbn0pO1xuIiwgIi8qKlxuICogVGhlIG1hY2hpbmUgY29uZmlndXJhdGlvbjogb25lIFlBTUwgZmlsZSAob3IgdGhlIHNhbWUgb2JqZWN0IHB1c2hlZCBhcyBKU09OIG9uIGA8cGF0aD4vY29uZmlnYClcbiAqIHRoYXQgc2F5cyB3aGVyZSB0aGUgYWdlbnQgcHVibGlzaGVzIChicm9rZXIsIGNyZWRlbnRpYWxzLCBUTFMpLCB1bmRlciB3aGljaCBzZW5zb3IgcGF0aCwgd2l0aFxuICogd2hpY2ggY29udGV4dCBsYWJlbHMsIGFuZCB3aGF0IGl0IHJlYWRzOiBNb2RidXMgYnVzZXMgKFJUVSBzZXJpYWwgbGluZXMgYW5kIFRDUCBnYXRld2F5cykgd2l0aFxuICogdGhlaXIgZGV2aWNlcywgSFRUUC9YTUwgZW5kcG9pbnRzLCBPUEMgVUEgc2VydmVycyBhbmQgdGhlIFJldm9sdXRpb24gUGkgcHJvY2VzcyBpbWFnZS4gVGhlIHVzZXJcbiAqIHNoYXBlIGlzIGEgem9kIHNjaGVtYSAodGhlIHJlZmVyZW5jZSBpbiBwYWNrYWdlcy9lZGdlL1JFQURNRS5tZCBpcyBnZW5lcmF0ZWQgZnJvbSBpdCk7IGl0IGlzXG4gKiB2YWxpZGF0ZWQgb25jZSBpbnRvIGEgcmVzb2x2ZWQgc2hhcGUgd2l0aCBkdXJhdGlvbnMgaW4gbWlsbGlzZWNvbmRzLCBkZWZhdWx0cyBmaWxsZWQgaW4gYW5kIGV2ZXJ5XG4gKiBkZXZpY2UncyBvd24gc2Vuc29yIHBhdGggY29tcHV0ZWQuIEEgYmFkIGZpZWxkIGZhaWxzIHdpdGggaXRzIHBhdGgsIHRoZSB2YWx1ZSBmb3VuZCBhbmQgdGhlIGZpeC5cbiAqL1xuaW1wb3J0IHsgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBwYXJzZVNlbnNvclBhdGggfSBmcm9tICdAc2Vuc29ycGF0aC9wcm90b2NvbCc7XG5pbXBvcnQgeyBwYXJzZSBhcyBwYXJzZVlhbWwgfSBmcm9tICd5YW1sJztcbmltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IsIGZvcm1hdFpvZElzc3VlcyB9IGZyb20gJy4vZXJyb3JzLnRzJztcblxuY29uc3QgRFVSQVRJT04gPSAvXihcXGQrKD86XFwuXFxkKyk/KShtc3xzfG18aCk/JC87XG5jb25zdCBVTklUX01TID0geyBtczogMSwgczogMTAwMCwgbTogNjBfMDAwLCBoOiAzXzYwMF8wMDAgfSBhcyBjb25zdDtcblxuLyoqIFBhcnNlcyBgMTAwbXNgLCBgMS41c2AsIGAybWAsIGAxaGAgb3IgYSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzOyB1bmRlZmluZWQgaWYgbWFsZm9ybWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlRHVyYXRpb24odjogdW5rbm93bik6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGlmICh0eXBlb2YgdiA9PT0gJ251bWJlcicpIHJldHVybiBOdW1iZXIuaXNGaW5pdGUodikgJiYgdiA+PSAwID8gdiA6IHVuZGVmaW5lZDtcbiAgaWYgKHR5cGVvZiB2ICE9PSAnc3RyaW5nJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbSA9IERVUkFUSU9OLmV4ZWModi50cmltKCkpO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiBNYXRoLnJvdW5kKE51bWJlcihtWzFdKSAqIFVOSVRfTVNbKG1bMl0gPz8gJ21zJykgYXMga2V5b2YgdHlwZW9mIFVOSVRfTVNdKTtcbn1cblxuZnVuY3Rpb24gZHVyYXRpb24obWluTXM6IG51bWJlciwgZGVzY3JpcHRpb246IHN0cmluZykge1xuICByZXR1cm4gelxuICAgIC51bmlvbihbei5udW1iZXIoKSwgei5zdHJpbmcoKV0pXG4gICAgLmRlc2NyaWJlKGAke2Rlc2NyaXB0aW9ufSBBIGR1cmF0aW9uOiBcXGA1MDBtc1xcYCwgXFxgMXNcXGAsIFxcYDJtXFxgLCBvciBhIG51bWJlciBvZiBtaWxsaXNlY29uZHMuYClcbiAgICAudHJhbnNmb3JtKCh2LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IG1zID0gcGFyc2VEdXJhdGlvbih2KTtcbiAgICAgIGlmIChtcyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBtZXNzYWdlOiAnZXhwZWN0ZWQgYSBkdXJhdGlvbiBzdWNoIGFzIDEwMG1zLCAxcyBvciAybScgfSk7XG4gICAgICAgIHJldHVybiB6Lk5FVkVSO1xuICAgICAgfVxuICAgICAgaWYgKG1zIDwgbWluTXMpIHtcbiAgICAgICAgY3R4LmFkZElzc3VlKHsgY29kZTogJ2N1c3RvbScsIG1lc3NhZ2U6IGBtdXN0IGJlIGF0IGxlYXN0ICR7bWluTXN9bXM7IHVzZSAke21pbk1zfW1zIG9yIG1vcmVgIH0pO1xuICAgICAgICByZXR1cm4gei5ORVZFUjtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtcztcbiAgICB9KTtcbn1cblxuY29uc3QgbGFiZWxOYW1lID0gelxuICAuc3RyaW5nKClcbiAgLnJlZ2V4KC9eW2EtekEtWl9dW2EtekEtWjAtOV9dKiQvLCAnYSBsYWJlbCBuYW1lIGlzIGxldHRlcnMsIGRpZ2l0cyBhbmQgXCJfXCIsIG5vdCBzdGFydGluZyB3aXRoIGEgZGlnaXQnKTtcbmNvbnN0IGxhYmVscyA9IHpcbiAgLnJlY29yZChsYWJlbE5hbWUsIHouc3RyaW5nKCkubWluKDEsICdhIGxhYmVsIHZhbHVlIG11c3Qgbm90IGJlIGVtcHR5JykpXG4gIC5kZXNjcmliZSgnRXh0cmEgbGFiZWxzIG9uIGV2ZXJ5IHNlcmllcywgZS5nLiBge21hY2hpbmU6IHByZXNzM31gLicpO1xuY29uc3QgbWV0cmljTmFtZSA9IHpcbiAgLnN0cmluZygpXG4gIC5yZWdleCgvXlthLXpBLVpfOl1bYS16QS1aMC05XzpdKiQvLCAnYSBtZXRyaWMgbmFtZSBpcyBsZXR0ZXJzLCBkaWdpdHMsIFwiX1wiIGFuZCBcIjpcIicpO1xuY29uc3Qgc2VnbWVudCA9IHpcbiAgLnN0cmluZygpXG4gIC5yZWdleChcbiAgICAvXltBLVphLXowLTldW0EtWmEtejAtOV8uLV17MCw2M30kLyxcbiAgICAnYSBzZW5zb3IgcGF0aCBzZWdtZW50IGlzIDEtNjQgbGV0dGVycywgZGlnaXRzLCBcIl9cIiwgXCIuXCIgb3IgXCItXCIsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXIgb3IgZGlnaXQnLFxuICApO1xuY29uc3Qgc2Vuc29yUGF0aCA9IHpcbiAgLnN0cmluZygpXG4gIC5kZXNjcmliZSgnVGhlIGFnZW50XFwncyBzZW5zb3IgcGF0aCBgZW50ZXJwcmlzZS9zaXRlL2FyZWEvbGluZS9kZXZpY2VgOyB0aGUgZW50ZXJwcmlzZSBpcyB0aGUgdGVuYW50LicpXG4gIC5zdXBlclJlZmluZSgodiwgY3R4KSA9PiB7XG4gICAgdHJ5IHtcbiAgICAgIHBhcnNlU2Vuc29yUGF0aCh2KTtcbiAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBtZXNzYWdlOiAoZXJyIGFzIEVycm9yKS5tZXNzYWdlIH0pO1xuICAgIH1cbiAgfSk7XG5cbmNvbnN0IHRsc1NjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgY2E6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnRmlsZSB3aXRoIHRoZSBDQSBjZXJ0aWZpY2F0ZShzKSAoUEVNKSB0aGF0IHNpZ25lZCB0aGUgYnJva2VyLicpLFxuICAgIGNlcnQ6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnQ2xpZW50IGNlcnRpZmljYXRlIGZpbGUgKFBFTSksIGZvciBtdXR1YWwgVExTLicpLFxuICAgIGtleTogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKCdDbGllbnQga2V5IGZpbGUgKFBFTSksIGZvciBtdXR1YWwgVExTLicpLFxuICAgIHJlamVjdFVuYXV0aG9yaXplZDogelxuICAgICAgLmJvb2xlYW4oKVxuICAgICAgLmRlZmF1bHQodHJ1ZSlcbiAgICAgIC5kZXNjcmliZSgnUmVmdXNlIGJyb2tlcnMgd2hvc2UgY2VydGlmaWNhdGUgZG9lcyBub3QgdmVyaWZ5LiBTZXQgZmFsc2Ugb25seSBmb3IgdGVzdHMuJyksXG4gIH0pXG4gIC5kZXNjcmliZSgnVExTIGZvciBgbXF0dHM6Ly9gIGFuZCBgd3NzOi8vYCBicm9rZXJzLicpO1xuXG5jb25zdCBicm9rZXJTY2hlbWEgPSB6XG4gIC5zdHJpY3RPYmplY3Qoe1xuICAgIHVybDogelxuICAgICAgLnN0cmluZygpXG4gICAgICAucmVnZXgoL14obXF0dHxtcXR0c3x3c3x3c3N8dGNwfHNzbCk6XFwvXFwvW15cXHNdKyQvLCAnZXhwZWN0ZWQgbXF0dDovL0hPU1Q6UE9SVCBvciBtcXR0czovL0hPU1Q6UE9SVCcpXG4gICAgICAuZGVzY3JpYmUoJ0Jyb2tlciBVUkwsIGUuZy4gYG1xdHQ6Ly8xMjcuMC4wLjE6MTg4M2Agb3IgYG1xdHRzOi8vYnJva2VyLmV4YW1wbGU6ODg4M2AuJyksXG4gICAgdXNlcm5hbWU6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnTVFUVCB1c2VybmFtZS4nKSxcbiAgICBwYXNzd29yZDogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKCdNUVRUIHBhc3N3b3JkIG9yIEFQSSB0b2tlbi4nKSxcbiAgICBwYXNzd29yZEZpbGU6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnRmlsZSBob2xkaW5nIHRoZSBwYXNzd29yZCAod2lucyBvdmVyIGBwYXNzd29yZGApLicpLFxuICAgIGNsaWVudElkOiB6LnN0cmluZygpLm9wdGlvbmFsKCkuZGVzY3JpYmUoJ01RVFQgY2xpZW50IGlkOyBkZWZhdWx0OiBkZXJpdmVkIGZyb20gdGhlIHNlbnNvciBwYXRoLicpLFxuICAgIHRsczogdGxzU2NoZW1hLm9wdGlvbmFsKCksXG4gIH0pXG4gIC5kZXNjcmliZSgnV2hlcmUgdGhlIGFnZW50IHB1Ymxpc2hlcy4nKTtcblxuY29uc3QgcXVldWVTY2hlbWEgPSB6XG4gIC5zdHJpY3RPYmplY3Qoe1xuICAgIGRpcjogelxuICAgICAgLnN0cmluZygpXG4gICAgICAub3B0aW9uYWwoKVxuICAgICAgLmRlc2NyaWJlKCdEaXJlY3Rvcnkgb2YgdGhlIHN0b3JlLWFuZC1mb3J3YXJkIHF1ZXVlOyBkZWZhdWx0IGA8ZGF0YURpcj4vcXVldWVgIChgLS1xdWV1ZS1kaXJgIHdpbnMpLicpLFxuICAgIG1heEJ5dGVzOiB6XG4gICAgICAubnVtYmVyKClcbiAgICAgIC5pbnQoKVxuICAgICAgLm1pbigxIDw8IDE2LCAnbXVzdCBiZSBhdCBsZWFzdCA2NTUzNiBieXRlcycpXG4gICAgICAuZGVmYXVsdCgyNTYgKiAxMDI0ICogMTAyNClcbiAgICAgIC5kZXNjcmliZSgnVXBwZXIgYm91bmQgb2YgdGhlIHF1ZXVlIG9uIGRpc2s7IGJleW9uZCBpdCB0aGUgb2xkZXN0IHNlZ21lbnQgaXMgZHJvcHBlZC4nKSxcbiAgICBzZWdtZW50Qnl0ZXM6IHpcbiAgICAgIC5udW1iZXIoKVxuICAgICAgLmludCgpXG4gICAgICAubWluKDQwOTYsICdtdXN0IGJlIGF0IGxlYXN0IDQwOTYgYnl0ZXMnKVxuICAgICAgLmRlZmF1bHQoNCAqIDEwMjQgKiAxMDI0KVxuICAgICAgLmRlc2NyaWJlKCdTaXplIGF0IHdoaWNoIGEgc2VnbWVudCBmaWxlIGlzIGNsb3NlZCBhbmQgYSBuZXcgb25lIHN0YXJ0ZWQuJyksXG4gICAgZnN5bmM6IHpcbiAgICAgIC5lbnVtKFsnYWx3YXlzJywgJ2ludGVydmFsJywgJ25ldmVyJ10pXG4gICAgICAuZGVmYXVsdCgnaW50ZXJ2YWwnKVxuICAgICAgLmRlc2NyaWJlKCdXaGVuIGFwcGVuZGVkIG1lc3NhZ2VzIGFyZSBmc3luY2VkOiBldmVyeSBtZXNzYWdlLCBvbmNlIHBlciBzZWNvbmQsIG9yIG5ldmVyLicpLFxuICAgIHJlcGxheVJhdGU6IHpcbiAgICAgIC5udW1iZXIoKVxuICAgICAgLm1pbigxKVxuICAgICAgLmRlZmF1bHQoMjAwKVxuICAgICAgLmRlc2NyaWJlKCdNZXNzYWdlcyBwZXIgc2Vjb25kIHNlbnQgZnJvbSB0aGUgcXVldWUgYWZ0ZXIgYSByZWNvbm5lY3QgKGFuZCBhdCBtb3N0IGluIGdlbmVyYWwpLicpLFxuICB9KVxuICAuZGVzY3JpYmUoJ1N0b3JlLWFuZC1mb3J3YXJkIHF1ZXVlIChmb3JtYXQ6IGRvY3MvZm9ybWF0L2VkZ2UtcXVldWUubWQpLicpO1xuXG5jb25zdCBydHVTY2hlbWEgPSB6XG4gIC5zdHJpY3RPYmplY3Qoe1xuICAgIHBvcnQ6IHouc3RyaW5nKCkubWluKDEpLmRlc2NyaWJlKCdTZXJpYWwgZGV2aWNlLCBlLmcuIGAvZGV2L3R0eVVTQjBgIG9yIGAvZGV2L3R0eUFNQTBgLicpLFxuICAgIGJhdWQ6IHpcbiAgICAgIC51bmlvbihbXG4gICAgICAgIHoubGl0ZXJhbCgxMjAwKSxcbiAgICAgICAgei5saXRlcmFsKDI0MDApLFxuICAgICAgICB6LmxpdGVyYWwoNDgwMCksXG4gICAgICAgIHoubGl0ZXJhbCg5NjAwKSxcbiAgICAgICAgei5saXRlcmFsKDE5MjAwKSxcbiAgICAgICAgei5saXRlcmFsKDM4NDAwKSxcbiAgICAgICAgei5saXRlcmFsKDU3NjAwKSxcbiAgICAgICAgei5saXRlcmFsKDExNTIwMCksXG4gICAgICBdLCB7IGVycm9yOiAnZXhwZWN0ZWQgb25lIG9mIDEyMDAsIDI0MDAsIDQ4MDAsIDk2MDAsIDE5MjAwLCAzODQwMCwgNTc2MDAsIDExNTIwMCcgfSlcbiAgICAgIC5kZWZhdWx0KDk2MDApXG4gICAgICAuZGVzY3JpYmUoJ0JhdWQgcmF0ZTogMTIwMCwgMjQwMCwgNDgwMCwgOTYwMCwgMTkyMDAsIDM4NDAwLCA1NzYwMCBvciAxMTUyMDAuJyksXG4gICAgcGFyaXR5OiB6LmVudW0oWydub25lJywgJ2V2ZW4nLCAnb2RkJ10pLmRlZmF1bHQoJ25vbmUnKS5kZXNjcmliZSgnUGFyaXR5LicpLFxuICAgIHN0b3BCaXRzOiB6LnVuaW9uKFt6LmxpdGVyYWwoMSksIHoubGl0ZXJhbCgyKV0sIHsgZXJyb3I6ICdleHBlY3RlZCAxIG9yIDInIH0pLmRlZmF1bHQoMSkuZGVzY3JpYmUoJ1N0b3AgYml0czogMSBvciAyLicpLFxuICAgIGRhdGFCaXRzOiB6LnVuaW9uKFt6LmxpdGVyYWwoNyksIHoubGl0ZXJhbCg4KV0sIHsgZXJyb3I6ICdleHBlY3RlZCA3IG9yIDgnIH0pLmRlZmF1bHQoOCkuZGVzY3JpYmUoJ0RhdGEgYml0czogOCAoTW9kYnVzIFJUVSkgb3IgNy4nKSxcbiAgfSlcbiAgLmRlc2NyaWJlKCdBIE1vZGJ1cyBSVFUgc2VyaWFsIGxpbmUgKFJTLTQ4NSkuIE9uZSByZXF1ZXN0IGlzIG9uIHRoZSB3aXJlIGF0IGEgdGltZS4nKTtcblxuY29uc3QgdGNwU2NoZW1hID0gelxuICAuc3RyaWN0T2JqZWN0KHtcbiAgICBob3N0OiB6LnN0cmluZygpLm1pbigxKS5kZXNjcmliZSgnSG9zdCBuYW1lIG9yIGFkZHJlc3Mgb2YgdGhlIG1ldGVyIG9yIGdhdGV3YXkuJyksXG4gICAgcG9ydDogei5udW1iZXIoKS5pbnQoKS5taW4oMSkubWF4KDY1NTM1KS5kZWZhdWx0KDUwMikuZGVzY3JpYmUoJ1RDUCBwb3J0LicpLFxuICB9KVxuICAuZGVzY3JpYmUoJ0EgTW9kYnVzIFRDUCBjb25uZWN0aW9uIHRvIGEgbWV0ZXIgb3IgYW4gUlRVIGdhdGV3YXk7IHJlLW9wZW5lZCB3aXRoIGJhY2tvZmYgd2hlbiBpdCBkcm9wcy4nKTtcblxuY29uc3QgbW9kYnVzRGV2aWNlU2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICBkZXZpY2U6IHNlZ21lbnQuZGVzY3JpYmUoXCJUaGUgZGV2aWNlJ3Mgb3duIHNlbnNvciBwYXRoIHNlZ21lbnQgKHJlcGxhY2VzIHRoZSBhZ2VudCBwYXRoJ3MgbGFzdCBvbmUpLlwiKSxcbiAgcHJvZmlsZTogei5zdHJpbmcoKS5taW4oMSkuZGVzY3JpYmUoJ0RldmljZSBwcm9maWxlOiBhIGJ1aWx0LWluIG5hbWUgKGBzZG02MzBgLCBcdTIwMjYpIG9yIGEgYC55YW1sYCBmaWxlIHBhdGguJyksXG4gIHVuaXQ6IHoubnVtYmVyKCkuaW50KCkubWluKDApLm1heCgyNDcpLmRlZmF1bHQoMSkuZGVzY3JpYmUoJ01vZGJ1cyB1bml0IChzbGF2ZSkgaWQsIDEtMjQ3ICgwIG9uIFRDUCBvbmx5KS4nKSxcbiAgaW50ZXJ2YWw6IGR1cmF0aW9uKDEwMCwgJ1BvbGwgaW50ZXJ2YWwsIDEwMG1zIG9yIG1vcmUuJykuZGVmYXVsdCgxMDAwKSxcbiAgdGltZW91dDogZHVyYXRpb24oMTAsICdQZXItcmVxdWVzdCB0aW1lb3V0OyBkZWZhdWx0OiB0aGUgYnVzIHRpbWVvdXQuJykub3B0aW9uYWwoKSxcbiAgbGFiZWxzOiBsYWJlbHMub3B0aW9uYWwoKSxcbn0pO1xuXG5jb25zdCBidXNTY2hlbWEgPSB6XG4gIC5zdHJpY3RPYmplY3Qoe1xuICAgIG5hbWU6IHNlZ21lbnQuZGVzY3JpYmUoJ05hbWUgb2YgdGhlIGJ1cyBpbiBsb2dzIGFuZCBzZWxmLW1ldHJpY3MuJyksXG4gICAgcnR1OiBydHVTY2hlbWEub3B0aW9uYWwoKSxcbiAgICB0Y3A6IHRjcFNjaGVtYS5vcHRpb25hbCgpLFxuICAgIHRpbWVvdXQ6IGR1cmF0aW9uKDEwLCAnRGVmYXVsdCBwZXItcmVxdWVzdCB0aW1lb3V0IG9mIGl0cyBkZXZpY2VzLicpLmRlZmF1bHQoNTAwKSxcbiAgICByZXRyaWVzOiB6XG4gICAgICAubnVtYmVyKClcbiAgICAgIC5pbnQoKVxuICAgICAgLm1pbigwKVxuICAgICAgLm1heCg1KVxuICAgICAgLmRlZmF1bHQoMSlcbiAgICAgIC5kZXNjcmliZSgnUmV0cmllcyBvZiBhIGZhaWxlZCByZXF1ZXN0IHdoaWxlIHRoZSBkZXZpY2UgaXMgdXAgKG5vbmUgd2hpbGUgaXQgaXMgZG93bikuJyksXG4gICAgbWF4QmFja29mZjogZHVyYXRpb24oMTAwLCAnTG9uZ2VzdCBwYXVzZSBiZXR3ZWVuIHBvbGxzIG9mIGEgZGV2aWNlIHRoYXQgZG9lcyBub3QgYW5zd2VyLicpLmRlZmF1bHQoXG4gICAgICAzMF8wMDAsXG4gICAgKSxcbiAgICBkZXZpY2VzOiB6LmFycmF5KG1vZGJ1c0RldmljZVNjaGVtYSkubWluKDEsICdhIGJ1cyBuZWVkcyBhdCBsZWFzdCBvbmUgZGV2aWNlJykuZGVzY3JpYmUoJ0RldmljZXMgb24gdGhlIGJ1cy4nKSxcbiAgfSlcbiAgLnN1cGVyUmVmaW5lKChiLCBjdHgpID0+IHtcbiAgICBpZiAoISFiLnJ0dSA9PT0gISFiLnRjcClcbiAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBtZXNzYWdlOiAnZ2l2ZSBleGFjdGx5IG9uZSBvZiBydHU6IHtwb3J0LCBiYXVkLCBcdTIwMjZ9IG9yIHRjcDoge2hvc3QsIHBvcnR9JyB9KTtcbiAgfSk7XG5cbmNvbnN0IHhtbE1ldHJpY1NjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgbmFtZTogbWV0cmljTmFtZS5kZXNjcmliZSgnTWV0cmljIG5hbWUsIGUuZy4gYHBsY190ZW1wZXJhdHVyZV9jZWxzaXVzYC4nKSxcbiAgdHlwZTogei5lbnVtKFsnZ2F1Z2UnLCAnY291bnRlciddKS5kZWZhdWx0KCdnYXVnZScpLmRlc2NyaWJlKCdNZXRyaWMgdHlwZS4nKSxcbiAgdW5pdDogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKCdPcGVuTWV0cmljcyB1bml0OyB0aGUgbmFtZSBtdXN0IGVuZCBpbiBgXzx1bml0PmAuJyksXG4gIGhlbHA6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnSGVscCB0ZXh0LicpLFxuICBwYXRoOiB6LnN0cmluZygpLm1pbigxKS5kZXNjcmliZSgnWFBhdGgtbGlrZSBsb2NhdGlvbjogYC9hL2JbQG5hbWU9XCJ4XCJdL3ZhbHVlYCwgYC8vaXRlbS9AdmAsIGAvYS9iWzJdYC4nKSxcbiAgc2NhbGU6IHoubnVtYmVyKCkuZGVmYXVsdCgxKS5kZXNjcmliZSgnTXVsdGlwbGllciBhcHBsaWVkIHRvIHRoZSB2YWx1ZS4nKSxcbiAgbGFiZWxzOiBsYWJlbHMub3B0aW9uYWwoKSxcbn0pO1xuXG5jb25zdCBodHRwU2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICBkZXZpY2U6IHNlZ21lbnQuZGVzY3JpYmUoXCJUaGUgZGV2aWNlJ3Mgb3duIHNlbnNvciBwYXRoIHNlZ21lbnQuXCIpLFxuICB1cmw6IHouc3RyaW5nKCkucmVnZXgoL15odHRwcz86XFwvXFwvLywgJ2V4cGVjdGVkIGFuIGh0dHA6Ly8gb3IgaHR0cHM6Ly8gVVJMJykuZGVzY3JpYmUoJ1VSTCBvZiB0aGUgWE1MIGRvY3VtZW50LicpLFxuICBtZXRob2Q6IHouZW51bShbJ0dFVCcsICdQT1NUJ10pLmRlZmF1bHQoJ0dFVCcpLmRlc2NyaWJlKCdIVFRQIG1ldGhvZC4nKSxcbiAgYm9keTogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKCdSZXF1ZXN0IGJvZHkgZm9yIFBPU1QuJyksXG4gIHVzZXJuYW1lOiB6LnN0cmluZygpLm9wdGlvbmFsKCkuZGVzY3JpYmUoJ0Jhc2ljIGF1dGggdXNlci4nKSxcbiAgcGFzc3dvcmQ6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnQmFzaWMgYXV0aCBwYXNzd29yZC4nKSxcbiAgaW50ZXJ2YWw6IGR1cmF0aW9uKDEwMCwgJ1BvbGwgaW50ZXJ2YWwsIDEwMG1zIG9yIG1vcmUuJykuZGVmYXVsdCgxMDAwKSxcbiAgdGltZW91dDogZHVyYXRpb24oMTAsICdSZXF1ZXN0IHRpbWVvdXQuJykuZGVmYXVsdCgyMDAwKSxcbiAgbGFiZWxzOiBsYWJlbHMub3B0aW9uYWwoKSxcbiAgbWV0cmljczogei5hcnJheSh4bWxNZXRyaWNTY2hlbWEpLm1pbigxLCAnbWFwIGF0IGxlYXN0IG9uZSB2YWx1ZScpLmRlc2NyaWJlKCdWYWx1ZXMgdG8gZXh0cmFjdC4nKSxcbn0pO1xuXG5jb25zdCBvcGN1YU5vZGVTY2hlbWEgPSB6LnN0cmljdE9iamVjdCh7XG4gIG5vZGVJZDogei5zdHJpbmcoKS5taW4oMSkuZGVzY3JpYmUoJ09QQyBVQSBub2RlIGlkLCBlLmcuIGBucz0xO3M9VGVtcGVyYXR1cmVgLicpLFxuICBuYW1lOiBtZXRyaWNOYW1lLmRlc2NyaWJlKCdNZXRyaWMgbmFtZS4nKSxcbiAgdHlwZTogei5lbnVtKFsnZ2F1Z2UnLCAnY291bnRlciddKS5kZWZhdWx0KCdnYXVnZScpLmRlc2NyaWJlKCdNZXRyaWMgdHlwZS4nKSxcbiAgdW5pdDogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKCdPcGVuTWV0cmljcyB1bml0OyB0aGUgbmFtZSBtdXN0IGVuZCBpbiBgXzx1bml0PmAuJyksXG4gIGhlbHA6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnSGVscCB0ZXh0LicpLFxuICBzY2FsZTogei5udW1iZXIoKS5kZWZhdWx0KDEpLmRlc2NyaWJlKCdNdWx0aXBsaWVyIGFwcGxpZWQgdG8gdGhlIHZhbHVlLicpLFxuICBsYWJlbHM6IGxhYmVscy5vcHRpb25hbCgpLFxufSk7XG5cbmNvbnN0IG9wY3VhU2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICBkZXZpY2U6IHNlZ21lbnQuZGVzY3JpYmUoXCJUaGUgZGV2aWNlJ3Mgb3duIHNlbnNvciBwYXRoIHNlZ21lbnQuXCIpLFxuICBlbmRwb2ludDogelxuICAgIC5zdHJpbmcoKVxuICAgIC5yZWdleCgvXm9wY1xcLnRjcDpcXC9cXC8vLCAnZXhwZWN0ZWQgb3BjLnRjcDovL0hPU1Q6UE9SVC9QQVRIJylcbiAgICAuZGVzY3JpYmUoJ0VuZHBvaW50IFVSTCwgZS5nLiBgb3BjLnRjcDovL3BsYzo0ODQwYC4nKSxcbiAgaW50ZXJ2YWw6IGR1cmF0aW9uKDEwMCwgJ1B1Ymxpc2ggaW50ZXJ2YWwgKHZhbHVlcyBjb21lIGZyb20gbW9uaXRvcmVkIGl0ZW1zKS4nKS5kZWZhdWx0KDEwMDApLFxuICBzYW1wbGluZ0ludGVydmFsOiBkdXJhdGlvbigwLCAnU2VydmVyLXNpZGUgc2FtcGxpbmcgaW50ZXJ2YWwgb2YgdGhlIG1vbml0b3JlZCBpdGVtcy4nKS5kZWZhdWx0KDEwMCksXG4gIGxhYmVsczogbGFiZWxzLm9wdGlvbmFsKCksXG4gIG5vZGVzOiB6LmFycmF5KG9wY3VhTm9kZVNjaGVtYSkubWluKDEsICdtb25pdG9yIGF0IGxlYXN0IG9uZSBub2RlJykuZGVzY3JpYmUoJ01vbml0b3JlZCBpdGVtcy4nKSxcbn0pO1xuXG5jb25zdCByZXZwaVZhbHVlU2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICB2YXJpYWJsZTogei5zdHJpbmcoKS5taW4oMSkuZGVzY3JpYmUoJ1BpQ3RvcnkgdmFyaWFibGUgbmFtZSwgZS5nLiBgSW5wdXRWYWx1ZV8xYC4nKSxcbiAgbmFtZTogbWV0cmljTmFtZS5kZXNjcmliZSgnTWV0cmljIG5hbWUuJyksXG4gIHR5cGU6IHouZW51bShbJ2dhdWdlJywgJ2NvdW50ZXInXSkuZGVmYXVsdCgnZ2F1Z2UnKS5kZXNjcmliZSgnTWV0cmljIHR5cGUuJyksXG4gIHVuaXQ6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZSgnT3Blbk1ldHJpY3MgdW5pdDsgdGhlIG5hbWUgbXVzdCBlbmQgaW4gYF88dW5pdD5gLicpLFxuICBoZWxwOiB6LnN0cmluZygpLm9wdGlvbmFsKCkuZGVzY3JpYmUoJ0hlbHAgdGV4dC4nKSxcbiAgc2lnbmVkOiB6LmJvb2xlYW4oKS5kZWZhdWx0KGZhbHNlKS5kZXNjcmliZSgnUmVhZCAxNi8zMi1iaXQgdmFsdWVzIGFzIHNpZ25lZC4nKSxcbiAgc2NhbGU6IHoubnVtYmVyKCkuZGVmYXVsdCgxKS5kZXNjcmliZSgnTXVsdGlwbGllciBhcHBsaWVkIHRvIHRoZSB2YWx1ZS4nKSxcbiAgbGFiZWxzOiBsYWJlbHMub3B0aW9uYWwoKSxcbn0pO1xuXG5jb25zdCByZXZwaVNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgZGV2aWNlOiBzZWdtZW50LmRlc2NyaWJlKFwiVGhlIGRldmljZSdzIG93biBzZW5zb3IgcGF0aCBzZWdtZW50LlwiKSxcbiAgY29uZmlnOiB6XG4gICAgLnN0cmluZygpXG4gICAgLmRlZmF1bHQoJy9ldGMvcmV2cGkvY29uZmlnLnJzYycpXG4gICAgLmRlc2NyaWJlKCdQaUN0b3J5IGNvbmZpZ3VyYXRpb24gKEpTT04pIGdpdmluZyBlYWNoIHZhcmlhYmxlIGl0cyBvZmZzZXQuJyksXG4gIGltYWdlOiB6LnN0cmluZygpLmRlZmF1bHQoJy9kZXYvcGlDb250cm9sMCcpLmRlc2NyaWJlKCdUaGUgcHJvY2VzcyBpbWFnZSAoZGV2aWNlIG9yIGZpbGUpLicpLFxuICBpbnRlcnZhbDogZHVyYXRpb24oMTAwLCAnUG9sbCBpbnRlcnZhbCwgMTAwbXMgb3IgbW9yZS4nKS5kZWZhdWx0KDEwMDApLFxuICBsYWJlbHM6IGxhYmVscy5vcHRpb25hbCgpLFxuICB2YWx1ZXM6IHouYXJyYXkocmV2cGlWYWx1ZVNjaGVtYSkubWluKDEsICdyZWFkIGF0IGxlYXN0IG9uZSB2YXJpYWJsZScpLmRlc2NyaWJlKCdWYXJpYWJsZXMgdG8gcmVhZC4nKSxcbn0pO1xuXG5leHBvcnQgY29uc3QgbWFjaGluZUNvbmZpZ1NjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgcGF0aDogc2Vuc29yUGF0aCxcbiAgICBicm9rZXI6IGJyb2tlclNjaGVtYSxcbiAgICBsYWJlbHM6IGxhYmVscy5vcHRpb25hbCgpLFxuICAgIGRhdGFEaXI6IHouc3RyaW5nKCkuZGVmYXVsdCgnL3Zhci9saWIvc2Vuc29ycGF0aC1lZGdlJykuZGVzY3JpYmUoJ0RhdGEgZGlyZWN0b3J5IG9mIHRoZSBhZ2VudC4nKSxcbiAgICBxdWV1ZTogcXVldWVTY2hlbWEub3B0aW9uYWwoKSxcbiAgICBidXNlczogei5hcnJheShidXNTY2hlbWEpLmRlZmF1bHQoW10pLmRlc2NyaWJlKCdNb2RidXMgYnVzZXMgKFJUVSBsaW5lcywgVENQIGNvbm5lY3Rpb25zKSBhbmQgdGhlaXIgZGV2aWNlcy4nKSxcbiAgICBodHRwOiB6LmFycmF5KGh0dHBTY2hlbWEpLmRlZmF1bHQoW10pLmRlc2NyaWJlKCdIVFRQL1hNTCBpbnB1dHMgKFBMQyB2YWx1ZXMgYXMgWE1MIGRvY3VtZW50cykuJyksXG4gICAgb3BjdWE6IHouYXJyYXkob3BjdWFTY2hlbWEpLmRlZmF1bHQoW10pLmRlc2NyaWJlKCdPUEMgVUEgaW5wdXRzIChtb25pdG9yZWQgaXRlbXMpLicpLFxuICAgIHJldnBpOiB6LmFycmF5KHJldnBpU2NoZW1hKS5kZWZhdWx0KFtdKS5kZXNjcmliZSgnUmV2b2x1dGlvbiBQaSBwcm9jZXNzIGltYWdlIGlucHV0cy4nKSxcbiAgfSlcbiAgLnN1cGVyUmVmaW5lKChjLCBjdHgpID0+IHtcbiAgICBjb25zdCBzZWVuID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgICBjb25zdCBjaGVjayA9IChkZXZpY2U6IHN0cmluZywgd2hlcmU6IChzdHJpbmcgfCBudW1iZXIpW10pID0+IHtcbiAgICAgIGNvbnN0IHByZXYgPSBzZWVuLmdldChkZXZpY2UpO1xuICAgICAgaWYgKHByZXYpXG4gICAgICAgIGN0eC5hZGRJc3N1ZSh7XG4gICAgICAgICAgY29kZTogJ2N1c3RvbScsXG4gICAgICAgICAgcGF0aDogd2hlcmUsXG4gICAgICAgICAgbWVzc2FnZTogYGRldmljZSBcIiR7ZGV2aWNlfVwiIGlzIGFscmVhZHkgdXNlZCBhdCAke3ByZXZ9OyBnaXZlIGVhY2ggZGV2aWNlIGl0cyBvd24gbmFtZWAsXG4gICAgICAgIH0pO1xuICAgICAgZWxzZSBzZWVuLnNldChkZXZpY2UsIHdoZXJlLmpvaW4oJy4nKSk7XG4gICAgfTtcbiAgICBjLmJ1c2VzLmZvckVhY2goKGIsIGkpID0+IHtcbiAgICAgIGIuZGV2aWNlcy5mb3JFYWNoKChkLCBqKSA9PiB7XG4gICAgICAgIGNoZWNrKGQuZGV2aWNlLCBbJ2J1c2VzJywgaSwgJ2RldmljZXMnLCBqLCAnZGV2aWNlJ10pO1xuICAgICAgfSk7XG4gICAgfSk7XG4gICAgZm9yIChjb25zdCBraW5kIG9mIFsnaHR0cCcsICdvcGN1YScsICdyZXZwaSddIGFzIGNvbnN0KVxuICAgICAgY1traW5kXS5mb3JFYWNoKChkLCBpKSA9PiB7XG4gICAgICAgIGNoZWNrKGQuZGV2aWNlLCBba2luZCwgaSwgJ2RldmljZSddKTtcbiAgICAgIH0pO1xuICAgIGlmIChzZWVuLnNpemUgPT09IDApXG4gICAgICBjdHguYWRkSXNzdWUoe1xuICAgICAgICBjb2RlOiAnY3VzdG9tJyxcbiAgICAgICAgcGF0aDogWydidXNlcyddLFxuICAgICAgICBtZXNzYWdlOiAnbm8gZGV2aWNlczogYWRkIGEgYnVzIHdpdGggZGV2aWNlcyAob3IgYW4gaHR0cCwgb3BjdWEgb3IgcmV2cGkgaW5wdXQpJyxcbiAgICAgIH0pO1xuICB9KTtcblxuZXhwb3J0IHR5cGUgTWFjaGluZUNvbmZpZ0lucHV0ID0gei5pbnB1dDx0eXBlb2YgbWFjaGluZUNvbmZpZ1NjaGVtYT47XG50eXBlIFBhcnNlZCA9IHoub3V0cHV0PHR5cGVvZiBtYWNoaW5lQ29uZmlnU2NoZW1hPjtcbmV4cG9ydCB0eXBlIEJ1c0NvbmZpZyA9IFBhcnNlZFsnYnVzZXMnXVtudW1iZXJdO1xuZXhwb3J0IHR5cGUgTW9kYnVzRGV2aWNlQ29uZmlnID0gQnVzQ29uZmlnWydkZXZpY2VzJ11bbnVtYmVyXTtcbmV4cG9ydCB0eXBlIEh0dHBJbnB1dENvbmZpZyA9IFBhcnNlZFsnaHR0cCddW251bWJlcl07XG5leHBvcnQgdHlwZSBPcGN1YUlucHV0Q29uZmlnID0gUGFyc2VkWydvcGN1YSddW251bWJlcl07XG5leHBvcnQgdHlwZSBSZXZwaUlucHV0Q29uZmlnID0gUGFyc2VkWydyZXZwaSddW251bWJlcl07XG5cbi8qKiBUaGUgcmVzb2x2ZWQgbWFjaGluZSBjb25maWd1cmF0aW9uLiAqL1xuZXhwb3J0IGludGVyZmFjZSBNYWNoaW5lQ29uZmlnIGV4dGVuZHMgT21pdDxQYXJzZWQsICdxdWV1ZSc+IHtcbiAgcXVldWU6IHoub3V0cHV0PHR5cGVvZiBxdWV1ZVNjaGVtYT47XG59XG5cbi8qKiBWYWxpZGF0ZXMgYSBwYXJzZWQgZG9jdW1lbnQ7IGBzb3VyY2VgIG5hbWVzIGl0IGluIGVycm9ycyAoZmlsZSBuYW1lIG9yIGBjb25maWcgcmV2aXNpb24gTmApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVNYWNoaW5lQ29uZmlnKGRvYzogdW5rbm93biwgc291cmNlOiBzdHJpbmcpOiBNYWNoaW5lQ29uZmlnIHtcbiAgY29uc3QgciA9IG1hY2hpbmVDb25maWdTY2hlbWEuc2FmZVBhcnNlKGRvYyk7XG4gIGlmICghci5zdWNjZXNzKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgJ0NPTkZJR19JTlZBTElEJyxcbiAgICAgIGBtYWNoaW5lIGNvbmZpZ3VyYXRpb24gJHtzb3VyY2V9IGlzIGludmFsaWQ6XFxuJHtmb3JtYXRab2RJc3N1ZXMoci5lcnJvci5pc3N1ZXMsIGRvYyl9YCxcbiAgICAgIHsgY29udGV4dDogeyBpc3N1ZXM6IHIuZXJyb3IuaXNzdWVzLm1hcCgoaSkgPT4gKHsgcGF0aDogaS5wYXRoLm1hcChTdHJpbmcpLmpvaW4oJy4nKSwgbWVzc2FnZTogaS5tZXNzYWdlIH0pKSB9IH0sXG4gICAgKTtcbiAgfVxuICBjb25zdCBjID0gci5kYXRhO1xuICBjb25zdCBxdWV1ZSA9IGMucXVldWUgPz8gcXVldWVTY2hlbWEucGFyc2Uoe30pO1xuICBpZiAoYy5icm9rZXIucGFzc3dvcmRGaWxlKSB7XG4gICAgdHJ5IHtcbiAgICAgIGMuYnJva2VyLnBhc3N3b3JkID0gcmVhZEZpbGVTeW5jKGMuYnJva2VyLnBhc3N3b3JkRmlsZSwgJ3V0ZjgnKS50cmltKCk7XG4gICAgfSBjYXRjaCB7XG4gICAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICAgICdDT05GSUdfSU5WQUxJRCcsXG4gICAgICAgIGBtYWNoaW5lIGNvbmZpZ3VyYXRpb24gJHtzb3VyY2V9IGlzIGludmFsaWQ6XFxuICAtIGJyb2tlci5wYXNzd29yZEZpbGU6IGNhbm5vdCBiZSByZWFkIChmb3VuZDogJHtKU09OLnN0cmluZ2lmeShjLmJyb2tlci5wYXNzd29yZEZpbGUpfSk7IGdpdmUgYSByZWFkYWJsZSBmaWxlYCxcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IC4uLmMsIHF1ZXVlIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGEgWUFNTCBtYWNoaW5lIGNvbmZpZ3VyYXRpb24gZmlsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2FkTWFjaGluZUNvbmZpZyhmaWxlOiBzdHJpbmcpOiBNYWNoaW5lQ29uZmlnIHtcbiAgbGV0IHRleHQ6IHN0cmluZztcbiAgdHJ5IHtcbiAgICB0ZXh0ID0gcmVhZEZpbGVTeW5jKGZpbGUsICd1dGY4Jyk7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignQ09ORklHX0lOVkFMSUQnLCBgbWFjaGluZSBjb25maWd1cmF0aW9uICR7ZmlsZX0gY2Fubm90IGJlIHJlYWQ6ICR7KGVyciBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgfVxuICBsZXQgZG9jOiB1bmtub3duO1xuICB0cnkge1xuICAgIGRvYyA9IHBhcnNlWWFtbCh0ZXh0KTtcbiAgfSBjYXRjaCAoZXJyKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgJ0NPTkZJR19JTlZBTElEJyxcbiAgICAgIGBtYWNoaW5lIGNvbmZpZ3VyYXRpb24gJHtmaWxlfSBpcyBub3QgdmFsaWQgWUFNTDogJHsoZXJyIGFzIEVycm9yKS5tZXNzYWdlLnNwbGl0KCdcXG4nKVswXX1gLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHJlc29sdmVNYWNoaW5lQ29uZmlnKGRvYywgZmlsZSk7XG59XG5cbi8qKiBUaGUgc2Vuc29yIHBhdGggb2Ygb25lIGRldmljZTogdGhlIGFnZW50J3MgcGF0aCB3aXRoIHRoZSBsYXN0IHNlZ21lbnQgcmVwbGFjZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZGV2aWNlUGF0aChhZ2VudFBhdGg6IHN0cmluZywgZGV2aWNlOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBwYXJ0cyA9IGFnZW50UGF0aC5zcGxpdCgnLycpO1xuICBwYXJ0c1twYXJ0cy5sZW5ndGggLSAxXSA9IGRldmljZTtcbiAgcmV0dXJuIHBhcnRzLmpvaW4oJy8nKTtcbn1cbiIsICIvKipcbiAqIEdlbmVyYXRlcyB0aGUgbWFjaGluZS1jb25maWd1cmF0aW9uIHJlZmVyZW5jZSAoTWFya2Rvd24pIGZyb20gdGhlIHpvZCBzY2hlbWEsIHNvIHRoZSBkb2N1bWVudGVkXG4gKiBmaWVsZHMsIHR5cGVzLCBkZWZhdWx0cyBhbmQgZGVzY3JpcHRpb25zIGNhbm5vdCBkcmlmdCBmcm9tIHdoYXQgdGhlIGFnZW50IGFjY2VwdHMuIFRoZSBnZW5lcmF0ZWRcbiAqIGJsb2NrIGluIHBhY2thZ2VzL2VkZ2UvUkVBRE1FLm1kIHNpdHMgYmV0d2VlbiBgPCEtLSBjb25maWctcmVmZXJlbmNlOnN0YXJ0IC0tPmAgYW5kIGA6ZW5kYDtcbiAqIGEgdGVzdCBmYWlscyB3aGVuIGl0IGlzIG91dCBvZiBkYXRlIChyZWdlbmVyYXRlIHdpdGhcbiAqIGBucHggdHN4IHBhY2thZ2VzL2VkZ2Uvc3JjL2NvbmZpZy1kb2MudHMgLS13cml0ZWApLlxuICovXG5pbXBvcnQgeyByZWFkRmlsZVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGZpbGVVUkxUb1BhdGggfSBmcm9tICdub2RlOnVybCc7XG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IG1hY2hpbmVDb25maWdTY2hlbWEgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmludGVyZmFjZSBKc29uU2NoZW1hIHtcbiAgdHlwZT86IHN0cmluZyB8IHN0cmluZ1tdO1xuICBkZXNjcmlwdGlvbj86IHN0cmluZztcbiAgZGVmYXVsdD86IHVua25vd247XG4gIGVudW0/OiB1bmtub3duW107XG4gIGNvbnN0PzogdW5rbm93bjtcbiAgcHJvcGVydGllcz86IFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+O1xuICByZXF1aXJlZD86IHN0cmluZ1tdO1xuICBpdGVtcz86IEpzb25TY2hlbWE7XG4gIGFueU9mPzogSnNvblNjaGVtYVtdO1xuICBhZGRpdGlvbmFsUHJvcGVydGllcz86IEpzb25TY2hlbWEgfCBib29sZWFuO1xuICBtaW5pbXVtPzogbnVtYmVyO1xuICBtYXhpbXVtPzogbnVtYmVyO1xufVxuXG5mdW5jdGlvbiB0eXBlT2YoczogSnNvblNjaGVtYSk6IHN0cmluZyB7XG4gIGlmIChzLmVudW0pIHJldHVybiBzLmVudW0ubWFwKCh2KSA9PiBgXFxgJHtKU09OLnN0cmluZ2lmeSh2KX1cXGBgKS5qb2luKCcgXFxcXHwgJyk7XG4gIGlmIChzLmNvbnN0ICE9PSB1bmRlZmluZWQpIHJldHVybiBgXFxgJHtKU09OLnN0cmluZ2lmeShzLmNvbnN0KX1cXGBgO1xuICBpZiAocy5hbnlPZikge1xuICAgIGNvbnN0IGNvbnN0cyA9IHMuYW55T2YuZXZlcnkoKGEpID0+IGEuY29uc3QgIT09IHVuZGVmaW5lZCk7XG4gICAgaWYgKGNvbnN0cykgcmV0dXJuIHMuYW55T2YubWFwKChhKSA9PiBgXFxgJHtKU09OLnN0cmluZ2lmeShhLmNvbnN0KX1cXGBgKS5qb2luKCcgXFxcXHwgJyk7XG4gICAgcmV0dXJuIHMuYW55T2YubWFwKHR5cGVPZikuam9pbignIFxcXFx8ICcpO1xuICB9XG4gIGlmIChzLnR5cGUgPT09ICdhcnJheScpIHJldHVybiBgbGlzdCBvZiAke3MuaXRlbXMgPyB0eXBlT2Yocy5pdGVtcykgOiAnYW55J31gO1xuICBpZiAocy50eXBlID09PSAnb2JqZWN0JyAmJiAhcy5wcm9wZXJ0aWVzICYmIHR5cGVvZiBzLmFkZGl0aW9uYWxQcm9wZXJ0aWVzID09PSAnb2JqZWN0JykgcmV0dXJuICdtYXAgb2Ygc3RyaW5nJztcbiAgaWYgKEFycmF5LmlzQXJyYXkocy50eXBlKSkgcmV0dXJuIHMudHlwZS5qb2luKCcgXFxcXHwgJyk7XG4gIGxldCB0ID0gcy50eXBlID8/ICdhbnknO1xuICBpZiAodCA9PT0gJ2ludGVnZXInICYmIHMubWluaW11bSAhPT0gdW5kZWZpbmVkICYmIHMubWF4aW11bSAhPT0gdW5kZWZpbmVkICYmIHMubWF4aW11bSA8IDFlOSlcbiAgICB0ID0gYGludGVnZXIgJHtzLm1pbmltdW19XHUyMDEzJHtzLm1heGltdW19YDtcbiAgcmV0dXJuIHQ7XG59XG5cbmZ1bmN0aW9uIHdhbGsoczogSnNvblNjaGVtYSwgcGF0aDogc3RyaW5nLCByZXF1aXJlZDogYm9vbGVhbiwgcm93czogc3RyaW5nW10pOiB2b2lkIHtcbiAgY29uc3QgZGVzYyA9IChzLmRlc2NyaXB0aW9uID8/ICcnKS5yZXBsYWNlQWxsKCd8JywgJ1xcXFx8JykucmVwbGFjZUFsbCgnXFxuJywgJyAnKTtcbiAgaWYgKHBhdGgpIHtcbiAgICBjb25zdCBkZWYgPSBzLmRlZmF1bHQgIT09IHVuZGVmaW5lZCA/IGBcXGAke0pTT04uc3RyaW5naWZ5KHMuZGVmYXVsdCl9XFxgYCA6IHJlcXVpcmVkID8gJyoqcmVxdWlyZWQqKicgOiAnJztcbiAgICByb3dzLnB1c2goYHwgXFxgJHtwYXRofVxcYCB8ICR7dHlwZU9mKHMpfSB8ICR7ZGVmfSB8ICR7ZGVzY30gfGApO1xuICB9XG4gIGNvbnN0IG9iaiA9IHMudHlwZSA9PT0gJ2FycmF5JyA/IHMuaXRlbXMgOiBzO1xuICBjb25zdCBwcmVmaXggPSBzLnR5cGUgPT09ICdhcnJheScgPyBgJHtwYXRofVtdYCA6IHBhdGg7XG4gIGlmIChvYmo/LnByb3BlcnRpZXMpIHtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyhvYmoucHJvcGVydGllcykpXG4gICAgICB3YWxrKHYsIHByZWZpeCA/IGAke3ByZWZpeH0uJHtrfWAgOiBrLCBvYmoucmVxdWlyZWQ/LmluY2x1ZGVzKGspID8/IGZhbHNlLCByb3dzKTtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gY29uZmlnUmVmZXJlbmNlKCk6IHN0cmluZyB7XG4gIGNvbnN0IGpzb24gPSB6LnRvSlNPTlNjaGVtYShtYWNoaW5lQ29uZmlnU2NoZW1hLCB7IGlvOiAnaW5wdXQnLCB1bnJlcHJlc2VudGFibGU6ICdhbnknIH0pIGFzIEpzb25TY2hlbWE7XG4gIGNvbnN0IHJvd3M6IHN0cmluZ1tdID0gWyd8IGZpZWxkIHwgdHlwZSB8IGRlZmF1bHQgfCBtZWFuaW5nIHwnLCAnfC0tLXwtLS18LS0tfC0tLXwnXTtcbiAgd2Fsayhqc29uLCAnJywgdHJ1ZSwgcm93cyk7XG4gIHJldHVybiBgJHtyb3dzLmpvaW4oJ1xcbicpfVxcbmA7XG59XG5cbmV4cG9ydCBjb25zdCBSRUFETUUgPSBmaWxlVVJMVG9QYXRoKG5ldyBVUkwoJy4uL1JFQURNRS5tZCcsIGltcG9ydC5tZXRhLnVybCkpO1xuY29uc3QgU1RBUlQgPSAnPCEtLSBjb25maWctcmVmZXJlbmNlOnN0YXJ0IChnZW5lcmF0ZWQgZnJvbSBzcmMvY29uZmlnLnRzOyBkbyBub3QgZWRpdCkgLS0+JztcbmNvbnN0IEVORCA9ICc8IS0tIGNvbmZpZy1yZWZlcmVuY2U6ZW5kIC0tPic7XG5cbi8qKiBUaGUgUkVBRE1FIHdpdGggaXRzIHJlZmVyZW5jZSBibG9jayByZXBsYWNlZCBieSB0aGUgZnJlc2hseSBnZW5lcmF0ZWQgb25lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRtZVdpdGhSZWZlcmVuY2UocmVhZG1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBhID0gcmVhZG1lLmluZGV4T2YoU1RBUlQpO1xuICBjb25zdCBiID0gcmVhZG1lLmluZGV4T2YoRU5EKTtcbiAgaWYgKGEgPCAwIHx8IGIgPCAwKSByZXR1cm4gYCR7cmVhZG1lfVxcbiR7U1RBUlR9XFxuJHtjb25maWdSZWZlcmVuY2UoKX0ke0VORH1cXG5gO1xuICByZXR1cm4gYCR7cmVhZG1lLnNsaWNlKDAsIGEgKyBTVEFSVC5sZW5ndGgpfVxcbiR7Y29uZmlnUmVmZXJlbmNlKCl9JHtyZWFkbWUuc2xpY2UoYil9YDtcbn1cblxuaWYgKHByb2Nlc3MuYXJndi5pbmNsdWRlcygnLS13cml0ZScpICYmIHByb2Nlc3MuYXJndlsxXSAmJiBmaWxlVVJMVG9QYXRoKGltcG9ydC5tZXRhLnVybCkgPT09IHByb2Nlc3MuYXJndlsxXSkge1xuICB3cml0ZUZpbGVTeW5jKFJFQURNRSwgcmVhZG1lV2l0aFJlZmVyZW5jZShyZWFkRmlsZVN5bmMoUkVBRE1FLCAndXRmOCcpKSk7XG59XG4iLCAiLyoqXG4gKiBGcm9tIGEgcmVzb2x2ZWQgbWFjaGluZSBjb25maWd1cmF0aW9uIHRvIHJ1bm5pbmcgcGFydHM6IGBwbGFuTWFjaGluZWAgbG9hZHMgZXZlcnkgcHJvZmlsZSBhbmRcbiAqIGNvbXB1dGVzIGV2ZXJ5IGRldmljZSdzIHNlbnNvciBwYXRoIHdpdGhvdXQgdG91Y2hpbmcgYSBkZXZpY2UgKHdoYXQgYC0tZHJ5LXJ1bmAgcHJpbnRzIGFuZCB3aGF0IGFcbiAqIHJlbW90ZSBjb25maWcgaXMgY2hlY2tlZCB3aXRoKSwgbmFtaW5nIHRoZSBjb25maWcgcGF0aCBvZiBhbnl0aGluZyB0aGF0IGZhaWxzOyBgYnVpbGREZXZpY2VzYFxuICogdGhlbiBvcGVucyBub3RoaW5nIHlldCBidXQgY3JlYXRlcyBvbmUgdHJhbnNwb3J0IHBlciBidXMgKHNoYXJlZCBieSB0aGUgYnVzJ3MgZGV2aWNlcywgc28gb25lXG4gKiByZXF1ZXN0IGlzIG9uIHRoZSB3aXJlIGF0IGEgdGltZSkgYW5kIG9uZSBzb3VyY2UgcGVyIGRldmljZSwgcmVhZHkgZm9yIHRoZSBhZ2VudC5cbiAqL1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IEFnZW50RGV2aWNlQ29uZmlnLCBMb2dnZXIgfSBmcm9tICcuL2FnZW50LnRzJztcbmltcG9ydCB7IHR5cGUgTWFjaGluZUNvbmZpZywgZGV2aWNlUGF0aCwgcmVzb2x2ZU1hY2hpbmVDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEh0dHBYbWxTb3VyY2UgfSBmcm9tICcuL2lucHV0cy9odHRwLXhtbC50cyc7XG5pbXBvcnQgeyBPcGN1YVNvdXJjZSB9IGZyb20gJy4vaW5wdXRzL29wY3VhLnRzJztcbmltcG9ydCB7IFJldnBpU291cmNlLCByZWFkUGljdG9yeUNvbmZpZyB9IGZyb20gJy4vaW5wdXRzL3JldnBpLnRzJztcbmltcG9ydCB7IGNvbXBpbGVYUGF0aCB9IGZyb20gJy4vaW5wdXRzL3hwYXRoLnRzJztcbmltcG9ydCB7IE1vZGJ1c1J0dVRyYW5zcG9ydCwgTW9kYnVzVGNwVHJhbnNwb3J0LCB0eXBlIE1vZGJ1c1RyYW5zcG9ydCB9IGZyb20gJy4vbW9kYnVzLnRzJztcbmltcG9ydCB7IHR5cGUgRGV2aWNlUHJvZmlsZSwgbG9hZFByb2ZpbGUgfSBmcm9tICcuL3Byb2ZpbGUudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFBsYW5uZWREZXZpY2Uge1xuICBwYXRoOiBzdHJpbmc7XG4gIGtpbmQ6ICdtb2RidXMnIHwgJ2h0dHAteG1sJyB8ICdvcGN1YScgfCAncmV2cGknO1xuICB3aGVyZTogc3RyaW5nO1xuICBpbnRlcnZhbE1zOiBudW1iZXI7XG4gIHByb2ZpbGU/OiBEZXZpY2VQcm9maWxlO1xuICByZXF1ZXN0c1BlclBvbGw/OiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWFjaGluZVBsYW4ge1xuICBjb25maWc6IE1hY2hpbmVDb25maWc7XG4gIGRldmljZXM6IFBsYW5uZWREZXZpY2VbXTtcbiAgcHJvZmlsZXM6IE1hcDxzdHJpbmcsIERldmljZVByb2ZpbGU+O1xufVxuXG5mdW5jdGlvbiBmYWlsKHNvdXJjZTogc3RyaW5nLCBwYXRoOiBzdHJpbmcsIHZhbHVlOiB1bmtub3duLCBtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAnQ09ORklHX0lOVkFMSUQnLFxuICAgIGBtYWNoaW5lIGNvbmZpZ3VyYXRpb24gJHtzb3VyY2V9IGlzIGludmFsaWQ6XFxuICAtICR7cGF0aH06ICR7bWVzc2FnZX0gKGZvdW5kOiAke0pTT04uc3RyaW5naWZ5KHZhbHVlKX0pYCxcbiAgICB7IGNvbnRleHQ6IHsgaXNzdWVzOiBbeyBwYXRoLCBtZXNzYWdlIH1dIH0gfSxcbiAgKTtcbn1cblxuLyoqIENoZWNrcyBldmVyeXRoaW5nIHRoYXQgY2FuIGJlIGNoZWNrZWQgd2l0aG91dCB0b3VjaGluZyBkZXZpY2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBsYW5NYWNoaW5lKGNvbmZpZzogTWFjaGluZUNvbmZpZywgc291cmNlOiBzdHJpbmcpOiBNYWNoaW5lUGxhbiB7XG4gIGNvbnN0IHByb2ZpbGVzID0gbmV3IE1hcDxzdHJpbmcsIERldmljZVByb2ZpbGU+KCk7XG4gIGNvbnN0IGRldmljZXM6IFBsYW5uZWREZXZpY2VbXSA9IFtdO1xuICBjb25maWcuYnVzZXMuZm9yRWFjaCgoYnVzLCBpKSA9PiB7XG4gICAgYnVzLmRldmljZXMuZm9yRWFjaCgoZCwgaikgPT4ge1xuICAgICAgbGV0IHByb2ZpbGUgPSBwcm9maWxlcy5nZXQoZC5wcm9maWxlKTtcbiAgICAgIGlmICghcHJvZmlsZSkge1xuICAgICAgICB0cnkge1xuICAgICAgICAgIHByb2ZpbGUgPSBsb2FkUHJvZmlsZShkLnByb2ZpbGUpO1xuICAgICAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgICAgICBmYWlsKHNvdXJjZSwgYGJ1c2VzLiR7aX0uZGV2aWNlcy4ke2p9LnByb2ZpbGVgLCBkLnByb2ZpbGUsIChlcnIgYXMgRXJyb3IpLm1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgICAgIHByb2ZpbGVzLnNldChkLnByb2ZpbGUsIHByb2ZpbGUpO1xuICAgICAgfVxuICAgICAgaWYgKGJ1cy5ydHUgJiYgZC51bml0ID09PSAwKVxuICAgICAgICBmYWlsKHNvdXJjZSwgYGJ1c2VzLiR7aX0uZGV2aWNlcy4ke2p9LnVuaXRgLCBkLnVuaXQsICd1bml0IDAgaXMgYnJvYWRjYXN0IG9uIGEgc2VyaWFsIGxpbmU7IHVzZSAxLTI0NycpO1xuICAgICAgZGV2aWNlcy5wdXNoKHtcbiAgICAgICAgcGF0aDogZGV2aWNlUGF0aChjb25maWcucGF0aCwgZC5kZXZpY2UpLFxuICAgICAgICBraW5kOiAnbW9kYnVzJyxcbiAgICAgICAgd2hlcmU6IGJ1cy5ydHVcbiAgICAgICAgICA/IGBtb2RidXMtcnR1ICR7YnVzLnJ0dS5wb3J0fSAke2J1cy5ydHUuYmF1ZH0gdW5pdCAke2QudW5pdH1gXG4gICAgICAgICAgOiBgbW9kYnVzLXRjcCAke2J1cy50Y3AhLmhvc3R9OiR7YnVzLnRjcCEucG9ydH0gdW5pdCAke2QudW5pdH1gLFxuICAgICAgICBpbnRlcnZhbE1zOiBkLmludGVydmFsLFxuICAgICAgICBwcm9maWxlLFxuICAgICAgfSk7XG4gICAgfSk7XG4gIH0pO1xuICBjb25zdCB1bml0Q2hlY2sgPSAoa2luZDogc3RyaW5nLCBpOiBudW1iZXIsIGo6IG51bWJlciwgbTogeyBuYW1lOiBzdHJpbmc7IHVuaXQ/OiBzdHJpbmcgfCB1bmRlZmluZWQgfSkgPT4ge1xuICAgIGlmIChtLnVuaXQgJiYgIW0ubmFtZS5lbmRzV2l0aChgXyR7bS51bml0fWApKVxuICAgICAgZmFpbChzb3VyY2UsIGAke2tpbmR9LiR7aX0uJHtraW5kID09PSBcImh0dHBcIiA/IFwibWV0cmljc1wiIDoga2luZCA9PT0gXCJvcGN1YVwiID8gXCJub2Rlc1wiIDogXCJ2YWx1ZXNcIn0uJHtqfS5uYW1lYCwgbS5uYW1lLCBgd2l0aCB1bml0IFwiJHttLnVuaXR9XCIgdGhlIG5hbWUgbXVzdCBlbmQgaW4gXCJfJHttLnVuaXR9XCJgKTtcbiAgfTtcbiAgY29uZmlnLmh0dHAuZm9yRWFjaCgoaCwgaSkgPT4ge1xuICAgIGgubWV0cmljcy5mb3JFYWNoKChtLCBqKSA9PiB7XG4gICAgICB1bml0Q2hlY2soJ2h0dHAnLCBpLCBqLCBtKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbXBpbGVYUGF0aChtLnBhdGgpO1xuICAgICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAgIGZhaWwoc291cmNlLCBgaHR0cC4ke2l9Lm1ldHJpY3MuJHtqfS5wYXRoYCwgbS5wYXRoLCAoZXJyIGFzIEVycm9yKS5tZXNzYWdlKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfSk7XG4gIGNvbmZpZy5vcGN1YS5mb3JFYWNoKChvLCBpKSA9PiB7XG4gICAgby5ub2Rlcy5mb3JFYWNoKChtLCBqKSA9PiB1bml0Q2hlY2soJ29wY3VhJywgaSwgaiwgbSkpO1xuICB9KTtcbiAgY29uZmlnLnJldnBpLmZvckVhY2goKHIsIGkpID0+IHtcbiAgICByLnZhbHVlcy5mb3JFYWNoKChtLCBqKSA9PiB1bml0Q2hlY2soJ3JldnBpJywgaSwgaiwgbSkpO1xuICB9KTtcbiAgZm9yIChjb25zdCBoIG9mIGNvbmZpZy5odHRwKVxuICAgIGRldmljZXMucHVzaCh7IHBhdGg6IGRldmljZVBhdGgoY29uZmlnLnBhdGgsIGguZGV2aWNlKSwga2luZDogJ2h0dHAteG1sJywgd2hlcmU6IGgudXJsLCBpbnRlcnZhbE1zOiBoLmludGVydmFsIH0pO1xuICBmb3IgKGNvbnN0IG8gb2YgY29uZmlnLm9wY3VhKVxuICAgIGRldmljZXMucHVzaCh7IHBhdGg6IGRldmljZVBhdGgoY29uZmlnLnBhdGgsIG8uZGV2aWNlKSwga2luZDogJ29wY3VhJywgd2hlcmU6IG8uZW5kcG9pbnQsIGludGVydmFsTXM6IG8uaW50ZXJ2YWwgfSk7XG4gIGZvciAoY29uc3QgciBvZiBjb25maWcucmV2cGkpXG4gICAgZGV2aWNlcy5wdXNoKHsgcGF0aDogZGV2aWNlUGF0aChjb25maWcucGF0aCwgci5kZXZpY2UpLCBraW5kOiAncmV2cGknLCB3aGVyZTogci5pbWFnZSwgaW50ZXJ2YWxNczogci5pbnRlcnZhbCB9KTtcbiAgcmV0dXJuIHsgY29uZmlnLCBkZXZpY2VzLCBwcm9maWxlcyB9O1xufVxuXG4vKiogVmFsaWRhdGVzIGEgcHVzaGVkIGNvbmZpZ3VyYXRpb24gb2JqZWN0IHRoZSBzYW1lIHdheSBhIGZpbGUgaXMgdmFsaWRhdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUmVtb3RlQ29uZmlnKGRvYzogdW5rbm93biwgcmV2aXNpb246IG51bWJlcik6IE1hY2hpbmVQbGFuIHtcbiAgY29uc3Qgc291cmNlID0gYHJldmlzaW9uICR7cmV2aXNpb259YDtcbiAgcmV0dXJuIHBsYW5NYWNoaW5lKHJlc29sdmVNYWNoaW5lQ29uZmlnKGRvYywgc291cmNlKSwgc291cmNlKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHF1ZXVlRGlyKGNvbmZpZzogTWFjaGluZUNvbmZpZywgb3ZlcnJpZGU/OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gb3ZlcnJpZGUgPz8gY29uZmlnLnF1ZXVlLmRpciA/PyBqb2luKGNvbmZpZy5kYXRhRGlyLCAncXVldWUnKTtcbn1cblxuLyoqIEJ1aWxkcyB0cmFuc3BvcnRzIGFuZCBzb3VyY2VzIChub3RoaW5nIGlzIG9wZW5lZCB1bnRpbCB0aGUgZmlyc3QgcG9sbCkuICovXG5leHBvcnQgZnVuY3Rpb24gYnVpbGREZXZpY2VzKHBsYW46IE1hY2hpbmVQbGFuLCBsb2dnZXI6IExvZ2dlcik6IEFnZW50RGV2aWNlQ29uZmlnW10ge1xuICBjb25zdCBjID0gcGxhbi5jb25maWc7XG4gIGNvbnN0IG91dDogQWdlbnREZXZpY2VDb25maWdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGJ1cyBvZiBjLmJ1c2VzKSB7XG4gICAgY29uc3QgdHJhbnNwb3J0OiBNb2RidXNUcmFuc3BvcnQgPSBidXMucnR1XG4gICAgICA/IG5ldyBNb2RidXNSdHVUcmFuc3BvcnQoe1xuICAgICAgICAgIHBhdGg6IGJ1cy5ydHUucG9ydCxcbiAgICAgICAgICBiYXVkUmF0ZTogYnVzLnJ0dS5iYXVkLFxuICAgICAgICAgIHBhcml0eTogYnVzLnJ0dS5wYXJpdHksXG4gICAgICAgICAgc3RvcEJpdHM6IGJ1cy5ydHUuc3RvcEJpdHMsXG4gICAgICAgICAgZGF0YUJpdHM6IGJ1cy5ydHUuZGF0YUJpdHMsXG4gICAgICAgIH0pXG4gICAgICA6IG5ldyBNb2RidXNUY3BUcmFuc3BvcnQoeyBob3N0OiBidXMudGNwIS5ob3N0LCBwb3J0OiBidXMudGNwIS5wb3J0IH0pO1xuICAgIGZvciAoY29uc3QgZCBvZiBidXMuZGV2aWNlcykge1xuICAgICAgb3V0LnB1c2goe1xuICAgICAgICBwYXRoOiBkZXZpY2VQYXRoKGMucGF0aCwgZC5kZXZpY2UpLFxuICAgICAgICBwcm9maWxlOiBwbGFuLnByb2ZpbGVzLmdldChkLnByb2ZpbGUpISxcbiAgICAgICAgdHJhbnNwb3J0LFxuICAgICAgICB1bml0OiBkLnVuaXQsXG4gICAgICAgIGludGVydmFsTXM6IGQuaW50ZXJ2YWwsXG4gICAgICAgIHRpbWVvdXRNczogZC50aW1lb3V0ID8/IGJ1cy50aW1lb3V0LFxuICAgICAgICByZXRyaWVzOiBidXMucmV0cmllcyxcbiAgICAgICAgbWF4QmFja29mZk1zOiBidXMubWF4QmFja29mZixcbiAgICAgICAgbGFiZWxzOiB7IC4uLmMubGFiZWxzLCAuLi5kLmxhYmVscyB9LFxuICAgICAgfSk7XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgaCBvZiBjLmh0dHApXG4gICAgb3V0LnB1c2goe1xuICAgICAgcGF0aDogZGV2aWNlUGF0aChjLnBhdGgsIGguZGV2aWNlKSxcbiAgICAgIGludGVydmFsTXM6IGguaW50ZXJ2YWwsXG4gICAgICBsYWJlbHM6IHsgLi4uYy5sYWJlbHMsIC4uLmgubGFiZWxzIH0sXG4gICAgICBzb3VyY2U6IG5ldyBIdHRwWG1sU291cmNlKGgpLFxuICAgIH0pO1xuICBmb3IgKGNvbnN0IG8gb2YgYy5vcGN1YSlcbiAgICBvdXQucHVzaCh7XG4gICAgICBwYXRoOiBkZXZpY2VQYXRoKGMucGF0aCwgby5kZXZpY2UpLFxuICAgICAgaW50ZXJ2YWxNczogby5pbnRlcnZhbCxcbiAgICAgIGxhYmVsczogeyAuLi5jLmxhYmVscywgLi4uby5sYWJlbHMgfSxcbiAgICAgIHNvdXJjZTogbmV3IE9wY3VhU291cmNlKG8sIGxvZ2dlciksXG4gICAgfSk7XG4gIGZvciAoY29uc3QgciBvZiBjLnJldnBpKVxuICAgIG91dC5wdXNoKHtcbiAgICAgIHBhdGg6IGRldmljZVBhdGgoYy5wYXRoLCByLmRldmljZSksXG4gICAgICBpbnRlcnZhbE1zOiByLmludGVydmFsLFxuICAgICAgbGFiZWxzOiB7IC4uLmMubGFiZWxzLCAuLi5yLmxhYmVscyB9LFxuICAgICAgc291cmNlOiBuZXcgUmV2cGlTb3VyY2UociwgcmVhZFBpY3RvcnlDb25maWcpLFxuICAgIH0pO1xuICByZXR1cm4gb3V0O1xufVxuIiwgIi8qKlxuICogQSBzbWFsbCBYUGF0aCBzdWJzZXQgb3ZlciBYTUwgcGFyc2VkIGJ5IGZhc3QteG1sLXBhcnNlciwgZW5vdWdoIHRvIG1hcCBQTEMgdmFsdWVzOiBhYnNvbHV0ZSBzdGVwc1xuICogKGAvcGxjL3ZhcmApLCBkZXNjZW5kYW50IHN0ZXBzIChgLy92YXJgKSwgYCpgLCBwcmVkaWNhdGVzIGJ5IGF0dHJpYnV0ZSAoYFtAbmFtZT1cIlQxXCJdYCksIGJ5IGNoaWxkXG4gKiB0ZXh0IChgW25hbWU9XCJUMVwiXWApIGFuZCBieSAxLWJhc2VkIHBvc2l0aW9uIChgWzJdYCksIGVuZGluZyBpbiBhbiBlbGVtZW50IChpdHMgdGV4dCksIGBAYXR0cmAgb3JcbiAqIGB0ZXh0KClgLiBFdmFsdWF0aW9uIHJldHVybnMgdGhlIHN0cmluZyB2YWx1ZXMgb2YgYWxsIG1hdGNoZXMgaW4gZG9jdW1lbnQgb3JkZXIuIEFueXRoaW5nIG91dHNpZGVcbiAqIHRoZSBzdWJzZXQgaXMgcmVmdXNlZCB3aGVuIHRoZSBleHByZXNzaW9uIGlzIGNvbXBpbGVkLCB3aXRoIHRoZSBwYXJ0IHRoYXQgd2FzIG5vdCB1bmRlcnN0b29kLlxuICovXG5pbXBvcnQgeyBYTUxQYXJzZXIgfSBmcm9tICdmYXN0LXhtbC1wYXJzZXInO1xuXG4vKiogQW4gZWxlbWVudCBhcyBwYXJzZWQ6IGNoaWxkIGVsZW1lbnRzIGFzIGFycmF5cyB1bmRlciB0aGVpciBuYW1lcywgYEBfeGAgYXR0cmlidXRlcywgYCN0ZXh0YC4gKi9cbnR5cGUgWG1sRWxlbWVudCA9IHsgW2tleTogc3RyaW5nXTogWG1sRWxlbWVudFtdIHwgc3RyaW5nIHwgdW5kZWZpbmVkIH07XG5cbnR5cGUgUHJlZGljYXRlID1cbiAgfCB7IGtpbmQ6ICdhdHRyJzsgbmFtZTogc3RyaW5nOyB2YWx1ZTogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdjaGlsZCc7IG5hbWU6IHN0cmluZzsgdmFsdWU6IHN0cmluZyB9XG4gIHwgeyBraW5kOiAnaW5kZXgnOyBpbmRleDogbnVtYmVyIH07XG5cbmludGVyZmFjZSBTdGVwIHtcbiAgZGVzY2VuZGFudDogYm9vbGVhbjtcbiAgbmFtZTogc3RyaW5nO1xuICBwcmVkaWNhdGVzOiBQcmVkaWNhdGVbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb21waWxlZFBhdGgge1xuICBzb3VyY2U6IHN0cmluZztcbiAgc3RlcHM6IFN0ZXBbXTtcbiAgLyoqIFdoYXQgdGhlIGxhc3Qgc3RlcCBzZWxlY3RzIGZyb20gdGhlIG1hdGNoZWQgZWxlbWVudHMuICovXG4gIHNlbGVjdDogeyBraW5kOiAndGV4dCcgfSB8IHsga2luZDogJ2F0dHInOyBuYW1lOiBzdHJpbmcgfTtcbn1cblxuZXhwb3J0IGNsYXNzIFhQYXRoRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IGNvZGUgPSAnWFBBVEhfSU5WQUxJRCc7XG59XG5cbmNvbnN0IE5BTUUgPSAvXltBLVphLXpfXVtcXHcuLV0qJHxeXFwqJC87XG5cbmZ1bmN0aW9uIHBhcnNlUHJlZGljYXRlKHRleHQ6IHN0cmluZywgc291cmNlOiBzdHJpbmcpOiBQcmVkaWNhdGUge1xuICBjb25zdCB0ID0gdGV4dC50cmltKCk7XG4gIGlmICgvXlxcZCskLy50ZXN0KHQpKSByZXR1cm4geyBraW5kOiAnaW5kZXgnLCBpbmRleDogTnVtYmVyKHQpIH07XG4gIGNvbnN0IG0gPSAvXihAPykoW0EtWmEtel9dW1xcdy4tXSopXFxzKj1cXHMqKD86XCIoW15cIl0qKVwifCcoW14nXSopJykkLy5leGVjKHQpO1xuICBpZiAoIW0pIHRocm93IG5ldyBYUGF0aEVycm9yKGAke3NvdXJjZX06IHByZWRpY2F0ZSBbJHt0ZXh0fV0gaXMgbm90IFtAYXR0cj1cInZcIl0sIFtjaGlsZD1cInZcIl0gb3IgW25dYCk7XG4gIHJldHVybiB7IGtpbmQ6IG1bMV0gPyAnYXR0cicgOiAnY2hpbGQnLCBuYW1lOiBtWzJdISwgdmFsdWU6IG1bM10gPz8gbVs0XSA/PyAnJyB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVhQYXRoKHNvdXJjZTogc3RyaW5nKTogQ29tcGlsZWRQYXRoIHtcbiAgaWYgKCFzb3VyY2Uuc3RhcnRzV2l0aCgnLycpKSB0aHJvdyBuZXcgWFBhdGhFcnJvcihgJHtzb3VyY2V9OiBzdGFydCB0aGUgcGF0aCB3aXRoIC8gb3IgLy9gKTtcbiAgY29uc3Qgc3RlcHM6IFN0ZXBbXSA9IFtdO1xuICBsZXQgc2VsZWN0OiBDb21waWxlZFBhdGhbJ3NlbGVjdCddID0geyBraW5kOiAndGV4dCcgfTtcbiAgbGV0IGkgPSAwO1xuICB3aGlsZSAoaSA8IHNvdXJjZS5sZW5ndGgpIHtcbiAgICBsZXQgZGVzY2VuZGFudCA9IGZhbHNlO1xuICAgIGlmIChzb3VyY2Uuc3RhcnRzV2l0aCgnLy8nLCBpKSkge1xuICAgICAgZGVzY2VuZGFudCA9IHRydWU7XG4gICAgICBpICs9IDI7XG4gICAgfSBlbHNlIGlmIChzb3VyY2VbaV0gPT09ICcvJykgaSsrO1xuICAgIGxldCBqID0gaTtcbiAgICBsZXQgZGVwdGggPSAwO1xuICAgIGxldCBxdW90ZSA9ICcnO1xuICAgIGZvciAoOyBqIDwgc291cmNlLmxlbmd0aDsgaisrKSB7XG4gICAgICBjb25zdCBjaCA9IHNvdXJjZVtqXSE7XG4gICAgICBpZiAocXVvdGUpIHtcbiAgICAgICAgaWYgKGNoID09PSBxdW90ZSkgcXVvdGUgPSAnJztcbiAgICAgIH0gZWxzZSBpZiAoY2ggPT09ICdcIicgfHwgY2ggPT09IFwiJ1wiKSBxdW90ZSA9IGNoO1xuICAgICAgZWxzZSBpZiAoY2ggPT09ICdbJykgZGVwdGgrKztcbiAgICAgIGVsc2UgaWYgKGNoID09PSAnXScpIGRlcHRoLS07XG4gICAgICBlbHNlIGlmIChjaCA9PT0gJy8nICYmIGRlcHRoID09PSAwKSBicmVhaztcbiAgICB9XG4gICAgY29uc3QgdGV4dCA9IHNvdXJjZS5zbGljZShpLCBqKTtcbiAgICBpID0gajtcbiAgICBjb25zdCBsYXN0ID0gaSA+PSBzb3VyY2UubGVuZ3RoO1xuICAgIGlmIChsYXN0ICYmIHRleHQuc3RhcnRzV2l0aCgnQCcpKSB7XG4gICAgICBzZWxlY3QgPSB7IGtpbmQ6ICdhdHRyJywgbmFtZTogdGV4dC5zbGljZSgxKSB9O1xuICAgICAgYnJlYWs7XG4gICAgfVxuICAgIGlmIChsYXN0ICYmIHRleHQgPT09ICd0ZXh0KCknKSBicmVhaztcbiAgICBjb25zdCBiID0gdGV4dC5pbmRleE9mKCdbJyk7XG4gICAgY29uc3QgbmFtZSA9IGIgPCAwID8gdGV4dCA6IHRleHQuc2xpY2UoMCwgYik7XG4gICAgaWYgKCFOQU1FLnRlc3QobmFtZSkpIHRocm93IG5ldyBYUGF0aEVycm9yKGAke3NvdXJjZX06IHN0ZXAgXCIke3RleHR9XCIgaXMgbm90IGFuIGVsZW1lbnQgbmFtZSwgKiBvciBAYXR0cmApO1xuICAgIGNvbnN0IHByZWRpY2F0ZXM6IFByZWRpY2F0ZVtdID0gW107XG4gICAgbGV0IHJlc3QgPSBiIDwgMCA/ICcnIDogdGV4dC5zbGljZShiKTtcbiAgICB3aGlsZSAocmVzdCkge1xuICAgICAgY29uc3QgbSA9IC9eXFxbKCg/OlteXFxdXCInXXxcIlteXCJdKlwifCdbXiddKicpKilcXF0vLmV4ZWMocmVzdCk7XG4gICAgICBpZiAoIW0pIHRocm93IG5ldyBYUGF0aEVycm9yKGAke3NvdXJjZX06IGNhbm5vdCByZWFkIHRoZSBwcmVkaWNhdGUgaW4gXCIke3RleHR9XCJgKTtcbiAgICAgIHByZWRpY2F0ZXMucHVzaChwYXJzZVByZWRpY2F0ZShtWzFdISwgc291cmNlKSk7XG4gICAgICByZXN0ID0gcmVzdC5zbGljZShtWzBdLmxlbmd0aCk7XG4gICAgfVxuICAgIHN0ZXBzLnB1c2goeyBkZXNjZW5kYW50LCBuYW1lLCBwcmVkaWNhdGVzIH0pO1xuICB9XG4gIGlmIChzdGVwcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBYUGF0aEVycm9yKGAke3NvdXJjZX06IHRoZSBwYXRoIHNlbGVjdHMgbm8gZWxlbWVudGApO1xuICByZXR1cm4geyBzb3VyY2UsIHN0ZXBzLCBzZWxlY3QgfTtcbn1cblxuZnVuY3Rpb24gY2hpbGRFbGVtZW50cyhlbDogWG1sRWxlbWVudCwgbmFtZTogc3RyaW5nKTogWG1sRWxlbWVudFtdIHtcbiAgaWYgKG5hbWUgIT09ICcqJykge1xuICAgIGNvbnN0IHYgPSBlbFtuYW1lXTtcbiAgICByZXR1cm4gQXJyYXkuaXNBcnJheSh2KSA/IHYgOiBbXTtcbiAgfVxuICBjb25zdCBvdXQ6IFhtbEVsZW1lbnRbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyhlbCkpIGlmICghay5zdGFydHNXaXRoKCdAXycpICYmIGsgIT09ICcjdGV4dCcgJiYgQXJyYXkuaXNBcnJheSh2KSkgb3V0LnB1c2goLi4udik7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGRlc2NlbmRhbnRzKGVsOiBYbWxFbGVtZW50LCBuYW1lOiBzdHJpbmcsIG91dDogWG1sRWxlbWVudFtdKTogdm9pZCB7XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKGVsKSkge1xuICAgIGlmIChrLnN0YXJ0c1dpdGgoJ0BfJykgfHwgayA9PT0gJyN0ZXh0JyB8fCAhQXJyYXkuaXNBcnJheSh2KSkgY29udGludWU7XG4gICAgZm9yIChjb25zdCBjIG9mIHYpIHtcbiAgICAgIGlmIChuYW1lID09PSAnKicgfHwgayA9PT0gbmFtZSkgb3V0LnB1c2goYyk7XG4gICAgICBkZXNjZW5kYW50cyhjLCBuYW1lLCBvdXQpO1xuICAgIH1cbiAgfVxufVxuXG5jb25zdCB0ZXh0ID0gKGVsOiBYbWxFbGVtZW50KTogc3RyaW5nID0+ICh0eXBlb2YgZWxbJyN0ZXh0J10gPT09ICdzdHJpbmcnID8gZWxbJyN0ZXh0J10gOiAnJykudHJpbSgpO1xuXG5mdW5jdGlvbiBtYXRjaGVzKGVsOiBYbWxFbGVtZW50LCBwOiBQcmVkaWNhdGUpOiBib29sZWFuIHtcbiAgaWYgKHAua2luZCA9PT0gJ2F0dHInKSByZXR1cm4gZWxbYEBfJHtwLm5hbWV9YF0gPT09IHAudmFsdWU7XG4gIGlmIChwLmtpbmQgPT09ICdjaGlsZCcpIHJldHVybiBjaGlsZEVsZW1lbnRzKGVsLCBwLm5hbWUpLnNvbWUoKGMpID0+IHRleHQoYykgPT09IHAudmFsdWUpO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGV2YWx1YXRlWFBhdGgoZG9jOiBYbWxFbGVtZW50LCBwYXRoOiBDb21waWxlZFBhdGgpOiBzdHJpbmdbXSB7XG4gIGxldCBjdXJyZW50OiBYbWxFbGVtZW50W10gPSBbZG9jXTtcbiAgZm9yIChjb25zdCBzdGVwIG9mIHBhdGguc3RlcHMpIHtcbiAgICBjb25zdCBuZXh0OiBYbWxFbGVtZW50W10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IGVsIG9mIGN1cnJlbnQpIHtcbiAgICAgIGxldCBmb3VuZDogWG1sRWxlbWVudFtdO1xuICAgICAgaWYgKHN0ZXAuZGVzY2VuZGFudCkge1xuICAgICAgICBmb3VuZCA9IFtdO1xuICAgICAgICBkZXNjZW5kYW50cyhlbCwgc3RlcC5uYW1lLCBmb3VuZCk7XG4gICAgICB9IGVsc2UgZm91bmQgPSBjaGlsZEVsZW1lbnRzKGVsLCBzdGVwLm5hbWUpO1xuICAgICAgZm9yIChjb25zdCBwIG9mIHN0ZXAucHJlZGljYXRlcykge1xuICAgICAgICBpZiAocC5raW5kID09PSAnaW5kZXgnKSBmb3VuZCA9IGZvdW5kW3AuaW5kZXggLSAxXSA/IFtmb3VuZFtwLmluZGV4IC0gMV0hXSA6IFtdO1xuICAgICAgICBlbHNlIGZvdW5kID0gZm91bmQuZmlsdGVyKChmKSA9PiBtYXRjaGVzKGYsIHApKTtcbiAgICAgIH1cbiAgICAgIG5leHQucHVzaCguLi5mb3VuZCk7XG4gICAgfVxuICAgIGN1cnJlbnQgPSBuZXh0O1xuICB9XG4gIGNvbnN0IHNlbCA9IHBhdGguc2VsZWN0O1xuICBpZiAoc2VsLmtpbmQgPT09ICdhdHRyJylcbiAgICByZXR1cm4gY3VycmVudC5tYXAoKGVsKSA9PiBlbFtgQF8ke3NlbC5uYW1lfWBdKS5maWx0ZXIoKHYpOiB2IGlzIHN0cmluZyA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycpO1xuICByZXR1cm4gY3VycmVudC5tYXAodGV4dCk7XG59XG5cbmNvbnN0IHBhcnNlciA9IG5ldyBYTUxQYXJzZXIoe1xuICBpZ25vcmVBdHRyaWJ1dGVzOiBmYWxzZSxcbiAgYXR0cmlidXRlTmFtZVByZWZpeDogJ0BfJyxcbiAgcGFyc2VUYWdWYWx1ZTogZmFsc2UsXG4gIHBhcnNlQXR0cmlidXRlVmFsdWU6IGZhbHNlLFxuICBhbHdheXNDcmVhdGVUZXh0Tm9kZTogdHJ1ZSxcbiAgaXNBcnJheTogKF9uYW1lLCBfanBhdGgsIF9sZWFmLCBpc0F0dHJpYnV0ZSkgPT4gIWlzQXR0cmlidXRlLFxufSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVhtbCh0ZXh0OiBzdHJpbmcpOiBYbWxFbGVtZW50IHtcbiAgcmV0dXJuIHBhcnNlci5wYXJzZSh0ZXh0KSBhcyBYbWxFbGVtZW50O1xufVxuIiwgIi8qKlxuICogUmV2b2x1dGlvbiBQaSBpbnB1dDogcmVhZHMgdmFyaWFibGVzIGZyb20gdGhlIHBpQ29udHJvbCBwcm9jZXNzIGltYWdlIChgL2Rldi9waUNvbnRyb2wwYCwgYSBmbGF0XG4gKiA0MDk2LWJ5dGUgYnVmZmVyOyBhbnkgZmlsZSB3aXRoIHRoZSBzYW1lIGxheW91dCBpbiB0ZXN0cykgYXQgYnl0ZSBvZmZzZXRzIHRha2VuIGZyb20gUGlDdG9yeSdzXG4gKiBjb25maWd1cmF0aW9uIChgL2V0Yy9yZXZwaS9jb25maWcucnNjYCwgSlNPTikuIEEgdmFyaWFibGUncyBhYnNvbHV0ZSBhZGRyZXNzIGlzIGl0cyBkZXZpY2Unc1xuICogYG9mZnNldGAgcGx1cyB0aGUgZW50cnkncyBvd24gb2Zmc2V0OyBlbnRyaWVzIGFyZSBgW25hbWUsIGRlZmF1bHQsIGJpdExlbmd0aCwgb2Zmc2V0LCBleHBvcnRlZCxcbiAqIHNvcnRLZXksIGNvbW1lbnQsIGJpdFBvc2l0aW9uXWA7IG11bHRpLWJ5dGUgdmFsdWVzIGFyZSBsaXR0bGUtZW5kaWFuIGFuZCB1bmFsaWduZWQ7IDEtYml0IHZhbHVlc1xuICogdXNlIGBiaXRQb3NpdGlvbmAgKDAtNykuIE9uZSBwb2xsIHJlYWRzIHRoZSBieXRlIHJhbmdlIGNvdmVyaW5nIGFsbCB2YXJpYWJsZXMgd2l0aCBhIHNpbmdsZVxuICogcG9zaXRpb25lZCByZWFkLCBzbyB0aGUgdmFsdWVzIG9mIG9uZSBwb2xsIGNvbWUgZnJvbSBvbmUgbW9tZW50IG9mIHRoZSBpbWFnZS5cbiAqL1xuaW1wb3J0IHsgY2xvc2VTeW5jLCBvcGVuU3luYywgcmVhZEZpbGVTeW5jLCByZWFkU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHR5cGUgeyBSZXZwaUlucHV0Q29uZmlnIH0gZnJvbSAnLi4vY29uZmlnLnRzJztcbmltcG9ydCB7IERldmljZUVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLnRzJztcbmltcG9ydCB0eXBlIHsgTWV0cmljTWV0YSB9IGZyb20gJy4uL3Byb2ZpbGUudHMnO1xuaW1wb3J0IHR5cGUgeyBEZXZpY2VTYW1wbGUsIFBvbGxSZXN1bHQsIFNvdXJjZSB9IGZyb20gJy4uL3NvdXJjZS50cyc7XG5cbi8qKiBTaXplIG9mIHRoZSBwaUNvbnRyb2wgcHJvY2VzcyBpbWFnZSAoS0JfUElfTEVOKS4gKi9cbmV4cG9ydCBjb25zdCBQUk9DRVNTX0lNQUdFX0JZVEVTID0gNDA5NjtcblxuZXhwb3J0IGludGVyZmFjZSBQaVZhcmlhYmxlIHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogQWJzb2x1dGUgYnl0ZSBhZGRyZXNzIGluIHRoZSBwcm9jZXNzIGltYWdlLiAqL1xuICBhZGRyZXNzOiBudW1iZXI7XG4gIGJpdExlbmd0aDogMSB8IDggfCAxNiB8IDMyO1xuICBiaXRQb3NpdGlvbjogbnVtYmVyO1xufVxuXG4vKiogUGFyc2VzIGEgUGlDdG9yeSBjb25maWcucnNjIGludG8gaXRzIHZhcmlhYmxlcyBieSBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUGljdG9yeUNvbmZpZyhkb2M6IHVua25vd24sIHNvdXJjZTogc3RyaW5nKTogTWFwPHN0cmluZywgUGlWYXJpYWJsZT4ge1xuICBjb25zdCBvdXQgPSBuZXcgTWFwPHN0cmluZywgUGlWYXJpYWJsZT4oKTtcbiAgY29uc3QgZGV2aWNlcyA9IChkb2MgYXMgeyBEZXZpY2VzPzogdW5rbm93biB9KT8uRGV2aWNlcztcbiAgaWYgKCFBcnJheS5pc0FycmF5KGRldmljZXMpKVxuICAgIHRocm93IG5ldyBEZXZpY2VFcnJvcignQ09ORklHX0lOVkFMSUQnLCBgJHtzb3VyY2V9OiBub3QgYSBQaUN0b3J5IGNvbmZpZ3VyYXRpb24gKG5vIFwiRGV2aWNlc1wiIGFycmF5KWApO1xuICBmb3IgKGNvbnN0IGQgb2YgZGV2aWNlcyBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPltdKSB7XG4gICAgY29uc3QgYmFzZSA9IE51bWJlcihkLm9mZnNldCk7XG4gICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGJhc2UpKSBjb250aW51ZTtcbiAgICBmb3IgKGNvbnN0IG1hcCBvZiBbJ2lucCcsICdvdXQnLCAnbWVtJ10gYXMgY29uc3QpIHtcbiAgICAgIGNvbnN0IGVudHJpZXMgPSBkW21hcF07XG4gICAgICBpZiAoIWVudHJpZXMgfHwgdHlwZW9mIGVudHJpZXMgIT09ICdvYmplY3QnKSBjb250aW51ZTtcbiAgICAgIGZvciAoY29uc3QgZSBvZiBPYmplY3QudmFsdWVzKGVudHJpZXMgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pKSB7XG4gICAgICAgIGlmICghQXJyYXkuaXNBcnJheShlKSkgY29udGludWU7XG4gICAgICAgIGNvbnN0IFtuYW1lLCAsIGJpdExlbmd0aCwgb2Zmc2V0LCAsICwgLCBiaXRQb3NpdGlvbl0gPSBlIGFzIHVua25vd25bXTtcbiAgICAgICAgY29uc3QgYml0cyA9IE51bWJlcihiaXRMZW5ndGgpO1xuICAgICAgICBpZiAodHlwZW9mIG5hbWUgIT09ICdzdHJpbmcnIHx8ICFbMSwgOCwgMTYsIDMyXS5pbmNsdWRlcyhiaXRzKSkgY29udGludWU7XG4gICAgICAgIG91dC5zZXQobmFtZSwge1xuICAgICAgICAgIG5hbWUsXG4gICAgICAgICAgYWRkcmVzczogYmFzZSArIE51bWJlcihvZmZzZXQpLFxuICAgICAgICAgIGJpdExlbmd0aDogYml0cyBhcyBQaVZhcmlhYmxlWydiaXRMZW5ndGgnXSxcbiAgICAgICAgICBiaXRQb3NpdGlvbjogTnVtYmVyKGJpdFBvc2l0aW9uID8/IDApIHx8IDAsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVhZFBpY3RvcnlDb25maWcoZmlsZTogc3RyaW5nKTogTWFwPHN0cmluZywgUGlWYXJpYWJsZT4ge1xuICBsZXQgdGV4dDogc3RyaW5nO1xuICB0cnkge1xuICAgIHRleHQgPSByZWFkRmlsZVN5bmMoZmlsZSwgJ3V0ZjgnKTtcbiAgfSBjYXRjaCAoZXJyKSB7XG4gICAgdGhyb3cgbmV3IERldmljZUVycm9yKCdJTlBVVF9GQUlMRUQnLCBgUGlDdG9yeSBjb25maWd1cmF0aW9uICR7ZmlsZX0gY2Fubm90IGJlIHJlYWQ6ICR7KGVyciBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgfVxuICB0cnkge1xuICAgIHJldHVybiBwYXJzZVBpY3RvcnlDb25maWcoSlNPTi5wYXJzZSh0ZXh0KSwgZmlsZSk7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIGlmIChlcnIgaW5zdGFuY2VvZiBEZXZpY2VFcnJvcikgdGhyb3cgZXJyO1xuICAgIHRocm93IG5ldyBEZXZpY2VFcnJvcignQ09ORklHX0lOVkFMSUQnLCBgUGlDdG9yeSBjb25maWd1cmF0aW9uICR7ZmlsZX0gaXMgbm90IEpTT046ICR7KGVyciBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgfVxufVxuXG4vKiogRGVjb2RlcyBvbmUgdmFyaWFibGUgZnJvbSBhIGJ1ZmZlciB0aGF0IHN0YXJ0cyBhdCBwcm9jZXNzLWltYWdlIGJ5dGUgYGJhc2VgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVBpVmFsdWUoYnVmOiBCdWZmZXIsIGJhc2U6IG51bWJlciwgdjogUGlWYXJpYWJsZSwgc2lnbmVkOiBib29sZWFuKTogbnVtYmVyIHtcbiAgY29uc3QgYXQgPSB2LmFkZHJlc3MgLSBiYXNlO1xuICBzd2l0Y2ggKHYuYml0TGVuZ3RoKSB7XG4gICAgY2FzZSAxOlxuICAgICAgcmV0dXJuIChidWZbYXRdISA+PiB2LmJpdFBvc2l0aW9uKSAmIDE7XG4gICAgY2FzZSA4OlxuICAgICAgcmV0dXJuIHNpZ25lZCA/IGJ1Zi5yZWFkSW50OChhdCkgOiBidWYucmVhZFVJbnQ4KGF0KTtcbiAgICBjYXNlIDE2OlxuICAgICAgcmV0dXJuIHNpZ25lZCA/IGJ1Zi5yZWFkSW50MTZMRShhdCkgOiBidWYucmVhZFVJbnQxNkxFKGF0KTtcbiAgICBjYXNlIDMyOlxuICAgICAgcmV0dXJuIHNpZ25lZCA/IGJ1Zi5yZWFkSW50MzJMRShhdCkgOiBidWYucmVhZFVJbnQzMkxFKGF0KTtcbiAgfVxufVxuXG5pbnRlcmZhY2UgUmVzb2x2ZWQge1xuICB2OiBQaVZhcmlhYmxlO1xuICBjZmc6IFJldnBpSW5wdXRDb25maWdbJ3ZhbHVlcyddW251bWJlcl07XG59XG5cbmV4cG9ydCBjbGFzcyBSZXZwaVNvdXJjZSBpbXBsZW1lbnRzIFNvdXJjZSB7XG4gIHJlYWRvbmx5IGRlc2NyaXB0aW9uOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1ldHJpY3M6IE1ldHJpY01ldGFbXSA9IFtdO1xuICByZWFkb25seSBpZGVudGl0eUxhYmVscyA9IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSByZXNvbHZlZDogUmVzb2x2ZWRbXSB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSByYW5nZSA9IHsgc3RhcnQ6IDAsIGVuZDogMCB9O1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgY2ZnOiBSZXZwaUlucHV0Q29uZmlnLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcmVhZENvbmZpZzogKGZpbGU6IHN0cmluZykgPT4gTWFwPHN0cmluZywgUGlWYXJpYWJsZT4sXG4gICkge1xuICAgIHRoaXMuZGVzY3JpcHRpb24gPSBgcmV2cGkgJHtjZmcuaW1hZ2V9YDtcbiAgICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgZm9yIChjb25zdCB2IG9mIGNmZy52YWx1ZXMpXG4gICAgICBpZiAoIXNlZW4uaGFzKHYubmFtZSkpIHtcbiAgICAgICAgc2Vlbi5hZGQodi5uYW1lKTtcbiAgICAgICAgdGhpcy5tZXRyaWNzLnB1c2goeyBuYW1lOiB2Lm5hbWUsIHR5cGU6IHYudHlwZSwgdW5pdDogdi51bml0LCBoZWxwOiB2LmhlbHAgfSk7XG4gICAgICB9XG4gIH1cblxuICBwcml2YXRlIHJlc29sdmUoKSB7XG4gICAgaWYgKHRoaXMucmVzb2x2ZWQpIHJldHVybiB0aGlzLnJlc29sdmVkO1xuICAgIGNvbnN0IHZhcnMgPSB0aGlzLnJlYWRDb25maWcodGhpcy5jZmcuY29uZmlnKTtcbiAgICBjb25zdCBvdXQ6IFJlc29sdmVkW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgdGhpcy5jZmcudmFsdWVzKSB7XG4gICAgICBjb25zdCB2ID0gdmFycy5nZXQoYy52YXJpYWJsZSk7XG4gICAgICBpZiAoIXYpXG4gICAgICAgIHRocm93IG5ldyBEZXZpY2VFcnJvcihcbiAgICAgICAgICAnSU5QVVRfRkFJTEVEJyxcbiAgICAgICAgICBgdmFyaWFibGUgJHtKU09OLnN0cmluZ2lmeShjLnZhcmlhYmxlKX0gaXMgbm90IGluICR7dGhpcy5jZmcuY29uZmlnfTsga25vd246ICR7Wy4uLnZhcnMua2V5cygpXS5zbGljZSgwLCAxMikuam9pbignLCAnKX1gLFxuICAgICAgICApO1xuICAgICAgaWYgKHYuYWRkcmVzcyArIE1hdGguY2VpbCh2LmJpdExlbmd0aCAvIDgpID4gUFJPQ0VTU19JTUFHRV9CWVRFUylcbiAgICAgICAgdGhyb3cgbmV3IERldmljZUVycm9yKCdJTlBVVF9GQUlMRUQnLCBgdmFyaWFibGUgJHtjLnZhcmlhYmxlfSBsaWVzIG91dHNpZGUgdGhlIDQwOTYtYnl0ZSBwcm9jZXNzIGltYWdlYCk7XG4gICAgICBvdXQucHVzaCh7IHYsIGNmZzogYyB9KTtcbiAgICB9XG4gICAgdGhpcy5yYW5nZSA9IHtcbiAgICAgIHN0YXJ0OiBNYXRoLm1pbiguLi5vdXQubWFwKChvKSA9PiBvLnYuYWRkcmVzcykpLFxuICAgICAgZW5kOiBNYXRoLm1heCguLi5vdXQubWFwKChvKSA9PiBvLnYuYWRkcmVzcyArIE1hdGgubWF4KDEsIG8udi5iaXRMZW5ndGggLyA4KSkpLFxuICAgIH07XG4gICAgdGhpcy5yZXNvbHZlZCA9IG91dDtcbiAgICByZXR1cm4gb3V0O1xuICB9XG5cbiAgYXN5bmMgcG9sbCgpOiBQcm9taXNlPFBvbGxSZXN1bHQ+IHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICBjb25zdCBzYW1wbGVzOiBEZXZpY2VTYW1wbGVbXSA9IFtdO1xuICAgIGNvbnN0IGVycm9yczogRGV2aWNlRXJyb3JbXSA9IFtdO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCB2YXJzID0gdGhpcy5yZXNvbHZlKCk7XG4gICAgICBjb25zdCBidWYgPSBCdWZmZXIuYWxsb2ModGhpcy5yYW5nZS5lbmQgLSB0aGlzLnJhbmdlLnN0YXJ0KTtcbiAgICAgIGNvbnN0IGZkID0gb3BlblN5bmModGhpcy5jZmcuaW1hZ2UsICdyJyk7XG4gICAgICB0cnkge1xuICAgICAgICByZWFkU3luYyhmZCwgYnVmLCAwLCBidWYubGVuZ3RoLCB0aGlzLnJhbmdlLnN0YXJ0KTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGNsb3NlU3luYyhmZCk7XG4gICAgICB9XG4gICAgICBjb25zdCB0ID0gRGF0ZS5ub3coKTtcbiAgICAgIGZvciAoY29uc3QgeyB2LCBjZmcgfSBvZiB2YXJzKVxuICAgICAgICBzYW1wbGVzLnB1c2goe1xuICAgICAgICAgIG1ldHJpYzogY2ZnLm5hbWUsXG4gICAgICAgICAgbGFiZWxzOiB7IC4uLmNmZy5sYWJlbHMgfSxcbiAgICAgICAgICB2YWx1ZTogZGVjb2RlUGlWYWx1ZShidWYsIHRoaXMucmFuZ2Uuc3RhcnQsIHYsIGNmZy5zaWduZWQpICogY2ZnLnNjYWxlLFxuICAgICAgICAgIHRpbWVNczogdCxcbiAgICAgICAgfSk7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICBlcnJvcnMucHVzaChcbiAgICAgICAgZXJyIGluc3RhbmNlb2YgRGV2aWNlRXJyb3JcbiAgICAgICAgICA/IGVyclxuICAgICAgICAgIDogbmV3IERldmljZUVycm9yKCdJTlBVVF9GQUlMRUQnLCBgJHt0aGlzLmRlc2NyaXB0aW9ufTogJHsoZXJyIGFzIEVycm9yKS5tZXNzYWdlfWAsIHsgY2F1c2U6IGVyciB9KSxcbiAgICAgICk7XG4gICAgfVxuICAgIHJldHVybiB7IHNhbXBsZXMsIGVycm9ycywgcmVxdWVzdHM6IDEsIGR1cmF0aW9uTXM6IERhdGUubm93KCkgLSBzdGFydGVkIH07XG4gIH1cblxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHt9XG59XG4iLCAiLyoqIFJlZ2lzdGVyIGRlY29kaW5nOiBldmVyeSBkYXRhIHR5cGUgYW5kIGJ5dGUgb3JkZXIsIG5vdC1hdmFpbGFibGUgbWFya2Vycywgc2NhbGUgYW5kIGRlY2ltYWxzLiAqL1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB7IGRlY29kZVBvaW50LCBkZWNvZGVSYXcsIHNob3J0ZXN0RmxvYXQzMiB9IGZyb20gJy4vZGVjb2RlLnRzJztcblxuZnVuY3Rpb24gd29yZHMoYnl0ZXM6IG51bWJlcltdKTogbnVtYmVyW10ge1xuICBjb25zdCBvdXQ6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgYnl0ZXMubGVuZ3RoOyBpICs9IDIpIG91dC5wdXNoKChieXRlc1tpXSEgPDwgOCkgfCBieXRlc1tpICsgMV0hKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZGVzY3JpYmUoJ2RlY29kZScsICgpID0+IHtcbiAgaXQoJ3JlYWRzIGZsb2F0MzIgaW4gYWxsIGZvdXIgYnl0ZSBvcmRlcnMnLCAoKSA9PiB7XG4gICAgY29uc3QgZHYgPSBuZXcgRGF0YVZpZXcobmV3IEFycmF5QnVmZmVyKDQpKTtcbiAgICBkdi5zZXRGbG9hdDMyKDAsIDIzMC4xKTtcbiAgICBjb25zdCBbYSwgYiwgYywgZF0gPSBbMCwgMSwgMiwgM10ubWFwKChpKSA9PiBkdi5nZXRVaW50OChpKSkgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gICAgYXNzZXJ0LmVxdWFsKGRlY29kZVJhdyh3b3JkcyhbYSwgYiwgYywgZF0pLCAwLCAnZjMyJywgJ0FCQ0QnKSwgMjMwLjEpO1xuICAgIGFzc2VydC5lcXVhbChkZWNvZGVSYXcod29yZHMoW2MsIGQsIGEsIGJdKSwgMCwgJ2YzMicsICdDREFCJyksIDIzMC4xKTtcbiAgICBhc3NlcnQuZXF1YWwoZGVjb2RlUmF3KHdvcmRzKFtiLCBhLCBkLCBjXSksIDAsICdmMzInLCAnQkFEQycpLCAyMzAuMSk7XG4gICAgYXNzZXJ0LmVxdWFsKGRlY29kZVJhdyh3b3JkcyhbZCwgYywgYiwgYV0pLCAwLCAnZjMyJywgJ0RDQkEnKSwgMjMwLjEpO1xuICB9KTtcbiAgaXQoJ3JlYWRzIGludGVnZXIgdHlwZXMgd2l0aCBzaWduJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChkZWNvZGVSYXcoWzB4ZmZmZl0sIDAsICdzMTYnLCAnQUJDRCcpLCAtMSk7XG4gICAgYXNzZXJ0LmVxdWFsKGRlY29kZVJhdyhbMHhmZmZmXSwgMCwgJ3UxNicsICdBQkNEJyksIDY1NTM1KTtcbiAgICBhc3NlcnQuZXF1YWwoZGVjb2RlUmF3KFsweDAwMDEsIDB4MDAwMl0sIDAsICd1MzInLCAnQUJDRCcpLCA2NTUzOCk7XG4gICAgYXNzZXJ0LmVxdWFsKGRlY29kZVJhdyhbMHgwMDAyLCAweDAwMDFdLCAwLCAndTMyJywgJ0NEQUInKSwgNjU1MzgpO1xuICAgIGFzc2VydC5lcXVhbChkZWNvZGVSYXcoWzB4ZmZmZiwgMHhmZmZlXSwgMCwgJ3MzMicsICdBQkNEJyksIC0yKTtcbiAgICBhc3NlcnQuZXF1YWwoZGVjb2RlUmF3KFswLCAwLCAweDAwMDEsIDB4ODZhMF0sIDAsICd1NjQnLCAnQUJDRCcpLCAxMDAwMDApO1xuICAgIGFzc2VydC5lcXVhbChkZWNvZGVSYXcoWzB4ZmZmZiwgMHhmZmZmLCAweGZmZmYsIDB4ZmZmZl0sIDAsICdzNjQnLCAnQUJDRCcpLCAtMSk7XG4gIH0pO1xuICBpdCgncmVhZHMgZmxvYXQ2NCcsICgpID0+IHtcbiAgICBjb25zdCBkdiA9IG5ldyBEYXRhVmlldyhuZXcgQXJyYXlCdWZmZXIoOCkpO1xuICAgIGR2LnNldEZsb2F0NjQoMCwgMTIzNDUuNjc4KTtcbiAgICBjb25zdCB3cyA9IFswLCAyLCA0LCA2XS5tYXAoKGkpID0+IGR2LmdldFVpbnQxNihpKSk7XG4gICAgYXNzZXJ0LmVxdWFsKGRlY29kZVJhdyh3cywgMCwgJ2Y2NCcsICdBQkNEJyksIDEyMzQ1LjY3OCk7XG4gIH0pO1xuICBpdCgnZ2l2ZXMgdGhlIHNob3J0ZXN0IGRlY2ltYWwgZm9yIGEgZmxvYXQzMicsICgpID0+IHtcbiAgICBhc3NlcnQuZXF1YWwoc2hvcnRlc3RGbG9hdDMyKE1hdGguZnJvdW5kKDIzMC4xKSksIDIzMC4xKTtcbiAgICBhc3NlcnQuZXF1YWwoc2hvcnRlc3RGbG9hdDMyKE1hdGguZnJvdW5kKDAuMDAxKSksIDAuMDAxKTtcbiAgICBhc3NlcnQuZXF1YWwoc2hvcnRlc3RGbG9hdDMyKE1hdGguZnJvdW5kKDQ5Ljk5KSksIDQ5Ljk5KTtcbiAgfSk7XG4gIGNvbnN0IGJhc2UgPSB7XG4gICAgdHlwZTogJ3UzMicgYXMgY29uc3QsXG4gICAgb3JkZXI6ICdBQkNEJyBhcyBjb25zdCxcbiAgICB3b3JkczogMixcbiAgICBzY2FsZTogMSxcbiAgICBvZmZzZXQ6IDAsXG4gICAgZGVjaW1hbHM6IHVuZGVmaW5lZCxcbiAgICBub3RBdmFpbGFibGU6IFtdIGFzIHN0cmluZ1tdLFxuICB9O1xuICBpdCgnYXBwbGllcyBzY2FsZSwgb2Zmc2V0IGFuZCBkZWNpbWFscyAoQUJCLXN0eWxlIHNjYWxlZCBpbnRlZ2VycyknLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGRlY29kZVBvaW50KFswLCAyMzAxXSwgMCwgeyAuLi5iYXNlLCBzY2FsZTogMC4xLCBkZWNpbWFsczogMSB9KSwgMjMwLjEpO1xuICAgIGFzc2VydC5lcXVhbChkZWNvZGVQb2ludChbMCwgMTAwXSwgMCwgeyAuLi5iYXNlLCBzY2FsZTogMSwgb2Zmc2V0OiAtNDAgfSksIDYwKTtcbiAgfSk7XG4gIGl0KCdob25vdXJzIHRoZSBub3QtYXZhaWxhYmxlIG1hcmtlcicsICgpID0+IHtcbiAgICBhc3NlcnQuZXF1YWwoZGVjb2RlUG9pbnQoWzB4ZmZmZiwgMHhmZmZmXSwgMCwgeyAuLi5iYXNlLCBub3RBdmFpbGFibGU6IFsnRkZGRkZGRkYnXSB9KSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwoZGVjb2RlUG9pbnQoWzB4ZmZmZiwgMHhmZmZlXSwgMCwgeyAuLi5iYXNlLCBub3RBdmFpbGFibGU6IFsnRkZGRkZGRkYnXSB9KSwgNDI5NDk2NzI5NCk7XG4gIH0pO1xufSk7XG4iLCAiLyoqXG4gKiBBIGRldmljZSByZWFkIHRocm91Z2ggaXRzIHByb2ZpbGUgZnJvbSB0aGUgc2ltdWxhdGVkIFNETTYzMCBvdmVyIHJlYWwgTW9kYnVzIFRDUDogdmFsdWVzIGRlY29kZVxuICogdG8gdGhlIG1vZGVsJ3MsIHRoZSBzZXJpYWwgbnVtYmVyIGJlY29tZXMgYSBsYWJlbCwgYW5kIGEgZGVhZCBtZXRlciB5aWVsZHMgY2xlYXIgZXJyb3JzIHF1aWNrbHkuXG4gKi9cbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGFmdGVyLCBiZWZvcmUsIGRlc2NyaWJlLCBpdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgeyBmcmVlUG9ydCwgdHlwZSBTaW11bGF0b3JIYW5kbGUsIHN0YXJ0VGNwU2ltdWxhdG9yIH0gZnJvbSAnQHNlbnNvcnBhdGgvc2ltdWxhdG9yJztcbmltcG9ydCB7IE1vZGJ1c0RldmljZSB9IGZyb20gJy4vZGV2aWNlLnRzJztcbmltcG9ydCB7IE1vZGJ1c1RjcFRyYW5zcG9ydCB9IGZyb20gJy4vbW9kYnVzLnRzJztcbmltcG9ydCB7IGxvYWRQcm9maWxlIH0gZnJvbSAnLi9wcm9maWxlLnRzJztcblxuZGVzY3JpYmUoJ01vZGJ1c0RldmljZSBhZ2FpbnN0IHRoZSBTRE02MzAgc2ltdWxhdG9yJywgKCkgPT4ge1xuICBsZXQgc2ltOiBTaW11bGF0b3JIYW5kbGU7XG4gIGxldCB0cmFuc3BvcnQ6IE1vZGJ1c1RjcFRyYW5zcG9ydDtcbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICAvLyBBIGZyb3plbiBjbG9jazogdGhlIG1ldGVyJ3MgdmFsdWVzIHN0YXkgcHV0IHdoaWxlIHRoZSB0ZXN0IGNvbXBhcmVzIHRoZW0uXG4gICAgc2ltID0gYXdhaXQgc3RhcnRUY3BTaW11bGF0b3IoeyB1bml0czogWzEsIDJdLCBub3c6ICgpID0+IDFfNzY0XzAwMF8wMDBfMDAwIH0pO1xuICAgIHRyYW5zcG9ydCA9IG5ldyBNb2RidXNUY3BUcmFuc3BvcnQoeyBob3N0OiBzaW0uaG9zdCwgcG9ydDogc2ltLnBvcnQgfSk7XG4gIH0pO1xuICBhZnRlcihhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgdHJhbnNwb3J0LmNsb3NlKCk7XG4gICAgYXdhaXQgc2ltLmNsb3NlKCk7XG4gIH0pO1xuXG4gIGl0KCdyZWFkcyBldmVyeSBwcm9maWxlIHZhbHVlIHdpdGggdGhlIHNlcmlhbCBhcyBhIGxhYmVsJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGRldiA9IG5ldyBNb2RidXNEZXZpY2UoeyBwcm9maWxlOiBsb2FkUHJvZmlsZSgnc2RtNjMwJyksIHRyYW5zcG9ydCwgdW5pdDogMSwgdGltZW91dE1zOiAxMDAwIH0pO1xuICAgIGNvbnN0IHJlcyA9IGF3YWl0IGRldi5wb2xsKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXMuZXJyb3JzLCBbXSk7XG4gICAgY29uc3Qgc2VyaWFsID0gU3RyaW5nKHNpbS5tZXRlcnMuZ2V0KDEpIS5zZXJpYWwpO1xuICAgIGNvbnN0IHZvbHRzID0gcmVzLnNhbXBsZXMuZmlsdGVyKChzKSA9PiBzLm1ldHJpYyA9PT0gJ21ldGVyX3ZvbHRhZ2Vfdm9sdHMnKTtcbiAgICBhc3NlcnQuZXF1YWwodm9sdHMubGVuZ3RoLCAzKTtcbiAgICBjb25zdCBtb2RlbCA9IHNpbS5tZXRlcnMuZ2V0KDEpIS5jdXJyZW50O1xuICAgIGZvciAoY29uc3QgW2ksIHNdIG9mIHZvbHRzLmVudHJpZXMoKSkge1xuICAgICAgYXNzZXJ0LmVxdWFsKHMubGFiZWxzLnBoYXNlLCBgTCR7aSArIDF9YCk7XG4gICAgICBhc3NlcnQuZXF1YWwocy5sYWJlbHMuc2VyaWFsLCBzZXJpYWwpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHMudmFsdWUsIG1vZGVsLnZvbHRhZ2VbaV0pO1xuICAgIH1cbiAgICBjb25zdCBlbmVyZ3kgPSByZXMuc2FtcGxlcy5maW5kKFxuICAgICAgKHMpID0+IHMubWV0cmljID09PSAnbWV0ZXJfaW1wb3J0X2VuZXJneV93YXR0aG91cnMnICYmIHMubGFiZWxzLnBoYXNlID09PSAndG90YWwnLFxuICAgICk7XG4gICAgYXNzZXJ0LmVxdWFsKGVuZXJneT8udmFsdWUsIE1hdGgucm91bmQobW9kZWwuaW1wb3J0S3doICogMTAwMCkpO1xuICAgIGFzc2VydC5vayhyZXMucmVxdWVzdHMgPD0gNCwgYCR7cmVzLnJlcXVlc3RzfSByZXF1ZXN0c2ApO1xuICB9KTtcblxuICBpdCgncmVwb3J0cyBhIG1pc3NpbmcgdW5pdCBhcyBhbiBlcnJvciB3aXRob3V0IHRocm93aW5nJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGRldiA9IG5ldyBNb2RidXNEZXZpY2UoeyBwcm9maWxlOiBsb2FkUHJvZmlsZSgnc2RtNjMwJyksIHRyYW5zcG9ydCwgdW5pdDogNywgdGltZW91dE1zOiAzMDAgfSk7XG4gICAgY29uc3QgcmVzID0gYXdhaXQgZGV2LnBvbGwoKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzLnNhbXBsZXMubGVuZ3RoLCAwKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzLmVycm9ycy5sZW5ndGgsIDEpO1xuICAgIGFzc2VydC5tYXRjaChyZXMuZXJyb3JzWzBdIS5tZXNzYWdlLCAvdW5pdCA3Lyk7XG4gIH0pO1xuXG4gIGl0KCdyZXBvcnRzIGFuIHVucmVhY2hhYmxlIGdhdGV3YXkgd2l0aCBhIGNvbm5lY3QgZXJyb3InLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgcG9ydCA9IGF3YWl0IGZyZWVQb3J0KCk7XG4gICAgY29uc3QgdCA9IG5ldyBNb2RidXNUY3BUcmFuc3BvcnQoeyBob3N0OiAnMTI3LjAuMC4xJywgcG9ydCB9KTtcbiAgICBjb25zdCBkZXYgPSBuZXcgTW9kYnVzRGV2aWNlKHsgcHJvZmlsZTogbG9hZFByb2ZpbGUoJ3NkbTYzMCcpLCB0cmFuc3BvcnQ6IHQsIHVuaXQ6IDEsIHRpbWVvdXRNczogMzAwIH0pO1xuICAgIGNvbnN0IHJlcyA9IGF3YWl0IGRldi5wb2xsKCk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlcy5lcnJvcnNbMF0/LmNvZGUsICdNT0RCVVNfQ09OTkVDVCcpO1xuICAgIGFzc2VydC5tYXRjaChyZXMuZXJyb3JzWzBdIS5tZXNzYWdlLCAvY2Fubm90IGNvbm5lY3QgdG8gbW9kYnVzLXRjcCAxMjdcXC4wXFwuMFxcLjEvKTtcbiAgICBhd2FpdCB0LmNsb3NlKCk7XG4gIH0pO1xufSk7XG4iLCAiLyoqIFByb2ZpbGVzOiB0aGUgYnVpbHQtaW4gU0RNNjMwIGxvYWRzIGFuZCBwbGFucyBpbnRvIGZldyByZXF1ZXN0czsgYmFkIHByb2ZpbGVzIG5hbWUgdGhlIGZpZWxkLiAqL1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB7IHBsYW5SZWFkcyB9IGZyb20gJy4vcGxhbi50cyc7XG5pbXBvcnQgeyBsaXN0QnVpbHRpblByb2ZpbGVzLCBsb2FkUHJvZmlsZSwgcmVzb2x2ZVByb2ZpbGUgfSBmcm9tICcuL3Byb2ZpbGUudHMnO1xuXG5kZXNjcmliZSgnZGV2aWNlIHByb2ZpbGVzJywgKCkgPT4ge1xuICBpdCgnc2hpcHMgdGhlIFNETTYzMCBwcm9maWxlJywgKCkgPT4ge1xuICAgIGFzc2VydC5vayhsaXN0QnVpbHRpblByb2ZpbGVzKCkuaW5jbHVkZXMoJ3NkbTYzMCcpKTtcbiAgICBjb25zdCBwID0gbG9hZFByb2ZpbGUoJ3NkbTYzMCcpO1xuICAgIGFzc2VydC5lcXVhbChwLmlkZW50aXR5WzBdPy5sYWJlbCwgJ3NlcmlhbCcpO1xuICAgIGFzc2VydC5lcXVhbChwLmlkZW50aXR5WzBdPy5wb2ludC5hZGRyZXNzLCAweGZjMDApO1xuICAgIGNvbnN0IHZvbHRzID0gcC5wb2ludHMuZmlsdGVyKCh4KSA9PiB4Lm1ldHJpYyA9PT0gJ21ldGVyX3ZvbHRhZ2Vfdm9sdHMnKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFxuICAgICAgdm9sdHMubWFwKCh4KSA9PiBbeC5hZGRyZXNzLCB4LmxhYmVscy5waGFzZV0pLFxuICAgICAgW1xuICAgICAgICBbMCwgJ0wxJ10sXG4gICAgICAgIFsyLCAnTDInXSxcbiAgICAgICAgWzQsICdMMyddLFxuICAgICAgXSxcbiAgICApO1xuICB9KTtcbiAgaXQoJ21lcmdlcyBhZGphY2VudCByZWdpc3RlcnMgaW50byBmZXcgcmVxdWVzdHMgb2YgYXQgbW9zdCAxMjUgcmVnaXN0ZXJzJywgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBsb2FkUHJvZmlsZSgnc2RtNjMwJyk7XG4gICAgY29uc3QgYmxvY2tzID0gcGxhblJlYWRzKHAucG9pbnRzLCBwLm1heEdhcCwgcC5tYXhSZWdpc3RlcnMpO1xuICAgIGFzc2VydC5vayhibG9ja3MubGVuZ3RoIDw9IDMsIGBnb3QgJHtibG9ja3MubGVuZ3RofSBibG9ja3NgKTtcbiAgICBmb3IgKGNvbnN0IGIgb2YgYmxvY2tzKSBhc3NlcnQub2soYi5jb3VudCA8PSAxMjUpO1xuICAgIGNvbnN0IGNvdmVyZWQgPSBibG9ja3MuZmxhdE1hcCgoYikgPT4gYi5wb2ludHMubWFwKCh4KSA9PiB4LnBvaW50KSk7XG4gICAgYXNzZXJ0LmVxdWFsKGNvdmVyZWQubGVuZ3RoLCBwLnBvaW50cy5sZW5ndGgpO1xuICAgIC8vIFdpdGhvdXQgZ2FwcyBhbGxvd2VkLCByZWdpc3RlcnMgdGhhdCBhcmUgbm90IGFkamFjZW50IHN0YXkgYXBhcnQuXG4gICAgY29uc3Qgc3RyaWN0ID0gcGxhblJlYWRzKHAucG9pbnRzLCAwKTtcbiAgICBhc3NlcnQub2soc3RyaWN0Lmxlbmd0aCA+IGJsb2Nrcy5sZW5ndGgpO1xuICB9KTtcbiAgaXQoJ3NwbGl0cyBhdCB0aGUgcHJvdG9jb2wgbGltaXQnLCAoKSA9PiB7XG4gICAgY29uc3QgcG9pbnRzID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogMTAwIH0sIChfLCBpKSA9PiAoe1xuICAgICAgZnVuY3Rpb246ICdpbnB1dCcgYXMgY29uc3QsXG4gICAgICBhZGRyZXNzOiBpICogMixcbiAgICAgIHR5cGU6ICdmMzInIGFzIGNvbnN0LFxuICAgICAgb3JkZXI6ICdBQkNEJyBhcyBjb25zdCxcbiAgICAgIHdvcmRzOiAyLFxuICAgICAgc2NhbGU6IDEsXG4gICAgICBvZmZzZXQ6IDAsXG4gICAgICBkZWNpbWFsczogdW5kZWZpbmVkLFxuICAgICAgbm90QXZhaWxhYmxlOiBbXSxcbiAgICAgIG1ldHJpYzogJ3gnLFxuICAgICAgbGFiZWxzOiB7fSxcbiAgICB9KSk7XG4gICAgY29uc3QgYmxvY2tzID0gcGxhblJlYWRzKHBvaW50cywgMCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChcbiAgICAgIGJsb2Nrcy5tYXAoKGIpID0+IGIuY291bnQpLFxuICAgICAgWzEyNCwgNzZdLFxuICAgICk7XG4gIH0pO1xuICBpdCgnbmFtZXMgdGhlIGJhZCBmaWVsZCwgdGhlIHZhbHVlIGFuZCB3aGF0IGlzIGFsbG93ZWQnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LnRocm93cyhcbiAgICAgICgpID0+XG4gICAgICAgIHJlc29sdmVQcm9maWxlKFxuICAgICAgICAgIHsgcHJvZmlsZTogJ3gnLCBtZXRyaWNzOiBbeyBuYW1lOiAndicsIHR5cGU6ICdnYXVnZScsIHJlZ2lzdGVyczogW3sgYWRkcmVzczogNzAwMDAgfV0gfV0gfSxcbiAgICAgICAgICAneC55YW1sJyxcbiAgICAgICAgKSxcbiAgICAgIChlcnI6IEVycm9yICYgeyBjb2RlPzogc3RyaW5nIH0pID0+XG4gICAgICAgIGVyci5jb2RlID09PSAnUFJPRklMRV9JTlZBTElEJyAmJlxuICAgICAgICAvbWV0cmljc1xcLjBcXC5yZWdpc3RlcnNcXC4wXFwuYWRkcmVzcy8udGVzdChlcnIubWVzc2FnZSkgJiZcbiAgICAgICAgLzcwMDAwLy50ZXN0KGVyci5tZXNzYWdlKSxcbiAgICApO1xuICAgIGFzc2VydC50aHJvd3MoXG4gICAgICAoKSA9PlxuICAgICAgICByZXNvbHZlUHJvZmlsZShcbiAgICAgICAgICB7XG4gICAgICAgICAgICBwcm9maWxlOiAneCcsXG4gICAgICAgICAgICBtZXRyaWNzOiBbeyBuYW1lOiAndicsIHR5cGU6ICdnYXVnZScsIHJlZ2lzdGVyczogW3sgYWRkcmVzczogMSwgdHlwZTogJ2Zsb2F0JyB9XSB9XSxcbiAgICAgICAgICB9LFxuICAgICAgICAgICd4LnlhbWwnLFxuICAgICAgICApLFxuICAgICAgL21ldHJpY3NcXC4wXFwucmVnaXN0ZXJzXFwuMFxcLnR5cGUuKlwiZmxvYXRcIi9zLFxuICAgICk7XG4gICAgYXNzZXJ0LnRocm93cyhcbiAgICAgICgpID0+IGxvYWRQcm9maWxlKCdub3N1Y2htZXRlcicpLFxuICAgICAgL3Vua25vd24gZGV2aWNlIHByb2ZpbGUgXCJub3N1Y2htZXRlclwiOyBidWlsdC1pbiBwcm9maWxlczogLipzZG02MzAvLFxuICAgICk7XG4gIH0pO1xuICBpdCgncmVxdWlyZXMgdW5pdCBzdWZmaXhlcyBvbiBtZXRyaWMgbmFtZXMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LnRocm93cyhcbiAgICAgICgpID0+XG4gICAgICAgIHJlc29sdmVQcm9maWxlKFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIHByb2ZpbGU6ICd4JyxcbiAgICAgICAgICAgIG1ldHJpY3M6IFt7IG5hbWU6ICd2b2x0cycsIHR5cGU6ICdnYXVnZScsIHVuaXQ6ICd2b2x0cycsIHJlZ2lzdGVyczogW3sgYWRkcmVzczogMSB9XSB9XSxcbiAgICAgICAgICB9LFxuICAgICAgICAgICd4LnlhbWwnLFxuICAgICAgICApLFxuICAgICAgL211c3QgZW5kIGluIFwiX3ZvbHRzXCIvLFxuICAgICk7XG4gIH0pO1xufSk7XG4iLCAiLyoqIFNlbnNvciBwYXRoIHBhcnNpbmc6IHZhbGlkIHBhdGhzLCBlYWNoIGtpbmQgb2YgaW52YWxpZCBzZWdtZW50LCBhbmQgdG9waWMgcm91bmQgdHJpcHMuICovXG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgZm9ybWF0U2Vuc29yUGF0aCwgcGFyc2VTZW5zb3JQYXRoLCBwYXJzZVRvcGljLCB0b3BpY0ZvciB9IGZyb20gJy4vc2Vuc29yLXBhdGgudHMnO1xuXG5kZXNjcmliZSgnc2Vuc29yIHBhdGgnLCAoKSA9PiB7XG4gIGl0KCdwYXJzZXMgZml2ZSBzZWdtZW50cyBpbnRvIHRoZSBJU0EtOTUgbGV2ZWxzJywgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBwYXJzZVNlbnNvclBhdGgoJ2FjbWUvYmVybGluL2Fzc2VtYmx5L2xpbmUxL21ldGVyMScpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocCwge1xuICAgICAgZW50ZXJwcmlzZTogJ2FjbWUnLFxuICAgICAgc2l0ZTogJ2JlcmxpbicsXG4gICAgICBhcmVhOiAnYXNzZW1ibHknLFxuICAgICAgbGluZTogJ2xpbmUxJyxcbiAgICAgIGRldmljZTogJ21ldGVyMScsXG4gICAgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKGZvcm1hdFNlbnNvclBhdGgocCksICdhY21lL2Jlcmxpbi9hc3NlbWJseS9saW5lMS9tZXRlcjEnKTtcbiAgICBhc3NlcnQuZXF1YWwodG9waWNGb3IocCwgJ21ldHJpY3MnKSwgJ2FjbWUvYmVybGluL2Fzc2VtYmx5L2xpbmUxL21ldGVyMS9tZXRyaWNzJyk7XG4gIH0pO1xuICBpdCgnbmFtZXMgdGhlIHNlZ21lbnQgY291bnQgd2hlbiBpdCBpcyB3cm9uZycsICgpID0+IHtcbiAgICBhc3NlcnQudGhyb3dzKCgpID0+IHBhcnNlU2Vuc29yUGF0aCgnYWNtZS9iZXJsaW4nKSwgL2hhcyAyIHNlZ21lbnRcXChzXFwpOyBpdCBuZWVkcyBleGFjdGx5IDUvKTtcbiAgfSk7XG4gIGl0KCduYW1lcyB0aGUgYmFkIGxldmVsIGFuZCB2YWx1ZScsICgpID0+IHtcbiAgICBhc3NlcnQudGhyb3dzKCgpID0+IHBhcnNlU2Vuc29yUGF0aCgnYWNtZS9iZXIgbGluL2EvbC9kJyksIC9zaXRlPVwiYmVyIGxpblwiIGlzIGludmFsaWQvKTtcbiAgICBhc3NlcnQudGhyb3dzKCgpID0+IHBhcnNlU2Vuc29yUGF0aCgnYWNtZS8jL2EvbC9kJyksIC9zaXRlPVwiI1wiIGlzIGludmFsaWQvKTtcbiAgICBhc3NlcnQudGhyb3dzKCgpID0+IHBhcnNlU2Vuc29yUGF0aCgnYWNtZS8vYS9sL2QnKSwgL3NpdGU9XCJcIiBpcyBpbnZhbGlkLyk7XG4gIH0pO1xuICBpdCgncGFyc2VzIHRvcGljcyBhbmQgaWdub3JlcyBmb3JlaWduIG9uZXMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZVRvcGljKCdhL2IvYy9kL2UvbWV0cmljcycpPy5raW5kLCAnbWV0cmljcycpO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZVRvcGljKCdhL2IvYy9kL2Uvb3RoZXInKSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwocGFyc2VUb3BpYygnJFNZUy9icm9rZXIvdXB0aW1lJyksIHVuZGVmaW5lZCk7XG4gICAgYXNzZXJ0LmVxdWFsKHBhcnNlVG9waWMoJ2EvYi9jL21ldHJpY3MnKSwgdW5kZWZpbmVkKTtcbiAgfSk7XG59KTtcbiIsICIvKiogVGhlIFNETTYzMCBtb2RlbCBhbmQgaXRzIE1vZGJ1cyBUQ1Agc2VydmVyLCByZWFkIGJhY2sgd2l0aCBtb2RidXMtc2VyaWFsIGFzIGEgbWFzdGVyLiAqL1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgYWZ0ZXIsIGJlZm9yZSwgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBtb2RidXNTZXJpYWwgZnJvbSAnbW9kYnVzLXNlcmlhbCc7XG5pbXBvcnQgeyB0eXBlIFNpbXVsYXRvckhhbmRsZSwgc3RhcnRUY3BTaW11bGF0b3IgfSBmcm9tICcuL21vZGJ1cy1zZXJ2ZXIudHMnO1xuaW1wb3J0IHsgU0RNNjMwX0lOUFVULCBTZG02MzBNb2RlbCB9IGZyb20gJy4vc2RtNjMwLnRzJztcblxuZnVuY3Rpb24gZjMyKHdvcmRzOiBudW1iZXJbXSwgaTogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgZHYgPSBuZXcgRGF0YVZpZXcobmV3IEFycmF5QnVmZmVyKDQpKTtcbiAgZHYuc2V0VWludDE2KDAsIHdvcmRzW2ldISk7XG4gIGR2LnNldFVpbnQxNigyLCB3b3Jkc1tpICsgMV0hKTtcbiAgcmV0dXJuIGR2LmdldEZsb2F0MzIoMCk7XG59XG5cbmRlc2NyaWJlKCdTRE02MzAgbW9kZWwnLCAoKSA9PiB7XG4gIGl0KCdwcm9kdWNlcyBwbGF1c2libGUsIGNvbnNpc3RlbnQgdGhyZWUtcGhhc2UgdmFsdWVzIGFuZCBtb25vdG9uaWMgZW5lcmd5JywgKCkgPT4ge1xuICAgIGNvbnN0IG0gPSBuZXcgU2RtNjMwTW9kZWwoeyBzZWVkOiAxLCBzdGFydE1zOiAwIH0pO1xuICAgIGxldCBsYXN0S3doID0gbS5jdXJyZW50LmltcG9ydEt3aDtcbiAgICBmb3IgKGxldCB0ID0gMTAwMDsgdCA8PSAzXzYwMF8wMDA7IHQgKz0gMTAwMCkge1xuICAgICAgY29uc3QgciA9IG0udXBkYXRlKHQpO1xuICAgICAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICAgICAgYXNzZXJ0Lm9rKHIudm9sdGFnZVtpXSEgPiAyMjAgJiYgci52b2x0YWdlW2ldISA8IDI0MCwgYHZvbHRhZ2UgJHtyLnZvbHRhZ2VbaV19YCk7XG4gICAgICAgIGFzc2VydC5vayhyLmN1cnJlbnRbaV0hID49IDAgJiYgci5jdXJyZW50W2ldISA8IDQwKTtcbiAgICAgICAgY29uc3QgcCA9IHIudm9sdGFnZVtpXSEgKiByLmN1cnJlbnRbaV0hICogci5wb3dlckZhY3RvcltpXSE7XG4gICAgICAgIGFzc2VydC5vayhNYXRoLmFicyhyLnBvd2VyW2ldISAtIHApIDw9IDEsICdQID0gViBcdTAwRDcgSSBcdTAwRDcgUEYnKTtcbiAgICAgIH1cbiAgICAgIGFzc2VydC5vayhNYXRoLmFicyhyLmZyZXF1ZW5jeSAtIDUwKSA8IDAuMSk7XG4gICAgICBhc3NlcnQub2soci5pbXBvcnRLd2ggPj0gbGFzdEt3aCwgJ2VuZXJneSBuZXZlciBkZWNyZWFzZXMnKTtcbiAgICAgIGxhc3RLd2ggPSByLmltcG9ydEt3aDtcbiAgICB9XG4gICAgYXNzZXJ0Lm9rKGxhc3RLd2ggPiAxMjM0NS42ICsgNSwgJ2FuIGhvdXIgb2Ygfjgga1cgYWRkcyBzZXZlcmFsIGtXaCcpO1xuICB9KTtcbiAgaXQoJ2lzIGRldGVybWluaXN0aWMgZm9yIGEgc2VlZCcsICgpID0+IHtcbiAgICBjb25zdCBhID0gbmV3IFNkbTYzME1vZGVsKHsgc2VlZDogNywgc3RhcnRNczogMCB9KS51cGRhdGUoNTAwMCk7XG4gICAgY29uc3QgYiA9IG5ldyBTZG02MzBNb2RlbCh7IHNlZWQ6IDcsIHN0YXJ0TXM6IDAgfSkudXBkYXRlKDUwMDApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYSwgYik7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdTRE02MzAgb3ZlciBNb2RidXMgVENQJywgKCkgPT4ge1xuICBsZXQgc2ltOiBTaW11bGF0b3JIYW5kbGU7XG4gIC8vIG1vZGJ1cy1zZXJpYWwgaXMgQ29tbW9uSlM6IHRoZSBkZWZhdWx0IGltcG9ydCBpcyB0aGUgY2xpZW50IGNsYXNzIGl0c2VsZiBhdCBydW4gdGltZS5cbiAgY29uc3QgY2xpZW50ID0gbmV3IChtb2RidXNTZXJpYWwgYXMgdW5rbm93biBhcyB0eXBlb2YgbW9kYnVzU2VyaWFsLmRlZmF1bHQpKCk7XG4gIGJlZm9yZShhc3luYyAoKSA9PiB7XG4gICAgc2ltID0gYXdhaXQgc3RhcnRUY3BTaW11bGF0b3IoeyBwb3J0OiAwLCB1bml0czogWzEsIDJdIH0pO1xuICAgIGF3YWl0IGNsaWVudC5jb25uZWN0VENQKHNpbS5ob3N0LCB7IHBvcnQ6IHNpbS5wb3J0IH0pO1xuICAgIGNsaWVudC5zZXRUaW1lb3V0KDEwMDApO1xuICB9KTtcbiAgYWZ0ZXIoYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyKSA9PiBjbGllbnQuY2xvc2UoKCkgPT4gcigpKSk7XG4gICAgYXdhaXQgc2ltLmNsb3NlKCk7XG4gIH0pO1xuXG4gIGl0KCdzZXJ2ZXMgdm9sdGFnZXMgYXMgYmlnLWVuZGlhbiBmbG9hdDMyIGlucHV0IHJlZ2lzdGVycycsIGFzeW5jICgpID0+IHtcbiAgICBjbGllbnQuc2V0SUQoMSk7XG4gICAgY29uc3QgciA9IGF3YWl0IGNsaWVudC5yZWFkSW5wdXRSZWdpc3RlcnMoMCwgNik7XG4gICAgZm9yIChjb25zdCBpIG9mIFswLCAyLCA0XSkge1xuICAgICAgY29uc3QgdiA9IGYzMihyLmRhdGEsIGkpO1xuICAgICAgYXNzZXJ0Lm9rKHYgPiAyMjAgJiYgdiA8IDI0MCwgYEwke2kgLyAyICsgMX0gPSAke3Z9YCk7XG4gICAgfVxuICB9KTtcbiAgaXQoJ3NlcnZlcyB0aGUgc2VyaWFsIG51bWJlciBhcyB1MzIgaW4gaG9sZGluZyByZWdpc3RlciAweEZDMDAnLCBhc3luYyAoKSA9PiB7XG4gICAgY2xpZW50LnNldElEKDIpO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBjbGllbnQucmVhZEhvbGRpbmdSZWdpc3RlcnMoMHhmYzAwLCAyKTtcbiAgICBhc3NlcnQuZXF1YWwoci5kYXRhWzBdISAqIDY1NTM2ICsgci5kYXRhWzFdISwgc2ltLm1ldGVycy5nZXQoMikhLnNlcmlhbCk7XG4gIH0pO1xuICBpdCgnYW5zd2VycyBleGNlcHRpb24gMiBvdXRzaWRlIHRoZSBtYXAgYW5kIG5vdGhpbmcgZm9yIHVua25vd24gdW5pdHMnLCBhc3luYyAoKSA9PiB7XG4gICAgY2xpZW50LnNldElEKDEpO1xuICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGNsaWVudC5yZWFkSW5wdXRSZWdpc3RlcnMoMHgwMjAwLCAyKSwgL0lsbGVnYWwgZGF0YSBhZGRyZXNzfGV4Y2VwdGlvbi9pKTtcbiAgICBjbGllbnQuc2V0SUQoOSk7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoY2xpZW50LnJlYWRJbnB1dFJlZ2lzdGVycyhTRE02MzBfSU5QVVQudm9sdGFnZVswXSwgMikpO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7O0FBQUEsU0FBUyxTQUFBQSxjQUFhOzs7QUNLdEIsT0FBTyxZQUFZO0FBQ25CLFNBQVMsYUFBYSxjQUFjO0FBQ3BDLFNBQVMsY0FBYztBQUN2QixTQUFTLFFBQUFDLGFBQVk7QUFDckIsU0FBUyxPQUFPLFFBQVEsVUFBVSxVQUFVOzs7QUNBNUMsU0FBUyxnQkFBZ0I7OztBQzZCbEIsSUFBTSxhQUFOLGNBQXlCLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFFQTtBQUFBLEVBRVQsWUFDRSxNQUNBLFFBQ0EsVUFDQSxVQUErQixDQUFDLEdBQ2hDO0FBQ0E7QUFBQSxNQUNFLEdBQUcsU0FBUyxJQUFJLElBQUksU0FBUyxNQUFNLEtBQUssTUFBTTtBQUFBLE1BQzlDLFFBQVEsVUFBVSxTQUFZLFNBQVksRUFBRSxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQ25FO0FBQ0EsU0FBSyxPQUFPO0FBQ1osU0FBSyxPQUFPO0FBQ1osU0FBSyxPQUFPLFNBQVM7QUFDckIsU0FBSyxTQUFTLFNBQVM7QUFDdkIsU0FBSyxXQUFXLFNBQVMsWUFBWTtBQUNyQyxTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUNGOzs7QUMxRE8sSUFBTSxNQUFNLElBQUksV0FBVyxHQUFHO0FBQ3JDLFNBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxLQUFLO0FBQzVCLFFBQU0sUUFBUyxLQUFLLE1BQU0sS0FBSyxNQUFRLEtBQUssTUFBTSxLQUFLO0FBQ3ZELFFBQU0sUUFBUSxLQUFLLE1BQU0sS0FBSztBQUM5QixNQUFJLE9BQU87QUFDWCxNQUFJLFNBQVMsTUFBTSxNQUFNLE1BQU0sR0FBSSxTQUFRLElBQUk7QUFDL0MsTUFBSSxNQUFPLFNBQVE7QUFDbkIsTUFBSSxTQUFTLE1BQU0sR0FBSSxTQUFRLElBQUk7QUFDbkMsTUFBSSxNQUFPLFNBQVE7QUFDbkIsTUFBSSxDQUFDLElBQUk7QUFDWDtBQUNPLElBQU0sYUFBYTtBQUNuQixJQUFNLFlBQVk7QUFDbEIsSUFBTSxjQUFjO0FBQ3BCLElBQU0sYUFBYTtBQUduQixJQUFNLFFBQTJCLE1BQU0sS0FBSyxFQUFFLFFBQVEsR0FBRyxHQUFHLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQztBQUVwRixJQUFNLE9BQU8sSUFBSSxZQUFZLFNBQVMsRUFBRSxPQUFPLE1BQU0sV0FBVyxLQUFLLENBQUM7QUFHL0QsU0FBUyxXQUFXLE9BQW1CLE9BQWUsS0FBcUI7QUFDaEYsU0FBTyxLQUFLLE9BQU8sTUFBTSxTQUFTLE9BQU8sR0FBRyxDQUFDO0FBQy9DO0FBR08sU0FBUyxZQUFZLE9BQW1CLE9BQWUsS0FBcUI7QUFDakYsUUFBTSxJQUFJLE1BQU07QUFDaEIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLE1BQU0sRUFBRyxRQUFPLE9BQU8sYUFBYSxNQUFNLEtBQUssQ0FBRTtBQUNyRCxNQUFJLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTyxNQUFNLFNBQVMsVUFBVSxPQUFPLEdBQUc7QUFDdEUsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sYUFBYSxPQUFPLENBQUMsRUFBRSxTQUFTLFFBQVE7QUFDakY7QUFHTyxTQUFTLGdCQUFnQixHQUFtQjtBQUNqRCxNQUFJLElBQUksRUFBRTtBQUNWLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUs7QUFDakMsVUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFFBQUksS0FBSyxTQUFVLEtBQUssTUFBUTtBQUFBLEVBQ2xDO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxnQkFBZ0IsR0FBK0I7QUFDN0QsUUFBTSxJQUFJLEVBQUU7QUFDWixNQUFJLE1BQU0sRUFBRyxRQUFPO0FBQ3BCLE1BQUksSUFBSTtBQUNSLFFBQU0sS0FBSyxFQUFFLFdBQVcsQ0FBQztBQUN6QixNQUFJLE9BQU8sTUFBTSxPQUFPLEdBQUksS0FBSTtBQUNoQyxRQUFNLE9BQU8sRUFBRSxNQUFNLENBQUMsRUFBRSxZQUFZO0FBQ3BDLE1BQUksU0FBUyxTQUFTLFNBQVMsV0FBWSxRQUFPLE9BQU8sS0FBSyxZQUFZO0FBQzFFLE1BQUksU0FBUyxNQUFPLFFBQU8sTUFBTSxJQUFJLE9BQU8sTUFBTTtBQUNsRCxNQUFJLFNBQVM7QUFDYixTQUFPLElBQUksS0FBSyxRQUFRLEVBQUUsV0FBVyxDQUFDLENBQUMsR0FBRztBQUN4QztBQUNBO0FBQUEsRUFDRjtBQUNBLE1BQUksSUFBSSxLQUFLLEVBQUUsV0FBVyxDQUFDLE1BQU0sSUFBSTtBQUNuQztBQUNBLFdBQU8sSUFBSSxLQUFLLFFBQVEsRUFBRSxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ3hDO0FBQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLE1BQUksV0FBVyxFQUFHLFFBQU87QUFDekIsTUFBSSxJQUFJLE1BQU0sRUFBRSxXQUFXLENBQUMsSUFBSSxRQUFRLEtBQUs7QUFDM0M7QUFDQSxRQUFJLElBQUksTUFBTSxFQUFFLFdBQVcsQ0FBQyxNQUFNLE1BQU0sRUFBRSxXQUFXLENBQUMsTUFBTSxJQUFLO0FBQ2pFLFFBQUksS0FBSztBQUNULFdBQU8sSUFBSSxLQUFLLFFBQVEsRUFBRSxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ3hDO0FBQ0E7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLEVBQUcsUUFBTztBQUFBLEVBQ3ZCO0FBQ0EsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixTQUFPLE9BQU8sQ0FBQztBQUNqQjtBQUVBLFNBQVMsUUFBUSxHQUFvQjtBQUNuQyxTQUFPLEtBQUssTUFBTSxLQUFLO0FBQ3pCOzs7QUNsREEsSUFBTSxLQUFLO0FBQ1gsSUFBTSxLQUFLO0FBQ1gsSUFBTSxNQUFNO0FBQ1osSUFBTSxPQUFPO0FBQ2IsSUFBTSxRQUFRO0FBQ2QsSUFBTSxTQUFTO0FBQ2YsSUFBTSxTQUFTO0FBQ2YsSUFBTSxTQUFTO0FBQ2YsSUFBTSxRQUFRO0FBQ2QsSUFBTSxLQUFLO0FBR1gsSUFBTSxTQUFTO0FBQ2YsSUFBTSxVQUFVO0FBQ2hCLElBQU0sWUFBWTtBQUNsQixJQUFNLFVBQVU7QUFDaEIsSUFBTSxRQUFRO0FBQ2QsSUFBTSxXQUFXO0FBQ2pCLElBQU0sV0FBVztBQUNqQixJQUFNLFNBQVM7QUFDZixJQUFNLFNBQVM7QUFDZixJQUFNLGVBQWUsQ0FBQyxJQUFJLFVBQVUsWUFBWSxVQUFVLFFBQVEsV0FBVyxXQUFXLFNBQVMsT0FBTztBQUd4RyxJQUFNLGNBQXFEO0FBQUEsRUFDekQsU0FBUyxDQUFDLFNBQVMsU0FBUztBQUFBLEVBQzVCLFNBQVMsQ0FBQyxRQUFRLFNBQVMsT0FBTyxTQUFTO0FBQUEsRUFDM0MsV0FBVyxDQUFDLFNBQVMsT0FBTyxVQUFVLFNBQVM7QUFBQSxFQUMvQyxnQkFBZ0IsQ0FBQyxVQUFVLFFBQVEsUUFBUTtBQUFBLEVBQzNDLE1BQU0sQ0FBQyxNQUFNO0FBQUEsRUFDYixPQUFPLENBQUMsTUFBTTtBQUFBLEVBQ2QsVUFBVSxDQUFDLE1BQU07QUFBQSxFQUNqQixTQUFTLENBQUMsTUFBTTtBQUNsQjtBQUNBLElBQU0sV0FBVyxvQkFBSSxJQUFZO0FBQUEsRUFDL0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUNELElBQU0sYUFBeUM7QUFBQSxFQUM3QyxTQUFTO0FBQUEsRUFDVCxPQUFPO0FBQUEsRUFDUCxXQUFXO0FBQUEsRUFDWCxTQUFTO0FBQUEsRUFDVCxTQUFTO0FBQ1g7QUFFQSxJQUFNLGVBQWU7QUFDckIsSUFBTSxhQUFhO0FBRW5CLElBQU0sZUFBNEIsT0FBTyxPQUFPLENBQUMsQ0FBQztBQTBDM0MsSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFDTDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1IsV0FBMkIsQ0FBQztBQUFBO0FBQUEsRUFFckMsVUFBVTtBQUFBLEVBRUYsT0FBTztBQUFBLEVBQ1AsWUFBWTtBQUFBO0FBQUE7QUFBQSxFQUlaLGdCQUFnQjtBQUFBLEVBQ2hCLGdCQUFnQjtBQUFBLEVBQ2hCLGVBQWU7QUFBQSxFQUNmLGNBQWM7QUFBQSxFQUNkLFdBQVc7QUFBQSxFQUNYLGFBQTBCO0FBQUEsRUFDMUIsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBO0FBQUEsRUFFWixRQUFRO0FBQUEsRUFDUixVQUF1QjtBQUFBLEVBQ3ZCLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLFVBQVU7QUFBQSxFQUNWLFdBQVc7QUFBQTtBQUFBLEVBR1gsWUFBeUI7QUFBQTtBQUFBLEVBR3pCLE1BQTBCO0FBQUEsRUFDakIsWUFBWSxvQkFBSSxJQUFZO0FBQUEsRUFDckMsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUE7QUFBQSxFQUdSLGVBQWUsb0JBQUksSUFBd0I7QUFBQSxFQUNwRCxVQUE2QjtBQUFBO0FBQUEsRUFFN0IsY0FBYztBQUFBLEVBRWQsVUFBVSxJQUFJLFdBQVcsR0FBRztBQUFBO0FBQUE7QUFBQSxFQUluQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBRUE7QUFBQSxFQUVqQixZQUFZLE9BQW1CLFFBQW9CLE1BQWtCO0FBR25FLFVBQU1DLE9BQU0sT0FBTyxTQUFTLEtBQUssSUFDN0IsUUFDQSxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sWUFBWSxNQUFNLFVBQVU7QUFDaEUsU0FBSyxNQUFNQTtBQUNYLFNBQUssS0FBSyxJQUFJLFNBQVNBLEtBQUksUUFBUUEsS0FBSSxZQUFZQSxLQUFJLFVBQVU7QUFDakUsU0FBSyxNQUFNQSxLQUFJO0FBQ2YsVUFBTSxRQUFRQSxLQUFJLFNBQVMsS0FBSyxLQUFLLGdCQUFnQixJQUFJO0FBQ3pELFNBQUssU0FBUyxRQUFRO0FBQ3RCLFNBQUssVUFBVSxJQUFJLFdBQVcsS0FBSyxFQUFFLEtBQUssRUFBRTtBQUM1QyxTQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUs7QUFDakMsU0FBSyxRQUFRLElBQUksTUFBYyxLQUFLLEVBQUUsS0FBSyxFQUFFO0FBQzdDLFNBQUssT0FBTyxXQUFXO0FBQ3ZCLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQSxFQUVBLE1BQVk7QUFDVixRQUFJLEtBQUssS0FBTSxNQUFLLFFBQVE7QUFBQSxRQUN2QixNQUFLLE1BQU07QUFBQSxFQUNsQjtBQUFBO0FBQUE7QUFBQSxFQUtRLEtBQUssTUFBc0IsS0FBYSxRQUFnQixVQUEwQjtBQUN4RixVQUFNLFNBQVMsS0FBSyxJQUFJLEdBQUcsTUFBTSxLQUFLLFlBQVksQ0FBQztBQUNuRCxVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQSxhQUFhLFNBQVksU0FBUyxHQUFHLE1BQU0sY0FBYyxRQUFRO0FBQUEsTUFDakUsYUFBYSxTQUFZLEVBQUUsTUFBTSxLQUFLLE1BQU0sT0FBTyxJQUFJLEVBQUUsTUFBTSxLQUFLLE1BQU0sUUFBUSxTQUFTO0FBQUEsSUFDN0Y7QUFBQSxFQUNGO0FBQUEsRUFFUSxXQUFXLEtBQWEsVUFBeUI7QUFDdkQsVUFBTSxJQUFJLEtBQUssSUFBSSxHQUFHO0FBQ3RCLFVBQU0sT0FDSixPQUFPLEtBQUssT0FBTyxNQUFNLEtBQ3JCLGdCQUNBLE1BQU0sVUFBYSxLQUFLLE1BQU0sSUFBSSxNQUNoQyxJQUFJLE9BQU8sYUFBYSxDQUFDLENBQUMsTUFDMUIsV0FBVyxLQUFLLEdBQUcsU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUN4RCxTQUFLLEtBQUssdUJBQXVCLEtBQUssY0FBYyxJQUFJLElBQUksUUFBUTtBQUFBLEVBQ3RFO0FBQUE7QUFBQTtBQUFBLEVBS1EsUUFBYztBQUNwQixVQUFNQSxPQUFNLEtBQUs7QUFDakIsVUFBTSxNQUFNLEtBQUs7QUFDakIsUUFBSSxNQUFNO0FBQ1YsUUFBSSxNQUFNO0FBQ1YsV0FBTyxNQUFNLEtBQUs7QUFDaEIsVUFBSSxNQUFNLFVBQVVBLE1BQUssS0FBSyxHQUFHO0FBQ2pDLFVBQUksTUFBTSxFQUFHLE9BQU07QUFDbkIsV0FBSyxZQUFZO0FBQ2pCLFVBQUksSUFBSyxNQUFLLEtBQUsscUJBQXFCLEtBQUssb0JBQW9CLGNBQWM7QUFDL0UsVUFBSSxRQUFRLElBQUssTUFBSyxLQUFLLHVCQUF1QixLQUFLLGNBQWMsNkJBQTZCO0FBQ2xHLFVBQUlBLEtBQUksR0FBRyxNQUFNLE1BQU07QUFDckIsWUFDRSxNQUFNLFFBQVEsS0FDZEEsS0FBSSxNQUFNLENBQUMsTUFBTSxNQUNqQkEsS0FBSSxNQUFNLENBQUMsTUFBTSxNQUNqQkEsS0FBSSxNQUFNLENBQUMsTUFBTSxNQUNqQkEsS0FBSSxNQUFNLENBQUMsTUFBTSxJQUNqQjtBQUNBLGdCQUFNO0FBQUEsUUFDUixPQUFPO0FBQ0wsZUFBSyxXQUFXLEtBQUssR0FBRztBQUFBLFFBQzFCO0FBQUEsTUFDRixPQUFPO0FBQ0wsWUFBSSxRQUFRO0FBQ1YsZUFBSyxLQUFLLGtCQUFrQixLQUFLLCtDQUErQyxpQkFBaUI7QUFDbkcsYUFBSyxTQUFTLEtBQUssR0FBRztBQUFBLE1BQ3hCO0FBQ0EsWUFBTSxNQUFNO0FBQ1osVUFBSSxPQUFPLElBQUssTUFBSztBQUFBLElBQ3ZCO0FBQ0EsUUFBSSxLQUFLLFFBQVEsS0FBTSxNQUFLLGFBQWEsS0FBSyxHQUFHO0FBQ2pELFFBQUksQ0FBQyxLQUFLO0FBQ1IsV0FBSyxZQUFZO0FBQ2pCLFdBQUssS0FBSyxrQkFBa0IsS0FBSyxpQ0FBaUMsT0FBTztBQUFBLElBQzNFO0FBQUEsRUFDRjtBQUFBLEVBRVEsV0FBVyxHQUFXLEdBQWlCO0FBQzdDLFVBQU1BLE9BQU0sS0FBSztBQUNqQixRQUFJQSxLQUFJLElBQUksQ0FBQyxNQUFNO0FBQ2pCLFdBQUssV0FBVyxJQUFJLEdBQUcsc0VBQXNFO0FBQy9GLFVBQU0sSUFBSSxJQUFJO0FBQ2QsUUFBSSxPQUFPO0FBQ1gsUUFBSSxJQUFJLEtBQUssS0FBS0EsS0FBSSxJQUFJLENBQUMsTUFBTSxJQUFJO0FBQ25DLFlBQU0sSUFBSUEsS0FBSSxDQUFDO0FBQ2YsWUFBTSxJQUFJQSxLQUFJLElBQUksQ0FBQztBQUNuQixZQUFNLElBQUlBLEtBQUksSUFBSSxDQUFDO0FBQ25CLFlBQU0sSUFBSUEsS0FBSSxJQUFJLENBQUM7QUFDbkIsVUFBSSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLEdBQUksUUFBTztBQUFBLGVBQ2hELE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sR0FBSSxRQUFPO0FBQUEsZUFDckQsTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxHQUFJLFFBQU87QUFBQSxJQUNoRTtBQUNBLFFBQUksU0FBUyxFQUFHLE1BQUssV0FBVyxHQUFHLG9DQUFvQztBQUN2RSxVQUFNLEtBQUssSUFBSTtBQUNmLFFBQUksSUFBSTtBQUNSLFFBQUksS0FBSyxNQUFNLElBQUlBLEtBQUksQ0FBQyxDQUFFLElBQUssZ0JBQWdCLEVBQUcsTUFBSyxXQUFXLEdBQUcsYUFBYTtBQUNsRjtBQUNBLFdBQU8sSUFBSSxNQUFNLElBQUlBLEtBQUksQ0FBQyxDQUFFLElBQUssZUFBZSxFQUFHO0FBQ25ELFVBQU0sVUFBVTtBQUNoQixRQUFJLEtBQUssS0FBS0EsS0FBSSxDQUFDLE1BQU0sR0FBSSxNQUFLLFdBQVcsR0FBRywyQkFBMkI7QUFDM0U7QUFDQSxVQUFNLE9BQU8sWUFBWUEsTUFBSyxJQUFJLE9BQU87QUFFekMsUUFBSSxLQUFLLEtBQUs7QUFDZCxRQUFJLE9BQU8sUUFBUSxHQUFHLE9BQU8sU0FBUyxNQUFNO0FBQzFDLFVBQUksT0FBTyxLQUFNLE1BQUssYUFBYSxFQUFFO0FBQ3JDLFdBQUssS0FBSyxZQUFZLE1BQU0sU0FBUztBQUFBLElBQ3ZDLFdBQVcsR0FBRyxjQUFjLEdBQUc7QUFDN0IsV0FBSztBQUFBLFFBQ0g7QUFBQSxRQUNBO0FBQUEsUUFDQSxnQkFBZ0IsSUFBSTtBQUFBLFFBQ3BCO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sR0FBRztBQUNmLFFBQUksU0FBUyxHQUFHO0FBQ2QsVUFBSSxHQUFHLFNBQVUsTUFBSyxLQUFLLHVCQUF1QixHQUFHLHdCQUF3QixJQUFJLEVBQUU7QUFDbkYsU0FBRyxXQUFXO0FBQ2QsWUFBTSxPQUFPLEtBQUssV0FBVyxHQUFHLEdBQUcsSUFBSTtBQUN2QyxVQUFJLEtBQUssU0FBUyxFQUFHLEtBQUksT0FBTztBQUFBLElBQ2xDLFdBQVcsU0FBUyxHQUFHO0FBQ3JCLFVBQUksR0FBRyxTQUFVLE1BQUssS0FBSyx1QkFBdUIsR0FBRyx3QkFBd0IsSUFBSSxFQUFFO0FBQ25GLFNBQUcsV0FBVztBQUNkLFlBQU0sSUFBSSxZQUFZQSxNQUFLLEdBQUcsQ0FBQztBQUMvQixVQUFJLENBQUMsU0FBUyxJQUFJLENBQUMsR0FBRztBQUNwQixhQUFLO0FBQUEsVUFDSDtBQUFBLFVBQ0E7QUFBQSxVQUNBLGlCQUFpQixDQUFDO0FBQUEsVUFDbEI7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUNBLFVBQUksT0FBTztBQUNYLFNBQUcsVUFBVSxZQUFZLElBQUksSUFBSTtBQUFBLElBQ25DLE9BQU87QUFDTCxVQUFJLEdBQUcsU0FBVSxNQUFLLEtBQUssdUJBQXVCLEdBQUcsd0JBQXdCLElBQUksRUFBRTtBQUNuRixTQUFHLFdBQVc7QUFDZCxVQUFJLElBQUk7QUFDUixhQUFPLElBQUksTUFBTSxJQUFJQSxLQUFJLENBQUMsQ0FBRSxJQUFLLGVBQWUsRUFBRztBQUNuRCxVQUFJLE1BQU0sRUFBRyxNQUFLLFdBQVcsR0FBRyx5REFBeUQ7QUFDekYsVUFBSSxJQUFJLEVBQUcsS0FBSSxPQUFPLFlBQVlBLE1BQUssR0FBRyxDQUFDO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQUEsRUFFUSxZQUFZLE1BQWMsTUFBK0I7QUFDL0QsVUFBTSxTQUF1QixFQUFFLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRTtBQUN2RCxTQUFLLFNBQVMsS0FBSyxNQUFNO0FBQ3pCLFVBQU0sS0FBa0I7QUFBQSxNQUN0QjtBQUFBLE1BQ0EsV0FBVyxLQUFLO0FBQUEsTUFDaEIsVUFBVTtBQUFBLE1BQ1YsVUFBVTtBQUFBLE1BQ1YsVUFBVTtBQUFBLE1BQ1YsU0FBUyxZQUFZLElBQUk7QUFBQSxNQUN6QixhQUFhO0FBQUEsTUFDYixPQUFPO0FBQUEsTUFDUCxTQUFTO0FBQUEsTUFDVCxZQUFZO0FBQUEsTUFDWixZQUFZLG9CQUFJLElBQUk7QUFBQSxNQUNwQixRQUFRO0FBQUEsTUFDUixLQUFLO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixRQUFRO0FBQUEsTUFDUixTQUFTO0FBQUEsTUFDVCxRQUFRO0FBQUEsTUFDUixhQUFhO0FBQUEsTUFDYixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxVQUFVO0FBQUEsSUFDWjtBQUNBLFNBQUssTUFBTTtBQUNYLFNBQUssZUFBZTtBQUNwQixTQUFLLGlCQUFpQjtBQUN0QixXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHUSxhQUFhLElBQXVCO0FBQzFDLFVBQU0sTUFBTSxHQUFHO0FBQ2YsVUFBTSxNQUFNLEtBQUs7QUFDakIsVUFBTSxRQUFRLEtBQUs7QUFDbkIsVUFBTSxXQUFXLEdBQUcsUUFBUSxTQUFTLE1BQU0sSUFBSSxHQUFHLFVBQVUsQ0FBQyxRQUFRLEdBQUcsR0FBRyxPQUFPO0FBQ2xGLGVBQVcsS0FBSyxVQUFVO0FBQ3hCLFlBQU0sT0FBTyxJQUFJLE9BQU8sYUFBYSxDQUFDO0FBQ3RDLFVBQUksTUFBTSxJQUFJLElBQUksR0FBRztBQUNuQixhQUFLO0FBQUEsVUFDSDtBQUFBLFVBQ0E7QUFBQSxVQUNBLFVBQVUsSUFBSSxJQUFJLGVBQWUsR0FBRyxTQUFTLG1EQUFtRCxJQUFJO0FBQUEsUUFDdEc7QUFBQSxNQUNGO0FBQ0EsWUFBTSxJQUFJLElBQUk7QUFBQSxJQUNoQjtBQUNBLFFBQUksSUFBSSxTQUFTLFFBQVc7QUFDMUIsVUFBSSxDQUFDLElBQUksS0FBSyxTQUFTLElBQUksSUFBSSxJQUFJLEVBQUUsR0FBRztBQUN0QyxhQUFLLEtBQUssdUJBQXVCLEtBQUssUUFBUSxJQUFJLElBQUksbUNBQW1DLElBQUksSUFBSSxFQUFFO0FBQUEsTUFDckc7QUFDQSxVQUFJLElBQUksU0FBUyxVQUFVLElBQUksU0FBUyxZQUFZO0FBQ2xELGFBQUssS0FBSyx1QkFBdUIsS0FBSyxHQUFHLElBQUksSUFBSSxXQUFXLElBQUksSUFBSSx1QkFBdUI7QUFBQSxNQUM3RjtBQUFBLElBQ0Y7QUFDQSxTQUFLLElBQUksU0FBUyxlQUFlLElBQUksU0FBUyxxQkFBcUIsR0FBRyxXQUFXLE1BQU07QUFDckYsV0FBSyxtQkFBbUIsSUFBSSxHQUFHO0FBQUEsSUFDakM7QUFBQSxFQUNGO0FBQUEsRUFFUSxTQUFTLEdBQVcsR0FBaUI7QUFDM0MsVUFBTUEsT0FBTSxLQUFLO0FBQ2pCLFFBQUksSUFBSSxLQUFLLFdBQVcsR0FBRyxDQUFDO0FBQzVCLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFVBQU1DLFVBQVMsS0FBSztBQUNwQixVQUFNLFlBQVksS0FBSztBQUN2QixRQUFJRCxLQUFJLENBQUMsTUFBTSxHQUFJLE1BQUssV0FBVyxHQUFHQyxRQUFPLFdBQVcsS0FBSyxjQUFjLElBQUksZUFBZSxLQUFLO0FBQ25HO0FBRUEsUUFBSSxJQUFJO0FBQ1IsV0FBTyxJQUFJLEtBQUtELEtBQUksQ0FBQyxNQUFNLEdBQUk7QUFDL0IsVUFBTSxRQUFRLEtBQUssWUFBWSxHQUFHLEdBQUcsSUFBSTtBQUV6QyxRQUFJO0FBQ0osUUFBSTtBQUNKLFFBQUksSUFBSSxHQUFHO0FBQ1QsVUFBSSxJQUFJO0FBQ1IsVUFBSUEsS0FBSSxDQUFDLE1BQU0sTUFBTTtBQUNuQixtQkFBVyxLQUFLLGNBQWMsR0FBRyxDQUFDO0FBQUEsTUFDcEMsT0FBTztBQUNMLFlBQUk7QUFDSixlQUFPLElBQUksS0FBS0EsS0FBSSxDQUFDLE1BQU0sR0FBSTtBQUMvQixhQUFLLEtBQUssWUFBWSxHQUFHLEdBQUcsS0FBSztBQUNqQyxZQUFJLElBQUksR0FBRztBQUNULGNBQUksSUFBSTtBQUNSLGNBQUlBLEtBQUksQ0FBQyxNQUFNLEtBQU0sTUFBSyxXQUFXLEdBQUcsMENBQTBDO0FBQ2xGLHFCQUFXLEtBQUssY0FBYyxHQUFHLENBQUM7QUFBQSxRQUNwQztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsU0FBSyxTQUFTLEdBQUcsTUFBTUMsU0FBUSxXQUFXLE9BQU8sSUFBSSxRQUFRO0FBQUEsRUFDL0Q7QUFBQSxFQUVRLGNBQWMsR0FBVyxHQUFxQjtBQUNwRCxVQUFNRCxPQUFNLEtBQUs7QUFDakIsVUFBTSxLQUFLO0FBQ1gsUUFBSUEsS0FBSSxJQUFJLENBQUMsTUFBTSxHQUFJLE1BQUssV0FBVyxJQUFJLEdBQUcsZUFBZTtBQUM3RCxTQUFLO0FBQ0wsUUFBSUEsS0FBSSxDQUFDLE1BQU0sT0FBUSxNQUFLLFdBQVcsR0FBRyxrQ0FBa0M7QUFDNUUsUUFBSSxLQUFLLFlBQVksR0FBRyxDQUFDO0FBQ3pCLFVBQU1DLFVBQVMsS0FBSyxjQUFjLGVBQWUsQ0FBQyxJQUFJLEtBQUs7QUFDM0QsUUFBSUQsS0FBSSxDQUFDLE1BQU0sR0FBSSxNQUFLLFdBQVcsR0FBRywrQkFBK0I7QUFDckU7QUFDQSxRQUFJLElBQUk7QUFDUixXQUFPLElBQUksS0FBS0EsS0FBSSxDQUFDLE1BQU0sR0FBSTtBQUMvQixVQUFNLFFBQVEsS0FBSyxZQUFZLEdBQUcsR0FBRyxJQUFJO0FBQ3pDLFFBQUksS0FBSztBQUNULGVBQVcsS0FBS0MsUUFBUSxPQUFNLGdCQUFnQixFQUFFLElBQUksSUFBSSxnQkFBZ0IsRUFBRSxLQUFLO0FBQy9FLFFBQUksS0FBSyxLQUFLO0FBQ1osV0FBSyxLQUFLLHVCQUF1QixJQUFJLHVCQUF1QixFQUFFLGtDQUFrQztBQUFBLElBQ2xHO0FBQ0EsVUFBTSxLQUFlLEVBQUUsUUFBQUEsU0FBUSxNQUFNO0FBQ3JDLFFBQUksSUFBSSxHQUFHO0FBQ1QsVUFBSSxJQUFJO0FBQ1IsVUFBSTtBQUNKLGFBQU8sSUFBSSxLQUFLRCxLQUFJLENBQUMsTUFBTSxHQUFJO0FBQy9CLFVBQUksSUFBSSxFQUFHLE1BQUssV0FBVyxHQUFHLDBDQUEwQztBQUN4RSxTQUFHLFlBQVksS0FBSyxZQUFZLEdBQUcsR0FBRyxLQUFLO0FBQUEsSUFDN0M7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHUSxTQUNOLEdBQ0EsTUFDQUMsU0FDQSxXQUNBLE9BQ0EsSUFDQSxVQUNNO0FBQ04sUUFBSSxLQUFLLEtBQUs7QUFDZCxRQUFJO0FBQ0osUUFBSSxPQUFPLFFBQVEsU0FBUyxLQUFLLGNBQWM7QUFDN0MsZUFBUyxLQUFLO0FBQUEsSUFDaEIsT0FBTztBQUNMLGVBQVMsT0FBTyxPQUFPLEtBQUssWUFBWSxHQUFHLE9BQU8sTUFBTSxNQUFNLEdBQUcsT0FBTztBQUN4RSxVQUFJLFNBQVMsS0FBSyxPQUFPLE1BQU07QUFDN0IsWUFBSSxPQUFPLEtBQU0sTUFBSyxhQUFhLEVBQUU7QUFDckMsYUFBSyxLQUFLLFlBQVksTUFBTSxTQUFTO0FBQ3JDLGlCQUFTO0FBQUEsTUFDWDtBQUNBLFdBQUssZUFBZTtBQUNwQixXQUFLLGlCQUFpQjtBQUFBLElBQ3hCO0FBQ0EsVUFBTSxNQUFNLEdBQUc7QUFDZixVQUFNLE9BQU8sSUFBSTtBQUdqQixRQUFJLFVBQVU7QUFDZCxRQUFJLE9BQU87QUFDWCxRQUFJLFNBQVMsYUFBYSxTQUFTLFdBQVcsU0FBUyxXQUFXO0FBQ2hFLGFBQU87QUFBQSxJQUNULFdBQVcsU0FBUyxlQUFlLFNBQVMsa0JBQWtCO0FBQzVELFVBQUksV0FBVyxVQUFVO0FBQ3ZCLGVBQU87QUFDUCxjQUFNLEtBQUssVUFBVUEsU0FBUSxJQUFJO0FBQ2pDLGNBQU0sUUFBUSxPQUFPLFNBQVksU0FBWSxnQkFBZ0IsRUFBRTtBQUMvRCxZQUFJLFVBQVUsVUFBYSxPQUFPLE1BQU0sS0FBSyxLQUFLLENBQUMsaUJBQWlCLElBQUssS0FBSyxHQUFHO0FBQy9FLGVBQUs7QUFBQSxZQUNIO0FBQUEsWUFDQTtBQUFBLFlBQ0EsdURBQXVELE9BQU8sU0FBWSxTQUFTLElBQUksRUFBRSxHQUFHO0FBQUEsVUFDOUY7QUFBQSxRQUNGO0FBQ0EsWUFBSSxDQUFDLE9BQU8sVUFBVSxLQUFLO0FBQ3pCLGVBQUssS0FBSyxvQkFBb0IsR0FBRyxnQkFBZ0IsS0FBSyxvQkFBb0I7QUFDNUUsa0JBQVU7QUFBQSxNQUNaLFdBQVcsVUFBVUEsU0FBUSxJQUFJLE1BQU0sUUFBVztBQUNoRCxhQUFLLEtBQUsscUJBQXFCLEdBQUcsa0RBQWtELElBQUksRUFBRTtBQUFBLE1BQzVGO0FBQUEsSUFDRixXQUFXLFNBQVMsV0FBVztBQUM3QixVQUFJLFdBQVcsUUFBUTtBQUNyQixlQUFPO0FBQ1AsY0FBTSxLQUFLLFVBQVVBLFNBQVEsVUFBVTtBQUN2QyxjQUFNLEtBQUssT0FBTyxTQUFZLFNBQVksZ0JBQWdCLEVBQUU7QUFDNUQsWUFBSSxPQUFPLFVBQWEsRUFBRSxNQUFNLEtBQUssTUFBTSxNQUFNLENBQUMsaUJBQWlCLElBQUssRUFBRSxHQUFHO0FBQzNFLGVBQUs7QUFBQSxZQUNIO0FBQUEsWUFDQTtBQUFBLFlBQ0EsdUVBQXVFLE9BQU8sU0FBWSxTQUFTLElBQUksRUFBRSxHQUFHO0FBQUEsVUFDOUc7QUFBQSxRQUNGO0FBQ0EsWUFBSSxRQUFRLEVBQUcsTUFBSyxLQUFLLG9CQUFvQixHQUFHLGtCQUFrQixLQUFLLGNBQWM7QUFBQSxNQUN2RixXQUFXLFVBQVVBLFNBQVEsVUFBVSxNQUFNLFFBQVc7QUFDdEQsYUFBSyxLQUFLLHFCQUFxQixHQUFHLHdEQUF3RCxJQUFJLEVBQUU7QUFBQSxNQUNsRztBQUFBLElBQ0YsV0FBVyxTQUFTLFlBQVk7QUFDOUIsYUFBTztBQUNQLFVBQUksVUFBVUEsU0FBUSxJQUFJLElBQUksTUFBTSxRQUFXO0FBQzdDLGFBQUssS0FBSyxxQkFBcUIsR0FBRyx1Q0FBdUMsSUFBSSxJQUFJLEVBQUU7QUFBQSxNQUNyRjtBQUNBLFVBQUksVUFBVSxLQUFLLFVBQVU7QUFDM0IsYUFBSyxLQUFLLG9CQUFvQixHQUFHLHNDQUFzQyxLQUFLLEVBQUU7QUFBQSxJQUNsRixXQUFXLFNBQVMsUUFBUTtBQUMxQixhQUFPO0FBQ1AsVUFBSSxVQUFVLEVBQUcsTUFBSyxLQUFLLG9CQUFvQixHQUFHLDZCQUE2QixLQUFLLEVBQUU7QUFBQSxJQUN4RjtBQUNBLFNBQUssV0FBVyxXQUFXLFdBQVcsYUFBYSxDQUFDLE9BQU8sVUFBVSxLQUFLLEdBQUc7QUFDM0UsV0FBSyxLQUFLLG9CQUFvQixHQUFHLGVBQWUsS0FBSyxvQkFBb0I7QUFBQSxJQUMzRTtBQUNBLFFBQ0UsV0FBVyxXQUNYLFdBQVcsU0FDWCxXQUFXLFdBQ1gsV0FBVyxZQUNYLFdBQVcsWUFDWCxXQUFXLFFBQ1g7QUFDQSxVQUFJLE9BQU8sTUFBTSxLQUFLO0FBQ3BCLGFBQUssS0FBSyxvQkFBb0IsR0FBRyxHQUFHLElBQUksc0NBQXNDO0FBQ2hGLFVBQUksUUFBUSxLQUFLLFdBQVc7QUFDMUIsYUFBSyxLQUFLLG9CQUFvQixHQUFHLEdBQUcsSUFBSSwyQ0FBMkM7QUFBQSxJQUN2RjtBQUNBLFFBQUksYUFBYSxRQUFXO0FBQzFCLFlBQU0sTUFDRixTQUFTLGVBQWUsU0FBUyxxQkFBcUIsV0FBVyxZQUNsRSxTQUFTLGFBQWEsV0FBVztBQUNwQyxVQUFJLENBQUM7QUFDSCxhQUFLO0FBQUEsVUFDSDtBQUFBLFVBQ0E7QUFBQSxVQUNBLHNGQUFzRixJQUFJO0FBQUEsUUFDNUY7QUFBQSxJQUNKO0FBR0EsUUFBSTtBQUNKLFFBQUksU0FBUyxFQUFHLE9BQU07QUFBQSxhQUNiLGNBQWMsRUFBRyxPQUFNO0FBQUEsYUFDdkIsY0FBYyxLQUFLLGFBQWEsU0FBUyxLQUFLLFFBQVMsT0FBTSxLQUFLO0FBQUEsU0FDdEU7QUFDSCxZQUFNLFNBQVNBLFNBQVEsU0FBUyxJQUFJLE9BQU8sU0FBUyxJQUFJLGFBQWEsU0FBUyxJQUFJLElBQUksT0FBTyxFQUFFO0FBQy9GLFdBQUssWUFBWTtBQUNqQixXQUFLLFVBQVU7QUFDZixXQUFLLFdBQVc7QUFBQSxJQUNsQjtBQUNBLFVBQU0sSUFBSSxHQUFHO0FBQ2IsUUFBSSxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQzNCLFVBQUssT0FBTyxXQUFlLEdBQUcsWUFBWTtBQUN4QyxhQUFLLEtBQUssc0JBQXNCLEdBQUcsOERBQThEO0FBQUEsTUFDbkc7QUFDQSxVQUFJLE9BQU8sVUFBYSxHQUFHLFVBQVUsTUFBTSxTQUFTLFFBQVE7QUFDMUQsYUFBSyxLQUFLLHNCQUFzQixHQUFHLGFBQWEsRUFBRSw2QkFBNkIsR0FBRyxPQUFPLEdBQUc7QUFBQSxNQUM5RjtBQUFBLElBQ0YsT0FBTztBQUNMLFVBQUksTUFBTSxRQUFRLEdBQUcsV0FBVyxJQUFJLEdBQUcsR0FBRztBQUN4QyxhQUFLO0FBQUEsVUFDSDtBQUFBLFVBQ0E7QUFBQSxVQUNBLFVBQVUsSUFBSSxHQUFHLGFBQWFBLE9BQU0sQ0FBQztBQUFBLFFBQ3ZDO0FBQUEsTUFDRjtBQUNBLFNBQUcsV0FBVyxJQUFJLEdBQUc7QUFDckIsU0FBRyxRQUFRO0FBQUEsSUFDYjtBQUNBLFFBQUksT0FBTyxRQUFXO0FBQ3BCLFNBQUcsVUFBVTtBQUNiLFNBQUcsYUFBYTtBQUFBLElBQ2xCLE1BQU8sSUFBRyxhQUFhO0FBRXZCLFFBQUksU0FBUyxlQUFlLFNBQVM7QUFDbkMsV0FBSyxnQkFBZ0IsSUFBSSxHQUFHLFFBQVEsU0FBUyxLQUFLLE9BQU8sRUFBRTtBQUU3RCxPQUFHO0FBQ0gsU0FBSztBQUNMLFNBQUssS0FBSyxPQUFPLEtBQUssTUFBTUEsU0FBUSxPQUFPLElBQUksUUFBUTtBQUFBLEVBQ3pEO0FBQUEsRUFFUSxnQkFDTixJQUNBLEdBQ0EsUUFDQSxTQUNBLEtBQ0EsT0FDQSxJQUNNO0FBQ04sUUFBSSxRQUFRLEdBQUcsVUFBVyxPQUFPLFdBQWUsR0FBRyxVQUFXLE9BQU8sVUFBYSxPQUFPLEdBQUcsS0FBTTtBQUNoRyxVQUFJLEdBQUcsV0FBVyxLQUFNLE1BQUssbUJBQW1CLElBQUksQ0FBQztBQUNyRCxTQUFHLFNBQVM7QUFDWixTQUFHLFVBQVU7QUFDYixTQUFHLGNBQWM7QUFDakIsU0FBRyxPQUFPO0FBQ1YsU0FBRyxRQUFRO0FBQ1gsU0FBRyxXQUFXO0FBQ2QsU0FBRyxTQUFTO0FBQUEsSUFDZDtBQUNBLE9BQUcsU0FBUztBQUNaLFFBQUksT0FBTyxRQUFXO0FBQ3BCLFNBQUcsTUFBTTtBQUNULFNBQUcsU0FBUztBQUFBLElBQ2QsTUFBTyxJQUFHLFNBQVM7QUFDbkIsUUFBSSxXQUFXLFVBQVU7QUFDdkIsWUFBTSxJQUFJO0FBQ1YsVUFBSSxJQUFJLEVBQUcsSUFBRyxjQUFjO0FBQzVCLFVBQUksR0FBRyxZQUFZLFVBQWEsS0FBSyxHQUFHLFNBQVM7QUFDL0MsYUFBSyxLQUFLLHdCQUF3QixHQUFHLHlDQUF5QztBQUFBLE1BQ2hGO0FBQ0EsVUFBSSxRQUFRLEdBQUc7QUFDYixhQUFLLEtBQUssd0JBQXdCLEdBQUcsbURBQW1EO0FBQzFGLFNBQUcsVUFBVTtBQUNiLFNBQUcsU0FBUztBQUFBLElBQ2QsV0FBVyxXQUFXLFdBQVcsV0FBVyxVQUFVO0FBQ3BELFNBQUcsU0FBUztBQUFBLElBQ2QsV0FBVyxXQUFXLE9BQU87QUFDM0IsU0FBRyxPQUFPO0FBQUEsSUFDWixXQUFXLFdBQVcsUUFBUTtBQUM1QixTQUFHLFFBQVE7QUFDWCxVQUFJLFFBQVEsRUFBRyxJQUFHLFdBQVc7QUFBQSxJQUMvQjtBQUFBLEVBQ0Y7QUFBQSxFQUVRLG1CQUFtQixJQUFpQixLQUFtQjtBQUM3RCxVQUFNLElBQUksR0FBRyxPQUFPO0FBQ3BCLFVBQU0sTUFBTSxDQUFDLFFBQXVCLEtBQUssS0FBSyx3QkFBd0IsS0FBSyxhQUFhLENBQUMsS0FBSyxHQUFHLEVBQUU7QUFDbkcsUUFBSSxHQUFHLFlBQVksU0FBVSxLQUFJLDRCQUE0QjtBQUM3RCxRQUFJLEdBQUcsV0FBVyxVQUFhLEdBQUcsV0FBVyxHQUFHLE9BQVEsS0FBSSx1Q0FBdUM7QUFDbkcsUUFBSSxHQUFHLFFBQVEsR0FBRyxXQUFXLE9BQVcsS0FBSSxxQ0FBcUM7QUFDakYsUUFBSSxHQUFHLFNBQVMsR0FBRyxXQUFXLE9BQVcsS0FBSSx1Q0FBdUM7QUFDcEYsUUFBSSxFQUFFLEdBQUcsUUFBUSxHQUFHLFVBQVUsR0FBRyxXQUFXLE9BQVcsS0FBSSwyQ0FBMkM7QUFDdEcsUUFBSSxHQUFHLGVBQWUsR0FBRyxLQUFNLEtBQUksMkNBQTJDO0FBQzlFLFFBQUksQ0FBQyxHQUFHLGVBQWUsR0FBRyxTQUFVLEtBQUkscURBQXFEO0FBQUEsRUFDL0Y7QUFBQTtBQUFBO0FBQUEsRUFLUSxVQUFnQjtBQUN0QixVQUFNRCxPQUFNLEtBQUs7QUFDakIsVUFBTSxNQUFNLEtBQUs7QUFDakIsUUFBSSxNQUFNO0FBQ1YsV0FBTyxNQUFNLEtBQUs7QUFDaEIsVUFBSSxNQUFNLFVBQVVBLE1BQUssS0FBSyxHQUFHO0FBQ2pDLFVBQUksTUFBTSxFQUFHLE9BQU07QUFDbkIsV0FBSyxZQUFZO0FBQ2pCLFVBQUksSUFBSTtBQUNSLGFBQU8sSUFBSSxRQUFRQSxLQUFJLENBQUMsTUFBTSxNQUFNQSxLQUFJLENBQUMsTUFBTSxLQUFNO0FBQ3JELFVBQUksSUFBSSxLQUFLO0FBQ1gsWUFBSUEsS0FBSSxDQUFDLE1BQU0sS0FBTSxNQUFLLFlBQVksR0FBRyxHQUFHO0FBQUEsWUFDdkMsTUFBSyxXQUFXLEdBQUcsR0FBRztBQUFBLE1BQzdCO0FBQ0EsWUFBTSxNQUFNO0FBQ1osV0FBSztBQUFBLElBQ1A7QUFBQSxFQUNGO0FBQUEsRUFFUSxVQUFVLEdBQVcsR0FBbUI7QUFDOUMsVUFBTUEsT0FBTSxLQUFLO0FBQ2pCLFdBQU8sSUFBSSxNQUFNQSxLQUFJLENBQUMsTUFBTSxNQUFNQSxLQUFJLENBQUMsTUFBTSxLQUFNO0FBQ25ELFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxZQUFZLEdBQVcsR0FBaUI7QUFDOUMsVUFBTUEsT0FBTSxLQUFLO0FBQ2pCLFFBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxHQUFHLENBQUM7QUFDL0IsVUFBTSxJQUFJO0FBQ1YsV0FBTyxJQUFJLEtBQUtBLEtBQUksQ0FBQyxNQUFNLE1BQU1BLEtBQUksQ0FBQyxNQUFNLElBQUs7QUFDakQsUUFBSSxTQUFTO0FBQ2IsUUFBSSxJQUFJLE1BQU0sS0FBS0EsS0FBSSxDQUFDLE1BQU0sTUFBTUEsS0FBSSxJQUFJLENBQUMsTUFBTSxNQUFNQSxLQUFJLElBQUksQ0FBQyxNQUFNLE1BQU1BLEtBQUksSUFBSSxDQUFDLE1BQU07QUFDM0YsZUFBUztBQUFBLGFBQ0YsRUFBRSxJQUFJLE1BQU0sS0FBS0EsS0FBSSxDQUFDLE1BQU0sTUFBTUEsS0FBSSxJQUFJLENBQUMsTUFBTSxNQUFNQSxLQUFJLElBQUksQ0FBQyxNQUFNLE1BQU1BLEtBQUksSUFBSSxDQUFDLE1BQU0sS0FBSztBQUN2RztBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssVUFBVSxHQUFHLENBQUM7QUFDdkIsVUFBTSxLQUFLO0FBQ1gsUUFBSSxLQUFLLE1BQU0sSUFBSUEsS0FBSSxDQUFDLENBQUUsSUFBSyxnQkFBZ0IsRUFBRyxNQUFLLFdBQVcsR0FBRyxhQUFhO0FBQ2xGO0FBQ0EsV0FBTyxJQUFJLE1BQU0sSUFBSUEsS0FBSSxDQUFDLENBQUUsSUFBSyxlQUFlLEVBQUc7QUFDbkQsVUFBTSxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDOUIsUUFBSSxJQUFJLEtBQUtBLEtBQUksQ0FBQyxNQUFNLE1BQU1BLEtBQUksQ0FBQyxNQUFNLElBQUssTUFBSyxXQUFXLEdBQUcsa0NBQWtDO0FBQ25HLFFBQUksS0FBSyxVQUFVLEdBQUcsQ0FBQztBQUN2QixRQUFJLEtBQUssS0FBSyxhQUFhLElBQUksSUFBSTtBQUNuQyxRQUFJLE9BQU8sUUFBVztBQUNwQixXQUFLO0FBQUEsUUFDSCxRQUFRLEVBQUUsTUFBTSxNQUFNLFdBQVcsU0FBUyxDQUFDLEVBQUU7QUFBQSxRQUM3QyxVQUFVO0FBQUEsUUFDVixVQUFVO0FBQUEsUUFDVixhQUFhO0FBQUEsTUFDZjtBQUNBLFdBQUssYUFBYSxJQUFJLE1BQU0sRUFBRTtBQUM5QixXQUFLLFNBQVMsS0FBSyxHQUFHLE1BQU07QUFBQSxJQUM5QjtBQUNBLFFBQUksUUFBUTtBQUNWLFVBQUksR0FBRyxTQUFVLE1BQUssS0FBSyx1QkFBdUIsR0FBRyx3QkFBd0IsSUFBSSxFQUFFO0FBQ25GLFNBQUcsV0FBVztBQUNkLFlBQU0sT0FBTyxLQUFLLFdBQVcsR0FBRyxHQUFHLEtBQUs7QUFDeEMsVUFBSSxLQUFLLFNBQVMsRUFBRyxJQUFHLE9BQU8sT0FBTztBQUFBLElBQ3hDLE9BQU87QUFDTCxVQUFJLEdBQUcsU0FBVSxNQUFLLEtBQUssdUJBQXVCLEdBQUcsd0JBQXdCLElBQUksRUFBRTtBQUNuRixVQUFJLEdBQUcsY0FBYyxFQUFHLE1BQUssS0FBSyx1QkFBdUIsR0FBRyxpQkFBaUIsSUFBSSxvQkFBb0I7QUFDckcsU0FBRyxXQUFXO0FBQ2QsWUFBTSxLQUFLO0FBQ1gsYUFBTyxJQUFJLEtBQUtBLEtBQUksQ0FBQyxNQUFNLE1BQU1BLEtBQUksQ0FBQyxNQUFNLElBQUs7QUFDakQsWUFBTSxJQUFJLFdBQVcsWUFBWUEsTUFBSyxJQUFJLENBQUMsQ0FBQztBQUM1QyxVQUFJLE1BQU0sT0FBVyxNQUFLLFdBQVcsSUFBSSwrQ0FBK0M7QUFDeEYsVUFBSSxLQUFLLFVBQVUsR0FBRyxDQUFDLE1BQU0sRUFBRyxNQUFLLFdBQVcsR0FBRyw0QkFBNEI7QUFDL0UsU0FBRyxPQUFPLE9BQU87QUFBQSxJQUNuQjtBQUFBLEVBQ0Y7QUFBQSxFQUVRLFdBQVcsR0FBVyxHQUFpQjtBQUM3QyxVQUFNQSxPQUFNLEtBQUs7QUFDakIsUUFBSSxJQUFJLEtBQUssV0FBVyxHQUFHLENBQUM7QUFDNUIsVUFBTSxPQUFPLEtBQUs7QUFDbEIsVUFBTUMsVUFBUyxLQUFLO0FBQ3BCLFVBQU0sV0FBVyxLQUFLO0FBQ3RCLFVBQU0sVUFBVSxJQUFJLEtBQUs7QUFDekIsVUFBTSxLQUFLLEtBQUssVUFBVSxHQUFHLENBQUM7QUFDOUIsUUFBSSxXQUFXLE9BQU8sSUFBSSxPQUFPLFFBQVMsTUFBSyxXQUFXLElBQUksNkJBQTZCO0FBQzNGLFFBQUk7QUFDSixRQUFJLElBQUk7QUFDUixXQUFPLElBQUksS0FBS0QsS0FBSSxDQUFDLE1BQU0sTUFBTUEsS0FBSSxDQUFDLE1BQU0sSUFBSztBQUNqRCxVQUFNLFFBQVEsS0FBSyxZQUFZLEdBQUcsR0FBRyxJQUFJO0FBQ3pDLFFBQUksS0FBSyxVQUFVLEdBQUcsQ0FBQztBQUN2QixRQUFJO0FBQ0osUUFBSSxJQUFJLEdBQUc7QUFDVCxVQUFJO0FBQ0osYUFBTyxJQUFJLEtBQUtBLEtBQUksQ0FBQyxNQUFNLE1BQU1BLEtBQUksQ0FBQyxNQUFNLElBQUs7QUFDakQsV0FBSyxLQUFLLFlBQVksR0FBRyxDQUFDO0FBQzFCLFVBQUksS0FBSyxVQUFVLEdBQUcsQ0FBQyxNQUFNLEVBQUcsTUFBSyxXQUFXLEdBQUcsaUNBQWlDO0FBQUEsSUFDdEY7QUFFQSxRQUFJLEtBQUssS0FBSztBQUNkLFFBQUksT0FBTyxRQUFTLFNBQVMsS0FBSyxlQUFlLENBQUMsU0FBUyxHQUFHLFFBQVEsSUFBSSxHQUFJO0FBQzVFLFdBQUssS0FBSyxhQUFhLElBQUksSUFBSSxLQUFLO0FBQ3BDLFVBQUksT0FBTyxNQUFNO0FBQ2YsY0FBTSxPQUFPLFNBQVMsSUFBSTtBQUMxQixjQUFNLFFBQVEsU0FBUyxLQUFLLFNBQVksS0FBSyxhQUFhLElBQUksSUFBSTtBQUNsRSxZQUFJLFVBQVUsVUFBYSxTQUFTLE1BQU0sUUFBUSxJQUFJLEVBQUcsTUFBSztBQUFBLE1BQ2hFO0FBQ0EsVUFBSSxPQUFPLE1BQU07QUFDZixhQUFLO0FBQUEsVUFDSCxRQUFRLEVBQUUsTUFBTSxNQUFNLFdBQVcsU0FBUyxDQUFDLEVBQUU7QUFBQSxVQUM3QyxVQUFVO0FBQUEsVUFDVixVQUFVO0FBQUEsVUFDVixhQUFhO0FBQUEsUUFDZjtBQUNBLGFBQUssYUFBYSxJQUFJLE1BQU0sRUFBRTtBQUM5QixhQUFLLFNBQVMsS0FBSyxHQUFHLE1BQU07QUFBQSxNQUM5QjtBQUNBLFdBQUssVUFBVTtBQUFBLElBQ2pCO0FBQ0EsU0FBSyxjQUFjO0FBQ25CLE9BQUc7QUFDSCxVQUFNLE1BQU0sR0FBRztBQUNmLFFBQUksSUFBSSxTQUFTLGVBQWUsS0FBSyxTQUFTLFNBQVMsS0FBSyxVQUFVQyxTQUFRLElBQUksTUFBTSxRQUFXO0FBQ2pHLFdBQUssS0FBSyxxQkFBcUIsR0FBRyxvQkFBb0IsSUFBSSxvQkFBb0I7QUFBQSxJQUNoRjtBQUNBLFFBQUksSUFBSSxTQUFTLGFBQWEsU0FBUyxJQUFJLFFBQVEsVUFBVUEsU0FBUSxVQUFVLE1BQU0sUUFBVztBQUM5RixXQUFLLEtBQUsscUJBQXFCLEdBQUcsa0JBQWtCLElBQUkseUJBQXlCO0FBQUEsSUFDbkY7QUFDQSxTQUFLO0FBQ0wsU0FBSyxLQUFLLE9BQU8sS0FBSyxNQUFNQSxTQUFRLE9BQU8sSUFBSSxNQUFTO0FBQUEsRUFDMUQ7QUFBQTtBQUFBLEVBR1EsT0FBTyxHQUFXLEdBQW1CO0FBQzNDLFVBQU0sSUFBSSxJQUFJO0FBQ2QsUUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixVQUFNRCxPQUFNLEtBQUs7QUFDakIsUUFBSSxJQUFJLFdBQVksUUFBTyxZQUFZQSxNQUFLLEdBQUcsQ0FBQztBQUNoRCxVQUFNLElBQ0gsSUFBSSxLQUFLQSxLQUFJLENBQUMsSUFBSyxJQUFJQSxLQUFJLElBQUksQ0FBQyxJQUFLLE1BQU1BLEtBQUksS0FBSyxLQUFLLEVBQUUsSUFBSyxLQUFLQSxLQUFJLEtBQUssSUFBSSxJQUFJLElBQUksRUFBRSxJQUFLLElBQ2xHLEtBQUs7QUFDUCxVQUFNLFFBQVEsS0FBSyxRQUFRLENBQUM7QUFDNUIsUUFBSSxTQUFTLEtBQUssS0FBSyxNQUFNLENBQUMsTUFBTSxLQUFLLFVBQVUsS0FBSyxJQUFJQSxNQUFLLEdBQUcsT0FBTyxDQUFDLEVBQUcsUUFBTyxLQUFLLE1BQU0sQ0FBQztBQUNsRyxVQUFNLE1BQU0sWUFBWUEsTUFBSyxHQUFHLENBQUM7QUFDakMsU0FBSyxRQUFRLENBQUMsSUFBSTtBQUNsQixTQUFLLE1BQU0sQ0FBQyxJQUFJO0FBQ2hCLFNBQUssTUFBTSxDQUFDLElBQUk7QUFDaEIsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPUSxXQUFXLEdBQVcsR0FBbUI7QUFDL0MsVUFBTUEsT0FBTSxLQUFLO0FBQ2pCLFVBQU0sS0FBSyxLQUFLO0FBQ2hCLFFBQUksS0FBSyxLQUFLLElBQUksS0FBSyxHQUFHO0FBQ3hCLFlBQU1FLFNBQVFGLEtBQUksSUFBSSxFQUFFO0FBQ3hCLFdBQ0csS0FBSyxPQUFPLEtBQUssaUJBQWlCRSxXQUFVLE1BQU1BLFdBQVUsT0FBT0EsV0FBVSxPQUM5RSxVQUFVLEtBQUssSUFBSUYsTUFBSyxHQUFHLEtBQUssZUFBZSxFQUFFLEdBQ2pEO0FBQ0EsYUFBSyxnQkFBZ0I7QUFDckIsYUFBSyxRQUFRLEtBQUs7QUFDbEIsYUFBSyxVQUFVLEtBQUs7QUFDcEIsYUFBSyxVQUFVLEtBQUs7QUFDcEIsZUFBTyxJQUFJO0FBQUEsTUFDYjtBQUFBLElBQ0Y7QUFDQSxRQUFJLElBQUk7QUFDUixTQUFLLElBQUlBLEtBQUksQ0FBQyxDQUFFLElBQUssZ0JBQWdCO0FBQ25DLFdBQUssV0FBVyxHQUFHLEtBQUssT0FBTyxxQkFBcUIsa0NBQWtDO0FBQ3hGO0FBQ0EsV0FBTyxJQUFJLE1BQU0sSUFBSUEsS0FBSSxDQUFDLENBQUUsSUFBSyxlQUFlLEVBQUc7QUFDbkQsVUFBTSxVQUFVLElBQUk7QUFDcEIsUUFBSTtBQUNKLFFBQUksWUFBWSxLQUFLLGVBQWUsVUFBVSxLQUFLLElBQUlBLE1BQUssR0FBRyxLQUFLLGVBQWUsT0FBTyxHQUFHO0FBQzNGLGFBQU8sS0FBSztBQUFBLElBQ2QsT0FBTztBQUNMLGFBQU8sS0FBSyxPQUFPLEdBQUcsQ0FBQztBQUFBLElBQ3pCO0FBQ0EsVUFBTSxVQUFVO0FBQ2hCLFFBQUksS0FBSyxLQUFNLEtBQUksS0FBSyxVQUFVLEdBQUcsQ0FBQztBQUN0QyxRQUFJQyxVQUFTO0FBQ2IsUUFBSSxTQUFTO0FBQ2IsUUFBSSxXQUFXO0FBQ2YsUUFBSUQsS0FBSSxDQUFDLE1BQU0sUUFBUTtBQUNyQixVQUFJLEtBQUssWUFBWSxHQUFHLENBQUM7QUFDekIsTUFBQUMsVUFBUyxLQUFLO0FBQ2QsZUFBUyxFQUFFLEtBQUs7QUFDaEIsaUJBQVc7QUFBQSxJQUNiLE1BQU8sS0FBSTtBQUNYLFNBQUssZ0JBQWdCO0FBQ3JCLFNBQUssZ0JBQWdCLElBQUk7QUFDekIsU0FBSyxlQUFlO0FBQ3BCLFNBQUssY0FBYztBQUNuQixTQUFLLFdBQVc7QUFDaEIsU0FBSyxhQUFhQTtBQUNsQixTQUFLLGFBQWE7QUFDbEIsU0FBSyxRQUFRO0FBQ2IsU0FBSyxVQUFVQTtBQUNmLFNBQUssVUFBVTtBQUNmLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxZQUFZLEdBQVcsR0FBbUI7QUFDaEQsVUFBTUQsT0FBTSxLQUFLO0FBQ2pCLFFBQUksSUFBSTtBQUNSLFFBQUksTUFBTTtBQUNWLFFBQUlBLEtBQUksQ0FBQyxNQUFNLE1BQU1BLEtBQUksQ0FBQyxNQUFNLElBQUk7QUFDbEMsWUFBTUEsS0FBSSxDQUFDLE1BQU07QUFDakI7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLEVBQUcsTUFBSyxLQUFLLHFCQUFxQixHQUFHLHFCQUFxQixzQkFBc0I7QUFDekYsUUFBSSxJQUFJO0FBQ1IsV0FBTyxJQUFJLEdBQUcsS0FBSztBQUNqQixZQUFNLElBQUlBLEtBQUksQ0FBQyxJQUFLO0FBQ3BCLFVBQUksSUFBSSxLQUFLLElBQUksRUFBRyxNQUFLLEtBQUsscUJBQXFCLEdBQUcscUJBQXFCLHNCQUFzQjtBQUNqRyxVQUFJLElBQUksS0FBSztBQUFBLElBQ2Y7QUFDQSxZQUFRLE1BQU0sQ0FBQyxJQUFJLEtBQUs7QUFBQSxFQUMxQjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBU1EsWUFBWSxHQUFXLEdBQW1CO0FBQ2hELFVBQU1BLE9BQU0sS0FBSztBQUNqQixVQUFNLE9BQU8sS0FBSztBQUNsQjtBQUNBLFFBQUksS0FBTSxLQUFJLEtBQUssVUFBVSxHQUFHLENBQUM7QUFDakMsUUFBSUEsS0FBSSxDQUFDLE1BQU0sUUFBUTtBQUNyQixXQUFLLFlBQVk7QUFDakIsYUFBTyxJQUFJO0FBQUEsSUFDYjtBQUNBLFVBQU0sTUFBbUIsQ0FBQztBQUMxQixlQUFTO0FBQ1AsWUFBTSxLQUFLO0FBQ1gsVUFBSSxLQUFLLE1BQU0sSUFBSUEsS0FBSSxDQUFDLENBQUUsSUFBSyxpQkFBaUIsRUFBRyxNQUFLLFdBQVcsR0FBRyxZQUFZO0FBQ2xGO0FBQ0EsYUFBTyxJQUFJLE1BQU0sSUFBSUEsS0FBSSxDQUFDLENBQUUsSUFBSyxnQkFBZ0IsRUFBRztBQUNwRCxZQUFNLEtBQUs7QUFDWCxVQUFJLEtBQU0sS0FBSSxLQUFLLFVBQVUsR0FBRyxDQUFDO0FBQ2pDLFVBQUlBLEtBQUksQ0FBQyxNQUFNLEdBQUksTUFBSyxXQUFXLEdBQUcsS0FBSztBQUMzQztBQUNBLFVBQUksS0FBTSxLQUFJLEtBQUssVUFBVSxHQUFHLENBQUM7QUFDakMsVUFBSUEsS0FBSSxDQUFDLE1BQU0sTUFBTyxNQUFLLFdBQVcsR0FBRyw2QkFBOEI7QUFDdkU7QUFDQSxZQUFNLEtBQUs7QUFDWCxVQUFJLE1BQU07QUFDVixVQUFJLEtBQUs7QUFDVCxhQUFPLElBQUksR0FBRztBQUNaLGNBQU1HLEtBQUlILEtBQUksQ0FBQztBQUNmLFlBQUlHLE9BQU0sTUFBTztBQUNqQixZQUFJQSxPQUFNLFFBQVE7QUFDaEIsZ0JBQU07QUFDTixlQUFLO0FBQ0w7QUFBQSxRQUNGO0FBQ0EsWUFBSUEsTUFBSyxJQUFNLE1BQUs7QUFDcEI7QUFBQSxNQUNGO0FBQ0EsVUFBSSxLQUFLLEVBQUcsTUFBSyxXQUFXLEdBQUcsNkJBQThCO0FBQzdELFlBQU0sUUFBUSxPQUFPLEtBQUssS0FBSyxhQUFhLElBQUksR0FBRyxLQUFLLElBQUksSUFBSSxJQUFJLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDckY7QUFDQSxZQUFNLE9BQU8sS0FBSyxPQUFPLElBQUksRUFBRTtBQUMvQixlQUFTLElBQUksR0FBRyxJQUFJLElBQUksUUFBUSxLQUFLO0FBQ25DLFlBQUksSUFBSSxDQUFDLEVBQUcsU0FBUyxLQUFNLE1BQUssS0FBSyxxQkFBcUIsSUFBSSx3QkFBd0IsSUFBSSxFQUFFO0FBQUEsTUFDOUY7QUFDQSxVQUFJLEtBQUssRUFBRSxNQUFNLE1BQU0sQ0FBQztBQUN4QixVQUFJLEtBQU0sS0FBSSxLQUFLLFVBQVUsR0FBRyxDQUFDO0FBQ2pDLFlBQU0sSUFBSUgsS0FBSSxDQUFDO0FBQ2YsVUFBSSxNQUFNLE9BQU87QUFDZjtBQUNBLFlBQUksTUFBTTtBQUNSLGNBQUksS0FBSyxVQUFVLEdBQUcsQ0FBQztBQUN2QixjQUFJQSxLQUFJLENBQUMsTUFBTSxRQUFRO0FBQ3JCO0FBQ0E7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBO0FBQUEsTUFDRjtBQUNBLFVBQUksTUFBTSxRQUFRO0FBQ2hCO0FBQ0E7QUFBQSxNQUNGO0FBQ0EsV0FBSyxXQUFXLEdBQUcsWUFBWTtBQUFBLElBQ2pDO0FBQ0EsU0FBSyxZQUFZO0FBQ2pCLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdRLFdBQVcsR0FBVyxHQUFXLElBQXFCO0FBQzVELFVBQU1BLE9BQU0sS0FBSztBQUNqQixRQUFJLE1BQU07QUFDVixRQUFJLEtBQUs7QUFDVCxhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixZQUFNLElBQUlBLEtBQUksQ0FBQztBQUNmLFVBQUksTUFBTSxPQUFRLE9BQU07QUFBQSxlQUNmLEtBQUssSUFBTSxNQUFLO0FBQUEsSUFDM0I7QUFDQSxXQUFPLEtBQUssYUFBYSxHQUFHLEdBQUcsS0FBSyxJQUFJLEVBQUU7QUFBQSxFQUM1QztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNUSxhQUFhLEdBQVcsR0FBVyxLQUFjLElBQWEsYUFBOEI7QUFDbEcsUUFBSSxNQUFrQixLQUFLO0FBQzNCLFFBQUksSUFBSTtBQUNSLFFBQUksSUFBSTtBQUNSLFFBQUksS0FBSztBQUNQLFVBQUksS0FBSyxRQUFRLFNBQVMsSUFBSSxFQUFHLE1BQUssVUFBVSxJQUFJLFdBQVcsS0FBSyxJQUFJLEtBQUssSUFBSSxJQUFJLEdBQUcsQ0FBQztBQUN6RixZQUFNLE1BQU0sS0FBSztBQUNqQixVQUFJLElBQUk7QUFDUixlQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixjQUFNLElBQUksSUFBSSxDQUFDO0FBQ2YsWUFBSSxNQUFNLFVBQVUsSUFBSSxJQUFJLEdBQUc7QUFDN0IsZ0JBQU0sSUFBSSxJQUFJLElBQUksQ0FBQztBQUNuQjtBQUNBLGNBQUksTUFBTSxJQUFLLEtBQUksR0FBRyxJQUFJO0FBQUEsbUJBQ2pCLE1BQU0sT0FBUSxLQUFJLEdBQUcsSUFBSTtBQUFBLG1CQUN6QixNQUFNLFNBQVMsWUFBYSxLQUFJLEdBQUcsSUFBSTtBQUFBLGVBQzNDO0FBQ0gsZ0JBQUksR0FBRyxJQUFJO0FBQ1gsZ0JBQUksR0FBRyxJQUFJO0FBQUEsVUFDYjtBQUFBLFFBQ0YsT0FBTztBQUNMLGNBQUksR0FBRyxJQUFJO0FBQUEsUUFDYjtBQUFBLE1BQ0Y7QUFDQSxZQUFNO0FBQ04sVUFBSTtBQUNKLFVBQUk7QUFBQSxJQUNOO0FBQ0EsUUFBSSxDQUFDLEdBQUksUUFBTyxZQUFZLEtBQUssR0FBRyxDQUFDO0FBQ3JDLFFBQUk7QUFDRixhQUFPLFdBQVcsS0FBSyxHQUFHLENBQUM7QUFBQSxJQUM3QixTQUFTLE9BQU87QUFDZCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0EsRUFBRSxNQUFNLEtBQUssTUFBTSxRQUFRLElBQUksS0FBSyxZQUFZLEdBQUcsVUFBVSxjQUFjO0FBQUEsUUFDM0UsRUFBRSxNQUFNO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRUSxZQUFZLEdBQVcsR0FBVyxTQUEwQjtBQUNsRSxVQUFNQSxPQUFNLEtBQUs7QUFDakIsUUFBSSxLQUFLLEVBQUcsTUFBSyxXQUFXLEdBQUcsVUFBVSxXQUFXLFdBQVc7QUFDL0QsUUFBSSxJQUFJO0FBQ1IsUUFBSSxJQUFJQSxLQUFJLENBQUM7QUFDYixRQUFJLE1BQU07QUFDVixRQUFJLE1BQU0sTUFBTSxNQUFNLElBQUk7QUFDeEIsWUFBTSxNQUFNO0FBQ1o7QUFDQSxVQUFJQSxLQUFJLENBQUMsS0FBSztBQUFBLElBQ2hCO0FBQ0EsUUFBSyxLQUFLLE1BQU0sS0FBSyxNQUFPLE1BQU0sSUFBSTtBQUVwQyxVQUFJLElBQUk7QUFDUixZQUFNLEtBQUs7QUFDWCxhQUFPLElBQUksR0FBRztBQUNaLGNBQU0sSUFBSUEsS0FBSSxDQUFDLElBQUs7QUFDcEIsWUFBSSxJQUFJLEtBQUssSUFBSSxFQUFHO0FBQ3BCLFlBQUksSUFBSSxLQUFLO0FBQ2I7QUFBQSxNQUNGO0FBQ0EsVUFBSSxTQUFTLElBQUk7QUFDakIsVUFBSSxNQUFNO0FBQ1YsVUFBSSxJQUFJLEtBQUtBLEtBQUksQ0FBQyxNQUFNLElBQUk7QUFDMUI7QUFDQSxjQUFNLEtBQUs7QUFDWCxlQUFPLElBQUksR0FBRztBQUNaLGdCQUFNLElBQUlBLEtBQUksQ0FBQyxJQUFLO0FBQ3BCLGNBQUksSUFBSSxLQUFLLElBQUksRUFBRztBQUNwQixjQUFJLElBQUksS0FBSztBQUNiO0FBQUEsUUFDRjtBQUNBLGNBQU0sS0FBSztBQUNYLGtCQUFVLElBQUk7QUFBQSxNQUNoQjtBQUNBLFVBQUksV0FBVyxFQUFHLE1BQUssS0FBSyxxQkFBcUIsR0FBRyxtQkFBbUIsWUFBWUEsTUFBSyxHQUFHLENBQUMsQ0FBQyxHQUFHO0FBQ2hHLFlBQU0sT0FBTyxTQUFTO0FBQ3RCLFVBQUksSUFBSSxNQUFNQSxLQUFJLENBQUMsSUFBSyxRQUFRLEtBQUs7QUFDbkM7QUFDQSxZQUFJLE9BQU87QUFDWCxZQUFJQSxLQUFJLENBQUMsTUFBTSxNQUFNQSxLQUFJLENBQUMsTUFBTSxJQUFJO0FBQ2xDLGlCQUFPQSxLQUFJLENBQUMsTUFBTTtBQUNsQjtBQUFBLFFBQ0Y7QUFDQSxZQUFJLEtBQUs7QUFDVCxjQUFNLEtBQUs7QUFDWCxlQUFPLElBQUksR0FBRztBQUNaLGdCQUFNLElBQUlBLEtBQUksQ0FBQyxJQUFLO0FBQ3BCLGNBQUksSUFBSSxLQUFLLElBQUksRUFBRztBQUNwQixjQUFJLEtBQUssSUFBUSxNQUFLLEtBQUssS0FBSztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxZQUFJLE1BQU0sR0FBSSxNQUFLLEtBQUsscUJBQXFCLEdBQUcsbUJBQW1CLFlBQVlBLE1BQUssR0FBRyxDQUFDLENBQUMsR0FBRztBQUM1RixlQUFPLE9BQU8sQ0FBQyxLQUFLO0FBQUEsTUFDdEI7QUFDQSxVQUFJLE1BQU0sRUFBRyxNQUFLLEtBQUsscUJBQXFCLEdBQUcsbUJBQW1CLFlBQVlBLE1BQUssR0FBRyxDQUFDLENBQUMsR0FBRztBQUMzRixVQUFJO0FBQ0osVUFBSSxLQUFNLEtBQUksS0FBSyxJQUFJLE9BQU8sWUFBWUEsTUFBSyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsZUFDNUMsTUFBTSxFQUFHLEtBQUk7QUFBQSxlQUNiLFFBQVEsRUFBRyxLQUFJO0FBQUEsZUFDZixNQUFNLEtBQUssT0FBTyxHQUFJLEtBQUksSUFBSSxNQUFNLEdBQUc7QUFBQSxlQUN2QyxNQUFNLEtBQUssT0FBTyxJQUFLLEtBQUksSUFBSSxNQUFNLENBQUMsR0FBRztBQUFBLFVBQzdDLEtBQUksS0FBSyxJQUFJLE9BQU8sWUFBWUEsTUFBSyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQ2hELFVBQUksQ0FBQyxXQUFXLENBQUMsT0FBTyxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUsscUJBQXFCLEdBQUcsd0JBQXdCO0FBQy9GLGFBQU8sTUFBTSxDQUFDLElBQUk7QUFBQSxJQUNwQjtBQUNBLFFBQUksU0FBUztBQUNYLFlBQU0sSUFBSSxJQUFJO0FBQ2QsVUFBSSxNQUFNLEtBQUssTUFBTSxHQUFHO0FBQ3RCLGNBQU0sSUFBSSxZQUFZQSxNQUFLLEdBQUcsQ0FBQyxFQUFFLFlBQVk7QUFDN0MsWUFBSSxNQUFNLFNBQVMsTUFBTSxXQUFZLFFBQU8sTUFBTSxZQUFZO0FBQzlELFlBQUksTUFBTSxVQUFVLE1BQU0sS0FBSyxLQUFLLE1BQU8sUUFBTyxPQUFPO0FBQUEsTUFDM0Q7QUFBQSxJQUNGO0FBQ0EsU0FBSztBQUFBLE1BQ0g7QUFBQSxNQUNBO0FBQUEsTUFDQSxXQUFXLFVBQVUsV0FBVyxXQUFXLEtBQUssWUFBWUEsTUFBSyxHQUFHLENBQUMsQ0FBQztBQUFBLE1BQ3RFLFVBQVUsd0NBQXdDO0FBQUEsSUFDcEQ7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFVBQVVBLE1BQWlCLE1BQWMsS0FBcUI7QUFFckUsUUFBTSxJQUFJQSxLQUFJLFFBQVEsSUFBSSxJQUFJO0FBQzlCLFNBQU8sSUFBSSxNQUFNLElBQUk7QUFDdkI7QUFHQSxTQUFTLFVBQVVJLEtBQWNKLE1BQWlCLEdBQVcsR0FBVyxHQUFvQjtBQUMxRixNQUFJLElBQUksRUFBRyxRQUFPO0FBQ2xCLE1BQUksSUFBSTtBQUNSLFNBQU8sSUFBSSxLQUFLLEdBQUcsS0FBSyxFQUFHLEtBQUlJLElBQUcsVUFBVSxJQUFJLENBQUMsTUFBTUEsSUFBRyxVQUFVLElBQUksQ0FBQyxFQUFHLFFBQU87QUFDbkYsU0FBTyxJQUFJLEdBQUcsSUFBSyxLQUFJSixLQUFJLElBQUksQ0FBQyxNQUFNQSxLQUFJLElBQUksQ0FBQyxFQUFHLFFBQU87QUFDekQsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLFFBQWdCLE1BQWMsU0FBb0M7QUFDckYsTUFBSSxDQUFDLEtBQUssV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNyQyxRQUFNLE9BQU8sS0FBSyxXQUFXLE9BQU8sU0FBUyxLQUFLLEtBQUssTUFBTSxPQUFPLE1BQU07QUFDMUUsYUFBVyxLQUFLLFFBQVMsS0FBSSxhQUFhLENBQUMsTUFBTSxLQUFNLFFBQU87QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxVQUFVQyxTQUFxQixNQUFrQztBQUN4RSxXQUFTLElBQUksR0FBRyxJQUFJQSxRQUFPLFFBQVEsSUFBSyxLQUFJQSxRQUFPLENBQUMsRUFBRyxTQUFTLEtBQU0sUUFBT0EsUUFBTyxDQUFDLEVBQUc7QUFDeEYsU0FBTztBQUNUO0FBR0EsU0FBUyxpQkFBaUIsTUFBYyxHQUFvQjtBQUMxRCxNQUFJLE9BQU8sU0FBUyxDQUFDLEVBQUcsUUFBTztBQUMvQixTQUFPLFNBQVMsVUFBVSxTQUFTLFVBQVUsU0FBUztBQUN4RDtBQUdBLFNBQVMsU0FBU0EsU0FBcUIsU0FBeUI7QUFDOUQsTUFBSSxTQUFTO0FBQ2IsV0FBUyxJQUFJLEdBQUcsSUFBSUEsUUFBTyxRQUFRLEtBQUs7QUFDdEMsUUFBSUEsUUFBTyxJQUFJLENBQUMsRUFBRyxPQUFPQSxRQUFPLENBQUMsRUFBRyxNQUFNO0FBQ3pDLGVBQVM7QUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLFNBQVNBLFVBQVMsQ0FBQyxHQUFHQSxPQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLEtBQUssQ0FBRTtBQUNwRixNQUFJLE1BQU07QUFDVixhQUFXLEtBQUssTUFBTTtBQUNwQixRQUFJLEVBQUUsU0FBUyxRQUFTO0FBQ3hCLFdBQU8sR0FBRyxFQUFFLElBQUksSUFBSSxFQUFFLE1BQU0sTUFBTSxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQy9DO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhQSxTQUE2QjtBQUNqRCxNQUFJQSxRQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hDLFNBQU8sSUFBSUEsUUFBTyxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsSUFBSSxJQUFJLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFFQSxTQUFTLFNBQVMsR0FBaUIsTUFBdUI7QUFDeEQsTUFBSSxTQUFTLEVBQUUsS0FBTSxRQUFPO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFdBQVcsRUFBRSxJQUFJLEVBQUcsUUFBTztBQUNyQyxRQUFNLE9BQU8sS0FBSyxNQUFNLEVBQUUsS0FBSyxNQUFNO0FBQ3JDLE1BQUksRUFBRSxTQUFTLFlBQWEsUUFBTyxTQUFTLGFBQWEsU0FBUyxVQUFVLFNBQVM7QUFDckYsTUFBSSxFQUFFLFNBQVMsVUFBVyxRQUFPLFNBQVMsVUFBVSxTQUFTO0FBQzdELFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxhQUFXLE9BQU8sQ0FBQyxXQUFXLFVBQVUsTUFBTSxHQUFHO0FBQy9DLFFBQUksS0FBSyxTQUFTLEdBQUcsRUFBRyxRQUFPLEtBQUssTUFBTSxHQUFHLENBQUMsSUFBSSxNQUFNO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBQzdwQ08sSUFBTSxvQkFBb0IsTUFBTSxPQUFPO0FBZXZDLFNBQVMsc0JBQXNCLGFBQXlEO0FBQzdGLE1BQUksZ0JBQWdCLE9BQVcsUUFBTztBQUN0QyxRQUFNLFNBQVMsWUFBWSxNQUFNLEdBQUcsRUFBRSxDQUFDLEtBQUssSUFBSSxLQUFLLEVBQUUsWUFBWTtBQUNuRSxNQUFJLFVBQVUsK0JBQWdDLFFBQU87QUFDckQsTUFBSSxVQUFVLGFBQWMsUUFBTztBQUNuQyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQ1AsT0FDQSxTQUMyQztBQUMzQyxRQUFNLFdBQVcsUUFBUSxZQUFZO0FBQ3JDLE1BQUksRUFBRSxZQUFZLEdBQUksT0FBTSxJQUFJLFdBQVcsK0NBQStDLFFBQVEsRUFBRTtBQUNwRyxRQUFNLFNBQVMsUUFBUSxVQUFVLHNCQUFzQixRQUFRLFdBQVcsS0FBSztBQUMvRSxNQUFJLFdBQVcsaUJBQWlCLFdBQVcsY0FBYztBQUN2RCxVQUFNLElBQUksV0FBVyxxREFBcUQsT0FBTyxNQUFNLENBQUMsRUFBRTtBQUFBLEVBQzVGO0FBQ0EsTUFBSSxPQUFPLE9BQU8sVUFBVSxXQUFXLE1BQU0sU0FBUyxNQUFNO0FBQzVELE1BQUksT0FBTyxVQUFVLFlBQVksUUFBUSxZQUFZLE9BQU8sSUFBSSxTQUFVLFFBQU8sT0FBTyxXQUFXLEtBQUs7QUFDeEcsTUFBSSxPQUFPLFVBQVU7QUFDbkIsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0EsY0FBYyxJQUFJLCtCQUErQixRQUFRO0FBQUEsTUFDekQsRUFBRSxNQUFNLEdBQUcsUUFBUSxHQUFHLFVBQVUsV0FBVyxRQUFRLFNBQVM7QUFBQSxJQUM5RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsT0FBTyxVQUFVLFdBQVcsT0FBTyxLQUFLLE9BQU8sTUFBTSxJQUFJO0FBQ3ZFLFNBQU8sRUFBRSxPQUFPLE9BQU87QUFDekI7QUFFQSxJQUFNLFlBQU4sTUFBc0M7QUFBQSxFQUNwQyxPQUNFLFFBQ0EsTUFDQUksU0FDQSxPQUNBLFdBQ0EsVUFDTTtBQUVOLFFBQUk7QUFDSixRQUFJLGFBQWEsUUFBVztBQUMxQixVQUNFLGNBQWMsU0FDVixFQUFFLE1BQU0sUUFBQUEsU0FBUSxPQUFPLFNBQVMsSUFDaEMsRUFBRSxNQUFNLFFBQUFBLFNBQVEsT0FBTyxXQUFXLFNBQVM7QUFBQSxJQUNuRCxNQUFPLEtBQUksY0FBYyxTQUFZLEVBQUUsTUFBTSxRQUFBQSxTQUFRLE1BQU0sSUFBSSxFQUFFLE1BQU0sUUFBQUEsU0FBUSxPQUFPLFVBQVU7QUFDaEcsV0FBTyxRQUFRLEtBQUssQ0FBQztBQUFBLEVBQ3ZCO0FBQ0Y7QUFNTyxTQUFTLE1BQU0sT0FBNEIsVUFBd0IsQ0FBQyxHQUFlO0FBQ3hGLFFBQU0sRUFBRSxPQUFPLE9BQU8sSUFBSSxRQUFRLE9BQU8sT0FBTztBQUNoRCxRQUFNLElBQUksSUFBSSxXQUFXLE9BQU8sUUFBUSxJQUFJLFVBQVUsQ0FBQztBQUN2RCxJQUFFLElBQUk7QUFDTixTQUFPLEVBQUUsVUFBVSxFQUFFLFNBQVM7QUFDaEM7OztBSnZFQSxJQUFNLFFBQVE7QUFBQTtBQUFBO0FBQUE7QUFBQSwyREFJNkMsaUJBQWlCO0FBQUE7QUFBQTtBQUFBOzs7QUs2QnJFLFNBQVMsWUFBWSxTQUF5QjtBQUNuRCxTQUFPLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFDbEM7OztBQzNDTyxTQUFTLGFBQWEsR0FBbUI7QUFDOUMsTUFBSSxNQUFNLFNBQVUsUUFBTztBQUMzQixNQUFJLE1BQU0sVUFBVyxRQUFPO0FBQzVCLE1BQUksT0FBTyxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQzVCLE1BQUksTUFBTSxLQUFLLElBQUksSUFBSSxFQUFHLFFBQU87QUFDakMsU0FBTyxPQUFPLENBQUM7QUFDakI7QUFFTyxTQUFTLGlCQUFpQixHQUFtQjtBQUNsRCxNQUFJLENBQUMsWUFBWSxDQUFDLEVBQUcsUUFBTztBQUM1QixNQUFJLE1BQU07QUFDVixXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLO0FBQ2pDLFVBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixRQUFJLE1BQU0sR0FBSSxRQUFPO0FBQUEsYUFDWixNQUFNLEdBQUksUUFBTztBQUFBLGFBQ2pCLE1BQU0sR0FBSSxRQUFPO0FBQUEsUUFDckIsUUFBTyxFQUFFLENBQUM7QUFBQSxFQUNqQjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxHQUFvQjtBQUN2QyxXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLO0FBQ2pDLFVBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixRQUFJLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxHQUFJLFFBQU87QUFBQSxFQUMvQztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWUMsU0FBc0M7QUFDekQsTUFBSSxNQUFNO0FBQ1YsV0FBUyxJQUFJLEdBQUcsSUFBSUEsUUFBTyxRQUFRLEtBQUs7QUFDdEMsVUFBTSxJQUFJQSxRQUFPLENBQUM7QUFDbEIsUUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixXQUFPLEdBQUcsRUFBRSxJQUFJLEtBQUssaUJBQWlCLEVBQUUsS0FBSyxDQUFDO0FBQUEsRUFDaEQ7QUFDQSxTQUFPLEdBQUcsR0FBRztBQUNmO0FBRUEsU0FBUyxjQUFjLEdBQXFCO0FBQzFDLE1BQUksTUFBTSxNQUFNLFlBQVksRUFBRSxNQUFNLENBQUMsSUFBSSxhQUFhLEVBQUUsS0FBSyxDQUFDO0FBQzlELE1BQUksRUFBRSxjQUFjLE9BQVcsUUFBTyxJQUFJLGFBQWEsRUFBRSxTQUFTLENBQUM7QUFDbkUsU0FBTztBQUNUO0FBR08sU0FBUyxVQUFVLFVBQTJDO0FBQ25FLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixhQUFXLEtBQUssVUFBVTtBQUN4QixVQUFNLEtBQUssVUFBVSxFQUFFLElBQUksSUFBSSxFQUFFLElBQUk7QUFBQSxDQUFJO0FBQ3pDLFFBQUksRUFBRSxTQUFTLFVBQWEsRUFBRSxTQUFTLEdBQUksT0FBTSxLQUFLLFVBQVUsRUFBRSxJQUFJLElBQUksRUFBRSxJQUFJO0FBQUEsQ0FBSTtBQUNwRixRQUFJLEVBQUUsU0FBUyxVQUFhLEVBQUUsU0FBUyxHQUFJLE9BQU0sS0FBSyxVQUFVLEVBQUUsSUFBSSxJQUFJLGlCQUFpQixFQUFFLElBQUksQ0FBQztBQUFBLENBQUk7QUFDdEcsUUFBSSxRQUFRO0FBQ1osZUFBVyxLQUFLLEVBQUUsU0FBUztBQUN6QixVQUFJLE9BQU8sRUFBRTtBQUNiLFVBQUksRUFBRSxPQUFPLFNBQVMsRUFBRyxTQUFRLFlBQVksRUFBRSxNQUFNO0FBQ3JELGNBQVEsSUFBSSxhQUFhLEVBQUUsS0FBSyxDQUFDO0FBQ2pDLFVBQUksRUFBRSxjQUFjLE9BQVcsU0FBUSxJQUFJLGFBQWEsRUFBRSxTQUFTLENBQUM7QUFDcEUsVUFBSSxFQUFFLGFBQWEsT0FBVyxTQUFRLGNBQWMsRUFBRSxRQUFRO0FBQzlELGVBQVMsR0FBRyxJQUFJO0FBQUE7QUFDaEIsVUFBSSxNQUFNLFNBQVMsT0FBTztBQUN4QixjQUFNLEtBQUssS0FBSztBQUNoQixnQkFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLFNBQVMsRUFBRyxPQUFNLEtBQUssS0FBSztBQUFBLEVBQ3hDO0FBQ0EsUUFBTSxLQUFLLFNBQVM7QUFDcEIsU0FBTyxNQUFNLEtBQUssRUFBRTtBQUN0Qjs7O0FDekVPLElBQU0scUJBQXFCLENBQUMsY0FBYyxRQUFRLFFBQVEsUUFBUSxRQUFRO0FBSzFFLElBQU0sY0FBYyxDQUFDLFdBQVcsVUFBVSxTQUFTLFFBQVE7QUFJbEUsSUFBTSxVQUFVO0FBRVQsSUFBTSxrQkFBTixjQUE4QixNQUFNO0FBQUEsRUFDaEMsT0FBTztBQUFBLEVBQ2hCLFlBQVksU0FBaUI7QUFDM0IsVUFBTSxPQUFPO0FBQ2IsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUNGO0FBTU8sU0FBUyxnQkFBZ0IsTUFBMEI7QUFDeEQsUUFBTSxRQUFRLEtBQUssTUFBTSxHQUFHO0FBQzVCLE1BQUksTUFBTSxXQUFXLG1CQUFtQixRQUFRO0FBQzlDLFVBQU0sSUFBSTtBQUFBLE1BQ1IsZUFBZSxLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsTUFBTSxNQUFNO0FBQUEsSUFFekQ7QUFBQSxFQUNGO0FBQ0EsUUFBTSxNQUE4QixDQUFDO0FBQ3JDLFFBQU0sUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN4QixVQUFNLFFBQVEsbUJBQW1CLENBQUM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsS0FBSyxHQUFHLEdBQUc7QUFDdEIsWUFBTSxJQUFJO0FBQUEsUUFDUix1QkFBdUIsS0FBSyxJQUFJLEtBQUssVUFBVSxHQUFHLENBQUM7QUFBQSxNQUVyRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssSUFBSTtBQUFBLEVBQ2YsQ0FBQztBQUNELFNBQU87QUFDVDtBQUVPLFNBQVMsaUJBQWlCLEdBQXVCO0FBQ3RELFNBQU8sbUJBQW1CLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHO0FBQ3JEO0FBRU8sU0FBUyxTQUFTLEdBQWUsTUFBeUI7QUFDL0QsU0FBTyxHQUFHLGlCQUFpQixDQUFDLENBQUMsSUFBSSxJQUFJO0FBQ3ZDO0FBR08sU0FBUyxXQUFXLE9BQWtFO0FBQzNGLFFBQU0sSUFBSSxNQUFNLFlBQVksR0FBRztBQUMvQixNQUFJLElBQUksRUFBRyxRQUFPO0FBQ2xCLFFBQU0sT0FBTyxNQUFNLE1BQU0sSUFBSSxDQUFDO0FBQzlCLE1BQUksQ0FBQyxZQUFZLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDeEMsTUFBSTtBQUNGLFdBQU8sRUFBRSxNQUFNLGdCQUFnQixNQUFNLE1BQU0sR0FBRyxDQUFDLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDMUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLGlCQUFpQixHQUFtQztBQUNsRSxTQUFPLG1CQUFtQixJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQztBQUNoRDs7O0FDeEVPLElBQU0sa0JBQU4sY0FBOEIsTUFBTTtBQUFBLEVBQ2hDO0FBQUEsRUFDQTtBQUFBLEVBQ1QsWUFDRSxNQUNBLFNBQ0EsVUFBa0UsQ0FBQyxHQUNuRTtBQUNBLFVBQU0sU0FBUyxRQUFRLFVBQVUsU0FBWSxTQUFZLEVBQUUsT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUNqRixTQUFLLE9BQU8sV0FBVztBQUN2QixTQUFLLE9BQU87QUFDWixTQUFLLFVBQVUsUUFBUSxXQUFXLENBQUM7QUFBQSxFQUNyQztBQUNGO0FBWU8sSUFBTSxlQUFOLGNBQTJCLGdCQUFnQjtBQUFBLEVBRWhELFlBQ0UsTUFDQSxTQUNBLFVBQWtFLENBQUMsR0FDbkU7QUFDQSxVQUFNLE1BQU0sU0FBUyxPQUFPO0FBQUEsRUFDOUI7QUFDRjs7O0FDekJPLElBQU0sY0FBYztBQWNwQixTQUFTLGdCQUFnQixPQUFvRDtBQUNsRixRQUFNLElBQUksb0JBQUksSUFBb0I7QUFDbEMsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE1BQU8sR0FBRSxJQUFJLEdBQUcsQ0FBQztBQUN0QyxRQUFNLE1BQWUsQ0FBQztBQUN0QixhQUFXLENBQUMsTUFBTSxLQUFLLEtBQUssRUFBRyxLQUFJLFVBQVUsR0FBSSxLQUFJLEtBQUssRUFBRSxNQUFNLE1BQU0sQ0FBQztBQUN6RSxNQUFJLEtBQUssWUFBWTtBQUNyQixTQUFPO0FBQ1Q7QUFFTyxTQUFTLGVBQWUsSUFBb0M7QUFDakUsUUFBTSxNQUE4QixDQUFDO0FBQ3JDLGFBQVcsS0FBSyxHQUFJLEtBQUksRUFBRSxJQUFJLElBQUksRUFBRTtBQUNwQyxTQUFPO0FBQ1Q7QUFFTyxTQUFTLFNBQVMsSUFBWSxNQUFzQjtBQUN6RCxhQUFXLEtBQUssR0FBSSxLQUFJLEVBQUUsU0FBUyxLQUFNLFFBQU8sRUFBRTtBQUNsRCxTQUFPO0FBQ1Q7QUFNTyxTQUFTLFVBQVUsSUFBb0I7QUFDNUMsTUFBSSxJQUFJO0FBQ1IsYUFBVyxLQUFLLEdBQUksTUFBSyxFQUFFLEtBQUssU0FBUyxNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLEVBQUU7QUFDakYsU0FBTztBQUNUO0FBYU8sU0FBUyxjQUFjLEdBQVcsR0FBbUI7QUFDMUQsUUFBTSxJQUFJLEtBQUssSUFBSSxFQUFFLFFBQVEsRUFBRSxNQUFNO0FBQ3JDLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFVBQU0sSUFBSSxFQUFFLENBQUM7QUFDYixVQUFNLElBQUksRUFBRSxDQUFDO0FBQ2IsUUFBSSxFQUFFLFNBQVMsRUFBRSxLQUFNLFFBQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxLQUFLO0FBQ3JELFFBQUksRUFBRSxVQUFVLEVBQUUsTUFBTyxRQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsS0FBSztBQUFBLEVBQzNEO0FBQ0EsU0FBTyxFQUFFLFNBQVMsRUFBRTtBQUN0QjtBQTBCQSxTQUFTLGFBQWEsR0FBVSxHQUFrQjtBQUNoRCxTQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUk7QUFDdEQ7OztBQzFGQSxJQUFNLGVBQU4sTUFBc0M7QUFBQSxFQUVwQyxZQUNXLE1BQ0EsT0FDVDtBQUZTO0FBQ0E7QUFBQSxFQUNSO0FBQUEsRUFGUTtBQUFBLEVBQ0E7QUFBQSxFQUhGLE9BQU87QUFBQSxFQUtoQixRQUFRLEdBQW9CO0FBQzFCLFdBQU8sTUFBTSxLQUFLO0FBQUEsRUFDcEI7QUFDRjtBQUVBLElBQU0sa0JBQU4sTUFBeUM7QUFBQSxFQUV2QyxZQUNXLE1BQ0EsT0FDVDtBQUZTO0FBQ0E7QUFBQSxFQUNSO0FBQUEsRUFGUTtBQUFBLEVBQ0E7QUFBQSxFQUhGLE9BQU87QUFBQSxFQUtoQixRQUFRLEdBQW9CO0FBQzFCLFdBQU8sTUFBTSxLQUFLO0FBQUEsRUFDcEI7QUFDRjtBQUVBLElBQU0sZUFBTixNQUFzQztBQUFBLEVBRXBDLFlBQ1csTUFDQSxNQUNBLE9BQ1Q7QUFIUztBQUNBO0FBQ0E7QUFFVCxRQUFJO0FBRUYsV0FBSyxLQUFLLElBQUksT0FBTyxPQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsSUFDN0MsU0FBUyxLQUFLO0FBQ1osWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0EsOEJBQThCLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxJQUFJO0FBQUEsUUFDckU7QUFBQSxVQUNFLE9BQU87QUFBQSxRQUNUO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFoQlc7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBSkY7QUFBQSxFQW1CVCxRQUFRLEdBQW9CO0FBQzFCLFVBQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxDQUFDO0FBQ3hCLFdBQU8sS0FBSyxTQUFTLE9BQU8sSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVPLFNBQVMsV0FBVyxNQUFpQixNQUFjLE9BQXdCO0FBQ2hGLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILGFBQU8sSUFBSSxhQUFhLE1BQU0sS0FBSztBQUFBLElBQ3JDLEtBQUs7QUFDSCxhQUFPLElBQUksZ0JBQWdCLE1BQU0sS0FBSztBQUFBLElBQ3hDLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLElBQUksYUFBYSxNQUFNLE1BQU0sS0FBSztBQUFBLEVBQzdDO0FBQ0Y7QUFHTyxTQUFTLFdBQ2QsSUFDQSxVQUNTO0FBQ1QsYUFBVyxLQUFLLFVBQVU7QUFDeEIsUUFBSSxJQUFJO0FBQ1IsZUFBVyxLQUFLLElBQUk7QUFDbEIsVUFBSSxFQUFFLFNBQVMsRUFBRSxNQUFNO0FBQ3JCLFlBQUksRUFBRTtBQUNOO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsRUFBRSxRQUFRLENBQUMsRUFBRyxRQUFPO0FBQUEsRUFDNUI7QUFDQSxTQUFPO0FBQ1Q7OztBQ3JGQSxJQUFNLE1BQU0sSUFBSSxTQUFTLElBQUksWUFBWSxDQUFDLENBQUM7QUFFcEMsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZUFBZTtBQUdyQixJQUFNLGFBQXFCLE1BQU07QUFDdEMsTUFBSSxVQUFVLEdBQUcsWUFBWTtBQUM3QixNQUFJLFVBQVUsR0FBRyxZQUFZO0FBQzdCLFNBQU8sSUFBSSxXQUFXLENBQUM7QUFDekIsR0FBRztBQUVJLFNBQVMsV0FBVyxHQUFvQjtBQUM3QyxNQUFJLENBQUMsT0FBTyxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQzdCLE1BQUksV0FBVyxHQUFHLENBQUM7QUFDbkIsU0FBTyxJQUFJLFVBQVUsQ0FBQyxNQUFNLGdCQUFnQixJQUFJLFVBQVUsQ0FBQyxNQUFNO0FBQ25FO0FBR08sU0FBUyxjQUFjLEdBQVcsR0FBb0I7QUFDM0QsTUFBSSxNQUFNLEVBQUcsUUFBTyxNQUFNLEtBQUssSUFBSSxNQUFNLElBQUk7QUFDN0MsTUFBSSxDQUFDLE9BQU8sTUFBTSxDQUFDLEtBQUssQ0FBQyxPQUFPLE1BQU0sQ0FBQyxFQUFHLFFBQU87QUFDakQsTUFBSSxXQUFXLEdBQUcsQ0FBQztBQUNuQixRQUFNLEtBQUssSUFBSSxVQUFVLENBQUM7QUFDMUIsUUFBTSxLQUFLLElBQUksVUFBVSxDQUFDO0FBQzFCLE1BQUksV0FBVyxHQUFHLENBQUM7QUFDbkIsU0FBTyxPQUFPLElBQUksVUFBVSxDQUFDLEtBQUssT0FBTyxJQUFJLFVBQVUsQ0FBQztBQUMxRDs7O0FDS08sSUFBTSxnQkFBTixNQUF1QztBQUFBLEVBQzNCLFFBQVEsb0JBQUksSUFBdUI7QUFBQSxFQUNuQyxRQUFxQixDQUFDO0FBQUEsRUFDL0IsU0FBUztBQUFBLEVBQ0E7QUFBQSxFQUVqQixZQUFZLE9BQTZCLENBQUMsR0FBRztBQUMzQyxTQUFLLFlBQVksS0FBSyxzQkFBc0IsT0FBTztBQUFBLEVBQ3JEO0FBQUEsRUFFQSxXQUFxQjtBQUNuQixTQUFLLFVBQVU7QUFDZixXQUFPLElBQUksZUFBZSxJQUFJO0FBQUEsRUFDaEM7QUFBQSxFQUVBLE1BQU0sUUFBUSxNQUFjLE1BQWdDO0FBQzFELFNBQUssVUFBVTtBQUNmLFVBQU0sT0FBbUIsQ0FBQztBQUMxQixlQUFXLEtBQUssS0FBSyxNQUFPLE1BQUssS0FBSyxFQUFFLFFBQVEsRUFBRSxRQUFRLElBQUksRUFBRSxJQUFJLElBQUksRUFBRSxJQUFJLEtBQUssRUFBRSxHQUFHLE9BQU8sQ0FBQztBQUNoRyxXQUFPLElBQUksY0FBYyxNQUFNLE1BQU0sSUFBSTtBQUFBLEVBQzNDO0FBQUEsRUFFQSxNQUFNLFFBQXVCO0FBQzNCLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQUE7QUFBQSxFQUdBLElBQUksY0FBc0I7QUFDeEIsV0FBTyxLQUFLLE1BQU07QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFHQSxRQUFRLEtBQWdCQyxTQUF1QztBQUM3RCxRQUFJLE1BQU0sR0FBRztBQUNYLFlBQU0sSUFBSSxLQUFLLE1BQU0sTUFBTSxDQUFDO0FBQzVCLFVBQUksTUFBTSxPQUFXLFFBQU87QUFBQSxJQUM5QjtBQUNBLFdBQU8sS0FBSyxNQUFNLElBQUksVUFBVUEsT0FBTSxDQUFDO0FBQUEsRUFDekM7QUFBQTtBQUFBLEVBR0EsWUFBWUEsU0FBMkI7QUFDckMsVUFBTSxNQUFNLFVBQVVBLE9BQU07QUFDNUIsUUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUc7QUFDMUIsUUFBSSxNQUFNLFFBQVc7QUFDbkIsVUFBSSxFQUFFLEtBQUssS0FBSyxNQUFNLFNBQVMsR0FBRyxRQUFBQSxTQUFRLElBQUksQ0FBQyxHQUFHLElBQUksSUFBSSxhQUFhLENBQUMsRUFBRTtBQUMxRSxXQUFLLE1BQU0sSUFBSSxLQUFLLENBQUM7QUFDckIsV0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ25CO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsTUFBTSxHQUEwQixHQUFXLEdBQW9CO0FBQzdELFFBQUksTUFBTSxVQUFhLEVBQUUsR0FBRyxXQUFXLEVBQUcsUUFBTztBQUNqRCxVQUFNLE9BQU8sRUFBRSxHQUFHLEVBQUUsR0FBRyxTQUFTLENBQUM7QUFDakMsUUFBSSxJQUFJLEtBQU0sUUFBTztBQUNyQixRQUFJLE9BQU8sSUFBSSxLQUFLLFdBQVc7QUFDN0IsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0EsYUFBYSxDQUFDO0FBQUEsUUFDZDtBQUFBLFVBQ0UsU0FBUyxFQUFFLFFBQVEsRUFBRSxRQUFRLFFBQVEsS0FBSztBQUFBLFFBQzVDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLElBQUksV0FBVyxFQUFFLElBQUksRUFBRSxHQUFHLFFBQVEsQ0FBQztBQUN6QyxRQUFJLElBQUksRUFBRSxHQUFHLFVBQVUsRUFBRSxHQUFHLENBQUMsTUFBTSxHQUFHO0FBQ3BDLFVBQUksY0FBYyxFQUFFLEdBQUcsQ0FBQyxHQUFJLENBQUMsRUFBRyxRQUFPO0FBQ3ZDLFlBQU0sSUFBSSxhQUFhLHlCQUF5Qix1Q0FBdUMsQ0FBQyxJQUFJO0FBQUEsUUFDMUYsU0FBUyxFQUFFLFFBQVEsRUFBRSxPQUFPO0FBQUEsTUFDOUIsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxPQUFPLEdBQWMsR0FBVyxHQUFpQjtBQUMvQyxVQUFNLElBQUksRUFBRSxHQUFHO0FBQ2YsUUFBSSxNQUFNLEtBQUssSUFBSSxFQUFFLEdBQUcsSUFBSSxDQUFDLEdBQUk7QUFDL0IsVUFBSSxNQUFNLEVBQUUsR0FBRyxRQUFRO0FBQ3JCLGNBQU0sUUFBUSxJQUFJLGFBQWEsSUFBSSxDQUFDO0FBQ3BDLGNBQU0sSUFBSSxFQUFFLEVBQUU7QUFDZCxVQUFFLEtBQUs7QUFBQSxNQUNUO0FBQ0EsUUFBRSxHQUFHLENBQUMsSUFBSTtBQUNWLFFBQUUsR0FBRyxLQUFLLENBQUM7QUFDWDtBQUFBLElBQ0Y7QUFDQSxVQUFNLElBQUksV0FBVyxFQUFFLElBQUksR0FBRyxDQUFDO0FBQy9CLFFBQUksRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFHO0FBRW5CLFVBQU0sS0FBSyxFQUFFLEdBQUcsTUFBTTtBQUN0QixPQUFHLE9BQU8sR0FBRyxHQUFHLENBQUM7QUFDakIsVUFBTSxLQUFLLElBQUksYUFBYSxLQUFLLElBQUksR0FBRyxFQUFFLEdBQUcsU0FBUyxDQUFDLENBQUM7QUFDeEQsT0FBRyxJQUFJLEVBQUUsR0FBRyxTQUFTLEdBQUcsQ0FBQyxDQUFDO0FBQzFCLE9BQUcsQ0FBQyxJQUFJO0FBQ1IsT0FBRyxJQUFJLEVBQUUsR0FBRyxTQUFTLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQztBQUNqQyxNQUFFLEtBQUs7QUFDUCxNQUFFLEtBQUs7QUFBQSxFQUNUO0FBQUEsRUFFUSxZQUFrQjtBQUN4QixRQUFJLEtBQUssT0FBUSxPQUFNLElBQUksYUFBYSxrQkFBa0IsbUJBQW1CO0FBQUEsRUFDL0U7QUFDRjtBQUVBLElBQU0saUJBQU4sTUFBeUM7QUFBQSxFQUd2QyxZQUE2QixPQUFzQjtBQUF0QjtBQUFBLEVBQXVCO0FBQUEsRUFBdkI7QUFBQSxFQUZyQixVQUFzRCxDQUFDO0FBQUEsRUFDdkQsT0FBTztBQUFBLEVBR2YsT0FBTyxLQUFnQkEsU0FBZ0IsR0FBVyxHQUFzQjtBQUN0RSxRQUFJLEtBQUs7QUFDUCxZQUFNLElBQUksYUFBYSx5QkFBeUIsMkNBQTJDO0FBQzdGLG1CQUFlQSxPQUFNO0FBQ3JCLFFBQUksQ0FBQyxPQUFPLFNBQVMsQ0FBQyxLQUFLLENBQUMsT0FBTyxVQUFVLENBQUMsR0FBRztBQUMvQyxZQUFNLElBQUksYUFBYSxzQkFBc0IsYUFBYSxDQUFDLDJDQUEyQztBQUFBLElBQ3hHO0FBQ0EsVUFBTSxJQUFJLEtBQUssTUFBTSxRQUFRLEtBQUtBLE9BQU07QUFDeEMsU0FBSyxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFDeEIsU0FBSyxRQUFRLEtBQUssRUFBRSxRQUFBQSxTQUFRLEdBQUcsRUFBRSxDQUFDO0FBQ2xDLFdBQU8sR0FBRyxPQUFPO0FBQUEsRUFDbkI7QUFBQSxFQUVBLE1BQU0sU0FBd0I7QUFDNUIsUUFBSSxLQUFLO0FBQ1AsWUFBTSxJQUFJLGFBQWEseUJBQXlCLDJDQUEyQztBQUM3RixTQUFLLE9BQU87QUFDWixlQUFXLEtBQUssS0FBSyxTQUFTO0FBQzVCLFlBQU0sSUFBSSxLQUFLLE1BQU0sWUFBWSxFQUFFLE1BQU07QUFFekMsVUFBSSxLQUFLLE1BQU0sTUFBTSxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUM7QUFBQSxJQUNsRTtBQUNBLFNBQUssVUFBVSxDQUFDO0FBQUEsRUFDbEI7QUFBQSxFQUVBLE1BQU0sV0FBMEI7QUFDOUIsU0FBSyxPQUFPO0FBQ1osU0FBSyxVQUFVLENBQUM7QUFBQSxFQUNsQjtBQUNGO0FBRU8sU0FBUyxlQUFlQSxTQUFzQjtBQUNuRCxNQUFJLE9BQU87QUFDWCxNQUFJLFVBQVU7QUFDZCxXQUFTLElBQUksR0FBRyxJQUFJQSxRQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLElBQUlBLFFBQU8sQ0FBQztBQUNsQixRQUFJLEVBQUUsU0FBUyxNQUFNLEVBQUUsVUFBVSxJQUFJO0FBQ25DLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBLFNBQVMsS0FBSyxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQUEsTUFDakM7QUFBQSxJQUNGO0FBQ0EsUUFBSSxJQUFJLEtBQUssRUFBRSxRQUFRLE1BQU07QUFDM0IsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0EscURBQXFELEtBQUssVUFBVSxFQUFFLElBQUksQ0FBQztBQUFBLE1BQzdFO0FBQUEsSUFDRjtBQUNBLFFBQUksRUFBRSxTQUFTLFlBQWEsV0FBVTtBQUN0QyxXQUFPLEVBQUU7QUFBQSxFQUNYO0FBQ0EsTUFBSSxDQUFDLFFBQVMsT0FBTSxJQUFJLGFBQWEsdUJBQXVCLDRDQUE0QztBQUMxRztBQVNBLElBQU0sZ0JBQU4sTUFBdUM7QUFBQSxFQUNyQyxZQUNtQixNQUNBLE1BQ0EsTUFDakI7QUFIaUI7QUFDQTtBQUNBO0FBQUEsRUFDaEI7QUFBQSxFQUhnQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFHbkIsTUFBTSxPQUNKLFFBQ0EsUUFDQSxVQUNtQjtBQUNuQixVQUFNLE1BQWdCLENBQUM7QUFDdkIsZUFBVyxLQUFLLEtBQUssTUFBTTtBQUN6QixVQUFJLENBQUMsV0FBVyxFQUFFLFFBQVEsUUFBUSxFQUFHO0FBQ3JDLFlBQU0sS0FBSyxXQUFXLEVBQUUsSUFBSSxFQUFFLEtBQUssS0FBSyxJQUFJO0FBQzVDLFlBQU0sS0FBSyxXQUFXLEVBQUUsSUFBSSxFQUFFLEtBQUssS0FBSyxPQUFPLENBQUM7QUFDaEQsVUFBSSxNQUFNLEdBQUk7QUFDZCxVQUFJLEtBQUssSUFBSSxZQUFZLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxJQUFJLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDeEQ7QUFDQSxRQUFJLE9BQVEsS0FBSSxLQUFLLENBQUMsR0FBRyxNQUFNLGNBQWMsRUFBRSxRQUFRLEVBQUUsTUFBTSxDQUFDO0FBQ2hFLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxNQUFNLFlBQVksTUFBYyxXQUErQixDQUFDLEdBQXNCO0FBQ3BGLFVBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLGVBQVcsS0FBSyxLQUFLLE1BQU07QUFDekIsVUFBSSxDQUFDLEtBQUssUUFBUSxDQUFDLEtBQUssQ0FBQyxXQUFXLEVBQUUsUUFBUSxRQUFRLEVBQUc7QUFDekQsaUJBQVcsS0FBSyxFQUFFLE9BQVEsS0FBSSxFQUFFLFNBQVMsS0FBTSxNQUFLLElBQUksRUFBRSxLQUFLO0FBQUEsSUFDakU7QUFDQSxXQUFPLENBQUMsR0FBRyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQ3hCO0FBQUEsRUFFQSxNQUFNLFdBQVcsV0FBK0IsQ0FBQyxHQUFzQjtBQUNyRSxVQUFNLFFBQVEsb0JBQUksSUFBWTtBQUM5QixlQUFXLEtBQUssS0FBSyxNQUFNO0FBQ3pCLFVBQUksQ0FBQyxLQUFLLFFBQVEsQ0FBQyxLQUFLLENBQUMsV0FBVyxFQUFFLFFBQVEsUUFBUSxFQUFHO0FBQ3pELGlCQUFXLEtBQUssRUFBRSxPQUFRLE9BQU0sSUFBSSxFQUFFLElBQUk7QUFBQSxJQUM1QztBQUNBLFdBQU8sQ0FBQyxHQUFHLEtBQUssRUFBRSxLQUFLO0FBQUEsRUFDekI7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFBQSxFQUFDO0FBQUEsRUFFdEIsUUFBUSxHQUFzQjtBQUNwQyxXQUFPLFdBQVcsRUFBRSxJQUFJLEVBQUUsS0FBSyxLQUFLLE9BQU8sQ0FBQyxJQUFJLFdBQVcsRUFBRSxJQUFJLEVBQUUsS0FBSyxLQUFLLElBQUk7QUFBQSxFQUNuRjtBQUNGO0FBR08sSUFBTSxjQUFOLE1BQW9DO0FBQUEsRUFDekMsWUFDV0EsU0FDUSxJQUNBLElBQ0EsS0FBSyxHQUNMLEtBQUssR0FBRyxRQUN6QjtBQUxTLGtCQUFBQTtBQUNRO0FBQ0E7QUFDQTtBQUNBO0FBQUEsRUFDaEI7QUFBQSxFQUxRO0FBQUEsRUFDUTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBRW5CLFdBQTJCO0FBQ3pCLFdBQU8sSUFBSSxjQUFjLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUssRUFBRTtBQUFBLEVBQzdEO0FBQ0Y7QUFFTyxJQUFNLGdCQUFOLE1BQThDO0FBQUEsRUFFbkQsWUFDbUIsSUFDQSxJQUNBLElBQ0EsSUFDakI7QUFKaUI7QUFDQTtBQUNBO0FBQ0E7QUFFakIsU0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQjtBQUFBLEVBTm1CO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFMWDtBQUFBLEVBU1IsT0FBZ0I7QUFDZCxRQUFJLEtBQUssSUFBSSxLQUFLLEdBQUksTUFBSztBQUMzQixXQUFPLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDdkI7QUFBQSxFQUNBLEtBQUssR0FBb0I7QUFDdkIsUUFBSSxLQUFLLElBQUksS0FBSyxHQUFJLE1BQUssSUFBSSxLQUFLO0FBQ3BDLFdBQU8sS0FBSyxJQUFJLEtBQUssTUFBTSxLQUFLLEdBQUcsS0FBSyxDQUFDLElBQUssRUFBRyxNQUFLO0FBQ3RELFdBQU8sS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUN2QjtBQUFBLEVBQ0EsT0FBZTtBQUNiLFdBQU8sS0FBSyxHQUFHLEtBQUssQ0FBQztBQUFBLEVBQ3ZCO0FBQUEsRUFDQSxRQUFnQjtBQUNkLFdBQU8sS0FBSyxHQUFHLEtBQUssQ0FBQztBQUFBLEVBQ3ZCO0FBQ0Y7QUFFQSxTQUFTLFdBQVcsSUFBdUIsS0FBYSxHQUFtQjtBQUN6RSxNQUFJLEtBQUs7QUFDVCxNQUFJLEtBQUs7QUFDVCxTQUFPLEtBQUssSUFBSTtBQUNkLFVBQU0sTUFBTyxLQUFLLE9BQVE7QUFDMUIsUUFBSSxHQUFHLEdBQUcsSUFBSyxFQUFHLE1BQUssTUFBTTtBQUFBLFFBQ3hCLE1BQUs7QUFBQSxFQUNaO0FBQ0EsU0FBTztBQUNUOzs7QUNqUk8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUNyQyxZQUNXLE1BQ1QsU0FDQSxTQUNBO0FBQ0EsVUFBTSxTQUFTLE9BQU87QUFKYjtBQUtULFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQSxFQU5XO0FBT2I7QUFTTyxJQUFNLFdBQU4sTUFBZTtBQUFBLEVBS3BCLFlBQ21CLFFBQ0EsTUFBb0IsS0FBSyxLQUN6QixTQUNqQjtBQUhpQjtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBSGdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQVBWLFFBQXFCLEVBQUUsVUFBVSxHQUFHLFNBQVMsR0FBRyxhQUFhLEdBQUcsaUJBQWlCLEVBQUU7QUFBQTtBQUFBLEVBRTNFLGFBQWEsb0JBQUksSUFBaUM7QUFBQTtBQUFBLEVBU25FLE1BQU0sWUFBWSxPQUFlLFNBQXFEO0FBQ3BGLFVBQU0sSUFBSSxXQUFXLEtBQUs7QUFDMUIsUUFBSSxHQUFHLFNBQVMsV0FBVztBQUN6QixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxTQUFTLEtBQUssVUFBVSxLQUFLLENBQUM7QUFBQSxNQUNoQztBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssT0FBTyxFQUFFLE1BQU0sU0FBUyxLQUFLO0FBQUEsRUFDM0M7QUFBQSxFQUVBLE1BQU0sT0FDSixNQUNBLFNBQ0EsV0FDQSxTQUFxQixlQUNFO0FBQ3ZCLFNBQUssTUFBTTtBQUNYLFVBQU0sU0FBUyxLQUFLO0FBQ3BCLFNBQUssU0FBUyxhQUFhLFFBQVEsT0FBTyxZQUFZLFdBQVcsT0FBTyxXQUFXLE9BQU8sSUFBSSxRQUFRLE1BQU07QUFDNUcsUUFBSTtBQUNKLFFBQUk7QUFDRixtQkFBYSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUM7QUFBQSxJQUN4QyxTQUFTLEtBQUs7QUFDWixXQUFLLE1BQU07QUFDWCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxvQ0FBb0MsU0FBUyxLQUFNLElBQWMsT0FBTztBQUFBLFFBQ3hFLEVBQUUsT0FBTyxJQUFJO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFDQSxVQUFNLGFBQWEsaUJBQWlCLElBQUk7QUFDeEMsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFJLEtBQUssU0FBUztBQUNoQixVQUFJLElBQUk7QUFDUixpQkFBVyxPQUFPLFdBQVcsU0FBVSxNQUFLLElBQUksUUFBUTtBQUN4RCxXQUFLLFFBQVEsWUFBWSxRQUFRLENBQUM7QUFBQSxJQUNwQztBQUNBLFVBQU0sUUFBUSxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssVUFBVTtBQUNuRCxVQUFNLE1BQU0sTUFBTSxTQUFTO0FBQzNCLFVBQU0sT0FBTyxvQkFBSSxJQUFvQjtBQUNyQyxVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxXQUFXO0FBQ2YsUUFBSSxXQUFXO0FBQ2YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLFdBQVcsVUFBVTtBQUNyQyxpQkFBVyxLQUFLLElBQUksU0FBUztBQUMzQixjQUFNLFFBQTRCLEVBQUUsT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQztBQUN2RSxjQUFNLEtBQUssQ0FBQyxhQUFhLEVBQUUsSUFBSSxHQUFHLEdBQUcsVUFBVTtBQUMvQyxjQUFNQyxVQUFTLGdCQUFnQixLQUFLO0FBQ3BDLGNBQU0sS0FBSyxFQUFFLGNBQWMsU0FBWSxVQUFVLFlBQVksRUFBRSxTQUFTO0FBQ3hFLFlBQUksS0FBSyxPQUFRLFVBQVM7QUFDMUIsWUFBSSxLQUFLLFdBQVcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxRQUFRLFVBQVVBLE9BQU0sQ0FBQyxHQUFHO0FBQ3hFO0FBQ0EsY0FBSSxPQUFPLFNBQVMsR0FBSSxRQUFPLEtBQUssR0FBRyxFQUFFLElBQUksS0FBSyxtQkFBbUIsS0FBSyxTQUFTLE1BQU0sQ0FBQyxFQUFFO0FBQzVGO0FBQUEsUUFDRjtBQUNBLFlBQUk7QUFDRixjQUFJLE9BQU8sR0FBR0EsU0FBUSxJQUFJLEVBQUUsS0FBSztBQUNqQztBQUNBLGVBQUssSUFBSSxVQUFVQSxPQUFNLEdBQUdBLE9BQU07QUFBQSxRQUNwQyxTQUFTLEtBQUs7QUFDWjtBQUNBLGNBQUksT0FBTyxTQUFTLEdBQUksUUFBTyxLQUFLLEdBQUcsRUFBRSxJQUFJLEtBQU0sSUFBYyxPQUFPLEVBQUU7QUFDMUUsY0FBSSxFQUFFLGVBQWUsY0FBZSxPQUFNO0FBQUEsUUFDNUM7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUVBLFVBQU0sT0FBTyxLQUFLLFdBQVcsSUFBSSxTQUFTO0FBQzFDLFFBQUksUUFBUSxTQUFTLEdBQUc7QUFDdEIsaUJBQVcsQ0FBQyxLQUFLQSxPQUFNLEtBQUssTUFBTTtBQUNoQyxZQUFJLEtBQUssSUFBSSxHQUFHLEVBQUc7QUFDbkIsWUFBSTtBQUNGLGNBQUksT0FBTyxHQUFHQSxTQUFRLFFBQVEsU0FBUztBQUFBLFFBQ3pDLFFBQVE7QUFBQSxRQUVSO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJO0FBQ0YsWUFBTSxJQUFJLE9BQU87QUFBQSxJQUNuQixTQUFTLEtBQUs7QUFDWixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxrQ0FBa0MsU0FBUyxLQUFNLElBQWMsT0FBTztBQUFBLFFBQ3RFLEVBQUUsT0FBTyxJQUFJO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFDQSxTQUFLLFdBQVcsSUFBSSxXQUFXLElBQUk7QUFDbkMsU0FBSyxNQUFNLFdBQVc7QUFDdEIsU0FBSyxNQUFNLG1CQUFtQjtBQUM5QixXQUFPLEVBQUUsUUFBUSxLQUFLLFlBQVksU0FBUyxVQUFVLFVBQVUsT0FBTztBQUFBLEVBQ3hFO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLE1BQU0sYUFDSixRQUNBLFFBQ0EsT0FDdUI7QUFDdkIsU0FBSyxNQUFNO0FBQ1gsU0FBSyxTQUFTLGFBQWEsUUFBUSxLQUFLO0FBQ3hDLFFBQUksS0FBSyxTQUFTO0FBQ2hCLFVBQUksSUFBSTtBQUNSLGlCQUFXLEtBQUssT0FBUSxNQUFLLEVBQUUsUUFBUTtBQUN2QyxXQUFLLFFBQVEsWUFBWSxRQUFRLENBQUM7QUFBQSxJQUNwQztBQUNBLFVBQU0sUUFBUSxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU07QUFDMUMsVUFBTSxNQUFNLE1BQU0sU0FBUztBQUMzQixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxXQUFXO0FBQ2YsUUFBSSxXQUFXO0FBQ2YsZUFBVyxLQUFLLFFBQVE7QUFDdEIsVUFBSSxLQUFLLFdBQVcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxRQUFRLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUMxRSxvQkFBWSxFQUFFLFFBQVE7QUFDdEIsWUFBSSxPQUFPLFNBQVMsR0FBSSxRQUFPLEtBQUssbUJBQW1CLEtBQUssU0FBUyxNQUFNLENBQUM7QUFDNUU7QUFBQSxNQUNGO0FBQ0EsVUFBSSxNQUFNO0FBQ1YsaUJBQVcsS0FBSyxFQUFFLFNBQVM7QUFDekIsWUFBSTtBQUNGLGdCQUFNLElBQUksT0FBTyxLQUFLLEVBQUUsUUFBUSxFQUFFLEdBQUcsRUFBRSxDQUFDO0FBQ3hDO0FBQUEsUUFDRixTQUFTLEtBQUs7QUFDWjtBQUNBLGNBQUksT0FBTyxTQUFTLEdBQUksUUFBTyxLQUFLLEdBQUcsU0FBUyxFQUFFLFFBQVEsV0FBVyxDQUFDLEtBQU0sSUFBYyxPQUFPLEVBQUU7QUFDbkcsY0FBSSxFQUFFLGVBQWUsZUFBZTtBQUNsQyxrQkFBTSxJQUFJLFNBQVM7QUFDbkIsa0JBQU07QUFBQSxVQUNSO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSTtBQUNGLFlBQU0sSUFBSSxPQUFPO0FBQUEsSUFDbkIsU0FBUyxLQUFLO0FBQ1osWUFBTSxJQUFJLFlBQVksa0JBQWtCLHdDQUF3QyxNQUFNLEtBQU0sSUFBYyxPQUFPLElBQUk7QUFBQSxRQUNuSCxPQUFPO0FBQUEsTUFDVCxDQUFDO0FBQUEsSUFDSDtBQUNBLFNBQUssTUFBTSxXQUFXO0FBQ3RCLFNBQUssTUFBTSxtQkFBbUI7QUFDOUIsV0FBTyxFQUFFLFFBQVEsU0FBUyxVQUFVLFVBQVUsT0FBTztBQUFBLEVBQ3ZEO0FBQ0Y7QUFFQSxTQUFTLG1CQUFtQixTQUF3QixRQUF3QjtBQUMxRSxTQUFPLHdCQUF3QixNQUFNLDZCQUE2QixRQUFRLFNBQVMsTUFBTSxFQUFFLFNBQVM7QUFDdEc7OztBQ3ZOQSxTQUFTLGFBQUFDLFlBQVcsbUJBQW1CO0FBQ3ZDLFNBQVMsWUFBWTs7O0FDYXJCLFNBQVMsb0JBQW9CO0FBQzdCLFNBQVMsb0JBQWlDO0FBQzFDLFNBQVMsZ0JBQWdCLHVCQUF1Qjs7O0FDQWhELElBQU0sU0FBd0M7QUFBQSxFQUM1QyxlQUFlO0FBQUEsRUFDZixnQkFBZ0I7QUFBQSxFQUNoQixjQUFjO0FBQUEsRUFDZCxrQkFBa0I7QUFBQSxFQUNsQixtQkFBbUI7QUFBQSxFQUNuQixrQkFBa0I7QUFBQSxFQUNsQixvQkFBb0I7QUFBQSxFQUNwQixnQkFBZ0I7QUFBQSxFQUNoQixrQkFBa0I7QUFBQSxFQUNsQixtQkFBbUI7QUFBQSxFQUNuQixjQUFjO0FBQUEsRUFDZCxZQUFZO0FBQUEsRUFDWixlQUFlO0FBQ2pCO0FBRU8sSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUNuQyxZQUNXLE1BQ1QsU0FDQSxTQUNBO0FBQ0EsVUFBTSxTQUFTLE9BQU87QUFKYjtBQUtULFNBQUssT0FBTyxLQUFLLFdBQVcsUUFBUSxJQUFJLGVBQWU7QUFDdkQsU0FBSyxTQUFTLFNBQVM7QUFBQSxFQUN6QjtBQUFBLEVBUFc7QUFBQSxFQVFGO0FBQUE7QUFBQSxFQUdULElBQUksU0FBaUI7QUFDbkIsV0FBTyxPQUFPLEtBQUssSUFBSTtBQUFBLEVBQ3pCO0FBQUE7QUFBQSxFQUdBLElBQUksU0FBaUI7QUFDbkIsV0FBTyxLQUFLLEtBQUssUUFBUSxrQkFBa0IsRUFBRSxFQUFFLFlBQVk7QUFBQSxFQUM3RDtBQUNGOzs7QUNqREEsU0FBUyxpQkFBa0QsY0FBYzs7O0FDUWxFLElBQU0sY0FBYztBQThDcEIsU0FBUyxhQUFhLFFBQWdCLE9BQXdCO0FBQ25FLE1BQUksTUFBTSxXQUFXLEdBQUcsTUFBTSxPQUFPLFdBQVcsR0FBRyxLQUFLLE9BQU8sV0FBVyxHQUFHLEdBQUksUUFBTztBQUN4RixRQUFNLElBQUksT0FBTyxNQUFNLEdBQUc7QUFDMUIsUUFBTSxJQUFJLE1BQU0sTUFBTSxHQUFHO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUs7QUFDakMsVUFBTSxLQUFLLEVBQUUsQ0FBQztBQUNkLFFBQUksT0FBTyxJQUFLLFFBQU87QUFDdkIsUUFBSSxLQUFLLEVBQUUsT0FBUSxRQUFPO0FBQzFCLFFBQUksT0FBTyxPQUFPLE9BQU8sRUFBRSxDQUFDLEVBQUcsUUFBTztBQUFBLEVBQ3hDO0FBQ0EsU0FBTyxFQUFFLFdBQVcsRUFBRTtBQUN4QjtBQU1PLFNBQVMsYUFBYSxPQUFlLFFBQXlCO0FBQ25FLE1BQUksT0FBTyxXQUFXLEdBQUcsS0FBSyxDQUFDLE1BQU0sV0FBVyxHQUFHLEVBQUcsUUFBTztBQUM3RCxRQUFNLElBQUksTUFBTSxNQUFNLEdBQUc7QUFDekIsUUFBTSxJQUFJLE9BQU8sTUFBTSxHQUFHO0FBQzFCLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUs7QUFDakMsVUFBTSxLQUFLLEVBQUUsQ0FBQztBQUNkLFFBQUksT0FBTyxJQUFLLFFBQU87QUFDdkIsVUFBTSxLQUFLLEVBQUUsQ0FBQztBQUNkLFFBQUksT0FBTyxPQUFXLFFBQU87QUFDN0IsUUFBSSxPQUFPLElBQUssUUFBTztBQUN2QixRQUFJLE9BQU8sSUFBSztBQUNoQixRQUFJLE9BQU8sR0FBSSxRQUFPO0FBQUEsRUFDeEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxFQUFFO0FBQ3hCOzs7QUN4RkEsU0FBUyxpQkFBaUI7QUFDMUIsU0FBUyxlQUFlO0FBQ3hCLE9BQU8sY0FBYzs7O0FDQXJCLFNBQVMsYUFBaUMsUUFBUSx1QkFBdUI7QUFNekUsSUFBTSxpQkFBaUIsRUFBRSxHQUFHLEtBQUssSUFBSSxHQUFHLEdBQUcsR0FBRyxFQUFFOzs7QUg0QmhELElBQU0sV0FBVyxJQUFJOzs7QUlsQmQsSUFBTSxpQkFBK0I7QUFBQSxFQUMxQyxXQUFXO0FBQUEsRUFDWCxxQkFBcUI7QUFBQSxFQUNyQixpQkFBaUIsS0FBSztBQUFBLEVBQ3RCLGNBQWM7QUFBQSxFQUNkLGdCQUFnQjtBQUNsQjs7O0FDakJBLFNBQVMsa0JBQWtCO0FBa0JwQixJQUFNLFlBQXVCLE9BQU8sT0FBTztBQUFBLEVBQ2hELFVBQVU7QUFBQSxFQUNWLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLE1BQU07QUFBQSxFQUNOLFFBQVE7QUFDVixDQUFDO0FBZ0dNLFNBQVMsYUFBYSxHQUFjLE9BQXFCO0FBQzlELE1BQUksRUFBRSxTQUFTO0FBQ2IsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0EsUUFBUSxFQUFFLFFBQVE7QUFBQSxJQUNwQjtBQUNGLE1BQUksQ0FBQyxhQUFhLEVBQUUsT0FBTyxLQUFLO0FBQzlCLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLFFBQVEsRUFBRSxRQUFRLDRCQUE0QixFQUFFLEtBQUssWUFBWSxLQUFLO0FBQUEsTUFDdEUsRUFBRSxRQUFRLEVBQUUsT0FBTztBQUFBLElBQ3JCO0FBQ0YsTUFBSSxFQUFFLFNBQVMsV0FBVyxNQUFNLFNBQVMsU0FBUztBQUNoRCxVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQSxvQ0FBb0MsS0FBSztBQUFBLElBQzNDO0FBQ0o7QUFHTyxTQUFTLGVBQWUsR0FBYyxRQUFzQjtBQUNqRSxNQUFJLENBQUMsYUFBYSxFQUFFLE9BQU8sTUFBTTtBQUMvQixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQSxRQUFRLEVBQUUsUUFBUSw4QkFBOEIsRUFBRSxLQUFLLFlBQVksTUFBTTtBQUFBLE1BQ3pFLEVBQUUsUUFBUSxFQUFFLE9BQU87QUFBQSxJQUNyQjtBQUNKOzs7QVB4SUEsU0FBUyxhQUFrRDtBQWtDM0QsZUFBc0IsWUFBWSxNQUE0QztBQUM1RSxRQUFNLE1BQU0sS0FBSztBQUNqQixRQUFNLFNBQVMsS0FBSztBQUNwQixRQUFNLFdBQVcsb0JBQUksSUFBcUI7QUFDMUMsUUFBTSxjQUFjLENBQUMsV0FBaUQ7QUFDcEUsUUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQU0sSUFBSSxTQUFTLElBQUksT0FBTyxFQUFFO0FBQ2hDLFdBQU8sS0FBSyxFQUFFLFdBQVcsU0FBUyxFQUFFLFlBQVk7QUFBQSxFQUNsRDtBQUNBLFFBQU0sVUFBVSxDQUFDLEtBQWdCLFFBQXVCLFVBQW1DO0FBQ3pGLFlBQVEsT0FBTyxRQUFRLEtBQUssRUFBRSxRQUFRLFFBQVEsSUFBSSxNQUFNLFlBQVksTUFBTSxHQUFHLFVBQVUsR0FBRyxNQUFNLENBQUM7QUFBQSxFQUNuRztBQUVBLFFBQU0sU0FBUyxDQUFDLFFBQXVCLFFBQTZDLGFBQXlDO0FBQzNILFNBQUssU0FBUyxZQUFZLE9BQU8sT0FBTyxPQUFPLE9BQWlCLEVBQUU7QUFBQSxNQUNoRSxDQUFDLE1BQU07QUFDTCxZQUFJLEVBQUUsV0FBVztBQUNmLGNBQUksS0FBSyxFQUFFLE9BQU8sT0FBTyxPQUFPLFVBQVUsRUFBRSxVQUFVLFFBQVEsRUFBRSxPQUFPLEdBQUcsMkJBQTJCO0FBQ3ZHLGFBQUssa0JBQWtCLE9BQU8sT0FBTyxJQUFJO0FBQ3pDLGlCQUFTLElBQUk7QUFBQSxNQUNmO0FBQUEsTUFDQSxDQUFDLFFBQWlCO0FBQ2hCLGFBQUssa0JBQWtCLE9BQU8sT0FBTyxLQUFLO0FBQzFDLFlBQUksZUFBZSxXQUFXO0FBQzVCLGtCQUFRLEtBQUssUUFBUSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUM7QUFFNUMsaUJBQU8sU0FBUyxJQUFJLFNBQVMsZUFBZSxNQUFNLElBQUk7QUFBQSxRQUN4RDtBQUNBLFlBQUksZUFBZSxlQUFlLElBQUksU0FBUyxrQkFBa0I7QUFDL0QsY0FBSSxLQUFLLEVBQUUsT0FBTyxPQUFPLE9BQU8sUUFBUSxRQUFRLElBQUksTUFBTSxJQUFJLEtBQUssR0FBRyxJQUFJLE9BQU87QUFDakYsbUJBQVMsSUFBSTtBQUFBLFFBQ2YsT0FBTztBQUNMLGNBQUksTUFBTSxFQUFFLE9BQU8sT0FBTyxPQUFPLEtBQU0sSUFBYyxRQUFRLEdBQUcsMkNBQTJDO0FBQzNHLG1CQUFTLEdBQVk7QUFBQSxRQUN2QjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUVBLFFBQU0sUUFBUSxNQUFNLE1BQU0sYUFBYTtBQUFBLElBQ3JDLGNBQWMsQ0FBQyxRQUFRLFVBQVUsVUFBVSxTQUFTO0FBQ2xELFVBQUksQ0FBQyxPQUFRLFFBQU8sS0FBSyxNQUFNLElBQUk7QUFDbkMsWUFBTUMsUUFBTyxDQUFDLEtBQWdCLGVBQTBCO0FBQ3RELGdCQUFRLEtBQUssUUFBUSxFQUFFLFNBQVMsQ0FBQztBQUNqQyxjQUFNLElBQUksSUFBSSxNQUFNLElBQUksT0FBTztBQUMvQixVQUFFLGFBQWE7QUFDZixhQUFLLEdBQUcsS0FBSztBQUFBLE1BQ2Y7QUFDQSxZQUFNLFNBQVMsQ0FBQyxNQUFpQjtBQUMvQixjQUFNLFFBQVEsU0FBUyxJQUFJLE9BQU8sRUFBRTtBQUNwQyxZQUFJLFNBQVMsTUFBTSxVQUFVLGFBQWEsRUFBRSxZQUFZLENBQUMsTUFBTSxPQUFPLFFBQVE7QUFDNUUsaUJBQU9BO0FBQUEsWUFDTCxJQUFJLFVBQVUscUJBQXFCLGFBQWEsT0FBTyxFQUFFLHFEQUFxRDtBQUFBLFlBQzlHO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxpQkFBUyxJQUFJLE9BQU8sSUFBSSxFQUFFLFFBQVEsV0FBVyxFQUFFLENBQUM7QUFDaEQsYUFBSyxNQUFNLElBQUk7QUFBQSxNQUNqQjtBQUNBLFVBQUksQ0FBQyxZQUFZLFNBQVMsV0FBVyxHQUFHO0FBQ3RDLFlBQUksT0FBTyxLQUFNLFFBQU8sT0FBTyxTQUFTO0FBQ3hDLGVBQU9BO0FBQUEsVUFDTCxJQUFJLFVBQVUsaUJBQWlCLHlGQUF5RjtBQUFBLFVBQ3hIO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxhQUFPLEtBQUssT0FBTyxTQUFTLFNBQVMsTUFBTSxHQUFHLFlBQVksTUFBUyxFQUFFLEtBQUssUUFBUSxDQUFDLFFBQWlCO0FBQ2xHLFlBQUksZUFBZSxVQUFXLENBQUFBLE1BQUssS0FBSyxDQUFDO0FBQUEsYUFDcEM7QUFDSCxjQUFJLE1BQU0sRUFBRSxLQUFNLElBQWMsUUFBUSxHQUFHLG9DQUFvQztBQUMvRSxlQUFLLEtBQTBCLEtBQUs7QUFBQSxRQUN0QztBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0g7QUFBQSxJQUVBLGtCQUFrQixDQUFDLFFBQVEsUUFBUSxhQUFhO0FBQzlDLFVBQUksT0FBTyxNQUFNLFdBQVcsR0FBRyxFQUFHLFFBQU8sU0FBUyxJQUFJLE1BQU0scUNBQXFDLENBQUM7QUFDbEcsWUFBTSxJQUFJLFlBQVksTUFBTTtBQUM1QixVQUFJLENBQUMsS0FBSyxXQUFXLE1BQU07QUFHekIsZUFBTyxTQUFTLElBQUk7QUFBQSxNQUN0QjtBQUNBLFVBQUk7QUFDRixZQUFJLENBQUMsRUFBRyxPQUFNLElBQUksVUFBVSxpQkFBaUIsZUFBZTtBQUM1RCxZQUFJLFdBQVcsTUFBTSxZQUFZLENBQUMsT0FBTyxPQUFPLENBQUMsT0FBTyxLQUFLLFdBQVcsQ0FBQztBQUN2RSxnQkFBTSxJQUFJLFVBQVUsZ0JBQWdCLFFBQVEsRUFBRSxRQUFRLHFEQUFxRDtBQUM3RyxxQkFBYSxHQUFHLE9BQU8sS0FBSztBQUFBLE1BQzlCLFNBQVMsS0FBSztBQUNaLFlBQUksRUFBRSxlQUFlLFdBQVksUUFBTyxTQUFTLEdBQVk7QUFDN0QsZ0JBQVEsS0FBSyxRQUFRLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQztBQUM1QyxlQUFPLFNBQVMsR0FBRztBQUFBLE1BQ3JCO0FBQ0EsVUFBSSxPQUFPLE1BQU0sU0FBUyxVQUFVLEVBQUcsUUFBTyxPQUFPLFFBQVEsUUFBUSxRQUFRO0FBQzdFLFVBQUksT0FBTyxNQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sTUFBTSxTQUFTLFNBQVM7QUFDcEUsYUFBSyxrQkFBa0IsT0FBTyxPQUFPLElBQUk7QUFDM0MsZUFBUyxJQUFJO0FBQUEsSUFDZjtBQUFBLElBRUEsb0JBQW9CLENBQUMsUUFBUSxLQUFLLGFBQWE7QUFDN0MsWUFBTSxJQUFJLFlBQVksTUFBTTtBQUM1QixVQUFJO0FBQ0YsWUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLFVBQVUsaUJBQWlCLGVBQWU7QUFDNUQsWUFBSSxNQUFNLFVBQVcsZ0JBQWUsR0FBRyxJQUFJLEtBQUs7QUFBQSxNQUNsRCxTQUFTLEtBQUs7QUFDWixZQUFJLEVBQUUsZUFBZSxXQUFZLFFBQU8sU0FBUyxHQUFZO0FBQzdELGdCQUFRLEtBQUssUUFBUSxFQUFFLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDMUMsZUFBTyxTQUFTLE1BQU0sSUFBSTtBQUFBLE1BQzVCO0FBQ0EsZUFBUyxNQUFNLEdBQUc7QUFBQSxJQUNwQjtBQUFBLElBRUEsa0JBQWtCLENBQUMsUUFBUSxXQUFXO0FBQ3BDLFlBQU0sSUFBSSxZQUFZLE1BQU07QUFDNUIsVUFBSSxNQUFNLFVBQVcsUUFBTztBQUM1QixVQUFJLENBQUMsS0FBSyxDQUFDLGFBQWEsRUFBRSxPQUFPLE9BQU8sS0FBSyxHQUFHO0FBQzlDLGdCQUFRLElBQUksVUFBVSxxQkFBcUIsZUFBZSxPQUFPLEtBQUssNEJBQTRCLEdBQUcsUUFBUTtBQUFBLFVBQzNHLE9BQU8sT0FBTztBQUFBLFFBQ2hCLENBQUM7QUFDRCxlQUFPO0FBQUEsTUFDVDtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxHQUFHLGVBQWUsQ0FBQyxRQUFRLFFBQVEsSUFBSSxNQUFNLEVBQUUsUUFBUSxPQUFPLElBQUksS0FBSyxJQUFJLFFBQVEsR0FBRyxtQkFBbUIsQ0FBQztBQUNoSCxRQUFNLEdBQUcsb0JBQW9CLENBQUMsV0FBVztBQUN2QyxVQUFNLElBQUksU0FBUyxJQUFJLE9BQU8sRUFBRTtBQUNoQyxRQUFJLEtBQUssRUFBRSxXQUFXLE9BQVEsVUFBUyxPQUFPLE9BQU8sRUFBRTtBQUFBLEVBQ3pELENBQUM7QUFDRCxRQUFNLFNBQVMsS0FBSyxNQUNoQixnQkFBZ0IsRUFBRSxNQUFNLGFBQWEsS0FBSyxJQUFJLElBQUksR0FBRyxLQUFLLGFBQWEsS0FBSyxJQUFJLEdBQUcsRUFBRSxHQUFHLE1BQU0sTUFBTSxJQUNwRyxhQUFhLE1BQU0sTUFBTTtBQUM3QixRQUFNLElBQUksUUFBYyxDQUFDQyxVQUFTLFdBQVc7QUFDM0MsV0FBTyxLQUFLLFNBQVMsQ0FBQyxRQUErQjtBQUNuRDtBQUFBLFFBQ0UsSUFBSSxTQUFTLGVBQ1QsSUFBSTtBQUFBLFVBQ0YsYUFBYSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUk7QUFBQSxRQUNyQyxJQUNBO0FBQUEsTUFDTjtBQUFBLElBQ0YsQ0FBQztBQUNELFdBQU8sT0FBTyxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU1BLFNBQVEsQ0FBQztBQUFBLEVBQ3JELENBQUM7QUFDRCxRQUFNLGlCQUFpQixDQUFDLGFBQXFCO0FBQzNDLFFBQUksSUFBSTtBQUNSLGVBQVcsS0FBSyxTQUFTLE9BQU8sR0FBRztBQUNqQyxVQUFJLEVBQUUsVUFBVSxhQUFhLFVBQVU7QUFDckMsVUFBRSxPQUFPLE1BQU07QUFDZjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLFFBQVEsU0FDVixZQUFZLE1BQU07QUFDaEIsZUFBVyxLQUFLLFNBQVMsT0FBTyxHQUFHO0FBQ2pDLFlBQU0sUUFBUSxFQUFFLGNBQWMsWUFBWSxPQUFPLE9BQU8sT0FBTyxLQUFLLFdBQVcsRUFBRSxTQUFTO0FBQzFGLFVBQUksQ0FBQyxPQUFPO0FBQ1YsWUFBSSxLQUFLLEVBQUUsUUFBUSxFQUFFLE9BQU8sSUFBSSxNQUFNLEVBQUUsVUFBVSxTQUFTLEdBQUcsOEJBQThCO0FBQzVGLFVBQUUsT0FBTyxNQUFNO0FBQUEsTUFDakI7QUFBQSxJQUNGO0FBQUEsRUFDRixHQUFHLEtBQUsscUJBQXFCLEdBQUksSUFDakM7QUFDSixTQUFPLE1BQU07QUFDYixRQUFNLE9BQU8sT0FBTyxRQUFRO0FBQzVCLFFBQU0sT0FBTyxPQUFPLFNBQVMsWUFBWSxPQUFPLEtBQUssT0FBTyxLQUFLO0FBQ2pFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxPQUFPLFlBQVk7QUFDakIsVUFBSSxNQUFPLGVBQWMsS0FBSztBQUM5QixZQUFNLElBQUksUUFBYyxDQUFDQSxhQUFZLE1BQU0sTUFBTSxNQUFNQSxTQUFRLENBQUMsQ0FBQztBQUNqRSxZQUFNLElBQUksUUFBYyxDQUFDQSxhQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUMsQ0FBQztBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNGOzs7QVF6T0EsU0FBUyxnQkFBQUMscUJBQTRFOzs7QUNXckYsSUFBTSxjQUFjLElBQUksS0FBSztBQUV0QixTQUFTLGNBQWMsR0FBc0I7QUFDbEQsUUFBTSxJQUFJLHVEQUF1RCxLQUFLLENBQUM7QUFDdkUsTUFBSSxDQUFDLEtBQU0sQ0FBQyxFQUFFLENBQUMsS0FBSyxFQUFFLENBQUMsTUFBTTtBQUMzQixVQUFNLElBQUksTUFBTSx1REFBdUQsS0FBSyxVQUFVLENBQUMsQ0FBQyxFQUFFO0FBQzVGLFFBQU0sTUFBaUIsQ0FBQztBQUN4QixNQUFJLEVBQUUsQ0FBQyxFQUFHLEtBQUksS0FBSyxXQUFXLEtBQUssWUFBWSxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQ3BELFFBQU0sT0FBTyxFQUFFLENBQUMsS0FBSztBQUNyQixRQUFNLEtBQUs7QUFDWCxNQUFJLE1BQU07QUFDVixTQUFPLE1BQU0sS0FBSyxRQUFRO0FBQ3hCLE9BQUcsWUFBWTtBQUNmLFVBQU0sS0FBSyxHQUFHLEtBQUssSUFBSTtBQUN2QixRQUFJLENBQUMsR0FBSSxPQUFNLElBQUksTUFBTSx3QkFBd0IsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLENBQUMsQ0FBQyxFQUFFO0FBQ2xGLFFBQUksS0FBSyxXQUFXLEdBQUcsQ0FBQyxHQUFnQixHQUFHLENBQUMsR0FBSSxLQUFLLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQVcsQ0FBQztBQUNuRixVQUFNLEdBQUc7QUFBQSxFQUNYO0FBQ0EsU0FBTztBQUNUO0FBRUEsZUFBc0IsYUFBYSxXQUFzQixPQUFlLFFBQWdCO0FBQ3RGLFFBQU0sV0FBVyxjQUFjLEtBQUs7QUFDcEMsUUFBTSxJQUFJLE1BQU0sVUFBVSxRQUFRLFNBQVMsYUFBYSxNQUFNO0FBQzlELE1BQUk7QUFDRixVQUFNLFNBQVMsTUFBTSxFQUFFLE9BQU8sTUFBTSxFQUFFLE9BQU8sU0FBUyxhQUFhLEtBQUssT0FBTyxHQUFHLFFBQVE7QUFDMUYsVUFBTSxTQUF3RSxDQUFDO0FBQy9FLGVBQVcsS0FBSyxRQUFRO0FBQ3RCLFlBQU1DLE1BQUssRUFBRSxTQUFTO0FBQ3RCLFVBQUksSUFBSSxPQUFPO0FBQ2YsVUFBSSxJQUFJO0FBQ1IsYUFBT0EsSUFBRyxLQUFLLEdBQUc7QUFDaEIsWUFBSUEsSUFBRyxLQUFLO0FBQ1osWUFBSUEsSUFBRyxNQUFNO0FBQUEsTUFDZjtBQUNBLFVBQUksT0FBTyxNQUFNLENBQUMsS0FBSyxXQUFXLENBQUMsRUFBRztBQUN0QyxhQUFPLEtBQUssRUFBRSxRQUFRLGVBQWUsRUFBRSxNQUFNLEdBQUcsT0FBTyxDQUFDLFNBQVMsS0FBTSxZQUFZLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUMxRjtBQUNBLFdBQU8sRUFBRSxZQUFZLFVBQW1CLE9BQU87QUFBQSxFQUNqRCxVQUFFO0FBQ0EsVUFBTSxFQUFFLE1BQU07QUFBQSxFQUNoQjtBQUNGO0FBRUEsU0FBUyxZQUFZLEdBQW1CO0FBQ3RDLE1BQUksTUFBTSxPQUFPLGtCQUFtQixRQUFPO0FBQzNDLE1BQUksTUFBTSxPQUFPLGtCQUFtQixRQUFPO0FBQzNDLE1BQUksT0FBTyxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQzVCLFNBQU8sT0FBTyxDQUFDO0FBQ2pCOzs7QURyQ08sU0FBUyxTQUFTLEtBQXFCLFFBQWdCLE1BQXFCO0FBQ2pGLFFBQU0sT0FBTyxLQUFLLFVBQVUsSUFBSTtBQUNoQyxNQUFJLFVBQVUsUUFBUSxFQUFFLGdCQUFnQixvQkFBb0Isa0JBQWtCLE9BQU8sV0FBVyxJQUFJLEVBQUUsQ0FBQztBQUN2RyxNQUFJLElBQUksSUFBSTtBQUNkO0FBRUEsZUFBc0IsVUFBVSxNQUF3QztBQUN0RSxRQUFNLFNBQVMsT0FBTyxLQUFzQixRQUF3QjtBQUNsRSxVQUFNLE1BQU0sSUFBSSxJQUFJLElBQUksT0FBTyxLQUFLLGtCQUFrQjtBQUN0RCxVQUFNLElBQUksSUFBSTtBQUNkLFFBQUksTUFBTSxZQUFZO0FBQ3BCLFlBQU0sS0FBSyxLQUFLLE1BQU07QUFDdEIsVUFBSSxVQUFVLEtBQUssTUFBTSxLQUFLLEVBQUUsZ0JBQWdCLGFBQWEsQ0FBQztBQUM5RCxVQUFJLElBQUksS0FBSywyQkFBMkIsMkJBQTJCO0FBQ25FO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxjQUFjO0FBQ3RCLFVBQUksVUFBVSxLQUFLLEVBQUUsZ0JBQWdCLGFBQWEsQ0FBQztBQUNuRCxVQUFJLElBQUksMEJBQTBCO0FBQ2xDO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxZQUFZO0FBQ3BCLFVBQUksVUFBVSxLQUFLLEVBQUUsZ0JBQWdCLDRCQUE0QixDQUFDO0FBQ2xFLFVBQUksSUFBSSxLQUFLLFlBQVksQ0FBQztBQUMxQjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssV0FBWSxNQUFNLEtBQUssUUFBUSxLQUFLLEtBQUssR0FBRyxFQUFJO0FBQ3pELFFBQUksTUFBTSxtQkFBbUIsSUFBSSxXQUFXLE9BQU87QUFDakQsWUFBTSxRQUFRLElBQUksYUFBYSxJQUFJLE9BQU87QUFDMUMsVUFBSSxDQUFDO0FBQ0gsZUFBTyxTQUFTLEtBQUssS0FBSztBQUFBLFVBQ3hCLFFBQVE7QUFBQSxVQUNSLFdBQVc7QUFBQSxVQUNYLE9BQU87QUFBQSxRQUNULENBQUM7QUFDSCxZQUFNLE9BQU8sSUFBSSxhQUFhLElBQUksTUFBTTtBQUN4QyxZQUFNLElBQUksT0FBTyxLQUFLLE1BQU0sT0FBTyxJQUFJLElBQUksR0FBSSxJQUFJLEtBQUssSUFBSTtBQUM1RCxVQUFJO0FBQ0YsY0FBTSxPQUFPLE1BQU0sYUFBYSxLQUFLLFdBQVcsT0FBTyxDQUFDO0FBQ3hELGVBQU8sU0FBUyxLQUFLLEtBQUssRUFBRSxRQUFRLFdBQVcsS0FBSyxDQUFDO0FBQUEsTUFDdkQsU0FBUyxLQUFLO0FBQ1osZUFBTyxTQUFTLEtBQUssS0FBSyxFQUFFLFFBQVEsU0FBUyxXQUFXLFlBQVksT0FBUSxJQUFjLFFBQVEsQ0FBQztBQUFBLE1BQ3JHO0FBQUEsSUFDRjtBQUNBLFFBQUksVUFBVSxLQUFLLEVBQUUsZ0JBQWdCLGFBQWEsQ0FBQztBQUNuRCxRQUFJLElBQUksdUJBQXVCLENBQUM7QUFBQSxDQUFJO0FBQUEsRUFDdEM7QUFDQSxRQUFNLFNBQVNDLGNBQWEsQ0FBQyxLQUFLLFFBQVE7QUFDeEMsV0FBTyxLQUFLLEdBQUcsRUFBRSxNQUFNLENBQUMsUUFBZTtBQUNyQyxXQUFLLE9BQU8sTUFBTSxFQUFFLEtBQUssSUFBSSxTQUFTLEtBQUssSUFBSSxJQUFJLEdBQUcscUJBQXFCO0FBQzNFLFVBQUksQ0FBQyxJQUFJO0FBQ1AsaUJBQVMsS0FBSyxLQUFLLEVBQUUsUUFBUSxTQUFTLFdBQVcsWUFBWSxPQUFPLElBQUksUUFBUSxDQUFDO0FBQUEsVUFDOUUsS0FBSSxJQUFJO0FBQUEsSUFDZixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0QsUUFBTSxJQUFJLFFBQWMsQ0FBQ0MsVUFBUyxXQUFXO0FBQzNDLFdBQU87QUFBQSxNQUFLO0FBQUEsTUFBUyxDQUFDLFFBQ3BCO0FBQUEsUUFDRSxJQUFJLFNBQVMsZUFDVCxJQUFJO0FBQUEsVUFDRixhQUFhLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSTtBQUFBLFFBQ3JDLElBQ0E7QUFBQSxNQUNOO0FBQUEsSUFDRjtBQUNBLFdBQU8sT0FBTyxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU1BLFNBQVEsQ0FBQztBQUFBLEVBQ3JELENBQUM7QUFDRCxRQUFNLE9BQU8sT0FBTyxRQUFRO0FBQzVCLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxNQUFNLE9BQU8sU0FBUyxZQUFZLE9BQU8sS0FBSyxPQUFPLEtBQUs7QUFBQSxJQUMxRCxPQUFPLE1BQ0wsSUFBSSxRQUFjLENBQUNBLGFBQVk7QUFDN0IsYUFBTyxvQkFBb0I7QUFDM0IsYUFBTyxNQUFNLE1BQU1BLFNBQVEsQ0FBQztBQUFBLElBQzlCLENBQUM7QUFBQSxFQUNMO0FBQ0Y7OztBRXZGQSxJQUFNLFNBQVM7QUFFUixJQUFNLGVBQU4sTUFBbUI7QUFBQSxFQUV4QixZQUE2QixTQUF5QjtBQUF6QjtBQUFBLEVBQTBCO0FBQUEsRUFBMUI7QUFBQSxFQURaLFNBQVMsb0JBQUksSUFBOEI7QUFBQTtBQUFBLEVBSTVELElBQUksUUFBa0M7QUFDcEMsUUFBSSxDQUFDLE9BQU8sS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssVUFBVSxNQUFNLENBQUMsRUFBRTtBQUN6RixRQUFJLElBQUksS0FBSyxPQUFPLElBQUksTUFBTTtBQUM5QixRQUFJLENBQUMsR0FBRztBQUNOLFVBQUksS0FBSyxRQUFRLE1BQU07QUFDdkIsV0FBSyxPQUFPLElBQUksUUFBUSxDQUFDO0FBQ3pCLFFBQUUsTUFBTSxNQUFNLEtBQUssT0FBTyxPQUFPLE1BQU0sQ0FBQztBQUFBLElBQzFDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFVBQW9CO0FBQ2xCLFdBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxLQUFLLENBQUMsRUFBRSxLQUFLO0FBQUEsRUFDdEM7QUFBQTtBQUFBLEVBR0EsVUFBVSxTQUF3QztBQUNoRCxXQUFPO0FBQUEsTUFDTCxTQUFTLE9BQU8sTUFBTSxTQUFTO0FBQzdCLGNBQU0sUUFBUSxXQUFXLEtBQUssUUFBUTtBQUN0QyxjQUFNLFNBQVMsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLENBQUMsTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDaEcsY0FBTSxLQUFLLE1BQU0sUUFBUSxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDckUsZUFBTyxJQUFJLGFBQWEsRUFBRTtBQUFBLE1BQzVCO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFDM0IsVUFBTSxNQUFNLE1BQU0sUUFBUSxXQUFXLENBQUMsR0FBRyxLQUFLLE9BQU8sT0FBTyxDQUFDLENBQUM7QUFDOUQsZUFBVyxLQUFLLElBQUssS0FBSSxFQUFFLFdBQVcsWUFBYSxPQUFNLEVBQUUsTUFBTSxNQUFNO0FBQ3ZFLFNBQUssT0FBTyxNQUFNO0FBQUEsRUFDcEI7QUFDRjtBQUdPLElBQU0sZUFBTixNQUFzQztBQUFBLEVBQzNDLFlBQTZCLElBQWU7QUFBZjtBQUFBLEVBQWdCO0FBQUEsRUFBaEI7QUFBQSxFQUM3QixNQUFNLE9BQ0osUUFDQSxPQUNBLFVBQ21CO0FBQ25CLFVBQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLFFBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQztBQUNyRixVQUFNLE1BQU0sTUFBTSxLQUFLO0FBQ3ZCLFFBQUksVUFBVSxNQUFNLFNBQVMsRUFBRyxLQUFJLEtBQUssQ0FBQyxHQUFHLE1BQU0sY0FBYyxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUM7QUFDcEYsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUNBLE1BQU0sWUFBWSxNQUFjLFVBQWtEO0FBQ2hGLFVBQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFDakYsV0FBTyxDQUFDLEdBQUcsSUFBSSxJQUFJLE1BQU0sS0FBSyxDQUFDLENBQUMsRUFBRSxLQUFLO0FBQUEsRUFDekM7QUFBQSxFQUNBLE1BQU0sV0FBVyxVQUFrRDtBQUNqRSxVQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsV0FBVyxRQUFRLENBQUMsQ0FBQztBQUMxRSxXQUFPLENBQUMsR0FBRyxJQUFJLElBQUksTUFBTSxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUs7QUFBQSxFQUN6QztBQUFBLEVBQ0EsTUFBTSxRQUF1QjtBQUMzQixVQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0Y7OztBWGxETyxJQUFNLG9CQUFOLGNBQWdDLE1BQU07QUFBQSxFQUNsQyxPQUFPO0FBQ2xCO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsU0FBVSxLQUFLLElBQUksTUFBTSxLQUFLLEtBQUssV0FBVyxNQUFNO0FBQzlGO0FBRUEsZUFBc0IsWUFBWSxNQUE0QztBQUM1RSxRQUFNLE1BQU0sS0FBSztBQUVqQixhQUFXLENBQUMsTUFBTSxFQUFFLEtBQUs7QUFBQSxJQUN2QixDQUFDLFVBQVUsS0FBSyxJQUFJO0FBQUEsSUFDcEIsQ0FBQyxVQUFVLEtBQUssSUFBSTtBQUFBLEVBQ3RCLEdBQVk7QUFDVixRQUFJLENBQUMsV0FBVyxHQUFHLElBQUksR0FBRztBQUN4QixZQUFNLElBQUk7QUFBQSxRQUNSLEdBQUcsSUFBSSxJQUFJLEdBQUcsSUFBSSxJQUFJLEdBQUcsSUFBSSw4RkFDcEIsSUFBSSxjQUFjLEdBQUcsSUFBSTtBQUFBLE1BQ3BDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxFQUFBQyxXQUFVLEtBQUssU0FBUyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzNDLFFBQU0sY0FBYyxLQUFLLGdCQUFnQixZQUFZLElBQUksY0FBYztBQUN2RSxRQUFNLFNBQVMsSUFBSSxhQUFhLENBQUMsV0FBVyxZQUFZLFFBQVEsR0FBRyxLQUFLLE9BQU8sWUFBWSxNQUFNLEVBQUUsQ0FBQztBQUdwRyxhQUFXLEtBQUssZ0JBQWdCLEtBQUssT0FBTyxFQUFHLE9BQU0sT0FBTyxJQUFJLENBQUM7QUFDakUsUUFBTSxXQUFXLElBQUksU0FBUyxNQUFNO0FBQ3BDLE1BQUksUUFBUTtBQUNaLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSTtBQUNGLFVBQU0sWUFBWSxPQUFPLFVBQVU7QUFDbkMsV0FBTyxNQUFNLFVBQVU7QUFBQSxNQUNyQixNQUFNLEtBQUssS0FBSztBQUFBLE1BQ2hCLE1BQU0sS0FBSyxLQUFLO0FBQUEsTUFDaEIsUUFBUTtBQUFBLE1BQ1I7QUFBQSxNQUNBLE9BQU8sTUFBTTtBQUFBLE1BQ2IsYUFBYSxNQUFNLFlBQVksVUFBVSxNQUFNO0FBQUEsTUFDL0MsU0FBUyxLQUFLLFVBQVUsRUFBRSxVQUFVLENBQUM7QUFBQSxJQUN2QyxDQUFDO0FBQ0QsYUFBUyxNQUFNLFlBQVksRUFBRSxNQUFNLEtBQUssS0FBSyxNQUFNLE1BQU0sS0FBSyxLQUFLLE1BQU0sVUFBVSxRQUFRLElBQUksQ0FBQztBQUFBLEVBQ2xHLFNBQVMsS0FBSztBQUNaLFVBQU0sTUFBTSxNQUFNO0FBQ2xCLFVBQU0sT0FBTyxNQUFNO0FBQ25CLFVBQU07QUFBQSxFQUNSO0FBQ0EsVUFBUTtBQUNSLE1BQUk7QUFBQSxJQUNGLEVBQUUsTUFBTSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLElBQUksTUFBTSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLElBQUk7QUFDVixRQUFNLElBQUk7QUFDVixTQUFPO0FBQUEsSUFDTCxVQUFVLEVBQUU7QUFBQSxJQUNaLFVBQVUsRUFBRTtBQUFBLElBQ1o7QUFBQSxJQUNBO0FBQUEsSUFDQSxNQUFNLFFBQVE7QUFDWixjQUFRO0FBQ1IsWUFBTSxFQUFFLE1BQU07QUFDZCxZQUFNLEVBQUUsTUFBTTtBQUNkLFlBQU0sT0FBTyxNQUFNO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLGdCQUFnQixTQUEyQjtBQUNsRCxNQUFJO0FBQ0YsV0FBTyxZQUFZLEdBQUcsT0FBTyxZQUFZLEVBQUUsZUFBZSxLQUFLLENBQUMsRUFDN0QsT0FBTyxDQUFDLE1BQU0sRUFBRSxZQUFZLEtBQUssb0NBQW9DLEtBQUssRUFBRSxJQUFJLENBQUMsRUFDakYsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQ2pCLEtBQUs7QUFBQSxFQUNWLFFBQVE7QUFDTixXQUFPLENBQUM7QUFBQSxFQUNWO0FBQ0Y7QUFFQSxTQUFTLFlBQVksS0FBZSxRQUE4QjtBQUNoRSxRQUFNLElBQUksSUFBSTtBQUNkLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0Esb0NBQW9DLEVBQUUsUUFBUTtBQUFBLElBQzlDO0FBQUEsSUFDQTtBQUFBLElBQ0EsbUNBQW1DLEVBQUUsT0FBTztBQUFBLElBQzVDO0FBQUEsSUFDQTtBQUFBLElBQ0Esd0NBQXdDLEVBQUUsV0FBVztBQUFBLElBQ3JEO0FBQUEsSUFDQTtBQUFBLElBQ0EsNENBQTRDLEVBQUUsZUFBZTtBQUFBLElBQzdEO0FBQUEsSUFDQTtBQUFBLElBQ0Esc0JBQXNCLE9BQU8sUUFBUSxFQUFFLE1BQU07QUFBQSxJQUM3QztBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FZbElBLFNBQVMsZ0JBQUFDLHFCQUFvQjtBQUM3QixPQUFPLGVBQWU7OztBQ0ZmLFNBQVMsV0FBVyxNQUE0QjtBQUNyRCxNQUFJLElBQUksU0FBUztBQUNqQixTQUFPLE1BQU07QUFDWCxRQUFLLElBQUksZUFBZ0I7QUFDekIsUUFBSSxJQUFJO0FBQ1IsUUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLElBQUssSUFBSSxDQUFDO0FBQ25DLFNBQUssSUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLEdBQUksSUFBSSxFQUFFO0FBQ3hDLGFBQVMsSUFBSyxNQUFNLFFBQVMsS0FBSztBQUFBLEVBQ3BDO0FBQ0Y7QUFHTyxTQUFTLFNBQVMsTUFBNEI7QUFDbkQsUUFBTSxJQUFJLEtBQUssSUFBSSxLQUFLLEdBQUcsS0FBSztBQUNoQyxRQUFNLElBQUksS0FBSztBQUNmLFNBQU8sS0FBSyxLQUFLLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxJQUFJLEtBQUssS0FBSyxDQUFDO0FBQy9EOzs7QUNQTyxJQUFNLGVBQWU7QUFBQSxFQUMxQixTQUFTLENBQUMsR0FBUSxHQUFRLENBQU07QUFBQSxFQUNoQyxTQUFTLENBQUMsR0FBUSxHQUFRLEVBQU07QUFBQSxFQUNoQyxPQUFPLENBQUMsSUFBUSxJQUFRLEVBQU07QUFBQSxFQUM5QixlQUFlLENBQUMsSUFBUSxJQUFRLEVBQU07QUFBQSxFQUN0QyxlQUFlLENBQUMsSUFBUSxJQUFRLEVBQU07QUFBQSxFQUN0QyxhQUFhLENBQUMsSUFBUSxJQUFRLEVBQU07QUFBQSxFQUNwQyxZQUFZLENBQUMsSUFBUSxJQUFRLEVBQU07QUFBQSxFQUNuQyxZQUFZO0FBQUEsRUFDWixZQUFZO0FBQUEsRUFDWixZQUFZO0FBQUEsRUFDWixZQUFZO0FBQUEsRUFDWixvQkFBb0I7QUFBQSxFQUNwQixvQkFBb0I7QUFBQSxFQUNwQixrQkFBa0I7QUFBQSxFQUNsQixXQUFXO0FBQUEsRUFDWCxjQUFjO0FBQUEsRUFDZCxjQUFjO0FBQUEsRUFDZCxzQkFBc0I7QUFBQSxFQUN0QixzQkFBc0I7QUFBQSxFQUN0QixhQUFhLENBQUMsS0FBUSxLQUFRLEdBQU07QUFBQSxFQUNwQyxnQkFBZ0I7QUFBQSxFQUNoQixhQUFhO0FBQUEsRUFDYixtQkFBbUIsQ0FBQyxLQUFRLEtBQVEsR0FBTTtBQUM1QztBQUVPLElBQU0seUJBQXlCO0FBRS9CLElBQU0sb0JBQW9CO0FBcUJqQyxJQUFNLFFBQVEsQ0FBQyxHQUFXLFNBQWlCLEtBQUssTUFBTSxJQUFJLElBQUksSUFBSTtBQUUzRCxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUNkO0FBQUEsRUFDUTtBQUFBLEVBQ1Q7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFFQyxhQUFhLG9CQUFJLElBQVk7QUFBQSxFQUNyQixRQUFRLElBQUksWUFBWSxpQkFBaUI7QUFBQSxFQUN6QyxPQUFPLElBQUksU0FBUyxJQUFJLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFFdkQsWUFBWSxPQUFzQixDQUFDLEdBQUc7QUFDcEMsVUFBTSxPQUFPLEtBQUssUUFBUTtBQUMxQixTQUFLLE9BQU8sV0FBVyxJQUFJO0FBQzNCLFNBQUssU0FBUyxLQUFLLFVBQVUsTUFBYyxPQUFPO0FBQ2xELFNBQUssU0FBUyxLQUFLLFdBQVcsS0FBSyxJQUFJO0FBQ3ZDLFVBQU0sTUFBTSxLQUFLLGNBQWM7QUFDL0IsU0FBSyxXQUFXLENBQUUsTUFBTSxNQUFRLEdBQUksTUFBTSxNQUFRLEdBQUksTUFBTSxNQUFRLENBQUM7QUFDckUsU0FBSyxPQUFPLEtBQUssTUFBTTtBQUFBLEVBQ3pCO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBOEI7QUFFbkMsUUFBSSxLQUFLLFlBQVksVUFBYSxRQUFRLEtBQUssU0FBUyxJQUFLLFFBQU8sS0FBSztBQUN6RSxVQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsUUFBUSxLQUFLLE1BQU0sSUFBSTtBQUMvQyxVQUFNLEtBQUssUUFBUTtBQUNuQixVQUFNLFVBQVUsQ0FBQyxHQUFHLEdBQUcsQ0FBQztBQUN4QixVQUFNLFVBQVUsQ0FBQyxHQUFHLEdBQUcsQ0FBQztBQUN4QixVQUFNLEtBQUssQ0FBQyxHQUFHLEdBQUcsQ0FBQztBQUNuQixVQUFNLFFBQVEsQ0FBQyxHQUFHLEdBQUcsQ0FBQztBQUN0QixhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixZQUFNLE9BQU8sS0FBSyxXQUFXLElBQUksQ0FBQztBQUNsQyxZQUFNLElBQUksT0FBTyxJQUFJLE1BQU0sTUFBTSxLQUFLLElBQUssSUFBSSxLQUFLLEtBQUssS0FBTSxPQUFPLENBQUMsSUFBSSxNQUFNLFNBQVMsS0FBSyxJQUFJO0FBRW5HLFlBQU0sT0FBTyxLQUFLLE1BQU0sS0FBSyxHQUFHLElBQUksTUFBTSxJQUFJLElBQUk7QUFDbEQsWUFBTSxPQUNKLEtBQ0EsSUFBSSxLQUFLLElBQUssSUFBSSxLQUFLLEtBQUssS0FBTSxNQUFPLElBQUksSUFBSSxLQUFLLEtBQU0sQ0FBQyxJQUM3RCxPQUNBLE1BQU0sU0FBUyxLQUFLLElBQUk7QUFDMUIsWUFBTSxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUksR0FBRyxJQUFJO0FBQ3JDLFlBQU0sSUFBSSxPQUFPLE9BQU8sS0FBSyxJQUFLLElBQUksS0FBSyxLQUFLLEtBQU0sTUFBTSxDQUFDO0FBQzdELGNBQVEsQ0FBQyxJQUFJLE1BQU0sR0FBRyxHQUFHO0FBQ3pCLGNBQVEsQ0FBQyxJQUFJLE1BQU0sR0FBRyxJQUFLO0FBQzNCLFNBQUcsQ0FBQyxJQUFJLE1BQU0sR0FBRyxJQUFLO0FBQ3RCLFlBQU0sQ0FBQyxJQUFJLEtBQUssTUFBTSxRQUFRLENBQUMsSUFBSyxRQUFRLENBQUMsSUFBSyxHQUFHLENBQUMsQ0FBRTtBQUN4RCxXQUFLLFNBQVMsQ0FBQyxJQUFJLEtBQUssU0FBUyxDQUFDLElBQUssTUFBTSxDQUFDLElBQUs7QUFBQSxJQUNyRDtBQUNBLFVBQU0sWUFBWTtBQUFBLE1BQ2hCLEtBQUssT0FBTyxLQUFLLElBQUssSUFBSSxLQUFLLEtBQUssS0FBTSxHQUFHLElBQUksT0FBUSxTQUFTLEtBQUssSUFBSTtBQUFBLE1BQzNFO0FBQUEsSUFDRjtBQUNBLFNBQUssU0FBUyxLQUFLLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDekMsVUFBTSxpQkFBaUIsS0FBSyxTQUFTLElBQUksQ0FBQyxPQUFPLE1BQU0sS0FBSyxLQUFNLElBQUssQ0FBQztBQUN4RSxTQUFLLFVBQVU7QUFBQSxNQUNiO0FBQUEsTUFDQTtBQUFBLE1BQ0EsYUFBYTtBQUFBLE1BQ2I7QUFBQSxNQUNBO0FBQUEsTUFDQSxXQUFXO0FBQUEsUUFDVCxlQUFlLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxHQUFHLENBQUM7QUFBQSxRQUN4QztBQUFBLE1BQ0Y7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUNBLFNBQUssVUFBVTtBQUNmLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLElBQUksVUFBeUI7QUFDM0IsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBO0FBQUEsRUFHQSxlQUFlLE1BQWMsS0FBbUM7QUFDOUQsUUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU8sTUFBTSxrQkFBbUIsUUFBTztBQUNsRSxXQUFPLE1BQU0sS0FBSyxLQUFLLE1BQU0sU0FBUyxNQUFNLE9BQU8sR0FBRyxDQUFDO0FBQUEsRUFDekQ7QUFBQTtBQUFBLEVBR0EsaUJBQWlCLE1BQWMsS0FBbUM7QUFDaEUsVUFBTSxNQUFnQixDQUFDO0FBQ3ZCLGFBQVMsSUFBSSxNQUFNLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDdEMsVUFBSSxNQUFNLHVCQUF3QixLQUFJLEtBQU0sS0FBSyxXQUFXLEtBQU0sS0FBTTtBQUFBLGVBQy9ELE1BQU0seUJBQXlCLEVBQUcsS0FBSSxLQUFLLEtBQUssU0FBUyxLQUFNO0FBQUEsVUFDbkUsUUFBTztBQUFBLElBQ2Q7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsWUFBa0I7QUFDeEIsVUFBTSxJQUFJLEtBQUs7QUFDZixVQUFNLElBQUk7QUFDVixVQUFNLE1BQU0sQ0FBQyxNQUFjLE1BQWM7QUFDdkMsV0FBSyxLQUFLLFdBQVcsR0FBRyxDQUFDO0FBQ3pCLFdBQUssTUFBTSxJQUFJLElBQUksS0FBSyxLQUFLLFVBQVUsQ0FBQztBQUN4QyxXQUFLLE1BQU0sT0FBTyxDQUFDLElBQUksS0FBSyxLQUFLLFVBQVUsQ0FBQztBQUFBLElBQzlDO0FBQ0EsUUFBSSxPQUFPO0FBQ1gsUUFBSSxPQUFPO0FBQ1gsUUFBSSxPQUFPO0FBQ1gsUUFBSSxPQUFPO0FBQ1gsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsWUFBTSxJQUFJLEVBQUUsUUFBUSxDQUFDO0FBQ3JCLFlBQU0sSUFBSSxFQUFFLFFBQVEsQ0FBQztBQUNyQixZQUFNLElBQUksS0FBSyxNQUFNLElBQUksQ0FBQztBQUMxQixZQUFNLElBQUksRUFBRSxNQUFNLENBQUM7QUFDbkIsWUFBTSxJQUFJLEtBQUssTUFBTSxLQUFLLEtBQUssS0FBSyxJQUFJLEdBQUcsSUFBSSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDMUQsVUFBSSxFQUFFLFFBQVEsQ0FBQyxHQUFJLENBQUM7QUFDcEIsVUFBSSxFQUFFLFFBQVEsQ0FBQyxHQUFJLENBQUM7QUFDcEIsVUFBSSxFQUFFLE1BQU0sQ0FBQyxHQUFJLENBQUM7QUFDbEIsVUFBSSxFQUFFLGNBQWMsQ0FBQyxHQUFJLENBQUM7QUFDMUIsVUFBSSxFQUFFLGNBQWMsQ0FBQyxHQUFJLENBQUM7QUFDMUIsVUFBSSxFQUFFLFlBQVksQ0FBQyxHQUFJLEVBQUUsWUFBWSxDQUFDLENBQUU7QUFDeEMsVUFBSSxFQUFFLFdBQVcsQ0FBQyxHQUFJLE1BQU8sS0FBSyxLQUFLLEtBQUssSUFBSSxHQUFHLEVBQUUsWUFBWSxDQUFDLENBQUUsQ0FBQyxJQUFJLE1BQU8sS0FBSyxJQUFJLElBQUksQ0FBQztBQUM5RixVQUFJLEVBQUUsa0JBQWtCLENBQUMsR0FBSSxFQUFFLGVBQWUsQ0FBQyxDQUFFO0FBQ2pELFlBQU0sUUFBUSxFQUFFLFNBQVMsSUFBSSxLQUFLLENBQUM7QUFDbkMsVUFBSSxFQUFFLFlBQVksQ0FBQyxHQUFJLE1BQU0sS0FBSyxLQUFLLElBQUksSUFBSSxRQUFRLFFBQVEsSUFBSSxLQUFLLEdBQUcsR0FBRyxDQUFDO0FBQy9FLGNBQVE7QUFDUixjQUFRO0FBQ1IsY0FBUTtBQUNSLGNBQVE7QUFBQSxJQUNWO0FBQ0EsUUFBSSxFQUFFLFlBQVksTUFBTSxFQUFFLFFBQVEsT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxJQUFJLEdBQUcsR0FBRyxDQUFDO0FBQ3RFLFFBQUksRUFBRSxZQUFZLE1BQU0sT0FBTyxHQUFHLElBQUssQ0FBQztBQUN4QyxRQUFJLEVBQUUsWUFBWSxNQUFNLE1BQU0sSUFBSyxDQUFDO0FBQ3BDLFFBQUksRUFBRSxZQUFZLElBQUk7QUFDdEIsUUFBSSxFQUFFLG9CQUFvQixJQUFJO0FBQzlCLFFBQUksRUFBRSxvQkFBb0IsSUFBSTtBQUM5QixRQUFJLEVBQUUsa0JBQWtCLE9BQU8sSUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFLLElBQUksQ0FBQztBQUNoRSxRQUFJLEVBQUUsV0FBVyxFQUFFLFNBQVM7QUFDNUIsUUFBSSxFQUFFLGNBQWMsRUFBRSxTQUFTO0FBQy9CLFFBQUksRUFBRSxjQUFjLENBQUM7QUFDckIsUUFBSSxFQUFFLHNCQUFzQixNQUFNLEVBQUUsWUFBWSxNQUFNLElBQUssQ0FBQztBQUM1RCxRQUFJLEVBQUUsc0JBQXNCLENBQUM7QUFDN0IsUUFBSSxFQUFFLGdCQUFnQixNQUFNLEtBQUssSUFBSSxFQUFFLFFBQVEsQ0FBQyxJQUFLLEVBQUUsUUFBUSxDQUFDLENBQUUsSUFBSSxHQUFHLElBQUssQ0FBQztBQUMvRSxRQUFJLEVBQUUsYUFBYSxFQUFFLFNBQVM7QUFBQSxFQUNoQztBQUNGOzs7QUZuTEEsSUFBTSxrQkFBTixjQUE4QixNQUFNO0FBQUEsRUFDbEMsWUFBcUIsaUJBQXlCO0FBQzVDLFVBQU0sb0JBQW9CLGVBQWUsRUFBRTtBQUR4QjtBQUFBLEVBRXJCO0FBQUEsRUFGcUI7QUFHdkI7QUFFQSxlQUFzQixTQUFTLE9BQU8sYUFBOEI7QUFDbEUsU0FBTyxNQUFNLElBQUksUUFBUSxDQUFDQyxVQUFTLFdBQVc7QUFDNUMsVUFBTSxJQUFJQyxjQUFhO0FBQ3ZCLE1BQUUsS0FBSyxTQUFTLE1BQU07QUFDdEIsTUFBRSxPQUFPLEdBQUcsTUFBTSxNQUFNO0FBQ3RCLFlBQU0sT0FBTyxFQUFFLFFBQVE7QUFDdkIsWUFBTSxPQUFPLE9BQU8sU0FBUyxZQUFZLE9BQU8sS0FBSyxPQUFPO0FBQzVELFFBQUUsTUFBTSxNQUFNRCxTQUFRLElBQUksQ0FBQztBQUFBLElBQzdCLENBQUM7QUFBQSxFQUNILENBQUM7QUFDSDtBQUdPLFNBQVMsWUFBWSxRQUEwQyxLQUFtQjtBQUN2RixRQUFNLFFBQVEsQ0FBQyxTQUFpQjtBQUM5QixVQUFNLElBQUksT0FBTyxJQUFJLElBQUk7QUFDekIsUUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLGdCQUFnQixFQUFFO0FBQ3BDLE1BQUUsT0FBTyxJQUFJLENBQUM7QUFDZCxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLGtCQUFrQixDQUFDLE1BQWMsU0FBaUI7QUFDaEQsWUFBTSxJQUFJLE1BQU0sSUFBSSxFQUFFLGVBQWUsTUFBTSxDQUFDO0FBQzVDLFVBQUksQ0FBQyxFQUFHLE9BQU0sSUFBSSxnQkFBZ0IsQ0FBQztBQUNuQyxhQUFPLEVBQUUsQ0FBQztBQUFBLElBQ1o7QUFBQSxJQUNBLDJCQUEyQixDQUFDLE1BQWMsS0FBYSxTQUFpQjtBQUN0RSxZQUFNLElBQUksTUFBTSxJQUFJLEVBQUUsZUFBZSxNQUFNLEdBQUc7QUFDOUMsVUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLGdCQUFnQixDQUFDO0FBQ25DLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxvQkFBb0IsQ0FBQyxNQUFjLFNBQWlCO0FBQ2xELFlBQU0sSUFBSSxNQUFNLElBQUksRUFBRSxpQkFBaUIsTUFBTSxDQUFDO0FBQzlDLFVBQUksQ0FBQyxFQUFHLE9BQU0sSUFBSSxnQkFBZ0IsQ0FBQztBQUNuQyxhQUFPLEVBQUUsQ0FBQztBQUFBLElBQ1o7QUFBQSxJQUNBLDZCQUE2QixDQUFDLE1BQWMsS0FBYSxTQUFpQjtBQUN4RSxZQUFNLElBQUksTUFBTSxJQUFJLEVBQUUsaUJBQWlCLE1BQU0sR0FBRztBQUNoRCxVQUFJLENBQUMsRUFBRyxPQUFNLElBQUksZ0JBQWdCLENBQUM7QUFDbkMsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0Y7QUFFTyxTQUFTLGFBQWEsT0FBaUIsTUFBYyxLQUE2QztBQUN2RyxRQUFNLFNBQVMsb0JBQUksSUFBeUI7QUFDNUMsYUFBVyxLQUFLLE1BQU8sUUFBTyxJQUFJLEdBQUcsSUFBSSxZQUFZLEVBQUUsTUFBTSxPQUFPLEdBQUcsU0FBUyxJQUFJLEVBQUUsQ0FBQyxDQUFDO0FBQ3hGLFNBQU87QUFDVDtBQUVBLGVBQXNCLGtCQUFrQixPQUE0QixDQUFDLEdBQTZCO0FBQ2hHLFFBQU0sT0FBTyxLQUFLLFFBQVE7QUFDMUIsUUFBTSxPQUFPLEtBQUssUUFBUyxNQUFNLFNBQVMsSUFBSTtBQUM5QyxRQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUs7QUFDN0IsUUFBTSxTQUFTLGFBQWEsS0FBSyxTQUFTLENBQUMsQ0FBQyxHQUFHLEtBQUssUUFBUSxLQUFLLEdBQUc7QUFDcEUsUUFBTSxTQUFTLElBQUksVUFBVSxVQUFVLFlBQVksUUFBUSxHQUFHLEdBQUcsRUFBRSxNQUFNLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFDNUYsUUFBTSxJQUFJLFFBQWMsQ0FBQ0EsVUFBUyxXQUFXO0FBQzNDLFdBQU8sS0FBSyxlQUFlLE1BQU1BLFNBQVEsQ0FBQztBQUMxQyxXQUFPLEtBQUssZUFBZSxDQUFDLFFBQWlCLE9BQU8sZUFBZSxRQUFRLE1BQU0sSUFBSSxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQztBQUN4RyxXQUFPLEtBQUssU0FBUyxDQUFDLFFBQWlCLE9BQU8sZUFBZSxRQUFRLE1BQU0sSUFBSSxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3BHLENBQUM7QUFFRCxTQUFPLEdBQUcsZUFBZSxNQUFNO0FBQUEsRUFBQyxDQUFDO0FBQ2pDLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLE9BQU8sTUFDTCxJQUFJLFFBQWMsQ0FBQ0EsYUFBWTtBQUM3QixpQkFBVyxRQUFRLE9BQU8sTUFBTSxLQUFLLEVBQUcsTUFBSyxRQUFRO0FBQ3JELGFBQU8sTUFBTSxNQUFNQSxTQUFRLENBQUM7QUFBQSxJQUM5QixDQUFDO0FBQUEsRUFDTDtBQUNGOzs7QTNCM0ZBLFNBQVMsWUFBWTs7O0E4QkpyQixJQUFNLEtBQUssSUFBSSxTQUFTLElBQUksWUFBWSxDQUFDLENBQUM7QUFHMUMsU0FBUyxRQUFRRSxRQUEwQixPQUFlLEdBQVcsT0FBd0I7QUFDM0YsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFVBQU0sSUFBSUEsT0FBTSxRQUFRLENBQUMsSUFBSztBQUM5QixVQUFNLEtBQUssTUFBTSxHQUFHLElBQUksR0FBSTtBQUFBLEVBQzlCO0FBQ0EsUUFBTSxNQUFNLE1BQU07QUFDbEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLEtBQUs7QUFDNUIsUUFBSTtBQUNKLFlBQVEsT0FBTztBQUFBLE1BQ2IsS0FBSztBQUNILGNBQU07QUFDTjtBQUFBLE1BQ0YsS0FBSztBQUNILGNBQU0sTUFBTSxJQUFJO0FBQ2hCO0FBQUEsTUFDRixLQUFLO0FBQ0gsY0FBTSxJQUFJO0FBQ1Y7QUFBQSxNQUNGLEtBQUssUUFBUTtBQUVYLGNBQU0sT0FBTyxLQUFLO0FBQ2xCLGVBQU8sSUFBSSxJQUFJLFFBQVEsS0FBSyxJQUFJO0FBQ2hDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxPQUFHLFNBQVMsR0FBRyxNQUFNLEdBQUcsQ0FBRTtBQUFBLEVBQzVCO0FBQ0Y7QUFFTyxTQUFTLE9BQU9BLFFBQTBCLE9BQWUsR0FBbUI7QUFDakYsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssT0FBTUEsT0FBTSxRQUFRLENBQUMsSUFBSyxPQUFRLFNBQVMsRUFBRSxFQUFFLFlBQVksRUFBRSxTQUFTLEdBQUcsR0FBRztBQUN4RyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVVBLFFBQTBCLE9BQWUsTUFBZ0IsT0FBMEI7QUFDM0csUUFBTSxJQUFJLFNBQVMsU0FBUyxTQUFTLFFBQVEsSUFBSSxTQUFTLFNBQVMsU0FBUyxTQUFTLFNBQVMsUUFBUSxJQUFJO0FBQzFHLFVBQVFBLFFBQU8sT0FBTyxHQUFHLEtBQUs7QUFDOUIsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsYUFBTyxHQUFHLFVBQVUsQ0FBQztBQUFBLElBQ3ZCLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxDQUFDO0FBQUEsSUFDdEIsS0FBSztBQUNILGFBQU8sR0FBRyxVQUFVLENBQUM7QUFBQSxJQUN2QixLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsQ0FBQztBQUFBLElBQ3RCLEtBQUs7QUFDSCxhQUFPLGdCQUFnQixHQUFHLFdBQVcsQ0FBQyxDQUFDO0FBQUEsSUFDekMsS0FBSztBQUNILGFBQU8sT0FBTyxHQUFHLGFBQWEsQ0FBQyxDQUFDO0FBQUEsSUFDbEMsS0FBSztBQUNILGFBQU8sT0FBTyxHQUFHLFlBQVksQ0FBQyxDQUFDO0FBQUEsSUFDakMsS0FBSztBQUNILGFBQU8sR0FBRyxXQUFXLENBQUM7QUFBQSxFQUMxQjtBQUNGO0FBR08sU0FBUyxnQkFBZ0IsR0FBbUI7QUFDakQsTUFBSSxDQUFDLE9BQU8sU0FBUyxDQUFDLEtBQUssTUFBTSxFQUFHLFFBQU87QUFDM0MsV0FBUyxJQUFJLEdBQUcsS0FBSyxHQUFHLEtBQUs7QUFDM0IsVUFBTSxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsQ0FBQztBQUNqQyxRQUFJLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRyxRQUFPO0FBQUEsRUFDbkM7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFlBQ2RBLFFBQ0EsT0FDQSxHQUNvQjtBQUNwQixNQUFJLEVBQUUsYUFBYSxTQUFTLEtBQUssRUFBRSxhQUFhLFNBQVMsT0FBT0EsUUFBTyxPQUFPLEVBQUUsS0FBSyxDQUFDLEVBQUcsUUFBTztBQUNoRyxRQUFNLE1BQU0sVUFBVUEsUUFBTyxPQUFPLEVBQUUsTUFBTSxFQUFFLEtBQUs7QUFDbkQsTUFBSSxPQUFPLE1BQU0sR0FBRyxFQUFHLFFBQU87QUFDOUIsTUFBSSxJQUFJLE1BQU0sRUFBRSxRQUFRLEVBQUU7QUFDMUIsTUFBSSxFQUFFLGFBQWEsVUFBYSxPQUFPLFNBQVMsQ0FBQyxHQUFHO0FBQ2xELFVBQU0sSUFBSSxNQUFNLEVBQUU7QUFDbEIsUUFBSSxLQUFLLE1BQU0sSUFBSSxDQUFDLElBQUk7QUFDeEIsUUFBSSxPQUFPLEdBQUcsR0FBRyxFQUFFLEVBQUcsS0FBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUOzs7QUNqRk8sU0FBUyxVQUFVLFFBQWtDLFFBQWdCLGVBQWUsS0FBa0I7QUFDM0csUUFBTSxTQUFzQixDQUFDO0FBQzdCLGFBQVdDLE9BQU0sQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUM5QyxVQUFNLFNBQVMsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLGFBQWFBLEdBQUUsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsVUFBVSxFQUFFLE9BQU87QUFDM0YsUUFBSTtBQUNKLGVBQVcsS0FBSyxRQUFRO0FBQ3RCLFlBQU0sTUFBTSxFQUFFLFVBQVUsRUFBRTtBQUMxQixVQUFJLE9BQU8sRUFBRSxXQUFXLElBQUksVUFBVSxJQUFJLFVBQVUsVUFBVSxNQUFNLElBQUksV0FBVyxjQUFjO0FBQy9GLFlBQUksUUFBUSxLQUFLLElBQUksSUFBSSxPQUFPLE1BQU0sSUFBSSxPQUFPO0FBQ2pELFlBQUksT0FBTyxLQUFLLEVBQUUsT0FBTyxHQUFHLFFBQVEsRUFBRSxVQUFVLElBQUksUUFBUSxDQUFDO0FBQUEsTUFDL0QsT0FBTztBQUNMLGNBQU0sRUFBRSxVQUFVQSxLQUFJLFNBQVMsRUFBRSxTQUFTLE9BQU8sRUFBRSxPQUFPLFFBQVEsQ0FBQyxFQUFFLE9BQU8sR0FBRyxRQUFRLEVBQUUsQ0FBQyxFQUFFO0FBQzVGLGVBQU8sS0FBSyxHQUFHO0FBQUEsTUFDakI7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDs7O0FDVE8sSUFBTSxlQUFOLE1BQXFDO0FBQUEsRUFTMUMsWUFBNkIsTUFBcUI7QUFBckI7QUFDM0IsU0FBSyxVQUFVLEtBQUs7QUFDcEIsU0FBSyxPQUFPLEtBQUs7QUFDakIsU0FBSyxTQUFTLFVBQVUsS0FBSyxRQUFRLFFBQVEsS0FBSyxRQUFRLFFBQVEsS0FBSyxRQUFRLFlBQVk7QUFDM0YsU0FBSyxNQUFNLEtBQUssT0FBTyxLQUFLO0FBQUEsRUFDOUI7QUFBQSxFQUw2QjtBQUFBLEVBUnBCO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUNUO0FBQUEsRUFDUztBQUFBO0FBQUEsRUFFVCxZQUFZO0FBQUEsRUFTcEIsSUFBSSxjQUFzQjtBQUN4QixXQUFPLEdBQUcsS0FBSyxRQUFRLElBQUksU0FBUyxLQUFLLElBQUksT0FBTyxLQUFLLEtBQUssVUFBVSxXQUFXO0FBQUEsRUFDckY7QUFBQSxFQUVBLElBQUksVUFBaUM7QUFDbkMsV0FBTyxLQUFLLFFBQVE7QUFBQSxFQUN0QjtBQUFBLEVBRUEsSUFBSSxrQkFBMEI7QUFDNUIsV0FBTyxLQUFLLE9BQU87QUFBQSxFQUNyQjtBQUFBLEVBRUEsSUFBSSxpQkFBcUQ7QUFDdkQsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsTUFBTSxXQUE0QztBQUNoRCxRQUFJLEtBQUssU0FBVSxRQUFPLEtBQUs7QUFDL0IsVUFBTSxNQUE4QixDQUFDO0FBQ3JDLGVBQVcsRUFBRSxPQUFPLE1BQU0sS0FBSyxLQUFLLFFBQVEsVUFBVTtBQUNwRCxZQUFNQyxTQUFRLE1BQU0sS0FBSyxLQUFLLE1BQU0sVUFBVSxNQUFNLFNBQVMsTUFBTSxLQUFLO0FBQ3hFLFlBQU0sSUFBSSxZQUFZQSxRQUFPLEdBQUcsS0FBSztBQUNyQyxVQUFJLE1BQU0sT0FBVyxLQUFJLEtBQUssSUFBSSxPQUFPLENBQUM7QUFBQSxJQUM1QztBQUNBLFNBQUssV0FBVztBQUNoQixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBTSxPQUE0QjtBQUNoQyxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFVBQU0sVUFBMEIsQ0FBQztBQUNqQyxVQUFNLFNBQXdCLENBQUM7QUFDL0IsUUFBSSxXQUFXO0FBQ2YsUUFBSSxDQUFDLEtBQUssWUFBWSxLQUFLLFFBQVEsU0FBUyxTQUFTLEdBQUc7QUFDdEQsVUFBSTtBQUNGO0FBQ0EsY0FBTSxLQUFLLFNBQVM7QUFBQSxNQUN0QixTQUFTLEtBQUs7QUFDWixlQUFPLEtBQUssR0FBa0I7QUFFOUIsYUFBSyxZQUFZO0FBQ2pCLGVBQU8sRUFBRSxTQUFTLFFBQVEsVUFBVSxZQUFZLEtBQUssSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUN2RTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFdBQVcsS0FBSyxZQUFZLENBQUM7QUFDbkMsZUFBVyxLQUFLLEtBQUssUUFBUTtBQUMzQjtBQUNBLFVBQUk7QUFDRixjQUFNQSxTQUFRLE1BQU0sS0FBSyxLQUFLLEVBQUUsVUFBVSxFQUFFLFNBQVMsRUFBRSxLQUFLO0FBQzVELGNBQU0sSUFBSSxLQUFLLElBQUk7QUFDbkIsbUJBQVcsRUFBRSxPQUFPLE9BQU8sS0FBSyxFQUFFLFFBQVE7QUFDeEMsZ0JBQU0sSUFBSSxZQUFZQSxRQUFPLFFBQVEsS0FBSztBQUMxQyxjQUFJLE1BQU0sT0FBVztBQUNyQixrQkFBUSxLQUFLO0FBQUEsWUFDWCxRQUFRLE1BQU07QUFBQSxZQUNkLFFBQVEsRUFBRSxHQUFHLE1BQU0sUUFBUSxHQUFHLFNBQVM7QUFBQSxZQUN2QyxPQUFPO0FBQUEsWUFDUCxRQUFRO0FBQUEsVUFDVixDQUFDO0FBQUEsUUFDSDtBQUFBLE1BQ0YsU0FBUyxLQUFLO0FBQ1osZUFBTyxLQUFLLEdBQWtCO0FBRTlCLFlBQUssSUFBb0IsU0FBUyxtQkFBb0I7QUFBQSxNQUN4RDtBQUFBLElBQ0Y7QUFDQSxTQUFLLFlBQVksUUFBUSxTQUFTLEtBQUssT0FBTyxXQUFXO0FBQ3pELFdBQU8sRUFBRSxTQUFTLFFBQVEsVUFBVSxZQUFZLEtBQUssSUFBSSxJQUFJLFFBQVE7QUFBQSxFQUN2RTtBQUFBLEVBRUEsTUFBYyxLQUFLQyxLQUEyQkMsVUFBaUIsT0FBa0M7QUFDL0YsVUFBTSxRQUFRLEtBQUssWUFBWSxLQUFLLEtBQUssS0FBSyxXQUFXLEtBQUs7QUFDOUQsYUFBUyxJQUFJLEtBQUssS0FBSztBQUNyQixVQUFJO0FBQ0YsZUFBTyxNQUFNLEtBQUssS0FBSyxVQUFVLEtBQUtELEtBQUksS0FBSyxNQUFNQyxVQUFTLE9BQU8sS0FBSyxLQUFLLFNBQVM7QUFBQSxNQUMxRixTQUFTLEtBQUs7QUFDWixZQUFJLEtBQUssU0FBVSxJQUFvQixTQUFTLG1CQUFvQixPQUFNO0FBQUEsTUFDNUU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxRQUF1QjtBQUFBLEVBQUM7QUFDaEM7OztBQzFHTyxJQUFNLGNBQU4sY0FBMEIsZ0JBQWdCO0FBRWpEO0FBRU8sSUFBTSxjQUFOLGNBQTBCLGdCQUFnQjtBQUVqRDtBQVdBLFNBQVMsS0FBSyxHQUFVLE9BQXdCO0FBQzlDLE1BQUksRUFBRSxTQUFTO0FBQ2IsV0FBTyxrQkFBa0IsRUFBRSxRQUFRLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxLQUFLLFVBQVUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDakYsTUFBSSxFQUFFLFNBQVMsa0JBQWtCLFVBQVUsT0FBVyxRQUFPO0FBQzdELFNBQU8sRUFBRTtBQUNYO0FBR08sU0FBUyxnQkFBZ0IsUUFBMEIsT0FBd0I7QUFDaEYsU0FBTyxPQUNKLElBQUksQ0FBQyxNQUFNO0FBQ1YsVUFBTSxPQUFPLEVBQUUsS0FBSyxTQUFTLEVBQUUsS0FBSyxJQUFJLE1BQU0sRUFBRSxLQUFLLEdBQUcsSUFBSTtBQUM1RCxRQUFJLFFBQWlCO0FBQ3JCLGVBQVcsS0FBSyxFQUFFO0FBQ2hCLGNBQVEsU0FBUyxPQUFPLFVBQVUsV0FBWSxNQUF1QyxDQUFDLElBQUk7QUFDNUYsVUFBTSxRQUFRLFVBQVUsU0FBWSxZQUFZLEtBQUssVUFBVSxLQUFLO0FBQ3BFLFFBQUksRUFBRSxTQUFTLG9CQUFxQixRQUFPLE9BQU8sSUFBSSxLQUFLLEtBQUssR0FBRyxLQUFLLENBQUM7QUFDekUsV0FBTyxPQUFPLElBQUksS0FBSyxLQUFLLEdBQUcsS0FBSyxDQUFDLFlBQVksU0FBUyxNQUFNLFNBQVMsS0FBSyxHQUFHLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxRQUFRLEtBQUs7QUFBQSxFQUNsSCxDQUFDLEVBQ0EsS0FBSyxJQUFJO0FBQ2Q7OztBQzNCTyxTQUFTLGFBQ2QsU0FDQSxTQUNBLFNBQ0EsT0FDQSxjQUNBLFFBQ0EsT0FDUTtBQUNSLFFBQU0sV0FBVyxvQkFBSSxJQUE0QjtBQUNqRCxhQUFXLEtBQUssU0FBUztBQUN2QixRQUFJLE1BQU0sU0FBUyxJQUFJLEVBQUUsTUFBTTtBQUMvQixRQUFJLENBQUMsS0FBSztBQUNSLFlBQU0sQ0FBQztBQUNQLGVBQVMsSUFBSSxFQUFFLFFBQVEsR0FBRztBQUFBLElBQzVCO0FBQ0EsUUFBSSxLQUFLO0FBQUEsTUFDUCxNQUFNLEVBQUU7QUFBQSxNQUNSLFFBQVEsUUFBUSxFQUFFLEdBQUcsU0FBUyxHQUFHLEVBQUUsT0FBTyxDQUFDO0FBQUEsTUFDM0MsT0FBTyxFQUFFO0FBQUEsTUFDVCxXQUFXLEVBQUUsU0FBUztBQUFBLElBQ3hCLENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxXQUEyQixDQUFDO0FBQ2xDLGFBQVcsS0FBSyxTQUFTO0FBQ3ZCLFVBQU0sTUFBTSxTQUFTLElBQUksRUFBRSxJQUFJO0FBQy9CLFFBQUksQ0FBQyxPQUFPLElBQUksV0FBVyxFQUFHO0FBQzlCLFFBQUksRUFBRSxTQUFTLFVBQVcsWUFBVyxLQUFLLElBQUssR0FBRSxPQUFPLEdBQUcsRUFBRSxJQUFJO0FBQ2pFLFVBQU0sTUFBb0IsRUFBRSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxTQUFTLElBQUk7QUFDckUsUUFBSSxFQUFFLEtBQU0sS0FBSSxPQUFPLEVBQUU7QUFDekIsUUFBSSxFQUFFLEtBQU0sS0FBSSxPQUFPLEVBQUU7QUFDekIsYUFBUyxLQUFLLEdBQUc7QUFBQSxFQUNuQjtBQUNBLFFBQU0sS0FBSyxTQUFTO0FBQ3BCLFFBQU0sT0FBTyxRQUFRLEVBQUUsR0FBRyxTQUFTLEdBQUcsYUFBYSxDQUFDO0FBQ3BELFFBQU0sSUFBSSxDQUNSLE1BQ0EsTUFDQSxPQUNBLE9BQTRCLFNBQzVCLFNBQ2lCO0FBQ2pCLFVBQU0sTUFBb0I7QUFBQSxNQUN4QjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQSxTQUFTLENBQUMsRUFBRSxNQUFNLFNBQVMsWUFBWSxHQUFHLElBQUksV0FBVyxNQUFNLFFBQVEsTUFBTSxPQUFPLFdBQVcsR0FBRyxDQUFDO0FBQUEsSUFDckc7QUFDQSxRQUFJLEtBQU0sS0FBSSxPQUFPO0FBQ3JCLFdBQU87QUFBQSxFQUNUO0FBQ0EsV0FBUztBQUFBLElBQ1A7QUFBQSxNQUNFO0FBQUEsTUFDQTtBQUFBLE1BQ0EsTUFBTSxLQUFLLElBQUk7QUFBQSxJQUNqQjtBQUFBLElBQ0E7QUFBQSxNQUNFO0FBQUEsTUFDQTtBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQ047QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLElBQ0EsRUFBRSxtQ0FBbUMsbUNBQW1DLE1BQU0sUUFBUTtBQUFBLElBQ3RGLEVBQUUsMkJBQTJCLGtDQUFrQyxNQUFNLFlBQVksU0FBUztBQUFBLElBQzFGO0FBQUEsTUFDRTtBQUFBLE1BQ0E7QUFBQSxNQUNBLE1BQU07QUFBQSxNQUNOO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU87QUFDVCxhQUFTO0FBQUEsTUFDUDtBQUFBLFFBQ0U7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNO0FBQUEsUUFDTjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsTUFDQTtBQUFBLFFBQ0U7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNO0FBQUEsUUFDTjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsTUFDQTtBQUFBLFFBQ0U7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNO0FBQUEsUUFDTjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsTUFDQTtBQUFBLFFBQ0U7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNO0FBQUEsUUFDTjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLFVBQVUsUUFBUTtBQUMzQjtBQUVBLFNBQVMsUUFBUSxLQUEwRTtBQUN6RixTQUFPLE9BQU8sS0FBSyxHQUFHLEVBQ25CLEtBQUssRUFDTCxJQUFJLENBQUMsVUFBVSxFQUFFLE1BQU0sT0FBTyxJQUFJLElBQUksRUFBRyxFQUFFO0FBQ2hEOzs7QUM5SEEsU0FBUyxnQkFBQUMscUJBQW9CO0FBQzdCLFNBQVMsZUFBcUQ7OztBQ0Q5RDtBQUFBLEVBQ0U7QUFBQSxFQUNBO0FBQUEsRUFDQSxhQUFBQztBQUFBLEVBQ0E7QUFBQSxFQUNBLGVBQUFDO0FBQUEsRUFDQSxnQkFBQUM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsT0FDSztBQUNQLFNBQVMsWUFBWTtBQUNyQixTQUFTLGFBQWE7QUFJdEIsSUFBTSxRQUFRLElBQUksSUFBSSxJQUFJLElBQUk7OztBREl2QixJQUFNLGdCQUFOLE1BQW9CO0FBQUEsRUFnQnpCLFlBQTZCLE1BQXdCO0FBQXhCO0FBQzNCLFNBQUssU0FBUyxLQUFLLFVBQVU7QUFDN0IsU0FBSyxPQUFPLEtBQUssY0FBYztBQUMvQixTQUFLLFNBQVMsS0FBSyxJQUFJLEtBQUssUUFBUSxLQUFLLE9BQU8sRUFBRTtBQUNsRCxTQUFLLFFBQVEsRUFBRSxHQUFHLEtBQUssTUFBTTtBQUM3QixVQUFNLFdBQTJCO0FBQUEsTUFDL0IsVUFBVSxLQUFLO0FBQUEsTUFDZixpQkFBaUI7QUFBQSxNQUNqQixPQUFPO0FBQUEsTUFDUCxpQkFBaUI7QUFBQSxNQUNqQixnQkFBZ0I7QUFBQSxNQUNoQixNQUFNO0FBQUEsUUFDSixPQUFPLEtBQUs7QUFBQSxRQUNaLFNBQVMsT0FBTyxLQUFLLEtBQUssVUFBVSxFQUFFLEdBQUcsS0FBSyxPQUFPLE9BQU8sVUFBVSxDQUFDLENBQUM7QUFBQSxRQUN4RSxLQUFLO0FBQUEsUUFDTCxRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssU0FBVSxVQUFTLFdBQVcsS0FBSztBQUM1QyxRQUFJLEtBQUssU0FBVSxVQUFTLFdBQVcsS0FBSztBQUM1QyxRQUFJLEtBQUssS0FBSztBQUNaLFVBQUksS0FBSyxJQUFJLEdBQUksVUFBUyxLQUFLQyxjQUFhLEtBQUssSUFBSSxFQUFFO0FBQ3ZELFVBQUksS0FBSyxJQUFJLEtBQU0sVUFBUyxPQUFPQSxjQUFhLEtBQUssSUFBSSxJQUFJO0FBQzdELFVBQUksS0FBSyxJQUFJLElBQUssVUFBUyxNQUFNQSxjQUFhLEtBQUssSUFBSSxHQUFHO0FBQzFELGVBQVMscUJBQXFCLEtBQUssSUFBSSxzQkFBc0I7QUFBQSxJQUMvRDtBQUNBLFNBQUssU0FBUyxRQUFRLEtBQUssS0FBSyxRQUFRO0FBQ3hDLFNBQUssT0FBTyxHQUFHLFdBQVcsTUFBTTtBQUM5QixXQUFLLE9BQU87QUFBQSxRQUNWLEVBQUUsUUFBUSxLQUFLLElBQUk7QUFBQSxRQUNuQixLQUFLLGdCQUFnQiwwQkFBMEI7QUFBQSxNQUNqRDtBQUNBLFdBQUssZ0JBQWdCO0FBQ3JCLFdBQUssYUFBYTtBQUNsQixVQUFJLEtBQUssV0FBVyxPQUFRLE1BQUssT0FBTyxVQUFVLEtBQUssV0FBVyxFQUFFLEtBQUssRUFBRSxDQUFDO0FBQzVFLFdBQUssS0FBSztBQUFBLElBQ1osQ0FBQztBQUNELFNBQUssT0FBTyxHQUFHLFdBQVcsQ0FBQyxPQUFPLFlBQVksS0FBSyxZQUFZLE9BQU8sT0FBTyxDQUFDO0FBQzlFLFNBQUssT0FBTztBQUFBLE1BQUc7QUFBQSxNQUFXLE1BQ3hCLEtBQUssT0FBTyxLQUFLLEVBQUUsUUFBUSxLQUFLLElBQUksR0FBRyxxREFBcUQ7QUFBQSxJQUM5RjtBQUNBLFNBQUssT0FBTztBQUFBLE1BQUc7QUFBQSxNQUFTLENBQUMsUUFDdkIsS0FBSyxPQUFPLEtBQUssRUFBRSxRQUFRLEtBQUssS0FBSyxLQUFLLElBQUksUUFBUSxHQUFHLHlCQUF5QjtBQUFBLElBQ3BGO0FBQUEsRUFDRjtBQUFBLEVBNUM2QjtBQUFBLEVBZlo7QUFBQSxFQUNULGdCQUFnQjtBQUFBLEVBQ2hCLFdBQVc7QUFBQSxFQUNYO0FBQUEsRUFDQSxhQUFhLEtBQUssSUFBSTtBQUFBLEVBQ3RCO0FBQUEsRUFDQTtBQUFBLEVBQ1M7QUFBQSxFQUNBO0FBQUEsRUFDVCxVQUFVO0FBQUEsRUFDVixlQUErQixDQUFDO0FBQUEsRUFDeEMsWUFBWTtBQUFBLEVBQ1osUUFBUTtBQUFBLEVBQ1IsU0FBUztBQUFBLEVBZ0RULElBQUksWUFBcUI7QUFDdkIsV0FBTyxLQUFLLE9BQU87QUFBQSxFQUNyQjtBQUFBO0FBQUEsRUFHQSxJQUFJLFdBQW1CO0FBQ3JCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsU0FBUyxRQUFpQyxVQUFVLE9BQWE7QUFDL0QsU0FBSyxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssS0FBSyxPQUFPLEdBQUcsT0FBTyxJQUFJLEVBQUUsR0FBRyxLQUFLLE9BQU8sR0FBRyxPQUFPO0FBQ3RGLFFBQUksS0FBSyxPQUFPLFVBQVcsTUFBSyxhQUFhO0FBQUEsRUFDL0M7QUFBQSxFQUVBLElBQUksZ0JBQXlDO0FBQzNDLFdBQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxPQUFPLFNBQVM7QUFBQSxFQUMxQztBQUFBLEVBRVEsZUFBcUI7QUFDM0IsU0FBSyxPQUFPO0FBQUEsTUFDVixLQUFLLEtBQUs7QUFBQSxNQUNWLEtBQUssVUFBVSxFQUFFLEdBQUcsS0FBSyxPQUFPLE9BQU8sVUFBVSxRQUFPLG9CQUFJLEtBQUssR0FBRSxZQUFZLEVBQUUsQ0FBQztBQUFBLE1BQ2xGLEVBQUUsS0FBSyxHQUFHLFFBQVEsS0FBSztBQUFBLElBQ3pCO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxRQUFRLE9BQWUsU0FBaUIsU0FBdUI7QUFDN0QsUUFBSSxLQUFLLEtBQUssT0FBTztBQUNuQixXQUFLLEtBQUssTUFBTSxPQUFPLE9BQU8sU0FBUyxPQUFPO0FBQzlDLFdBQUssS0FBSztBQUNWO0FBQUEsSUFDRjtBQUNBLFNBQUs7QUFDTCxTQUFLLE9BQU8sUUFBUSxPQUFPLFNBQVMsRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLFFBQVE7QUFDdkQsVUFBSSxJQUFLLE1BQUs7QUFBQSxVQUNULE1BQUs7QUFBQSxJQUNaLENBQUM7QUFBQSxFQUNIO0FBQUE7QUFBQSxFQUdBLFFBQVEsT0FBZSxTQUFnQztBQUNyRCxTQUFLO0FBQ0wsV0FBTyxJQUFJLFFBQVEsQ0FBQ0MsVUFBUyxXQUFXO0FBQ3RDLFdBQUssT0FBTyxRQUFRLE9BQU8sU0FBUyxFQUFFLEtBQUssRUFBRSxHQUFHLENBQUMsUUFBUTtBQUN2RCxZQUFJLEtBQUs7QUFDUCxlQUFLO0FBQ0wsaUJBQU8sR0FBRztBQUFBLFFBQ1osT0FBTztBQUNMLGVBQUs7QUFDTCxVQUFBQSxTQUFRO0FBQUEsUUFDVjtBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVRLFNBQWU7QUFDckIsVUFBTSxJQUFJLEtBQUssSUFBSTtBQUNuQixVQUFNLFFBQVEsS0FBSyxJQUFJLEtBQUssUUFBUSxLQUFLLE9BQU8sRUFBRTtBQUNsRCxTQUFLLFNBQVMsS0FBSyxJQUFJLE9BQU8sS0FBSyxVQUFXLElBQUksS0FBSyxjQUFjLEtBQUssT0FBUSxHQUFJO0FBQ3RGLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUEsRUFFUSxPQUFhO0FBQ25CLFVBQU0sSUFBSSxLQUFLLEtBQUs7QUFDcEIsUUFBSSxDQUFDLEtBQUssS0FBSyxRQUFTO0FBQ3hCLFNBQUssT0FBTztBQUNaLFdBQU8sS0FBSyxPQUFPLGFBQWEsS0FBSyxXQUFXLEtBQUssVUFBVSxLQUFLLFVBQVUsR0FBRztBQUMvRSxZQUFNLElBQUksRUFBRSxLQUFLO0FBQ2pCLFVBQUksQ0FBQyxFQUFHO0FBQ1IsV0FBSztBQUNMLFdBQUs7QUFDTCxXQUFLO0FBQ0wsV0FBSyxPQUFPLFFBQVEsRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxHQUFHLENBQUMsUUFBUTtBQUMzRCxhQUFLO0FBQ0wsWUFBSSxLQUFLO0FBRVAsZUFBSztBQUFBLFFBQ1AsT0FBTztBQUNMLGVBQUs7QUFDTCxZQUFFLElBQUksRUFBRSxHQUFHO0FBQUEsUUFDYjtBQUNBLFlBQUksS0FBSyxhQUFhLEtBQUssRUFBRSxXQUFXLEVBQUcsWUFBVyxLQUFLLEtBQUssYUFBYSxPQUFPLENBQUMsRUFBRyxHQUFFO0FBQzFGLGFBQUssS0FBSztBQUFBLE1BQ1osQ0FBQztBQUFBLElBQ0g7QUFDQSxRQUFJLEVBQUUsU0FBUyxLQUFLLEtBQUssT0FBTyxhQUFhLEtBQUssV0FBVyxLQUFLLFVBQVUsQ0FBQyxLQUFLLGFBQWE7QUFFN0YsV0FBSyxjQUFjO0FBQUEsUUFDakIsTUFBTTtBQUNKLGVBQUssY0FBYztBQUNuQixlQUFLLEtBQUs7QUFBQSxRQUNaO0FBQUEsUUFDQSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssTUFBTyxLQUFLLElBQUksQ0FBQztBQUFBLE1BQ3pDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsUUFBUSxXQUFxQztBQUMzQyxVQUFNLElBQUksS0FBSyxLQUFLO0FBQ3BCLFFBQUksQ0FBQyxLQUFNLEVBQUUsV0FBVyxLQUFLLEtBQUssYUFBYSxFQUFJLFFBQU8sUUFBUSxRQUFRLElBQUk7QUFDOUUsV0FBTyxJQUFJLFFBQVEsQ0FBQ0EsYUFBWTtBQUM5QixZQUFNLElBQUksV0FBVyxNQUFNQSxTQUFRLEtBQUssR0FBRyxTQUFTO0FBQ3BELFdBQUssYUFBYSxLQUFLLE1BQU07QUFDM0IscUJBQWEsQ0FBQztBQUNkLFFBQUFBLFNBQVEsSUFBSTtBQUFBLE1BQ2QsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFDM0IsVUFBTSxLQUFLLFFBQVEsS0FBSyxPQUFPLFlBQVksTUFBTyxDQUFDO0FBQ25ELFNBQUssVUFBVTtBQUNmLGlCQUFhLEtBQUssV0FBVztBQUM3QixRQUFJLEtBQUssT0FBTyxXQUFXO0FBQ3pCLFlBQU0sSUFBSTtBQUFBLFFBQWMsQ0FBQ0EsYUFDdkIsS0FBSyxPQUFPO0FBQUEsVUFDVixLQUFLLEtBQUs7QUFBQSxVQUNWLEtBQUssVUFBVSxFQUFFLEdBQUcsS0FBSyxPQUFPLE9BQU8sVUFBVSxDQUFDO0FBQUEsVUFDbEQsRUFBRSxLQUFLLEdBQUcsUUFBUSxLQUFLO0FBQUEsVUFDdkIsTUFBTUEsU0FBUTtBQUFBLFFBQ2hCO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFFQSxVQUFNLEtBQUssT0FBTyxTQUFTLElBQUk7QUFBQSxFQUNqQztBQUNGOzs7QUUzTU8sSUFBTSxnQkFBZ0I7QUFnRjdCLFNBQVMsU0FBUyxLQUF3QixLQUEyQjtBQUNuRSxNQUFJLElBQUksT0FBUSxRQUFPLElBQUk7QUFDM0IsTUFBSSxDQUFDLElBQUksV0FBVyxDQUFDLElBQUk7QUFDdkIsVUFBTSxJQUFJLFlBQVksa0JBQWtCLFVBQVUsSUFBSSxJQUFJLG1EQUFtRDtBQUMvRyxTQUFPLElBQUksYUFBYTtBQUFBLElBQ3RCLFNBQVMsSUFBSTtBQUFBLElBQ2IsV0FBVyxJQUFJO0FBQUEsSUFDZixNQUFNLElBQUksUUFBUTtBQUFBLElBQ2xCLFdBQVcsSUFBSSxhQUFhO0FBQUEsSUFDNUIsU0FBUyxJQUFJLFdBQVc7QUFBQSxJQUN4QjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRU8sU0FBUyxlQUFlLFFBQWdDO0FBQzdELFFBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSztBQUMvQixRQUFNLE1BQU0sT0FBTztBQUNuQixRQUFNLFFBQVEsT0FBTyxRQUFRLENBQUM7QUFDOUIsTUFBSSxDQUFDLFNBQVMsQ0FBQyxPQUFPLEtBQU0sT0FBTSxJQUFJLE1BQU0scUNBQXFDO0FBQ2pGLFFBQU0sWUFBWSxnQkFBZ0IsT0FBTyxRQUFRLE1BQU8sSUFBSTtBQUM1RCxRQUFNLGNBQWMsU0FBUyxXQUFXLFFBQVE7QUFDaEQsTUFBSSxXQUFXLE9BQU8sa0JBQWtCO0FBQ3hDLE1BQUksVUFBVSxPQUFPO0FBQ3JCLFFBQU0sYUFBeUIsRUFBRSxZQUFZLEdBQUcsaUJBQWlCLEdBQUcsZ0JBQWdCLEdBQUcsVUFBVSxFQUFFO0FBQ25HLFFBQU0sUUFBUSxPQUFPO0FBQUEsSUFDbkIsT0FBTztBQUFBLElBQ1AsU0FBUztBQUFBLElBQ1QsU0FBUyxRQUFRLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUFBLElBQ2xDLGdCQUFnQjtBQUFBLEVBQ2xCO0FBQ0EsTUFBSSxhQUE0QixRQUFRLFFBQVE7QUFDaEQsTUFBSSxpQkFBaUI7QUFDckIsUUFBTSxZQUFZLElBQUksY0FBYztBQUFBLElBQ2xDLEtBQUssT0FBTyxPQUFPO0FBQUEsSUFDbkIsVUFBVSxPQUFPLE9BQU8sWUFBWSxtQkFBbUIsaUJBQWlCLFNBQVMsRUFBRSxXQUFXLEtBQUssR0FBRyxDQUFDO0FBQUEsSUFDdkcsVUFBVSxPQUFPLE9BQU87QUFBQSxJQUN4QixVQUFVLE9BQU8sT0FBTztBQUFBLElBQ3hCLEtBQUssT0FBTyxPQUFPO0FBQUEsSUFDbkIsWUFBWSxTQUFTLFdBQVcsT0FBTztBQUFBLElBQ3ZDLE9BQU8sTUFBTTtBQUFBLElBQ2IsUUFBUTtBQUFBLElBQ1IsT0FBTyxPQUFPO0FBQUEsSUFDZCxZQUFZLE9BQU87QUFBQSxJQUNuQixXQUFXLE9BQU8sY0FBYyxDQUFDLFdBQVcsSUFBSSxDQUFDO0FBQUEsSUFDakQsV0FBVyxDQUFDLE9BQU8sWUFBWTtBQUM3QixVQUFJLFVBQVUsZUFBZSxRQUFRLFNBQVMsR0FBRztBQUMvQyxxQkFBYSxXQUFXLEtBQUssTUFBTSxlQUFlLE9BQU8sQ0FBQyxFQUFFLE1BQU0sTUFBTTtBQUFBLFFBQUMsQ0FBQztBQUFBLE1BQzVFO0FBQUEsSUFDRjtBQUFBLEVBQ0YsQ0FBQztBQUNELE1BQUksU0FBUztBQUNiLE1BQUksVUFBcUIsQ0FBQztBQUUxQixRQUFNLGlCQUFpQixPQUFPLFlBQW9CO0FBQ2hELFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxLQUFLLE1BQU0sUUFBUSxTQUFTLE1BQU0sQ0FBQztBQUFBLElBQzNDLFNBQVMsS0FBSztBQUNaLGFBQU8sa0JBQWtCLElBQUkscUJBQXNCLElBQWMsT0FBTyxFQUFFO0FBQUEsSUFDNUU7QUFDQSxVQUFNLE1BQU0sS0FBSztBQUNqQixRQUFJLE9BQU8sUUFBUSxZQUFZLENBQUMsT0FBTyxjQUFjLEdBQUcsS0FBSyxNQUFNO0FBQ2pFLGFBQU8sa0JBQWtCLElBQUksa0RBQWtELEtBQUssVUFBVSxHQUFHLENBQUMsR0FBRztBQUV2RyxRQUFJLE9BQU8sWUFBWSxRQUFRLGVBQWdCO0FBQy9DLFFBQUk7QUFDRixZQUFNLFFBQVEsTUFBTSxPQUFPLFlBQWEsSUFBSSxRQUFRLEdBQUc7QUFDdkQsWUFBTSxZQUFZLE1BQU0sU0FBUyxHQUFHO0FBQ3BDLFVBQUksS0FBSyxFQUFFLFVBQVUsS0FBSyxTQUFTLE1BQU0sUUFBUSxPQUFPLEdBQUcsOEJBQThCO0FBQUEsSUFDM0YsU0FBUyxLQUFLO0FBQ1osdUJBQWlCO0FBQ2pCLHdCQUFrQixLQUFLLG1CQUFtQixHQUFHLENBQUM7QUFBQSxJQUNoRDtBQUFBLEVBQ0Y7QUFFQSxRQUFNLG9CQUFvQixDQUFDLEtBQWEsWUFBb0I7QUFDMUQsUUFBSSxLQUFLLEVBQUUsVUFBVSxLQUFLLEtBQUssUUFBUSxHQUFHLHlEQUF5RDtBQUNuRyxjQUFVLFNBQVMsRUFBRSxHQUFHLE1BQU0sR0FBRyxhQUFhLEVBQUUsVUFBVSxLQUFLLFFBQVEsRUFBRSxHQUFHLElBQUk7QUFBQSxFQUNsRjtBQUVBLFFBQU0sV0FBVyxPQUFPLE1BQWU7QUFDckMsVUFBTSxNQUFNLE1BQU0sRUFBRSxPQUFPLEtBQUs7QUFDaEMsTUFBRSxNQUFNO0FBQ1IsTUFBRSxNQUFNLGVBQWUsSUFBSSxPQUFPO0FBQ2xDLE1BQUUsTUFBTSxLQUFLLElBQUksT0FBTyxXQUFXO0FBQ25DLE1BQUUsTUFBTSxzQkFBc0IsSUFBSSxhQUFhO0FBQy9DLE1BQUUsTUFBTSxXQUFXLElBQUk7QUFDdkIsTUFBRSxXQUFXLElBQUksUUFBUSxXQUFXLEtBQUssSUFBSSxPQUFPLFNBQVMsSUFBSSxFQUFFLFdBQVcsSUFBSTtBQUNsRixVQUFNLE1BQU0sSUFBSSxPQUFPLENBQUMsR0FBRyxXQUFXO0FBQ3RDLFFBQUksT0FBTyxRQUFRLEVBQUU7QUFDbkIsVUFBSSxLQUFLLEVBQUUsUUFBUSxFQUFFLElBQUksTUFBTSxNQUFNLElBQUksT0FBTyxDQUFDLEdBQUcsS0FBSyxHQUFHLEdBQUc7QUFDakUsUUFBSSxDQUFDLE9BQU8sRUFBRSxVQUFXLEtBQUksS0FBSyxFQUFFLFFBQVEsRUFBRSxJQUFJLEtBQUssR0FBRyxzQkFBc0I7QUFDaEYsTUFBRSxZQUFZO0FBQ2QsUUFBSSxFQUFFLFFBQVM7QUFDZixRQUFJLE9BQU8sT0FBTztBQUNoQixZQUFNLElBQUksT0FBTyxNQUFNLE1BQU07QUFDN0IsaUJBQVcsYUFBYSxFQUFFO0FBQzFCLGlCQUFXLGtCQUFrQixFQUFFO0FBQy9CLGlCQUFXLGlCQUFpQixFQUFFO0FBQUEsSUFDaEM7QUFDQSxlQUFXLFdBQVcsVUFBVTtBQUNoQyxVQUFNLFVBQVU7QUFBQSxNQUNkLEVBQUUsT0FBTztBQUFBLE1BQ1QsSUFBSTtBQUFBLE1BQ0osRUFBRSxJQUFJO0FBQUEsTUFDTixFQUFFO0FBQUEsTUFDRixFQUFFLE9BQU8sa0JBQWtCLENBQUM7QUFBQSxNQUM1QixJQUFJO0FBQUEsTUFDSjtBQUFBLElBQ0Y7QUFDQSxRQUFJO0FBQ0YsZ0JBQVUsUUFBUSxFQUFFLE9BQU8sU0FBUyxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQ3hELFNBQVMsS0FBSztBQUNaLFVBQUksTUFBTSxFQUFFLFFBQVEsRUFBRSxJQUFJLE1BQU0sS0FBTSxJQUFjLFFBQVEsR0FBRywwQkFBMEI7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFFQSxRQUFNLFFBQVEsQ0FBQyxRQUFvQztBQUNqRCxVQUFNLE9BQU8sZ0JBQWdCLElBQUksSUFBSTtBQUNyQyxVQUFNLElBQWE7QUFBQSxNQUNqQjtBQUFBLE1BQ0E7QUFBQSxNQUNBLE9BQU8sU0FBUyxNQUFNLFNBQVM7QUFBQSxNQUMvQixRQUFRLFNBQVMsS0FBSyxHQUFHO0FBQUEsTUFDekIsT0FBTyxFQUFFLElBQUksT0FBTyxxQkFBcUIsR0FBRyxVQUFVLEdBQUcsYUFBYSxHQUFHLFlBQVksRUFBRTtBQUFBLE1BQ3ZGLE9BQU87QUFBQSxNQUNQLFFBQVE7QUFBQSxNQUNSLFdBQVc7QUFBQSxNQUNYLFVBQVU7QUFBQSxNQUNWLFNBQVM7QUFBQSxJQUNYO0FBQ0EsUUFBSSxRQUFRLElBQUk7QUFDaEIsUUFBSSxPQUFPO0FBQ1gsVUFBTSxhQUFhLElBQUksZ0JBQWdCO0FBQ3ZDLFVBQU0sV0FBVyxNQUFNO0FBQ3JCLFVBQUksRUFBRSxRQUFTO0FBQ2YsWUFBTSxJQUFJLElBQUk7QUFDZCxVQUFJLEVBQUUsWUFBWSxHQUFHO0FBRW5CLGNBQU0sUUFBUSxLQUFLLElBQUksWUFBWSxJQUFJLGFBQWEsS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLFdBQVcsQ0FBQyxDQUFDO0FBQ3JGLGdCQUFRLElBQUk7QUFDWixlQUFPO0FBQ1AsVUFBRSxRQUFRLFdBQVcsTUFBTSxLQUFLO0FBQ2hDO0FBQUEsTUFDRjtBQUNBO0FBQ0EsVUFBSSxPQUFPLFFBQVEsT0FBTyxJQUFJO0FBQzlCLFVBQUksUUFBUSxHQUFHO0FBRWIsZ0JBQVEsS0FBSyxNQUFNLElBQUksUUFBUSxJQUFJLFVBQVU7QUFDN0MsZUFBTyxRQUFRLE9BQU8sSUFBSTtBQUFBLE1BQzVCO0FBQ0EsUUFBRSxRQUFRLFdBQVcsTUFBTSxPQUFPLENBQUM7QUFBQSxJQUNyQztBQUNBLFVBQU0sT0FBTyxNQUFNO0FBQ2pCLFFBQUUsU0FBUyxTQUFTLENBQUMsRUFDbEIsTUFBTSxDQUFDLFFBQWUsSUFBSSxNQUFNLEVBQUUsUUFBUSxFQUFFLElBQUksTUFBTSxLQUFLLElBQUksUUFBUSxHQUFHLDBCQUEwQixDQUFDLEVBQ3JHLFFBQVEsTUFBTTtBQUNiLFVBQUUsU0FBUztBQUNYLGlCQUFTO0FBQUEsTUFDWCxDQUFDO0FBQUEsSUFDTDtBQUNBLE1BQUUsUUFBUSxXQUFXLE1BQU0sQ0FBQztBQUM1QixXQUFPO0FBQUEsRUFDVDtBQUVBLFFBQU0sVUFBVSxPQUFPLE9BQWtCO0FBQ3ZDLGVBQVcsS0FBSyxJQUFJO0FBQ2xCLFFBQUUsVUFBVTtBQUNaLG1CQUFhLEVBQUUsS0FBSztBQUFBLElBQ3RCO0FBQ0EsVUFBTSxRQUFRLEtBQUs7QUFBQSxNQUNqQixRQUFRLFdBQVcsR0FBRyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUFBLE1BQzFDLElBQUksUUFBUSxDQUFDLFFBQVEsV0FBVyxLQUFLLEdBQUksQ0FBQztBQUFBLElBQzVDLENBQUM7QUFDRCxlQUFXLEtBQUssR0FBSSxPQUFNLEVBQUUsT0FBTyxNQUFNLEVBQUUsTUFBTSxNQUFNO0FBQUEsSUFBQyxDQUFDO0FBQ3pELFVBQU0sYUFBYSxJQUFJLElBQUksR0FBRyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxFQUFFLE9BQU8sQ0FBQyxNQUFNLE1BQU0sTUFBUyxDQUFDO0FBQ3hGLGVBQVcsS0FBSyxXQUFZLE9BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxNQUFNO0FBQUEsSUFBQyxDQUFDO0FBQUEsRUFDNUQ7QUFFQSxRQUFNLGNBQWMsT0FBTyxNQUEyQixRQUFnQjtBQUNwRSxRQUFJLE9BQVE7QUFDWixVQUFNLE1BQU07QUFDWixjQUFVLENBQUM7QUFDWCxVQUFNLFFBQVEsR0FBRztBQUNqQixjQUFVO0FBQ1YsZUFBVztBQUNYLGNBQVUsS0FBSyxJQUFJLEtBQUs7QUFDeEIsY0FBVSxTQUFTLE1BQU0sR0FBRyxJQUFJO0FBQUEsRUFDbEM7QUFFQSxZQUFVLFFBQVEsSUFBSSxLQUFLO0FBRTNCLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxJQUFJLGlCQUFpQjtBQUNuQixhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsT0FBTyxNQUNMLFFBQVEsSUFBSSxDQUFDLE9BQU87QUFBQSxNQUNsQixNQUFNLEVBQUUsSUFBSTtBQUFBLE1BQ1osT0FBTyxFQUFFLE1BQU07QUFBQSxNQUNmLFFBQVEsRUFBRSxNQUFNO0FBQUEsTUFDaEIsSUFBSSxFQUFFLE1BQU07QUFBQSxNQUNaLFVBQVUsRUFBRTtBQUFBLElBQ2QsRUFBRTtBQUFBLElBQ0osYUFBYSxDQUFDLE1BQU0sUUFBUTtBQUMxQixZQUFNLElBQUksV0FBVyxLQUFLLE1BQU0sWUFBWSxNQUFNLEdBQUcsQ0FBQztBQUN0RCxtQkFBYSxFQUFFLE1BQU0sTUFBTTtBQUFBLE1BQUMsQ0FBQztBQUM3QixhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsTUFBTSxRQUFRO0FBQ1osZUFBUztBQUNULFlBQU07QUFDTixZQUFNLFFBQVEsT0FBTztBQUNyQixZQUFNLFVBQVUsTUFBTTtBQUN0QixhQUFPLE9BQU8sTUFBTTtBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxtQkFBbUIsS0FBc0I7QUFDaEQsUUFBTSxJQUFJO0FBQ1YsUUFBTSxRQUFRLEVBQUUsU0FBUyxTQUFTLENBQUM7QUFDbkMsTUFBSSxNQUFPLFFBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLE1BQU0sT0FBTztBQUM3RCxRQUFNLElBQUksY0FBYyxLQUFLLEVBQUUsV0FBVyxFQUFFO0FBQzVDLFNBQU8sSUFBSSxDQUFDLEtBQUssRUFBRSxXQUFXLE9BQU8sR0FBRztBQUMxQzs7O0FDdlVBLE9BQU8sa0JBQWtCO0FBS3pCLElBQU0sZUFBZTtBQThCckIsSUFBZSxrQkFBZixNQUEwRDtBQUFBLEVBRTlDO0FBQUEsRUFDRixRQUEwQixRQUFRLFFBQVE7QUFBQSxFQUMxQztBQUFBLEVBQ0EsZ0JBQWdCO0FBQUEsRUFDaEIsWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBO0FBQUEsRUFFUCxlQUFlO0FBQUEsRUFDakIsZUFBZTtBQUFBO0FBQUEsRUFFdkIsV0FBVztBQUFBLEVBQ1gsWUFBWTtBQUFBLEVBSVosS0FDRUMsS0FDQSxNQUNBQyxVQUNBLE9BQ0EsV0FDbUI7QUFDbkIsVUFBTSxNQUFNLFlBQVk7QUFDdEIsWUFBTSxJQUFJLE1BQU0sS0FBSyxRQUFRO0FBQzdCLFlBQU0sT0FBTyxLQUFLLGVBQWUsS0FBSyxlQUFlLFlBQVksSUFBSTtBQUNyRSxVQUFJLE9BQU8sRUFBRyxPQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLElBQUksQ0FBQztBQUMxRCxRQUFFLE1BQU0sSUFBSTtBQUNaLFFBQUUsV0FBVyxTQUFTO0FBQ3RCLFlBQU0sS0FBSyxZQUFZLElBQUk7QUFDM0IsVUFBSTtBQUNGLGNBQU0sSUFDSkQsUUFBTyxVQUNILE1BQU0sRUFBRSxtQkFBbUJDLFVBQVMsS0FBSyxJQUN6QyxNQUFNLEVBQUUscUJBQXFCQSxVQUFTLEtBQUs7QUFDakQsZUFBTyxFQUFFO0FBQUEsTUFDWCxTQUFTLEtBQUs7QUFDWixjQUFNLEtBQUssU0FBUyxLQUFLRCxLQUFJLE1BQU1DLFVBQVMsT0FBTyxTQUFTO0FBQUEsTUFDOUQsVUFBRTtBQUNBLGFBQUssZUFBZSxZQUFZLElBQUk7QUFDcEMsYUFBSztBQUNMLGFBQUssYUFBYSxLQUFLLGVBQWU7QUFBQSxNQUN4QztBQUFBLElBQ0Y7QUFDQSxVQUFNLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxHQUFHO0FBQ2xDLFNBQUssUUFBUSxFQUFFLE1BQU0sTUFBTTtBQUFBLElBQUMsQ0FBQztBQUM3QixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsU0FDTixLQUNBRCxLQUNBLE1BQ0FDLFVBQ0EsT0FDQSxXQUNhO0FBQ2IsVUFBTSxJQUFJO0FBQ1YsVUFBTSxPQUFPLEdBQUdELFFBQU8sVUFBVSxTQUFTLE1BQU0sU0FBUyxJQUFJLGNBQWNDLFNBQVEsU0FBUyxFQUFFLEVBQUUsWUFBWSxDQUFDLFVBQVUsS0FBSyxPQUFPLEtBQUssV0FBVztBQUNuSixRQUFJLEVBQUUsZUFBZSxRQUFXO0FBQzlCLGFBQU8sSUFBSTtBQUFBLFFBQ1Q7QUFBQSxRQUNBLEdBQUcsSUFBSSwrQkFBK0IsRUFBRSxVQUFVLEtBQUssRUFBRSxPQUFPO0FBQUEsUUFDaEUsRUFBRSxPQUFPLElBQUk7QUFBQSxNQUNmO0FBQUEsSUFDRjtBQUNBLFFBQ0UsRUFBRSxTQUFTLDhCQUNYLEVBQUUsVUFBVSxlQUNaLGFBQWEsS0FBSyxFQUFFLFdBQVcsRUFBRSxHQUNqQztBQUNBLGFBQU8sSUFBSTtBQUFBLFFBQ1Q7QUFBQSxRQUNBLEdBQUcsSUFBSSxzQkFBc0IsU0FBUztBQUFBLFFBQ3RDLEVBQUUsT0FBTyxJQUFJO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFFQSxTQUFLLEtBQUs7QUFDVixXQUFPLElBQUksWUFBWSxrQkFBa0IsR0FBRyxJQUFJLEtBQUssRUFBRSxXQUFXLE9BQU8sR0FBRyxDQUFDLElBQUksRUFBRSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQ2pHO0FBQUEsRUFFQSxNQUFjLFVBQTJCO0FBQ3ZDLFFBQUksS0FBSyxPQUFRLE9BQU0sSUFBSSxZQUFZLGtCQUFrQixHQUFHLEtBQUssV0FBVyxZQUFZO0FBQ3hGLFFBQUksS0FBSyxRQUFRLE9BQVEsUUFBTyxLQUFLO0FBQ3JDLFFBQUksS0FBSyxXQUFZLFFBQU8sS0FBSztBQUNqQyxVQUFNLE9BQU8sS0FBSyxnQkFBZ0IsS0FBSyxJQUFJO0FBQzNDLFFBQUksT0FBTztBQUNULFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBLEdBQUcsS0FBSyxXQUFXLHFCQUFxQixJQUFJO0FBQUEsTUFDOUM7QUFDRixTQUFLLGNBQWMsWUFBWTtBQUM3QixZQUFNLElBQUksSUFBSSxhQUFhO0FBQzNCLFVBQUk7QUFDRixjQUFNLEtBQUssS0FBSyxDQUFDO0FBQ2pCLGFBQUssU0FBUztBQUNkLGFBQUssWUFBWTtBQUNqQixlQUFPO0FBQUEsTUFDVCxTQUFTLEtBQUs7QUFDWixhQUFLLFlBQVksS0FBSyxJQUFJLEtBQVEsS0FBSyxZQUFZLEtBQUssWUFBWSxJQUFJLEdBQUc7QUFDM0UsYUFBSyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksS0FBSztBQUN2QyxjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQSxxQkFBcUIsS0FBSyxXQUFXLEtBQU0sSUFBYyxPQUFPLGlCQUFpQixLQUFLLFNBQVM7QUFBQSxVQUMvRixFQUFFLE9BQU8sSUFBSTtBQUFBLFFBQ2Y7QUFBQSxNQUNGLFVBQUU7QUFDQSxhQUFLLGFBQWE7QUFBQSxNQUNwQjtBQUFBLElBQ0YsR0FBRztBQUNILFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVRLE9BQWE7QUFDbkIsVUFBTSxJQUFJLEtBQUs7QUFDZixTQUFLLFNBQVM7QUFDZCxRQUFJLEVBQUcsR0FBRSxNQUFNLE1BQU07QUFBQSxJQUFDLENBQUM7QUFBQSxFQUN6QjtBQUFBLEVBRUEsTUFBTSxRQUF1QjtBQUMzQixTQUFLLFNBQVM7QUFDZCxVQUFNLEtBQUs7QUFDWCxVQUFNLElBQUksS0FBSztBQUNmLFNBQUssU0FBUztBQUNkLFFBQUksR0FBRyxPQUFRLE9BQU0sSUFBSSxRQUFjLENBQUNDLGFBQVksRUFBRSxNQUFNLE1BQU1BLFNBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDOUU7QUFDRjtBQUVPLElBQU0scUJBQU4sY0FBaUMsZ0JBQWdCO0FBQUEsRUFFdEQsWUFBNkIsUUFBbUI7QUFDOUMsVUFBTTtBQURxQjtBQUUzQixTQUFLLGNBQWMsY0FBYyxPQUFPLElBQUksSUFBSSxPQUFPLElBQUk7QUFBQSxFQUM3RDtBQUFBLEVBSDZCO0FBQUEsRUFEcEI7QUFBQSxFQUtULE1BQWdCLEtBQUssR0FBMEI7QUFDN0MsTUFBRSxXQUFXLEdBQUk7QUFDakIsVUFBTSxFQUFFLFdBQVcsS0FBSyxPQUFPLE1BQU0sRUFBRSxNQUFNLEtBQUssT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNqRTtBQUNGOzs7QUM5S0EsU0FBUyxlQUFBQyxjQUFhLGdCQUFBQyxxQkFBb0I7QUFDMUMsU0FBUyxVQUFVLFdBQUFDLFVBQVMsUUFBQUMsYUFBWTtBQUN4QyxTQUFTLHFCQUFxQjtBQUM5QixTQUFTLFNBQVMsaUJBQWlCO0FBQ25DLFNBQVMsU0FBUztBQUdYLElBQU0sYUFBYSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sS0FBSztBQUcxRSxJQUFNLFNBQVMsQ0FBQyxRQUFRLFFBQVEsUUFBUSxNQUFNO0FBSTlDLElBQU0saUJBQTJDO0FBQUEsRUFDdEQsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUNQO0FBRUEsSUFBTSxVQUFVLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEtBQU07QUFDbEQsSUFBTSxLQUFLLEVBQUUsS0FBSyxDQUFDLFNBQVMsU0FBUyxDQUFDO0FBQ3RDLElBQU0sWUFBWSxFQUNmLE9BQU8sRUFDUCxNQUFNLDRCQUE0QixrRUFBa0U7QUFDdkcsSUFBTSxhQUFhLEVBQ2hCLE9BQU8sRUFDUCxNQUFNLDhCQUE4Qiw2Q0FBNkM7QUFFcEYsSUFBTSxpQkFBaUIsRUFBRSxPQUFPO0FBQUEsRUFDOUI7QUFBQSxFQUNBLFVBQVUsR0FBRyxTQUFTO0FBQUEsRUFDdEIsTUFBTSxFQUFFLEtBQUssVUFBVSxFQUFFLFNBQVM7QUFBQSxFQUNsQyxPQUFPLEVBQUUsS0FBSyxNQUFNLEVBQUUsU0FBUztBQUFBLEVBQy9CLFFBQVEsRUFBRSxPQUFPLFdBQVcsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRSxTQUFTO0FBQUEsRUFDeEQsT0FBTyxFQUFFLE9BQU8sRUFBRSxTQUFTO0FBQUEsRUFDM0IsUUFBUSxFQUFFLE9BQU8sRUFBRSxTQUFTO0FBQzlCLENBQUM7QUFFRCxJQUFNLGVBQWUsRUFBRSxPQUFPO0FBQUEsRUFDNUIsTUFBTTtBQUFBLEVBQ04sTUFBTSxFQUFFLEtBQUssQ0FBQyxTQUFTLFNBQVMsQ0FBQztBQUFBLEVBQ2pDLE1BQU0sRUFDSCxPQUFPLEVBQ1AsTUFBTSxjQUFjLEVBQ3BCLFNBQVM7QUFBQSxFQUNaLE1BQU0sRUFBRSxPQUFPLEVBQUUsU0FBUztBQUFBLEVBQzFCLE9BQU8sRUFBRSxPQUFPLEVBQUUsU0FBUztBQUFBLEVBQzNCLFFBQVEsRUFBRSxPQUFPLEVBQUUsU0FBUztBQUFBLEVBQzVCLFVBQVUsRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxFQUFFLFNBQVM7QUFBQTtBQUFBLEVBRW5ELGNBQWMsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU0sZ0JBQWdCLENBQUMsRUFBRSxTQUFTO0FBQUEsRUFDbkUsV0FBVyxFQUFFLE1BQU0sY0FBYyxFQUFFLElBQUksQ0FBQztBQUMxQyxDQUFDO0FBRU0sSUFBTSxnQkFBZ0IsRUFBRSxPQUFPO0FBQUEsRUFDcEMsU0FBUyxFQUFFLE9BQU8sRUFBRSxNQUFNLGVBQWU7QUFBQSxFQUN6QyxjQUFjLEVBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxFQUNsQyxPQUFPLEVBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxFQUMzQixhQUFhLEVBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxFQUNqQyxVQUFVLEVBQ1AsT0FBTztBQUFBLElBQ04sVUFBVSxHQUFHLFNBQVM7QUFBQSxJQUN0QixNQUFNLEVBQUUsS0FBSyxVQUFVLEVBQUUsU0FBUztBQUFBLElBQ2xDLE9BQU8sRUFBRSxLQUFLLE1BQU0sRUFBRSxTQUFTO0FBQUEsRUFDakMsQ0FBQyxFQUNBLFNBQVM7QUFBQSxFQUNaLE9BQU8sRUFDSixPQUFPO0FBQUEsSUFDTixRQUFRLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsRUFBRSxTQUFTO0FBQUEsSUFDakQsY0FBYyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxHQUFHLEVBQUUsU0FBUztBQUFBLEVBQzFELENBQUMsRUFDQSxTQUFTO0FBQUEsRUFDWixVQUFVLEVBQ1A7QUFBQSxJQUNDO0FBQUEsSUFDQSxFQUFFLE9BQU87QUFBQSxNQUNQLFVBQVUsR0FBRyxTQUFTO0FBQUEsTUFDdEI7QUFBQSxNQUNBLE1BQU0sRUFBRSxLQUFLLFVBQVUsRUFBRSxTQUFTO0FBQUEsTUFDbEMsT0FBTyxFQUFFLEtBQUssTUFBTSxFQUFFLFNBQVM7QUFBQSxJQUNqQyxDQUFDO0FBQUEsRUFDSCxFQUNDLFNBQVM7QUFBQSxFQUNaLFNBQVMsRUFBRSxNQUFNLFlBQVksRUFBRSxJQUFJLENBQUM7QUFDdEMsQ0FBQztBQXVDTSxTQUFTLGVBQWUsS0FBYyxRQUErQjtBQUMxRSxRQUFNLElBQUksY0FBYyxVQUFVLEdBQUc7QUFDckMsTUFBSSxDQUFDLEVBQUUsU0FBUztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLGtCQUFrQixNQUFNO0FBQUEsRUFBaUIsZ0JBQWdCLEVBQUUsTUFBTSxRQUFRLEdBQUcsQ0FBQztBQUFBLElBQy9FO0FBQUEsRUFDRjtBQUNBLFFBQU0sSUFBSSxFQUFFO0FBQ1osUUFBTSxJQUFJO0FBQUEsSUFDUixVQUFVLEVBQUUsVUFBVSxZQUFZO0FBQUEsSUFDbEMsTUFBTSxFQUFFLFVBQVUsUUFBUTtBQUFBLElBQzFCLE9BQU8sRUFBRSxVQUFVLFNBQVM7QUFBQSxFQUM5QjtBQUNBLFFBQU0sU0FBMEIsQ0FBQztBQUNqQyxRQUFNLFVBQXdCLENBQUM7QUFDL0IsYUFBVyxLQUFLLEVBQUUsU0FBUztBQUN6QixZQUFRLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQ3ZFLFFBQUksRUFBRSxRQUFRLENBQUMsRUFBRSxLQUFLLFNBQVMsSUFBSSxFQUFFLElBQUksRUFBRSxHQUFHO0FBQzVDLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBLGtCQUFrQixNQUFNLFlBQVksRUFBRSxJQUFJLGNBQWMsRUFBRSxJQUFJLGdDQUFnQyxFQUFFLElBQUk7QUFBQSxNQUN0RztBQUFBLElBQ0Y7QUFDQSxlQUFXLE9BQU8sRUFBRSxXQUFXO0FBQzdCLFlBQU0sT0FBTyxJQUFJLFFBQVEsRUFBRTtBQUMzQixhQUFPLEtBQUs7QUFBQSxRQUNWLFVBQVUsSUFBSSxZQUFZLEVBQUU7QUFBQSxRQUM1QixTQUFTLElBQUk7QUFBQSxRQUNiO0FBQUEsUUFDQSxPQUFPLElBQUksU0FBUyxFQUFFO0FBQUEsUUFDdEIsT0FBTyxlQUFlLElBQUk7QUFBQSxRQUMxQixPQUFPLElBQUksU0FBUyxFQUFFLFNBQVM7QUFBQSxRQUMvQixRQUFRLElBQUksVUFBVSxFQUFFLFVBQVU7QUFBQSxRQUNsQyxVQUFVLEVBQUU7QUFBQSxRQUNaLGVBQWUsRUFBRSxnQkFBZ0IsQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQUEsUUFDL0QsUUFBUSxFQUFFO0FBQUEsUUFDVixRQUFRLElBQUksVUFBVSxDQUFDO0FBQUEsTUFDekIsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsUUFBTSxXQUFXLE9BQU8sUUFBUSxFQUFFLFlBQVksQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsT0FBTyxHQUFHLE1BQU07QUFDdEUsVUFBTSxPQUFPLElBQUksUUFBUTtBQUN6QixXQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0EsT0FBTztBQUFBLFFBQ0wsVUFBVSxJQUFJLFlBQVk7QUFBQSxRQUMxQixTQUFTLElBQUk7QUFBQSxRQUNiO0FBQUEsUUFDQSxPQUFPLElBQUksU0FBUyxFQUFFO0FBQUEsUUFDdEIsT0FBTyxlQUFlLElBQUk7QUFBQSxRQUMxQixPQUFPO0FBQUEsUUFDUCxRQUFRO0FBQUEsUUFDUixVQUFVO0FBQUEsUUFDVixjQUFjLENBQUM7QUFBQSxNQUNqQjtBQUFBLElBQ0Y7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUU7QUFBQSxJQUNSLGNBQWMsRUFBRTtBQUFBLElBQ2hCLE9BQU8sRUFBRTtBQUFBLElBQ1QsYUFBYSxFQUFFO0FBQUEsSUFDZixRQUFRLEVBQUUsT0FBTyxVQUFVO0FBQUEsSUFDM0IsY0FBYyxFQUFFLE9BQU8sZ0JBQWdCO0FBQUEsSUFDdkM7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDRjtBQUVPLElBQU0sc0JBQXNCQyxNQUFLQyxTQUFRLGNBQWMsWUFBWSxHQUFHLENBQUMsR0FBRyxNQUFNLFVBQVU7QUFFMUYsU0FBUyxzQkFBZ0M7QUFDOUMsU0FBT0MsYUFBWSxtQkFBbUIsRUFDbkMsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLE9BQU8sQ0FBQyxFQUNqQyxJQUFJLENBQUMsTUFBTSxTQUFTLEdBQUcsT0FBTyxDQUFDLEVBQy9CLEtBQUs7QUFDVjtBQUdPLFNBQVMsWUFBWSxZQUFtQztBQUM3RCxRQUFNLFNBQVMsV0FBVyxTQUFTLEdBQUcsS0FBSyxXQUFXLFNBQVMsSUFBSSxLQUFLLFdBQVcsU0FBUyxPQUFPO0FBQ25HLFFBQU0sT0FBTyxTQUFTLGFBQWFGLE1BQUsscUJBQXFCLEdBQUcsVUFBVSxPQUFPO0FBQ2pGLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBT0csY0FBYSxNQUFNLE1BQU07QUFBQSxFQUNsQyxRQUFRO0FBQ04sVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0EsU0FDSSx1QkFBdUIsSUFBSSxvQkFDM0IsMkJBQTJCLFVBQVUseUJBQXlCLG9CQUFvQixFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDcEc7QUFBQSxFQUNGO0FBQ0EsU0FBTyxlQUFlLFVBQVUsSUFBSSxHQUFHLElBQUk7QUFDN0M7OztBdkN0TkEsSUFBTSxTQUFTLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUV2QyxTQUFTLDRCQUF1QixNQUFNO0FBQ3BDLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSTtBQUNKLFFBQU0sTUFBTSxZQUFZQyxNQUFLLE9BQU8sR0FBRyxXQUFXLENBQUM7QUFDbkQsU0FBTyxZQUFZO0FBQ2pCLFVBQU0sTUFBTSxZQUFZO0FBQUEsTUFDdEIsU0FBUztBQUFBLE1BQ1QsTUFBTSxFQUFFLE1BQU0sYUFBYSxNQUFNLEVBQUU7QUFBQSxNQUNuQyxNQUFNLEVBQUUsTUFBTSxhQUFhLE1BQU0sRUFBRTtBQUFBLE1BQ25DO0FBQUEsSUFDRixDQUFDO0FBQ0QsVUFBTSxNQUFNLGtCQUFrQixFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUM1QyxVQUFNLFlBQVksSUFBSSxtQkFBbUIsRUFBRSxNQUFNLElBQUksTUFBTSxNQUFNLElBQUksS0FBSyxDQUFDO0FBQzNFLFVBQU0sVUFBVSxZQUFZLFFBQVE7QUFDcEMsVUFBTSxNQUFNLEVBQUUsU0FBUyxXQUFXLFlBQVksS0FBSyxXQUFXLEtBQUssUUFBUSxFQUFFLFNBQVMsU0FBUyxFQUFFO0FBQ2pHLFlBQVEsZUFBZTtBQUFBLE1BQ3JCLFFBQVEsRUFBRSxLQUFLLG9CQUFvQixJQUFJLFFBQVEsR0FBRztBQUFBLE1BQ2xELFNBQVM7QUFBQSxRQUNQLEVBQUUsR0FBRyxLQUFLLE1BQU0saUNBQWlDLE1BQU0sRUFBRTtBQUFBLFFBQ3pELEVBQUUsR0FBRyxLQUFLLE1BQU0saUNBQWlDLE1BQU0sRUFBRTtBQUFBLE1BQzNEO0FBQUEsTUFDQTtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNELFFBQU0sWUFBWTtBQUNoQixVQUFNLE1BQU0sTUFBTTtBQUNsQixVQUFNLElBQUksTUFBTTtBQUNoQixVQUFNLElBQUksTUFBTTtBQUNoQixXQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUM5QyxDQUFDO0FBRUQsS0FBRyx1RkFBdUYsWUFBWTtBQUNwRyxVQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLElBQUksQ0FBQztBQUM1QyxVQUFNLFFBQVEsTUFBTSxJQUFJLE9BQU8sSUFBSSxNQUFNO0FBQ3pDLFVBQU0sSUFBSSxNQUFNLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxJQUFJLEdBQUk7QUFDbEQsVUFBTSxRQUFRLE1BQU0sRUFBRSxPQUFPLE1BQU0sUUFBVztBQUFBLE1BQzVDLFdBQVcsS0FBSyxZQUFZLHFCQUFxQjtBQUFBLE1BQ2pELFdBQVcsS0FBSyxTQUFTLElBQUk7QUFBQSxJQUMvQixDQUFDO0FBQ0QsV0FBTyxNQUFNLE1BQU0sUUFBUSxDQUFDO0FBQzVCLFdBQU8sTUFBTSxlQUFlLE1BQU0sQ0FBQyxFQUFHLE1BQU0sRUFBRSxTQUFTLFFBQVE7QUFDL0QsUUFBSSxJQUFJO0FBQ1IsVUFBTUMsTUFBSyxNQUFNLENBQUMsRUFBRyxTQUFTO0FBQzlCLFdBQU9BLElBQUcsS0FBSyxFQUFHO0FBRWxCLFdBQU8sR0FBRyxLQUFLLEdBQUcsUUFBUSxDQUFDLDRCQUE0QjtBQUN2RCxVQUFNLEtBQUssTUFBTSxFQUFFLE9BQU8sTUFBTSxRQUFXLENBQUMsV0FBVyxLQUFLLFlBQVksc0JBQXNCLENBQUMsQ0FBQztBQUNoRyxVQUFNLE9BQU8sQ0FBQyxNQUEyQjtBQUN2QyxZQUFNLElBQUksRUFBRSxTQUFTO0FBQ3JCLFVBQUksSUFBSSxPQUFPO0FBQ2YsYUFBTyxFQUFFLEtBQUssRUFBRyxLQUFJLEVBQUUsTUFBTTtBQUM3QixhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sV0FBVyxPQUFPLFlBQVksR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLGVBQWUsRUFBRSxNQUFNLEVBQUUsUUFBUSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDN0YsV0FBTyxVQUFVLFVBQVUsRUFBRSxRQUFRLEdBQUcsUUFBUSxFQUFFLENBQUM7QUFDbkQsVUFBTSxFQUFFLE1BQU07QUFDZCxVQUFNLFFBQVEsTUFBTSxNQUFNO0FBQzFCLFdBQU8sR0FBRyxNQUFNLENBQUMsRUFBRyxTQUFTLENBQUM7QUFBQSxFQUNoQyxDQUFDO0FBQ0gsQ0FBQzs7O0F3QzNFRCxPQUFPQyxhQUFZO0FBQ25CLFNBQVMsWUFBWSxlQUFBQyxjQUFhLGdCQUFBQyxlQUFjLGlCQUFBQyxzQkFBcUI7QUFDckUsU0FBUyxRQUFBQyxhQUFZO0FBQ3JCLFNBQVMsWUFBQUMsV0FBVSxNQUFBQyxXQUFVO0FBQzdCLFNBQVMsaUJBQUFDLHNCQUFxQjs7O0FDQTlCLFNBQVMsZ0JBQUFDLHFCQUFvQjtBQUU3QixTQUFTLFNBQVNDLGtCQUFpQjtBQUNuQyxTQUFTLEtBQUFDLFVBQVM7QUFHbEIsSUFBTSxXQUFXO0FBQ2pCLElBQU0sVUFBVSxFQUFFLElBQUksR0FBRyxHQUFHLEtBQU0sR0FBRyxLQUFRLEdBQUcsS0FBVTtBQUduRCxTQUFTLGNBQWMsR0FBZ0M7QUFDNUQsTUFBSSxPQUFPLE1BQU0sU0FBVSxRQUFPLE9BQU8sU0FBUyxDQUFDLEtBQUssS0FBSyxJQUFJLElBQUk7QUFDckUsTUFBSSxPQUFPLE1BQU0sU0FBVSxRQUFPO0FBQ2xDLFFBQU0sSUFBSSxTQUFTLEtBQUssRUFBRSxLQUFLLENBQUM7QUFDaEMsTUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFNBQU8sS0FBSyxNQUFNLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxRQUFTLEVBQUUsQ0FBQyxLQUFLLElBQTZCLENBQUM7QUFDbEY7QUFFQSxTQUFTLFNBQVMsT0FBZSxhQUFxQjtBQUNwRCxTQUFPQyxHQUNKLE1BQU0sQ0FBQ0EsR0FBRSxPQUFPLEdBQUdBLEdBQUUsT0FBTyxDQUFDLENBQUMsRUFDOUIsU0FBUyxHQUFHLFdBQVcsc0VBQXNFLEVBQzdGLFVBQVUsQ0FBQyxHQUFHLFFBQVE7QUFDckIsVUFBTSxLQUFLLGNBQWMsQ0FBQztBQUMxQixRQUFJLE9BQU8sUUFBVztBQUNwQixVQUFJLFNBQVMsRUFBRSxNQUFNLFVBQVUsU0FBUyw4Q0FBOEMsQ0FBQztBQUN2RixhQUFPQSxHQUFFO0FBQUEsSUFDWDtBQUNBLFFBQUksS0FBSyxPQUFPO0FBQ2QsVUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLFNBQVMsb0JBQW9CLEtBQUssV0FBVyxLQUFLLGFBQWEsQ0FBQztBQUMvRixhQUFPQSxHQUFFO0FBQUEsSUFDWDtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDTDtBQUVBLElBQU1DLGFBQVlELEdBQ2YsT0FBTyxFQUNQLE1BQU0sNEJBQTRCLG9FQUFvRTtBQUN6RyxJQUFNLFNBQVNBLEdBQ1osT0FBT0MsWUFBV0QsR0FBRSxPQUFPLEVBQUUsSUFBSSxHQUFHLGlDQUFpQyxDQUFDLEVBQ3RFLFNBQVMseURBQXlEO0FBQ3JFLElBQU1FLGNBQWFGLEdBQ2hCLE9BQU8sRUFDUCxNQUFNLDhCQUE4QiwrQ0FBK0M7QUFDdEYsSUFBTSxVQUFVQSxHQUNiLE9BQU8sRUFDUDtBQUFBLEVBQ0M7QUFBQSxFQUNBO0FBQ0Y7QUFDRixJQUFNLGFBQWFBLEdBQ2hCLE9BQU8sRUFDUCxTQUFTLDJGQUE0RixFQUNyRyxZQUFZLENBQUMsR0FBRyxRQUFRO0FBQ3ZCLE1BQUk7QUFDRixvQkFBZ0IsQ0FBQztBQUFBLEVBQ25CLFNBQVMsS0FBSztBQUNaLFFBQUksU0FBUyxFQUFFLE1BQU0sVUFBVSxTQUFVLElBQWMsUUFBUSxDQUFDO0FBQUEsRUFDbEU7QUFDRixDQUFDO0FBRUgsSUFBTSxZQUFZQSxHQUNmLGFBQWE7QUFBQSxFQUNaLElBQUlBLEdBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLCtEQUErRDtBQUFBLEVBQ2xHLE1BQU1BLEdBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLGdEQUFnRDtBQUFBLEVBQ3JGLEtBQUtBLEdBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLHdDQUF3QztBQUFBLEVBQzVFLG9CQUFvQkEsR0FDakIsUUFBUSxFQUNSLFFBQVEsSUFBSSxFQUNaLFNBQVMsNkVBQTZFO0FBQzNGLENBQUMsRUFDQSxTQUFTLDBDQUEwQztBQUV0RCxJQUFNLGVBQWVBLEdBQ2xCLGFBQWE7QUFBQSxFQUNaLEtBQUtBLEdBQ0YsT0FBTyxFQUNQLE1BQU0sNENBQTRDLGdEQUFnRCxFQUNsRyxTQUFTLDRFQUE0RTtBQUFBLEVBQ3hGLFVBQVVBLEdBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLGdCQUFnQjtBQUFBLEVBQ3pELFVBQVVBLEdBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLDZCQUE2QjtBQUFBLEVBQ3RFLGNBQWNBLEdBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLG1EQUFtRDtBQUFBLEVBQ2hHLFVBQVVBLEdBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLHdEQUF3RDtBQUFBLEVBQ2pHLEtBQUssVUFBVSxTQUFTO0FBQzFCLENBQUMsRUFDQSxTQUFTLDRCQUE0QjtBQUV4QyxJQUFNLGNBQWNBLEdBQ2pCLGFBQWE7QUFBQSxFQUNaLEtBQUtBLEdBQ0YsT0FBTyxFQUNQLFNBQVMsRUFDVCxTQUFTLDJGQUEyRjtBQUFBLEVBQ3ZHLFVBQVVBLEdBQ1AsT0FBTyxFQUNQLElBQUksRUFDSixJQUFJLEtBQUssSUFBSSw4QkFBOEIsRUFDM0MsUUFBUSxNQUFNLE9BQU8sSUFBSSxFQUN6QixTQUFTLDRFQUE0RTtBQUFBLEVBQ3hGLGNBQWNBLEdBQ1gsT0FBTyxFQUNQLElBQUksRUFDSixJQUFJLE1BQU0sNkJBQTZCLEVBQ3ZDLFFBQVEsSUFBSSxPQUFPLElBQUksRUFDdkIsU0FBUywrREFBK0Q7QUFBQSxFQUMzRSxPQUFPQSxHQUNKLEtBQUssQ0FBQyxVQUFVLFlBQVksT0FBTyxDQUFDLEVBQ3BDLFFBQVEsVUFBVSxFQUNsQixTQUFTLCtFQUErRTtBQUFBLEVBQzNGLFlBQVlBLEdBQ1QsT0FBTyxFQUNQLElBQUksQ0FBQyxFQUNMLFFBQVEsR0FBRyxFQUNYLFNBQVMscUZBQXFGO0FBQ25HLENBQUMsRUFDQSxTQUFTLDhEQUE4RDtBQUUxRSxJQUFNLFlBQVlBLEdBQ2YsYUFBYTtBQUFBLEVBQ1osTUFBTUEsR0FBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyx1REFBdUQ7QUFBQSxFQUN4RixNQUFNQSxHQUNILE1BQU07QUFBQSxJQUNMQSxHQUFFLFFBQVEsSUFBSTtBQUFBLElBQ2RBLEdBQUUsUUFBUSxJQUFJO0FBQUEsSUFDZEEsR0FBRSxRQUFRLElBQUk7QUFBQSxJQUNkQSxHQUFFLFFBQVEsSUFBSTtBQUFBLElBQ2RBLEdBQUUsUUFBUSxLQUFLO0FBQUEsSUFDZkEsR0FBRSxRQUFRLEtBQUs7QUFBQSxJQUNmQSxHQUFFLFFBQVEsS0FBSztBQUFBLElBQ2ZBLEdBQUUsUUFBUSxNQUFNO0FBQUEsRUFDbEIsR0FBRyxFQUFFLE9BQU8sc0VBQXNFLENBQUMsRUFDbEYsUUFBUSxJQUFJLEVBQ1osU0FBUyxtRUFBbUU7QUFBQSxFQUMvRSxRQUFRQSxHQUFFLEtBQUssQ0FBQyxRQUFRLFFBQVEsS0FBSyxDQUFDLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxTQUFTO0FBQUEsRUFDMUUsVUFBVUEsR0FBRSxNQUFNLENBQUNBLEdBQUUsUUFBUSxDQUFDLEdBQUdBLEdBQUUsUUFBUSxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU8sa0JBQWtCLENBQUMsRUFBRSxRQUFRLENBQUMsRUFBRSxTQUFTLG9CQUFvQjtBQUFBLEVBQ3RILFVBQVVBLEdBQUUsTUFBTSxDQUFDQSxHQUFFLFFBQVEsQ0FBQyxHQUFHQSxHQUFFLFFBQVEsQ0FBQyxDQUFDLEdBQUcsRUFBRSxPQUFPLGtCQUFrQixDQUFDLEVBQUUsUUFBUSxDQUFDLEVBQUUsU0FBUyxpQ0FBaUM7QUFDckksQ0FBQyxFQUNBLFNBQVMsMEVBQTBFO0FBRXRGLElBQU0sWUFBWUEsR0FDZixhQUFhO0FBQUEsRUFDWixNQUFNQSxHQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxTQUFTLCtDQUErQztBQUFBLEVBQ2hGLE1BQU1BLEdBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEtBQUssRUFBRSxRQUFRLEdBQUcsRUFBRSxTQUFTLFdBQVc7QUFDNUUsQ0FBQyxFQUNBLFNBQVMsNkZBQTZGO0FBRXpHLElBQU0scUJBQXFCQSxHQUFFLGFBQWE7QUFBQSxFQUN4QyxRQUFRLFFBQVEsU0FBUyw0RUFBNEU7QUFBQSxFQUNyRyxTQUFTQSxHQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxTQUFTLDRFQUF1RTtBQUFBLEVBQzNHLE1BQU1BLEdBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEdBQUcsRUFBRSxRQUFRLENBQUMsRUFBRSxTQUFTLGdEQUFnRDtBQUFBLEVBQzNHLFVBQVUsU0FBUyxLQUFLLCtCQUErQixFQUFFLFFBQVEsR0FBSTtBQUFBLEVBQ3JFLFNBQVMsU0FBUyxJQUFJLGdEQUFnRCxFQUFFLFNBQVM7QUFBQSxFQUNqRixRQUFRLE9BQU8sU0FBUztBQUMxQixDQUFDO0FBRUQsSUFBTSxZQUFZQSxHQUNmLGFBQWE7QUFBQSxFQUNaLE1BQU0sUUFBUSxTQUFTLDJDQUEyQztBQUFBLEVBQ2xFLEtBQUssVUFBVSxTQUFTO0FBQUEsRUFDeEIsS0FBSyxVQUFVLFNBQVM7QUFBQSxFQUN4QixTQUFTLFNBQVMsSUFBSSw2Q0FBNkMsRUFBRSxRQUFRLEdBQUc7QUFBQSxFQUNoRixTQUFTQSxHQUNOLE9BQU8sRUFDUCxJQUFJLEVBQ0osSUFBSSxDQUFDLEVBQ0wsSUFBSSxDQUFDLEVBQ0wsUUFBUSxDQUFDLEVBQ1QsU0FBUyw2RUFBNkU7QUFBQSxFQUN6RixZQUFZLFNBQVMsS0FBSywrREFBK0QsRUFBRTtBQUFBLElBQ3pGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsU0FBU0EsR0FBRSxNQUFNLGtCQUFrQixFQUFFLElBQUksR0FBRyxpQ0FBaUMsRUFBRSxTQUFTLHFCQUFxQjtBQUMvRyxDQUFDLEVBQ0EsWUFBWSxDQUFDLEdBQUcsUUFBUTtBQUN2QixNQUFJLENBQUMsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxDQUFDLEVBQUU7QUFDbEIsUUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLFNBQVMscUVBQWdFLENBQUM7QUFDN0csQ0FBQztBQUVILElBQU0sa0JBQWtCQSxHQUFFLGFBQWE7QUFBQSxFQUNyQyxNQUFNRSxZQUFXLFNBQVMsOENBQThDO0FBQUEsRUFDeEUsTUFBTUYsR0FBRSxLQUFLLENBQUMsU0FBUyxTQUFTLENBQUMsRUFBRSxRQUFRLE9BQU8sRUFBRSxTQUFTLGNBQWM7QUFBQSxFQUMzRSxNQUFNQSxHQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxtREFBbUQ7QUFBQSxFQUN4RixNQUFNQSxHQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxZQUFZO0FBQUEsRUFDakQsTUFBTUEsR0FBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyx1RUFBdUU7QUFBQSxFQUN4RyxPQUFPQSxHQUFFLE9BQU8sRUFBRSxRQUFRLENBQUMsRUFBRSxTQUFTLGtDQUFrQztBQUFBLEVBQ3hFLFFBQVEsT0FBTyxTQUFTO0FBQzFCLENBQUM7QUFFRCxJQUFNLGFBQWFBLEdBQUUsYUFBYTtBQUFBLEVBQ2hDLFFBQVEsUUFBUSxTQUFTLHVDQUF1QztBQUFBLEVBQ2hFLEtBQUtBLEdBQUUsT0FBTyxFQUFFLE1BQU0sZ0JBQWdCLHFDQUFxQyxFQUFFLFNBQVMsMEJBQTBCO0FBQUEsRUFDaEgsUUFBUUEsR0FBRSxLQUFLLENBQUMsT0FBTyxNQUFNLENBQUMsRUFBRSxRQUFRLEtBQUssRUFBRSxTQUFTLGNBQWM7QUFBQSxFQUN0RSxNQUFNQSxHQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyx3QkFBd0I7QUFBQSxFQUM3RCxVQUFVQSxHQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxrQkFBa0I7QUFBQSxFQUMzRCxVQUFVQSxHQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxzQkFBc0I7QUFBQSxFQUMvRCxVQUFVLFNBQVMsS0FBSywrQkFBK0IsRUFBRSxRQUFRLEdBQUk7QUFBQSxFQUNyRSxTQUFTLFNBQVMsSUFBSSxrQkFBa0IsRUFBRSxRQUFRLEdBQUk7QUFBQSxFQUN0RCxRQUFRLE9BQU8sU0FBUztBQUFBLEVBQ3hCLFNBQVNBLEdBQUUsTUFBTSxlQUFlLEVBQUUsSUFBSSxHQUFHLHdCQUF3QixFQUFFLFNBQVMsb0JBQW9CO0FBQ2xHLENBQUM7QUFFRCxJQUFNLGtCQUFrQkEsR0FBRSxhQUFhO0FBQUEsRUFDckMsUUFBUUEsR0FBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyw0Q0FBNEM7QUFBQSxFQUMvRSxNQUFNRSxZQUFXLFNBQVMsY0FBYztBQUFBLEVBQ3hDLE1BQU1GLEdBQUUsS0FBSyxDQUFDLFNBQVMsU0FBUyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUUsU0FBUyxjQUFjO0FBQUEsRUFDM0UsTUFBTUEsR0FBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsbURBQW1EO0FBQUEsRUFDeEYsTUFBTUEsR0FBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsWUFBWTtBQUFBLEVBQ2pELE9BQU9BLEdBQUUsT0FBTyxFQUFFLFFBQVEsQ0FBQyxFQUFFLFNBQVMsa0NBQWtDO0FBQUEsRUFDeEUsUUFBUSxPQUFPLFNBQVM7QUFDMUIsQ0FBQztBQUVELElBQU0sY0FBY0EsR0FBRSxhQUFhO0FBQUEsRUFDakMsUUFBUSxRQUFRLFNBQVMsdUNBQXVDO0FBQUEsRUFDaEUsVUFBVUEsR0FDUCxPQUFPLEVBQ1AsTUFBTSxrQkFBa0IsbUNBQW1DLEVBQzNELFNBQVMsMENBQTBDO0FBQUEsRUFDdEQsVUFBVSxTQUFTLEtBQUssc0RBQXNELEVBQUUsUUFBUSxHQUFJO0FBQUEsRUFDNUYsa0JBQWtCLFNBQVMsR0FBRyx1REFBdUQsRUFBRSxRQUFRLEdBQUc7QUFBQSxFQUNsRyxRQUFRLE9BQU8sU0FBUztBQUFBLEVBQ3hCLE9BQU9BLEdBQUUsTUFBTSxlQUFlLEVBQUUsSUFBSSxHQUFHLDJCQUEyQixFQUFFLFNBQVMsa0JBQWtCO0FBQ2pHLENBQUM7QUFFRCxJQUFNLG1CQUFtQkEsR0FBRSxhQUFhO0FBQUEsRUFDdEMsVUFBVUEsR0FBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyw2Q0FBNkM7QUFBQSxFQUNsRixNQUFNRSxZQUFXLFNBQVMsY0FBYztBQUFBLEVBQ3hDLE1BQU1GLEdBQUUsS0FBSyxDQUFDLFNBQVMsU0FBUyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUUsU0FBUyxjQUFjO0FBQUEsRUFDM0UsTUFBTUEsR0FBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsbURBQW1EO0FBQUEsRUFDeEYsTUFBTUEsR0FBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsWUFBWTtBQUFBLEVBQ2pELFFBQVFBLEdBQUUsUUFBUSxFQUFFLFFBQVEsS0FBSyxFQUFFLFNBQVMsa0NBQWtDO0FBQUEsRUFDOUUsT0FBT0EsR0FBRSxPQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsU0FBUyxrQ0FBa0M7QUFBQSxFQUN4RSxRQUFRLE9BQU8sU0FBUztBQUMxQixDQUFDO0FBRUQsSUFBTSxjQUFjQSxHQUFFLGFBQWE7QUFBQSxFQUNqQyxRQUFRLFFBQVEsU0FBUyx1Q0FBdUM7QUFBQSxFQUNoRSxRQUFRQSxHQUNMLE9BQU8sRUFDUCxRQUFRLHVCQUF1QixFQUMvQixTQUFTLCtEQUErRDtBQUFBLEVBQzNFLE9BQU9BLEdBQUUsT0FBTyxFQUFFLFFBQVEsaUJBQWlCLEVBQUUsU0FBUyxxQ0FBcUM7QUFBQSxFQUMzRixVQUFVLFNBQVMsS0FBSywrQkFBK0IsRUFBRSxRQUFRLEdBQUk7QUFBQSxFQUNyRSxRQUFRLE9BQU8sU0FBUztBQUFBLEVBQ3hCLFFBQVFBLEdBQUUsTUFBTSxnQkFBZ0IsRUFBRSxJQUFJLEdBQUcsNEJBQTRCLEVBQUUsU0FBUyxvQkFBb0I7QUFDdEcsQ0FBQztBQUVNLElBQU0sc0JBQXNCQSxHQUNoQyxhQUFhO0FBQUEsRUFDWixNQUFNO0FBQUEsRUFDTixRQUFRO0FBQUEsRUFDUixRQUFRLE9BQU8sU0FBUztBQUFBLEVBQ3hCLFNBQVNBLEdBQUUsT0FBTyxFQUFFLFFBQVEsMEJBQTBCLEVBQUUsU0FBUyw4QkFBOEI7QUFBQSxFQUMvRixPQUFPLFlBQVksU0FBUztBQUFBLEVBQzVCLE9BQU9BLEdBQUUsTUFBTSxTQUFTLEVBQUUsUUFBUSxDQUFDLENBQUMsRUFBRSxTQUFTLDhEQUE4RDtBQUFBLEVBQzdHLE1BQU1BLEdBQUUsTUFBTSxVQUFVLEVBQUUsUUFBUSxDQUFDLENBQUMsRUFBRSxTQUFTLGdEQUFnRDtBQUFBLEVBQy9GLE9BQU9BLEdBQUUsTUFBTSxXQUFXLEVBQUUsUUFBUSxDQUFDLENBQUMsRUFBRSxTQUFTLGtDQUFrQztBQUFBLEVBQ25GLE9BQU9BLEdBQUUsTUFBTSxXQUFXLEVBQUUsUUFBUSxDQUFDLENBQUMsRUFBRSxTQUFTLHFDQUFxQztBQUN4RixDQUFDLEVBQ0EsWUFBWSxDQUFDLEdBQUcsUUFBUTtBQUN2QixRQUFNLE9BQU8sb0JBQUksSUFBb0I7QUFDckMsUUFBTUcsU0FBUSxDQUFDLFFBQWdCLFVBQStCO0FBQzVELFVBQU0sT0FBTyxLQUFLLElBQUksTUFBTTtBQUM1QixRQUFJO0FBQ0YsVUFBSSxTQUFTO0FBQUEsUUFDWCxNQUFNO0FBQUEsUUFDTixNQUFNO0FBQUEsUUFDTixTQUFTLFdBQVcsTUFBTSx3QkFBd0IsSUFBSTtBQUFBLE1BQ3hELENBQUM7QUFBQSxRQUNFLE1BQUssSUFBSSxRQUFRLE1BQU0sS0FBSyxHQUFHLENBQUM7QUFBQSxFQUN2QztBQUNBLElBQUUsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ3hCLE1BQUUsUUFBUSxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQzFCLE1BQUFBLE9BQU0sRUFBRSxRQUFRLENBQUMsU0FBUyxHQUFHLFdBQVcsR0FBRyxRQUFRLENBQUM7QUFBQSxJQUN0RCxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0QsYUFBVyxRQUFRLENBQUMsUUFBUSxTQUFTLE9BQU87QUFDMUMsTUFBRSxJQUFJLEVBQUUsUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN4QixNQUFBQSxPQUFNLEVBQUUsUUFBUSxDQUFDLE1BQU0sR0FBRyxRQUFRLENBQUM7QUFBQSxJQUNyQyxDQUFDO0FBQ0gsTUFBSSxLQUFLLFNBQVM7QUFDaEIsUUFBSSxTQUFTO0FBQUEsTUFDWCxNQUFNO0FBQUEsTUFDTixNQUFNLENBQUMsT0FBTztBQUFBLE1BQ2QsU0FBUztBQUFBLElBQ1gsQ0FBQztBQUNMLENBQUM7QUFnQkksU0FBUyxxQkFBcUIsS0FBYyxRQUErQjtBQUNoRixRQUFNLElBQUksb0JBQW9CLFVBQVUsR0FBRztBQUMzQyxNQUFJLENBQUMsRUFBRSxTQUFTO0FBQ2QsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0EseUJBQXlCLE1BQU07QUFBQSxFQUFpQixnQkFBZ0IsRUFBRSxNQUFNLFFBQVEsR0FBRyxDQUFDO0FBQUEsTUFDcEYsRUFBRSxTQUFTLEVBQUUsUUFBUSxFQUFFLE1BQU0sT0FBTyxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxLQUFLLElBQUksTUFBTSxFQUFFLEtBQUssR0FBRyxHQUFHLFNBQVMsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFO0FBQUEsSUFDakg7QUFBQSxFQUNGO0FBQ0EsUUFBTSxJQUFJLEVBQUU7QUFDWixRQUFNLFFBQVEsRUFBRSxTQUFTLFlBQVksTUFBTSxDQUFDLENBQUM7QUFDN0MsTUFBSSxFQUFFLE9BQU8sY0FBYztBQUN6QixRQUFJO0FBQ0YsUUFBRSxPQUFPLFdBQVdDLGNBQWEsRUFBRSxPQUFPLGNBQWMsTUFBTSxFQUFFLEtBQUs7QUFBQSxJQUN2RSxRQUFRO0FBQ04sWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0EseUJBQXlCLE1BQU07QUFBQSxrREFBaUUsS0FBSyxVQUFVLEVBQUUsT0FBTyxZQUFZLENBQUM7QUFBQSxNQUN2STtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLEdBQUcsR0FBRyxNQUFNO0FBQ3ZCO0FBR08sU0FBUyxrQkFBa0IsTUFBNkI7QUFDN0QsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPQSxjQUFhLE1BQU0sTUFBTTtBQUFBLEVBQ2xDLFNBQVMsS0FBSztBQUNaLFVBQU0sSUFBSSxZQUFZLGtCQUFrQix5QkFBeUIsSUFBSSxvQkFBcUIsSUFBYyxPQUFPLEVBQUU7QUFBQSxFQUNuSDtBQUNBLE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTUMsV0FBVSxJQUFJO0FBQUEsRUFDdEIsU0FBUyxLQUFLO0FBQ1osVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0EseUJBQXlCLElBQUksdUJBQXdCLElBQWMsUUFBUSxNQUFNLElBQUksRUFBRSxDQUFDLENBQUM7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLHFCQUFxQixLQUFLLElBQUk7QUFDdkM7QUFHTyxTQUFTLFdBQVcsV0FBbUIsUUFBd0I7QUFDcEUsUUFBTSxRQUFRLFVBQVUsTUFBTSxHQUFHO0FBQ2pDLFFBQU0sTUFBTSxTQUFTLENBQUMsSUFBSTtBQUMxQixTQUFPLE1BQU0sS0FBSyxHQUFHO0FBQ3ZCOzs7QUNqV0EsU0FBUyxnQkFBQUMsZUFBYyxpQkFBQUMsc0JBQXFCO0FBQzVDLFNBQVMsaUJBQUFDLHNCQUFxQjtBQUM5QixTQUFTLEtBQUFDLFVBQVM7QUFrQmxCLFNBQVMsT0FBTyxHQUF1QjtBQUNyQyxNQUFJLEVBQUUsS0FBTSxRQUFPLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLEtBQUssVUFBVSxDQUFDLENBQUMsSUFBSSxFQUFFLEtBQUssT0FBTztBQUM3RSxNQUFJLEVBQUUsVUFBVSxPQUFXLFFBQU8sS0FBSyxLQUFLLFVBQVUsRUFBRSxLQUFLLENBQUM7QUFDOUQsTUFBSSxFQUFFLE9BQU87QUFDWCxVQUFNLFNBQVMsRUFBRSxNQUFNLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxNQUFTO0FBQ3pELFFBQUksT0FBUSxRQUFPLEVBQUUsTUFBTSxJQUFJLENBQUMsTUFBTSxLQUFLLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQyxJQUFJLEVBQUUsS0FBSyxPQUFPO0FBQ3BGLFdBQU8sRUFBRSxNQUFNLElBQUksTUFBTSxFQUFFLEtBQUssT0FBTztBQUFBLEVBQ3pDO0FBQ0EsTUFBSSxFQUFFLFNBQVMsUUFBUyxRQUFPLFdBQVcsRUFBRSxRQUFRLE9BQU8sRUFBRSxLQUFLLElBQUksS0FBSztBQUMzRSxNQUFJLEVBQUUsU0FBUyxZQUFZLENBQUMsRUFBRSxjQUFjLE9BQU8sRUFBRSx5QkFBeUIsU0FBVSxRQUFPO0FBQy9GLE1BQUksTUFBTSxRQUFRLEVBQUUsSUFBSSxFQUFHLFFBQU8sRUFBRSxLQUFLLEtBQUssT0FBTztBQUNyRCxNQUFJLElBQUksRUFBRSxRQUFRO0FBQ2xCLE1BQUksTUFBTSxhQUFhLEVBQUUsWUFBWSxVQUFhLEVBQUUsWUFBWSxVQUFhLEVBQUUsVUFBVTtBQUN2RixRQUFJLFdBQVcsRUFBRSxPQUFPLFNBQUksRUFBRSxPQUFPO0FBQ3ZDLFNBQU87QUFDVDtBQUVBLFNBQVMsS0FBSyxHQUFlLE1BQWMsVUFBbUIsTUFBc0I7QUFDbEYsUUFBTSxRQUFRLEVBQUUsZUFBZSxJQUFJLFdBQVcsS0FBSyxLQUFLLEVBQUUsV0FBVyxNQUFNLEdBQUc7QUFDOUUsTUFBSSxNQUFNO0FBQ1IsVUFBTSxNQUFNLEVBQUUsWUFBWSxTQUFZLEtBQUssS0FBSyxVQUFVLEVBQUUsT0FBTyxDQUFDLE9BQU8sV0FBVyxpQkFBaUI7QUFDdkcsU0FBSyxLQUFLLE9BQU8sSUFBSSxRQUFRLE9BQU8sQ0FBQyxDQUFDLE1BQU0sR0FBRyxNQUFNLElBQUksSUFBSTtBQUFBLEVBQy9EO0FBQ0EsUUFBTSxNQUFNLEVBQUUsU0FBUyxVQUFVLEVBQUUsUUFBUTtBQUMzQyxRQUFNLFNBQVMsRUFBRSxTQUFTLFVBQVUsR0FBRyxJQUFJLE9BQU87QUFDbEQsTUFBSSxLQUFLLFlBQVk7QUFDbkIsZUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxJQUFJLFVBQVU7QUFDaEQsV0FBSyxHQUFHLFNBQVMsR0FBRyxNQUFNLElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxVQUFVLFNBQVMsQ0FBQyxLQUFLLE9BQU8sSUFBSTtBQUFBLEVBQ25GO0FBQ0Y7QUFFTyxTQUFTLGtCQUEwQjtBQUN4QyxRQUFNLE9BQU9DLEdBQUUsYUFBYSxxQkFBcUIsRUFBRSxJQUFJLFNBQVMsaUJBQWlCLE1BQU0sQ0FBQztBQUN4RixRQUFNLE9BQWlCLENBQUMsd0NBQXdDLG1CQUFtQjtBQUNuRixPQUFLLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDekIsU0FBTyxHQUFHLEtBQUssS0FBSyxJQUFJLENBQUM7QUFBQTtBQUMzQjtBQUVPLElBQU0sU0FBU0MsZUFBYyxJQUFJLElBQUksZ0JBQWdCLFlBQVksR0FBRyxDQUFDO0FBQzVFLElBQU0sUUFBUTtBQUNkLElBQU0sTUFBTTtBQUdMLFNBQVMsb0JBQW9CLFFBQXdCO0FBQzFELFFBQU0sSUFBSSxPQUFPLFFBQVEsS0FBSztBQUM5QixRQUFNLElBQUksT0FBTyxRQUFRLEdBQUc7QUFDNUIsTUFBSSxJQUFJLEtBQUssSUFBSSxFQUFHLFFBQU8sR0FBRyxNQUFNO0FBQUEsRUFBSyxLQUFLO0FBQUEsRUFBSyxnQkFBZ0IsQ0FBQyxHQUFHLEdBQUc7QUFBQTtBQUMxRSxTQUFPLEdBQUcsT0FBTyxNQUFNLEdBQUcsSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUFBLEVBQUssZ0JBQWdCLENBQUMsR0FBRyxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQ3JGO0FBRUEsSUFBSSxRQUFRLEtBQUssU0FBUyxTQUFTLEtBQUssUUFBUSxLQUFLLENBQUMsS0FBS0EsZUFBYyxZQUFZLEdBQUcsTUFBTSxRQUFRLEtBQUssQ0FBQyxHQUFHO0FBQzdHLEVBQUFDLGVBQWMsUUFBUSxvQkFBb0JDLGNBQWEsUUFBUSxNQUFNLENBQUMsQ0FBQztBQUN6RTs7O0FDeEVBLFNBQVMsUUFBQUMsYUFBWTs7O0FDQXJCLFNBQVMsaUJBQWlCO0FBdUJuQixJQUFNLGFBQU4sY0FBeUIsTUFBTTtBQUFBLEVBQzNCLE9BQU87QUFDbEI7QUFFQSxJQUFNLE9BQU87QUFFYixTQUFTLGVBQWUsTUFBYyxRQUEyQjtBQUMvRCxRQUFNLElBQUksS0FBSyxLQUFLO0FBQ3BCLE1BQUksUUFBUSxLQUFLLENBQUMsRUFBRyxRQUFPLEVBQUUsTUFBTSxTQUFTLE9BQU8sT0FBTyxDQUFDLEVBQUU7QUFDOUQsUUFBTSxJQUFJLHlEQUF5RCxLQUFLLENBQUM7QUFDekUsTUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLFdBQVcsR0FBRyxNQUFNLGdCQUFnQixJQUFJLDBDQUEwQztBQUNwRyxTQUFPLEVBQUUsTUFBTSxFQUFFLENBQUMsSUFBSSxTQUFTLFNBQVMsTUFBTSxFQUFFLENBQUMsR0FBSSxPQUFPLEVBQUUsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxLQUFLLEdBQUc7QUFDakY7QUFFTyxTQUFTLGFBQWEsUUFBOEI7QUFDekQsTUFBSSxDQUFDLE9BQU8sV0FBVyxHQUFHLEVBQUcsT0FBTSxJQUFJLFdBQVcsR0FBRyxNQUFNLCtCQUErQjtBQUMxRixRQUFNLFFBQWdCLENBQUM7QUFDdkIsTUFBSSxTQUFpQyxFQUFFLE1BQU0sT0FBTztBQUNwRCxNQUFJLElBQUk7QUFDUixTQUFPLElBQUksT0FBTyxRQUFRO0FBQ3hCLFFBQUksYUFBYTtBQUNqQixRQUFJLE9BQU8sV0FBVyxNQUFNLENBQUMsR0FBRztBQUM5QixtQkFBYTtBQUNiLFdBQUs7QUFBQSxJQUNQLFdBQVcsT0FBTyxDQUFDLE1BQU0sSUFBSztBQUM5QixRQUFJLElBQUk7QUFDUixRQUFJLFFBQVE7QUFDWixRQUFJLFFBQVE7QUFDWixXQUFPLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDN0IsWUFBTSxLQUFLLE9BQU8sQ0FBQztBQUNuQixVQUFJLE9BQU87QUFDVCxZQUFJLE9BQU8sTUFBTyxTQUFRO0FBQUEsTUFDNUIsV0FBVyxPQUFPLE9BQU8sT0FBTyxJQUFLLFNBQVE7QUFBQSxlQUNwQyxPQUFPLElBQUs7QUFBQSxlQUNaLE9BQU8sSUFBSztBQUFBLGVBQ1osT0FBTyxPQUFPLFVBQVUsRUFBRztBQUFBLElBQ3RDO0FBQ0EsVUFBTSxPQUFPLE9BQU8sTUFBTSxHQUFHLENBQUM7QUFDOUIsUUFBSTtBQUNKLFVBQU0sT0FBTyxLQUFLLE9BQU87QUFDekIsUUFBSSxRQUFRLEtBQUssV0FBVyxHQUFHLEdBQUc7QUFDaEMsZUFBUyxFQUFFLE1BQU0sUUFBUSxNQUFNLEtBQUssTUFBTSxDQUFDLEVBQUU7QUFDN0M7QUFBQSxJQUNGO0FBQ0EsUUFBSSxRQUFRLFNBQVMsU0FBVTtBQUMvQixVQUFNLElBQUksS0FBSyxRQUFRLEdBQUc7QUFDMUIsVUFBTSxPQUFPLElBQUksSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLENBQUM7QUFDM0MsUUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLEVBQUcsT0FBTSxJQUFJLFdBQVcsR0FBRyxNQUFNLFdBQVcsSUFBSSxzQ0FBc0M7QUFDekcsVUFBTSxhQUEwQixDQUFDO0FBQ2pDLFFBQUksT0FBTyxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQztBQUNwQyxXQUFPLE1BQU07QUFDWCxZQUFNLElBQUksc0NBQXNDLEtBQUssSUFBSTtBQUN6RCxVQUFJLENBQUMsRUFBRyxPQUFNLElBQUksV0FBVyxHQUFHLE1BQU0sbUNBQW1DLElBQUksR0FBRztBQUNoRixpQkFBVyxLQUFLLGVBQWUsRUFBRSxDQUFDLEdBQUksTUFBTSxDQUFDO0FBQzdDLGFBQU8sS0FBSyxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU07QUFBQSxJQUMvQjtBQUNBLFVBQU0sS0FBSyxFQUFFLFlBQVksTUFBTSxXQUFXLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksTUFBTSxXQUFXLEVBQUcsT0FBTSxJQUFJLFdBQVcsR0FBRyxNQUFNLCtCQUErQjtBQUNyRixTQUFPLEVBQUUsUUFBUSxPQUFPLE9BQU87QUFDakM7QUFzREEsSUFBTSxTQUFTLElBQUksVUFBVTtBQUFBLEVBQzNCLGtCQUFrQjtBQUFBLEVBQ2xCLHFCQUFxQjtBQUFBLEVBQ3JCLGVBQWU7QUFBQSxFQUNmLHFCQUFxQjtBQUFBLEVBQ3JCLHNCQUFzQjtBQUFBLEVBQ3RCLFNBQVMsQ0FBQyxPQUFPLFFBQVEsT0FBTyxnQkFBZ0IsQ0FBQztBQUNuRCxDQUFDOzs7QUM5SUQsU0FBUyxhQUFBQyxZQUFXLFlBQUFDLFdBQVUsZ0JBQUFDLGVBQWMsWUFBQUMsaUJBQWdCOzs7QUZ3QjVELFNBQVMsS0FBSyxRQUFnQixNQUFjLE9BQWdCLFNBQXdCO0FBQ2xGLFFBQU0sSUFBSTtBQUFBLElBQ1I7QUFBQSxJQUNBLHlCQUF5QixNQUFNO0FBQUEsTUFBcUIsSUFBSSxLQUFLLE9BQU8sWUFBWSxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQUEsSUFDckcsRUFBRSxTQUFTLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTSxRQUFRLENBQUMsRUFBRSxFQUFFO0FBQUEsRUFDN0M7QUFDRjtBQUdPLFNBQVMsWUFBWSxRQUF1QixRQUE2QjtBQUM5RSxRQUFNLFdBQVcsb0JBQUksSUFBMkI7QUFDaEQsUUFBTSxVQUEyQixDQUFDO0FBQ2xDLFNBQU8sTUFBTSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQy9CLFFBQUksUUFBUSxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQzVCLFVBQUksVUFBVSxTQUFTLElBQUksRUFBRSxPQUFPO0FBQ3BDLFVBQUksQ0FBQyxTQUFTO0FBQ1osWUFBSTtBQUNGLG9CQUFVLFlBQVksRUFBRSxPQUFPO0FBQUEsUUFDakMsU0FBUyxLQUFLO0FBQ1osZUFBSyxRQUFRLFNBQVMsQ0FBQyxZQUFZLENBQUMsWUFBWSxFQUFFLFNBQVUsSUFBYyxPQUFPO0FBQUEsUUFDbkY7QUFDQSxpQkFBUyxJQUFJLEVBQUUsU0FBUyxPQUFPO0FBQUEsTUFDakM7QUFDQSxVQUFJLElBQUksT0FBTyxFQUFFLFNBQVM7QUFDeEIsYUFBSyxRQUFRLFNBQVMsQ0FBQyxZQUFZLENBQUMsU0FBUyxFQUFFLE1BQU0saURBQWlEO0FBQ3hHLGNBQVEsS0FBSztBQUFBLFFBQ1gsTUFBTSxXQUFXLE9BQU8sTUFBTSxFQUFFLE1BQU07QUFBQSxRQUN0QyxNQUFNO0FBQUEsUUFDTixPQUFPLElBQUksTUFDUCxjQUFjLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksU0FBUyxFQUFFLElBQUksS0FDekQsY0FBYyxJQUFJLElBQUssSUFBSSxJQUFJLElBQUksSUFBSyxJQUFJLFNBQVMsRUFBRSxJQUFJO0FBQUEsUUFDL0QsWUFBWSxFQUFFO0FBQUEsUUFDZDtBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNELFFBQU0sWUFBWSxDQUFDLE1BQWMsR0FBVyxHQUFXLE1BQW1EO0FBQ3hHLFFBQUksRUFBRSxRQUFRLENBQUMsRUFBRSxLQUFLLFNBQVMsSUFBSSxFQUFFLElBQUksRUFBRTtBQUN6QyxXQUFLLFFBQVEsR0FBRyxJQUFJLElBQUksQ0FBQyxJQUFJLFNBQVMsU0FBUyxZQUFZLFNBQVMsVUFBVSxVQUFVLFFBQVEsSUFBSSxDQUFDLFNBQVMsRUFBRSxNQUFNLGNBQWMsRUFBRSxJQUFJLDRCQUE0QixFQUFFLElBQUksR0FBRztBQUFBLEVBQ25MO0FBQ0EsU0FBTyxLQUFLLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDNUIsTUFBRSxRQUFRLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDMUIsZ0JBQVUsUUFBUSxHQUFHLEdBQUcsQ0FBQztBQUN6QixVQUFJO0FBQ0YscUJBQWEsRUFBRSxJQUFJO0FBQUEsTUFDckIsU0FBUyxLQUFLO0FBQ1osYUFBSyxRQUFRLFFBQVEsQ0FBQyxZQUFZLENBQUMsU0FBUyxFQUFFLE1BQU8sSUFBYyxPQUFPO0FBQUEsTUFDNUU7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNILENBQUM7QUFDRCxTQUFPLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUM3QixNQUFFLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxVQUFVLFNBQVMsR0FBRyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ3ZELENBQUM7QUFDRCxTQUFPLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUM3QixNQUFFLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxVQUFVLFNBQVMsR0FBRyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ3hELENBQUM7QUFDRCxhQUFXLEtBQUssT0FBTztBQUNyQixZQUFRLEtBQUssRUFBRSxNQUFNLFdBQVcsT0FBTyxNQUFNLEVBQUUsTUFBTSxHQUFHLE1BQU0sWUFBWSxPQUFPLEVBQUUsS0FBSyxZQUFZLEVBQUUsU0FBUyxDQUFDO0FBQ2xILGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFlBQVEsS0FBSyxFQUFFLE1BQU0sV0FBVyxPQUFPLE1BQU0sRUFBRSxNQUFNLEdBQUcsTUFBTSxTQUFTLE9BQU8sRUFBRSxVQUFVLFlBQVksRUFBRSxTQUFTLENBQUM7QUFDcEgsYUFBVyxLQUFLLE9BQU87QUFDckIsWUFBUSxLQUFLLEVBQUUsTUFBTSxXQUFXLE9BQU8sTUFBTSxFQUFFLE1BQU0sR0FBRyxNQUFNLFNBQVMsT0FBTyxFQUFFLE9BQU8sWUFBWSxFQUFFLFNBQVMsQ0FBQztBQUNqSCxTQUFPLEVBQUUsUUFBUSxTQUFTLFNBQVM7QUFDckM7OztBSGxGQSxJQUFNLE1BQU1DLGVBQWMsSUFBSSxJQUFJLHNCQUFzQixZQUFZLEdBQUcsQ0FBQztBQUN4RSxJQUFNLFNBQVMsUUFBUSxJQUFJLCtCQUErQjtBQUUxRCxTQUFTLE1BQU0sTUFBa0M7QUFDL0MsTUFBSTtBQUNGLFVBQU0sTUFBTSxrQkFBa0IsSUFBSTtBQUNsQyxnQkFBWSxLQUFLLElBQUk7QUFDckIsV0FBTztBQUFBLEVBQ1QsU0FBUyxLQUFLO0FBQ1osV0FBUSxJQUFjLFFBQVEsV0FBVyxNQUFNLFFBQVE7QUFBQSxFQUN6RDtBQUNGO0FBRUFDLFVBQVMseUJBQXlCLE1BQU07QUFDdEMsYUFBVyxRQUFRQyxhQUFZLEdBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsV0FBVyxDQUFDLEVBQUUsS0FBSyxHQUFHO0FBQ2pGLElBQUFDLElBQUcsV0FBVyxJQUFJLDhCQUE4QixNQUFNO0FBQ3BELFlBQU0sT0FBT0MsTUFBSyxLQUFLLElBQUk7QUFDM0IsWUFBTSxNQUFNLE1BQU0sSUFBSTtBQUN0QixNQUFBQyxRQUFPLEdBQUcsS0FBSyxHQUFHLElBQUksZUFBZTtBQUNyQyxZQUFNLGVBQWUsS0FBSyxRQUFRLFdBQVcsTUFBTTtBQUNuRCxVQUFJLFVBQVUsQ0FBQyxXQUFXLFlBQVksRUFBRyxDQUFBQyxlQUFjLGNBQWMsR0FBRyxHQUFHO0FBQUEsQ0FBSTtBQUMvRSxNQUFBRCxRQUFPLE1BQU0sS0FBS0UsY0FBYSxjQUFjLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDOUQsTUFBQUYsUUFBTyxNQUFNLEtBQUssc0JBQXNCLHNCQUFzQjtBQUFBLElBQ2hFLENBQUM7QUFBQSxFQUNIO0FBRUEsYUFBVyxRQUFRSCxhQUFZLEdBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsWUFBWSxDQUFDLEdBQUc7QUFDM0UsSUFBQUMsSUFBRyxXQUFXLElBQUksSUFBSSxNQUFNO0FBQzFCLFlBQU0sT0FBT0MsTUFBSyxLQUFLLElBQUk7QUFDM0IsTUFBQUMsUUFBTyxNQUFNLE1BQU0sSUFBSSxHQUFHLE1BQVM7QUFDbkMsWUFBTSxPQUFPLFlBQVksa0JBQWtCLElBQUksR0FBRyxJQUFJO0FBQ3RELE1BQUFBLFFBQU8sR0FBRyxLQUFLLFFBQVEsU0FBUyxDQUFDO0FBQUEsSUFDbkMsQ0FBQztBQUFBLEVBQ0g7QUFFQSxFQUFBRixJQUFHLGlEQUFpRCxNQUFNO0FBQ3hELFVBQU0sTUFBTSxrQkFBa0JDLE1BQUssS0FBSyxpQkFBaUIsQ0FBQztBQUMxRCxVQUFNLE1BQU0sSUFBSSxNQUFNLENBQUM7QUFDdkIsSUFBQUMsUUFBTyxNQUFNLElBQUksU0FBUyxHQUFHO0FBQzdCLElBQUFBLFFBQU8sTUFBTSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQ2hDLElBQUFBLFFBQU8sTUFBTSxJQUFJLFFBQVEsQ0FBQyxFQUFHLFVBQVUsR0FBRztBQUMxQyxJQUFBQSxRQUFPLE1BQU0sSUFBSSxNQUFNLENBQUMsRUFBRyxRQUFRLENBQUMsRUFBRyxVQUFVLEdBQUc7QUFDcEQsSUFBQUEsUUFBTyxNQUFNLElBQUksTUFBTSxZQUFZLEdBQUc7QUFDdEMsSUFBQUEsUUFBTyxNQUFNLElBQUksTUFBTSxVQUFVLEtBQUssT0FBTyxJQUFJO0FBQ2pELFVBQU0sT0FBTyxZQUFZLEtBQUssR0FBRztBQUNqQyxJQUFBQSxRQUFPO0FBQUEsTUFDTCxLQUFLLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJO0FBQUEsTUFDOUIsQ0FBQyxVQUFVLFVBQVUsVUFBVSxRQUFRLFFBQVEsUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLFdBQVcsSUFBSSxNQUFNLENBQUMsQ0FBQztBQUFBLElBQzdGO0FBQ0EsSUFBQUEsUUFBTyxNQUFNLGNBQWMsTUFBTSxHQUFHLElBQUk7QUFDeEMsSUFBQUEsUUFBTyxNQUFNLGNBQWMsSUFBSSxHQUFHLElBQU87QUFDekMsSUFBQUEsUUFBTyxNQUFNLGNBQWMsTUFBTSxHQUFHLE1BQVM7QUFBQSxFQUMvQyxDQUFDO0FBRUQsRUFBQUYsSUFBRyx1RUFBdUUsTUFBTTtBQUM5RSxVQUFNLFNBQVNJLGNBQWEsUUFBUSxNQUFNO0FBQzFDLFVBQU0sUUFBUSxvQkFBb0IsTUFBTTtBQUN4QyxRQUFJLE9BQVEsQ0FBQUQsZUFBYyxRQUFRLEtBQUs7QUFDdkMsSUFBQUQsUUFBTyxNQUFNLFFBQVEsT0FBTyw2REFBNkQ7QUFBQSxFQUMzRixDQUFDO0FBQ0gsQ0FBQzs7O0FNekVELE9BQU9HLGFBQVk7QUFDbkIsU0FBUyxZQUFBQyxXQUFVLE1BQUFDLFdBQVU7QUFHN0IsU0FBUyxNQUFNLE9BQTJCO0FBQ3hDLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsS0FBSSxLQUFNLE1BQU0sQ0FBQyxLQUFNLElBQUssTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUNuRixTQUFPO0FBQ1Q7QUFFQUMsVUFBUyxVQUFVLE1BQU07QUFDdkIsRUFBQUMsSUFBRyx5Q0FBeUMsTUFBTTtBQUNoRCxVQUFNQyxNQUFLLElBQUksU0FBUyxJQUFJLFlBQVksQ0FBQyxDQUFDO0FBQzFDLElBQUFBLElBQUcsV0FBVyxHQUFHLEtBQUs7QUFDdEIsVUFBTSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTUEsSUFBRyxTQUFTLENBQUMsQ0FBQztBQUMzRCxJQUFBQyxRQUFPLE1BQU0sVUFBVSxNQUFNLENBQUMsR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsR0FBRyxPQUFPLE1BQU0sR0FBRyxLQUFLO0FBQ3BFLElBQUFBLFFBQU8sTUFBTSxVQUFVLE1BQU0sQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUMsR0FBRyxHQUFHLE9BQU8sTUFBTSxHQUFHLEtBQUs7QUFDcEUsSUFBQUEsUUFBTyxNQUFNLFVBQVUsTUFBTSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxHQUFHLEdBQUcsT0FBTyxNQUFNLEdBQUcsS0FBSztBQUNwRSxJQUFBQSxRQUFPLE1BQU0sVUFBVSxNQUFNLENBQUMsR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsR0FBRyxPQUFPLE1BQU0sR0FBRyxLQUFLO0FBQUEsRUFDdEUsQ0FBQztBQUNELEVBQUFGLElBQUcsaUNBQWlDLE1BQU07QUFDeEMsSUFBQUUsUUFBTyxNQUFNLFVBQVUsQ0FBQyxLQUFNLEdBQUcsR0FBRyxPQUFPLE1BQU0sR0FBRyxFQUFFO0FBQ3RELElBQUFBLFFBQU8sTUFBTSxVQUFVLENBQUMsS0FBTSxHQUFHLEdBQUcsT0FBTyxNQUFNLEdBQUcsS0FBSztBQUN6RCxJQUFBQSxRQUFPLE1BQU0sVUFBVSxDQUFDLEdBQVEsQ0FBTSxHQUFHLEdBQUcsT0FBTyxNQUFNLEdBQUcsS0FBSztBQUNqRSxJQUFBQSxRQUFPLE1BQU0sVUFBVSxDQUFDLEdBQVEsQ0FBTSxHQUFHLEdBQUcsT0FBTyxNQUFNLEdBQUcsS0FBSztBQUNqRSxJQUFBQSxRQUFPLE1BQU0sVUFBVSxDQUFDLE9BQVEsS0FBTSxHQUFHLEdBQUcsT0FBTyxNQUFNLEdBQUcsRUFBRTtBQUM5RCxJQUFBQSxRQUFPLE1BQU0sVUFBVSxDQUFDLEdBQUcsR0FBRyxHQUFRLEtBQU0sR0FBRyxHQUFHLE9BQU8sTUFBTSxHQUFHLEdBQU07QUFDeEUsSUFBQUEsUUFBTyxNQUFNLFVBQVUsQ0FBQyxPQUFRLE9BQVEsT0FBUSxLQUFNLEdBQUcsR0FBRyxPQUFPLE1BQU0sR0FBRyxFQUFFO0FBQUEsRUFDaEYsQ0FBQztBQUNELEVBQUFGLElBQUcsaUJBQWlCLE1BQU07QUFDeEIsVUFBTUMsTUFBSyxJQUFJLFNBQVMsSUFBSSxZQUFZLENBQUMsQ0FBQztBQUMxQyxJQUFBQSxJQUFHLFdBQVcsR0FBRyxTQUFTO0FBQzFCLFVBQU0sS0FBSyxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTUEsSUFBRyxVQUFVLENBQUMsQ0FBQztBQUNsRCxJQUFBQyxRQUFPLE1BQU0sVUFBVSxJQUFJLEdBQUcsT0FBTyxNQUFNLEdBQUcsU0FBUztBQUFBLEVBQ3pELENBQUM7QUFDRCxFQUFBRixJQUFHLDRDQUE0QyxNQUFNO0FBQ25ELElBQUFFLFFBQU8sTUFBTSxnQkFBZ0IsS0FBSyxPQUFPLEtBQUssQ0FBQyxHQUFHLEtBQUs7QUFDdkQsSUFBQUEsUUFBTyxNQUFNLGdCQUFnQixLQUFLLE9BQU8sSUFBSyxDQUFDLEdBQUcsSUFBSztBQUN2RCxJQUFBQSxRQUFPLE1BQU0sZ0JBQWdCLEtBQUssT0FBTyxLQUFLLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDekQsQ0FBQztBQUNELFFBQU0sT0FBTztBQUFBLElBQ1gsTUFBTTtBQUFBLElBQ04sT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsUUFBUTtBQUFBLElBQ1IsVUFBVTtBQUFBLElBQ1YsY0FBYyxDQUFDO0FBQUEsRUFDakI7QUFDQSxFQUFBRixJQUFHLGtFQUFrRSxNQUFNO0FBQ3pFLElBQUFFLFFBQU8sTUFBTSxZQUFZLENBQUMsR0FBRyxJQUFJLEdBQUcsR0FBRyxFQUFFLEdBQUcsTUFBTSxPQUFPLEtBQUssVUFBVSxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQ25GLElBQUFBLFFBQU8sTUFBTSxZQUFZLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBRyxFQUFFLEdBQUcsTUFBTSxPQUFPLEdBQUcsUUFBUSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDL0UsQ0FBQztBQUNELEVBQUFGLElBQUcsb0NBQW9DLE1BQU07QUFDM0MsSUFBQUUsUUFBTyxNQUFNLFlBQVksQ0FBQyxPQUFRLEtBQU0sR0FBRyxHQUFHLEVBQUUsR0FBRyxNQUFNLGNBQWMsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxHQUFHLE1BQVM7QUFDakcsSUFBQUEsUUFBTyxNQUFNLFlBQVksQ0FBQyxPQUFRLEtBQU0sR0FBRyxHQUFHLEVBQUUsR0FBRyxNQUFNLGNBQWMsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxHQUFHLFVBQVU7QUFBQSxFQUNwRyxDQUFDO0FBQ0gsQ0FBQzs7O0FDdERELE9BQU9DLGFBQVk7QUFDbkIsU0FBUyxTQUFBQyxRQUFPLFVBQUFDLFNBQVEsWUFBQUMsV0FBVSxNQUFBQyxXQUFVO0FBTTVDQyxVQUFTLDZDQUE2QyxNQUFNO0FBQzFELE1BQUk7QUFDSixNQUFJO0FBQ0osRUFBQUMsUUFBTyxZQUFZO0FBRWpCLFVBQU0sTUFBTSxrQkFBa0IsRUFBRSxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsS0FBSyxNQUFNLE9BQWtCLENBQUM7QUFDN0UsZ0JBQVksSUFBSSxtQkFBbUIsRUFBRSxNQUFNLElBQUksTUFBTSxNQUFNLElBQUksS0FBSyxDQUFDO0FBQUEsRUFDdkUsQ0FBQztBQUNELEVBQUFDLE9BQU0sWUFBWTtBQUNoQixVQUFNLFVBQVUsTUFBTTtBQUN0QixVQUFNLElBQUksTUFBTTtBQUFBLEVBQ2xCLENBQUM7QUFFRCxFQUFBQyxJQUFHLHdEQUF3RCxZQUFZO0FBQ3JFLFVBQU0sTUFBTSxJQUFJLGFBQWEsRUFBRSxTQUFTLFlBQVksUUFBUSxHQUFHLFdBQVcsTUFBTSxHQUFHLFdBQVcsSUFBSyxDQUFDO0FBQ3BHLFVBQU0sTUFBTSxNQUFNLElBQUksS0FBSztBQUMzQixJQUFBQyxRQUFPLFVBQVUsSUFBSSxRQUFRLENBQUMsQ0FBQztBQUMvQixVQUFNLFNBQVMsT0FBTyxJQUFJLE9BQU8sSUFBSSxDQUFDLEVBQUcsTUFBTTtBQUMvQyxVQUFNLFFBQVEsSUFBSSxRQUFRLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxxQkFBcUI7QUFDMUUsSUFBQUEsUUFBTyxNQUFNLE1BQU0sUUFBUSxDQUFDO0FBQzVCLFVBQU0sUUFBUSxJQUFJLE9BQU8sSUFBSSxDQUFDLEVBQUc7QUFDakMsZUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE1BQU0sUUFBUSxHQUFHO0FBQ3BDLE1BQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sT0FBTyxJQUFJLElBQUksQ0FBQyxFQUFFO0FBQ3hDLE1BQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sUUFBUSxNQUFNO0FBQ3BDLE1BQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLElBQ3hDO0FBQ0EsVUFBTSxTQUFTLElBQUksUUFBUTtBQUFBLE1BQ3pCLENBQUMsTUFBTSxFQUFFLFdBQVcsbUNBQW1DLEVBQUUsT0FBTyxVQUFVO0FBQUEsSUFDNUU7QUFDQSxJQUFBQSxRQUFPLE1BQU0sUUFBUSxPQUFPLEtBQUssTUFBTSxNQUFNLFlBQVksR0FBSSxDQUFDO0FBQzlELElBQUFBLFFBQU8sR0FBRyxJQUFJLFlBQVksR0FBRyxHQUFHLElBQUksUUFBUSxXQUFXO0FBQUEsRUFDekQsQ0FBQztBQUVELEVBQUFELElBQUcsdURBQXVELFlBQVk7QUFDcEUsVUFBTSxNQUFNLElBQUksYUFBYSxFQUFFLFNBQVMsWUFBWSxRQUFRLEdBQUcsV0FBVyxNQUFNLEdBQUcsV0FBVyxJQUFJLENBQUM7QUFDbkcsVUFBTSxNQUFNLE1BQU0sSUFBSSxLQUFLO0FBQzNCLElBQUFDLFFBQU8sTUFBTSxJQUFJLFFBQVEsUUFBUSxDQUFDO0FBQ2xDLElBQUFBLFFBQU8sTUFBTSxJQUFJLE9BQU8sUUFBUSxDQUFDO0FBQ2pDLElBQUFBLFFBQU8sTUFBTSxJQUFJLE9BQU8sQ0FBQyxFQUFHLFNBQVMsUUFBUTtBQUFBLEVBQy9DLENBQUM7QUFFRCxFQUFBRCxJQUFHLHVEQUF1RCxZQUFZO0FBQ3BFLFVBQU0sT0FBTyxNQUFNLFNBQVM7QUFDNUIsVUFBTSxJQUFJLElBQUksbUJBQW1CLEVBQUUsTUFBTSxhQUFhLEtBQUssQ0FBQztBQUM1RCxVQUFNLE1BQU0sSUFBSSxhQUFhLEVBQUUsU0FBUyxZQUFZLFFBQVEsR0FBRyxXQUFXLEdBQUcsTUFBTSxHQUFHLFdBQVcsSUFBSSxDQUFDO0FBQ3RHLFVBQU0sTUFBTSxNQUFNLElBQUksS0FBSztBQUMzQixJQUFBQyxRQUFPLE1BQU0sSUFBSSxPQUFPLENBQUMsR0FBRyxNQUFNLGdCQUFnQjtBQUNsRCxJQUFBQSxRQUFPLE1BQU0sSUFBSSxPQUFPLENBQUMsRUFBRyxTQUFTLDJDQUEyQztBQUNoRixVQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ2hCLENBQUM7QUFDSCxDQUFDOzs7QUM1REQsT0FBT0MsYUFBWTtBQUNuQixTQUFTLFlBQUFDLFdBQVUsTUFBQUMsV0FBVTtBQUk3QkMsVUFBUyxtQkFBbUIsTUFBTTtBQUNoQyxFQUFBQyxJQUFHLDRCQUE0QixNQUFNO0FBQ25DLElBQUFDLFFBQU8sR0FBRyxvQkFBb0IsRUFBRSxTQUFTLFFBQVEsQ0FBQztBQUNsRCxVQUFNLElBQUksWUFBWSxRQUFRO0FBQzlCLElBQUFBLFFBQU8sTUFBTSxFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sUUFBUTtBQUMzQyxJQUFBQSxRQUFPLE1BQU0sRUFBRSxTQUFTLENBQUMsR0FBRyxNQUFNLFNBQVMsS0FBTTtBQUNqRCxVQUFNLFFBQVEsRUFBRSxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxxQkFBcUI7QUFDdkUsSUFBQUEsUUFBTztBQUFBLE1BQ0wsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsU0FBUyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDNUM7QUFBQSxRQUNFLENBQUMsR0FBRyxJQUFJO0FBQUEsUUFDUixDQUFDLEdBQUcsSUFBSTtBQUFBLFFBQ1IsQ0FBQyxHQUFHLElBQUk7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLEVBQ0YsQ0FBQztBQUNELEVBQUFELElBQUcsd0VBQXdFLE1BQU07QUFDL0UsVUFBTSxJQUFJLFlBQVksUUFBUTtBQUM5QixVQUFNLFNBQVMsVUFBVSxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsWUFBWTtBQUMzRCxJQUFBQyxRQUFPLEdBQUcsT0FBTyxVQUFVLEdBQUcsT0FBTyxPQUFPLE1BQU0sU0FBUztBQUMzRCxlQUFXLEtBQUssT0FBUSxDQUFBQSxRQUFPLEdBQUcsRUFBRSxTQUFTLEdBQUc7QUFDaEQsVUFBTSxVQUFVLE9BQU8sUUFBUSxDQUFDLE1BQU0sRUFBRSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQ2xFLElBQUFBLFFBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRSxPQUFPLE1BQU07QUFFNUMsVUFBTSxTQUFTLFVBQVUsRUFBRSxRQUFRLENBQUM7QUFDcEMsSUFBQUEsUUFBTyxHQUFHLE9BQU8sU0FBUyxPQUFPLE1BQU07QUFBQSxFQUN6QyxDQUFDO0FBQ0QsRUFBQUQsSUFBRyxnQ0FBZ0MsTUFBTTtBQUN2QyxVQUFNLFNBQVMsTUFBTSxLQUFLLEVBQUUsUUFBUSxJQUFJLEdBQUcsQ0FBQyxHQUFHLE9BQU87QUFBQSxNQUNwRCxVQUFVO0FBQUEsTUFDVixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLE9BQU87QUFBQSxNQUNQLE9BQU87QUFBQSxNQUNQLFFBQVE7QUFBQSxNQUNSLFVBQVU7QUFBQSxNQUNWLGNBQWMsQ0FBQztBQUFBLE1BQ2YsUUFBUTtBQUFBLE1BQ1IsUUFBUSxDQUFDO0FBQUEsSUFDWCxFQUFFO0FBQ0YsVUFBTSxTQUFTLFVBQVUsUUFBUSxDQUFDO0FBQ2xDLElBQUFDLFFBQU87QUFBQSxNQUNMLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLO0FBQUEsTUFDekIsQ0FBQyxLQUFLLEVBQUU7QUFBQSxJQUNWO0FBQUEsRUFDRixDQUFDO0FBQ0QsRUFBQUQsSUFBRyxzREFBc0QsTUFBTTtBQUM3RCxJQUFBQyxRQUFPO0FBQUEsTUFDTCxNQUNFO0FBQUEsUUFDRSxFQUFFLFNBQVMsS0FBSyxTQUFTLENBQUMsRUFBRSxNQUFNLEtBQUssTUFBTSxTQUFTLFdBQVcsQ0FBQyxFQUFFLFNBQVMsSUFBTSxDQUFDLEVBQUUsQ0FBQyxFQUFFO0FBQUEsUUFDekY7QUFBQSxNQUNGO0FBQUEsTUFDRixDQUFDLFFBQ0MsSUFBSSxTQUFTLHFCQUNiLG9DQUFvQyxLQUFLLElBQUksT0FBTyxLQUNwRCxRQUFRLEtBQUssSUFBSSxPQUFPO0FBQUEsSUFDNUI7QUFDQSxJQUFBQSxRQUFPO0FBQUEsTUFDTCxNQUNFO0FBQUEsUUFDRTtBQUFBLFVBQ0UsU0FBUztBQUFBLFVBQ1QsU0FBUyxDQUFDLEVBQUUsTUFBTSxLQUFLLE1BQU0sU0FBUyxXQUFXLENBQUMsRUFBRSxTQUFTLEdBQUcsTUFBTSxRQUFRLENBQUMsRUFBRSxDQUFDO0FBQUEsUUFDcEY7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsSUFBQUEsUUFBTztBQUFBLE1BQ0wsTUFBTSxZQUFZLGFBQWE7QUFBQSxNQUMvQjtBQUFBLElBQ0Y7QUFBQSxFQUNGLENBQUM7QUFDRCxFQUFBRCxJQUFHLDBDQUEwQyxNQUFNO0FBQ2pELElBQUFDLFFBQU87QUFBQSxNQUNMLE1BQ0U7QUFBQSxRQUNFO0FBQUEsVUFDRSxTQUFTO0FBQUEsVUFDVCxTQUFTLENBQUMsRUFBRSxNQUFNLFNBQVMsTUFBTSxTQUFTLE1BQU0sU0FBUyxXQUFXLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFBQSxRQUN4RjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGLENBQUM7QUFDSCxDQUFDOzs7QUM3RkQsT0FBT0MsYUFBWTtBQUNuQixTQUFTLFlBQUFDLFdBQVUsTUFBQUMsV0FBVTtBQUc3QkMsVUFBUyxlQUFlLE1BQU07QUFDNUIsRUFBQUMsSUFBRywrQ0FBK0MsTUFBTTtBQUN0RCxVQUFNLElBQUksZ0JBQWdCLG1DQUFtQztBQUM3RCxJQUFBQyxRQUFPLFVBQVUsR0FBRztBQUFBLE1BQ2xCLFlBQVk7QUFBQSxNQUNaLE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLFFBQVE7QUFBQSxJQUNWLENBQUM7QUFDRCxJQUFBQSxRQUFPLE1BQU0saUJBQWlCLENBQUMsR0FBRyxtQ0FBbUM7QUFDckUsSUFBQUEsUUFBTyxNQUFNLFNBQVMsR0FBRyxTQUFTLEdBQUcsMkNBQTJDO0FBQUEsRUFDbEYsQ0FBQztBQUNELEVBQUFELElBQUcsNENBQTRDLE1BQU07QUFDbkQsSUFBQUMsUUFBTyxPQUFPLE1BQU0sZ0JBQWdCLGFBQWEsR0FBRyx3Q0FBd0M7QUFBQSxFQUM5RixDQUFDO0FBQ0QsRUFBQUQsSUFBRyxpQ0FBaUMsTUFBTTtBQUN4QyxJQUFBQyxRQUFPLE9BQU8sTUFBTSxnQkFBZ0Isb0JBQW9CLEdBQUcsMkJBQTJCO0FBQ3RGLElBQUFBLFFBQU8sT0FBTyxNQUFNLGdCQUFnQixjQUFjLEdBQUcscUJBQXFCO0FBQzFFLElBQUFBLFFBQU8sT0FBTyxNQUFNLGdCQUFnQixhQUFhLEdBQUcsb0JBQW9CO0FBQUEsRUFDMUUsQ0FBQztBQUNELEVBQUFELElBQUcsMENBQTBDLE1BQU07QUFDakQsSUFBQUMsUUFBTyxVQUFVLFdBQVcsbUJBQW1CLEdBQUcsTUFBTSxTQUFTO0FBQ2pFLElBQUFBLFFBQU8sTUFBTSxXQUFXLGlCQUFpQixHQUFHLE1BQVM7QUFDckQsSUFBQUEsUUFBTyxNQUFNLFdBQVcsb0JBQW9CLEdBQUcsTUFBUztBQUN4RCxJQUFBQSxRQUFPLE1BQU0sV0FBVyxlQUFlLEdBQUcsTUFBUztBQUFBLEVBQ3JELENBQUM7QUFDSCxDQUFDOzs7QUMvQkQsT0FBT0MsYUFBWTtBQUNuQixTQUFTLFNBQUFDLFFBQU8sVUFBQUMsU0FBUSxZQUFBQyxXQUFVLE1BQUFDLFdBQVU7QUFDNUMsT0FBT0MsbUJBQWtCO0FBSXpCLFNBQVMsSUFBSUMsUUFBaUIsR0FBbUI7QUFDL0MsUUFBTUMsTUFBSyxJQUFJLFNBQVMsSUFBSSxZQUFZLENBQUMsQ0FBQztBQUMxQyxFQUFBQSxJQUFHLFVBQVUsR0FBR0QsT0FBTSxDQUFDLENBQUU7QUFDekIsRUFBQUMsSUFBRyxVQUFVLEdBQUdELE9BQU0sSUFBSSxDQUFDLENBQUU7QUFDN0IsU0FBT0MsSUFBRyxXQUFXLENBQUM7QUFDeEI7QUFFQUMsVUFBUyxnQkFBZ0IsTUFBTTtBQUM3QixFQUFBQyxJQUFHLDBFQUEwRSxNQUFNO0FBQ2pGLFVBQU0sSUFBSSxJQUFJLFlBQVksRUFBRSxNQUFNLEdBQUcsU0FBUyxFQUFFLENBQUM7QUFDakQsUUFBSSxVQUFVLEVBQUUsUUFBUTtBQUN4QixhQUFTLElBQUksS0FBTSxLQUFLLE1BQVcsS0FBSyxLQUFNO0FBQzVDLFlBQU0sSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUNwQixlQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixRQUFBQyxRQUFPLEdBQUcsRUFBRSxRQUFRLENBQUMsSUFBSyxPQUFPLEVBQUUsUUFBUSxDQUFDLElBQUssS0FBSyxXQUFXLEVBQUUsUUFBUSxDQUFDLENBQUMsRUFBRTtBQUMvRSxRQUFBQSxRQUFPLEdBQUcsRUFBRSxRQUFRLENBQUMsS0FBTSxLQUFLLEVBQUUsUUFBUSxDQUFDLElBQUssRUFBRTtBQUNsRCxjQUFNLElBQUksRUFBRSxRQUFRLENBQUMsSUFBSyxFQUFFLFFBQVEsQ0FBQyxJQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3pELFFBQUFBLFFBQU8sR0FBRyxLQUFLLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSyxDQUFDLEtBQUssR0FBRyxzQkFBZ0I7QUFBQSxNQUM1RDtBQUNBLE1BQUFBLFFBQU8sR0FBRyxLQUFLLElBQUksRUFBRSxZQUFZLEVBQUUsSUFBSSxHQUFHO0FBQzFDLE1BQUFBLFFBQU8sR0FBRyxFQUFFLGFBQWEsU0FBUyx3QkFBd0I7QUFDMUQsZ0JBQVUsRUFBRTtBQUFBLElBQ2Q7QUFDQSxJQUFBQSxRQUFPLEdBQUcsVUFBVSxVQUFVLEdBQUcsbUNBQW1DO0FBQUEsRUFDdEUsQ0FBQztBQUNELEVBQUFELElBQUcsK0JBQStCLE1BQU07QUFDdEMsVUFBTSxJQUFJLElBQUksWUFBWSxFQUFFLE1BQU0sR0FBRyxTQUFTLEVBQUUsQ0FBQyxFQUFFLE9BQU8sR0FBSTtBQUM5RCxVQUFNLElBQUksSUFBSSxZQUFZLEVBQUUsTUFBTSxHQUFHLFNBQVMsRUFBRSxDQUFDLEVBQUUsT0FBTyxHQUFJO0FBQzlELElBQUFDLFFBQU8sVUFBVSxHQUFHLENBQUM7QUFBQSxFQUN2QixDQUFDO0FBQ0gsQ0FBQztBQUVERixVQUFTLDBCQUEwQixNQUFNO0FBQ3ZDLE1BQUk7QUFFSixRQUFNLFNBQVMsSUFBS0csY0FBd0Q7QUFDNUUsRUFBQUMsUUFBTyxZQUFZO0FBQ2pCLFVBQU0sTUFBTSxrQkFBa0IsRUFBRSxNQUFNLEdBQUcsT0FBTyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDeEQsVUFBTSxPQUFPLFdBQVcsSUFBSSxNQUFNLEVBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQztBQUNwRCxXQUFPLFdBQVcsR0FBSTtBQUFBLEVBQ3hCLENBQUM7QUFDRCxFQUFBQyxPQUFNLFlBQVk7QUFDaEIsVUFBTSxJQUFJLFFBQWMsQ0FBQyxNQUFNLE9BQU8sTUFBTSxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBQ3RELFVBQU0sSUFBSSxNQUFNO0FBQUEsRUFDbEIsQ0FBQztBQUVELEVBQUFKLElBQUcseURBQXlELFlBQVk7QUFDdEUsV0FBTyxNQUFNLENBQUM7QUFDZCxVQUFNLElBQUksTUFBTSxPQUFPLG1CQUFtQixHQUFHLENBQUM7QUFDOUMsZUFBVyxLQUFLLENBQUMsR0FBRyxHQUFHLENBQUMsR0FBRztBQUN6QixZQUFNLElBQUksSUFBSSxFQUFFLE1BQU0sQ0FBQztBQUN2QixNQUFBQyxRQUFPLEdBQUcsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFJLElBQUksSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFO0FBQUEsSUFDdEQ7QUFBQSxFQUNGLENBQUM7QUFDRCxFQUFBRCxJQUFHLDhEQUE4RCxZQUFZO0FBQzNFLFdBQU8sTUFBTSxDQUFDO0FBQ2QsVUFBTSxJQUFJLE1BQU0sT0FBTyxxQkFBcUIsT0FBUSxDQUFDO0FBQ3JELElBQUFDLFFBQU8sTUFBTSxFQUFFLEtBQUssQ0FBQyxJQUFLLFFBQVEsRUFBRSxLQUFLLENBQUMsR0FBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLEVBQUcsTUFBTTtBQUFBLEVBQ3pFLENBQUM7QUFDRCxFQUFBRCxJQUFHLHFFQUFxRSxZQUFZO0FBQ2xGLFdBQU8sTUFBTSxDQUFDO0FBQ2QsVUFBTUMsUUFBTyxRQUFRLE9BQU8sbUJBQW1CLEtBQVEsQ0FBQyxHQUFHLGlDQUFpQztBQUM1RixXQUFPLE1BQU0sQ0FBQztBQUNkLFVBQU1BLFFBQU8sUUFBUSxPQUFPLG1CQUFtQixhQUFhLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzVFLENBQUM7QUFDSCxDQUFDOzs7QW5EdkVELFFBQVEsSUFBSSxnQkFBZ0IsUUFBUSxJQUFJLFNBQVMsUUFBUSxPQUFPLEVBQUU7QUFDbEUsSUFBSSxRQUFRLFNBQVMsUUFBUyxPQUFNLElBQUksTUFBTSxzQkFBc0I7QUFRcEVJLE9BQU0sTUFBTTtBQUFDLENBQUM7IiwKICAibmFtZXMiOiBbImFmdGVyIiwgImpvaW4iLCAiYnVmIiwgImxhYmVscyIsICJhZnRlciIsICJjIiwgImR2IiwgImxhYmVscyIsICJsYWJlbHMiLCAibGFiZWxzIiwgImxhYmVscyIsICJta2RpclN5bmMiLCAiZmFpbCIsICJyZXNvbHZlIiwgImNyZWF0ZVNlcnZlciIsICJpdCIsICJjcmVhdGVTZXJ2ZXIiLCAicmVzb2x2ZSIsICJta2RpclN5bmMiLCAiY3JlYXRlU2VydmVyIiwgInJlc29sdmUiLCAiY3JlYXRlU2VydmVyIiwgIndvcmRzIiwgImZuIiwgIndvcmRzIiwgImZuIiwgImFkZHJlc3MiLCAicmVhZEZpbGVTeW5jIiwgIm1rZGlyU3luYyIsICJyZWFkZGlyU3luYyIsICJyZWFkRmlsZVN5bmMiLCAicmVhZEZpbGVTeW5jIiwgInJlc29sdmUiLCAiZm4iLCAiYWRkcmVzcyIsICJyZXNvbHZlIiwgInJlYWRkaXJTeW5jIiwgInJlYWRGaWxlU3luYyIsICJkaXJuYW1lIiwgImpvaW4iLCAiam9pbiIsICJkaXJuYW1lIiwgInJlYWRkaXJTeW5jIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgIml0IiwgImFzc2VydCIsICJyZWFkZGlyU3luYyIsICJyZWFkRmlsZVN5bmMiLCAid3JpdGVGaWxlU3luYyIsICJqb2luIiwgImRlc2NyaWJlIiwgIml0IiwgImZpbGVVUkxUb1BhdGgiLCAicmVhZEZpbGVTeW5jIiwgInBhcnNlWWFtbCIsICJ6IiwgInoiLCAibGFiZWxOYW1lIiwgIm1ldHJpY05hbWUiLCAiY2hlY2siLCAicmVhZEZpbGVTeW5jIiwgInBhcnNlWWFtbCIsICJyZWFkRmlsZVN5bmMiLCAid3JpdGVGaWxlU3luYyIsICJmaWxlVVJMVG9QYXRoIiwgInoiLCAieiIsICJmaWxlVVJMVG9QYXRoIiwgIndyaXRlRmlsZVN5bmMiLCAicmVhZEZpbGVTeW5jIiwgImpvaW4iLCAiY2xvc2VTeW5jIiwgIm9wZW5TeW5jIiwgInJlYWRGaWxlU3luYyIsICJyZWFkU3luYyIsICJmaWxlVVJMVG9QYXRoIiwgImRlc2NyaWJlIiwgInJlYWRkaXJTeW5jIiwgIml0IiwgImpvaW4iLCAiYXNzZXJ0IiwgIndyaXRlRmlsZVN5bmMiLCAicmVhZEZpbGVTeW5jIiwgImFzc2VydCIsICJkZXNjcmliZSIsICJpdCIsICJkZXNjcmliZSIsICJpdCIsICJkdiIsICJhc3NlcnQiLCAiYXNzZXJ0IiwgImFmdGVyIiwgImJlZm9yZSIsICJkZXNjcmliZSIsICJpdCIsICJkZXNjcmliZSIsICJiZWZvcmUiLCAiYWZ0ZXIiLCAiaXQiLCAiYXNzZXJ0IiwgImFzc2VydCIsICJkZXNjcmliZSIsICJpdCIsICJkZXNjcmliZSIsICJpdCIsICJhc3NlcnQiLCAiYXNzZXJ0IiwgImRlc2NyaWJlIiwgIml0IiwgImRlc2NyaWJlIiwgIml0IiwgImFzc2VydCIsICJhc3NlcnQiLCAiYWZ0ZXIiLCAiYmVmb3JlIiwgImRlc2NyaWJlIiwgIml0IiwgIm1vZGJ1c1NlcmlhbCIsICJ3b3JkcyIsICJkdiIsICJkZXNjcmliZSIsICJpdCIsICJhc3NlcnQiLCAibW9kYnVzU2VyaWFsIiwgImJlZm9yZSIsICJhZnRlciIsICJhZnRlciJdCn0K
