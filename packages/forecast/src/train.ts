/**
 * Training and evaluation, end to end: pull the input and target series through `query_range`,
 * lay them on one grid, split anchors by time with gaps (see dataset.ts), normalise on the training
 * rows only, train the LSTM with early stopping on the validation split, pick the baselines'
 * windows on the validation split, and score everything once on the test split. The LSTM predicts
 * each target's change over each horizon, scaled by the training split's spread of that change, so
 * every horizon weighs the same in the loss. The returned metadata is everything serving needs to
 * rebuild the features (queries, step, lookback, normalisation, calendar terms, intervals).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BASELINES,
  type BaselineName,
  type BaselineParams,
  baselinePredict,
  chooseWindow,
} from './baselines.ts';
import {
  deltaStd,
  inputStats,
  type Norm,
  type SplitFractions,
  splitByTime,
  timeFeatures,
  type WindowSpec,
  windowComplete,
} from './dataset.ts';
import { ForecastError } from './errors.ts';
import {
  buildLstm,
  type FitProgress,
  type FitResult,
  fitLstm,
  initBackend,
  predictBatch,
  saveModel,
  type WindowBatch,
} from './lstm.ts';
import { type ErrorStats, errorStats } from './metrics.ts';
import { queryRange } from './promql-client.ts';

/** Fourier orders of the calendar features (hourly absent in models saved before it existed). */
export interface Calendar {
  daily: number;
  weekly: number;
  hourly?: number;
}

export interface SeriesSpec {
  /** Short name used in reports and forecast series (e.g. `motor_temperature`). */
  name: string;
  /** PromQL returning exactly one series. */
  query: string;
}

export interface TrainOptions {
  url: string;
  headers?: Record<string, string>;
  /** Series to forecast; each is also an input. */
  targets: SeriesSpec[];
  /** Extra input series. */
  inputs: SeriesSpec[];
  start: number;
  end: number;
  step: number;
  /** Input window, in steps. */
  lookback: number;
  /** Horizons, in steps, ascending. */
  horizons: number[];
  split?: SplitFractions;
  /** Fourier orders of the calendar features. @default { daily: 8, weekly: 3, hourly: 2 } */
  calendar?: Calendar;
  /** Season of seasonal_naive, in steps. @default one day */
  seasonSteps?: number;
  units?: number;
  learningRate?: number;
  maxEpochs?: number;
  patience?: number;
  samplesPerEpoch?: number;
  batchSize?: number;
  timeBudgetMs?: number;
  seed?: number;
  /** Feed the targets' one-step changes as extra inputs. @default true */
  differences?: boolean;
  /** Training loss. @default 'mae' (the measure the model is judged by) */
  loss?: 'mae' | 'mse' | 'huber';
  /** Gaps in inputs up to this many steps are filled with the last value. @default 5 */
  maxFillSteps?: number;
  onProgress?: (p: FitProgress) => void;
  onStage?: (message: string) => void;
}

export type MethodName = 'lstm' | BaselineName;
export const METHODS: readonly MethodName[] = ['lstm', ...BASELINES];

export interface ResultRow {
  target: string;
  /** Horizon in steps and as a duration text. */
  horizonSteps: number;
  horizon: string;
  n: number;
  mae: Record<MethodName, number>;
  rmse: Record<MethodName, number>;
  mape: Record<MethodName, number>;
  bestBaseline: BaselineName;
  /** 1 - MAE(lstm) / MAE(best baseline); positive when the LSTM is better. */
  lstmImprovement: number;
  baselineWindows: { linear_trend: number; moving_average: number };
}

export interface ModelMeta {
  version: 1;
  createdAt: string;
  step: number;
  lookback: number;
  horizons: number[];
  calendar: Calendar;
  seasonSteps: number;
  maxFillSteps: number;
  /** Scale of the targets' one-step-change features (empty when not used). */
  diffStd: number[];
  /** Inputs in feature order: targets first, then the extra inputs. */
  inputs: (SeriesSpec & Norm)[];
  targets: (SeriesSpec & {
    /** Output scale per horizon: the training split's std of the change over that horizon. */
    deltaStd: number[];
    /** Half-width of the 99 % interval per horizon: quantile of |error| on the validation split. */
    interval99: number[];
  })[];
  units: number;
  data: { start: number; end: number; points: number };
  splits: Record<'train' | 'validation' | 'test', { start: number; end: number; windows: number }>;
  gapSteps: number;
  training: Omit<FitResult, 'history'> & { history: FitResult['history'] };
  /** Scores on the validation split (what model choices may look at). */
  validationResults: ResultRow[];
  /** Scores on the test split (reported, never tuned on). */
  results: ResultRow[];
}

