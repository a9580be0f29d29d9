/**
 * Remote storage mode against Debian's VictoriaMetrics (package `victoria-metrics`) as the real
 * remote store: samples ingested by the server arrive in VictoriaMetrics through remote_write, a
 * redelivered message adds no sample, and PromQL through the server's Prometheus API reads them
 * back with the tenant enforced (a tenant never sees another tenant's series, even with a selector
 * naming it). The same against Debian's Prometheus (package `prometheus`), which has no export API:
 * reads go through remote read. Run with `node --import tsx --test packages/server/src/remote/remote.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@sensorpath/simulator';
import { pino } from 'pino';
import { createPromApi } from '../promapi/index.ts';
import { type ServerHandle, startServer } from '../server.ts';
import { openRemoteStorage } from './storage.ts';
import { type RemoteWriter, remoteWriteMetrics } from './write.ts';

const VM = '/usr/bin/victoria-metrics';
/** VictoriaMetrics keeps exact duplicates unless deduplication is on; 1 ms keeps every distinct sample. */
const DEDUP = '-dedup.minScrapeInterval=1ms';

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

describe('remote storage mode (VictoriaMetrics)', {
  skip: existsSync(VM) ? false : 'victoria-metrics not installed (apt-get install victoria-metrics)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-remote-'));
  let vm: ChildProcess;
  let vmUrl = '';
  let srv: ServerHandle;
  const writers = new Map<string, RemoteWriter>();
  before(async () => {
    const port = await freePort();
    vmUrl = `http://127.0.0.1:${port}`;
    vm = spawn(VM, [`-httpListenAddr=127.0.0.1:${port}`, `-storageDataPath=${join(dir, 'vm')}`, DEDUP], {
      stdio: 'ignore',
    });
    await waitFor('victoria-metrics', 15_000, async () =>
      (await fetch(`${vmUrl}/health`)).ok ? true : undefined,
    );
    srv = await startServer({
      dataDir: join(dir, 'sp'),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      promApi: ({ queryable }) => createPromApi({ queryable }),
      openStorage: (tenant) =>
        openRemoteStorage(
          tenant,
          { write: { url: `${vmUrl}/api/v1/write` }, query: { url: vmUrl } },
          () => Promise.reject(new Error('no local store in this test')),
          writers,
        ),
      selfMetrics: () => remoteWriteMetrics(writers),
    });
  });
  after(async () => {
    await srv?.close();
    if (vm && vm.exitCode === null)
      await new Promise<void>((r) => {
        vm.once('exit', () => r());
        vm.kill('SIGTERM');
      });
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes through remote_write, dedupes a redelivery, reads back per tenant', async () => {
    const t0 = Date.now() - 60_000;
    const msg = (i: number) => `rw_test ${i} ${((t0 + i * 1000) / 1000).toFixed(3)}\n# EOF\n`;
    for (let i = 0; i < 5; i++) await srv.ingestor.ingestTopic('acme/berlin/hall/l1/m1/metrics', msg(i));
    await srv.ingestor.ingestTopic('acme/berlin/hall/l1/m1/metrics', msg(4)); // a redelivery
    await srv.ingestor.ingestTopic('globex/paris/hall/l1/m9/metrics', msg(7));
    await fetch(`${vmUrl}/internal/force_flush`);

    // Raw samples in VictoriaMetrics: five for acme, the redelivered one not doubled.
    const exported = await waitFor('export', 10_000, async () => {
      const r = await fetch(
        `${vmUrl}/api/v1/export?match[]=${encodeURIComponent('rw_test{enterprise="acme"}')}`,
      );
      const text = (await r.text()).trim();
      return text
        ? (JSON.parse(text) as { metric: Record<string, string>; timestamps: number[] })
        : undefined;
    });
    assert.equal(exported.metric.device, 'm1');
    assert.deepEqual(
      exported.timestamps,
      [0, 1, 2, 3, 4].map((i) => t0 + i * 1000),
    );

    // PromQL through sensorpath, tenant chosen by header; globex is never visible to acme.
    const q = async (query: string, tenant: string) => {
      const u = new URL(`http://127.0.0.1:${srv.httpPort}/api/v1/query`);
      u.searchParams.set('query', query);
      u.searchParams.set('time', String(Date.now() / 1000));
      const r = await fetch(u, { headers: { 'X-Scope-OrgID': tenant } });
      return (
        (await r.json()) as {
          data: { result: { metric: Record<string, string>; value: [number, string] }[] };
        }
      ).data.result;
    };
    const acme = await q('count_over_time(rw_test[5m])', 'acme');
    assert.equal(acme.length, 1);
    assert.equal(acme[0]!.value[1], '5');
    assert.deepEqual(await q('rw_test{enterprise="globex"}', 'acme'), []);
    const globex = await q('rw_test', 'globex');
    assert.equal(globex.length, 1);
    assert.equal(globex[0]!.metric.device, 'm9');

    const metrics = await (await fetch(`http://127.0.0.1:${srv.httpPort}/metrics`)).text();
    assert.match(
      metrics,
      /^sensorpath_remote_write_samples_total\{tenant="acme"\} 6$/m,
      'five samples and the redelivery',
    );
    assert.match(metrics, /^sensorpath_remote_write_queued_samples\{tenant="globex"\} 0$/m);

    const labels = await fetch(`http://127.0.0.1:${srv.httpPort}/api/v1/label/device/values`, {
      headers: { 'X-Scope-OrgID': 'acme' },
    });
    assert.deepEqual(((await labels.json()) as { data: string[] }).data, ['m1']);
  });
});

