/**
 * Compliance against a real Prometheus (peer test, run by `npm run test:peers`, not `npm test`).
 * A seeded data set is written as OpenMetrics, turned into TSDB blocks with `promtool tsdb
 * create-blocks-from openmetrics`, and served by a Prometheus started on a free loopback port;
 * the same samples go into a MemoryStorage queried through our engine. A fixed query set is
 * then run as range and instant queries against both, and every series and value must agree
 * (relative tolerance 1e-6). Query times sit between samples, so the left-open windows of
 * Prometheus 3 and the closed ones of older releases (Debian ships 2.42) select the same samples.
 * Without `prometheus`/`promtool` installed the test skips, naming the package.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { mulberry32 as rng } from '@sensorpath/simulator/prng';
import { type Labels, labelsFromRecord, MemoryStorage } from '@sensorpath/storage';
import { Engine, type QueryValue } from './engine.ts';
import { formatFloat } from './kernels.ts';

const run = promisify(execFile);
const PROMETHEUS = '/usr/bin/prometheus';
const PROMTOOL = '/usr/bin/promtool';
const missing = [PROMETHEUS, PROMTOOL].filter((p) => !existsSync(p));
const skip = missing.length ? `${missing.join(', ')} not installed (apt-get install prometheus)` : false;

/** Base time of the data set: 2023-11-14T22:13:20Z (whole seconds). */
const T0 = 1_700_000_000;
const STEP = 15;
const POINTS = 240; // one hour at 15 s

interface Gen {
  labels: Labels;
  values: number[];
}

function dataset(): Gen[] {
  const rand = rng(7);
  const out: Gen[] = [];
  for (let i = 0; i < 6; i++) {
    const site = `s${i % 3}`;
    let c = 0;
    const counter: number[] = [];
    const gauge: number[] = [];
    for (let k = 0; k < POINTS; k++) {
      c += Math.floor(rand() * 20);
      if (i === 2 && k === 120) c = 3; // a counter reset
      counter.push(c);
      gauge.push(Math.round((20 + rand() * 10) * 100) / 100);
    }
    out.push({
      labels: labelsFromRecord({ __name__: 'energy_total', site, meter: `m${i}` }),
      values: counter,
    });
    out.push({ labels: labelsFromRecord({ __name__: 'temp', site, meter: `m${i}` }), values: gauge });
  }
  for (const site of ['s0', 's1']) {
    const counts = [0, 0, 0, 0];
    const series = ['0.1', '0.5', '1', '+Inf'].map((le) => ({
      labels: labelsFromRecord({ __name__: 'latency_bucket', site, le }),
      values: [] as number[],
    }));
    for (let k = 0; k < POINTS; k++) {
      const obs = Math.floor(rand() * 10);
      for (let o = 0; o < obs; o++) {
        const x = rand() * 1.5;
        counts.forEach((_, b) => {
          if (x <= [0.1, 0.5, 1, Number.POSITIVE_INFINITY][b]!) counts[b]!++;
        });
      }
      series.forEach((s, b) => {
        s.values.push(counts[b]!);
      });
    }
    out.push(...series);
  }
  return out;
}

function openMetrics(gens: Gen[]): string {
  const byName = new Map<string, Gen[]>();
  for (const g of gens) {
    const n = g.labels.find((l) => l.name === '__name__')!.value;
    byName.set(n, [...(byName.get(n) ?? []), g]);
  }
  let s = '';
  for (const [name, list] of byName) {
    s += `# TYPE ${name} unknown\n`;
    for (const g of list) {
      const ls = g.labels
        .filter((l) => l.name !== '__name__')
        .map((l) => `${l.name}="${l.value}"`)
        .join(',');
      g.values.forEach((v, k) => {
        s += `${name}{${ls}} ${v} ${T0 + k * STEP}\n`;
      });
    }
  }
  return `${s}# EOF\n`;
}

const queries = [
  'temp',
  'energy_total{site="s1"}',
  'rate(energy_total[1m])',
  'sum by (site) (rate(energy_total[5m]))',
  'increase(energy_total[10m])',
  'irate(energy_total[2m])',
  'delta(temp[10m])',
  'deriv(temp[10m])',
  'predict_linear(temp[10m], 600)',
  'resets(energy_total[30m])',
  'changes(temp[5m])',
  'avg_over_time(temp[5m])',
  'min_over_time(temp[5m])',
  'max_over_time(temp[5m])',
  'sum_over_time(temp[5m])',
  'count_over_time(temp[5m])',
  'stddev_over_time(temp[5m])',
  'quantile_over_time(0.9, temp[10m])',
  'last_over_time(temp[5m])',
  'avg by (site) (temp)',
  'max without (meter) (temp)',
  'count by (site) (temp > 25)',
  'topk(2, temp)',
  'bottomk by (site) (1, temp)',
  'quantile by (site) (0.5, temp)',
  'stddev(temp)',
  'histogram_quantile(0.9, sum by (le, site) (rate(latency_bucket[5m])))',
  'temp / on (site, meter) group_left energy_total',
  'temp > bool 25',
  'temp and on (site) (temp > 28)',
  'temp unless on (meter) (temp > 28)',
  'sum(rate(energy_total[5m])) / sum(rate(energy_total[5m] offset 10m))',
  'max_over_time(sum(temp)[10m:1m])',
  'abs(delta(temp[5m])) + ceil(temp) - floor(temp) * 2',
  'clamp(temp, 22, 28)',
  'round(temp, 0.5)',
  'label_replace(temp, "zone", "z-$1", "site", "s(.*)")',
  'timestamp(temp)',
  'absent(nonexistent{site="x"})',
  'vector(1) + scalar(sum(temp))',
  'hour(vector(time()))',
];

