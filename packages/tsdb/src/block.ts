/**
 * Immutable on-disk blocks (format: docs/format/tsdb-block.md). A block is a directory holding all
 * samples of a time range: `chunks` (deflated chunks, see chunk.ts, each followed by its CRC32),
 * `index` (symbol table and the series sorted by labels, each with its chunk references; CRC32
 * protected) and `meta.json` (range, stats, compaction lineage). A block is written into
 * `<name>.tmp`, fsynced and renamed, so a crash never leaves a half-written block visible. Blocks
 * are read with an open file descriptor; the index is loaded into memory at open and the postings
 * lists are rebuilt from it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { compareLabels, type Labels, labelsKey } from '@sensorpath/storage';
import { ByteReader, ByteWriter, CorruptionError } from './bytes.ts';
import { encodeChunk } from './chunk.ts';
import type { ChunkReader } from './chunkcache.ts';
import { MemPostings } from './postings.ts';
import { EncodedSource, type Source } from './series.ts';

const CHUNKS_MAGIC = 0x4b435053; // "SPCK"
const INDEX_MAGIC = 0x58495053; // "SPIX"
const FORMAT_VERSION = 1;
/** Samples per block chunk; larger chunks compress better, smaller ones decode less per query. */
export const BLOCK_CHUNK_SAMPLES = 8192;

export interface BlockMeta {
  version: 1;
  name: string;
  /** Oldest sample timestamp (ms, inclusive). */
  minTime: number;
  /** Newest sample timestamp (ms, inclusive). */
  maxTime: number;
  stats: { numSamples: number; numSeries: number; numChunks: number };
  compaction: { level: number; parents: string[] };
}

export interface ChunkMeta {
  mint: number;
  maxt: number;
  offset: number;
  length: number;
}

export interface BlockSeries {
  labels: Labels;
  key: string;
  chunks: ChunkMeta[];
}

let nameSeq = 0;
/** Block directory names sort by creation time. */
export function newBlockName(): string {
  nameSeq = (nameSeq + 1) % 1296;
  return `b${Date.now().toString(36).padStart(9, '0')}${nameSeq.toString(36).padStart(2, '0')}${Math.floor(
    Math.random() * 1296,
  )
    .toString(36)
    .padStart(2, '0')}`;
}

