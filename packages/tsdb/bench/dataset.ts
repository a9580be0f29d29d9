/**
 * Seeded generator of the benchmark datasets (see /work/shared/notes/perf-baseline.md §1):
 * SDM630-style meters, ten series per meter (voltage, current and power per phase L1–L3, one
 * import energy counter), values at the meter's resolution (0.1 V, 0.001 A, whole W, 10 Wh
 * counter steps). All series of a meter share one poll timestamp per interval: aligned to the
 * interval, or with a per-meter phase plus |N(0, σ)| ms of poll jitter. Deterministic for a seed.
 * Samples are produced column-wise into typed arrays; writers render OpenMetrics (seconds with a
 * millisecond fraction, family- and series-contiguous, `# EOF`) and Prometheus text (integer ms).
 */
import * as fs from 'node:fs';
import { mulberry32 } from '@sensorpath/simulator/prng';

export interface DatasetSpec {
  id: string;
  meters: number;
  intervalMs: number;
  spanMs: number;
  /** σ of the |N(0, σ)| poll jitter in ms; 0 = aligned timestamps. */
  jitterMs: number;
  startMs: number;
}

export const DATASETS: Record<string, DatasetSpec> = {
  A: {
    id: 'A',
    meters: 100,
    intervalMs: 1000,
    spanMs: 2 * 3_600_000,
    jitterMs: 8,
    startMs: 1_795_132_800_000,
  },
  A0: {
    id: 'A0',
    meters: 100,
    intervalMs: 1000,
    spanMs: 2 * 3_600_000,
    jitterMs: 0,
    startMs: 1_795_132_800_000,
  },
  B: { id: 'B', meters: 20, intervalMs: 100, spanMs: 20 * 60_000, jitterMs: 3, startMs: 1_795_132_800_000 },
};

export interface GenSeries {
  /** Sorted label set (including __name__). */
  labels: { name: string; value: string }[];
  family: string;
  sampleName: string;
  type: 'gauge' | 'counter' | 'histogram';
  meter: number;
  vs: Float64Array;
  /** Own sample timestamps (same length as vs); absent = the meter's poll timestamps. */
  ts?: Float64Array;
}

export interface Dataset {
  spec: DatasetSpec;
  /** Poll timestamps per meter: ts[meter] has one entry per interval. */
  ts: Float64Array[];
  series: GenSeries[];
  samples: number;
}

