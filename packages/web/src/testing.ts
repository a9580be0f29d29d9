/**
 * Test and benchmark support for the UI in a real browser (not exported from the package), shared
 * by `bench/web.bench.ts` and `ui.peer.test.ts`:
 *
 * - `startSeriesPublisher`: feeds one device with N series at a fixed rate over MQTT, as an edge
 *   agent does (retained birth on `/state`, one OpenMetrics message per tick on `/metrics`, all
 *   series of a tick on one timestamp), optionally after backfilling the chart's two-minute window
 *   so the browser starts in the steady state (window full, oldest points sliding out).
 * - `measureFrames`: the frame budget of a page while it runs, measured inside chromium:
 *   `requestAnimationFrame` intervals, long tasks (PerformanceObserver `longtask`, > 50 ms),
 *   the live chart's draw times (its User Timing measures) and sample count (`data-points`), style
 *   and layout work and script time (DevTools `Performance.getMetrics`), and JS heap growth
 *   between two forced garbage collections.
 * - `fleetFirstPaint`: first contentful paint and the time until the fleet lists a device online,
 *   in a fresh browser context (empty cache), as a first visit sees it.
 *
 * Every handle has a `close` that stops what it started.
 */
import { mulberry32 } from '@sensorpath/simulator/prng';
import { connectAsync } from 'mqtt';
import type { Browser, Page } from 'playwright-core';

/** `DRAW_MEASURE` of app/chart.ts (browser code, not imported here); a mismatch shows as 0 draws. */
const DRAW_MEASURE = 'sensorpath:chart-draw';

/** Chromium's flags for the tests and benchmarks: headless, no sandbox, nothing phoning home. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface SeriesPublisherOptions {
  /** `mqtt://host:port` of the server's broker. */
  url: string;
  /** Sensor path of the device (also the agent's path in its birth message). */
  path: string;
  /** Series in the one metric family (label `zone="z1"` …). @default 10 */
  series?: number;
  /** Ticks per second. @default 10 */
  hz?: number;
  /** Publish this many seconds of past ticks first (at the same rate), before going live. @default 0 */
  backfillS?: number;
  username?: string;
  password?: string;
}

export interface SeriesPublisher {
  readonly metric: string;
  /** Samples published live so far (backfill not counted). */
  readonly published: number;
  close(): Promise<void>;
}

const METRIC = 'furnace_zone_temperature_celsius';

/**
 * One metric family with `series` label sets, a smooth seeded signal per series, published every
 * 1/hz s on the wall clock (drift-free: each tick's time is `start + k / hz`, late ticks are caught
 * up, none skipped). QoS 1 like the edge agent, not awaited, so a slow broker shows as lag.
 */
export async function startSeriesPublisher(o: SeriesPublisherOptions): Promise<SeriesPublisher> {
  const n = o.series ?? 10;
  const hz = o.hz ?? 10;
  const periodMs = 1000 / hz;
  const client = await connectAsync(o.url, {
    reconnectPeriod: 0,
    ...(o.username ? { username: o.username, password: o.password } : {}),
  });
  const rand = mulberry32(9);
  const phase = Array.from({ length: n }, () => rand() * 2 * Math.PI);
  const labels = Array.from({ length: n }, (_, i) => `${METRIC}{zone="z${i + 1}"} `);
  const header = `# TYPE ${METRIC} gauge\n# UNIT ${METRIC} celsius\n`;
  const line = (i: number, tMs: number) =>
    `${labels[i]}${(600 + 40 * Math.sin(tMs / 4000 + phase[i]!) + rand()).toFixed(2)} ${(tMs / 1000).toFixed(3)}\n`;
  await client.publishAsync(
    `${o.path}/state`,
    JSON.stringify({
      agent: 'sensorpath-edge',
      version: 'bench',
      devices: [o.path],
      configRevision: 0,
      state: 'online',
      since: new Date().toISOString(),
    }),
    { qos: 1, retain: true },
  );
  const topic = `${o.path}/metrics`;
  const start = Date.now();
  const backfill = Math.round((o.backfillS ?? 0) * hz);
  // 100 past ticks per message, oldest first (the store takes a series in time order); OpenMetrics
  // wants a series' samples together, so series by series.
  for (let k = -backfill; k < 0; k += 100) {
    let body = header;
    for (let i = 0; i < n; i++)
      for (let j = k; j < Math.min(0, k + 100); j++) body += line(i, Math.round(start + j * periodMs));
    await client.publishAsync(topic, `${body}# EOF\n`, { qos: 1 });
  }
  let tick = 0;
  let published = 0;
  let timer: NodeJS.Timeout | undefined;
  const due = () => {
    const now = Date.now();
    while (start + tick * periodMs <= now) {
      const t = Math.round(start + tick * periodMs);
      let body = header;
      for (let i = 0; i < n; i++) body += line(i, t);
      client.publish(topic, `${body}# EOF\n`, { qos: 1 });
      published += n;
      tick++;
    }
    timer = setTimeout(due, Math.max(1, start + tick * periodMs - Date.now()));
  };
  due();
  return {
    metric: METRIC,
    get published() {
      return published;
    },
    async close() {
      clearTimeout(timer);
      await client.endAsync();
    },
  };
}

