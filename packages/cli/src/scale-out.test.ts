/**
 * The scale-out flags of `sensorpath server` resolve as documented (docs/scale-out.md): `--broker`
 * turns the embedded broker off unless `--mqtt` is given and keeps the client id in the data
 * directory (refusing a directory a live receiver uses); the remote flags need an http(s) URL, `--remote-query` needs `--remote-write`, and a
 * half-given combination fails with a UsageError naming the flag.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ExternalBrokerError } from '@sensorpath/server';
import { UsageError } from './args.ts';
import { brokerOptions, remoteOptions } from './commands/server.ts';

describe('server scale-out flags', () => {
  it('--broker: embedded broker off unless --mqtt, client id kept in the data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-flags-'));
    try {
      const o = brokerOptions({ broker: 'mqtt://127.0.0.1:1883', data: dir });
      assert.equal(o.embeddedBroker, false);
      assert.equal(o.externalBroker?.clientId, readFileSync(join(dir, 'mqtt-client-id'), 'utf8').trim());
      assert.equal(
        brokerOptions({ broker: 'mqtt://h:1', data: dir }).externalBroker?.clientId,
        o.externalBroker?.clientId,
      );
      const p = brokerOptions({
        broker: 'mqtt://h:1',
        mqtt: '127.0.0.1:1883',
        'client-id': 'rx1',
        'share-group': 'g',
        'session-expiry': '60',
      });
      assert.equal(p.embeddedBroker, true);
      assert.deepEqual(p.externalBroker, {
        url: 'mqtt://h:1',
        clientId: 'rx1',
        group: 'g',
        sessionExpirySeconds: 60,
      });
      assert.deepEqual(brokerOptions({}), {});
      assert.throws(() => brokerOptions({ 'client-id': 'x' }), /--client-id needs --broker/);
      assert.throws(
        () => brokerOptions({ broker: 'mqtt://h:1', 'client-id': 'x', 'session-expiry': '-1' }),
        UsageError,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a data directory in use by a live receiver is refused; a dead one is taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-lock-'));
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, 'receiver.pid'), `${other.pid}\n`);
      assert.throws(
        () => brokerOptions({ broker: 'mqtt://h:1', data: dir }),
        (e: unknown) => e instanceof ExternalBrokerError && e.code === 'EXTERNAL_BROKER_IN_USE',
      );
      assert.ok(brokerOptions({ broker: 'mqtt://h:1', data: dir, 'client-id': 'explicit' }).externalBroker);
      await new Promise<void>((r) => {
        other.once('exit', () => r());
        other.kill('SIGKILL');
      });
      assert.ok(brokerOptions({ broker: 'mqtt://h:1', data: dir }).externalBroker?.clientId);
      assert.equal(readFileSync(join(dir, 'receiver.pid'), 'utf8').trim(), String(process.pid));
    } finally {
      other.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--remote-write / --remote-query / --remote-tenant', () => {
    assert.equal(remoteOptions({}), undefined);
    assert.deepEqual(remoteOptions({ 'remote-write': 'http://vm:8428/api/v1/write' }), {
      write: { url: 'http://vm:8428/api/v1/write', tenantMode: 'label' },
      query: undefined,
    });
    assert.deepEqual(
      remoteOptions({
        'remote-write': 'http://m/api/v1/push',
        'remote-query': 'http://m/prometheus',
        'remote-tenant': 'header',
      }),
      {
        write: { url: 'http://m/api/v1/push', tenantMode: 'header' },
        query: { url: 'http://m/prometheus', tenantMode: 'header' },
      },
    );
    assert.throws(
      () => remoteOptions({ 'remote-query': 'http://vm:8428' }),
      /--remote-query needs --remote-write/,
    );
    assert.throws(() => remoteOptions({ 'remote-write': 'vm:8428' }), /--remote-write vm:8428: use an http/);
    assert.throws(
      () => remoteOptions({ 'remote-write': 'http://vm', 'remote-tenant': 'path' }),
      /--remote-tenant path/,
    );
  });
});
