/**
 * Side-by-side query benchmark (issue #5, "Speed"): one fixed PromQL query set as
 * `/api/v1/query_range` at 15 s and 1 s steps over the storage benchmark's data (dataset A of
 * packages/tsdb/bench/dataset.ts: 100 SDM630 meters = 1,000 series × 2 h at 1 s with poll jitter,
 * plus `generateQueryExtras`: a classic poll-duration histogram and a `sdm630_meter_info` series
 * per meter at 15 s, for `histogram_quantile` and the join), served over HTTP by three real
 * processes holding the same samples:
 *   - sensorpath: `sensorpath tsdb import openmetrics` into a data dir, then `sensorpath server`;
 *   - Prometheus (Debian 2.42): blocks made by `promtool tsdb create-blocks-from openmetrics`;
 *   - VictoriaMetrics (Debian): `/api/v1/import/prometheus`, `/internal/force_flush`, started with
 *     `-search.disableCache` and queried with `nocache=1`, as in shared/notes/perf-baseline.md.
 * Each query runs once to warm up, then BENCH_RUNS times per engine (3 when an engine's warm-up
 * took over SLOW_MS, which keeps a busy machine's run within minutes), the engines taking turns, and
 * the table shows the median wall time of the HTTP round trip (body read included), the mean CPU
 * time the serving process spent per query (from /proc; VictoriaMetrics uses both cores) and the
 * ratios. The warm-up answers of sensorpath are checked against Prometheus' (same series, same
 * timestamps, values within 1e-5 relative) so no time is reported for a wrong answer; differences
 * are printed with the query, the series and the first differing point. VictoriaMetrics' answers
 * are compared the same way for information only (its rate/increase extrapolate differently).
 *
 * Run: npm run bench -- tsdb-query   (also part of `npm run bench -- promql`)
 * Env: BENCH_RUNS (default 7), BENCH_METERS (default 100 = 1,000 series), BENCH_MINUTES (default
 * 120), BENCH_STEPS (default "15,1"), BENCH_SP_FORMAT=prometheus, BENCH_KEEP=1 keeps the work directory.
 * Takes about 2–4 minutes on a quiet 2-core machine, most of it loading the three stores.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';
import {
  DATASETS,
  type Dataset,
  generate,
  generateQueryExtras,
  writeText,
} from '../../tsdb/bench/dataset.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = path.join(ROOT, 'packages/cli/bin/sensorpath.js');
const PROMTOOL = '/usr/bin/promtool';
const PROMETHEUS = '/usr/bin/prometheus';
const VICTORIA = '/usr/bin/victoria-metrics';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** A row whose slowest warm-up took longer than this runs min(RUNS, 3) times. */
const SLOW_MS = 2000;
const STEPS = (process.env.BENCH_STEPS ?? '15,1').split(',').map(Number);
const SPEC = {
  ...DATASETS.A!,
  meters: Number(process.env.BENCH_METERS ?? DATASETS.A!.meters),
  spanMs: Number(process.env.BENCH_MINUTES ?? DATASETS.A!.spanMs / 60_000) * 60_000,
};

/**
 * The fixed query set: one per kind named in the issue. `rateRange` (s) marks a counter
 * `rate`/`increase` over that range, see `compare` on the points whose window reaches back before
 * the first sample.
 */
const QUERIES: { q: string; rateRange?: number }[] = [
  { q: 'sdm630_voltage_volts{site="site01"}' },
  { q: 'sum by (site) (rate(sdm630_energy_import_wh_total[1m]))', rateRange: 60 },
  { q: 'avg by (site) (avg_over_time(sdm630_voltage_volts[5m]))' },
  { q: 'max by (site, phase) (max_over_time(sdm630_current_amperes[5m]))' },
  {
    q: 'histogram_quantile(0.9, sum by (le) (rate(sdm630_poll_duration_seconds_bucket[5m])))',
    rateRange: 300,
  },
  { q: 'sum by (model) (sdm630_power_watts * on (site, machine) group_left (model) sdm630_meter_info)' },
];

/** Prometheus' figures measured in shared/notes/perf-baseline.md §2.2 (ms), where there is one. */
const BASELINE: Record<string, Record<number, [prom: number, vm: number]>> = {
  'sum by (site) (rate(sdm630_energy_import_wh_total[1m]))': { 15: [34, 4.4], 1: [129, 21] },
  'avg by (site) (avg_over_time(sdm630_voltage_volts[5m]))': { 15: [281, 20], 1: [3100, 177] },
};

