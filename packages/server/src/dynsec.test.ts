/**
 * The dynsec plan without a broker: which ACLs a user's role and scope become, and which commands
 * turn the broker's state into the wanted one (none when it matches, so a restart writes nothing;
 * a role before the client naming it; foreign clients left alone). Mosquitto itself is exercised in
 * dynsec.peer.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { User } from '@sensorpath/auth';
import {
  type BrokerState,
  planAccount,
  type RemoteClient,
  type RemoteRole,
  receiverAcls,
  userAccount,
  userAcls,
} from './dynsec.ts';

const user = (over: Partial<User> = {}): User => ({
  username: 'acme-edge-1',
  tenant: 'acme',
  scope: 'acme/berlin/#',
  role: 'edge',
  createdAt: 0,
  revokedAt: null,
  ...over,
});

const state = (clients: RemoteClient[] = [], roles: RemoteRole[] = []): BrokerState => ({
  clients: new Map(clients.map((c) => [c.username, c])),
  roles: new Map(roles.map((r) => [r.rolename, r])),
});

/** The broker state after `planAccount`'s commands for `u` ran on an empty broker. */
const provisioned = (u: User): BrokerState => {
  const a = userAccount(u, undefined);
  return state(
    [{ username: a.username, textname: a.textname, roles: [{ rolename: a.rolename }] }],
    // Mosquitto lists ACLs in its own order: compare as sets.
    [{ rolename: a.rolename, acls: [...a.acls].reverse() }],
  );
};

describe('dynsec ACLs', () => {
  it('mirror the roles of @sensorpath/auth', () => {
    const f = (role: User['role']) =>
      userAcls({ role, scope: 'acme/berlin/#' }).map(
        (a) => `${a.acltype} ${a.topic} ${a.allow ? 'allow' : 'deny'} ${a.priority}`,
      );
    const common = [
      'subscribePattern acme/berlin/# allow 0',
      'publishClientReceive acme/berlin/# allow 1',
      'publishClientReceive # deny 0',
    ];
    assert.deepEqual(f('reader'), common);
    assert.deepEqual(f('edge'), [
      ...common,
      'publishClientSend +/+/+/+/+/config deny 1',
      'publishClientSend acme/berlin/# allow 0',
    ]);
    assert.deepEqual(f('admin'), [...common, 'publishClientSend acme/berlin/# allow 0']);
    assert.deepEqual(
      receiverAcls('g').map((a) => `${a.acltype} ${a.topic} ${a.allow ? 'allow' : 'deny'}`),
      [
        'subscribePattern $share/g/+/+/+/+/+/metrics allow',
        'subscribePattern +/+/+/+/+/metrics allow',
        'subscribePattern +/+/+/+/+/state allow',
        'publishClientSend +/+/+/+/+/config allow',
      ],
    );
  });
});

describe('dynsec plan', () => {
  it('creates the role before the client, with the token as password', () => {
    const p = planAccount(userAccount(user(), 'spt_x'), state());
    assert.deepEqual(
      p.commands.map((c) => c.command),
      ['createRole', 'createClient'],
    );
    assert.equal(p.commands[1]!.password, 'spt_x');
    assert.deepEqual(p.commands[1]!.roles, [{ rolename: 'sensorpath-user-acme-edge-1' }]);
    assert.equal(p.made, true);
    const noToken = planAccount(userAccount(user(), undefined), state());
    assert.equal('password' in noToken.commands[1]!, false, 'no token known: no password');
  });

  it('writes nothing when the broker already matches', () => {
    for (const role of ['edge', 'reader', 'admin'] as const) {
      const u = user({ role });
      assert.deepEqual(planAccount(userAccount(u, undefined), provisioned(u)).commands, []);
    }
  });

  it('corrects a changed scope, role list or textname, and resets a given password', () => {
    const before = provisioned(user());
    const widened = planAccount(userAccount(user({ scope: 'acme/#' }), undefined), before);
    assert.deepEqual(
      widened.commands.map((c) => c.command),
      ['modifyRole', 'modifyClient'],
      'new ACLs, and the textname that names the scope',
    );
    const c = before.clients.get('acme-edge-1')!;
    c.roles = [{ rolename: 'sensorpath-user-acme-edge-1' }, { rolename: 'admin' }];
    const p = planAccount(userAccount(user(), 'spt_new'), before);
    assert.deepEqual(
      p.commands.map((x) => x.command),
      ['modifyClient', 'setClientPassword'],
      'an extra role is removed; the password is set',
    );
  });

  it('deletes the client and the role of a revoked user, and nothing that is not there', () => {
    const revoked = user({ revokedAt: 1 });
    assert.deepEqual(planAccount(userAccount(revoked, undefined), provisioned(user())).commands, [
      { command: 'deleteClient', username: 'acme-edge-1' },
      { command: 'deleteRole', rolename: 'sensorpath-user-acme-edge-1' },
    ]);
    assert.deepEqual(planAccount(userAccount(revoked, undefined), state()).commands, []);
  });

  it('leaves a client sensorpath did not create alone', () => {
    const foreign = state([{ username: 'acme-edge-1', textname: 'made by hand', roles: [] }]);
    const p = planAccount(userAccount(user(), 'spt_x'), foreign);
    assert.equal(p.conflict, true, 'an active user of that name is reported');
    assert.deepEqual(p.commands, []);
    const r = planAccount(userAccount(user({ revokedAt: 1 }), undefined), foreign);
    assert.equal(r.conflict, false, 'a revoked one has nothing there to remove');
    assert.deepEqual(r.commands, []);
  });
});