export function generate(spec: DatasetSpec, seed = 1): Dataset {
  const rnd = mulberry32(seed);
  const normal = (): number => {
    const u = Math.max(rnd(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const n = Math.floor(spec.spanMs / spec.intervalMs);
  const ts: Float64Array[] = [];
  const series: GenSeries[] = [];
  const phases = ['L1', 'L2', 'L3'];
  const perSite = Math.max(1, Math.floor(spec.meters / 10));
  for (let m = 0; m < spec.meters; m++) {
    const site = `site${String(Math.floor(m / perSite)).padStart(2, '0')}`;
    const machine = `m${String(m % perSite).padStart(2, '0')}`;
    const t = new Float64Array(n);
    const phase = spec.jitterMs > 0 ? Math.floor(rnd() * Math.min(spec.intervalMs / 2, 400)) : 0;
    for (let i = 0; i < n; i++) {
      t[i] =
        spec.startMs +
        i * spec.intervalMs +
        (spec.jitterMs > 0 ? phase + Math.round(Math.abs(normal()) * spec.jitterMs) : 0);
    }
    ts.push(t);
    const mk = (family: string, type: 'gauge' | 'counter', ph: string | undefined): GenSeries => {
      const sampleName = type === 'counter' ? `${family}_total` : family;
      const labels = [
        { name: '__name__', value: sampleName },
        { name: 'machine', value: machine },
        ...(ph === undefined ? [] : [{ name: 'phase', value: ph }]),
        { name: 'site', value: site },
      ];
      const s: GenSeries = { labels, family, sampleName, type, meter: m, vs: new Float64Array(n) };
      series.push(s);
      return s;
    };
    const volts = phases.map((p) => mk('sdm630_voltage_volts', 'gauge', p));
    const amps = phases.map((p) => mk('sdm630_current_amperes', 'gauge', p));
    const watts = phases.map((p) => mk('sdm630_power_watts', 'gauge', p));
    const energy = mk('sdm630_energy_import_wh', 'counter', undefined);
    const base = 228 + rnd() * 6;
    let drift = 0;
    const load = phases.map(() => 2 + rnd() * 20);
    let wh = Math.floor(rnd() * 1e6);
    const dt = spec.intervalMs / 3_600_000;
    for (let i = 0; i < n; i++) {
      drift += normal() * 0.01;
      let p = 0;
      for (let k = 0; k < 3; k++) {
        if (rnd() < spec.intervalMs / 300_000) load[k] = 2 + rnd() * 20;
        const v = Math.round((base + drift + normal() * 0.1) * 10) / 10;
        const a = Math.round(load[k]! * (1 + normal() * 0.005) * 1000) / 1000;
        const w = Math.round(v * a * 0.95);
        volts[k]!.vs[i] = v;
        amps[k]!.vs[i] = a;
        watts[k]!.vs[i] = w;
        p += w;
      }
      wh += p * dt;
      energy.vs[i] = Math.floor(wh / 10) * 10;
    }
  }
  return { spec, ts, series, samples: series.length * n };
}

/** Writes the dataset as OpenMetrics (seconds.millis) or Prometheus text (integer ms). */
export function writeText(ds: Dataset, file: string, format: 'openmetrics' | 'prometheus'): void {
  const fd = fs.openSync(file, 'w');
  let out = '';
  const flush = (force: boolean) => {
    if (out.length > (force ? 0 : 1 << 22)) {
      fs.writeSync(fd, out);
      out = '';
    }
  };
  const byFamily = new Map<string, GenSeries[]>();
  for (const s of ds.series) {
    const list = byFamily.get(s.family);
    if (list === undefined) byFamily.set(s.family, [s]);
    else list.push(s);
  }
  for (const [family, list] of byFamily) {
    const type = list[0]!.type;
    if (format === 'openmetrics' || type === 'histogram') out += `# TYPE ${family} ${type}\n`;
    else out += `# TYPE ${list[0]!.sampleName} ${type}\n`;
    // A histogram's buckets, _count and _sum of one meter are written point by point (OpenMetrics
    // wants every MetricPoint whole); any other series is written series-contiguous.
    const groups: GenSeries[][] = [];
    const ofMeter = new Map<number, GenSeries[]>();
    for (const s of list) {
      const g = type === 'histogram' ? ofMeter.get(s.meter) : undefined;
      if (g !== undefined) g.push(s);
      else {
        groups.push([s]);
        if (type === 'histogram') ofMeter.set(s.meter, groups.at(-1)!);
      }
    }
    for (const group of groups) {
      const prefixes = group.map((s) => {
        const lbl = s.labels
          .filter((l) => l.name !== '__name__')
          .map((l) => `${l.name}="${l.value}"`)
          .join(',');
        return `${s.sampleName}{${lbl}} `;
      });
      const t = group[0]!.ts ?? ds.ts[group[0]!.meter]!;
      for (let i = 0; i < t.length; i++) {
        const ms = t[i]!;
        const tsText =
          format === 'openmetrics'
            ? `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`
            : String(ms);
        for (let k = 0; k < group.length; k++) out += `${prefixes[k]}${group[k]!.vs[i]} ${tsText}\n`;
        flush(false);
      }
    }
  }
  if (format === 'openmetrics') out += '# EOF\n';
  flush(true);
  fs.closeSync(fd);
}

/** Upper bounds (s) of the finite buckets of the poll-duration histogram in `generateQueryExtras`. */
export const POLL_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
/** Values of the `model` label of `sdm630_meter_info`. */
export const METER_MODELS = ['SDM630-Modbus-V2', 'SDM630-MCT', 'SDM630-Pro'];

/**
 * Extra series the PromQL benchmark needs on top of `ds` (a dataset from `generate`), kept apart so
 * the storage benchmark's data and figures do not change: per meter, a classic histogram
 * `sdm630_poll_duration_seconds` (Modbus round trip of every poll, lognormal around a per-meter
 * mean, rare 1–2 s timeouts; `_bucket` with `le`, `_count`, `_sum`) and a metadata gauge
 * `sdm630_meter_info{model}` = 1 for joins. Both are exported at every `everyPolls`-th poll of the
 * meter (15 s at 1 s polls), at that poll's timestamp, as an agent's self-metrics would be. Uses
 * its own PRNG stream (`seed`), so `generate`'s sequence is untouched. The result shares `ds.ts`
 * and carries its own per-series timestamps.
 */
export function generateQueryExtras(ds: Dataset, seed = 2, everyPolls = 15): Dataset {
  const rnd = mulberry32(seed);
  const gaussian = (): number =>
    Math.sqrt(-2 * Math.log(Math.max(rnd(), 1e-12))) * Math.cos(2 * Math.PI * rnd());
  const where = new Map<number, { site: string; machine: string }>();
  for (const s of ds.series) {
    if (where.has(s.meter)) continue;
    const get = (name: string) => s.labels.find((l) => l.name === name)!.value;
    where.set(s.meter, { site: get('site'), machine: get('machine') });
  }
  const series: GenSeries[] = [];
  let samples = 0;
  for (const [meter, { site, machine }] of where) {
    const polls = ds.ts[meter]!;
    const n = Math.ceil(polls.length / everyPolls);
    const ts = new Float64Array(n);
    for (let j = 0; j < n; j++) ts[j] = polls[j * everyPolls]!;
    const mk = (family: string, sampleName: string, type: GenSeries['type'], extra: GenSeries['labels']) => {
      const labels = [
        { name: '__name__', value: sampleName },
        ...extra,
        { name: 'machine', value: machine },
        { name: 'site', value: site },
      ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const s: GenSeries = { labels, family, sampleName, type, meter, vs: new Float64Array(n), ts };
      series.push(s);
      samples += n;
      return s;
    };
    const hist = 'sdm630_poll_duration_seconds';
    const les = [...POLL_BUCKETS.map(String), '+Inf'];
    const buckets = les.map((le) => mk(hist, `${hist}_bucket`, 'histogram', [{ name: 'le', value: le }]));
    const count = mk(hist, `${hist}_count`, 'histogram', []);
    const sum = mk(hist, `${hist}_sum`, 'histogram', []);
    const model = METER_MODELS[Math.floor(rnd() * METER_MODELS.length)]!;
    const info = mk('sdm630_meter_info', 'sdm630_meter_info', 'gauge', [{ name: 'model', value: model }]);
    const mean = 0.015 + rnd() * 0.06;
    const cum = new Float64Array(les.length);
    let total = 0;
    for (let i = 0; i < polls.length; i++) {
      const d = rnd() < 0.002 ? 1 + rnd() : mean * Math.exp(0.35 * gaussian());
      total += d;
      for (let b = 0; b < POLL_BUCKETS.length; b++) if (d <= POLL_BUCKETS[b]!) cum[b]!++;
      cum[les.length - 1]!++;
      if (i % everyPolls !== 0) continue;
      const j = i / everyPolls;
      for (let b = 0; b < les.length; b++) buckets[b]!.vs[j] = cum[b]!;
      count.vs[j] = i + 1;
      sum.vs[j] = Math.round(total * 1e6) / 1e6;
      info.vs[j] = 1;
    }
  }
  return { spec: ds.spec, ts: ds.ts, series, samples };
}