interface Engine {
  name: string;
  url: string;
  proc: ChildProcess;
  /** Extra query-string parameters (VictoriaMetrics: nocache=1). */
  extra: string;
}

interface PromSeries {
  metric: Record<string, string>;
  values: [number, string][];
}

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU milliseconds (user + system) process `pid` has used so far, from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
}

function load(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
}

function log(msg: string): void {
  console.error(`[${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${msg}`);
}

/** Runs a command to completion; rejects with its stderr tail when it fails. */
function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    p.on('error', reject);
    p.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args[0]} exited ${code}: ${err}`)),
    );
  });
}

/** Starts a server process and waits until `readyPath` answers 200 (or the process dies). */
async function serve(
  name: string,
  cmd: string,
  args: string[],
  url: string,
  readyPath: string,
): Promise<ChildProcess> {
  const proc = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  let exited: number | null | undefined;
  proc.on('exit', (code) => {
    exited = code;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`${name} exited ${exited} before it was ready: ${err}`);
    try {
      if ((await fetch(url + readyPath)).ok) return proc;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill('SIGTERM');
      throw new Error(`${name} not ready at ${url}${readyPath} after 120 s: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(t);
}

/**
 * Imports with `sensorpath tsdb import` and starts `sensorpath server`. The OpenMetrics copy is
 * imported (the file promtool reads); BENCH_SP_FORMAT=prometheus imports the Prometheus-text copy
 * VictoriaMetrics reads instead.
 */
