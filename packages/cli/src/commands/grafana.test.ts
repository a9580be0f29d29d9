/**
 * Grafana provisioning from a machine configuration, checked against a running sensorpath: a
 * server with the PromQL engine, a simulated SDM630 polled every 250 ms under the configuration's
 * device path; every query of every generated panel (with `$__rate_interval` as Grafana would fill
 * it for a fast scrape) is evaluated through the Prometheus API and must return data.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type EdgeAgent, loadProfile, ModbusTcpTransport, startEdgeAgent } from '@sensorpath/edge';
import { type ServerHandle, startServer } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { type SimulatorHandle, startTcpSimulator } from '@sensorpath/simulator';
import { dashboardQueries } from '@sensorpath/web';
import { pino } from 'pino';
import { machineDevices, provision } from './grafana.ts';

const AGENT = 'acme/berlin/assembly/line1/press3';
const DEVICE = 'acme/berlin/assembly/line1/meter1';

describe('sensorpath grafana', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-grafana-'));
  const logger = pino({ level: 'silent' });
  let srv: ServerHandle;
  let sim: SimulatorHandle;
  let agent: EdgeAgent;
  let token: string;
  let file: string;

  before(async () => {
    srv = await startServer({
      dataDir: join(dir, 'data'),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger,
      promApi: ({ queryable }) => createPromApi({ queryable }),
    });
    sim = await startTcpSimulator({ host: '127.0.0.1', port: 0, units: [1] });
    file = join(dir, 'press3.yaml');
    writeFileSync(
      file,
      [
        `path: ${AGENT}`,
        'broker:',
        `  url: mqtt://127.0.0.1:${srv.mqttPort}`,
        'labels: { machine: press3 }',
        'buses:',
        '  - name: cabinet',
        `    tcp: { host: ${sim.host}, port: ${sim.port} }`,
        '    devices:',
        '      - { device: meter1, profile: sdm630, unit: 1, interval: 250ms }',
        '',
      ].join('\n'),
    );
    const edgeUser = await srv.users.create({
      tenant: 'acme',
      path: 'acme/#',
      role: 'edge',
      name: 'press3-edge',
    });
    token = (await srv.users.create({ tenant: 'acme', path: 'acme/#', role: 'reader', name: 'grafana' }))
      .token;
    agent = startEdgeAgent({
      broker: { url: `mqtt://127.0.0.1:${srv.mqttPort}`, username: 'press3-edge', password: edgeUser.token },
      devices: [
        {
          path: DEVICE,
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
  });

  after(async () => {
    await agent?.close();
    await sim?.close();
    await srv?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the devices and metrics of a machine configuration', () => {
    const { agentPath, devices } = machineDevices(file);
    assert.equal(agentPath, AGENT);
    assert.deepEqual(
      devices.map((d) => [d.path, d.kind]),
      [[DEVICE, 'sdm630']],
    );
    assert.ok(devices[0]!.metrics.some((m) => m.name === 'meter_voltage_volts'));
  });

  it('writes a provisioning folder whose every panel query returns data', async () => {
    const url = `http://127.0.0.1:${srv.httpPort}`;
    const out = join(dir, 'provisioning');
    const written = provision(out, [file], { url, token });
    assert.deepEqual(written.slice(0, 2), ['datasources/sensorpath.yaml', 'dashboards/sensorpath.yaml']);
    const ds = readFileSync(join(out, 'datasources/sensorpath.yaml'), 'utf8');
    assert.match(ds, /type: prometheus/);
    assert.match(ds, new RegExp(`url: "${url}"`));
    assert.match(ds, new RegExp(`httpHeaderValue1: "Bearer ${token}"`));
    const dash = JSON.parse(readFileSync(join(out, written[2]!), 'utf8')) as {
      schemaVersion: number;
      templating: { list: { name: string; type: string; current?: { value: string } }[] };
      panels: {
        type: string;
        title: string;
        datasource?: { uid: string };
        fieldConfig?: { defaults: { unit: string } };
      }[];
    };
    assert.equal(dash.schemaVersion, 39);
    assert.deepEqual(dash.templating.list[0], {
      name: 'DS_PROMETHEUS',
      label: 'Data source',
      type: 'datasource',
      query: 'prometheus',
      hide: 0,
      current: { text: 'sensorpath', value: 'sensorpath' },
    });
    const ts = dash.panels.filter((p) => p.type === 'timeseries');
    assert.ok(ts.every((p) => p.datasource?.uid === '${DS_PROMETHEUS}'));
    const unitOf = (title: string) => ts.find((p) => p.title === title)?.fieldConfig?.defaults.unit;
    assert.equal(unitOf('meter_voltage_volts'), 'volt');
    assert.equal(unitOf('meter_active_power_watts'), 'watt');
    assert.equal(unitOf('meter_import_energy rate'), 'watt');

    const queries = dashboardQueries(dash as unknown as Record<string, unknown>);
    assert.ok(queries.length >= 9, `one query per metric family, got ${queries.length}`);
    const evaluate = async (expr: string) => {
      const r = await fetch(`${url}/api/v1/query`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: expr.replaceAll('$__rate_interval', '1m') }),
      });
      const body = (await r.json()) as {
        status: string;
        data?: { result: { metric: Record<string, string> }[] };
      };
      assert.equal(body.status, 'success', `${expr}: ${JSON.stringify(body)}`);
      return body.data!.result;
    };
    // Counters need two samples inside the window before rate() has data.
    const deadline = Date.now() + 15_000;
    let empty: string[] = [];
    do {
      empty = [];
      for (const q of queries) if ((await evaluate(q.expr)).length === 0) empty.push(`${q.panel}: ${q.expr}`);
      if (empty.length) await new Promise((r) => setTimeout(r, 300));
    } while (empty.length && Date.now() < deadline);
    assert.deepEqual(empty, [], 'panels without data');
    const volts = await evaluate(queries.find((q) => q.panel === 'meter_voltage_volts')!.expr);
    assert.deepEqual(volts.map((s) => s.metric.phase).sort(), ['L1', 'L2', 'L3'], 'per-phase voltage');
  });
});
