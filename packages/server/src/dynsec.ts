/**
 * Tenancy with an external Mosquitto: the server keeps Mosquitto's dynamic security plugin
 * (`mosquitto_dynamic_security.so`) in step with the users in `auth.db`, so that "create an API user
 * with a sensor path" gives the same MQTT rights through the external broker as through the
 * embedded one. Each sensorpath user becomes a dynsec client of the same name, password = its
 * token, holding one role `sensorpath-user-<name>` whose ACLs are the user's scope and role (see
 * `userAcls`); the receivers get the role `sensorpath-receiver-<group>` to read every
 * `…/metrics` through their shared subscription.
 *
 * Protocol (Mosquitto 2.0 dynsec, JSON over MQTT): a client holding the plugin's admin role
 * publishes `{"commands":[{"command":…, "correlationData":…}, …]}` to `$CONTROL/dynamic-security/v1`
 * and the plugin answers on `…/v1/response` with `{"responses":[{"command", "error"?, "data"?,
 * "correlationData"?}]}`; a command succeeded when its answer has no `error`. Commands are matched
 * to answers by the `correlationData` each carries, so several servers may administer one broker.
 *
 * Reconciling: `planAccount` compares what a user needs with what the broker holds and yields only
 * the missing commands, so a restart with nothing changed writes nothing. At start two commands
 * (`listClients`, `listRoles`, verbose) read the broker and the changes go in batches of 100
 * commands per message; one command per round trip took 40 s for 200 users on a loaded machine.
 *
 * Ownership: the server manages only dynsec clients whose `textname` starts with `sensorpath`
 * (those it created); a client of the same name made by someone else is reported as a conflict and
 * left alone. A token is known only at creation (auth.db keeps a hash), so a user created on the
 * data directory by the CLI gets its dynsec client without a password (Mosquitto refuses its login)
 * and a warning; create users through the admin API (`sensorpath user create --url …`) instead.
 */
