/**
 * The dynsec admin flags of `sensorpath server`: where the password comes from, and the errors
 * for a missing or doubled piece. The provisioning itself is checked against Mosquitto in
 * packages/server/src/dynsec.peer.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BROKER_ADMIN_PASSWORD_ENV, brokerAdminOptions } from './server-broker-admin.ts';

describe('--broker-admin-* flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-brokeradmin-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const broker = 'mqtt://127.0.0.1:1883';

  it('is off without --broker-admin-user', () => {
    assert.deepEqual(brokerAdminOptions({ broker }, {}), {});
  });

  it('takes the password from a file, the environment or the flag', () => {
    const file = join(dir, 'pw');
    writeFileSync(file, 's3cret\n');
    assert.deepEqual(
      brokerAdminOptions({ broker, 'broker-admin-user': 'admin', 'broker-admin-password-file': file }, {}),
      { brokerAdmin: { username: 'admin', password: 's3cret' } },
    );
    assert.deepEqual(
      brokerAdminOptions(
        { broker, 'broker-admin-user': 'admin' },
        { [BROKER_ADMIN_PASSWORD_ENV]: 'fromenv' },
      ),
      { brokerAdmin: { username: 'admin', password: 'fromenv' } },
    );
    assert.deepEqual(
      brokerAdminOptions(
        { broker, 'broker-admin-user': 'admin', 'broker-admin-password': 'flag' },
        { [BROKER_ADMIN_PASSWORD_ENV]: 'fromenv' },
      ).brokerAdmin?.password,
      'flag',
    );
  });

  it('names the missing or conflicting flag', () => {
    assert.throws(
      () => brokerAdminOptions({ 'broker-admin-user': 'admin', 'broker-admin-password': 'x' }, {}),
      /--broker-admin-user needs --broker mqtt:\/\/HOST:PORT/,
    );
    assert.throws(
      () => brokerAdminOptions({ broker, 'broker-admin-password': 'x' }, {}),
      /--broker-admin-password needs --broker-admin-user/,
    );
    assert.throws(
      () => brokerAdminOptions({ broker, 'broker-admin-user': 'admin' }, {}),
      /--broker-admin-user admin: no password; give --broker-admin-password-file FILE/,
    );
    assert.throws(
      () =>
        brokerAdminOptions(
          {
            broker,
            'broker-admin-user': 'a',
            'broker-admin-password': 'x',
            'broker-admin-password-file': 'f',
          },
          {},
        ),
      /give only one/,
    );
    assert.throws(
      () =>
        brokerAdminOptions(
          { broker, 'broker-admin-user': 'a', 'broker-admin-password-file': join(dir, 'missing') },
          {},
        ),
      /--broker-admin-password-file .*missing: cannot read it \(ENOENT\)/,
    );
  });
});
