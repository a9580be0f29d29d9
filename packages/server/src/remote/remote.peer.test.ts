/**
 * Remote storage mode against real remote stores: Debian's VictoriaMetrics (package
 * `victoria-metrics`) and Debian's Prometheus (package `prometheus`, with its remote_write
 * receiver). The server is wired as `sensorpath server --remote-write … --remote-query …
 * --remote-dialect …` wires it (packages/cli/src/wiring.ts): samples go through the durable
 * remote_write queue, queries are proxied to the store's own Prometheus API with the tenant added.
 *
 * - Tenant isolation through every endpoint (query, query_range, series, labels, label values),
 *   including `{__name__=~".+"}`, a selector naming the other tenant, and label values that only the
 *   other tenant has; in both directions, on VictoriaMetrics and on Prometheus.
 * - A recording rule evaluates in remote mode (reading the store through the remote Querier, writing
 *   its output through remote_write) and its output is queryable by its tenant only.
 * - Outage: VictoriaMetrics is stopped, samples are published over MQTT (QoS 1), the sensorpath
 *   server (a process of its own) is killed with SIGKILL during the outage and started again, more
 *   samples are published, VictoriaMetrics comes back after 20 s: every sample is in
 *   VictoriaMetrics exactly once (no deduplication configured), in order.
 *
 * Run with `node --import tsx --test packages/server/src/remote/remote.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { RulesSystem } from '@sensorpath/rules';
import { freePort } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';
import type { ServerHandle } from '../server.ts';
import type { RemoteDialect } from './dialect.ts';
import { remoteServer } from './remote-server.fixture.ts';
import type { RemoteWriter } from './write.ts';

const VM = '/usr/bin/victoria-metrics';
const hasPrometheus = spawnSync('prometheus', ['--version']).status === 0;

async function waitFor<T>(what: string, ms: number, f: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const v = await f();
      if (v !== undefined) return v;
    } catch {}
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** VictoriaMetrics answering queries up to now (no 30 s latency offset, no result cache). */
async function startVM(storage: string, port: number, extra: string[] = []): Promise<ChildProcess> {
  const vm = spawn(
    VM,
    [
      `-httpListenAddr=127.0.0.1:${port}`,
      `-storageDataPath=${storage}`,
      '-search.latencyOffset=0s',
      '-search.disableCache',
      ...extra,
    ],
    { stdio: 'ignore' },
  );
  await waitFor('victoria-metrics', 20_000, async () =>
    (await fetch(`http://127.0.0.1:${port}/health`)).ok ? true : undefined,
  );
  return vm;
}

async function stop(p: ChildProcess | undefined): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  await new Promise<void>((r) => {
    p.once('exit', () => r());
    p.kill('SIGTERM');
  });
}

type Json = { status: string; data: unknown; error?: string };

function api(srv: ServerHandle) {
  return async (path: string, tenant: string, params: Record<string, string | string[]> = {}) => {
    const u = new URL(`http://127.0.0.1:${srv.httpPort}${path}`);
    for (const [k, v] of Object.entries(params))
      for (const x of Array.isArray(v) ? v : [v]) u.searchParams.append(k, x);
    const r = await fetch(u, { headers: { 'X-Scope-OrgID': tenant } });
    const body = (await r.json()) as Json;
    assert.equal(body.status, 'success', `${path} ${JSON.stringify(params)}: ${body.error}`);
    return body.data;
  };
}

/** Ingests one tenant's ordinary series and one series and label only the other tenant has. */
async function seed(srv: ServerHandle, t0: number): Promise<void> {
  const at = (i: number) => ((t0 + i * 1000) / 1000).toFixed(3);
  for (let i = 0; i < 5; i++)
    await srv.ingestor.ingestTopic('acme/berlin/hall/l1/m1/metrics', `iso_test ${i} ${at(i)}\n# EOF\n`);
  await srv.ingestor.ingestTopic('acme/berlin/hall/l1/m1/metrics', `iso_test 4 ${at(4)}\n# EOF\n`); // a redelivery
  await srv.ingestor.ingestTopic(
    'globex/paris/dock/l9/m9/metrics',
    `iso_test 7 ${at(7)}\nglobex_secret{only_globex="x"} 1 ${at(7)}\n# EOF\n`,
  );
}