async function startSensorpath(files: { om: string; prom: string }, dir: string): Promise<Engine> {
  const data = path.join(dir, 'sp');
  const format = process.env.BENCH_SP_FORMAT === 'prometheus' ? 'prometheus' : 'openmetrics';
  const file = format === 'openmetrics' ? files.om : files.prom;
  let t0 = performance.now();
  await run(process.execPath, [
    CLI,
    'tsdb',
    'import',
    'openmetrics',
    file,
    '--format',
    format,
    '--data',
    data,
  ]);
  log(`sensorpath: imported the ${format} text in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const [http, mqtt] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${http}`;
  t0 = performance.now();
  const args = [CLI, 'server', '--data', data, '--http', `127.0.0.1:${http}`, '--mqtt', `127.0.0.1:${mqtt}`];
  const proc = await serve(
    'sensorpath server',
    process.execPath,
    [...args, '--log-level', 'warn'],
    url,
    '/-/ready',
  );
  log(`sensorpath: server ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { name: 'sensorpath', url, proc, extra: '' };
}

async function startPrometheus(om: string, dir: string): Promise<Engine> {
  const tsdb = path.join(dir, 'prom');
  let t0 = performance.now();
  await run(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', om, tsdb]);
  log(`Prometheus: promtool made blocks in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const config = path.join(dir, 'prometheus.yml');
  fs.writeFileSync(config, 'global:\n  scrape_interval: 1m\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  t0 = performance.now();
  const proc = await serve(
    'prometheus',
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${tsdb}`,
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    url,
    '/-/ready',
  );
  log(`Prometheus: ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { name: 'Prometheus', url, proc, extra: '' };
}

async function startVictoria(prom: string, dir: string): Promise<Engine> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = await serve(
    'victoria-metrics',
    VICTORIA,
    [
      `-storageDataPath=${path.join(dir, 'vm')}`,
      `-httpListenAddr=127.0.0.1:${port}`,
      '-retentionPeriod=100y',
      '-search.disableCache',
      '-loggerLevel=ERROR',
    ],
    url,
    '/health',
  );
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    // Streamed: the file is hundreds of MB.
    const req = http.request(`${url}/api/v1/import/prometheus`, { method: 'POST' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () =>
        (res.statusCode ?? 500) < 300
          ? resolve()
          : reject(new Error(`VictoriaMetrics import: ${res.statusCode} ${text.slice(0, 500)}`)),
      );
    });
    req.on('error', reject);
    fs.createReadStream(prom, { highWaterMark: 1 << 20 }).pipe(req);
  });
  const flush = await fetch(`${url}/internal/force_flush`);
  if (!flush.ok) throw new Error(`VictoriaMetrics force_flush: ${flush.status}`);
  log(`VictoriaMetrics: imported and flushed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { name: 'VictoriaMetrics', url, proc, extra: '&nocache=1' };
}

/** One query_range round trip; returns the wall time and the parsed result (or throws). */
async function queryRange(
  e: Engine,
  q: string,
  start: number,
  end: number,
  step: number,
): Promise<{ ms: number; result: PromSeries[] }> {
  const u = `${e.url}/api/v1/query_range?query=${encodeURIComponent(q)}&start=${start}&end=${end}&step=${step}${e.extra}`;
  const t0 = performance.now();
  const res = await fetch(u);
  const text = await res.text();
  const ms = performance.now() - t0;
  const body = JSON.parse(text) as {
    status: string;
    error?: string;
    data?: { resultType: string; result: PromSeries[] };
  };
  if (body.status !== 'success' || body.data?.resultType !== 'matrix')
    throw new Error(`${e.name}: ${q} (step ${step} s): ${res.status} ${body.error ?? text.slice(0, 300)}`);
  return { ms, result: body.data.result };
}

function seriesKey(m: Record<string, string>): string {
  return JSON.stringify(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= 1e-5 * Math.max(Math.abs(x), Math.abs(y));
}

/** Why a differing point is not counted as a wrong answer; undefined = it is one. */
type Excuse = (key: string, t: number, mine: string) => Promise<string | undefined>;

/** What `compare` found: differences (each naming series and first point), and excused points. */
interface Comparison {
  diffs: string[];
  /** Differing points `excuse` explained, by reason. */
  excused: Map<string, number>;
}

/**
 * Compares a matrix with Prometheus' answer: same label sets, the same timestamps per series and
 * values within 1e-5 relative. A point whose value differs is passed to `excuse`, which may name
 * a known difference between Prometheus 2.42 and the newer Prometheus sensorpath follows.
 */
async function compare(mine: PromSeries[], ref: PromSeries[], excuse?: Excuse): Promise<Comparison> {
  const diffs: string[] = [];
  const excused = new Map<string, number>();
  const theirs = new Map(ref.map((s) => [seriesKey(s.metric), s]));
  const ours = new Map(mine.map((s) => [seriesKey(s.metric), s]));
  for (const [k, s] of ours) {
    const r = theirs.get(k);
    if (r === undefined) {
      diffs.push(`extra series ${k} (${s.values.length} points)`);
      continue;
    }
    const rv = new Map(r.values.map(([t, v]) => [t, v]));
    let missing = 0;
    let wrong = 0;
    let first = '';
    for (const [t, v] of s.values) {
      const w = rv.get(t);
      rv.delete(t);
      if (w === undefined) {
        missing++;
        if (!first) first = `t=${t}: ${v}, Prometheus has no point`;
      } else if (!sameValue(v, w)) {
        const why = await excuse?.(k, t, v);
        if (why !== undefined) {
          excused.set(why, (excused.get(why) ?? 0) + 1);
          continue;
        }
        wrong++;
        if (!first) first = `t=${t}: ${v}, Prometheus ${w}`;
      }
    }
    if (rv.size > 0 && !first) {
      const [t, w] = rv.entries().next().value!;
      first = `t=${t}: no point, Prometheus ${w}`;
    }
    if (missing || wrong || rv.size)
      diffs.push(
        `${k}: ${wrong} values differ, ${missing} extra and ${rv.size} missing points; first ${first}`,
      );
  }
  for (const [k, r] of theirs)
    if (!ours.has(k)) diffs.push(`missing series ${k} (Prometheus: ${r.values.length} points)`);
  return { diffs, excused };
}

const START = 'series start';
const LEFT_EDGE = 'sample at t − range';

/** The two known differences between Prometheus 2.42 and newer Prometheus, which sensorpath follows. */
const EXCUSES: Record<string, string> = {
  [START]:
    'a counter rate whose window reaches back before the first sample: Prometheus 2.42 limits the ' +
    'left extrapolation to the zero point before applying the half-interval rule, newer Prometheus ' +
    '(prometheus/prometheus#13725) and the conformance functions.test ("Zero cutoff for left-side ' +
    'extrapolation") after',
  [LEFT_EDGE]:
    'a sample exactly at t − range: Prometheus 2.42 range selectors include it ([t − range, t]), ' +
    'Prometheus 3 and the conformance .test files do not ((t − range, t]); checked by asking ' +
    'Prometheus 2.42 the instant query at t with every range shortened by 1 ms (within 1e-4 relative)',
};

/**
 * The excuse for sensorpath's points of query `q`: in the first `rateRange` s of the data (see
 * START), or equal to Prometheus 2.42's answer once each range is 1 ms shorter (see LEFT_EDGE; the
 * tolerance is 1e-4 because rate divides by the range: 1 ms of 60 s is 1.7e-5).
 */
function excuser(prom: Engine, q: string, start: number, rateRange: number | undefined): Excuse {
  const shortened = q.replace(/\[(\d+)([smh])\]/g, (_, n: string, u: string) => {
    const ms = Number(n) * { s: 1000, m: 60_000, h: 3_600_000 }[u as 's' | 'm' | 'h'];
    return `[${ms - 1}ms]`;
  });
  const cache = new Map<number, Promise<Map<string, string>>>();
  const instant = async (t: number): Promise<Map<string, string>> => {
    const u = `${prom.url}/api/v1/query?query=${encodeURIComponent(shortened)}&time=${t}`;
    const body = (await (await fetch(u)).json()) as {
      data: { result: { metric: Record<string, string>; value: [number, string] }[] };
    };
    return new Map(body.data.result.map((r) => [seriesKey(r.metric), r.value[1]]));
  };
  // Every series' first sample lies within the first second of the data (poll phase + jitter).
  const startUntil = rateRange === undefined ? Number.NEGATIVE_INFINITY : start + rateRange + 1;
  return async (key, t, mine) => {
    if (t < startUntil) return START;
    if (shortened === q) return undefined;
    let p = cache.get(t);
    if (p === undefined) {
      p = instant(t);
      cache.set(t, p);
    }
    const w = (await p).get(key);
    if (w === undefined) return undefined;
    const x = Number(mine);
    const y = Number(w);
    return Math.abs(x - y) <= 1e-4 * Math.max(Math.abs(x), Math.abs(y)) ? LEFT_EDGE : undefined;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function fmtMs(ms: number): string {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 10
      ? `${ms.toFixed(0)} ms`
      : `${ms.toFixed(1)} ms`;
}

function table(header: string[], rows: string[][]): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  return [line(header), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  for (const bin of [PROMTOOL, PROMETHEUS, VICTORIA])
    if (!fs.existsSync(bin)) {
      console.log(`skipped: ${bin} is not installed (apt install prometheus victoria-metrics)`);
      return 0;
    }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sensorpath-query-bench-'));
  const engines: Engine[] = [];
  let failures = 0;
  try {
    log(
      `load average ${load()}; generating dataset ${SPEC.id}: ${SPEC.meters} meters × ${SPEC.spanMs / 60_000} min`,
    );
    const ds = generate(SPEC);
    const extras = generateQueryExtras(ds);
    const all: Dataset = {
      spec: ds.spec,
      ts: ds.ts,
      series: [...ds.series, ...extras.series],
      samples: ds.samples + extras.samples,
    };
    const om = path.join(work, 'data.om');
    const prom = path.join(work, 'data.prom');
    writeText(all, om, 'openmetrics');
    writeText(all, prom, 'prometheus');
    log(
      `${all.series.length} series (${ds.series.length} at 1 s, ${extras.series.length} at 15 s), ` +
        `${(all.samples / 1e6).toFixed(2)} M samples, ${(fs.statSync(om).size / 1e6).toFixed(0)} MB OpenMetrics`,
    );
    // Loaded one after another so no loader competes with another for the two cores.
    engines.push(await startSensorpath({ om, prom }, work));
    engines.push(await startPrometheus(om, work));
    engines.push(await startVictoria(prom, work));
    fs.rmSync(om);
    fs.rmSync(prom);

    const start = SPEC.startMs / 1000;
    const end = start + SPEC.spanMs / 1000 - 1;
    const rows: string[][] = [];
    const problems: string[] = [];
    const excused: string[] = [];
    log(
      `load average ${load()}; querying [${start}, ${end}], ${RUNS} runs per engine after one warm-up (3 when a warm-up took over ${SLOW_MS / 1000} s)`,
    );
    for (const step of STEPS) {
      for (const { q, rateRange } of QUERIES) {
        const warm = new Map<string, PromSeries[]>();
        let slowest = 0;
        for (const e of engines) {
          const { ms, result } = await queryRange(e, q, start, end, step);
          warm.set(e.name, result);
          slowest = Math.max(slowest, ms);
        }
        const runs = slowest > SLOW_MS ? Math.min(RUNS, 3) : RUNS;
        const ref = warm.get('Prometheus')!;
        const prom = engines.find((e) => e.name === 'Prometheus')!;
        const sp = await compare(warm.get('sensorpath')!, ref, excuser(prom, q, start, rateRange));
        const vmDiffs = (await compare(warm.get('VictoriaMetrics')!, ref)).diffs;
        for (const d of sp.diffs.slice(0, 5))
          problems.push(`sensorpath ≠ Prometheus: ${q} step ${step} s: ${d}`);
        if (sp.diffs.length > 5) problems.push(`  … and ${sp.diffs.length - 5} more series differ`);
        if (sp.diffs.length) failures++;
        for (const [why, n] of sp.excused) excused.push(`${q} step ${step} s: ${n} points, ${why}`);
        const wall = new Map<string, number[]>(engines.map((e) => [e.name, []]));
        const cpu = new Map<string, number>(engines.map((e) => [e.name, 0]));
        for (let r = 0; r < runs; r++) {
          // Rotate the order so no engine always runs right after another's burst.
          for (let i = 0; i < engines.length; i++) {
            const e = engines[(r + i) % engines.length]!;
            const c0 = cpuMs(e.proc.pid!);
            const { ms } = await queryRange(e, q, start, end, step);
            cpu.set(e.name, cpu.get(e.name)! + cpuMs(e.proc.pid!) - c0);
            wall.get(e.name)!.push(ms);
          }
        }
        const [spw, prw, vmw] = engines.map((e) => median(wall.get(e.name)!)) as [number, number, number];
        const [spc, prc, vmc] = engines.map((e) => cpu.get(e.name)! / runs) as [number, number, number];
        const points = ref.reduce((n, s) => n + s.values.length, 0);
        const base = BASELINE[q]?.[step];
        rows.push([
          q,
          `${step} s`,
          String(runs),
          `${ref.length} × ${ref.length ? Math.round(points / ref.length) : 0}`,
          fmtMs(spw),
          fmtMs(prw),
          fmtMs(vmw),
          `${(spw / prw).toFixed(2)}`,
          `${(spw / vmw).toFixed(1)}`,
          `${fmtMs(spc)} / ${fmtMs(prc)} / ${fmtMs(vmc)}`,
          sp.diffs.length ? `NO (${sp.diffs.length} series)` : sp.excused.size ? 'yes*' : 'yes',
          vmDiffs.length ? `no (${vmDiffs.length})` : 'yes',
          base ? `${fmtMs(base[0])} / ${fmtMs(base[1])}` : '',
        ]);
        log(`step ${step} s  ${rows.at(-1)!.slice(4, 11).join('  ')}  ${q}`);
      }
    }
    console.log(
      `\nquery_range over ${SPEC.spanMs / 60_000} min of dataset ${SPEC.id} + extras ` +
        `(${all.series.length} series, ${(all.samples / 1e6).toFixed(2)} M samples); ` +
        `median wall time of the HTTP round trips per engine (runs: per engine); CPU = mean per query of the serving process\n`,
    );
    console.log(
      table(
        [
          'query',
          'step',
          'runs',
          'series × points',
          'sensorpath',
          'Prometheus',
          'VictoriaMetrics',
          'sp/Prom',
          'sp/VM',
          'CPU sp / Prom / VM',
          'sp = Prom',
          'VM = Prom',
          'baseline Prom / VM',
        ],
        rows,
      ),
    );
    console.log(
      `\nload average ${load()} (1, 5, 15 min) at the end; ${os.cpus().length} CPUs; node ${process.version}; ` +
        `"= Prom": same series and timestamps, values within 1e-5 relative (VM: for information). ` +
        `Baseline: shared/notes/perf-baseline.md §2.2 (a quiet machine).`,
    );
    if (excused.length) {
      console.log('\n* equal except at points that differ for a known reason, Prometheus 2.42 being older:');
      for (const [why, text] of Object.entries(EXCUSES)) console.log(`  ${why}: ${text}`);
      console.log(`  ${excused.join('\n  ')}`);
    }
    if (problems.length)
      console.log(
        `\nwrong answers (the times above for these rows are not comparable):\n${problems.join('\n')}`,
      );
  } finally {
    await Promise.all(engines.map((e) => stop(e.proc)));
    if (process.env.BENCH_KEEP) console.error(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
  return failures ? 1 : 0;
}

process.exitCode = await main();
