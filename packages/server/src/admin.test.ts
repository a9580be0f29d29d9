/**
 * The admin API for users: in open mode the anonymous operator (loopback only) creates the first
 * user, which ends open mode at once; a tenant admin creates users only in its tenant and inside
 * its own scope, lists only those, and a revocation disconnects the revoked user's MQTT sessions.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { type ServerHandle, startServer } from './server.ts';

describe('admin API: users', () => {
  let srv: ServerHandle;
  const dir = mkdtempSync(join(tmpdir(), 'sp-admin-'));
  let admin = '';
  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
    });
  });
  after(async () => {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const r = await fetch(`http://127.0.0.1:${srv.httpPort}/api/v1/admin/${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: r.status,
      body: (await r.json()) as Record<string, unknown> & Record<string, unknown>[],
    };
  };

  it('lets the open-mode operator create the first user, which ends open mode', async () => {
    assert.equal(srv.access.open, true);
    const r = await call('POST', 'users', undefined, {
      tenant: 'acme',
      path: 'acme/berlin/#',
      role: 'admin',
      name: 'berlin-admin',
    });
    assert.equal(r.status, 201);
    assert.match(String(r.body.token), /^spt_/);
    admin = String(r.body.token);
    assert.equal(srv.access.open, false);
    assert.equal((await call('GET', 'users')).status, 401, 'anonymous no more');
  });

  it('keeps a tenant admin inside its tenant and scope', async () => {
    const wider = await call('POST', 'users', admin, { tenant: 'acme', path: 'acme/#', role: 'reader' });
    assert.equal(wider.status, 403);
    const other = await call('POST', 'users', admin, { tenant: 'globex', path: 'globex/#', role: 'edge' });
    assert.equal(other.status, 403);
    const bad = await call('POST', 'users', admin, { tenant: 'acme', path: 'acme/berlin/#', role: 'root' });
    assert.equal(bad.status, 400);
    const ok = await call('POST', 'users', admin, {
      tenant: 'acme',
      path: 'acme/berlin/hall/#',
      role: 'edge',
      name: 'e1',
    });
    assert.equal(ok.status, 201);
    assert.deepEqual([ok.body.scope, ok.body.role], ['acme/berlin/hall/#', 'edge']);
    await srv.users.create({ tenant: 'acme', path: 'acme/paris/#', role: 'reader', name: 'paris-reader' });
    const list = await call('GET', 'users', admin);
    assert.deepEqual(
      (list.body as unknown as { username: string }[]).map((u) => u.username).sort(),
      ['berlin-admin', 'e1'],
      'the paris user lies outside the scope',
    );
    assert.equal((await call('GET', 'users?tenant=globex', admin)).status, 403);
  });

  it('revokes a user and disconnects its MQTT sessions', async () => {
    const e1 = await srv.users.create({ tenant: 'acme', path: 'acme/berlin/#', role: 'edge', name: 'e2' });
    const c = await connectAsync(`mqtt://127.0.0.1:${srv.mqttPort}`, {
      username: 'e2',
      password: e1.token,
      reconnectPeriod: 0,
    });
    const closed = new Promise<void>((r) => c.once('close', () => r()));
    const r = await call('DELETE', 'users/e2', admin);
    assert.equal(r.status, 200);
    assert.equal(r.body.disconnected, 1);
    assert.ok(r.body.revokedAt);
    await closed;
    assert.equal((await call('DELETE', 'users/paris-reader', admin)).status, 403, 'outside the scope');
    assert.equal((await call('DELETE', 'users/nobody', admin)).status, 404);
  });
});