/** Every read endpoint, as `tenant`, sees only `tenant`'s series, labels and values. */
async function assertIsolated(
  srv: ServerHandle,
  tenant: string,
  other: { site: string; metric?: string; label?: string },
) {
  const get = api(srv);
  const now = String(Date.now() / 1000);
  const all = (await get('/api/v1/query', tenant, { query: '{__name__=~".+"}', time: now })) as {
    result: { metric: Record<string, string> }[];
  };
  assert.ok(all.result.length > 0, `${tenant} sees its own series`);
  for (const r of all.result) assert.equal(r.metric.enterprise, tenant, JSON.stringify(r.metric));
  const range = (await get('/api/v1/query_range', tenant, {
    query: 'count by (enterprise, site) ({__name__=~".+"})',
    start: String(Date.now() / 1000 - 120),
    end: now,
    step: '15',
  })) as { result: { metric: Record<string, string> }[] };
  assert.deepEqual(
    range.result.map((r) => r.metric.enterprise),
    [tenant],
  );
  const named = (await get('/api/v1/query', tenant, {
    query: `{__name__=~".+", site="${other.site}"} or {__name__=~".+", enterprise!="${tenant}"}`,
    time: now,
  })) as { result: unknown[] };
  assert.deepEqual(named.result, [], 'a selector naming the other tenant finds nothing');
  const series = (await get('/api/v1/series', tenant, { 'match[]': '{__name__=~".+"}' })) as Record<
    string,
    string
  >[];
  assert.ok(series.length > 0);
  for (const s of series) assert.equal(s.enterprise, tenant);
  const labels = (await get('/api/v1/labels', tenant)) as string[];
  if (other.label) assert.ok(!labels.includes(other.label), `labels ${labels}`);
  assert.deepEqual(await get('/api/v1/label/enterprise/values', tenant), [tenant]);
  assert.ok(!((await get('/api/v1/label/site/values', tenant)) as string[]).includes(other.site));
  if (other.metric) {
    const names = (await get('/api/v1/label/__name__/values', tenant)) as string[];
    assert.ok(!names.includes(other.metric), `names ${names}`);
    const withMatch = (await get('/api/v1/label/__name__/values', tenant, {
      'match[]': `{__name__="${other.metric}"}`,
    })) as string[];
    assert.deepEqual(withMatch, []);
  }
}

describe('remote storage mode (VictoriaMetrics single node)', {
  skip: existsSync(VM) ? false : 'victoria-metrics not installed (apt-get install victoria-metrics)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-remote-'));
  let vm: ChildProcess | undefined;
  let vmUrl = '';
  let srv: ServerHandle;
  let writers: Map<string, RemoteWriter>;
  before(async () => {
    const port = await freePort();
    vmUrl = `http://127.0.0.1:${port}`;
    vm = await startVM(join(dir, 'vm'), port, ['-dedup.minScrapeInterval=1ms']);
    const ruleFile = join(dir, 'rules.yml');
    writeFileSync(
      ruleFile,
      'groups:\n  - name: remote\n    interval: 1s\n    rules:\n      - record: tenant:iso_test:count5m\n        expr: count_over_time(iso_test[5m])\n',
    );
    const dialect: RemoteDialect = 'victoriametrics';
    ({ srv, writers } = await remoteServer(
      join(dir, 'sp'),
      { dialect, writeUrl: `${vmUrl}/api/v1/write`, queryUrl: vmUrl },
      {
        rules: async ({ stores, logger }) =>
          RulesSystem.open(
            { dataDir: join(dir, 'sp'), ruleFiles: [ruleFile], logger },
            {
              queryable: (tenant) => stores.queryable([tenant]),
              appendable: (tenant) => stores.get(tenant),
              tenants: () => stores.tenants(),
            },
          ),
      },
    ));
    await seed(srv, Date.now() - 60_000);
    await waitFor('the queue to drain', 15_000, async () =>
      [...writers.values()].every((w) => w.queue.samples === 0) && writers.size === 2 ? true : undefined,
    );
    await fetch(`${vmUrl}/internal/force_flush`);
  });
  after(async () => {
    await srv?.close();
    await stop(vm);
    rmSync(dir, { recursive: true, force: true });
  });

  it('samples arrive through the queue; a redelivery is kept once', async () => {
    const exported = await waitFor('export', 10_000, async () => {
      const r = await fetch(
        `${vmUrl}/api/v1/export?match[]=${encodeURIComponent('iso_test{enterprise="acme"}')}`,
      );
      const text = (await r.text()).trim();
      return text ? (JSON.parse(text) as { metric: Record<string, string>; values: number[] }) : undefined;
    });
    assert.equal(exported.metric.device, 'm1');
    assert.deepEqual(exported.values, [0, 1, 2, 3, 4]);
    const metrics = await (await fetch(`http://127.0.0.1:${srv.httpPort}/metrics`)).text();
    assert.match(metrics, /^sensorpath_remote_write_pending_samples\{tenant="acme"\} 0$/m);
    assert.match(
      metrics,
      /^sensorpath_remote_write_dropped_samples_total\{tenant="acme",reason="refused"\} 0$/m,
    );
  });

  it('acme never sees globex through any endpoint, and the other way round', async () => {
    await assertIsolated(srv, 'acme', { site: 'paris', metric: 'globex_secret', label: 'only_globex' });
    await assertIsolated(srv, 'globex', { site: 'berlin' });
    const v = (await api(srv)('/api/v1/query', 'acme', { query: 'count_over_time(iso_test[5m])' })) as {
      result: { value: [number, string] }[];
    };
    assert.equal(v.result[0]!.value[1], '5');
  });

  it('a recording rule evaluates against the remote store; its output belongs to its tenant', async () => {
    const get = api(srv);
    const rows = await waitFor('recorded series', 20_000, async () => {
      const d = (await get('/api/v1/query', 'acme', { query: 'tenant:iso_test:count5m' })) as {
        result: { metric: Record<string, string>; value: [number, string] }[];
      };
      return d.result.length ? d.result : undefined;
    });
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.metric.enterprise, 'acme');
    assert.equal(rows[0]!.value[1], '5');
    const g = (await get('/api/v1/query', 'globex', { query: 'tenant:iso_test:count5m' })) as {
      result: { metric: Record<string, string>; value: [number, string] }[];
    };
    assert.deepEqual(
      g.result.map((r) => [r.metric.enterprise, r.value[1]]),
      [['globex', '1']],
    );
  });
});

