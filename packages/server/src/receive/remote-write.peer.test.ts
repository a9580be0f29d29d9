/**
 * Peer test with a real Prometheus (`prometheus` on PATH, e.g. Debian's package): it scrapes
 * itself and remote_writes to our `/api/v1/write` with `basic_auth` set to a sensorpath edge
 * user, and the samples land in that user's tenant with the tenant label stamped. Run with
 * `node --import tsx --test packages/server/src/receive/remote-write.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@sensorpath/simulator';
import { pino } from 'pino';
import { type ServerHandle, startServer } from '../server.ts';

const hasPrometheus = spawnSync('prometheus', ['--version']).status === 0;

describe('Prometheus remote_write into sensorpath', {
  skip: hasPrometheus ? false : 'prometheus not installed',
}, () => {
  let srv: ServerHandle;
  let prom: ChildProcess;
  const dir = mkdtempSync(join(tmpdir(), 'sp-prom-rw-'));
  let reader = '';
  before(async () => {
    srv = await startServer({
      dataDir: join(dir, 'data'),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
    });
    const edge = await srv.users.create({
      tenant: 'acme',
      path: 'acme/berlin/#',
      role: 'edge',
      name: 'prom',
    });
    reader = (await srv.users.create({ tenant: 'acme', path: 'acme/#', role: 'reader', name: 'r' })).token;
    await srv.users.create({ tenant: 'globex', path: 'globex/#', role: 'reader', name: 'g' });
    const port = await freePort();
    writeFileSync(
      join(dir, 'prometheus.yml'),
      [
        'global: { scrape_interval: 1s }',
        'scrape_configs:',
        `  - job_name: self`,
        `    static_configs: [{ targets: ["127.0.0.1:${port}"] }]`,
        'remote_write:',
        `  - url: http://127.0.0.1:${srv.httpPort}/api/v1/write`,
        `    basic_auth: { username: prom, password: "${edge.token}" }`,
        '    queue_config: { batch_send_deadline: 1s, min_backoff: 100ms, max_backoff: 1s }',
        '',
      ].join('\n'),
    );
    prom = spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'prom')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
  });
  after(async () => {
    if (prom && prom.exitCode === null) {
      const exited = new Promise((r) => prom.once('exit', r));
      prom.kill('SIGTERM');
      await exited;
    }
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores what Prometheus pushes in the pushing tenant', async () => {
    const until = Date.now() + 30_000;
    let result: { metric: Record<string, string> }[] = [];
    while (Date.now() < until) {
      const r = await fetch(
        `http://127.0.0.1:${srv.httpPort}/api/v1/query?query=${encodeURIComponent('up{job="self"}')}`,
        {
          headers: { authorization: `Bearer ${reader}` },
        },
      );
      result = ((await r.json()) as { data: { result: typeof result } }).data.result;
      if (result.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.equal(result.length, 1, 'up{job="self"} arrived through remote_write');
    assert.equal(result[0]?.metric.enterprise, 'acme');
    assert.equal(result[0]?.metric.site, 'berlin');
    assert.ok(srv.ingestor.stats.samples > 10);
  });
});