import { randomBytes } from 'node:crypto';
import type { User, UserStore } from '@sensorpath/auth';
import { connect, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';

export const DYNSEC_TOPIC = '$CONTROL/dynamic-security/v1';
export const DYNSEC_RESPONSE_TOPIC = `${DYNSEC_TOPIC}/response`;
/** `textname` prefix of the clients sensorpath manages. */
const OWNED = 'sensorpath';

export type DynsecErrorCode =
  /** Options are missing or malformed. */
  | 'DYNSEC_CONFIG'
  /** The admin client could not connect or subscribe to the response topic. */
  | 'DYNSEC_CONNECT'
  /** The broker refused the command publish, or no answer came (plugin not loaded, not an admin). */
  | 'DYNSEC_NO_ANSWER'
  /** The plugin answered a command with an error. */
  | 'DYNSEC_COMMAND'
  /** A dynsec client of that name exists and is not managed by sensorpath. */
  | 'DYNSEC_CONFLICT';

export class DynsecError extends Error {
  constructor(
    readonly code: DynsecErrorCode,
    message: string,
    options?: { cause?: unknown; user?: string },
  ) {
    super(message, options);
    this.name = 'DynsecError';
    this.user = options?.user;
  }
  readonly user: string | undefined;
}

export type AclType =
  | 'publishClientSend'
  | 'publishClientReceive'
  | 'subscribeLiteral'
  | 'subscribePattern'
  | 'unsubscribeLiteral'
  | 'unsubscribePattern';

export interface DynsecAcl {
  acltype: AclType;
  topic: string;
  allow: boolean;
  /** Higher is checked first; the first matching ACL decides. @default 0 */
  priority?: number;
}

export interface DynsecCommand {
  command: string;
  [field: string]: unknown;
}

export interface DynsecAnswer {
  command: string;
  error?: string;
  data?: Record<string, unknown>;
}

export interface DynsecConnectOptions {
  /** The broker, `mqtt://HOST:PORT` (credentials in it are ignored: the admin's are used). */
  url: string;
  username: string;
  password: string;
  /** @default `sensorpath-dynsec-<random>` (clean session, never persistent). */
  clientId?: string;
  /** How long to wait for an answer (ms). @default 5000 */
  timeoutMs?: number;
  logger: Logger;
}

/** The admin side of the dynsec JSON protocol: send commands, get their answers. */
export class DynsecClient {
  private readonly pending = new Map<string, (a: DynsecAnswer) => void>();
  private readonly prefix = randomBytes(6).toString('hex');
  private seq = 0;

  private constructor(
    private readonly mqtt: MqttClient,
    private readonly opts: DynsecConnectOptions,
  ) {
    mqtt.on('message', (topic, payload) => {
      if (topic === DYNSEC_RESPONSE_TOPIC) this.onResponse(payload);
    });
  }

  static async connect(opts: DynsecConnectOptions): Promise<DynsecClient> {
    const url = adminUrl(opts.url);
    const mqtt = connect(url, {
      protocolVersion: 5,
      clientId: opts.clientId ?? `sensorpath-dynsec-${randomBytes(6).toString('hex')}`,
      clean: true,
      username: opts.username,
      password: opts.password,
      reconnectPeriod: 1000,
      connectTimeout: 10_000,
      resubscribe: true,
    });
    const log = opts.logger.child({ component: 'dynsec' });
    try {
      await new Promise<void>((ok, fail) => {
        const t = setTimeout(
          () =>
            fail(
              new DynsecError(
                'DYNSEC_CONNECT',
                `broker admin ${opts.username} at ${url}: no CONNACK within 10 s; is the broker reachable?`,
              ),
            ),
          10_000,
        );
        mqtt.once('connect', () => {
          clearTimeout(t);
          ok();
        });
        // A refused login (bad user name or password, not authorised) ends the first attempt.
        mqtt.once('error', (err) => {
          clearTimeout(t);
          fail(
            new DynsecError(
              'DYNSEC_CONNECT',
              `broker admin ${opts.username} at ${url}: ${err.message}; check --broker-admin-user and --broker-admin-password (the client made by "mosquitto_ctrl dynsec init")`,
              { cause: err },
            ),
          );
        });
      });
      await new Promise<void>((ok, fail) => {
        mqtt.subscribe(DYNSEC_RESPONSE_TOPIC, { qos: 1 }, (err, granted) => {
          const code = granted?.[0]?.qos;
          if (err || code === undefined || code > 2)
            return fail(
              new DynsecError(
                'DYNSEC_CONNECT',
                `broker admin ${opts.username}: subscription to ${DYNSEC_RESPONSE_TOPIC} refused (${err?.message ?? `reason ${code}`}); give this client the dynsec admin role`,
                { cause: err },
              ),
            );
          ok();
        });
      });
    } catch (err) {
      await mqtt.endAsync(true);
      throw err;
    }
    mqtt.on('error', (err) => log.warn({ err: err.message }, 'dynsec admin connection'));
    return new DynsecClient(mqtt, opts);
  }

  /**
   * Sends the commands in one message; resolves with their answers in order. Throws
   * DYNSEC_NO_ANSWER when the broker refuses the publish or an answer does not come in time.
   * Answers with an `error` are returned, not thrown: callers decide which errors are fine
   * ("Client not found" when deleting).
   */
  async send(commands: readonly DynsecCommand[]): Promise<DynsecAnswer[]> {
    const ids = commands.map(() => `${this.prefix}-${++this.seq}`);
    const timeoutMs = this.opts.timeoutMs ?? 5000;
    const answers = ids.map(
      (id) =>
        new Promise<DynsecAnswer>((ok, fail) => {
          const t = setTimeout(() => {
            this.pending.delete(id);
            fail(
              new DynsecError(
                'DYNSEC_NO_ANSWER',
                `no answer from Mosquitto's dynamic security plugin within ${timeoutMs} ms: is mosquitto_dynamic_security.so loaded (plugin and plugin_opt_config_file in mosquitto.conf)?`,
              ),
            );
          }, timeoutMs);
          this.pending.set(id, (a) => {
            clearTimeout(t);
            this.pending.delete(id);
            ok(a);
          });
        }),
    );
    const payload = JSON.stringify({
      commands: commands.map((c, i) => ({ ...c, correlationData: ids[i] })),
    });
    try {
      // MQTT 5 QoS 1: a client without the right to publish to $CONTROL gets PUBACK 0x87.
      await this.mqtt.publishAsync(DYNSEC_TOPIC, payload, { qos: 1 });
    } catch (err) {
      for (const id of ids) this.pending.get(id)?.({ command: '', error: 'not sent' });
      throw new DynsecError(
        'DYNSEC_NO_ANSWER',
        `broker refused the dynsec command (${(err as Error).message}): ${this.opts.username} needs the dynsec admin role (publishClientSend ${DYNSEC_TOPIC})`,
        { cause: err },
      );
    }
    return Promise.all(answers);
  }

  async close(): Promise<void> {
    await this.mqtt.endAsync(false);
  }

  private onResponse(payload: Buffer): void {
    let body: { responses?: unknown };
    try {
      body = JSON.parse(payload.toString('utf8')) as { responses?: unknown };
    } catch {
      return;
    }
    if (!Array.isArray(body.responses)) return;
    for (const r of body.responses as (DynsecAnswer & { correlationData?: unknown })[]) {
      // Answers to other administrators (other receivers, mosquitto_ctrl) carry other ids, or none.
      if (typeof r.correlationData === 'string') this.pending.get(r.correlationData)?.(r);
    }
  }
}

/** The broker URL without its credentials (the receiver's), for the admin connection. */
function adminUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch (err) {
    throw new DynsecError('DYNSEC_CONFIG', `--broker ${url}: not a URL; use mqtt://HOST:PORT`, {
      cause: err,
    });
  }
  u.username = '';
  u.password = '';
  return u.toString();
}

