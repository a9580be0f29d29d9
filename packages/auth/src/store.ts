/**
 * API users in `<data>/auth.db` (SQLite through better-sqlite3, WAL mode so the CLI and a running
 * server can share the file). A user belongs to one tenant, holds one sensor-path scope and one
 * role, and owns one token of which only the salted hash is stored; revoking keeps the row (for
 * the audit trail) and stops the token at once. Per-tenant limit overrides live here too.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AuthError } from './errors.ts';
import { ALL_TENANTS, parseScope } from './scope.ts';
import { generateToken, hashSecret } from './token.ts';

export const ROLES = ['edge', 'reader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  username: string;
  tenant: string;
  scope: string;
  role: Role;
  createdAt: number;
  revokedAt: number | null;
}

export interface TenantLimitOverrides {
  maxSeries?: number | undefined;
  maxSamplesPerSecond?: number | undefined;
  maxPayloadBytes?: number | undefined;
}

interface Row {
  username: string;
  tenant: string;
  scope: string;
  role: Role;
  token_id: string;
  token_hash: string;
  created_at: number;
  revoked_at: number | null;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  username   TEXT PRIMARY KEY,
  tenant     TEXT NOT NULL,
  scope      TEXT NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('edge', 'reader', 'admin')),
  token_id   TEXT NOT NULL UNIQUE,
  token_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE TABLE IF NOT EXISTS tenant_limits (
  tenant                 TEXT PRIMARY KEY,
  max_series             INTEGER,
  max_samples_per_second REAL,
  max_payload_bytes      INTEGER
);
`;

export function authDbPath(dataDir: string): string {
  return `${dataDir}/auth.db`;
}

export class UserStore {
  private readonly db: Database.Database;
  private readonly stmts;

  /** Opens (and creates) the user database at `file`. */
  constructor(
    file: string,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // busy_timeout first: a CLI and a server (or two CLIs) may open the file at the same moment.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    this.stmts = {
      insert: this.db.prepare(
        'INSERT INTO users (username, tenant, scope, role, token_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      byName: this.db.prepare<[string], Row>('SELECT * FROM users WHERE username = ?'),
      byTokenId: this.db.prepare<[string], Row>('SELECT * FROM users WHERE token_id = ?'),
      all: this.db.prepare<[], Row>('SELECT * FROM users ORDER BY tenant, username'),
      revoke: this.db.prepare('UPDATE users SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL'),
      active: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users WHERE revoked_at IS NULL'),
      limits: this.db.prepare<[string], Record<string, number | null>>(
        'SELECT * FROM tenant_limits WHERE tenant = ?',
      ),
      setLimits: this.db.prepare(
        `INSERT INTO tenant_limits (tenant, max_series, max_samples_per_second, max_payload_bytes) VALUES (?, ?, ?, ?)
         ON CONFLICT(tenant) DO UPDATE SET max_series = excluded.max_series,
           max_samples_per_second = excluded.max_samples_per_second, max_payload_bytes = excluded.max_payload_bytes`,
      ),
    };
  }

  /**
   * Creates a user and returns it with its token. The token is not stored and cannot be shown
   * again. `name` defaults to `<tenant>-<role>-<4 hex>`.
   */
  async create(opts: { tenant: string; path: string; role: string; name?: string | undefined }): Promise<{
    user: User;
    token: string;
  }> {
    const role = opts.role as Role;
    if (!ROLES.includes(role))
      throw new AuthError(
        'AUTH_BAD_REQUEST',
        `role ${JSON.stringify(opts.role)} is unknown: use edge, reader or admin`,
      );
    if (opts.tenant === ALL_TENANTS && role !== 'admin')
      throw new AuthError('AUTH_BAD_REQUEST', 'tenant "*" (all tenants) is for operators: use --role admin');
    const scope = parseScope(opts.tenant, opts.path);
    const t = generateToken();
    const username =
      opts.name ?? `${opts.tenant === ALL_TENANTS ? 'operator' : opts.tenant}-${role}-${t.id.slice(0, 4)}`;
    if (!USERNAME.test(username))
      throw new AuthError(
        'AUTH_BAD_REQUEST',
        `user name ${JSON.stringify(username)} is invalid: use 1-64 letters, digits, "_", ".", "@" or "-"`,
      );
    const hash = await hashSecret(t.secret);
    const createdAt = this.now();
    try {
      this.stmts.insert.run(username, opts.tenant, scope, role, t.id, hash, createdAt);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new AuthError('AUTH_BAD_REQUEST', `user ${username} exists already: pick another --name`, {
          cause: err,
        });
      throw err;
    }
    return {
      user: { username, tenant: opts.tenant, scope, role, createdAt, revokedAt: null },
      token: t.token,
    };
  }

  get(username: string): User | undefined {
    const r = this.stmts.byName.get(username);
    return r && toUser(r);
  }

  /** The user owning token id `id` with its stored hash. */
  byTokenId(id: string): (User & { tokenHash: string }) | undefined {
    const r = this.stmts.byTokenId.get(id);
    return r && { ...toUser(r), tokenHash: r.token_hash };
  }

  /** Users, optionally of one tenant, revoked ones included. */
  list(tenant?: string): User[] {
    return this.stmts.all
      .all()
      .map(toUser)
      .filter((u) => tenant === undefined || u.tenant === tenant);
  }

  /** Revokes a user's token. Throws AUTH_UNKNOWN_USER; revoking twice is a no-op. */
  revoke(username: string): User {
    const u = this.get(username);
    if (!u)
      throw new AuthError('AUTH_UNKNOWN_USER', `no user ${username}: list users with "sensorpath user list"`);
    this.stmts.revoke.run(this.now(), username);
    return this.get(username)!;
  }

  /** Number of users that are not revoked; zero means the server may run in open mode. */
  activeCount(): number {
    return this.stmts.active.get()?.n ?? 0;
  }

  limits(tenant: string): TenantLimitOverrides {
    const r = this.stmts.limits.get(tenant);
    if (!r) return {};
    return {
      maxSeries: r.max_series ?? undefined,
      maxSamplesPerSecond: r.max_samples_per_second ?? undefined,
      maxPayloadBytes: r.max_payload_bytes ?? undefined,
    };
  }

  setLimits(tenant: string, l: TenantLimitOverrides): void {
    this.stmts.setLimits.run(
      tenant,
      l.maxSeries ?? null,
      l.maxSamplesPerSecond ?? null,
      l.maxPayloadBytes ?? null,
    );
  }

  close(): void {
    this.db.close();
  }
}

function toUser(r: Row): User {
  return {
    username: r.username,
    tenant: r.tenant,
    scope: r.scope,
    role: r.role,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}
