/**
 * Backfill: `importOpenMetrics(file, dataDir)` reads an OpenMetrics (or Prometheus text) file whose
 * samples carry timestamps and writes them into `dataDir` as immutable blocks, as promtool's
 * `tsdb create-blocks-from openmetrics` does. The file is read in chunks cut at line boundaries;
 * each chunk is parsed with `@sensorpath/openmetrics`' streaming `parseSamples`, prefixed with the
 * metadata lines of the family that was open at the cut (so counters stay counters) and, in
 * OpenMetrics, suffixed with `# EOF`. Samples are gathered per series in typed arrays, then written
 * as one block per `blockDurationMs`-aligned range, which the TSDB merges with overlapping blocks
 * on its next compaction. Memory: about 16 bytes per sample of the file while importing.
 *
 * Import into a directory no running TSDB has open (like promtool); open it afterwards.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ParseOptions, parseSamples, type SampleView, type TextFormat } from '@sensorpath/openmetrics';
import { compareLabels, type Label, type Labels, StorageError, validateLabels } from '@sensorpath/storage';
import { BlockWriter } from './block.ts';
import { MAX_ABS_TIMESTAMP } from './chunk.ts';
import { lowerBound } from './series.ts';

export interface ImportOptions {
  /** @default 'openmetrics' */
  format?: TextFormat;
  /** Range blocks are aligned to. @default 18 h (the TSDB's default second compaction level) */
  blockDurationMs?: number;
  /** Bytes read and parsed at a time. @default 16 MiB */
  chunkBytes?: number;
  /** fsync written blocks. @default true */
  fsync?: boolean;
}

export interface ImportResult {
  samples: number;
  series: number;
  blocks: number;
}

class SeriesBuf {
  ts = new Float64Array(64);
  vs = new Float64Array(64);
  n = 0;
  sorted = true;
  constructor(readonly labels: Labels) {}
  push(t: number, v: number): void {
    const n = this.n;
    if (n === this.ts.length) {
      const ts = new Float64Array(n * 2);
      const vs = new Float64Array(n * 2);
      ts.set(this.ts);
      vs.set(this.vs);
      this.ts = ts;
      this.vs = vs;
    }
    if (n > 0 && t <= this.ts[n - 1]!) this.sorted = false;
    this.ts[n] = t;
    this.vs[n] = v;
    this.n = n + 1;
  }
  /** Sorts by time and drops repeated timestamps (the first one wins). */
  normalize(): void {
    if (this.sorted) return;
    const idx = Array.from({ length: this.n }, (_, i) => i).sort(
      (a, b) => this.ts[a]! - this.ts[b]! || a - b,
    );
    const ts = new Float64Array(this.n);
    const vs = new Float64Array(this.n);
    const src = new Uint8Array(this.vs.buffer);
    const dst = new Uint8Array(vs.buffer);
    let o = 0;
    for (const i of idx) {
      if (o > 0 && ts[o - 1] === this.ts[i]) continue;
      ts[o] = this.ts[i]!;
      dst.set(src.subarray(i * 8, i * 8 + 8), o * 8);
      o++;
    }
    this.ts = ts;
    this.vs = vs;
    this.n = o;
    this.sorted = true;
  }
}

const NL = 0x0a;

/** Writes the timestamped samples of an OpenMetrics file into `dataDir` as blocks. */
export async function importOpenMetrics(
  file: string,
  dataDir: string,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const format = opts.format ?? 'openmetrics';
  const R = opts.blockDurationMs ?? 18 * 3_600_000;
  const chunkBytes = opts.chunkBytes ?? 16 * 1024 * 1024;
  const series = new Map<string, SeriesBuf>();
  let samples = 0;
  // The series being read, by the identity of the parser's label array (shared between
  // consecutive samples of one series) and name.
  let lastLabelsArr: unknown;
  let lastName = '';
  let last: SeriesBuf | undefined;
  let missingTs = 0;
  const onSample = (s: SampleView): void => {
    if (Number.isNaN(s.timestamp)) {
      missingTs++;
      return;
    }
    let buf: SeriesBuf | undefined;
    if (s.labels === lastLabelsArr && s.name === lastName) buf = last;
    if (buf === undefined) {
      let key = s.name;
      for (const l of s.labels) key += `\xfe${l.name}\xff${l.value}`;
      buf = series.get(key);
      if (buf === undefined) {
        const ls: Label[] = [{ name: '__name__', value: s.name }];
        for (const l of s.labels) if (l.value !== '') ls.push({ name: l.name, value: l.value });
        ls.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        validateLabels(ls);
        buf = new SeriesBuf(ls);
        series.set(key, buf);
      }
      lastLabelsArr = s.labels;
      lastName = s.name;
      last = buf;
    }
    const t = Math.round(s.timestamp * 1000);
    if (!(Math.abs(t) <= MAX_ABS_TIMESTAMP)) {
      throw new StorageError(
        'TSDB_IMPORT_INVALID',
        `timestamp ${s.timestamp} s of ${s.name} is out of range`,
      );
    }
    buf.push(t, s.value);
    samples++;
  };

  const parseOpts: ParseOptions = { format, maxBytes: Number.MAX_SAFE_INTEGER };
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const readBuf = Buffer.allocUnsafe(chunkBytes);
    let offset = 0;
    let carry = Buffer.alloc(0);
    let meta = ''; // metadata lines of the family open at the last cut
    let first = true;
    for (;;) {
      const n = offset < size ? fs.readSync(fd, readBuf, 0, chunkBytes, offset) : 0;
      offset += n;
      const atEnd = offset >= size || n === 0;
      const data = carry.length > 0 ? Buffer.concat([carry, readBuf.subarray(0, n)]) : readBuf.subarray(0, n);
      const cut = atEnd ? data.length : pointBoundary(data, data.lastIndexOf(NL) + 1);
      carry = Buffer.from(data.subarray(cut));
      if (cut === 0 && !atEnd) continue;
      const piece = data.subarray(0, cut);
      const prefix = first ? '' : meta;
      const suffix = atEnd || format !== 'openmetrics' ? '' : '# EOF\n';
      const input =
        prefix === '' && suffix === ''
          ? piece
          : Buffer.concat([Buffer.from(prefix), piece, Buffer.from(suffix)]);
      parseSamples(input, onSample, parseOpts);
      first = false;
      if (atEnd) break;
      meta = familyMeta(piece) ?? meta;
    }
  } finally {
    fs.closeSync(fd);
  }
  if (missingTs > 0) {
    throw new StorageError(
      'TSDB_IMPORT_INVALID',
      `${missingTs} samples in ${file} have no timestamp; backfilling needs a timestamp on every sample`,
    );
  }

  // Write blocks: series in label order, split by aligned range.
  const sorted = [...series.values()].sort((a, b) => compareLabels(a.labels, b.labels));
  const ranges = new Set<number>();
  for (const s of sorted) {
    s.normalize();
    if (s.n === 0) continue;
    const lo = Math.floor(s.ts[0]! / R);
    const hi = Math.floor(s.ts[s.n - 1]! / R);
    for (let r = lo; r <= hi; r++) ranges.add(r);
  }
  const blocksDir = path.join(dataDir, 'blocks');
  fs.mkdirSync(blocksDir, { recursive: true });
  let blocks = 0;
  for (const r of [...ranges].sort((a, b) => a - b)) {
    const bw = new BlockWriter(blocksDir, { fsync: opts.fsync ?? true });
    try {
      for (const s of sorted) {
        const from = lowerBound(s.ts, s.n, r * R);
        const to = lowerBound(s.ts, s.n, (r + 1) * R);
        if (to > from) bw.add(s.labels, s.ts.subarray(from, to), s.vs.subarray(from, to), to - from);
      }
    } catch (err) {
      bw.abort();
      throw err;
    }
    if (bw.finish(1, []) !== undefined) blocks++;
  }
  return { samples, series: series.size, blocks };
}

