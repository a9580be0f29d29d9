/**
 * The hand-written result JSON against the object form the API used to stringify (the reference
 * below, Prometheus' shapes built as objects then JSON.stringify): byte-identical text over tricky
 * values and labels, and -0 printed as Go prints it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFloat, type QueryValue } from '@sensorpath/promql';
import { type Labels, labelsFromRecord } from '@sensorpath/storage';
import { goFloat, queryDataJson } from './json.ts';

/** The reference: the old renderer's object form, with Go's "-0" for negative zero. */
function refFloat(f: number): string {
  return Object.is(f, -0) ? '-0' : formatFloat(f);
}
function refMetric(ls: Labels): Record<string, string> {
  const o: Record<string, string> = {};
  for (const l of ls) o[l.name] = l.value;
  return o;
}
function refData(v: QueryValue): unknown {
  switch (v.type) {
    case 'scalar':
      return { resultType: 'scalar', result: [v.t / 1000, refFloat(v.v)] };
    case 'string':
      return { resultType: 'string', result: [v.t / 1000, v.v] };
    case 'vector':
      return {
        resultType: 'vector',
        result: v.samples.map((s) => ({ metric: refMetric(s.labels), value: [s.t / 1000, refFloat(s.v)] })),
      };
    case 'matrix':
      return {
        resultType: 'matrix',
        result: v.series.map((s) => ({
          metric: refMetric(s.labels),
          values: s.ts.map((t, i) => [t / 1000, refFloat(s.vs[i]!)]),
        })),
      };
  }
}

const TRICKY = [
  0,
  -0,
  1,
  -1,
  0.1,
  1 / 3,
  NaN,
  Infinity,
  -Infinity,
  1e-7,
  -1e-7,
  1.5e-10,
  1e21,
  -1e21,
  1.2345e22,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 63),
  1e20,
  123456789012345680000,
  5e-324,
  Number.MAX_VALUE,
  230.12345,
  0.000001,
  1e-6 * 0.5,
];
const TIMES = [
  0, 1, 999, 1000, 1500, 1795132800000, 1795132800001, 1795132800120, -1, -1500, 8640000000000000,
];
const LABELS: Labels[] = [
  labelsFromRecord({}),
  labelsFromRecord({ __name__: 'up', job: 'a"b\\c' }),
  labelsFromRecord({ msg: 'line\nbreak\ttab\u0000nul\u001f\u007f', uni: 'Grüße ☃ 😀 \u2028\u2029', '': 'x' }),
  labelsFromRecord({ 'a.b/c': '</script>&<>' }),
];

test('matrix, vector, scalar and string JSON equal JSON.stringify of the object form', () => {
  const matrix: QueryValue = {
    type: 'matrix',
    series: LABELS.map((labels, k) => ({
      labels,
      ts: TRICKY.map((_, i) => TIMES[(i + k) % TIMES.length]!),
      vs: Float64Array.from(TRICKY.map((_, i) => TRICKY[(i + k) % TRICKY.length]!)),
    })),
  };
  const vector: QueryValue = {
    type: 'vector',
    samples: TRICKY.map((v, i) => ({ labels: LABELS[i % LABELS.length]!, t: TIMES[i % TIMES.length]!, v })),
  };
  const cases: QueryValue[] = [
    matrix,
    vector,
    { type: 'matrix', series: [] },
    { type: 'vector', samples: [] },
    { type: 'matrix', series: [{ labels: LABELS[1]!, ts: [], vs: new Float64Array(0) }] },
    ...TRICKY.map((v, i): QueryValue => ({ type: 'scalar', t: TIMES[i % TIMES.length]!, v })),
    { type: 'string', t: 1500, v: 'a"\\\n\u0001☃' },
  ];
  for (const c of cases) {
    const fast = queryDataJson(c).text;
    assert.equal(fast, JSON.stringify(refData(c)));
    assert.deepEqual(JSON.parse(fast), refData(c));
  }
});

test('values print as Go strconv.FormatFloat(f, f, -1) does', () => {
  assert.equal(goFloat(-0), '-0');
  assert.equal(goFloat(0), '0');
  assert.equal(goFloat(NaN), 'NaN');
  assert.equal(goFloat(Infinity), '+Inf');
  assert.equal(goFloat(-Infinity), '-Inf');
  assert.equal(goFloat(1e-7), '0.0000001');
  assert.equal(goFloat(-1.5e-7), '-0.00000015');
  assert.equal(goFloat(1e21), '1000000000000000000000');
  assert.equal(goFloat(1.2345e22), '12345000000000000000000');
  assert.equal(goFloat(2 ** 53 + 2), '9007199254740994');
  assert.equal(goFloat(0.1 + 0.2), '0.30000000000000004');
});

test('the digit writer agrees with String() on many short decimals', () => {
  // Values as meters report them (a few decimals), negative, tiny and near the fast path's bounds.
  const vs: number[] = [];
  let seed = 1;
  const rnd = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < 20000; i++) {
    const k = i % 8;
    const scale = 10 ** ((i % 23) - 8);
    vs.push(Math.round(rnd() * scale * 10 ** k) / 10 ** k, -rnd() * scale, 3.9999e15 + i, 1e-6 + i * 1e-12);
  }
  const m: QueryValue = {
    type: 'matrix',
    series: [{ labels: LABELS[1]!, ts: vs.map((_, i) => i * 1000), vs: Float64Array.from(vs) }],
  };
  assert.equal(queryDataJson(m).text, JSON.stringify(refData(m)));
});