function fsyncPath(p: string): void {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Streams series (in label order) into a new block directory. */
export class BlockWriter {
  readonly name: string;
  private readonly tmp: string;
  private readonly fd: number;
  private offset = 0;
  private readonly series: BlockSeries[] = [];
  private mint = Number.POSITIVE_INFINITY;
  private maxt = Number.NEGATIVE_INFINITY;
  private samples = 0;
  private nChunks = 0;
  private lastLabels: Labels | undefined;

  constructor(
    private readonly parentDir: string,
    private readonly opts: { fsync: boolean } = { fsync: true },
  ) {
    this.name = newBlockName();
    this.tmp = path.join(parentDir, `${this.name}.tmp`);
    fs.mkdirSync(this.tmp, { recursive: true });
    this.fd = fs.openSync(path.join(this.tmp, 'chunks'), 'w');
    const head = new ByteWriter(8);
    head.u32(CHUNKS_MAGIC);
    head.byte(FORMAT_VERSION);
    this.write(head.finish());
  }

  private write(b: Uint8Array): void {
    let off = 0;
    while (off < b.length) off += fs.writeSync(this.fd, b, off, b.length - off);
    this.offset += b.length;
  }

  /** Adds one series' sorted samples [0, len). Series must come in `compareLabels` order. */
  add(labels: Labels, ts: Float64Array, vs: Float64Array, len: number): void {
    if (len === 0) return;
    if (this.lastLabels !== undefined && compareLabels(this.lastLabels, labels) >= 0) {
      throw new Error('block series must be added in label order without duplicates');
    }
    this.lastLabels = labels;
    const chunks: ChunkMeta[] = [];
    const parts = Math.ceil(len / BLOCK_CHUNK_SAMPLES);
    const per = Math.ceil(len / parts);
    const crc = new ByteWriter(4);
    for (let from = 0; from < len; from += per) {
      const to = Math.min(len, from + per);
      const data = encodeChunk(ts, vs, from, to, true);
      chunks.push({ mint: ts[from]!, maxt: ts[to - 1]!, offset: this.offset, length: data.length });
      this.write(data);
      crc.reset();
      crc.u32(crc32(data));
      this.write(crc.written());
      this.nChunks++;
    }
    this.series.push({ labels, key: labelsKey(labels), chunks });
    this.samples += len;
    if (ts[0]! < this.mint) this.mint = ts[0]!;
    if (ts[len - 1]! > this.maxt) this.maxt = ts[len - 1]!;
  }

  get empty(): boolean {
    return this.series.length === 0;
  }

  /** Writes index and meta, then renames the block into place. Returns its directory, or undefined if empty. */
  finish(level: number, parents: string[]): string | undefined {
    if (this.opts.fsync) fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    if (this.series.length === 0) {
      fs.rmSync(this.tmp, { recursive: true, force: true });
      return undefined;
    }
    fs.writeFileSync(path.join(this.tmp, 'index'), encodeIndex(this.series));
    const meta: BlockMeta = {
      version: 1,
      name: this.name,
      minTime: this.mint,
      maxTime: this.maxt,
      stats: { numSamples: this.samples, numSeries: this.series.length, numChunks: this.nChunks },
      compaction: { level, parents },
    };
    fs.writeFileSync(path.join(this.tmp, 'meta.json'), JSON.stringify(meta, null, 2));
    if (this.opts.fsync) {
      fsyncPath(path.join(this.tmp, 'index'));
      fsyncPath(path.join(this.tmp, 'meta.json'));
      fsyncPath(this.tmp);
    }
    const final = path.join(this.parentDir, this.name);
    fs.renameSync(this.tmp, final);
    if (this.opts.fsync) fsyncPath(this.parentDir);
    return final;
  }

  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {}
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

function encodeIndex(series: BlockSeries[]): Uint8Array {
  const symbols = new Set<string>();
  for (const s of series)
    for (const l of s.labels) {
      symbols.add(l.name);
      symbols.add(l.value);
    }
  const sorted = [...symbols].sort();
  const ref = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) ref.set(sorted[i]!, i);
  const w = new ByteWriter(1 << 16);
  w.u32(INDEX_MAGIC);
  w.byte(FORMAT_VERSION);
  w.uvarint(sorted.length);
  for (const s of sorted) w.string(s);
  w.uvarint(series.length);
  for (const s of series) {
    w.uvarint(s.labels.length);
    for (const l of s.labels) {
      w.uvarint(ref.get(l.name)!);
      w.uvarint(ref.get(l.value)!);
    }
    w.uvarint(s.chunks.length);
    let prevOff = 0;
    for (const c of s.chunks) {
      w.varint(c.mint);
      w.uvarint(c.maxt - c.mint);
      w.uvarint(c.offset - prevOff);
      w.uvarint(c.length);
      prevOff = c.offset;
    }
  }
  w.u32(crc32(w.written()));
  return w.finish();
}

function decodeIndex(buf: Uint8Array): BlockSeries[] {
  if (buf.length < 9) throw new CorruptionError('index too short');
  const body = buf.subarray(0, buf.length - 4);
  const sum = new DataView(buf.buffer, buf.byteOffset + buf.length - 4, 4).getUint32(0, true);
  if (crc32(body) !== sum) throw new CorruptionError('index checksum mismatch');
  const r = new ByteReader(body);
  if (r.u32() !== INDEX_MAGIC) throw new CorruptionError('not a block index');
  const version = r.byte();
  if (version !== FORMAT_VERSION) throw new CorruptionError(`unsupported index version ${version}`);
  const nsym = r.uvarint();
  const symbols: string[] = [];
  for (let i = 0; i < nsym; i++) symbols.push(r.string());
  const sym = (i: number): string => {
    const s = symbols[i];
    if (s === undefined) throw new CorruptionError(`symbol ${i} out of range`);
    return s;
  };
  const n = r.uvarint();
  const out: BlockSeries[] = [];
  for (let i = 0; i < n; i++) {
    const nl = r.uvarint();
    const labels: { name: string; value: string }[] = [];
    for (let j = 0; j < nl; j++) {
      const name = sym(r.uvarint());
      labels.push({ name, value: sym(r.uvarint()) });
    }
    const nc = r.uvarint();
    const chunks: ChunkMeta[] = [];
    let off = 0;
    for (let j = 0; j < nc; j++) {
      const mint = r.varint();
      const maxt = mint + r.uvarint();
      off += r.uvarint();
      chunks.push({ mint, maxt, offset: off, length: r.uvarint() });
    }
    out.push({ labels, key: labelsKey(labels), chunks });
  }
  return out;
}

/** An open block. Reference-counted so a querier can keep reading a block that compaction deleted. */
export class Block {
  readonly postings = new MemPostings();
  private refs = 1;
  private fd: number;

  private constructor(
    readonly dir: string,
    readonly meta: BlockMeta,
    readonly series: BlockSeries[],
    readonly sizeBytes: number,
  ) {
    this.fd = fs.openSync(path.join(dir, 'chunks'), 'r');
    for (let i = 0; i < series.length; i++) this.postings.add(i, series[i]!.labels);
  }

  static open(dir: string): Block {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as BlockMeta;
    const index = fs.readFileSync(path.join(dir, 'index'));
    const series = decodeIndex(new Uint8Array(index.buffer, index.byteOffset, index.byteLength));
    let size = 0;
    for (const f of fs.readdirSync(dir)) size += fs.statSync(path.join(dir, f)).size;
    return new Block(dir, meta, series, size);
  }

  private byKey: Map<string, number> | undefined;

  /** The series with this labels key (see `labelsKey`), if the block has it. */
  seriesByKey(key: string): BlockSeries | undefined {
    if (this.byKey === undefined) {
      this.byKey = new Map();
      for (let i = 0; i < this.series.length; i++) this.byKey.set(this.series[i]!.key, i);
    }
    const i = this.byKey.get(key);
    return i === undefined ? undefined : this.series[i];
  }

  get name(): string {
    return path.basename(this.dir);
  }

  readChunk(c: ChunkMeta): Uint8Array {
    const buf = new Uint8Array(c.length + 4);
    let off = 0;
    while (off < buf.length) {
      const n = fs.readSync(this.fd, buf, off, buf.length - off, c.offset + off);
      if (n === 0) throw new CorruptionError(`block ${this.name}: chunk at ${c.offset} is truncated`);
      off += n;
    }
    const data = buf.subarray(0, c.length);
    const sum = new DataView(buf.buffer, c.length, 4).getUint32(0, true);
    if (crc32(data) !== sum)
      throw new CorruptionError(`block ${this.name}: chunk at ${c.offset} fails its checksum`);
    return data;
  }

  /** The chunks of `s` overlapping [mint, maxt]; decoded through `cache` when given. */
  sources(s: BlockSeries, mint: number, maxt: number, cache?: ChunkReader): Source[] {
    const out: Source[] = [];
    for (const c of s.chunks) {
      if (c.maxt < mint || c.mint > maxt) continue;
      out.push(new EncodedSource(c.mint, c.maxt, () => this.readChunk(c), c, cache));
    }
    return out;
  }

  retain(): void {
    this.refs++;
  }

  release(): void {
    if (--this.refs === 0 && this.fd >= 0) {
      fs.closeSync(this.fd);
      this.fd = -1;
    }
  }
}
