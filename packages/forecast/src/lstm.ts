/**
 * The LSTM on tfjs 4.22 with the WebAssembly backend (pure CPU, no native addon): building the
 * network, a training loop with seeded window sampling, early stopping on validation loss (the
 * best epoch's weights are kept) and a wall-clock budget, and saving/loading through our own IO
 * handler (`model.json` with the topology and weight manifest, `weights.bin` with the weights), so
 * no `file://` handler or tfjs-node is needed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '@sensorpath/simulator';
import type * as TF from '@tensorflow/tfjs';
import { ForecastError } from './errors.ts';

let backendReady: Promise<void> | undefined;
let tfjs: typeof TF | undefined;

/** tfjs, once `initBackend` has loaded it (loaded lazily: the machine simulator never needs it). */
function tf(): typeof TF {
  if (tfjs === undefined)
    throw new ForecastError('FORECAST_BAD_OPTION', 'tfjs is not loaded: await initBackend() first');
  return tfjs;
}

/** Loads tfjs and selects the wasm backend, once per process. */
export function initBackend(): Promise<void> {
  backendReady ??= (async () => {
    tfjs = await import('@tensorflow/tfjs');
    await import('@tensorflow/tfjs-backend-wasm');
    const ok = await tf().setBackend('wasm');
    if (!ok) throw new ForecastError('FORECAST_BAD_OPTION', 'the tfjs wasm backend could not be initialised');
    await tf().ready();
  })();
  return backendReady;
}

export interface LstmOptions {
  lookback: number;
  features: number;
  outputs: number;
  /** LSTM units. @default 32 */
  units?: number;
  /** Adam learning rate. @default 0.005 */
  learningRate?: number;
  seed?: number;
  /** @default 'mae' */
  loss?: 'mae' | 'mse' | 'huber';
}

export function buildLstm(o: LstmOptions): TF.LayersModel {
  const seed = o.seed ?? 1;
  const m = tf().sequential();
  m.add(
    tf().layers.lstm({
      units: o.units ?? 32,
      inputShape: [o.lookback, o.features],
      kernelInitializer: tf().initializers.glorotUniform({ seed }),
      recurrentInitializer: tf().initializers.glorotUniform({ seed: seed + 1 }),
    }),
  );
  m.add(
    tf().layers.dense({
      units: o.outputs,
      kernelInitializer: tf().initializers.glorotUniform({ seed: seed + 2 }),
    }),
  );
  m.compile({ optimizer: tf().train.adam(o.learningRate ?? 0.005), loss: lossFn(o.loss ?? 'mae') });
  return m;
}

function lossFn(name: 'mae' | 'mse' | 'huber'): string | ((a: TF.Tensor, b: TF.Tensor) => TF.Tensor) {
  if (name === 'mae') return 'meanAbsoluteError';
  if (name === 'mse') return 'meanSquaredError';
  return (yTrue, yPred) => tf().losses.huberLoss(yTrue, yPred, undefined, 1);
}

/** Windows as flat arrays: x is [n, lookback, features], y is [n, outputs] (row-major). */
export interface WindowBatch {
  n: number;
  x: Float32Array;
  y: Float32Array;
}

/** Builds a batch of windows for the given anchors from a row-major [rows, features] matrix. */
export type WindowSource = (anchors: ArrayLike<number>) => WindowBatch;

export interface FitOptions {
  lookback: number;
  features: number;
  outputs: number;
  train: Int32Array;
  validation: Int32Array;
  source: WindowSource;
  /** @default 40 */
  maxEpochs?: number;
  /** Epochs without a better validation loss before stopping. @default 4 */
  patience?: number;
  /** Training windows drawn (without replacement) per epoch. @default 3000 */
  samplesPerEpoch?: number;
  /** Validation windows used for the loss (evenly spaced). @default 1500 */
  validationSamples?: number;
  /** @default 64 */
  batchSize?: number;
  /** Stop after the epoch that crosses this wall-clock budget. @default 150_000 */
  timeBudgetMs?: number;
  seed?: number;
  onProgress?: (p: FitProgress) => void;
}