describe('remote storage mode (Prometheus with its remote_write receiver)', {
  skip: hasPrometheus ? false : 'prometheus not installed (apt-get install prometheus)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-remote-prom-'));
  let prom: ChildProcess | undefined;
  let srv: ServerHandle;
  before(async () => {
    const port = await freePort();
    const promUrl = `http://127.0.0.1:${port}`;
    writeFileSync(join(dir, 'prometheus.yml'), 'global: {}\n');
    prom = spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'prom')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--web.enable-remote-write-receiver',
      ],
      { stdio: 'ignore' },
    );
    await waitFor('prometheus', 20_000, async () =>
      (await fetch(`${promUrl}/-/ready`)).ok ? true : undefined,
    );
    let writers: Map<string, RemoteWriter>;
    ({ srv, writers } = await remoteServer(join(dir, 'sp'), {
      dialect: 'prometheus',
      writeUrl: `${promUrl}/api/v1/write`,
      queryUrl: promUrl,
    }));
    await seed(srv, Date.now() - 30_000);
    await waitFor('the queue to drain', 15_000, async () =>
      [...writers.values()].every((w) => w.queue.samples === 0) && writers.size === 2 ? true : undefined,
    );
  });
  after(async () => {
    await srv?.close();
    await stop(prom);
    rmSync(dir, { recursive: true, force: true });
  });

  it('acme never sees globex through any endpoint, and the other way round', async () => {
    await assertIsolated(srv, 'acme', { site: 'paris', metric: 'globex_secret', label: 'only_globex' });
    await assertIsolated(srv, 'globex', { site: 'berlin' });
    const v = (await api(srv)('/api/v1/query', 'acme', { query: 'count_over_time(iso_test[5m])' })) as {
      result: { value: [number, string] }[];
    };
    assert.equal(v.result[0]!.value[1], '5', 'Prometheus keeps one of an identical redelivered sample');
  });
});

