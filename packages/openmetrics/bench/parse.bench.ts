/**
 * Parser throughput benchmark (not a test). Run: `npm run bench -- openmetrics`
 * (env BENCH_MB=100 sets the generated size, BENCH_DIR the temp dir to keep the files in,
 * BENCH_RUNS the whole-process repetitions on the small file).
 *
 * Inputs: the shared `alltypes.237mfs.prom.txt` scrape, and a generated, seeded OpenMetrics file of
 * SDM630-like series (≥ 100 MB: 7 labels each, 60 points per series with millisecond timestamps,
 * as an edge agent's buffered upload would carry) plus the same samples in Prometheus 0.0.4 format.
 * Reports samples/s and MB/s for `parse` (whole model: what the server's ingest calls, see
 * packages/server/src/ingest.ts) and `parseSamples` (the streaming path of `check metrics` and
 * `tsdb import`), one core, best of at least 3 runs after a warm-up (`parse` on the big file runs for
 * 3 s: its run times spread widely with the garbage collector, which moves every sample object of
 * the model unless V8 has learnt to allocate them directly in the old generation).
 *
 * Then the whole-process race: `sensorpath check metrics` through the real launcher
 * (packages/cli/bin/sensorpath.js, which loads the small check-metrics bundle while it is fresh)
 * against Debian's `promtool check metrics` on the same Prometheus-format file, interleaved run by
 * run, with bare `node -e 0` as the floor of any Node.js command. Wall times are min and median.
 */

import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '@sensorpath/simulator/prng';
import { checkBundleState } from '../src/check-bundle.ts';
import { sharedDir } from '../src/conformance.ts';
import { parse, parseSamples, serialize } from '../src/index.ts';

const TARGET_MB = Number(process.env.BENCH_MB ?? 100);
const POINTS = 60;
const T0_MS = 1_764_282_000_000;

const METRICS: {
  name: string;
  type: 'gauge' | 'counter';
  unit: string;
  help: string;
  phases: string[];
  base: number;
  spread: number;
}[] = [
  {
    name: 'sdm630_voltage_volts',
    type: 'gauge',
    unit: 'volts',
    help: 'Phase to neutral voltage.',
    phases: ['L1', 'L2', 'L3'],
    base: 230,
    spread: 6,
  },
  {
    name: 'sdm630_current_amperes',
    type: 'gauge',
    unit: 'amperes',
    help: 'Phase current.',
    phases: ['L1', 'L2', 'L3'],
    base: 12,
    spread: 10,
  },
  {
    name: 'sdm630_active_power_watts',
    type: 'gauge',
    unit: 'watts',
    help: 'Phase active power.',
    phases: ['L1', 'L2', 'L3'],
    base: 2500,
    spread: 2000,
  },
  {
    name: 'sdm630_power_factor_ratio',
    type: 'gauge',
    unit: 'ratio',
    help: 'Phase power factor.',
    phases: ['L1', 'L2', 'L3'],
    base: 0.9,
    spread: 0.1,
  },
  {
    name: 'sdm630_frequency_hertz',
    type: 'gauge',
    unit: 'hertz',
    help: 'Supply frequency.',
    phases: ['all'],
    base: 50,
    spread: 0.1,
  },
  {
    name: 'sdm630_import_active_energy_kilowatthours',
    type: 'counter',
    unit: 'kilowatthours',
    help: 'Imported active energy.',
    phases: ['all'],
    base: 10000,
    spread: 0,
  },
];

interface Generated {
  om: string;
  prom: string;
  samples: number;
  series: number;
}

/** Writes both files; the device count grows until the OpenMetrics file reaches TARGET_MB. */
async function generate(dir: string): Promise<Generated> {
  const rnd = mulberry32(630);
  const perDevice = METRICS.reduce((n, m) => n + m.phases.length, 0) * POINTS;
  // Bytes per sample line, measured on a representative line (value and timestamp widths vary a little).
  const approxLine =
    'sdm630_active_power_watts{phase="L1",serial="100000",enterprise="acme",site="site-0",area="area-0",line="line-0",device="meter-0"} 2345.67 1764282000.123\n'
      .length;
  const devices = Math.ceil((TARGET_MB * 1e6) / (perDevice * approxLine));
  const om = createWriteStream(join(dir, 'sdm630.om.txt'));
  const prom = createWriteStream(join(dir, 'sdm630.prom.txt'));
  const write = async (s: string, p: string) => {
    om.write(s);
    prom.write(p);
    // Check needDrain at the time of waiting: one stream may drain while we wait for the other.
    if (om.writableNeedDrain) await new Promise<void>((r) => om.once('drain', () => r()));
    if (prom.writableNeedDrain) await new Promise<void>((r) => prom.once('drain', () => r()));
  };
  let samples = 0;
  let series = 0;
  for (const m of METRICS) {
    const famPrefix = `# TYPE ${m.name} ${m.type}\n# UNIT ${m.name} ${m.unit}\n# HELP ${m.name} ${m.help}\n`;
    const promName = m.type === 'counter' ? `${m.name}_total` : m.name;
    await write(famPrefix, `# HELP ${promName} ${m.help}\n# TYPE ${promName} ${m.type}\n`);
    const sample = m.type === 'counter' ? `${m.name}_total` : m.name;
    for (let d = 0; d < devices; d++) {
      const serial = String(100000 + d * 7);
      const labelsBase = `serial="${serial}",enterprise="acme",site="site-${d % 7}",area="area-${d % 31}",line="line-${d % 5}",device="meter-${d}"`;
      let chunkOm = '';
      let chunkProm = '';
      for (const ph of m.phases) {
        const labels = `{phase="${ph}",${labelsBase}}`;
        let acc = m.base * (1 + rnd());
        series++;
        for (let i = 0; i < POINTS; i++) {
          const ms = T0_MS + i * 1000 + Math.floor(rnd() * 1000);
          let v: number;
          if (m.type === 'counter') {
            acc += rnd() * 0.01;
            v = Math.round(acc * 1000) / 1000;
          } else v = Math.round((m.base + (rnd() - 0.5) * m.spread) * 100) / 100;
          chunkOm += `${sample}${labels} ${v} ${ms / 1000}\n`;
          chunkProm += `${sample}${labels} ${v} ${ms}\n`;
          samples++;
        }
      }
      await write(chunkOm, chunkProm);
    }
  }
  await write('# EOF\n', '');
  await Promise.all([
    new Promise<void>((r) => om.end(() => r())),
    new Promise<void>((r) => prom.end(() => r())),
  ]);
  return { om: join(dir, 'sdm630.om.txt'), prom: join(dir, 'sdm630.prom.txt'), samples, series };
}

