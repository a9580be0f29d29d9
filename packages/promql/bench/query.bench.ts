/**
 * Query latency of a fixed query set over 1,000 series × 2 h at 1 s (fixed seeded data in the
 * in-memory store), at 15 s and 1 s steps, next to the Prometheus reference figures from the
 * issue. Run: `npm run bench -- promql` (or `node --import tsx packages/promql/bench/query.bench.ts`).
 * `BENCH_SERIES=200` shrinks the data set for a quick look.
 */

import { mulberry32 as rng } from '@sensorpath/simulator/prng';
import { type Labels, labelsFromRecord, MemoryStorage } from '@sensorpath/storage';
import { Engine } from '../src/index.ts';

const SERIES = Number(process.env.BENCH_SERIES ?? 1000);
const HOURS = 2;
const POINTS = HOURS * 3600;
const SITES = 10;

async function load(): Promise<MemoryStorage> {
  const store = new MemoryStorage();
  const rand = rng(42);
  const series: { labels: Labels; kind: 'counter' | 'gauge' | 'bucket'; le?: number }[] = [];
  for (let i = 0; i < SERIES; i++) {
    const site = `s${i % SITES}`;
    series.push({
      labels: labelsFromRecord({ __name__: 'x_total', site, instance: `i${i}` }),
      kind: 'counter',
    });
    series.push({ labels: labelsFromRecord({ __name__: 'v', site, instance: `i${i}` }), kind: 'gauge' });
  }
  const les = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  for (let i = 0; i < SERIES / 20; i++) {
    for (const le of [...les, Number.POSITIVE_INFINITY]) {
      series.push({
        labels: labelsFromRecord({
          __name__: 'h_bucket',
          instance: `i${i}`,
          le: le === Infinity ? '+Inf' : String(le),
        }),
        kind: 'bucket',
        le,
      });
    }
  }
  for (let i = 0; i < SERIES; i++) {
    series.push({
      labels: labelsFromRecord({ __name__: 'meta', instance: `i${i}`, owner: `team${i % 7}` }),
      kind: 'gauge',
    });
  }
  const state = series.map(() => 0);
  const refs = series.map(() => 0);
  const value = (k: number): number => {
    const s = series[k]!;
    if (s.kind === 'counter') state[k]! += rand() * 10;
    else if (s.kind === 'bucket') state[k]! += Math.floor(rand() * 3 * Math.min(1, s.le! / 2));
    else state[k] = 20 + rand() * 5;
    return state[k]!;
  };
  // One commit creates the series; later appends pass the series ref so no label lookups happen.
  const first = store.appender();
  for (let k = 0; k < series.length; k++) first.append(0, series[k]!.labels, 0, value(k));
  await first.commit();
  let app = store.appender();
  for (let k = 0; k < series.length; k++) refs[k] = app.append(0, series[k]!.labels, 1000, value(k));
  for (let t = 2; t < POINTS; t++) {
    for (let k = 0; k < series.length; k++) app.append(refs[k]!, series[k]!.labels, t * 1000, value(k));
    // Commit in slices: a pending batch holds one object per sample.
    if (t % 300 === 0) {
      await app.commit();
      app = store.appender();
    }
  }
  await app.commit();
  return store;
}

const queries: { q: string; ref15?: number; ref1?: number }[] = [
  { q: 'v{site="s1"}' },
  { q: 'x_total' },
  { q: 'sum by (site) (rate(x_total[1m]))', ref15: 34 },
  { q: 'avg by (site) (avg_over_time(v[5m]))', ref15: 281, ref1: 3100 },
  { q: 'max_over_time(v[5m])' },
  { q: 'histogram_quantile(0.9, sum by (le) (rate(h_bucket[5m])))' },
  { q: 'rate(x_total[5m]) * on (instance) group_left (owner) meta' },
];

const t0 = performance.now();
const store = await load();
console.log(
  `loaded ${store.seriesCount} series × ${POINTS} samples in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const engine = new Engine({ maxSamples: 1e9 });
const end = POINTS * 1000 - 1000;
console.log("wall ms is the best of the runs; cpu ms is this process's user+system time for that run");
for (const step of [15000, 1000]) {
  for (const { q, ref15, ref1 } of queries) {
    let best = Number.POSITIVE_INFINITY;
    let bestCpu = 0;
    for (let r = 0; r < (step === 1000 ? 1 : 3); r++) {
      const c0 = process.cpuUsage();
      const s = performance.now();
      await engine.rangeQuery(store, q, 0, end, step);
      const wall = performance.now() - s;
      const c = process.cpuUsage(c0);
      if (wall < best) {
        best = wall;
        bestCpu = (c.user + c.system) / 1000;
      }
    }
    const ref = step === 15000 ? ref15 : ref1;
    console.log(
      `step ${String(step / 1000).padStart(2)}s  wall ${best.toFixed(0).padStart(6)} ms  cpu ${bestCpu.toFixed(0).padStart(6)} ms  ${q}${ref !== undefined ? `   (Prometheus: ${ref} ms)` : ''}`,
    );
  }
}
