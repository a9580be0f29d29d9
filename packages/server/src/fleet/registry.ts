/**
 * The device registry and configuration history of the fleet, in `<data>/fleet.db` (SQLite, WAL, so
 * `sensorpath device …` can work on the data directory while a server runs). An agent is known by
 * its path (the sensor path it announces `<path>/state` on); the registry keeps what its last
 * state document said (online/offline, agent version, devices, the configuration revision it
 * runs, the last configuration error) and when it was last heard of. Configurations are kept as an
 * append-only history per agent: a push adds revision N+1, a rollback adds a new revision with an
 * older configuration (so agents, which apply only newer revisions, take it), and `desired` names
 * the revision that should be retained on `<path>/config` and whether it has been published.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AuthError } from '@sensorpath/auth';
import { parseSensorPath } from '@sensorpath/protocol';
import Database from 'better-sqlite3';

export interface AgentInfo {
  path: string;
  tenant: string;
  state: string;
  agent: string;
  version: string;
  devices: string[];
  since: string;
  lastSeen: number | null;
  /** Revision the agent reports running (0: none pushed yet). */
  configRevision: number;
  configError: { revision: number; message: string } | null;
  /** Messages from the agent's devices that were refused (malformed, over a limit). */
  badMessages: number;
  /** Revision that should be running, if any was pushed. */
  desiredRevision: number | null;
}

export interface ConfigRevision {
  path: string;
  revision: number;
  config: unknown;
  createdAt: number;
  createdBy: string;
  note: string;
  status: 'applied' | 'rejected' | 'pending' | 'superseded';
  error?: string;
}