/**
 * The ACLs of a user's role, mirroring `checkPublish`/`checkSubscribe` of @sensorpath/auth:
 * everyone subscribes inside its scope (dynsec checks filter containment, as the embedded broker
 * does); edge users publish inside it except `<path>/config`; admins publish inside it, `config`
 * included; readers do not publish. Publishing defaults to deny in dynsec, so nothing else is
 * allowed.
 *
 * Deliveries are checked too (`publishClientReceive`: the scope, nothing else). Mosquitto lets a
 * client take over a persistent session of another user by connecting with its client id, and
 * hands it that session's subscriptions and queued messages; the receive check at delivery keeps
 * another tenant's messages from it (they are dropped), as the embedded broker's delivery check does.
 */
export function userAcls(user: Pick<User, 'role' | 'scope'>): DynsecAcl[] {
  const acls: DynsecAcl[] = [
    { acltype: 'subscribePattern', topic: user.scope, allow: true, priority: 0 },
    { acltype: 'publishClientReceive', topic: user.scope, allow: true, priority: 1 },
    { acltype: 'publishClientReceive', topic: '#', allow: false, priority: 0 },
  ];
  if (user.role === 'edge')
    acls.push(
      // Checked first: configurations come from the control plane only.
      { acltype: 'publishClientSend', topic: '+/+/+/+/+/config', allow: false, priority: 1 },
      { acltype: 'publishClientSend', topic: user.scope, allow: true, priority: 0 },
    );
  if (user.role === 'admin')
    acls.push({ acltype: 'publishClientSend', topic: user.scope, allow: true, priority: 0 });
  return acls;
}

/**
 * The receivers' ACLs: their shared subscription to every `…/metrics` (Mosquitto 2.0 checks a
 * shared filter with its `$share/<group>/` prefix, so both forms are granted); for the fleet plane
 * (fleet/transport.ts) a plain subscription to every agent's `…/state` and publishing (retained)
 * every agent's `…/config`. Nothing else is published.
 */
export function receiverAcls(group: string): DynsecAcl[] {
  return [
    { acltype: 'subscribePattern', topic: `$share/${group}/+/+/+/+/+/metrics`, allow: true, priority: 0 },
    { acltype: 'subscribePattern', topic: '+/+/+/+/+/metrics', allow: true, priority: 0 },
    { acltype: 'subscribePattern', topic: '+/+/+/+/+/state', allow: true, priority: 0 },
    { acltype: 'publishClientSend', topic: '+/+/+/+/+/config', allow: true, priority: 0 },
  ];
}

export function userRoleName(username: string): string {
  return `sensorpath-user-${username}`;
}

export function receiverRoleName(group: string): string {
  return `sensorpath-receiver-${group}`;
}

/** What the admin API tells the broker; implemented by `DynsecProvisioner`. */
export interface BrokerAccounts {
  /** A user was created with this token: the broker must accept it with the user's rights. */
  created(user: User, token: string): Promise<void>;
  /** A user was revoked: the broker must refuse it and drop its sessions. */
  revoked(user: User): Promise<void>;
  /** Brackets an admin API creation, so the background sync does not race it. */
  creating<T>(f: () => Promise<T>): Promise<T>;
}

export interface RemoteClient {
  username: string;
  textname?: string;
  roles?: { rolename: string; priority?: number }[];
}

