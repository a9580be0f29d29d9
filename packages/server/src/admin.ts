/**
 * The admin HTTP API under `/api/v1/admin/`: users (create, list, revoke) and the fleet (agents,
 * configuration push, history, rollback). Every call needs an admin; a tenant admin acts only on
 * its tenant and inside its scope (it cannot mint a user wider than itself), an operator (tenant
 * `*`) on everything. In open mode the anonymous principal is an operator, so the first users can be
 * created over loopback. Answers are JSON; a new user's token appears in the creation answer only.
 * With an external Mosquitto (`accounts`), creating and revoking a user also writes the broker's
 * dynamic security (dynsec.ts); a creation the broker refuses is revoked again and answered 502.
 *
 *   GET    /api/v1/admin/users                       list (?tenant= for operators)
 *   POST   /api/v1/admin/users                       {"tenant","path","role","name"?} → 201 {username, token, …}
 *   DELETE /api/v1/admin/users/<name>                revoke (and disconnect its MQTT sessions)
 *   GET    /api/v1/admin/devices                     agents with state, last seen, revisions
 *   GET    /api/v1/admin/devices/<path>/config       configuration history, newest first
 *   POST   /api/v1/admin/devices/<path>/config       body: the configuration object → 201 revision
 *   POST   /api/v1/admin/devices/<path>/rollback     {"revision": N} → 201 new revision
 *   GET    /api/v1/admin/tenants/<tenant>/limits     the tenant's limit overrides
 *   PUT    /api/v1/admin/tenants/<tenant>/limits     {"maxSeries"?, "maxSamplesPerSecond"?, "maxPayloadBytes"?} (operators)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AuthError,
  checkAdmin,
  checkTenant,
  filterWithin,
  type Principal,
  parseScope,
  type TenantLimitOverrides,
  topicMatches,
  type UserStore,
} from '@sensorpath/auth';
import type { Access } from './access.ts';
import { type BrokerAccounts, DynsecError } from './dynsec.ts';
import type { FleetControl } from './fleet/control.ts';
import { FleetError, fleetScopeError } from './fleet/registry.ts';
import { sendJson } from './http.ts';

export const ADMIN_PREFIX = '/api/v1/admin/';
const MAX_BODY = 1 << 20;

export interface AdminDeps {
  access: Access;
  users: UserStore;
  fleet: FleetControl;
  disconnectUser: (username: string) => number;
  /** The external broker's accounts (Mosquitto dynsec), kept in step with users; none: embedded only. */
  accounts?: BrokerAccounts | undefined;
}

export function createAdminRoutes(deps: AdminDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (!url.pathname.startsWith(ADMIN_PREFIX)) return false;
    const p = await deps.access.http(req);
    const rest = url.pathname.slice(ADMIN_PREFIX.length);
    try {
      checkAdmin(p);
      if (rest === 'users') {
        if (req.method === 'GET') return json(res, 200, listUsers(deps, p, url));
        if (req.method === 'POST') {
          const body = await readJson(req);
          const create = () => createUser(deps, p, body);
          return json(res, 201, await (deps.accounts ? deps.accounts.creating(create) : create()));
        }
      }
      const um = /^users\/([^/]+)$/.exec(rest);
      if (um && req.method === 'DELETE')
        return json(res, 200, await revokeUser(deps, p, decodeURIComponent(um[1]!)));
      const tm = /^tenants\/([^/]+)\/limits$/.exec(rest);
      if (tm) {
        const tenant = decodeURIComponent(tm[1]!);
        checkTenant(p, tenant);
        if (req.method === 'PUT') {
          // A tenant admin may read its limits; only operators change them.
          if (p.tenant !== '*')
            throw new AuthError('AUTH_ROLE_DENIED', 'only operators (tenant "*") change tenant limits');
          deps.users.setLimits(tenant, limitsBody(await readJson(req)));
        }
        if (req.method === 'GET' || req.method === 'PUT') return json(res, 200, deps.users.limits(tenant));
      }
      if (rest === 'devices' && req.method === 'GET')
        return json(
          res,
          200,
          deps.fleet.registry.list((path) => topicMatches(p.scope, `${path}/config`)),
        );
      const dm = /^devices\/(.+)\/(config|rollback)$/.exec(rest);
      if (dm) {
        const path = decodeURIComponent(dm[1]!);
        if (!topicMatches(p.scope, `${path}/config`)) throw fleetScopeError(p.username, path, p.scope);
        const reg = deps.fleet.registry;
        if (dm[2] === 'config' && req.method === 'GET') return json(res, 200, reg.history(path));
        if (dm[2] === 'config' && req.method === 'POST') {
          const r = reg.push(path, await readJson(req), p.username);
          await deps.fleet.tick();
          return json(res, 201, r);
        }
        if (dm[2] === 'rollback' && req.method === 'POST') {
          const body = (await readJson(req)) as { revision?: unknown };
          if (typeof body.revision !== 'number')
            throw new AuthError('AUTH_BAD_REQUEST', 'rollback needs {"revision": N}');
          const r = reg.rollback(path, body.revision, p.username);
          await deps.fleet.tick();
          return json(res, 201, r);
        }
      }
    } catch (err) {
      if (err instanceof AuthError && err.status !== 400 && err.status !== 404)
        deps.access.refuse('http', err, { user: p.username, url: req.url });
      if (err instanceof DynsecError)
        return json(res, 502, {
          status: 'error',
          errorType: 'unavailable',
          code: err.code,
          error: err.message,
        });
      if (err instanceof FleetError)
        return json(res, err.code === 'FLEET_UNKNOWN_REVISION' ? 404 : 400, errorBody(err));
      if (err instanceof AuthError && (err.status === 400 || err.status === 404))
        return json(res, err.status, errorBody(err));
      throw err;
    }
    return json(res, 404, {
      status: 'error',
      errorType: 'not_found',
      error: `no admin route ${req.method} ${url.pathname}`,
    });
  };
}