export interface FitProgress {
  epoch: number;
  maxEpochs: number;
  /** Fraction of the current epoch done. */
  epochFraction: number;
  loss: number;
  valLoss: number;
  bestValLoss: number;
  elapsedMs: number;
  /** Estimated time left (epochs left or budget, whichever ends first). */
  etaMs: number;
}

export interface FitResult {
  epochs: number;
  bestEpoch: number;
  bestValLoss: number;
  trainLoss: number;
  stoppedBy: 'early_stopping' | 'max_epochs' | 'time_budget';
  ms: number;
  history: { epoch: number; loss: number; valLoss: number }[];
}

function evenly(a: Int32Array, k: number): Int32Array {
  if (a.length <= k) return a;
  const out = new Int32Array(k);
  for (let j = 0; j < k; j++) out[j] = a[Math.floor((j * a.length) / k)]!;
  return out;
}

/** Trains `model` in place; on return it holds the weights of the best validation epoch. */
export async function fitLstm(model: TF.LayersModel, o: FitOptions): Promise<FitResult> {
  const maxEpochs = o.maxEpochs ?? 40;
  const patience = o.patience ?? 4;
  const perEpoch = Math.min(o.samplesPerEpoch ?? 3000, o.train.length);
  const batchSize = o.batchSize ?? 64;
  const budget = o.timeBudgetMs ?? 150_000;
  const rand = mulberry32(o.seed ?? 1);
  const t0 = Date.now();
  const valBatch = o.source(evenly(o.validation, o.validationSamples ?? 1500));
  const xv = tf().tensor3d(valBatch.x, [valBatch.n, o.lookback, o.features]);
  const yv = tf().tensor2d(valBatch.y, [valBatch.n, o.outputs]);
  const pool = Int32Array.from(o.train);
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let bestWeights: TF.Tensor[] | undefined;
  let since = 0;
  let lastLoss = Number.NaN;
  let lastVal = Number.NaN;
  let stoppedBy: FitResult['stoppedBy'] = 'max_epochs';
  const history: FitResult['history'] = [];
  let epoch = 0;
  const loopStart = Date.now();
  try {
    while (epoch < maxEpochs) {
      // Seeded partial Fisher-Yates: the first `perEpoch` entries become this epoch's sample.
      for (let k = 0; k < perEpoch; k++) {
        const j = k + Math.floor(rand() * (pool.length - k));
        const tmp = pool[k]!;
        pool[k] = pool[j]!;
        pool[j] = tmp;
      }
      const b = o.source(pool.subarray(0, perEpoch));
      const x = tf().tensor3d(b.x, [b.n, o.lookback, o.features]);
      const y = tf().tensor2d(b.y, [b.n, o.outputs]);
      const batches = Math.ceil(b.n / batchSize);
      const report = (frac: number) => {
        const elapsed = Date.now() - t0;
        // Epochs done so far (fractional); the last epoch that crosses the budget still completes.
        const done = frac >= 1 ? epoch : epoch + frac;
        const perEpochMs = (Date.now() - loopStart) / Math.max(done, 1e-3);
        const byEpochs = (maxEpochs - done) * perEpochMs;
        const byBudget = Math.max(0, budget - elapsed) + (frac < 1 ? (1 - frac) * perEpochMs : 0);
        o.onProgress?.({
          epoch: frac >= 1 ? epoch : epoch + 1,
          maxEpochs,
          epochFraction: frac,
          loss: lastLoss,
          valLoss: lastVal,
          bestValLoss: best,
          elapsedMs: elapsed,
          etaMs: Math.max(0, Math.min(byEpochs, byBudget)),
        });
      };
      try {
        const h = await model.fit(x, y, {
          epochs: 1,
          batchSize,
          shuffle: false,
          verbose: 0,
          callbacks: {
            onBatchEnd: async (batch, logs) => {
              if (logs?.loss !== undefined) lastLoss = logs.loss;
              report(Math.min((batch + 1) / batches, 0.999));
            },
          },
        });
        lastLoss = Number(h.history.loss?.[0] ?? lastLoss);
      } finally {
        x.dispose();
        y.dispose();
      }
      epoch++;
      const v = tf().tidy(() => model.evaluate(xv, yv, { batchSize: 512 }) as TF.Scalar);
      lastVal = (await v.data())[0]!;
      v.dispose();
      history.push({ epoch, loss: lastLoss, valLoss: lastVal });
      if (lastVal < best) {
        best = lastVal;
        bestEpoch = epoch;
        since = 0;
        for (const w of bestWeights ?? []) w.dispose();
        bestWeights = model.getWeights().map((w) => w.clone());
      } else since++;
      report(1);
      if (since >= patience) {
        stoppedBy = 'early_stopping';
        break;
      }
      if (Date.now() - t0 >= budget) {
        stoppedBy = 'time_budget';
        break;
      }
    }
  } finally {
    xv.dispose();
    yv.dispose();
  }
  if (bestWeights) {
    model.setWeights(bestWeights);
    for (const w of bestWeights) w.dispose();
  }
  return {
    epochs: epoch,
    bestEpoch,
    bestValLoss: best,
    trainLoss: lastLoss,
    stoppedBy,
    ms: Date.now() - t0,
    history,
  };
}