const hasPrometheus = spawnSync('prometheus', ['--version']).status === 0;

describe('remote storage mode (Prometheus: remote_write receiver and remote read)', {
  skip: hasPrometheus ? false : 'prometheus not installed (apt-get install prometheus)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-remote-prom-'));
  let prom: ChildProcess;
  let promUrl = '';
  let srv: ServerHandle;
  before(async () => {
    const port = await freePort();
    promUrl = `http://127.0.0.1:${port}`;
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
    srv = await startServer({
      dataDir: join(dir, 'sp'),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      promApi: ({ queryable }) => createPromApi({ queryable }),
      openStorage: (tenant) =>
        openRemoteStorage(
          tenant,
          { write: { url: `${promUrl}/api/v1/write` }, query: { url: promUrl } },
          () => Promise.reject(new Error('no local store in this test')),
        ),
    });
  });
  after(async () => {
    await srv?.close();
    if (prom && prom.exitCode === null)
      await new Promise<void>((r) => {
        prom.once('exit', () => r());
        prom.kill('SIGTERM');
      });
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back through remote read (no export API), tenant enforced', async () => {
    const t0 = Date.now() - 30_000;
    for (let i = 0; i < 4; i++)
      await srv.ingestor.ingestTopic(
        'acme/berlin/hall/l1/m1/metrics',
        `rr_test ${i} ${((t0 + i * 1000) / 1000).toFixed(3)}\n# EOF\n`,
      );
    await srv.ingestor.ingestTopic('globex/p/h/l/m9/metrics', `rr_test 9 ${(t0 / 1000).toFixed(3)}\n# EOF\n`);
    const q = async (query: string, tenant: string) => {
      const u = new URL(`http://127.0.0.1:${srv.httpPort}/api/v1/query`);
      u.searchParams.set('query', query);
      u.searchParams.set('time', String(Date.now() / 1000));
      const r = await fetch(u, { headers: { 'X-Scope-OrgID': tenant } });
      return (
        (await r.json()) as {
          data: { result: { metric: Record<string, string>; value: [number, string] }[] };
        }
      ).data.result;
    };
    const acme = await q('count_over_time(rr_test[5m])', 'acme');
    assert.equal(acme.length, 1);
    assert.equal(acme[0]!.metric.device, 'm1');
    assert.equal(acme[0]!.value[1], '4');
    assert.deepEqual(await q('rr_test{enterprise="globex"}', 'acme'), []);
    assert.equal((await q('rr_test', 'globex'))[0]!.value[1], '9');
  });
});