async function waitReady(url: string, proc: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`prometheus exited with ${proc.exitCode}`);
    try {
      const r = await fetch(`${url}/-/ready`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('prometheus did not become ready');
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

type Series = { metric: Record<string, string>; values?: [number, string][]; value?: [number, string] };

/** Our result in the API's JSON shape (what Prometheus answers), for a like-for-like compare. */
function asSeries(v: QueryValue): Series[] {
  const metric = (ls: Labels) => Object.fromEntries(ls.map((l) => [l.name, l.value]));
  switch (v.type) {
    case 'vector':
      return v.samples.map((s) => ({ metric: metric(s.labels), value: [s.t / 1000, formatFloat(s.v)] }));
    case 'matrix':
      return v.series.map((s) => ({
        metric: metric(s.labels),
        values: s.ts.map((t, i) => [t / 1000, formatFloat(s.vs[i]!)] as [number, string]),
      }));
    default:
      return [{ metric: {}, value: [v.t / 1000, String(v.v)] }];
  }
}

function close(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  if (x === y) return true;
  return Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(x), Math.abs(y));
}

function compare(q: string, ours: Series[], theirs: Series[]): string[] {
  const key = (s: Series) => JSON.stringify(Object.entries(s.metric).sort());
  const mine = new Map(ours.map((s) => [key(s), s]));
  const errs: string[] = [];
  if (ours.length !== theirs.length) errs.push(`${q}: ${ours.length} series, Prometheus ${theirs.length}`);
  for (const t of theirs) {
    const o = mine.get(key(t));
    if (!o) {
      errs.push(`${q}: missing series ${key(t)}`);
      continue;
    }
    const tv = t.values ?? [t.value!];
    const ov = o.values ?? [o.value!];
    if (tv.length !== ov.length) {
      errs.push(`${q} ${key(t)}: ${ov.length} points, Prometheus ${tv.length}`);
      continue;
    }
    for (let i = 0; i < tv.length; i++) {
      if (tv[i]![0] !== ov[i]![0] || !close(tv[i]![1], ov[i]![1])) {
        errs.push(`${q} ${key(t)} @${tv[i]![0]}: ${ov[i]![1]}, Prometheus ${tv[i]![1]}`);
        break;
      }
    }
  }
  return errs;
}

test('range and instant queries agree with a real Prometheus', { skip, timeout: 120_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sensorpath-promql-peer-'));
  let prom: ChildProcess | undefined;
  try {
    const gens = dataset();
    await writeFile(join(dir, 'data.om'), openMetrics(gens));
    await run(PROMTOOL, [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '--quiet',
      join(dir, 'data.om'),
      join(dir, 'tsdb'),
    ]);
    await writeFile(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\n');
    const port = await freePort();
    prom = spawn(
      PROMETHEUS,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'tsdb')}`,
        '--storage.tsdb.retention.time=100y',
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
    const promUrl = `http://127.0.0.1:${port}`;
    await waitReady(promUrl, prom);

    const store = new MemoryStorage();
    const app = store.appender();
    for (const g of gens) {
      for (let k = 0; k < g.values.length; k++) app.append(0, g.labels, (T0 + k * STEP) * 1000, g.values[k]!);
    }
    await app.commit();
    const engine = new Engine();
    const start = T0 + 1807; // 7 s past a sample; with a 60 s step no window edge meets a sample
    const end = T0 + POINTS * STEP - 8;
    const errs: string[] = [];
    let agreed = 0;
    for (const q of queries) {
      const runs: [string, () => Promise<QueryValue>][] = [
        [
          `/api/v1/query_range?query=${encodeURIComponent(q)}&start=${start}&end=${end}&step=60`,
          async () => (await engine.rangeQuery(store, q, start * 1000, end * 1000, 60000)).value,
        ],
        [
          `/api/v1/query?query=${encodeURIComponent(q)}&time=${end}`,
          async () => (await engine.instantQuery(store, q, end * 1000)).value,
        ],
      ];
      for (const [path, ours] of runs) {
        const theirs = (await (await fetch(promUrl + path)).json()) as {
          status: string;
          data: { result: Series[] };
          error?: string;
        };
        let mine: Series[];
        try {
          mine = asSeries(await ours());
        } catch (err) {
          errs.push(`${q}: error ${(err as Error).message}, Prometheus ${theirs.status}`);
          continue;
        }
        if (theirs.status !== 'success') {
          errs.push(`${q}: succeeded, Prometheus failed: ${theirs.error}`);
          continue;
        }
        const e = compare(q, mine, theirs.data.result);
        if (e.length === 0) agreed++;
        errs.push(...e);
      }
    }
    t.diagnostic(`${agreed} of ${queries.length * 2} queries agree with Prometheus`);
    assert.deepEqual(errs, []);
  } finally {
    prom?.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
});
