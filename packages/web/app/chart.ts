/**
 * A time-series chart on uPlot: columns of timestamps (seconds) and one value column per series,
 * sized to its container. `LiveChart` keeps a sliding window and redraws at most once per animation
 * frame, however many samples arrive in between; `staticChart` draws a query_range result. uPlot's
 * stylesheet is imported by main.ts, because esbuild does not load the CSS of lazy chunks.
 */
import uPlot from 'uplot';

/** User Timing name of a live chart's draw (data update and redraw). */
export const DRAW_MEASURE = 'sensorpath:chart-draw';

const COLORS = ['#2f7ed8', '#e4572e', '#17a589', '#f3a712', '#8e44ad', '#566573', '#c0392b', '#1abc9c'];

function options(title: string, names: readonly string[], width: number, unit: string): uPlot.Options {
  return {
    title,
    width,
    height: 220,
    scales: { x: { time: true } },
    axes: [{}, { label: unit, size: 60 }],
    // Lines one device pixel wide (uPlot scales `width` by devicePixelRatio): without a GPU (a
    // factory PC, headless chromium) a wider antialiased stroke is rasterized the slow way. At 10
    // series × 1200 points, 1.5 px took 47 % of the main thread at 46 frames/s, and 2 device px on a
    // HiDPI screen 93 % at 11 frames/s; one device pixel 8–20 % at 57–60 frames/s
    // (packages/web/bench/web.bench.ts, docs/web.md).
    series: [
      {},
      ...names.map((n, i) => ({
        label: n,
        stroke: COLORS[i % COLORS.length]!,
        width: 1 / devicePixelRatio,
        spanGaps: false,
      })),
    ],
  };
}

export function staticChart(
  el: HTMLElement,
  title: string,
  names: readonly string[],
  data: uPlot.AlignedData,
  unit = '',
): uPlot {
  return new uPlot(options(title, names, el.clientWidth || 800, unit), data, el);
}

export class LiveChart {
  private plot: uPlot | undefined;
  private readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly times: number[] = [];
  private readonly cols: (number | null)[][] = [];
  private pending = false;
  /** Samples taken in so far (tests read it from `data-points`). */
  points = 0;

  constructor(
    readonly el: HTMLElement,
    readonly title: string,
    readonly unit: string,
    /** Window kept (seconds). */
    readonly windowS = 120,
  ) {}

  /** Adds a sample of series `key` (stable across reconnects: name and labels), drawn as `name`. */
  add(key: string, name: string, tMs: number, v: number): void {
    let col = this.index.get(key);
    if (col === undefined) {
      col = this.names.length;
      this.index.set(key, col);
      this.names.push(name);
      this.cols.push(this.times.map(() => null));
      this.plot?.destroy();
      this.plot = undefined;
    }
    const t = tMs / 1000;
    let row = this.times.length - 1;
    // Samples of one poll share a timestamp; they arrive in time order per device.
    while (row >= 0 && this.times[row]! > t) row--;
    if (row < 0 || this.times[row] !== t) {
      this.times.splice(row + 1, 0, t);
      for (const c of this.cols) c.splice(row + 1, 0, null);
      row++;
    }
    this.cols[col]![row] = v;
    this.points++;
    const cutoff = t - this.windowS;
    let drop = 0;
    while (drop < this.times.length && this.times[drop]! < cutoff) drop++;
    if (drop) {
      this.times.splice(0, drop);
      for (const c of this.cols) c.splice(0, drop);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      const started = performance.now();
      const data = [this.times, ...this.cols] as uPlot.AlignedData;
      const plot = this.plot;
      if (!plot)
        this.plot = new uPlot(
          options(this.title, this.names, this.el.clientWidth || 800, this.unit),
          data,
          this.el,
        );
      // In a batch uPlot redraws before returning (otherwise in a microtask), so the time is the draw's.
      else plot.batch(() => plot.setData(data));
      this.el.dataset.points = String(this.points);
      // Each draw's time for a PerformanceObserver (`measure` entries named DRAW_MEASURE: the frame
      // budget benchmark, DevTools' Timings track); cleared at once so a long-lived tab keeps none.
      performance.measure(DRAW_MEASURE, { start: started });
      performance.clearMeasures(DRAW_MEASURE);
    });
  }

  destroy(): void {
    this.plot?.destroy();
  }
}
