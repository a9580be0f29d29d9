/**
 * A tiny LSTM run (seconds, small data) on the wasm backend: it learns a noisy sine well enough to
 * beat persistence several times over, early stopping keeps the best epoch, and the model survives
 * a save/load round trip through our own IO handler with identical predictions.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  buildLstm,
  fitLstm,
  initBackend,
  loadModel,
  predictBatch,
  saveModel,
  type WindowBatch,
} from './lstm.ts';

test('learns a sine better than persistence; save and load keep the predictions', async () => {
  await initBackend();
  const L = 8;
  const H = 3;
  const n = 1200;
  const y = Float64Array.from(
    { length: n },
    (_, i) => Math.sin((2 * Math.PI * i) / 20) + 0.02 * Math.sin(i * 1.7),
  );
  const source = (anchors: ArrayLike<number>): WindowBatch => {
    const x = new Float32Array(anchors.length * L);
    const t = new Float32Array(anchors.length);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      for (let j = 0; j < L; j++) x[a * L + j] = y[i - L + 1 + j]!;
      t[a] = y[i + H]! - y[i]!;
    }
    return { n: anchors.length, x, y: t };
  };
  const range = (a: number, b: number) => Int32Array.from({ length: b - a }, (_, k) => a + k);
  const train = range(L, 800);
  const val = range(830, 1000);
  const testA = range(1030, n - H);
  const model = buildLstm({ lookback: L, features: 1, outputs: 1, units: 12, learningRate: 0.02, seed: 7 });
  const fit = await fitLstm(model, {
    lookback: L,
    features: 1,
    outputs: 1,
    train,
    validation: val,
    source,
    maxEpochs: 15,
    patience: 5,
    samplesPerEpoch: 400,
    batchSize: 32,
    timeBudgetMs: 12_000,
    seed: 3,
  });
  assert.ok(fit.epochs >= 1 && fit.bestEpoch >= 1);
  assert.equal(fit.bestValLoss, Math.min(...fit.history.map((h) => h.valLoss)));
  const b = source(testA);
  const out = predictBatch(model, b, L, 1, 1);
  let maeLstm = 0;
  let maePersist = 0;
  for (let a = 0; a < testA.length; a++) {
    maeLstm += Math.abs(out[a]! - b.y[a]!);
    maePersist += Math.abs(b.y[a]!); // persistence predicts a change of 0
  }
  maeLstm /= testA.length;
  maePersist /= testA.length;
  assert.ok(
    maeLstm < 0.5 * maePersist,
    `LSTM MAE ${maeLstm.toFixed(3)} vs persistence ${maePersist.toFixed(3)}`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'sp-lstm-'));
  try {
    await saveModel(model, dir);
    const back = await loadModel(dir);
    const out2 = predictBatch(back, b, L, 1, 1);
    assert.deepEqual(out2, out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