export class FleetError extends Error {
  constructor(
    readonly code: 'FLEET_UNKNOWN_REVISION' | 'FLEET_BAD_CONFIG' | 'FLEET_BAD_PATH',
    message: string,
  ) {
    super(message);
    this.name = 'FleetError';
  }
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS agents (
  path            TEXT PRIMARY KEY,
  tenant          TEXT NOT NULL,
  state           TEXT NOT NULL DEFAULT 'unknown',
  agent           TEXT NOT NULL DEFAULT '',
  version         TEXT NOT NULL DEFAULT '',
  devices         TEXT NOT NULL DEFAULT '[]',
  since           TEXT NOT NULL DEFAULT '',
  last_seen       INTEGER,
  config_revision INTEGER NOT NULL DEFAULT 0,
  config_error    TEXT,
  bad_messages    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS configs (
  path       TEXT NOT NULL,
  revision   INTEGER NOT NULL,
  config     TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (path, revision)
);
CREATE TABLE IF NOT EXISTS outcomes (
  path     TEXT NOT NULL,
  revision INTEGER NOT NULL,
  status   TEXT NOT NULL CHECK (status IN ('applied', 'rejected')),
  error    TEXT,
  at       INTEGER NOT NULL,
  PRIMARY KEY (path, revision)
);
CREATE TABLE IF NOT EXISTS desired (
  path               TEXT PRIMARY KEY,
  revision           INTEGER NOT NULL,
  published_revision INTEGER
);
`;

interface AgentRow {
  path: string;
  tenant: string;
  state: string;
  agent: string;
  version: string;
  devices: string;
  since: string;
  last_seen: number | null;
  config_revision: number;
  config_error: string | null;
  bad_messages: number;
  desired_revision: number | null;
}

export function fleetDbPath(dataDir: string): string {
  return `${dataDir}/fleet.db`;
}

export class FleetRegistry {
  private readonly db: Database.Database;

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
  }

  /** Records a state document published on `<path>/state` (birth, death, config acknowledgement). */
  recordState(path: string, payload: string): void {
    const p = parseSensorPath(path);
    let doc: Record<string, unknown> = {};
    try {
      const parsed = JSON.parse(payload) as unknown;
      if (parsed && typeof parsed === 'object') doc = parsed as Record<string, unknown>;
    } catch {
      doc = { state: 'invalid' };
    }
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const ce = doc.configError as { revision?: unknown; message?: unknown } | string | undefined;
    const configError =
      ce === undefined || ce === null
        ? null
        : typeof ce === 'string'
          ? { revision: -1, message: ce }
          : { revision: typeof ce.revision === 'number' ? ce.revision : -1, message: str(ce.message) };
    this.db
      .prepare(
        `INSERT INTO agents (path, tenant, state, agent, version, devices, since, last_seen, config_revision, config_error)
         VALUES (@path, @tenant, @state, @agent, @version, @devices, @since, @now, @rev, @err)
         ON CONFLICT(path) DO UPDATE SET state = @state, agent = @agent, version = @version, devices = @devices,
           since = @since, last_seen = @now, config_revision = @rev, config_error = @err`,
      )
      .run({
        path,
        tenant: p.enterprise,
        state: str(doc.state) || 'unknown',
        agent: str(doc.agent),
        version: str(doc.version),
        devices: JSON.stringify(
          Array.isArray(doc.devices) ? doc.devices.filter((d) => typeof d === 'string') : [],
        ),
        since: str(doc.since),
        now: this.now(),
        rev: typeof doc.configRevision === 'number' ? doc.configRevision : 0,
        err: configError ? JSON.stringify(configError) : null,
      });
    // What the agent made of each revision outlives the next state document.
    const outcome = this.db.prepare(
      `INSERT INTO outcomes (path, revision, status, error, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(path, revision) DO UPDATE SET status = excluded.status, error = excluded.error, at = excluded.at`,
    );
    if (typeof doc.configRevision === 'number' && doc.configRevision > 0)
      outcome.run(path, doc.configRevision, 'applied', null, this.now());
    if (configError && configError.revision > 0)
      outcome.run(path, configError.revision, 'rejected', configError.message, this.now());
  }

  /** Marks agents as seen (and counts refused messages) for device paths that sent something. */
  touch(seen: ReadonlyMap<string, { at: number; bad: number }>): void {
    const agents = this.db
      .prepare<[], { path: string; devices: string }>('SELECT path, devices FROM agents')
      .all();
    const owner = new Map<string, string>();
    for (const a of agents) {
      owner.set(a.path, a.path);
      for (const d of JSON.parse(a.devices) as string[]) owner.set(d, a.path);
    }
    const upd = this.db.prepare(
      'UPDATE agents SET last_seen = max(coalesce(last_seen, 0), ?), bad_messages = bad_messages + ? WHERE path = ?',
    );
    this.db.transaction(() => {
      for (const [path, s] of seen) {
        const a = owner.get(path);
        if (a) upd.run(s.at, s.bad, a);
      }
    })();
  }

  /** Agents, optionally only those whose path `filter(path)` accepts. */
  list(filter: (path: string) => boolean = () => true): AgentInfo[] {
    const rows = this.db
      .prepare<[], AgentRow>(
        `SELECT a.*, d.revision AS desired_revision FROM agents a LEFT JOIN desired d ON d.path = a.path
         UNION ALL
         SELECT d.path, '' AS tenant, 'never seen' AS state, '' AS agent, '' AS version, '[]' AS devices, '' AS since,
                NULL AS last_seen, 0 AS config_revision, NULL AS config_error, 0 AS bad_messages, d.revision AS desired_revision
         FROM desired d WHERE d.path NOT IN (SELECT path FROM agents)
         ORDER BY 1`,
      )
      .all();
    return rows
      .filter((r) => filter(r.path))
      .map((r) => ({
        path: r.path,
        tenant: r.tenant || r.path.split('/')[0]!,
        state: r.state,
        agent: r.agent,
        version: r.version,
        devices: JSON.parse(r.devices) as string[],
        since: r.since,
        lastSeen: r.last_seen,
        configRevision: r.config_revision,
        configError: r.config_error ? (JSON.parse(r.config_error) as AgentInfo['configError']) : null,
        badMessages: r.bad_messages,
        desiredRevision: r.desired_revision,
      }));
  }

  get(path: string): AgentInfo | undefined {
    return this.list((p) => p === path)[0];
  }

  /** Adds a configuration revision for an agent and makes it the desired one. */
  push(path: string, config: unknown, by: string, note = ''): ConfigRevision {
    try {
      parseSensorPath(path);
    } catch (err) {
      throw new FleetError('FLEET_BAD_PATH', (err as Error).message);
    }
    if (config === null || typeof config !== 'object' || Array.isArray(config))
      throw new FleetError(
        'FLEET_BAD_CONFIG',
        'a machine configuration must be a JSON object, e.g. {"devices": [...]}',
      );
    const revision = this.db.transaction(() => {
      const last =
        this.db
          .prepare<[string], { r: number | null }>('SELECT max(revision) AS r FROM configs WHERE path = ?')
          .get(path)?.r ?? 0;
      // Agents apply only revisions newer than the one they run, so never reuse a lower number.
      const running = this.get(path)?.configRevision ?? 0;
      const rev = Math.max(last, running) + 1;
      this.db
        .prepare(
          'INSERT INTO configs (path, revision, config, created_at, created_by, note) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(path, rev, JSON.stringify(config), this.now(), by, note);
      this.db
        .prepare(
          'INSERT INTO desired (path, revision) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET revision = excluded.revision',
        )
        .run(path, rev);
      return rev;
    })();
    return this.history(path).find((r) => r.revision === revision)!;
  }

  /** Makes the configuration of an earlier revision the desired one again, as a new revision. */
  rollback(path: string, revision: number, by: string): ConfigRevision {
    const old = this.db
      .prepare<[string, number], { config: string }>(
        'SELECT config FROM configs WHERE path = ? AND revision = ?',
      )
      .get(path, revision);
    if (!old)
      throw new FleetError(
        'FLEET_UNKNOWN_REVISION',
        `agent ${path} has no configuration revision ${revision}: see "sensorpath device config history ${path}"`,
      );
    return this.push(path, JSON.parse(old.config), by, `rollback to revision ${revision}`);
  }

  /** The configuration history of an agent, newest first, with what the agent made of each. */
  history(path: string): ConfigRevision[] {
    const agent = this.get(path);
    const rows = this.db
      .prepare<
        [string],
        { revision: number; config: string; created_at: number; created_by: string; note: string }
      >('SELECT * FROM configs WHERE path = ? ORDER BY revision DESC')
      .all(path);
    const outcomes = new Map(
      this.db
        .prepare<[string], { revision: number; status: string; error: string | null }>(
          'SELECT revision, status, error FROM outcomes WHERE path = ?',
        )
        .all(path)
        .map((o) => [o.revision, o]),
    );
    return rows.map((r) => {
      const out: ConfigRevision = {
        path,
        revision: r.revision,
        config: JSON.parse(r.config) as unknown,
        createdAt: r.created_at,
        createdBy: r.created_by,
        note: r.note,
        status: 'pending',
      };
      const o = outcomes.get(r.revision);
      if (o?.status === 'rejected') {
        out.status = 'rejected';
        out.error = o.error ?? '';
      } else if (agent && agent.configRevision === r.revision) out.status = 'applied';
      else if ((agent && agent.configRevision > r.revision) || o?.status === 'applied')
        out.status = 'superseded';
      return out;
    });
  }

  /** Desired configurations not yet published (all of them after `republishAll`). */
  unpublished(): { path: string; revision: number; config: unknown }[] {
    return this.db
      .prepare<[], { path: string; revision: number; config: string }>(
        `SELECT d.path, d.revision, c.config FROM desired d JOIN configs c ON c.path = d.path AND c.revision = d.revision
         WHERE d.published_revision IS NULL OR d.published_revision != d.revision`,
      )
      .all()
      .map((r) => ({ path: r.path, revision: r.revision, config: JSON.parse(r.config) as unknown }));
  }

  markPublished(path: string, revision: number): void {
    this.db.prepare('UPDATE desired SET published_revision = ? WHERE path = ?').run(revision, path);
  }

  /** Forgets what was published (the broker's retained store is in memory and starts empty). */
  republishAll(): void {
    this.db.prepare('UPDATE desired SET published_revision = NULL').run();
  }

  close(): void {
    this.db.close();
  }
}

/** Refuses a fleet action on an agent outside the caller's scope. */
export function fleetScopeError(user: string, path: string, scope: string): AuthError {
  return new AuthError(
    'AUTH_SCOPE_DENIED',
    `user ${user} may manage only agents inside ${scope}, not ${path}`,
  );
}
