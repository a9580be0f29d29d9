/**
 * Web UI benchmark. Run: `npm run bench -- web` (not a test; needs /usr/bin/chromium).
 *
 * 1. Bundle: size of every asset, raw (minified) and gzip, what first paint needs (main.js, its
 *    shared chunk and main.css), the in-memory build time and the time to read the prebuilt bundle `npm ci` writes.
 * 2. First paint of the fleet view on loopback: a server with the PromQL engine and a device online,
 *    headless chromium, each visit in a fresh context (empty cache): first contentful paint and the
 *    first frame with the device online in the fleet. The first visit includes the server process
 *    loading the bundle (prebuilt when fresh, else built).
 * 3. Frame budget of a device chart with 10 series at 10 Hz: a publisher sends 10 series every
 *    100 ms over MQTT (after backfilling the chart's two-minute window, so the chart is in its
 *    steady state), through the server's ingest and the live stream (SSE) into the device view;
 *    measured in the browser for SP_BENCH_SECONDS (default 20) s: frames/s, frame interval
 *    percentiles, frames over 16.7 and 50 ms, long tasks, the chart's draw time, layout and script
 *    time, JS heap growth; at devicePixelRatio 1 and 2.
 * Prints the figures and the load average (the machine is shared).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { buildBundle, readBundle, sharedBundle, writeBundle } from '../src/bundle.ts';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  fleetFirstPaint,
  formatFrames,
  measureFrames,
  startSeriesPublisher,
} from '../src/testing.ts';

const PATH = 'acme/berlin/furnace/line1/oven1';
const SECONDS = Number(process.env.SP_BENCH_SECONDS ?? 20);
const kB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`;

async function bundleFigures() {
  const b = await buildBundle();
  console.log(`## bundle (${load()})\n`);
  console.log('| asset | minified | gzip |\n|---|---:|---:|');
  const sorted = [...b.assets].sort((x, y) => y[1].body.length - x[1].body.length);
  for (const [name, a] of sorted) console.log(`| ${name} | ${kB(a.body.length)} | ${kB(a.gzip.length)} |`);
  const first = ['main.js', 'main.css', ...b.preload].map((n) => b.assets.get(n)!);
  const sum = (f: (a: (typeof first)[number]) => number) => first.reduce((n, a) => n + f(a), 0);
  console.log(
    `| first paint (main.js, main.css, ${b.preload.join(', ')}) | ${kB(sum((a) => a.body.length))} | ${kB(sum((a) => a.gzip.length))} |`,
  );
  console.log(`| total (${b.assets.size} files) | ${kB(b.bytes)} | ${kB(b.gzipBytes)} |\n`);
  const dir = mkdtempSync(join(tmpdir(), 'sp-web-bench-'));
  writeBundle(b, join(dir, 'dist'));
  const t = performance.now();
  const r = readBundle(join(dir, 'dist'));
  const readMs = performance.now() - t;
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `build in memory (esbuild, minify, gzip -9): ${Math.round(b.buildMs)} ms; reading the prebuilt bundle: ${readMs.toFixed(1)} ms${r ? '' : ' (not read: a source is newer)'}\n`,
  );
}

async function main() {
  if (!(await import('node:fs')).existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} not found (Debian package chromium): browser figures skipped`);
    await bundleFigures();
    return;
  }
  await bundleFigures();
  const dir = mkdtempSync(join(tmpdir(), 'sp-web-bench-'));
  const srv = await startServer({
    dataDir: dir,
    http: { host: '127.0.0.1', port: 0 },
    mqtt: { host: '127.0.0.1', port: 0 },
    logger: pino({ level: 'silent' }),
    promApi: ({ queryable }) => createPromApi({ queryable }),
  });
  const base = `http://127.0.0.1:${srv.httpPort}`;
  const pub = await startSeriesPublisher({
    url: `mqtt://127.0.0.1:${srv.mqttPort}`,
    path: PATH,
    series: 10,
    hz: 10,
    backfillS: 125,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    console.log(`## fleet view, first paint on loopback (${load()})\n`);
    const origin = readBundle()
      ? 'prebuilt bundle, read by the server on the first request'
      : 'no fresh prebuilt bundle: built by the server on the first request';
    const visits = [];
    for (let i = 0; i < 6; i++) visits.push(await fleetFirstPaint(browser, base, PATH));
    console.log(
      `first visit (${origin}): first contentful paint ${Math.round(visits[0]!.fcpMs)} ms, device online in the fleet ${Math.round(visits[0]!.fleetMs)} ms`,
    );
    const later = visits.slice(1);
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `next ${later.length} visits (fresh context each): first contentful paint median ${Math.round(med(later.map((v) => v.fcpMs)))} ms (max ${Math.round(Math.max(...later.map((v) => v.fcpMs)))}), device online median ${Math.round(med(later.map((v) => v.fleetMs)))} ms (max ${Math.round(Math.max(...later.map((v) => v.fleetMs)))})`,
    );
    console.log(`bundle served: ${(await sharedBundle()).origin}\n`);

    // A plain screen and a HiDPI one (twice the pixels to raster, no GPU either way).
    for (const deviceScaleFactor of [1, 2]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor });
      await page.goto(`${base}/#/device/${PATH}`);
      const chart = `.chart[data-metric="${pub.metric}"]`;
      await page.locator(`${chart} canvas`).waitFor({ timeout: 15_000 });
      // Let the two-minute history land and the stream settle before measuring.
      await page.waitForTimeout(3000);
      const s = await measureFrames(page, chart, pub, SECONDS * 1000);
      console.log(
        `\n## device chart, 10 series at 10 Hz through the live stream, devicePixelRatio ${deviceScaleFactor} (${load()})\n`,
      );
      console.log(formatFrames(s));
      await page.close();
    }
  } finally {
    await browser.close();
    await pub.close();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