interface Row {
  input: string;
  mode: string;
  samples: number;
  bytes: number;
  /** Best wall-clock seconds of the runs. */
  seconds: number;
  /** Best CPU seconds (user + system) of the runs: steadier than wall time on a shared machine. */
  cpu: number;
}

function measure(input: string, mode: string, bytes: Uint8Array, fn: () => number, minSeconds: number): Row {
  fn(); // warm up
  let best = Infinity;
  let bestCpu = Infinity;
  let samples = 0;
  let total = 0;
  let runs = 0;
  // No forced GC between runs: a full GC that finds the previous run's model dead makes V8 drop its
  // pretenuring decisions, and a long-running ingest process, which this measures, keeps them.
  while (runs < 3 || (total < minSeconds && runs < 1000)) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    samples = fn();
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    best = Math.min(best, s);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
    total += s;
    runs++;
  }
  return { input, mode, samples, bytes: bytes.length, seconds: best, cpu: bestCpu };
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

interface ProcessTime {
  seconds: number;
  /** User + system CPU seconds from /usr/bin/time, NaN when it is not installed. */
  cpu: number;
  code: number | null;
  out: string;
}

function timeProcess(cmd: string, args: string[], tmp: string, stdinFile?: string): ProcessTime {
  const timeBin = '/usr/bin/time';
  const useTime = existsSync(timeBin);
  const timeOut = join(tmp, 'time.txt');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    useTime ? timeBin : cmd,
    useTime ? ['-o', timeOut, '-f', '%U %S', cmd, ...args] : args,
    {
      input: stdinFile === undefined ? undefined : readFileSync(stdinFile),
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let cpu = Number.NaN;
  if (useTime && existsSync(timeOut)) {
    const last = readFileSync(timeOut, 'utf8').trim().split('\n').pop() ?? '';
    const [u, sy] = last.split(' ').map(Number);
    cpu = (u ?? Number.NaN) + (sy ?? Number.NaN);
  }
  const text = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (text === '') return { seconds, cpu, code: r.status, out: '(no output)' };
  const out = text.split('\n');
  return { seconds, cpu, code: r.status, out: `${out.length} line(s), first: ${out[0]!.slice(0, 90)}` };
}

async function main(): Promise<void> {
  const keep = process.env.BENCH_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'om-bench-'));
  const rows: Row[] = [];
  try {
    const alltypesPath = join(sharedDir(), 'conformance', 'textparse', 'alltypes.237mfs.prom.txt');
    if (existsSync(alltypesPath)) {
      const b = readFileSync(alltypesPath);
      const prom = { format: 'prometheus' } as const;
      rows.push(measure('alltypes.237mfs.prom.txt', 'parse', b, () => count(parse(b, prom)), 1));
      rows.push(
        measure(
          'alltypes.237mfs.prom.txt',
          'parseSamples',
          b,
          () => parseSamples(b, () => {}, prom).samples,
          1,
        ),
      );
    } else console.log(`(skipping alltypes: ${alltypesPath} not found)`);

    const t0 = performance.now();
    const gen = await generate(dir);
    const omBytes = readFileSync(gen.om);
    console.log(
      `generated ${gen.samples.toLocaleString('en-US')} samples in ${gen.series.toLocaleString('en-US')} series: ` +
        `${fmt(omBytes.length / 1e6, 1)} MB OpenMetrics, ${fmt(statSync(gen.prom).size / 1e6, 1)} MB Prometheus (${fmt((performance.now() - t0) / 1000, 1)} s) in ${dir}`,
    );
    rows.push(
      measure('sdm630.om.txt', 'parseSamples', omBytes, () => parseSamples(omBytes, () => {}).samples, 0),
    );
    rows.push(measure('sdm630.om.txt', 'parse', omBytes, () => count(parse(omBytes)), 3));
    const model = parse(omBytes);
    let text = '';
    const ser = () => {
      text = serialize(model.families);
      return gen.samples;
    };
    rows.push(measure('sdm630.om.txt', 'serialize (model → text)', omBytes, ser, 0));
    if (text !== omBytes.toString('utf8')) console.log('note: serialize(parse(file)) differs from the file');
    const promBytes = readFileSync(gen.prom);
    const promOpts = { format: 'prometheus' } as const;
    rows.push(
      measure(
        'sdm630.prom.txt',
        'parseSamples',
        promBytes,
        () => parseSamples(promBytes, () => {}, promOpts).samples,
        0,
      ),
    );

    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(`\nparse throughput (one core, best of runs; load average ${load} on ${cpus().length} CPUs)`);
    console.log(
      '| input | mode | samples | MB | wall s | samples/s | MB/s | cpu s | samples/s (cpu) | MB/s (cpu) |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      const mb = r.bytes / 1e6;
      console.log(
        `| ${r.input} | ${r.mode} | ${fmt(r.samples)} | ${fmt(mb, 1)} | ${fmt(r.seconds, 3)} | ${fmt(r.samples / r.seconds)} | ${fmt(mb / r.seconds, 1)} | ${fmt(r.cpu, 3)} | ${fmt(r.samples / r.cpu)} | ${fmt(mb / r.cpu, 1)} |`,
      );
    }

    console.log(
      `\nwhole-process check metrics (wall seconds min / median of the runs, interleaved; cpu = user+sys of the fastest run; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    );
    console.log(`sensorpath launcher: ${checkBundleState().reason}`);
    const promtool = '/usr/bin/promtool';
    const havePromtool = existsSync(promtool);
    const runsSmall = Number(process.env.BENCH_RUNS ?? 15);
    const inputs: [string, string, number][] = [[gen.prom, 'sdm630.prom.txt', 3]];
    if (existsSync(alltypesPath)) inputs.unshift([alltypesPath, 'alltypes.237mfs.prom.txt', runsSmall]);
    console.log(
      '| input | node -e 0 (floor) | sensorpath check metrics FILE | sensorpath check metrics < FILE | promtool check metrics < FILE | promtool / sensorpath (min wall, FILE) |',
    );
    console.log('|---|---:|---:|---:|---:|---:|');
    const says: string[] = [];
    for (const [file, label, runs] of inputs) {
      const floor: ProcessTime[] = [];
      const oursFile: ProcessTime[] = [];
      const oursStdin: ProcessTime[] = [];
      const theirs: ProcessTime[] = [];
      for (let i = 0; i < runs; i++) {
        floor.push(timeProcess(process.execPath, ['-e', '0'], dir));
        oursFile.push(
          timeProcess(process.execPath, [LAUNCHER, 'check', 'metrics', '--format', 'prometheus', file], dir),
        );
        oursStdin.push(
          timeProcess(process.execPath, [LAUNCHER, 'check', 'metrics', '--format', 'prometheus'], dir, file),
        );
        if (havePromtool) theirs.push(timeProcess(promtool, ['check', 'metrics'], dir, file));
      }
      const cell = (t: ProcessTime[]) => {
        if (t.length === 0) return 'not installed';
        const w = t.map((x) => x.seconds).sort((a, b) => a - b);
        const best = t.reduce((a, b) => (b.seconds < a.seconds ? b : a));
        return `${fmt(w[0]!, 3)} / ${fmt(w[Math.floor((w.length - 1) / 2)]!, 3)} (cpu ${fmt(best.cpu, 2)}, exit ${best.code})`;
      };
      const minOf = (t: ProcessTime[]) => Math.min(...t.map((x) => x.seconds));
      const ratio = havePromtool ? `${fmt(minOf(theirs) / minOf(oursFile), 2)}x` : 'n/a';
      console.log(
        `| ${label} | ${cell(floor)} | ${cell(oursFile)} | ${cell(oursStdin)} | ${cell(theirs)} | ${ratio} |`,
      );
      says.push(`${label}: sensorpath says ${oursFile[0]!.out}`);
      if (havePromtool) says.push(`${label}: promtool says ${theirs[0]!.out}`);
    }
    for (const line of says) console.log(line);
    const om = timeProcess(process.execPath, [LAUNCHER, 'check', 'metrics', gen.om], dir);
    console.log(
      `\nsensorpath check metrics on sdm630.om.txt (OpenMetrics; promtool has no OpenMetrics check): ${fmt(om.seconds, 2)} s wall / ${fmt(om.cpu, 2)} s cpu, exit ${om.code}; ${om.out}`,
    );
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

const LAUNCHER = fileURLToPath(new URL('../../cli/bin/sensorpath.js', import.meta.url));

function count(e: { families: { samples: unknown[] }[] }): number {
  let n = 0;
  for (const f of e.families) n += f.samples.length;
  return n;
}

await main();