/** The fixture server as a process of its own, so it can be killed with SIGKILL. */
async function serverProcess(
  dataDir: string,
  vmUrl: string,
): Promise<{ p: ChildProcess; http: number; mqtt: number }> {
  const fixture = new URL('./remote-server.fixture.ts', import.meta.url).pathname;
  const p = spawn(
    process.execPath,
    ['--import', 'tsx', fixture, dataDir, 'victoriametrics', `${vmUrl}/api/v1/write`, vmUrl],
    { cwd: new URL('.', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  p.stderr!.on('data', (b: Buffer) => (err += b));
  const lines = createInterface({ input: p.stdout! });
  const first = await Promise.race([
    new Promise<string>((r) => lines.once('line', r)),
    new Promise<never>((_, fail) =>
      p.once('exit', (code) => fail(new Error(`server exited ${code}: ${err}`))),
    ),
  ]);
  return { p, ...(JSON.parse(first) as { http: number; mqtt: number }) };
}

/** A gauge or counter of the server's /metrics. */
async function metric(http: number, line: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${http}/metrics`)).text();
  const m = new RegExp(`^${line.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text);
  if (!m) throw new Error(`${line} not in /metrics`);
  return Number(m[1]);
}

describe('remote_write outage: VictoriaMetrics down 20 s, sensorpath killed and restarted meanwhile', {
  skip: existsSync(VM) ? false : 'victoria-metrics not installed (apt-get install victoria-metrics)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-outage-'));
  let vm: ChildProcess | undefined;
  let server: ChildProcess | undefined;
  after(async () => {
    await stop(server);
    await stop(vm);
    rmSync(dir, { recursive: true, force: true });
  });

  it('every sample published arrives exactly once, in order', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const vmUrl = `http://127.0.0.1:${port}`;
    const storage = join(dir, 'vm');
    // No deduplication: a sample sent twice would show up twice in the export.
    vm = await startVM(storage, port);
    const data = join(dir, 'sp');
    const pending = 'sensorpath_remote_write_pending_samples{tenant="acme"}';
    const t0 = Date.now() - 120_000;
    const want: number[] = [];
    let seq = 0;
    /** QoS 1: each publish resolves on PUBACK, sent once the samples are in the queue on disk. */
    const publish = async (mqtt: number, n: number) => {
      const c = await connectAsync(`mqtt://127.0.0.1:${mqtt}`, {
        clientId: `pub-${seq}`,
        reconnectPeriod: 0,
      });
      for (let i = 0; i < n; i++, seq++) {
        const t = t0 + seq * 100;
        want.push(t);
        await c.publishAsync(
          'acme/berlin/hall/l1/m1/metrics',
          `outage_test ${seq} ${(t / 1000).toFixed(3)}\n# EOF\n`,
          { qos: 1 },
        );
      }
      await c.endAsync();
    };
    let run = await serverProcess(data, vmUrl);
    server = run.p;
    await publish(run.mqtt, 40);
    await waitFor('phase 1 delivered', 10_000, async () =>
      (await metric(run.http, pending)) === 0 ? true : undefined,
    );

    await stop(vm);
    const down = Date.now();
    await publish(run.mqtt, 40);
    await waitFor('failed requests', 10_000, async () =>
      (await metric(run.http, 'sensorpath_remote_write_failed_requests_total{tenant="acme"}')) > 0
        ? true
        : undefined,
    );
    assert.equal(await metric(run.http, pending), 40, 'held in the queue while the store is down');

    // The server crashes during the outage and comes back: the queue is replayed from disk.
    run.p.kill('SIGKILL');
    await new Promise((r) => run.p.once('exit', r));
    run = await serverProcess(data, vmUrl);
    server = run.p;
    assert.equal(await metric(run.http, pending), 40, 'replayed after the restart');
    await publish(run.mqtt, 40);
    assert.equal(await metric(run.http, pending), 80);

    await new Promise((r) => setTimeout(r, Math.max(0, 20_000 - (Date.now() - down))));
    vm = await startVM(storage, port);
    await waitFor('the queue to drain', 30_000, async () =>
      (await metric(run.http, pending)) === 0 ? true : undefined,
    );
    await fetch(`${vmUrl}/internal/force_flush`);
    const got = await waitFor('all samples exported', 10_000, async () => {
      const r = await fetch(
        `${vmUrl}/api/v1/export?match[]=${encodeURIComponent('outage_test{enterprise="acme"}')}`,
      );
      const rows = (await r.text())
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { timestamps: number[]; values: number[] });
      const ts = rows.flatMap((x) => x.timestamps);
      return ts.length >= want.length ? { ts, values: rows.flatMap((x) => x.values) } : undefined;
    });
    assert.equal(got.ts.length, 120);
    assert.deepEqual(got.ts, want, 'every sample exactly once');
    assert.deepEqual(
      got.values,
      Array.from({ length: 120 }, (_, i) => i),
    );
    assert.ok((await metric(run.http, 'sensorpath_remote_write_retries_total{tenant="acme"}')) > 0);
    assert.equal(
      await metric(
        run.http,
        'sensorpath_remote_write_dropped_samples_total{tenant="acme",reason="queue_full"}',
      ),
      0,
    );
    assert.equal(await metric(run.http, 'sensorpath_remote_write_samples_total{tenant="acme"}'), 80);
  });
});
