/**
 * The rules subsystem as the server runs it, over a real HTTP listener and an in-memory store on a
 * fake clock: `/api/v1/rules` and `/api/v1/alerts` in Prometheus' shapes, a malformed file refused
 * on reload with file, line and reason while the loaded rules keep running, tenant rule files over
 * HTTP, edge events from `…/events` stored in the per-tenant log, queried and streamed (SSE).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { labelsFromRecord, MemoryStorage } from '@sensorpath/storage';
import { ManualClock } from './clock.ts';
import { FileInvalidError } from './errors.ts';
import { RecordingNotifier } from './notifier.ts';
import { RulesSystem } from './system.ts';

const T0 = 1_764_000_000_000;
const RULES = `groups:
  - name: power
    interval: 1s
    rules:
      - alert: PhaseLow
        expr: meter_voltage_volts < 50
        for: 2s
        labels: { severity: critical }
        annotations: { summary: "{{ $labels.phase }} low" }
      - record: device:volts:min
        expr: min by (device) (meter_voltage_volts)
`;

describe('rules system', () => {
  let dir: string;
  let store: MemoryStorage;
  let clock: ManualClock;
  let sys: RulesSystem;
  let server: Server;
  let base: string;
  const notifier = new RecordingNotifier();
  const rulesFile = () => join(dir, 'rules.yaml');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rules-'));
    writeFileSync(rulesFile(), RULES);
    store = new MemoryStorage();
    const app = store.appender();
    for (let i = 0; i < 30; i++) {
      for (const [phase, v] of [
        ['L1', 230],
        ['L2', i >= 3 ? 0 : 230],
      ] as const) {
        app.append(
          0,
          labelsFromRecord({ __name__: 'meter_voltage_volts', enterprise: 'acme', device: 'm1', phase }),
          T0 + i * 1000 - 10,
          v,
        );
      }
    }
    await app.commit();
    clock = new ManualClock(T0 - 100);
    sys = await RulesSystem.open(
      { dataDir: dir, ruleFiles: [rulesFile()], clock, notifier },
      { queryable: () => store, appendable: async () => store, tenants: () => ['acme'] },
    );
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const tenant = url.searchParams.get('tenant');
      const site = url.searchParams.get('scope_site');
      sys
        .handle(req, res, url, tenant ? [tenant] : undefined, site ? [['site', site]] : undefined)
        .then((ok) => {
          if (!ok) res.writeHead(404).end();
        });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const a = server.address();
    base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await sys.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field below.
  type Json = any;
  const get = async (p: string): Promise<Json> => (await fetch(base + p)).json();

  it('serves /api/v1/rules and /api/v1/alerts as Prometheus does', async () => {
    await clock.advance(6000);
    const alerts = await get('/api/v1/alerts');
    assert.deepEqual(alerts, {
      status: 'success',
      data: {
        alerts: [
          {
            labels: {
              alertname: 'PhaseLow',
              device: 'm1',
              enterprise: 'acme',
              phase: 'L2',
              severity: 'critical',
            },
            annotations: { summary: 'L2 low' },
            state: 'firing',
            activeAt: new Date(T0 + 3000).toISOString(),
            value: '0e+00',
          },
        ],
      },
    });
    const rules = await get('/api/v1/rules');
    const g = rules.data.groups[0];
    assert.equal(g.name, 'power');
    assert.equal(g.file, rulesFile());
    assert.equal(g.interval, 1);
    assert.equal(g.limit, 0);
    assert.equal(g.lastEvaluation, new Date(T0 + 5000).toISOString());
    assert.deepEqual(
      g.rules.map((r: Json) => [r.type, r.name, r.health, r.state, r.duration, r.keepFiringFor]),
      [
        ['alerting', 'PhaseLow', 'ok', 'firing', 2, 0],
        ['recording', 'device:volts:min', 'ok', undefined, undefined, undefined],
      ],
    );
    assert.equal(g.rules[0].query, 'meter_voltage_volts < 50');
    assert.equal(g.rules[0].alerts.length, 1);
    const onlyRec = await get('/api/v1/rules?type=record');
    assert.equal(onlyRec.data.groups[0].rules.length, 1);
    const other = await get('/api/v1/alerts?tenant=globex');
    assert.deepEqual(other.data.alerts, [], 'another tenant sees nothing');
    // Rules emit events: the alert firing is one.
    const ev = await get('/api/v1/events?match[]=PhaseLow');
    assert.equal(ev.data.length, 1);
    assert.equal(ev.data[0].source, 'rule');
    assert.equal(ev.data[0].time, T0 + 5000);
    assert.equal(notifier.alerts[0]!.labels.alertname, 'PhaseLow');
    const metrics = sys.selfMetrics();
    assert.match(metrics, /^sensorpath_rule_evaluations_total [1-9]\d*$/m);
    assert.match(metrics, /^sensorpath_events_total\{source="rule"\} 1$/m);
    assert.match(
      metrics,
      /^sensorpath_rule_group_last_duration_seconds\{tenant="acme",file=".*rules\.yaml",group="power"\} /m,
    );
  });

  it('refuses a malformed file on reload and keeps the loaded rules running', async () => {
    writeFileSync(rulesFile(), RULES.replace('meter_voltage_volts < 50', 'meter_voltage_volts <'));
    await assert.rejects(sys.reload(), (err: unknown) => {
      assert.ok(err instanceof FileInvalidError);
      assert.match(
        err.message,
        new RegExp(
          `^${rulesFile().replace(/[.]/g, '\\.')}:6:15: group "power", rule 1, "PhaseLow": could not parse expression`,
        ),
      );
      return true;
    });
    const res = await fetch(`${base}/api/v1/rules/reload`, { method: 'POST' });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: string }).error, /rules\.yaml:6:15/);
    const before = (await get('/api/v1/rules')).data.groups[0].lastEvaluation;
    await clock.advance(3000);
    const g = (await get('/api/v1/rules')).data.groups[0];
    assert.equal(g.rules[0].query, 'meter_voltage_volts < 50', 'old rules still loaded');
    assert.notEqual(g.lastEvaluation, before, 'and still evaluated');
    assert.equal(g.rules[0].state, 'firing');
    // A good reload keeps the alert's state (same group, rule name and expression).
    writeFileSync(rulesFile(), RULES);
    await sys.reload();
    await clock.advance(1000);
    const after = await get('/api/v1/alerts');
    assert.equal(after.data.alerts[0].state, 'firing');
    assert.equal(after.data.alerts[0].activeAt, new Date(T0 + 3000).toISOString());
  });

  it('manages tenant rule files over HTTP', async () => {
    const put = (body: string) => fetch(`${base}/api/v1/rules/tenant/acme`, { method: 'PUT', body });
    const badRes = await put('groups:\n  - name: x\n    rules:\n      - alert: A\n        expr: up ==\n');
    assert.equal(badRes.status, 400);
    const bad = (await badRes.json()) as { problems: { line: number; reason: string }[] };
    assert.equal(bad.problems[0]!.line, 5);
    const ok = await put(
      'groups:\n  - name: own\n    rules:\n      - record: own:up\n        expr: vector(1)\n',
    );
    assert.equal(ok.status, 200);
    await clock.advance(1000);
    const groups = (await get('/api/v1/rules?tenant=acme')).data.groups.map((g: Json) => g.name);
    assert.deepEqual(groups, ['power', 'own']);
    assert.match(readFileSync(join(dir, 'rules/tenants/acme.yaml'), 'utf8'), /own:up/);
    assert.equal((await get('/api/v1/rules?tenant=globex')).data.groups.length, 1, 'not visible to others');
    assert.equal((await fetch(`${base}/api/v1/rules/tenant/acme`, { method: 'DELETE' })).status, 200);
  });

  it('stores, queries and streams edge events', async () => {
    const stream = await fetch(`${base}/api/v1/events/stream?match[]={severity="warning"}`);
    assert.equal(stream.headers.get('content-type'), 'text/event-stream');
    const reader = stream.body!.getReader();
    const n = sys.onEvents(
      'acme/berlin/assembly/line1/press3/events',
      Buffer.from(
        JSON.stringify([
          {
            time: T0 + 100,
            type: 'door_open',
            severity: 'warning',
            message: 'guard door opened',
            attributes: { door: 2 },
          },
          { time: T0 + 200, type: 'cycle_done', value: 41.5, labels: { device: 'spoofed', shift: 'b' } },
        ]),
      ),
      T0 + 300,
    );
    assert.equal(n, 2);
    assert.equal(
      sys.onEvents('acme/berlin/assembly/line1/press3/events', Buffer.from('{"type": 5}')),
      0,
      'malformed: dropped',
    );
    const all = await get(
      `/api/v1/events?match[]={device="press3"}&start=${(T0 + 50) / 1000}&end=${new Date(T0 + 250).toISOString()}`,
    );
    assert.deepEqual(
      all.data.map((e: Json) => [e.type, e.severity, e.labels.device, e.labels.shift ?? '', e.value ?? null]),
      [
        ['door_open', 'warning', 'press3', '', null],
        ['cycle_done', 'info', 'press3', 'b', 41.5],
      ],
    );
    const ann = (await get('/api/v1/events?match[]=door_open&format=annotations')) as Json[];
    assert.equal(ann[0].time, T0 + 100);
    assert.equal(ann[0].text, 'guard door opened');
    assert.ok(ann[0].tags.includes('door_open'));
    let text = '';
    while (!text.includes('guard door opened')) text += new TextDecoder().decode((await reader.read()).value);
    assert.match(text, /event: sensor_event\ndata: \{.*"type":"door_open"/);
    assert.ok(!text.includes('cycle_done'), 'filtered by match[]');
    await reader.cancel();
    // A caller scoped to another site sees none of these events and no alert without a site label.
    assert.equal((await get('/api/v1/events?match[]={device="press3"}&scope_site=hamburg')).data.length, 0);
    assert.equal((await get('/api/v1/events?match[]={device="press3"}&scope_site=berlin')).data.length, 2);
    assert.deepEqual((await get('/api/v1/alerts?scope_site=berlin')).data.alerts, []);
    const log = readFileSync(join(dir, 'events/acme/events.jsonl'), 'utf8').trim().split('\n');
    assert.ok(log.some((l) => JSON.parse(l).type === 'door_open'));
  });
});