export interface FrameStats {
  durationS: number;
  frames: number;
  fps: number;
  /** Frame intervals (ms). */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  over16_7: number;
  over50: number;
  longTasks: number;
  longestTaskMs: number;
  /** Samples the chart took in during the window, and the publisher sent. */
  received: number;
  published: number;
  /** The chart's draws (data update and uPlot redraw) during the window, and their times (ms). */
  draws: number;
  drawP50Ms: number;
  drawP99Ms: number;
  drawMaxMs: number;
  /**
   * The page's main thread per second: busy time (every task, rendering included), script time,
   * layout time (ms per s), layouts and style recalculations.
   */
  busyMsPerS: number;
  scriptMsPerS: number;
  layoutMsPerS: number;
  layoutsPerS: number;
  styleRecalcsPerS: number;
  /** DOM nodes at the start and the end of the window. */
  nodesStart: number;
  nodesEnd: number;
  /** Used JS heap after a forced GC at the start and the end of the window (bytes). */
  heapStart: number;
  heapEnd: number;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : Number.NaN;

/**
 * Measures `page` for `durationMs` while it shows a live chart (`chart` selects its element); the
 * publisher's count gives the expected samples. The page keeps running as before afterwards.
 */
export async function measureFrames(
  page: Page,
  chart: string,
  publisher: Pick<SeriesPublisher, 'published'>,
  durationMs: number,
): Promise<FrameStats> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(m.map((x) => [x.name, x.value])) as Record<string, number>;
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const points = async () => Number((await page.locator(chart).getAttribute('data-points')) ?? 0);
  const heapStart = await heap();
  // The probe runs in the page (a string, so this file needs no DOM types).
  await page.evaluate(`(() => {
    const s = (window.__spFrames = { deltas: [], long: [], draws: [], last: 0, stop: false });
    const tick = (t) => {
      if (s.last) s.deltas.push(t - s.last);
      s.last = t;
      if (!s.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    s.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.long.push(e.duration);
    });
    s.observer.observe({ type: 'longtask' });
    s.drawObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === ${JSON.stringify(DRAW_MEASURE)}) s.draws.push(e.duration);
    });
    s.drawObserver.observe({ type: 'measure' });
  })()`);
  const m0 = await metrics();
  const c0 = await points();
  const p0 = publisher.published;
  const t0 = performance.now();
  await page.waitForTimeout(durationMs);
  const p1 = publisher.published;
  const c1 = await points();
  const m1 = await metrics();
  const seconds = (performance.now() - t0) / 1000;
  const probe = (await page.evaluate(`(() => {
    const s = window.__spFrames;
    s.stop = true;
    s.observer.disconnect();
    s.drawObserver.disconnect();
    return { deltas: s.deltas, long: s.long, draws: s.draws };
  })()`)) as { deltas: number[]; long: number[]; draws: number[] };
  const heapEnd = await heap();
  await cdp.detach();
  const sorted = [...probe.deltas].sort((a, b) => a - b);
  const draws = [...probe.draws].sort((a, b) => a - b);
  const per = (k: string) => ((m1[k] ?? 0) - (m0[k] ?? 0)) / seconds;
  return {
    durationS: seconds,
    frames: sorted.length,
    fps: sorted.length / seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    over16_7: sorted.filter((d) => d > 1000 / 60 + 1).length,
    over50: sorted.filter((d) => d > 50).length,
    longTasks: probe.long.length,
    longestTaskMs: Math.max(0, ...probe.long),
    received: c1 - c0,
    published: p1 - p0,
    draws: draws.length,
    drawP50Ms: quantile(draws, 0.5),
    drawP99Ms: quantile(draws, 0.99),
    drawMaxMs: draws.at(-1) ?? Number.NaN,
    busyMsPerS: per('TaskDuration') * 1000,
    scriptMsPerS: per('ScriptDuration') * 1000,
    layoutMsPerS: per('LayoutDuration') * 1000,
    layoutsPerS: per('LayoutCount'),
    styleRecalcsPerS: per('RecalcStyleCount'),
    nodesStart: m0.Nodes ?? Number.NaN,
    nodesEnd: m1.Nodes ?? Number.NaN,
    heapStart,
    heapEnd,
  };
}

