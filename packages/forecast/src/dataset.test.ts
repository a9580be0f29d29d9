/**
 * Splits must not leak: no grid index is read by windows of two splits, the splits are in time
 * order with a gap of one window, incomplete windows are dropped, and normalisation statistics
 * come from the training rows only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  deltaStd,
  inputStats,
  splitByTime,
  timeFeatures,
  type WindowSpec,
  windowComplete,
  windowSpan,
} from './dataset.ts';
import { ForecastError } from './errors.ts';

const w: WindowSpec = { lookback: 12, horizons: [1, 5, 15] };

function used(anchors: Int32Array): Set<number> {
  const s = new Set<number>();
  for (const i of anchors) {
    const [a, b] = windowSpan(i, w);
    for (let j = a; j <= b; j++) s.add(j);
  }
  return s;
}

test('no grid index is used by two splits; splits are ordered with a gap of one window', () => {
  const n = 2000;
  const sp = splitByTime(n, w, { train: 0.7, validation: 0.15, test: 0.15 }, () => true);
  const [tr, va, te] = [used(sp.train.anchors), used(sp.validation.anchors), used(sp.test.anchors)];
  for (const j of va) assert.ok(!tr.has(j), `index ${j} in train and validation`);
  for (const j of te) assert.ok(!tr.has(j) && !va.has(j), `index ${j} in test and another split`);
  assert.equal(sp.gap, 12 + 15);
  assert.equal(sp.validation.anchors[0]! - sp.train.anchors.at(-1)!, sp.gap + 1);
  assert.equal(sp.test.anchors[0]! - sp.validation.anchors.at(-1)!, sp.gap + 1);
  assert.ok(Math.max(...tr) < Math.min(...va) && Math.max(...va) < Math.min(...te));
  // Every anchor has a full window inside the grid.
  assert.equal(sp.train.anchors[0], w.lookback - 1);
  assert.equal(sp.test.anchors.at(-1), n - 1 - 15);
  const total = sp.train.anchors.length + sp.validation.anchors.length + sp.test.anchors.length;
  assert.ok(Math.abs(sp.train.anchors.length / total - 0.7) < 0.01);
});

test('windows with missing inputs or targets are dropped', () => {
  const n = 500;
  const x = new Float64Array(n).map((_, i) => i);
  const y = new Float64Array(n).map((_, i) => i * 2);
  x[100] = Number.NaN;
  y[300] = Number.NaN;
  const complete = (i: number) => windowComplete(i, w, [x], [y]);
  assert.equal(complete(100), false);
  assert.equal(complete(111), false); // 100 is in its lookback
  assert.equal(complete(112), true);
  assert.equal(complete(299), false); // 299 + 1 = 300
  assert.equal(complete(301), true); // targets are read at the anchor and the horizons only
  assert.equal(complete(295), false); // 295 + 5 = 300
  const sp = splitByTime(n, w, { train: 1, validation: 1, test: 1 }, complete);
  for (const s of [sp.train, sp.validation, sp.test]) for (const i of s.anchors) assert.ok(complete(i));
});

test('too little data is a typed error', () => {
  assert.throws(
    () => splitByTime(60, w, { train: 0.7, validation: 0.15, test: 0.15 }, () => true),
    (e: unknown) => e instanceof ForecastError && e.code === 'FORECAST_TOO_LITTLE_DATA',
  );
});

test('normalisation statistics come from the training rows only', () => {
  const n = 1000;
  const x = new Float64Array(n);
  const sp = splitByTime(n, w, { train: 0.5, validation: 0.25, test: 0.25 }, () => true);
  const trainRows = used(sp.train.anchors);
  // Training rows hold 1 and 3 (mean 2, std 1); everything else is wildly different.
  for (let i = 0; i < n; i++) x[i] = trainRows.has(i) ? (i % 2 === 0 ? 1 : 3) : 1000 + i;
  // Targets beyond the lookback belong to train windows but are not input rows: give them
  // the same values; inputStats reads only the lookback rows.
  const st = inputStats(x, sp.train.anchors, w.lookback);
  assert.ok(Math.abs(st.mean - 2) < 0.01, `mean ${st.mean}`);
  assert.ok(Math.abs(st.std - 1) < 0.01, `std ${st.std}`);
  // A constant column normalises to 0, not NaN.
  assert.equal(inputStats(new Float64Array(n).fill(5), sp.train.anchors, w.lookback).std, 1);
  // The output scale reads y[i] and y[i + h] of training anchors only.
  const y = new Float64Array(n).map((_, i) => (trainRows.has(i) ? i : Number.NaN));
  assert.equal(deltaStd(y, sp.train.anchors, 5), 5);
});

test('calendar features are periodic by day and week', () => {
  const a = new Float32Array(10);
  const b = new Float32Array(10);
  const t = Date.UTC(2026, 10, 18, 13, 0);
  timeFeatures(t, 3, 2, a, 0);
  timeFeatures(t + 7 * 86_400_000, 3, 2, b, 0);
  for (let k = 0; k < 10; k++) assert.ok(Math.abs(a[k]! - b[k]!) < 1e-4);
  timeFeatures(t + 86_400_000, 3, 2, b, 0);
  for (let k = 0; k < 6; k++) assert.ok(Math.abs(a[k]! - b[k]!) < 1e-4, 'daily terms repeat after a day');
  assert.ok(Math.abs(a[6]! - b[6]!) > 0.1, 'weekly terms do not');
});