/** Runs the model on windows in batches; returns [n, outputs] row-major. */
export function predictBatch(
  model: TF.LayersModel,
  b: WindowBatch,
  lookback: number,
  features: number,
  outputs: number,
): Float32Array {
  const out = new Float32Array(b.n * outputs);
  const chunk = 1024;
  for (let s = 0; s < b.n; s += chunk) {
    const m = Math.min(chunk, b.n - s);
    const res = tf().tidy(() => {
      const x = tf().tensor3d(b.x.subarray(s * lookback * features, (s + m) * lookback * features), [
        m,
        lookback,
        features,
      ]);
      return model.predict(x) as TF.Tensor;
    });
    out.set(res.dataSync() as Float32Array, s * outputs);
    res.dispose();
  }
  return out;
}

/** Writes `model.json` (topology + weight manifest) and `weights.bin` into `dir`. */
export async function saveModel(model: TF.LayersModel, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await model.save(
    tf().io.withSaveHandler(async (art) => {
      const data =
        art.weightData === undefined
          ? new ArrayBuffer(0)
          : tf().io.concatenateArrayBuffers(art.weightData as ArrayBuffer | ArrayBuffer[]);
      const json = {
        format: art.format,
        generatedBy: art.generatedBy,
        convertedBy: art.convertedBy ?? null,
        modelTopology: art.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: art.weightSpecs ?? [] }],
      };
      writeFileSync(join(dir, 'model.json'), JSON.stringify(json));
      writeFileSync(join(dir, 'weights.bin'), new Uint8Array(data));
      return {
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON',
          weightDataBytes: data.byteLength,
        },
      };
    }),
  );
}

/** Loads a model written by `saveModel`. */
export async function loadModel(dir: string): Promise<TF.LayersModel> {
  try {
    const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as {
      modelTopology: object;
      weightsManifest: { weights: TF.io.WeightsManifestEntry[] }[];
    };
    const buf = readFileSync(join(dir, 'weights.bin'));
    const weightData = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    return await tf().loadLayersModel(
      tf().io.fromMemory({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
        weightData,
      }),
    );
  } catch (err) {
    throw new ForecastError(
      'FORECAST_MODEL_IO',
      `cannot load the model in ${dir}: ${(err as Error).message}; train one with sensorpath forecast train --out ${dir}`,
      {
        cause: err,
      },
    );
  }
}
