/**
 * Each baseline on synthetic series with known answers, the window choice on a validation split,
 * and the error measures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseWindow, linearTrend, movingAverage, persistence, seasonalNaive } from './baselines.ts';
import { errorStats } from './metrics.ts';

const arr = (f: (i: number) => number, n = 100) => Float64Array.from({ length: n }, (_, i) => f(i));

test('persistence predicts the last value', () => {
  const y = arr((i) => i * i);
  assert.equal(persistence(y, 7), 49);
});

test('seasonal naive predicts the value one period before the target time', () => {
  const y = arr((i) => i % 24);
  // Period 24: the prediction for 50 + 5 = 55 is y[31] = 7 = 55 % 24.
  assert.equal(seasonalNaive(y, 50, 5, 24), 55 % 24);
  assert.ok(Number.isNaN(seasonalNaive(y, 10, 5, 24)), 'no history one period back');
  assert.ok(Number.isNaN(seasonalNaive(y, 50, 30, 24)), 'a horizon beyond the period would need the future');
});

test('linear trend extrapolates a line exactly and ignores missing points', () => {
  const y = arr((i) => 3 + 0.5 * i);
  assert.equal(linearTrend(y, 40, 10, 8), 3 + 0.5 * 50);
  y[38] = Number.NaN;
  assert.ok(Math.abs(linearTrend(y, 40, 10, 8) - 28) < 1e-9);
  assert.equal(
    linearTrend(
      arr(() => 4),
      40,
      5,
      6,
    ),
    4,
  );
  assert.equal(linearTrend(y, 0, 3, 5), 3, 'one point: flat');
});

test('moving average is the mean of the last window', () => {
  const y = arr((i) => i);
  assert.equal(movingAverage(y, 9, 4), (6 + 7 + 8 + 9) / 4);
  assert.equal(movingAverage(y, 1, 4), 0.5, 'shorter at the start');
});

test('window choice: noise around a constant prefers a long average; a ramp prefers a short one', () => {
  let s = 1;
  const rnd = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647 - 0.5;
  };
  const noisy = arr(() => 10 + rnd(), 400);
  const anchors = Int32Array.from({ length: 200 }, (_, k) => 100 + k);
  assert.ok(chooseWindow('moving_average', noisy, anchors, 1) >= 30);
  const ramp = arr((i) => i, 400);
  assert.equal(chooseWindow('moving_average', ramp, anchors, 1), 2);
  assert.equal(chooseWindow('linear_trend', ramp, anchors, 5), 2);
});

test('MAE, RMSE and MAPE on known errors; NaN pairs and zero actuals are skipped', () => {
  const st = errorStats([1, 2, 4, Number.NaN, 5], [2, 2, 2, 1, 0]);
  assert.equal(st.n, 4);
  assert.equal(st.mae, (1 + 0 + 2 + 5) / 4);
  assert.equal(st.rmse, Math.sqrt((1 + 0 + 4 + 25) / 4));
  assert.equal(st.mape, (100 * (0.5 + 0 + 1)) / 3);
});
