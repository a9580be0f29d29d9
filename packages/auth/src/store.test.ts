/**
 * Users and tokens: creation prints a token once and stores only its salted hash; the token
 * verifies (also through the cache), a wrong one or a revoked user is refused, and roles and scopes
 * are checked when the user is created.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Authenticator, checkPublish, checkQuery, checkSubscribe, tenantsFor } from './principal.ts';
import { UserStore } from './store.ts';

describe('UserStore and Authenticator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-auth-'));
  const users = new UserStore(join(dir, 'auth.db'));
  const auth = new Authenticator({ users });
  after(() => {
    users.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts empty: open mode', () => {
    assert.equal(auth.required(), false);
  });

  it('creates a user, stores only a hash, and verifies the token', async () => {
    const { user, token } = await users.create({ tenant: 'acme', path: 'acme/berlin/#', role: 'edge' });
    assert.match(user.username, /^acme-edge-[0-9a-f]{4}$/);
    assert.match(token, /^spt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    assert.equal(auth.required(), true);
    const db = readFileSync(join(dir, 'auth.db'));
    assert.equal(db.includes(token.slice(21)), false, 'the secret is not in the database');
    const p = await auth.verify(token, user.username);
    assert.deepEqual(p, {
      username: user.username,
      tenant: 'acme',
      scope: 'acme/berlin/#',
      role: 'edge',
      source: 'token',
    });
    assert.deepEqual(await auth.verify(token), p, 'cached, no user name');
    const basic = `Basic ${Buffer.from(`${user.username}:${token}`).toString('base64')}`;
    assert.deepEqual(await auth.fromHeader(basic), p);
  });

  it('refuses wrong tokens, wrong user names and revoked users', async () => {
    const { user, token } = await users.create({
      tenant: 'acme',
      path: 'acme/#',
      role: 'reader',
      name: 'r1',
    });
    const wrong = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await assert.rejects(auth.verify(wrong), { code: 'AUTH_BAD_TOKEN' });
    await assert.rejects(auth.verify('nonsense'), { code: 'AUTH_BAD_TOKEN' });
    await assert.rejects(auth.verify(token, 'someone-else'), { code: 'AUTH_BAD_TOKEN' });
    const p = await auth.verify(token, 'r1');
    users.revoke(user.username);
    await assert.rejects(auth.verify(token, 'r1'), { code: 'AUTH_REVOKED' });
    assert.equal(auth.stillValid(p), false);
    assert.throws(() => users.revoke('nobody'), { code: 'AUTH_UNKNOWN_USER' });
  });

  it('checks roles, scopes and names at creation', async () => {
    await assert.rejects(users.create({ tenant: 'acme', path: 'acme/#', role: 'root' }), {
      code: 'AUTH_BAD_REQUEST',
    });
    await assert.rejects(users.create({ tenant: 'acme', path: 'other/#', role: 'edge' }), {
      code: 'AUTH_BAD_SCOPE',
    });
    await assert.rejects(users.create({ tenant: '*', path: '#', role: 'reader' }), {
      code: 'AUTH_BAD_REQUEST',
    });
    await assert.rejects(users.create({ tenant: 'acme', path: 'acme/#', role: 'edge', name: 'r1' }), {
      code: 'AUTH_BAD_REQUEST',
    });
  });

  it('applies the role rules', () => {
    const edge = {
      username: 'e',
      tenant: 'acme',
      scope: 'acme/berlin/#',
      role: 'edge',
      source: 'token',
    } as const;
    const reader = { ...edge, role: 'reader' } as const;
    checkPublish(edge, 'acme/berlin/a/l/d/metrics');
    assert.throws(() => checkPublish(edge, 'globex/berlin/a/l/d/metrics'), { code: 'AUTH_SCOPE_DENIED' });
    assert.throws(() => checkPublish(edge, 'acme/berlin/a/l/d/config'), { code: 'AUTH_ROLE_DENIED' });
    assert.throws(() => checkPublish(reader, 'acme/berlin/a/l/d/metrics'), { code: 'AUTH_ROLE_DENIED' });
    assert.throws(() => checkSubscribe(edge, '#'), { code: 'AUTH_SCOPE_DENIED' });
    assert.throws(() => checkQuery(edge), { code: 'AUTH_ROLE_DENIED' });
    assert.deepEqual(tenantsFor(reader, undefined), ['acme']);
    assert.deepEqual(tenantsFor(reader, 'acme'), ['acme']);
    assert.throws(() => tenantsFor(reader, 'globex'), { code: 'AUTH_TENANT_DENIED' });
    assert.equal(tenantsFor({ ...reader, tenant: '*', role: 'admin' }, undefined), undefined);
  });
});
