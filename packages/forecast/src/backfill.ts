/**
 * Backfill: writes the virtual machine's past straight into a tenant's store, so training needs no
 * waiting. The samples carry exactly the labels the server's ingestor would give them (the
 * sample's own labels, `__name__`, and the five sensor-path labels), and go in through the
 * `Appendable` contract in time order, one commit per batch of intervals, so the store cuts and
 * compacts blocks as it would for live data.
 */
import { type MetricFamily, timestampMs } from '@sensorpath/openmetrics';
import { type SensorPath, sensorPathLabels } from '@sensorpath/protocol';
import { type Appendable, type Labels, labelsFromPairs, METRIC_NAME } from '@sensorpath/storage';
import { ForecastError } from './errors.ts';
import { Machine, type MachineOptions, machineFamilies } from './machine.ts';

export interface BackfillOptions extends MachineOptions {
  path: SensorPath;
  /** First timestamp written (inclusive), ms; rounded up to the interval. */
  startMs: number;
  /** Last timestamp written (inclusive), ms. */
  endMs: number;
  /** Intervals per commit. @default 360 (one hour at 10 s) */
  batchIntervals?: number;
  /** Called after each commit with the time reached, for progress output. */
  onProgress?: (t: number) => void;
}

export interface BackfillResult {
  samples: number;
  series: number;
  startMs: number;
  endMs: number;
}

/** Label sets of one family list, cached by sample position (the machine's layout never changes). */
function labelsFor(path: SensorPath, families: MetricFamily[]): Labels[] {
  const pathLabels = sensorPathLabels(path);
  const out: Labels[] = [];
  for (const f of families)
    for (const s of f.samples) {
      const pairs: [string, string][] = s.labels.map((l) => [l.name, l.value]);
      pairs.push([METRIC_NAME, s.name], ...pathLabels);
      out.push(labelsFromPairs(pairs));
    }
  return out;
}

export async function backfillMachine(store: Appendable, opts: BackfillOptions): Promise<BackfillResult> {
  const machine = new Machine(opts);
  const step = machine.intervalMs;
  const start = Math.ceil(opts.startMs / step) * step;
  if (!(opts.endMs >= start))
    throw new ForecastError(
      'FORECAST_BACKFILL',
      `backfill range is empty: end ${opts.endMs} is before start ${start}`,
    );
  const batch = opts.batchIntervals ?? 360;
  let labels: Labels[] | undefined;
  let refs: number[] = [];
  let samples = 0;
  let t = start;
  while (t <= opts.endMs) {
    const app = store.appender();
    try {
      for (let i = 0; i < batch && t <= opts.endMs; i++, t += step) {
        const fams = machineFamilies(machine.at(t));
        if (labels === undefined) {
          labels = labelsFor(opts.path, fams);
          refs = labels.map(() => 0);
        }
        let j = 0;
        for (const f of fams)
          for (const s of f.samples) {
            refs[j] = app.append(refs[j]!, labels[j]!, timestampMs(s.timestamp!), s.value);
            j++;
          }
        samples += j;
      }
      await app.commit();
    } catch (err) {
      await app.rollback().catch(() => {});
      throw new ForecastError(
        'FORECAST_BACKFILL',
        `backfill failed at ${new Date(t).toISOString()}: ${(err as Error).message}; ` +
          'a store that already holds newer data refuses older samples: backfill into an empty data directory',
        {
          cause: err,
        },
      );
    }
    opts.onProgress?.(t - step);
  }
  return { samples, series: labels?.length ?? 0, startMs: start, endMs: t - step };
}
