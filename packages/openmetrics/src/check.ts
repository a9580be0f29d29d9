/**
 * `sensorpath check metrics [--format openmetrics|prometheus] [FILE]`: validates an exposition the
 * way `promtool check metrics` does. A valid input prints one summary line (families, series,
 * samples) to stdout and exits 0; an invalid one prints `line:col: reason` to stderr and exits 1;
 * usage and I/O errors exit 2. Lint warnings (missing HELP, a Prometheus counter without `_total`)
 * go to stderr and never change the exit code. It runs on the streaming `parseSamples` path, so a
 * large file costs no sample objects; series are counted once per change of series.
 */

import { fstatSync, readFileSync, statSync } from 'node:fs';
import { ParseError } from './errors.ts';
import type { LabelPair, MetricFamily, TextFormat } from './model.ts';
import { DEFAULT_MAX_BYTES, parseSamples } from './parse.ts';

export interface CheckIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `usage: sensorpath check metrics [--format openmetrics|prometheus] [--max-bytes N] [FILE]

Checks an exposition read from FILE (or stdin when FILE is absent or "-").
  --format      openmetrics (default; application/openmetrics-text 1.0.0) or prometheus (text 0.0.4)
  --max-bytes   largest accepted input in bytes (default ${DEFAULT_MAX_BYTES})
Exit status: 0 valid, 1 invalid (prints line:col: reason), 2 usage or I/O error.
Lint warnings (missing HELP, counter without _total) are printed but do not change the exit status.
`;

interface CheckArgs {
  format: TextFormat;
  maxBytes: number;
  file: string | undefined;
  help: boolean;
}

function parseArgs(args: string[]): CheckArgs | string {
  const out: CheckArgs = { format: 'openmetrics', maxBytes: DEFAULT_MAX_BYTES, file: undefined, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--format') {
      const v = value();
      if (v !== 'openmetrics' && v !== 'prometheus')
        return `--format must be openmetrics or prometheus, got ${v ?? 'nothing'}`;
      out.format = v;
    } else if (flag === '--max-bytes') {
      const v = Number(value());
      if (!Number.isSafeInteger(v) || v < 0) return '--max-bytes must be a non-negative integer';
      out.maxBytes = v;
    } else if (a.startsWith('-') && a !== '-') return `unknown flag ${a}`;
    else if (out.file !== undefined) return `only one FILE may be given (got ${out.file} and ${a})`;
    else out.file = a;
  }
  return out;
}

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    chunks.push(b);
    // Keep one byte over the limit so that parse reports OM_PAYLOAD_TOO_LARGE itself.
    if (size > limit) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/** Size of standard input when it is a regular file (`< FILE`), else Infinity (pipes, terminals). */
function stdinFileSize(): number {
  try {
    const st = fstatSync(0);
    return st.isFile() ? st.size : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Units whose base unit Prometheus naming prefers (promtool's lint says the same). */
const NON_BASE_UNITS: Record<string, string> = {
  milliseconds: 'seconds',
  microseconds: 'seconds',
  nanoseconds: 'seconds',
  minutes: 'seconds',
  hours: 'seconds',
  days: 'seconds',
  kilobytes: 'bytes',
  megabytes: 'bytes',
  gigabytes: 'bytes',
  kibibytes: 'bytes',
  mebibytes: 'bytes',
  gibibytes: 'bytes',
  millivolts: 'volts',
  kilowatts: 'watts',
  milliamperes: 'amperes',
};

/** Lint rules in the spirit of promtool's; they describe style, not validity. */
function lint(families: MetricFamily[], format: TextFormat): string[] {
  const out: string[] = [];
  for (const f of families) {
    const n = f.name;
    if (f.help === undefined) out.push(`${n}: no help text`);
    if (format === 'prometheus') {
      if (f.type === 'counter' && !n.endsWith('_total'))
        out.push(`${n}: counter metrics should have "_total" suffix`);
      if (f.type !== 'counter' && n.endsWith('_total'))
        out.push(`${n}: non-counter metrics should not have "_total" suffix`);
    } else if (f.type === 'counter' && n.endsWith('_total')) {
      out.push(`${n}: counter family names should not end in "_total" (the samples are named ${n}_total)`);
    }
    if (/[a-z][A-Z]/.test(n))
      out.push(`${n}: metric names should be written in 'snake_case' not 'camelCase'`);
    for (const part of n.split('_')) {
      const base = NON_BASE_UNITS[part];
      if (base !== undefined) out.push(`${n}: use base unit "${base}" instead of "${part}"`);
    }
  }
  return out;
}

export interface CheckResult {
  families: number;
  /** Distinct (sample name, label set) pairs. */
  series: number;
  samples: number;
  /** Lint findings (style, not validity), e.g. `foo: no help text`. */
  warnings: string[];
}

/**
 * The logic of `check metrics` without I/O: validates the whole exposition (throws `ParseError`
 * when invalid) and returns its counts and lint warnings. Runs on the streaming path, so no sample
 * objects are built; series are counted once per change of series.
 */
export function checkMetrics(
  input: Uint8Array | string,
  options: { format?: TextFormat; maxBytes?: number } = {},
): CheckResult {
  const format = options.format ?? 'openmetrics';
  const series = new Set<string>();
  let lastName = '';
  let lastLabels: LabelPair[] | null = null;
  const summary = parseSamples(
    input,
    (s) => {
      if (s.labels === lastLabels && s.name === lastName) return;
      lastLabels = s.labels;
      lastName = s.name;
      let key = s.name;
      for (const l of s.labels) key += `\u0000${l.name}\u0000${l.value}`;
      series.add(key);
    },
    options.maxBytes === undefined ? { format } : { format, maxBytes: options.maxBytes },
  );
  return {
    families: summary.families.length,
    series: series.size,
    samples: summary.samples,
    warnings: lint(summary.families, format),
  };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

export async function runCheckMetrics(args: string[], io: CheckIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    await write(io.stderr, `error: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    await write(io.stdout, USAGE);
    return 0;
  }
  let input: Buffer;
  const source = parsed.file === undefined || parsed.file === '-' ? 'stdin' : parsed.file;
  try {
    if (source !== 'stdin') {
      // Refuse an oversized file before reading it into memory.
      const size = statSync(source).size;
      if (size > parsed.maxBytes) {
        const e = new ParseError(
          'OM_PAYLOAD_TOO_LARGE',
          `payload of ${size} bytes exceeds the limit of ${parsed.maxBytes} bytes (raise --max-bytes or split the file)`,
          { line: 1, column: 1 },
        );
        await write(io.stderr, `${e.message}\n`);
        return 1;
      }
    }
    // Files are read synchronously: the command has nothing else to do meanwhile, and it spares the
    // libuv thread pool's start-up, which counts when the command is timed whole-process.
    if (source !== 'stdin') input = readFileSync(source);
    else if (io.stdin === process.stdin && stdinFileSize() <= parsed.maxBytes) input = readFileSync(0);
    else input = await readAll(io.stdin, parsed.maxBytes);
  } catch (err) {
    await write(io.stderr, `error: cannot read ${source}: ${(err as Error).message}\n`);
    return 2;
  }

  try {
    const r = checkMetrics(input, { format: parsed.format, maxBytes: parsed.maxBytes });
    if (r.warnings.length > 0) await write(io.stderr, r.warnings.map((w) => `warning: ${w}\n`).join(''));
    await write(
      io.stdout,
      `${source}: OK (${parsed.format}): ${r.families} families, ${r.series} series, ${r.samples} samples\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ParseError) {
      await write(io.stderr, `${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
