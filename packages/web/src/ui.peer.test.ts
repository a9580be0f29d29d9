/**
 * The UI end to end in a real browser (Debian's chromium driven by playwright-core): a server with
 * the PromQL engine, a simulated SDM630 on Modbus TCP and an edge agent polling it every 250 ms, as
 * `sensorpath demo` runs them, on free ports. The page signs in by itself (open mode, loopback),
 * shows the meter online in the fleet, a live voltage chart that keeps moving in the device view,
 * runs PromQL in Explore (table and chart), shows a firing alert, rule health and an event from the
 * rules subsystem; then an admin is created in the Admin view (ending open mode, the tab keeps its
 * token), the onboarding wizard creates an edge user and a machine configuration that a real
 * machine agent runs until its first samples arrive live, and a reader signs in with a token.
 * Then the frame budget: a device chart with 10 series at 10 Hz, streamed live from another server,
 * measured inside chromium (bound generous for a shared machine; the figures come from
 * `npm run bench -- web`). Screenshots go to `test-artifacts/web/`.
 * Skips, naming the package, when /usr/bin/chromium is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  loadMachineConfig,
  loadProfile,
  type MachineAgent,
  ModbusTcpTransport,
  startEdgeAgent,
  startMachineAgent,
} from '@sensorpath/edge';
import { RulesSystem } from '@sensorpath/rules';
import { type ServerHandle, startServer } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { type SimulatorHandle, startTcpSimulator } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, formatFrames, measureFrames, startSeriesPublisher } from './testing.ts';

const PATH = 'acme/berlin/assembly/line1/meter1';
const SHOTS = fileURLToPath(new URL('../../../test-artifacts/web/', import.meta.url));
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not found: install the Debian package chromium`;

describe('web UI in chromium', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-web-peer-'));
  const logger = pino({ level: 'silent' });
  let srv: ServerHandle;
  let sim: SimulatorHandle;
  let agent: { close(): Promise<void> };
  let machine: MachineAgent | undefined;
  let browser: Browser;
  let page: Page;
  let base: string;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const rulesFile = join(dir, 'web.rules.yaml');
    writeFileSync(
      rulesFile,
      [
        'groups:',
        '  - name: web',
        '    interval: 1s',
        '    rules:',
        '      - alert: VoltagePresent',
        '        expr: meter_voltage_volts{phase="L1"} > 100',
        '        for: 0s',
        '        labels: { severity: info }',
        '        annotations: { summary: "L1 at {{ $value }} V" }',
        '',
      ].join('\n'),
    );
    srv = await startServer({
      rules: async ({ stores }) =>
        RulesSystem.open(
          { dataDir: join(dir, 'rules'), ruleFiles: [rulesFile] },
          {
            queryable: (t) => stores.queryable([t]),
            appendable: (t) => stores.get(t),
            tenants: () => stores.tenants(),
          },
        ),
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
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Self-contained: any request to another origin fails the test.
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) throw new Error(`the UI fetched ${r.url()} from outside the server`);
    });
  });

  after(async () => {
    await browser?.close();
    await machine?.close();
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
      `first contentful paint ${Math.round(fcp)} ms; fleet with the meter online after ${Date.now() - t0} ms (a cold browser, and the agent may still be connecting: first-paint figures come from npm run bench -- web)`,
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
    await page.keyboard.press('Escape');
    await page.locator('button.tab', { hasText: 'Graph' }).click();
    await page.locator('#explore-chart canvas').waitFor({ timeout: 10_000 });
    // The meter has run for seconds only: a 5 minute range has a 1 s step.
    await page.locator('#range').selectOption('300');
    await page.locator('#result-info', { hasText: 'step 1s' }).waitFor({ timeout: 10_000 });
    assert.ok(
      Number(await page.locator('#explore-chart').getAttribute('data-points')) > 0,
      'the chart has points',
    );
    assert.match(page.url(), /tab=graph&range=300/, 'the URL carries the view');
    await page.screenshot({ path: `${SHOTS}explore-graph.png`, fullPage: true });
  });

  it('shows a firing alert, rule health and the events timeline', async () => {
    const c = await connectAsync(`mqtt://127.0.0.1:${srv.mqttPort}`, { reconnectPeriod: 0 });
    await c.publishAsync(
      `${PATH}/events`,
      JSON.stringify({ type: 'door_open', severity: 'warning', message: 'guard door 2 opened' }),
      { qos: 1 },
    );
    await c.endAsync();
    await page.goto(`${base}/#/alerts`);
    await page
      .locator('#alerts tr[data-state="firing"]', { hasText: 'VoltagePresent' })
      .waitFor({ timeout: 10_000 });
    await page.locator('#rule-groups .badge.online').first().waitFor({ timeout: 5000 });
    await page.locator('#events li', { hasText: 'door_open' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: `${SHOTS}alerts.png`, fullPage: true });
  });

  it('sets tenant limits and creates the first admin in the Admin view, keeping the tab signed in', async () => {
    await page.goto(`${base}/#/admin`);
    // Still open mode: the anonymous operator may set a tenant's limits.
    const acme = page.locator('#tenants tr[data-tenant="acme"]');
    await acme.locator('input[name="maxSeries"]').fill('100000');
    await acme.locator('button', { hasText: 'Save' }).click();
    await acme.locator('button', { hasText: 'Saved' }).waitFor({ timeout: 5000 });
    assert.equal(srv.users.limits('acme').maxSeries, 100000);
    await page.locator('#create-user select[name="role"]').selectOption('admin');
    await page.locator('#create-user input[name="path"]').fill('acme/#');
    await page.locator('#create-user button[type="submit"]').click();
    const token = (await page.locator('#new-token-value').textContent({ timeout: 5000 })) ?? '';
    assert.match(token, /^spt_/);
    assert.equal(srv.access.open, false, 'the first user ended open mode');
    await page.locator('#users tr', { hasText: 'admin' }).waitFor({ timeout: 5000 });
    await page.locator('nav .who', { hasText: '· admin' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#new-token-value').textContent(), token, 'the token stays on screen');
    await page.screenshot({ path: `${SHOTS}admin.png`, fullPage: true });
    await page.reload();
    await page.locator('nav .who', { hasText: '· admin' }).waitFor({ timeout: 5000 });
  });

  it('onboards a machine: edge user, configuration, live connect, dashboard', async () => {
    await page.goto(`${base}/#/onboard`);
    await page.locator('#step-1 input[name="agentPath"]').fill('acme/berlin/assembly/line2/press4');
    await page.locator('#create-edge-user').click();
    await page.locator('#step-1 #new-token-value').waitFor({ timeout: 5000 });
    const f = page.locator('#step-2 form');
    await f.locator('input[name="device"]').fill('meter2');
    await f.locator('input[name="host"]').fill(sim.host);
    await f.locator('input[name="port"]').fill(String(sim.port));
    await f.locator('input[name="interval"]').fill('250ms');
    await f.locator('input[name="broker"]').fill(`mqtt://127.0.0.1:${srv.mqttPort}`);
    await page.locator('#make-config').click();
    const yaml = (await page.locator('#machine-yaml').textContent()) ?? '';
    assert.match(
      (await page.locator('#edge-command').textContent()) ?? '',
      /sensorpath edge --config meter2\.yaml/,
    );
    const file = join(dir, 'press4.yaml');
    writeFileSync(file, yaml);
    // The factory floor's side: the agent runs the downloaded file.
    machine = startMachineAgent(loadMachineConfig(file), {
      logger,
      queueDir: join(dir, 'press4-queue'),
      source: file,
    });
    await page.locator('#connect-state', { hasText: 'samples received' }).waitFor({ timeout: 15_000 });
    await page.locator('#open-device').waitFor({ timeout: 5000 });
    // The agent is online: the same configuration can now be pushed to it as a new revision.
    await page.locator('#push-config').click();
    await page.locator('#step-2', { hasText: 'pushed as revision 1' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: `${SHOTS}onboard.png`, fullPage: true });
    await page.locator('#open-device').click();
    await page.locator('.chart[data-metric="meter_voltage_volts"] canvas').waitFor({ timeout: 10_000 });
  });

  it('signs out, and signs in again with a reader token', async () => {
    const { token } = await srv.users.create({
      tenant: 'acme',
      path: 'acme/#',
      role: 'reader',
      name: 'ui-reader',
    });
    await page.goto(`${base}/#/fleet`);
    await page.locator('nav button.link', { hasText: 'Sign out' }).click();
    await page.locator('#token').fill(token);
    await page.locator('form.signin button').click();
    await page.locator(`#fleet tr[data-path="${PATH}"]`).waitFor({ timeout: 10_000 });
    assert.match((await page.locator('nav .who').textContent()) ?? '', /ui-reader · acme · reader/);
    await page.screenshot({ path: `${SHOTS}signed-in.png`, fullPage: true });
  });
});

describe('device chart frame budget in chromium', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-web-frames-'));
  const FURNACE = 'acme/berlin/furnace/line1/oven1';
  let srv: ServerHandle;
  let pub: Awaited<ReturnType<typeof startSeriesPublisher>> | undefined;
  let browser: Browser;

  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      promApi: ({ queryable }) => createPromApi({ queryable }),
    });
    // The chart's two-minute window full from the start: the steady state, oldest points sliding out.
    pub = await startSeriesPublisher({
      url: `mqtt://127.0.0.1:${srv.mqttPort}`,
      path: FURNACE,
      series: 10,
      hz: 10,
      backfillS: 125,
    });
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await pub?.close();
    await srv?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('charts 10 series at 10 Hz live without long tasks and without losing updates', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${srv.httpPort}/#/device/${FURNACE}`);
    const chart = `.chart[data-metric="${pub!.metric}"]`;
    await page.locator(`${chart} canvas`).waitFor({ timeout: 15_000 });
    // The history (12 000 points) has landed once the chart holds more than the live samples.
    await page.waitForFunction(
      (sel) =>
        Number(
          (
            globalThis as unknown as {
              document: { querySelector(s: string): { dataset: { points?: string } } };
            }
          ).document.querySelector(sel).dataset.points,
        ) > 11_000,
      chart,
      { timeout: 15_000 },
    );
    const s = await measureFrames(page, chart, pub!, 10_000);
    console.log(formatFrames(s));
    assert.ok(s.published >= 900, `the publisher kept its rate (${s.published} samples in ${s.durationS} s)`);
    assert.ok(
      s.received >= 0.9 * s.published,
      `the chart took in ${s.received} of ${s.published} published samples`,
    );
    assert.ok(s.draws >= 5 * s.durationS, `the chart redrew ${s.draws} times in ${s.durationS} s`);
    assert.ok(s.longestTaskMs < 200, `longest task ${s.longestTaskMs} ms`);
    assert.ok(s.fps >= 30, `${s.fps.toFixed(1)} frames/s`);
    assert.equal(await page.locator('#live-dropped').textContent(), '', 'no sample dropped for this tab');
    await page.screenshot({ path: `${SHOTS}device-10x10hz.png` });
    await page.close();
  });
});
