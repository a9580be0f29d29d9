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
        'max-in-flight': '8',
      });
      assert.equal(p.embeddedBroker, true);
      assert.deepEqual(p.externalBroker, {
        url: 'mqtt://h:1',
        clientId: 'rx1',
        group: 'g',
        sessionExpirySeconds: 60,
        maxInFlight: 8,
      });
      assert.throws(
        () => brokerOptions({ broker: 'mqtt://h:1', 'client-id': 'x', 'max-in-flight': '0' }),
        /--max-in-flight/,
      );
      assert.throws(() => brokerOptions({ 'max-in-flight': '4' }), /--max-in-flight needs --broker/);
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

  it('--remote-write / --remote-query / --remote-dialect', () => {
    assert.equal(remoteOptions({}), undefined);
    assert.deepEqual(remoteOptions({ data: '/d', 'remote-write': 'http://vm:8428/api/v1/write' }), {
      dialect: 'prometheus',
      writeUrl: 'http://vm:8428/api/v1/write',
      queryUrl: undefined,
      accounts: undefined,
      queueRoot: '/d/remote-write',
      maxQueueBytes: undefined,
      fsync: 'commit',
    });
    assert.deepEqual(
      remoteOptions({
        data: '/d',
        'remote-write': 'http://vminsert:8480',
        'remote-query': 'http://vmselect:8481',
        'remote-dialect': 'victoriametrics-cluster',
        'remote-account': ['acme=7', 'globex=8:1'],
        'remote-queue-max-bytes': '1048576',
        'remote-queue-fsync': 'none',
      }),
      {
        dialect: 'victoriametrics-cluster',
        writeUrl: 'http://vminsert:8480',
        queryUrl: 'http://vmselect:8481',
        accounts: { acme: '7', globex: '8:1' },
        queueRoot: '/d/remote-write',
        maxQueueBytes: 1048576,
        fsync: 'none',
      },
    );
    // The older --remote-tenant header is the mimir dialect.
    assert.equal(
      remoteOptions({ 'remote-write': 'http://m/api/v1/push', 'remote-tenant': 'header' })?.dialect,
      'mimir',
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
    assert.throws(
      () => remoteOptions({ 'remote-write': 'http://vm', 'remote-dialect': 'thanos' }),
      /--remote-dialect thanos: use one of prometheus, victoriametrics, victoriametrics-cluster, mimir/,
    );
    assert.throws(
      () => remoteOptions({ 'remote-write': 'http://vm', 'remote-account': ['acme=7'] }),
      /--remote-account needs --remote-dialect victoriametrics-cluster/,
    );
    assert.throws(
      () =>
        remoteOptions({
          'remote-write': 'http://vm',
          'remote-dialect': 'victoriametrics-cluster',
          'remote-account': ['acme'],
        }),
      /--remote-account acme: use TENANT=ACCOUNTID/,
    );
    assert.throws(
      () => remoteOptions({ 'remote-dialect': 'mimir' }),
      /--remote-dialect needs --remote-write/,
    );
    assert.throws(
      () => remoteOptions({ 'remote-write': 'http://vm', 'remote-queue-fsync': 'always' }),
      /--remote-queue-fsync always: use commit or none/,
    );
  });
});
