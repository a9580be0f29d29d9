/**
 * The UI end to end in a real browser (Debian's chromium driven by playwright-core): a server with
 * the PromQL engine, a simulated SDM630 on Modbus TCP and an edge agent polling it every 250 ms, as
 * `sensorpath demo` runs them, on free ports. The page signs in by itself (open mode, loopback),
 * shows the meter online in the fleet, a live voltage chart that keeps moving in the device view,
 * and runs PromQL in Explore (table and chart); then a user is created, which ends open mode, and
 * the page asks for a token and signs in with it. Screenshots go to `test-artifacts/web/`.
 * Skips, naming the package, when /usr/bin/chromium is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadProfile, ModbusTcpTransport, startEdgeAgent } from '@sensorpath/edge';
import { type ServerHandle, startServer } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { type SimulatorHandle, startTcpSimulator } from '@sensorpath/simulator';
import { pino } from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const PATH = 'acme/berlin/assembly/line1/meter1';
const SHOTS = fileURLToPath(new URL('../../../test-artifacts/web/', import.meta.url));
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not found: install the Debian package chromium`;

describe('web UI in chromium', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-web-peer-'));
  const logger = pino({ level: 'silent' });
  let srv: ServerHandle;
  let sim: SimulatorHandle;
  let agent: { close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let base: string;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger,
      promApi: ({ queryable }) => createPromApi({ queryable }),
    });
    base = `http://127.0.0.1:${srv.httpPort}`;
    sim = await startTcpSimulator({ host: '127.0.0.1', port: 0, units: [1] });
    agent = startEdgeAgent({
      broker: { url: `mqtt://127.0.0.1:${srv.mqttPort}`, clientId: 'web-peer-edge' },
      devices: [
        {
          path: PATH,
          profile: loadProfile('sdm630'),
          transport: new ModbusTcpTransport({ host: sim.host, port: sim.port }),
          unit: 1,
          intervalMs: 250,
          timeoutMs: 500,
          labels: { machine: 'press3' },
        },
      ],
      logger,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Self-contained: any request to another origin fails the test.
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) throw new Error(`the UI fetched ${r.url()} from outside the server`);
    });
  });

  after(async () => {
    await browser?.close();
    await agent?.close();
    await sim?.close();
    await srv?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in by itself on loopback and lists the meter online', async () => {
    const t0 = Date.now();
    await page.goto(`${base}/`);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
    );
    await page.locator(`#fleet tr[data-path="${PATH}"][data-state="online"]`).waitFor({ timeout: 15_000 });
    console.log(
      `first contentful paint ${Math.round(fcp)} ms; fleet with the meter online after ${Date.now() - t0} ms`,
    );
    assert.match((await page.locator('nav .who').textContent()) ?? '', /open mode/);
    await page.screenshot({ path: `${SHOTS}fleet.png`, fullPage: true });
  });

  it("shows a live voltage chart in the meter's device view", async () => {
    await page.locator(`#fleet tr[data-path="${PATH}"] a.device-link`).click();
    const chart = page.locator('.chart[data-metric="meter_voltage_volts"]');
    await chart.locator('canvas').waitFor({ timeout: 10_000 });
    const points = async () => Number((await chart.getAttribute('data-points')) ?? 0);
    const first = await points();
    await page.waitForTimeout(1500);
    const later = await points();
    assert.ok(later > first, `the chart keeps moving (${first} → ${later} points)`);
    assert.equal(await page.locator('#live-state').textContent(), 'live');
    await page.locator('dl.labels dd', { hasText: 'press3' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: `${SHOTS}device.png`, fullPage: true });
  });

  it('runs PromQL in Explore as a table and as a chart', async () => {
    await page.goto(
      `${base}/#/explore?q=${encodeURIComponent('meter_voltage_volts{site="berlin"}')}&tab=table`,
    );
    await page.locator('#result-table tbody tr').nth(2).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#result-table tbody tr').count(), 3, 'three phases');
    await page.screenshot({ path: `${SHOTS}explore-table.png`, fullPage: true });
    // Completion of metric names from our own API.
    const editor = page.locator('#promql-editor .cm-content');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('meter_act');
    await page
      .locator('.cm-tooltip-autocomplete', { hasText: 'meter_active_power_watts' })
      .waitFor({ timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('rate(meter_import_energy_watthours_total[1m])');
    await page.locator('button.tab', { hasText: 'Graph' }).click();
    await page.locator('#explore-chart canvas').waitFor({ timeout: 10_000 });
    assert.match(page.url(), /tab=graph/, 'the URL carries the view');
    await page.screenshot({ path: `${SHOTS}explore-graph.png`, fullPage: true });
  });

  it('asks for a token once users exist and signs in with it', async () => {
    const { token } = await srv.users.create({
      tenant: 'acme',
      path: 'acme/#',
      role: 'reader',
      name: 'ui-reader',
    });
    await page.goto(`${base}/#/fleet`);
    await page.reload();
    await page.locator('#token').fill(token);
    await page.locator('form.signin button').click();
    await page.locator(`#fleet tr[data-path="${PATH}"]`).waitFor({ timeout: 10_000 });
    assert.match((await page.locator('nav .who').textContent()) ?? '', /ui-reader · acme · reader/);
    await page.screenshot({ path: `${SHOTS}signed-in.png`, fullPage: true });
  });
});