/**
 * Moves a cut at a line start back so that it never falls inside one point of a histogram,
 * summary or counter (the bucket, _count, _sum and _created lines of one label set and timestamp
 * are parsed together: a piece ending between them would be refused as an incomplete point).
 * Returns 0 (read on) when the piece holds no boundary yet. Walks back at most `MAX_CUT_WALK`
 * lines; past that (a pathological point) it keeps the line cut.
 */
function pointBoundary(data: Buffer, cut: number): number {
  if (cut <= 0) return cut;
  let bStart = cut; // start of line B: the line after the candidate boundary
  let bKey: string | undefined; // unknown for the (incomplete) line at the original cut
  for (let walked = 0; walked < MAX_CUT_WALK && bStart > 0; walked++) {
    const aStart = bStart >= 2 ? data.lastIndexOf(NL, bStart - 2) + 1 : 0;
    const aKey = pointKey(data.subarray(aStart, bStart - 1).toString());
    if (bKey !== undefined && (aKey === undefined || bKey === '' || aKey !== bKey)) return bStart;
    bKey = aKey ?? '';
    if (aStart === 0) return 0; // the whole piece is one point so far: read on
    bStart = aStart;
  }
  return cut;
}
const MAX_CUT_WALK = 100_000;

/**
 * The point a sample line belongs to: its label set without `le`/`quantile`, and its timestamp;
 * undefined for a comment or metadata line.
 */
function pointKey(line: string): string | undefined {
  if (line === '' || line[0] === '#') return undefined;
  let i = 0;
  while (i < line.length && line[i] !== '{' && line[i] !== ' ') i++;
  let labels = '';
  if (line[i] === '{') {
    const from = ++i;
    let inQuote = false;
    for (; i < line.length; i++) {
      const c = line[i];
      if (inQuote) {
        if (c === '\\') i++;
        else if (c === '"') inQuote = false;
      } else if (c === '"') inQuote = true;
      else if (c === '}') break;
    }
    labels = line
      .slice(from, i)
      .replace(/(^|,)\s*(le|quantile)\s*=\s*"(?:[^"\\]|\\.)*"/g, '')
      .replace(/^,/, '');
    i++;
  }
  const rest = line.slice(i).split(' # ')[0]!.trim().split(/\s+/);
  return `${labels}\u0000${rest[1] ?? ''}`;
}

function isMeta(line: string, fam: string): boolean {
  return line.startsWith(`# HELP ${fam} `) || line.startsWith(`# UNIT ${fam} `) || line === `# HELP ${fam}`;
}

/** The TYPE line of the last family in `data` with the HELP/UNIT lines around it, if any. */
function familyMeta(data: Buffer): string | undefined {
  let start = data.lastIndexOf('\n# TYPE ');
  if (start >= 0) start += 1;
  else if (data.subarray(0, 7).toString() === '# TYPE ') start = 0;
  else return undefined;
  const end = data.indexOf(NL, start);
  if (end < 0) return undefined;
  const fam =
    data
      .subarray(start + 7, end)
      .toString()
      .split(' ')[0] ?? '';
  let from = start;
  while (from > 0) {
    const ls = from >= 2 ? data.lastIndexOf(NL, from - 2) + 1 : 0;
    if (isMeta(data.subarray(ls, from - 1).toString(), fam)) from = ls;
    else break;
  }
  let to = end + 1;
  while (to < data.length) {
    const e = data.indexOf(NL, to);
    if (e < 0 || !isMeta(data.subarray(to, e).toString(), fam)) break;
    to = e + 1;
  }
  return data.subarray(from, to).toString();
}
