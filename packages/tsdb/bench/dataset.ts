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
  type: 'gauge' | 'counter';
  meter: number;
  vs: Float64Array;
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
    if (format === 'openmetrics') out += `# TYPE ${family} ${type}\n`;
    else out += `# TYPE ${list[0]!.sampleName} ${type}\n`;
    for (const s of list) {
      const lbl = s.labels
        .filter((l) => l.name !== '__name__')
        .map((l) => `${l.name}="${l.value}"`)
        .join(',');
      const prefix = `${s.sampleName}{${lbl}} `;
      const t = ds.ts[s.meter]!;
      for (let i = 0; i < t.length; i++) {
        const ms = t[i]!;
        const tsText =
          format === 'openmetrics'
            ? `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`
            : String(ms);
        out += `${prefix}${s.vs[i]} ${tsText}\n`;
        flush(false);
      }
    }
  }
  if (format === 'openmetrics') out += '# EOF\n';
  flush(true);
  fs.closeSync(fd);
}
