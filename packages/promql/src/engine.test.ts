/**
 * Unit tests of the engine beyond the conformance scripts: typed errors and their API error
 * types, limits (samples, points, timeout), staleness bits surviving the selector path, and
 * instant and range evaluation agreeing at the same time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelsFromRecord, MemoryStorage, STALE_NAN } from '@sensorpath/storage';
import { Engine } from './engine.ts';
import { PromqlError } from './errors.ts';
import { formatExpr } from './format.ts';
import { kahanInc, MeanAcc } from './kernels.ts';
import { parseExpr } from './parser.ts';

async function store(): Promise<MemoryStorage> {
  const s = new MemoryStorage();
  const app = s.appender();
  for (let i = 0; i <= 100; i++) {
    app.append(0, labelsFromRecord({ __name__: 'x_total', site: 'a' }), i * 15000, i * 10);
    app.append(0, labelsFromRecord({ __name__: 'x_total', site: 'b' }), i * 15000, i * 20);
  }
  app.append(0, labelsFromRecord({ __name__: 'gone', site: 'a' }), 0, 1);
  app.append(0, labelsFromRecord({ __name__: 'gone', site: 'a' }), 15000, STALE_NAN);
  await app.commit();
  return s;
}

test('parse errors are PROMQL_PARSE / bad_data', () => {
  assert.throws(
    () => parseExpr('sum(x'),
    (e: unknown) => e instanceof PromqlError && e.code === 'PROMQL_PARSE' && e.errorType === 'bad_data',
  );
  assert.throws(() => parseExpr('rate(x)'), /expected type range vector in call to function "rate"/);
  assert.throws(() => parseExpr('1 > 2'), /comparisons between scalars must use BOOL modifier/);
});

test('offset and @ bind to the selector, not to the whole left operand', () => {
  // lezer parses `a + b offset 1m * 2` as `(a + b offset 1m) * 2`; Prometheus means a + (b … * 2).
  assert.equal(formatExpr(parseExpr('a + b offset 1m * 2')), 'a + b offset 1m * 2');
  const e = parseExpr('a + b @ 60 * c');
  assert.equal(e.kind === 'binary' && e.op, '+');
  assert.equal(formatExpr(parseExpr('(a + b) * c offset 5m')), '(a + b) * c offset 5m');
  assert.equal(formatExpr(parseExpr('a or b offset 5m and c')), 'a or b offset 5m and c');
});

test('instant and range evaluation agree', async () => {
  const s = await store();
  const e = new Engine();
  const q = 'sum by (site) (rate(x_total[1m]))';
  const inst = await e.instantQuery(s, q, 600000);
  const range = await e.rangeQuery(s, q, 540000, 660000, 60000);
  assert.equal(inst.value.type, 'vector');
  assert.equal(range.value.type, 'matrix');
  if (inst.value.type !== 'vector' || range.value.type !== 'matrix') return;
  for (const smp of inst.value.samples) {
    const ser: { vs: Float64Array } = range.value.series.find(
      (r) => JSON.stringify(r.labels) === JSON.stringify(smp.labels),
    )!;
    assert.equal(ser.vs[1], smp.v);
  }
  assert.ok(Math.abs(inst.value.samples[0]!.v - 10 / 15) < 1e-9);
});

test('a stale marker ends the series', async () => {
  const s = await store();
  const r = await new Engine().instantQuery(s, 'gone', 20000);
  assert.deepEqual(r.value, { type: 'vector', samples: [] });
});

test('limits fail with Prometheus error types', async () => {
  const s = await store();
  await assert.rejects(
    new Engine({ maxSamples: 10 }).instantQuery(s, 'x_total[1h]', 1500000),
    (e: unknown) =>
      e instanceof PromqlError && e.code === 'PROMQL_TOO_MANY_SAMPLES' && e.errorType === 'execution',
  );
  await assert.rejects(
    new Engine({ maxPointsPerSeries: 10 }).rangeQuery(s, 'x_total', 0, 1500000, 1000),
    (e: unknown) =>
      e instanceof PromqlError &&
      e.errorType === 'bad_data' &&
      /maximum resolution of 10 points/.test(e.message),
  );
  await assert.rejects(
    new Engine({ timeoutMs: 1 }).rangeQuery(s, 'count_over_time(x_total[1h:1s])', 0, 1500000, 1000),
    (e: unknown) => e instanceof PromqlError && e.errorType === 'timeout',
  );
});

test('rate of a non-counter name yields an info annotation', async () => {
  const s = new MemoryStorage();
  const app = s.appender();
  for (let i = 0; i < 5; i++) app.append(0, labelsFromRecord({ __name__: 'temp' }), i * 15000, i);
  await app.commit();
  const r = await new Engine().instantQuery(s, 'rate(temp[1m])', 60000);
  assert.equal(r.infos.length, 1);
  assert.match(r.infos[0]!, /^PromQL info: metric might not be a counter.*\(1:6\)$/);
});

test('sliding window kernels agree with per-window evaluation', async () => {
  const s = new MemoryStorage();
  const app = s.appender();
  let seed = 1;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < 600; i++) {
    let v = (rand() - 0.5) * 1e6;
    if (i === 300) v = Number.POSITIVE_INFINITY;
    if (i === 420) v = Number.NaN;
    app.append(0, labelsFromRecord({ __name__: 'g' }), i * 10000, v);
  }
  await app.commit();
  const e = new Engine();
  for (const q of [
    'sum_over_time(g[5m])',
    'avg_over_time(g[5m])',
    'max_over_time(g[3m])',
    'min_over_time(g[3m])',
  ]) {
    const range = await e.rangeQuery(s, q, 0, 5990000, 30000);
    assert.equal(range.value.type, 'matrix');
    if (range.value.type !== 'matrix') return;
    const ser = range.value.series[0]!;
    for (let k = 0; k < ser.ts.length; k += 7) {
      const inst = await e.instantQuery(s, q, ser.ts[k]!);
      assert.equal(inst.value.type, 'vector');
      if (inst.value.type !== 'vector') return;
      const want = inst.value.samples[0]!.v;
      const got = ser.vs[k]!;
      if (Number.isNaN(want) || !Number.isFinite(want))
        assert.ok(Object.is(want, got) || (Number.isNaN(want) && Number.isNaN(got)), `${q} @${ser.ts[k]}`);
      else
        assert.ok(
          Math.abs(got - want) <= 1e-12 * Math.max(1, Math.abs(want)),
          `${q} @${ser.ts[k]}: ${got} vs ${want}`,
        );
    }
  }
});

test('sum/avg/min/max/count/group over a range equal the per-step kernels, bit for bit', async () => {
  const s = new MemoryStorage();
  const app = s.appender();
  let seed = 7;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let k = 0; k < 12; k++) {
    const ls = labelsFromRecord({ __name__: 'g', grp: String(k % 3), i: String(k).padStart(2, '0') });
    for (let i = 0; i < 80; i++) {
      if (rand() < 0.2) continue; // gaps: members absent at some steps
      let v = (rand() - 0.5) * 10 ** Math.floor(rand() * 20);
      if (k === 4 && i > 40) v = 1.5e308; // avg/sum overflow into the incremental mean
      if (k === 5 && i === 10) v = Number.NaN;
      if (k === 7 && i === 20) v = -0;
      app.append(0, ls, i * 15000, v);
    }
  }
  await app.commit();
  const e = new Engine({ lookbackDeltaMs: 1 });
  // The reference: at each step, the members present (in selector order) folded with the
  // kernels the per-step aggregation uses.
  const reference = (op: string, xs: number[]): number => {
    if (op === 'count') return xs.length;
    if (op === 'group') return 1;
    if (op === 'avg') {
      const m = new MeanAcc();
      for (const x of xs) m.add(x);
      return m.result();
    }
    if (op === 'sum') {
      const kc = new Float64Array(1);
      let a = 0;
      for (const x of xs) a = kahanInc(x, a, kc);
      return Number.isFinite(a) ? a + kc[0]! : a;
    }
    let a = xs[0]!;
    for (const x of xs.slice(1)) if ((op === 'max' ? x > a : x < a) || Number.isNaN(a)) a = x;
    return a;
  };
  for (const op of ['sum', 'avg', 'min', 'max', 'count', 'group']) {
    const range = await e.rangeQuery(s, `${op} by (grp) (g)`, 0, 79 * 15000, 15000);
    if (range.value.type !== 'matrix') return assert.fail('matrix expected');
    assert.equal(range.value.series.length, 3);
    for (const ser of range.value.series) {
      const grp = ser.labels.find((l) => l.name === 'grp')!.value;
      for (let k = 0; k < ser.ts.length; k++) {
        const raw = await e.instantQuery(s, `g{grp="${grp}"}`, ser.ts[k]!);
        if (raw.value.type !== 'vector') return assert.fail('vector expected');
        const want = reference(
          op,
          raw.value.samples.map((x) => x.v),
        );
        assert.ok(Object.is(ser.vs[k], want), `${op} grp=${grp} @${ser.ts[k]}: ${ser.vs[k]} vs ${want}`);
      }
    }
  }
});

test('vector matching by fixed pairs agrees with instant evaluation at every step', async () => {
  // Left series that start late and end early, an info series that changes its model halfway (two
  // right series in one group, never at once: the step loop), a comparison that filters points,
  // and one-to-one matching where two left series share a group only part of the time.
  const s = new MemoryStorage();
  const app = s.appender();
  for (let i = 0; i <= 80; i++) {
    const t = i * 15000;
    for (const m of ['m1', 'm2', 'm3']) {
      if (m === 'm2' && i < 20) continue;
      if (m === 'm3' && i > 50) continue;
      app.append(
        0,
        labelsFromRecord({ __name__: 'power', machine: m, phase: 'L1' }),
        t,
        i * (m === 'm1' ? 1 : 3),
      );
      app.append(0, labelsFromRecord({ __name__: 'power', machine: m, phase: 'L2' }), t, 100 - i);
    }
    app.append(0, labelsFromRecord({ __name__: 'info', machine: 'm1', model: 'a' }), t, 1);
    app.append(0, labelsFromRecord({ __name__: 'info', machine: 'm2', model: 'b' }), t, 2);
    app.append(0, labelsFromRecord({ __name__: 'info', machine: 'm3', model: i < 40 ? 'c' : 'd' }), t, 3);
    if (i === 40)
      app.append(0, labelsFromRecord({ __name__: 'info', machine: 'm3', model: 'c' }), t, STALE_NAN);
    if (i >= 30 && i < 35) app.append(0, labelsFromRecord({ __name__: 'solo', machine: 'm1', k: 'x' }), t, 7);
    app.append(0, labelsFromRecord({ __name__: 'solo', machine: 'm1', k: 'y' }), t, 5);
    app.append(0, labelsFromRecord({ __name__: 'ref', machine: 'm1' }), t, 10);
  }
  await app.commit();
  const e = new Engine();
  const queries = [
    'power * on (machine) group_left (model) info',
    'sum by (model) (power * on (machine) group_left (model) info)',
    'power > on (machine) group_left (model) info * 20',
    'power > bool on (machine) group_left info * 20',
    'info * on (machine) group_right (model) power',
    'power - ignoring (phase) group_left power{phase="L1"}',
    'solo{k="y"} + on (machine) ref',
  ];
  for (const q of queries) {
    const range = await e.rangeQuery(s, q, 0, 1_200_000, 15000);
    assert.equal(range.value.type, 'matrix');
    const got = new Map<string, string>();
    if (range.value.type === 'matrix')
      for (const ser of range.value.series)
        ser.ts.forEach((t, i) => {
          got.set(`${JSON.stringify(ser.labels)}@${t}`, String(ser.vs[i]));
        });
    const want = new Map<string, string>();
    for (let t = 0; t <= 1_200_000; t += 15000) {
      const inst = await e.instantQuery(s, q, t);
      if (inst.value.type === 'vector')
        for (const smp of inst.value.samples) want.set(`${JSON.stringify(smp.labels)}@${t}`, String(smp.v));
    }
    assert.ok(want.size > 0, q);
    assert.deepEqual([...got].sort(), [...want].sort(), q);
  }
  // Values against the data's own formulas (the checks above compare the engine with itself).
  const power = (m: string, phase: string, i: number) =>
    phase === 'L1' ? i * (m === 'm1' ? 1 : 3) : 100 - i;
  const infoV: Record<string, number> = { m1: 1, m2: 2, m3: 3 };
  for (const [q, f] of [
    [
      'power * on (machine) group_left (model) info',
      (m: string, ph: string, i: number) => power(m, ph, i) * infoV[m]!,
    ],
    [
      'power - ignoring (phase) group_left power{phase="L1"}',
      (m: string, ph: string, i: number) => power(m, ph, i) - power(m, 'L1', i),
    ],
    [
      'info * on (machine) group_right (model) power',
      (m: string, ph: string, i: number) => infoV[m]! * power(m, ph, i),
    ],
  ] as const) {
    const r = await e.rangeQuery(s, q, 0, 1_200_000, 15000);
    let points = 0;
    if (r.value.type === 'matrix')
      for (const ser of r.value.series) {
        const lab = Object.fromEntries(ser.labels.map((l) => [l.name, l.value]));
        ser.ts.forEach((t, k) => {
          // Samples are carried forward by the lookback: the value is that of the last sample <= t.
          const i = Math.min(t / 15000, lab.machine === 'm3' ? 50 : 80);
          assert.equal(ser.vs[k], f(lab.machine!, lab.phase!, i), `${q} ${JSON.stringify(lab)} @${t}`);
          points++;
        });
      }
    assert.ok(points > 100, q);
  }
  // One-to-one with two left series in the group: fine while only one exists, an error once both do.
  await e.rangeQuery(s, 'solo + on (machine) ref', 0, 400_000, 15000);
  await assert.rejects(
    e.rangeQuery(s, 'solo + on (machine) ref', 0, 1_200_000, 15000),
    /multiple matches for labels: many-to-one matching must be explicit/,
  );
});
