/**
 * The checked interface of tenancy, as an operator runs it: `sensorpath user create … --json` on a
 * data directory, then `sensorpath server --data DIR` (the real wiring: TSDB and PromQL API)
 * enforces it. An edge user of tenant A cannot publish under tenant B's path; a reader of A sees
 * none of B's series through /api/v1/series or /api/v1/query; the server, with users present,
 * binds a non-loopback address.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';

const BIN = fileURLToPath(new URL('../bin/sensorpath.js', import.meta.url));

/** `sensorpath user create … --json`, run as a child process (several may run at once). */
function createUser(
  dir: string,
  tenant: string,
  path: string,
  role: string,
): Promise<{ username: string; token: string }> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [
      BIN,
      'user',
      'create',
      '--tenant',
      tenant,
      '--path',
      path,
      '--role',
      role,
      '--json',
      '--data',
      dir,
    ]);
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => {
      out += d;
    });
    c.stderr.on('data', (d) => {
      err += d;
    });
    c.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`user create exited ${code}: ${err}`));
      const parsed = JSON.parse(out) as { username: string; token: string };
      assert.deepEqual(Object.keys(parsed).sort(), ['token', 'username']);
      resolve(parsed);
    });
  });
}

describe('sensorpath user + server: tenant isolation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-cli-tenancy-'));
  let child: ChildProcess | undefined;
  let http = 0;
  let mqtt = 0;
  const u: Record<string, { username: string; token: string }> = {};

  before(async () => {
    [u.aEdge, u.bEdge, u.aReader] = await Promise.all([
      createUser(dir, 'acme', 'acme/berlin/#', 'edge'),
      createUser(dir, 'globex', 'globex/#', 'edge'),
      createUser(dir, 'acme', 'acme/#', 'reader'),
    ]);
    [http, mqtt] = [await freePort(), await freePort()];
    // With users present, binding all interfaces is allowed (auth is required everywhere).
    child = spawn(
      process.execPath,
      [
        BIN,
        'server',
        '--data',
        dir,
        '--http',
        `0.0.0.0:${http}`,
        '--mqtt',
        `0.0.0.0:${mqtt}`,
        '--log-level',
        'error',
      ],
      { stdio: 'ignore' },
    );
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const ok = await fetch(`http://127.0.0.1:${http}/-/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('server did not become ready');
  });

  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const body = (name: string) => `# TYPE ${name} gauge\n${name} 1\n# EOF\n`;

  it('lets each edge publish in its own tenant and refuses tenant A under tenant B', async () => {
    const b = await connectAsync(`mqtt://127.0.0.1:${mqtt}`, {
      ...u.bEdge!,
      password: u.bEdge!.token,
      reconnectPeriod: 0,
    });
    await b.publishAsync('globex/paris/hall/l1/m1/metrics', body('secret_b'), { qos: 1 });
    await b.endAsync();
    const a = await connectAsync(`mqtt://127.0.0.1:${mqtt}`, {
      ...u.aEdge!,
      password: u.aEdge!.token,
      reconnectPeriod: 0,
    });
    await a.publishAsync('acme/berlin/hall/l1/m1/metrics', body('mine_a'), { qos: 1 });
    const closed = new Promise<void>((r) => a.once('close', () => r()));
    a.publish('globex/paris/hall/l1/m1/metrics', body('forged_by_a'), { qos: 1 });
    await closed;
    await a.endAsync(true);
    await assert.rejects(
      connectAsync(`mqtt://127.0.0.1:${mqtt}`, { reconnectPeriod: 0 }),
      /Not authorized/i,
      'anonymous refused',
    );
  });

  it('shows reader A none of tenant B through /api/v1/series and /api/v1/query', async () => {
    const get = async (path: string) => {
      const r = await fetch(`http://127.0.0.1:${http}${path}`, {
        headers: { authorization: `Bearer ${u.aReader!.token}` },
      });
      assert.equal(r.status, 200);
      return (await r.json()) as { data: unknown };
    };
    const series = (await get(`/api/v1/series?match[]=${encodeURIComponent('{__name__=~".+"}')}`))
      .data as Record<string, string>[];
    assert.ok(series.some((s) => s.__name__ === 'mine_a'));
    assert.ok(
      series.every((s) => s.enterprise === 'acme'),
      JSON.stringify(series),
    );
    for (const q of [
      'secret_b',
      'forged_by_a',
      '{enterprise="globex"}',
      'count({__name__=~".+"}) by (enterprise)',
    ]) {
      const r = (await get(`/api/v1/query?query=${encodeURIComponent(q)}`)).data as {
        result: { metric: Record<string, string> }[];
      };
      assert.ok(
        r.result.every((s) => s.metric.enterprise !== 'globex'),
        `${q}: ${JSON.stringify(r.result)}`,
      );
      if (q !== 'count({__name__=~".+"}) by (enterprise)') assert.deepEqual(r.result, [], q);
    }
    const noAuth = await fetch(`http://127.0.0.1:${http}/api/v1/query?query=secret_b`);
    assert.equal(noAuth.status, 401);
  });

  it('revokes on the data directory while the server runs: the token stops working at once', async () => {
    const list = spawnSync(process.execPath, [BIN, 'user', 'list', '--json', '--data', dir], {
      encoding: 'utf8',
    });
    const users = JSON.parse(list.stdout) as { username: string; role: string }[];
    assert.equal(users.length, 3);
    const revoke = spawnSync(process.execPath, [BIN, 'user', 'revoke', u.aReader!.username, '--data', dir], {
      encoding: 'utf8',
    });
    assert.equal(revoke.status, 0, revoke.stderr);
    const r = await fetch(`http://127.0.0.1:${http}/api/v1/query?query=mine_a`, {
      headers: { authorization: `Bearer ${u.aReader!.token}` },
    });
    assert.equal(r.status, 401);
    assert.equal(((await r.json()) as { code: string }).code, 'AUTH_REVOKED');
  });
});