export interface RemoteRole {
  rolename: string;
  acls?: DynsecAcl[];
}

/** What the broker holds, by client and role name; absent names do not exist there. */
export interface BrokerState {
  clients: Map<string, RemoteClient>;
  roles: Map<string, RemoteRole>;
}

/** What one account needs: the client and its single role, as they should be. */
export interface Account {
  username: string;
  textname: string;
  rolename: string;
  roleText: string;
  acls: DynsecAcl[];
  /** Set (or reset) the password; undefined: keep it (or none for a new client). */
  password: string | undefined;
  /** False: the account must not exist (a revoked user). */
  active: boolean;
}

/** A lookup or deletion of what is not there: already as wanted. */
function benign(a: DynsecAnswer): boolean {
  return (
    /^(get|delete)(Client|Role)$/.test(a.command) &&
    (a.error === 'Client not found' || a.error === 'Role not found')
  );
}

/** A creation of what another administrator (another receiver) has just created. */
function raced(a: DynsecAnswer): boolean {
  return a.error === 'Client already exists' || a.error === 'Role already exists';
}
/** Commands per message: one answer message per batch, well under Mosquitto's packet limits. */
const BATCH = 100;

function sameAcls(a: readonly DynsecAcl[], b: readonly DynsecAcl[]): boolean {
  const key = (x: DynsecAcl) => `${x.acltype}\u0000${x.topic}\u0000${x.allow}\u0000${x.priority ?? 0}`;
  const ka = a.map(key).sort();
  const kb = b.map(key).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/**
 * The commands that turn the broker's `state` into `want` (none when it already matches), in
 * the order the plugin needs them (a role before the client naming it). `made` says a client is
 * created; `conflict` that the name belongs to a client sensorpath did not create.
 */
export function planAccount(
  want: Account,
  state: BrokerState,
): { commands: DynsecCommand[]; made: boolean; conflict: boolean } {
  const client = state.clients.get(want.username);
  const role = state.roles.get(want.rolename);
  const commands: DynsecCommand[] = [];
  if (!want.active) {
    // Deleting the client makes Mosquitto disconnect its live sessions. A client of that name
    // that sensorpath did not create was never this user's: it stays.
    if (client && owned(client)) commands.push({ command: 'deleteClient', username: want.username });
    if (role) commands.push({ command: 'deleteRole', rolename: want.rolename });
    return { commands, made: false, conflict: false };
  }
  if (client && !owned(client)) return { commands, made: false, conflict: true };
  if (!role)
    commands.push({
      command: 'createRole',
      rolename: want.rolename,
      textname: want.roleText,
      acls: want.acls,
    });
  else if (!sameAcls(role.acls ?? [], want.acls))
    commands.push({ command: 'modifyRole', rolename: want.rolename, acls: want.acls });
  if (!client) {
    commands.push({
      command: 'createClient',
      username: want.username,
      textname: want.textname,
      roles: [{ rolename: want.rolename }],
      ...(want.password === undefined ? {} : { password: want.password }),
    });
    return { commands, made: true, conflict: false };
  }
  const roles = client.roles ?? [];
  if (roles.length !== 1 || roles[0]!.rolename !== want.rolename || client.textname !== want.textname)
    commands.push({
      command: 'modifyClient',
      username: want.username,
      textname: want.textname,
      roles: [{ rolename: want.rolename }],
    });
  if (want.password !== undefined)
    commands.push({ command: 'setClientPassword', username: want.username, password: want.password });
  return { commands, made: false, conflict: false };
}

export function userAccount(u: User, token: string | undefined): Account {
  return {
    username: u.username,
    textname: `${OWNED} ${u.role} of ${u.tenant}: ${u.scope}`,
    rolename: userRoleName(u.username),
    roleText: `sensorpath ${u.role} ${u.scope}`,
    acls: userAcls(u),
    password: token,
    active: u.revokedAt === null,
  };
}

/** Keeps dynsec clients and roles in step with auth.db; see the file comment. */
export class DynsecProvisioner implements BrokerAccounts {
  /** user name → the state last written to the broker (`userKey`). */
  private readonly synced = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();
  private apiCreations = 0;
  private timer: NodeJS.Timeout | undefined;
  readonly stats = { created: 0, updated: 0, removed: 0, withoutPassword: 0, failures: 0 };

  constructor(
    private readonly client: DynsecClient,
    private readonly users: UserStore,
    private readonly log: Logger,
    /** The admin's own user name: never managed, whatever auth.db says. */
    private readonly adminUser: string,
  ) {}

  /** Creates or updates the receiver role and client (password set each start). */
  ensureReceiver(username: string, password: string, group: string): Promise<void> {
    if (username === this.adminUser)
      return Promise.reject(
        new DynsecError(
          'DYNSEC_CONFIG',
          `the receiver must not log in as the broker admin ${username}: give --broker another user, or none (then one is created per receiver)`,
        ),
      );
    const rolename = receiverRoleName(group);
    const want: Account = {
      username,
      textname: `${OWNED} receiver`,
      rolename,
      roleText: 'sensorpath receivers: shared subscription to …/metrics',
      acls: receiverAcls(group),
      password,
      active: true,
    };
    return this.serial(async () => {
      const failed = await this.apply([want], await this.fetch([want]));
      const err = failed.get(username);
      if (err) throw err;
    });
  }

  /**
   * Writes every user of auth.db to the broker: active ones get client and role, revoked ones lose
   * them. Two messages read the broker's state, the changes go in batches.
   */
  reconcile(): Promise<void> {
    return this.serial(() => this.syncUsers(this.users.list(), true));
  }

  /** Looks for users changed on the data directory (CLI) every `ms`; failures are retried then. */
  start(ms = 5000): void {
    this.timer = setInterval(() => {
      void this.serial(async () => {
        const changed = this.users.list().filter(
          (u) =>
            this.synced.get(u.username) !== userKey(u) &&
            // A user just inserted by an admin API call in flight gets its password from that call.
            !(this.apiCreations > 0 && !this.synced.has(u.username) && u.revokedAt === null),
        );
        if (changed.length)
          await this.syncUsers(changed, false).catch((err: Error) => {
            this.stats.failures++;
            this.log.error({ err: err.message }, 'could not update the broker; retrying');
          });
      });
    }, ms);
    this.timer.unref();
  }

  async creating<T>(f: () => Promise<T>): Promise<T> {
    this.apiCreations++;
    try {
      return await f();
    } finally {
      this.apiCreations--;
    }
  }

  created(user: User, token: string): Promise<void> {
    return this.serial(() => this.syncOne(user, token));
  }

  revoked(user: User): Promise<void> {
    return this.serial(() => this.syncOne(user, undefined));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.queue.catch(() => {});
    await this.client.close();
  }

  /** One change at a time: the broker sees commands of one user in order. */
  private serial<T>(f: () => Promise<T>): Promise<T> {
    const next = this.queue.then(f, f);
    this.queue = next.catch(() => {});
    return next;
  }

  private async syncOne(u: User, token: string | undefined): Promise<void> {
    if (this.isAdmin(u)) return;
    const want = userAccount(u, token);
    const failed = await this.apply([want], await this.fetch([want]));
    const err = failed.get(u.username);
    if (err) throw err;
    this.synced.set(u.username, userKey(u));
  }

  /** Users without a token (auth.db keeps hashes): reconcile, and the watcher's changes. */
  private async syncUsers(users: readonly User[], all: boolean): Promise<void> {
    const list = users.filter((u) => !this.isAdmin(u));
    const wants = list.map((u) => userAccount(u, undefined));
    const failed = await this.apply(wants, await this.fetch(all ? undefined : wants));
    for (const u of list) {
      const err = failed.get(u.username);
      if (!err) this.synced.set(u.username, userKey(u));
      else if (err.code === 'DYNSEC_CONFLICT') {
        // Logged once per state of the user, not at every sync.
        this.synced.set(u.username, userKey(u));
        this.log.error({ user: u.username, code: err.code }, err.message);
      } else this.log.error({ user: u.username, code: err.code }, `${err.message}; retrying`);
    }
    const others = [...failed.values()].filter((e) => e.code !== 'DYNSEC_CONFLICT');
    this.stats.failures += failed.size;
    // At start, a broker that refuses changes must stop the server; a foreign client must not.
    if (all && others.length) throw others[0]!;
  }

  private isAdmin(u: User): boolean {
    if (u.username !== this.adminUser) return false;
    if (!this.synced.has(u.username))
      this.log.error(
        { user: u.username },
        'a sensorpath user has the name of the broker admin; it is not written to the broker (rename it)',
      );
    this.synced.set(u.username, userKey(u));
    return true;
  }

  /** The broker's clients and roles: all of them, or only those of `wants` (one message). */
  private async fetch(wants: readonly Account[] | undefined): Promise<BrokerState> {
    const state: BrokerState = { clients: new Map(), roles: new Map() };
    if (wants === undefined) {
      const [c, r] = await this.send([
        { command: 'listClients', verbose: true, count: -1 },
        { command: 'listRoles', verbose: true, count: -1 },
      ]);
      for (const a of [c!, r!])
        if (a.error !== undefined) throw new DynsecError('DYNSEC_COMMAND', `dynsec ${a.command}: ${a.error}`);
      for (const x of (c!.data?.clients as RemoteClient[] | undefined) ?? [])
        state.clients.set(x.username, x);
      for (const x of (r!.data?.roles as RemoteRole[] | undefined) ?? []) state.roles.set(x.rolename, x);
      return state;
    }
    const answers = await this.send(
      wants.flatMap((w) => [
        { command: 'getClient', username: w.username },
        { command: 'getRole', rolename: w.rolename },
      ]),
    );
    for (const a of answers)
      if (a.error !== undefined && !benign(a))
        throw new DynsecError('DYNSEC_COMMAND', `dynsec ${a.command}: ${a.error}`);
    wants.forEach((w, i) => {
      const c = answers[2 * i]!.data?.client as RemoteClient | undefined;
      const r = answers[2 * i + 1]!.data?.role as RemoteRole | undefined;
      if (c) state.clients.set(w.username, c);
      if (r) state.roles.set(w.rolename, r);
    });
    return state;
  }

  /**
   * Plans every account against `state` and sends the commands in batches. Returns the accounts
   * that failed, by user name. An account that met a concurrent administrator ("already exists")
   * is read again and planned once more.
   */
  private async apply(
    wants: readonly Account[],
    state: BrokerState,
    retryRaced = true,
  ): Promise<Map<string, DynsecError>> {
    const failed = new Map<string, DynsecError>();
    const redo: Account[] = [];
    const owner: Account[] = [];
    const commands: DynsecCommand[] = [];
    const made = new Set<string>();
    for (const w of wants) {
      const p = planAccount(w, state);
      if (p.conflict) failed.set(w.username, conflict(w.username));
      if (p.made) made.add(w.username);
      for (const c of p.commands) {
        commands.push(c);
        owner.push(w);
      }
    }
    const answers = await this.send(commands);
    answers.forEach((a, i) => {
      const w = owner[i]!;
      if (raced(a)) {
        if (!redo.includes(w)) redo.push(w);
      } else if (a.error !== undefined && !benign(a)) {
        if (!failed.has(w.username))
          failed.set(
            w.username,
            new DynsecError('DYNSEC_COMMAND', `dynsec ${a.command} for ${w.username}: ${a.error}`, {
              user: w.username,
            }),
          );
      } else if (a.error === undefined) this.count(a.command, w.username);
    });
    for (const w of wants)
      if (made.has(w.username) && w.password === undefined && w.active && !failed.has(w.username)) {
        this.stats.withoutPassword++;
        this.log.warn(
          { user: w.username },
          'user created outside the server (on the data directory): its token is unknown, so the broker refuses its login; create users with "sensorpath user create --url" while the broker is external',
        );
      }
    if (redo.length && retryRaced) {
      const retry = await this.apply(redo, await this.fetch(redo), false);
      for (const w of redo) failed.delete(w.username);
      for (const [k, v] of retry) failed.set(k, v);
    } else
      for (const w of redo)
        failed.set(
          w.username,
          new DynsecError(
            'DYNSEC_COMMAND',
            `dynsec: ${w.username} was changed by another administrator meanwhile`,
            {
              user: w.username,
            },
          ),
        );
    return failed;
  }

  private count(command: string, username: string): void {
    if (command === 'createClient') this.stats.created++;
    else if (command === 'deleteClient') {
      this.stats.removed++;
      this.log.info({ user: username }, 'revoked user removed from the broker');
    } else if (command === 'modifyClient' || command === 'modifyRole') this.stats.updated++;
  }

  /** Sends in batches of `BATCH`, in order; answers with errors are returned. */
  private async send(commands: readonly DynsecCommand[]): Promise<DynsecAnswer[]> {
    const out: DynsecAnswer[] = [];
    for (let i = 0; i < commands.length; i += BATCH)
      out.push(...(await this.client.send(commands.slice(i, i + BATCH))));
    return out;
  }
}

function owned(c: RemoteClient): boolean {
  return (c.textname ?? '').startsWith(OWNED);
}

function conflict(username: string): DynsecError {
  return new DynsecError(
    'DYNSEC_CONFLICT',
    `the broker has a client ${username} that sensorpath did not create (its textname does not start with "${OWNED}"); rename the sensorpath user or delete that client (mosquitto_ctrl dynsec deleteClient ${username})`,
    { user: username },
  );
}

function userKey(u: User): string {
  return `${u.role} ${u.scope} ${u.revokedAt === null ? 'active' : 'revoked'}`;
}

export interface DynsecStartOptions {
  /** The `--broker` URL; its credentials, when present, are the receiver's. */
  brokerUrl: string;
  admin: { username: string; password: string };
  /** The receiver's session client id: also its dynsec user name when the URL has none. */
  receiverClientId: string;
  group: string;
  users: UserStore;
  logger: Logger;
  /** How often the data directory is checked for users changed by the CLI (ms). @default 5000 */
  syncMs?: number;
}

export interface DynsecHandle {
  readonly accounts: DynsecProvisioner;
  /** The credentials the receiver connects with. */
  readonly receiver: { username: string; password: string };
  close(): Promise<void>;
}

/**
 * Connects as the dynsec admin, provisions the receiver (the URL's user, or one named after the
 * receiver's client id with a fresh random password each start), writes every user of auth.db to
 * the broker, and keeps watching auth.db.
 */
export async function startDynsec(o: DynsecStartOptions): Promise<DynsecHandle> {
  if (!o.admin.username || !o.admin.password)
    throw new DynsecError(
      'DYNSEC_CONFIG',
      'the broker admin needs a user name and a password (--broker-admin-user, --broker-admin-password)',
    );
  let url: URL;
  try {
    url = new URL(o.brokerUrl);
  } catch (err) {
    throw new DynsecError('DYNSEC_CONFIG', `--broker ${o.brokerUrl}: not a URL; use mqtt://HOST:PORT`, {
      cause: err,
    });
  }
  const receiver = url.username
    ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
    : { username: o.receiverClientId, password: randomBytes(24).toString('base64url') };
  if (!receiver.password)
    throw new DynsecError(
      'DYNSEC_CONFIG',
      `--broker ${url.protocol}//${url.username}@${url.host}: the receiver's user needs a password (mqtt://USER:PASS@HOST:PORT), or give no user and one is created`,
    );
  const log = o.logger.child({ component: 'dynsec' });
  const client = await DynsecClient.connect({
    url: o.brokerUrl,
    username: o.admin.username,
    password: o.admin.password,
    clientId: `${o.receiverClientId}-dynsec`,
    logger: o.logger,
  });
  const accounts = new DynsecProvisioner(client, o.users, log, o.admin.username);
  try {
    await accounts.ensureReceiver(receiver.username, receiver.password, o.group);
    await accounts.reconcile();
  } catch (err) {
    await accounts.close();
    throw err;
  }
  accounts.start(o.syncMs);
  log.info(
    { receiver: receiver.username, users: o.users.list().length, ...accounts.stats },
    "broker clients, roles and ACLs reconciled with auth.db (Mosquitto's dynamic security)",
  );
  return { accounts, receiver, close: () => accounts.close() };
}

/** The provisioning's self-monitoring in Prometheus text format. */
export function dynsecMetrics(p: DynsecProvisioner): string {
  const s = p.stats;
  return [
    '# HELP sensorpath_dynsec_changes_total Clients and roles written to the external broker (Mosquitto dynamic security), by kind.',
    '# TYPE sensorpath_dynsec_changes_total counter',
    `sensorpath_dynsec_changes_total{kind="created"} ${s.created}`,
    `sensorpath_dynsec_changes_total{kind="updated"} ${s.updated}`,
    `sensorpath_dynsec_changes_total{kind="removed"} ${s.removed}`,
    '# HELP sensorpath_dynsec_users_without_password Users given a broker client without a password (created on the data directory; the broker refuses their login).',
    '# TYPE sensorpath_dynsec_users_without_password counter',
    `sensorpath_dynsec_users_without_password ${s.withoutPassword}`,
    '# HELP sensorpath_dynsec_failures_total Users the broker could not be updated for (retried), or conflicting foreign clients.',
    '# TYPE sensorpath_dynsec_failures_total counter',
    `sensorpath_dynsec_failures_total ${s.failures}`,
    '',
  ].join('\n');
}