export function formatFrames(s: FrameStats): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return [
    `window ${s.durationS.toFixed(1)} s: ${s.frames} frames, ${s.fps.toFixed(1)} frames/s`,
    `frame interval p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`,
    `frames > 16.7 ms: ${s.over16_7} (${((100 * s.over16_7) / Math.max(1, s.frames)).toFixed(1)} %), > 50 ms: ${s.over50}`,
    `long tasks (> 50 ms): ${s.longTasks}, longest ${ms(s.longestTaskMs)}`,
    `chart: ${s.received} of ${s.published} published samples received (${((100 * s.received) / Math.max(1, s.published)).toFixed(1)} %), ${s.draws} draws, p50 ${ms(s.drawP50Ms)}, p99 ${ms(s.drawP99Ms)}, max ${ms(s.drawMaxMs)}`,
    `main thread per s: busy ${ms(s.busyMsPerS)}, script ${ms(s.scriptMsPerS)}, layout ${ms(s.layoutMsPerS)} (${s.layoutsPerS.toFixed(1)} layouts, ${s.styleRecalcsPerS.toFixed(1)} style recalcs); DOM nodes ${s.nodesStart} → ${s.nodesEnd}`,
    `JS heap after GC: ${(s.heapStart / 1048576).toFixed(2)} MB → ${(s.heapEnd / 1048576).toFixed(2)} MB (${((s.heapEnd - s.heapStart) / 1024).toFixed(0)} kB)`,
  ].join('\n');
}

export interface FirstPaint {
  /** First contentful paint after navigation (ms). */
  fcpMs: number;
  /** Navigation start to the first frame with the fleet row of `path` online (ms). */
  fleetMs: number;
}

/** Opens `${base}/` in a fresh context (empty cache) and waits for `path` online in the fleet. */
export async function fleetFirstPaint(browser: Browser, base: string, path: string): Promise<FirstPaint> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    // Checked every animation frame in the page: performance.now() counts from navigation start.
    // A function, not a string: the page's CSP forbids eval.
    const fleetMs = await (
      await page.waitForFunction(
        (row) =>
          (
            globalThis as unknown as { document: { querySelector(s: string): unknown } }
          ).document.querySelector(row) && performance.now(),
        `#fleet tr[data-path="${path}"][data-state="online"]`,
        { polling: 'raf', timeout: 15_000 },
      )
    ).jsonValue();
    const fcpMs = (await page.evaluate(
      `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1`,
    )) as number;
    return { fcpMs, fleetMs: Number(fleetMs) };
  } finally {
    await ctx.close();
  }
}