function listUsers(deps: AdminDeps, p: Principal, url: URL) {
  const t = url.searchParams.get('tenant') ?? (p.tenant === '*' ? undefined : p.tenant);
  if (t !== undefined) checkTenant(p, t);
  return deps.users.list(t).filter((u) => p.tenant === '*' || filterWithin(p.scope, u.scope));
}

async function createUser(deps: AdminDeps, p: Principal, body: unknown) {
  const b = (body ?? {}) as { tenant?: unknown; path?: unknown; role?: unknown; name?: unknown };
  if (typeof b.tenant !== 'string' || typeof b.path !== 'string' || typeof b.role !== 'string')
    throw new AuthError(
      'AUTH_BAD_REQUEST',
      'give {"tenant": "acme", "path": "acme/berlin/#", "role": "edge|reader|admin"}',
    );
  checkTenant(p, b.tenant);
  const scope = parseScope(b.tenant, b.path);
  if (!filterWithin(p.scope, scope))
    throw new AuthError(
      'AUTH_SCOPE_DENIED',
      `user ${p.username} (scope ${p.scope}) cannot create a user for ${scope}`,
    );
  const { user, token } = await deps.users.create({
    tenant: b.tenant,
    path: b.path,
    role: b.role,
    name: typeof b.name === 'string' ? b.name : undefined,
  });
  try {
    await deps.accounts?.created(user, token);
  } catch (err) {
    // The token was never handed out: revoke it rather than leave a user the broker does not know.
    deps.users.revoke(user.username);
    if (err instanceof DynsecError)
      throw new DynsecError(
        err.code,
        `user ${user.username} not created (revoked again): the external broker refused it: ${err.message}`,
        { cause: err, user: user.username },
      );
    throw err;
  }
  return { ...user, token };
}

async function revokeUser(deps: AdminDeps, p: Principal, name: string) {
  const u = deps.users.get(name);
  if (!u) throw new AuthError('AUTH_UNKNOWN_USER', `no user ${name}`);
  checkTenant(p, u.tenant);
  if (!filterWithin(p.scope, u.scope))
    throw new AuthError('AUTH_SCOPE_DENIED', `user ${name} lies outside ${p.scope}`);
  const r = deps.users.revoke(name);
  const disconnected = deps.disconnectUser(name);
  try {
    // Deleting the broker's client also ends its sessions there.
    await deps.accounts?.revoked(r);
  } catch (err) {
    if (err instanceof DynsecError)
      throw new DynsecError(
        err.code,
        `user ${name} is revoked in sensorpath, but the external broker still knows it (${err.message}); the server retries every few seconds`,
        { cause: err, user: name },
      );
    throw err;
  }
  return { ...r, disconnected };
}

function limitsBody(body: unknown): TenantLimitOverrides {
  const b = (body ?? {}) as Record<string, unknown>;
  const out: TenantLimitOverrides = {};
  for (const k of ['maxSeries', 'maxSamplesPerSecond', 'maxPayloadBytes'] as const) {
    const v = b[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw new AuthError(
        'AUTH_BAD_REQUEST',
        `${k} must be a whole number >= 0 (0: unlimited), or absent for the default`,
      );
    out[k] = v;
  }
  return out;
}

function json(res: ServerResponse, status: number, body: unknown): true {
  sendJson(res, status, body);
  return true;
}

function errorBody(err: AuthError | FleetError) {
  return { status: 'error', errorType: 'bad_data', code: err.code, error: err.message };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY)
      throw new AuthError('LIMIT_PAYLOAD', `admin request body larger than ${MAX_BODY} bytes`);
    chunks.push(c as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (err) {
    throw new AuthError('AUTH_BAD_REQUEST', `body is not JSON: ${(err as Error).message}`);
  }
}