export interface TrainResult {
  meta: ModelMeta;
  model: Awaited<ReturnType<typeof buildLstm>>;
  /** Test-split series for plotting: times, actuals, LSTM and best-baseline predictions per target at the largest horizon. */
  plot: PlotData;
}

export interface PlotData {
  step: number;
  horizonSteps: number;
  horizon: string;
  times: Float64Array;
  targets: {
    name: string;
    actual: Float64Array;
    lstm: Float64Array;
    baseline: Float64Array;
    baselineName: string;
    lo: Float64Array;
    hi: Float64Array;
  }[];
}

export function formatDuration(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** Forward-fills runs of at most `max` NaNs that follow a value (longer gaps stay NaN). */
export function fillGaps(x: Float64Array, max: number): Float64Array {
  const out = Float64Array.from(x);
  let last = Number.NaN;
  let run = 0;
  for (let i = 0; i < out.length; i++) {
    if (Number.isNaN(out[i]!)) {
      run++;
      if (!Number.isNaN(last) && run <= max) out[i] = last;
    } else {
      last = out[i]!;
      run = 0;
    }
  }
  return out;
}

/** Pulls one series per spec onto the grid; a query must return exactly one series. */
export async function fetchSeries(
  url: string,
  specs: readonly SeriesSpec[],
  start: number,
  end: number,
  step: number,
  headers?: Record<string, string>,
): Promise<Float64Array[]> {
  const out: Float64Array[] = [];
  for (const s of specs) {
    const r = await queryRange({ url, query: s.query, start, end, step, headers });
    if (r.series.length === 0)
      throw new ForecastError(
        'FORECAST_NO_DATA',
        `${s.name}: ${JSON.stringify(s.query)} returned no data between ${new Date(start).toISOString()} and ${new Date(end).toISOString()}; ` +
          'check the query in the API (e.g. /api/v1/query) and the time range',
      );
    if (r.series.length > 1)
      throw new ForecastError(
        'FORECAST_BAD_OPTION',
        `${s.name}: ${JSON.stringify(s.query)} returned ${r.series.length} series; add matchers or aggregate (sum, avg) so it returns one`,
      );
    out.push(r.series[0]!.values);
  }
  return out;
}

/**
 * Feature rows for grid points [0, n): the normalised inputs, the one-step changes of the first
 * `diffStd.length` series (the targets) scaled by `diffStd` (0 where unknown), then the calendar
 * terms. Row-major Float32Array of n × features.
 */
export function featureRows(
  series: readonly Float64Array[],
  norms: readonly Norm[],
  start: number,
  step: number,
  n: number,
  calendar: Calendar,
  diffStd: readonly number[] = [],
): { rows: Float32Array; features: number } {
  const F = series.length + diffStd.length + 2 * (calendar.daily + calendar.weekly + (calendar.hourly ?? 0));
  const rows = new Float32Array(n * F);
  for (let i = 0; i < n; i++) {
    let k = i * F;
    for (let s = 0; s < series.length; s++) rows[k++] = (series[s]![i]! - norms[s]!.mean) / norms[s]!.std;
    for (let s = 0; s < diffStd.length; s++) {
      const d = i > 0 ? (series[s]![i]! - series[s]![i - 1]!) / diffStd[s]! : 0;
      rows[k++] = Number.isFinite(d) ? d : 0;
    }
    timeFeatures(start + i * step, calendar.daily, calendar.weekly, rows, k, calendar.hourly ?? 0);
  }
  return { rows, features: F };
}

/** Builds window batches (inputs and scaled targets) from feature rows. */
export function windowSource(
  rows: Float32Array,
  features: number,
  lookback: number,
  targets: readonly Float64Array[],
  horizons: readonly number[],
  scales: readonly (readonly number[])[],
): (anchors: ArrayLike<number>) => WindowBatch {
  const O = targets.length * horizons.length;
  return (anchors) => {
    const n = anchors.length;
    const x = new Float32Array(n * lookback * features);
    const y = new Float32Array(n * O);
    for (let a = 0; a < n; a++) {
      const i = anchors[a]!;
      x.set(rows.subarray((i - lookback + 1) * features, (i + 1) * features), a * lookback * features);
      let o = a * O;
      for (let t = 0; t < targets.length; t++) {
        const yt = targets[t]!;
        for (let h = 0; h < horizons.length; h++) {
          const j = i + horizons[h]!;
          y[o++] = j < yt.length ? (yt[j]! - yt[i]!) / scales[t]![h]! : 0;
        }
      }
    }
    return { n, x, y };
  };
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export interface ScoreInput {
  /** Target series on the grid. */
  ys: readonly Float64Array[];
  names: readonly string[];
  horizons: readonly number[];
  step: number;
  seasonSteps: number;
  /** Anchors to score. */
  anchors: Int32Array;
  /** The LSTM's prediction for anchor number `a`, target `t`, horizon number `hk`, in target units. */
  lstm: (a: number, t: number, hk: number) => number;
  /** Windows of linear_trend and moving_average (chosen on a validation split). */
  windows: (t: number, hk: number) => { linear_trend: number; moving_average: number };
  /** Collects the largest horizon's predictions for the plot. */
  plot?: { out: PlotData; interval99: number[][] };
}

/** MAE, RMSE and MAPE of the LSTM and every baseline per target and horizon, on the same windows. */
export function scoreWindows(s: ScoreInput): ResultRow[] {
  const rows: ResultRow[] = [];
  const plotH = s.horizons.length - 1;
  for (let t = 0; t < s.ys.length; t++) {
    const y = s.ys[t]!;
    for (let hk = 0; hk < s.horizons.length; hk++) {
      const h = s.horizons[hk]!;
      const w = s.windows(t, hk);
      const params: Record<BaselineName, BaselineParams> = {
        persistence: { window: 1, period: s.seasonSteps },
        seasonal_naive: { window: 1, period: s.seasonSteps },
        linear_trend: { window: w.linear_trend, period: s.seasonSteps },
        moving_average: { window: w.moving_average, period: s.seasonSteps },
      };
      const n = s.anchors.length;
      const preds = Object.fromEntries(METHODS.map((m) => [m, new Float64Array(n)])) as Record<
        MethodName,
        Float64Array
      >;
      const actual = new Float64Array(n);
      for (let a = 0; a < n; a++) {
        const i = s.anchors[a]!;
        actual[a] = y[i + h] ?? Number.NaN;
        preds.lstm[a] = s.lstm(a, t, hk);
        for (const b of BASELINES) preds[b][a] = baselinePredict(b, y, i, h, params[b]);
      }
      // Score every method on the same windows: drop those where a method has no prediction. A
      // method with no prediction anywhere (seasonal naive on less than a season of history) is
      // left out of that rule and reported as NaN.
      const present = METHODS.filter((m) => preds[m].some((v) => !Number.isNaN(v)));
      for (let a = 0; a < n; a++) if (present.some((m) => Number.isNaN(preds[m][a]!))) actual[a] = Number.NaN;
      const stats = {} as Record<MethodName, ErrorStats>;
      for (const m of METHODS) stats[m] = errorStats(preds[m], actual);
      let bestB: BaselineName = 'persistence';
      for (const b of BASELINES) if (stats[b].mae < stats[bestB].mae) bestB = b;
      const pick = (k: 'mae' | 'rmse' | 'mape') =>
        Object.fromEntries(METHODS.map((m) => [m, stats[m][k]])) as Record<MethodName, number>;
      rows.push({
        target: s.names[t]!,
        horizonSteps: h,
        horizon: formatDuration(h * s.step),
        n: stats.lstm.n,
        mae: pick('mae'),
        rmse: pick('rmse'),
        mape: pick('mape'),
        bestBaseline: bestB,
        lstmImprovement: 1 - stats.lstm.mae / stats[bestB].mae,
        baselineWindows: { linear_trend: w.linear_trend, moving_average: w.moving_average },
      });
      if (s.plot && hk === plotH) {
        const iv = s.plot.interval99[t]![hk]!;
        s.plot.out.targets.push({
          name: s.names[t]!,
          actual: Float64Array.from(
            actual.map((v, a) => (Number.isNaN(v) ? (y[s.anchors[a]! + h] ?? Number.NaN) : v)),
          ),
          lstm: preds.lstm,
          baseline: preds[bestB],
          baselineName: bestB,
          lo: preds.lstm.map((v) => v - iv),
          hi: preds.lstm.map((v) => v + iv),
        });
      }
    }
  }
  return rows;
}

export async function train(o: TrainOptions): Promise<TrainResult> {
  const stage = o.onStage ?? (() => {});
  const step = o.step;
  const start = Math.floor(o.start / step) * step;
  const n = Math.floor((o.end - start) / step) + 1;
  const w: WindowSpec = { lookback: o.lookback, horizons: o.horizons };
  const calendar: Calendar = { daily: 8, weekly: 3, hourly: 2, ...o.calendar };
  const seasonSteps = o.seasonSteps ?? Math.round(86_400_000 / step);
  const maxFill = o.maxFillSteps ?? 5;
  if (o.targets.length === 0) throw new ForecastError('FORECAST_BAD_OPTION', 'no target series given');
  if (o.horizons.some((h, k) => !(h >= 1) || (k > 0 && h <= o.horizons[k - 1]!)))
    throw new ForecastError(
      'FORECAST_BAD_OPTION',
      `horizons ${o.horizons.join(',')}: use ascending whole numbers of steps ≥ 1`,
    );

  stage(`querying ${o.targets.length + o.inputs.length} series from ${o.url} (${n} points each)`);
  const specs = [...o.targets, ...o.inputs];
  const raw = await fetchSeries(o.url, specs, start, start + (n - 1) * step, step, o.headers);
  const ys = raw.slice(0, o.targets.length);
  const xs = raw.map((s) => fillGaps(s, maxFill));

  const splits = splitByTime(n, w, o.split ?? { train: 0.7, validation: 0.15, test: 0.15 }, (i) =>
    windowComplete(i, w, xs, ys),
  );
  const norms = xs.map((x) => inputStats(x, splits.train.anchors, o.lookback));
  const scales = ys.map((y) => o.horizons.map((h) => deltaStd(y, splits.train.anchors, h)));
  const diffStd = o.differences === false ? [] : ys.map((y) => deltaStd(y, splits.train.anchors, 1));
  const { rows, features } = featureRows(xs, norms, start, step, n, calendar, diffStd);
  const outputs = ys.length * o.horizons.length;
  const source = windowSource(rows, features, o.lookback, ys, o.horizons, scales);
  const span = (a: Int32Array) => ({
    start: start + a[0]! * step,
    end: start + a[a.length - 1]! * step,
    windows: a.length,
  });
  stage(
    `windows: train ${splits.train.anchors.length}, validation ${splits.validation.anchors.length}, test ${splits.test.anchors.length} ` +
      `(gap ${splits.gap} steps between splits)`,
  );

  await initBackend();
  const model = buildLstm({
    lookback: o.lookback,
    features,
    outputs,
    units: o.units,
    learningRate: o.learningRate,
    seed: o.seed,
    loss: o.loss,
  });
  const fit = await fitLstm(model, {
    lookback: o.lookback,
    features,
    outputs,
    train: splits.train.anchors,
    validation: splits.validation.anchors,
    source,
    maxEpochs: o.maxEpochs,
    patience: o.patience,
    samplesPerEpoch: o.samplesPerEpoch,
    batchSize: o.batchSize,
    timeBudgetMs: o.timeBudgetMs,
    seed: o.seed,
    onProgress: o.onProgress,
  });

  // LSTM predictions in target units for validation (intervals) and test (scores).
  const predictFor = (anchors: Int32Array) => {
    const out = predictBatch(model, source(anchors), o.lookback, features, outputs);
    return (a: number, t: number, h: number) =>
      ys[t]![anchors[a]!]! + out[a * outputs + t * o.horizons.length + h]! * scales[t]![h]!;
  };
  stage('evaluating on the test split');
  const val = splits.validation.anchors;
  const test = splits.test.anchors;
  const pv = predictFor(val);
  const pt = predictFor(test);
  const interval99: number[][] = ys.map((y, t) =>
    o.horizons.map((h, hk) => {
      const resid: number[] = [];
      for (let a = 0; a < val.length; a++) resid.push(Math.abs(pv(a, t, hk) - y[val[a]! + h]!));
      return quantile(resid, 0.99);
    }),
  );
  const plotH = o.horizons.length - 1;
  const plot: PlotData = {
    step,
    horizonSteps: o.horizons[plotH]!,
    horizon: formatDuration(o.horizons[plotH]! * step),
    times: new Float64Array(test.length),
    targets: [],
  };
  for (let a = 0; a < test.length; a++) plot.times[a] = start + (test[a]! + o.horizons[plotH]!) * step;
  // The baselines' windows are chosen on the validation split, once per target and horizon.
  const windows = ys.map((y) =>
    o.horizons.map((h) => ({
      linear_trend: chooseWindow('linear_trend', y, val, h),
      moving_average: chooseWindow('moving_average', y, val, h),
    })),
  );
  const common = {
    ys,
    names: o.targets.map((t) => t.name),
    horizons: o.horizons,
    step,
    seasonSteps,
    windows: (t: number, hk: number) => windows[t]![hk]!,
  };
  const validationResults = scoreWindows({ ...common, anchors: val, lstm: pv });
  const results = scoreWindows({ ...common, anchors: test, lstm: pt, plot: { out: plot, interval99 } });

  const meta: ModelMeta = {
    version: 1,
    createdAt: new Date().toISOString(),
    step,
    lookback: o.lookback,
    horizons: o.horizons,
    calendar,
    seasonSteps,
    maxFillSteps: maxFill,
    diffStd,
    inputs: specs.map((s, k) => ({ ...s, ...norms[k]! })),
    targets: o.targets.map((s, t) => ({ ...s, deltaStd: scales[t]!, interval99: interval99[t]! })),
    units: o.units ?? 32,
    data: { start, end: start + (n - 1) * step, points: n },
    splits: { train: span(splits.train.anchors), validation: span(val), test: span(test) },
    gapSteps: splits.gap,
    training: fit,
    validationResults,
    results,
  };
  return { meta, model, plot };
}

/** Saves model and metadata into `dir` (model.json, weights.bin, forecast.json). */
export async function saveTrained(r: TrainResult, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await saveModel(r.model, dir);
  writeFileSync(join(dir, 'forecast.json'), `${JSON.stringify(r.meta, null, 2)}\n`);
}

/** The evaluation as fixed-width tables (one per measure), for terminals and reports. */
export function formatResults(rows: readonly ResultRow[], split = 'test'): string {
  const out: string[] = [];
  const fmt = (v: number) =>
    Number.isNaN(v)
      ? 'n/a'
      : Math.abs(v) >= 1000
        ? v.toFixed(0)
        : Math.abs(v) >= 10
          ? v.toFixed(2)
          : v.toFixed(4);
  for (const k of ['mae', 'rmse', 'mape'] as const) {
    const head = ['target', 'horizon', ...METHODS, ...(k === 'mae' ? ['best baseline', 'lstm vs best'] : [])];
    const body = rows.map((r) => [
      r.target,
      r.horizon,
      ...METHODS.map((m) => fmt(r[k][m]) + (k === 'mape' && !Number.isNaN(r[k][m]) ? '%' : '')),
      ...(k === 'mae' ? [r.bestBaseline, `${(100 * r.lstmImprovement).toFixed(1)}%`] : []),
    ]);
    const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => b[c]!.length)));
    out.push(`${k.toUpperCase()} on the ${split} split`);
    out.push(head.map((h, c) => h.padEnd(widths[c]!)).join('  '));
    for (const b of body)
      out.push(b.map((v, c) => (c < 2 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  '));
    out.push('');
  }
  return out.join('\n');
}

/**
 * The JSON report: `mae[target][horizon][method]` on the test split, the full test rows (`results`:
 * MAE, RMSE, MAPE, best baseline, windows) and the same rows on the validation split.
 */
export function jsonReport(meta: ModelMeta, modelDir: string): object {
  const mae: Record<string, Record<string, Record<string, number>>> = {};
  for (const r of meta.results) {
    mae[r.target] ??= {};
    mae[r.target]![r.horizon] = { ...r.mae };
  }
  const { history: _h, ...training } = meta.training;
  return {
    model: modelDir,
    step: formatDuration(meta.step),
    lookback: formatDuration(meta.lookback * meta.step),
    horizons: meta.horizons.map((h) => formatDuration(h * meta.step)),
    data: {
      start: new Date(meta.data.start).toISOString(),
      end: new Date(meta.data.end).toISOString(),
      points: meta.data.points,
    },
    splits: Object.fromEntries(
      Object.entries(meta.splits).map(([k, v]) => [
        k,
        { start: new Date(v.start).toISOString(), end: new Date(v.end).toISOString(), windows: v.windows },
      ]),
    ),
    training,
    mae,
    results: meta.results,
    validation: meta.validationResults,
  };
}
