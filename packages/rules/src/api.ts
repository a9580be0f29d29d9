/**
 * The HTTP side of the rules package, in Prometheus' JSON shapes so Grafana reads it unchanged:
 *
 * - `GET /api/v1/rules` (`type=alert|record`, `rule_name[]`, `rule_group[]`, `file[]`,
 *   `exclude_alerts`) and `GET /api/v1/alerts`, for the caller's tenants; a group loaded for all
 *   tenants shows the alerts of every visible tenant, its health the worst of them.
 * - `GET|PUT|DELETE /api/v1/rules/tenant/<tenant>`: the tenant's own rule file (YAML body, same
 *   format as `--rules`); a refused file answers 400 with every problem (line and reason) and the
 *   groups already loaded keep running.
 * - `GET /api/v1/events` (`match[]` selectors over event labels, where a metric name means the
 *   event type and `type`, `severity`, `source` are labels too; `start`, `end` as RFC 3339 or Unix
 *   seconds; `limit`; `format=annotations` for Grafana annotations) and
 *   `GET /api/v1/events/stream` (server-sent events, one `event: sensor_event` per event).
 *
 * The handler owns nothing: the server authenticates the caller and passes the tenants it may
 * see (undefined: all, in open mode) and its scope's labels: a caller scoped to `acme/berlin/#`
 * sees only events and alerts carrying `site="berlin"` (alerts aggregated past the scope's labels
 * are hidden from it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseExpr } from '@sensorpath/promql';
import { getLabel, type Labels, labelsToRecord, type Matcher, newMatcher } from '@sensorpath/storage';
import { FileInvalidError, RulesError } from './errors.ts';
import type { EventStore } from './event-store.ts';
import { eventAnnotation, eventJson } from './events.ts';
import type { Alert, RuleGroup, RuleManager, RuleState } from './manager.ts';

/** Label equalities a caller's scope imposes (`[["site","berlin"]]` for `acme/berlin/#`). */
export type ScopeLabels = readonly (readonly [string, string])[];

export type RulesApiHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  tenants: readonly string[] | undefined,
  scope?: ScopeLabels,
) => Promise<boolean>;

export interface TenantRuleFiles {
  get(tenant: string): string | undefined;
  /** Validates and loads; throws FileInvalidError (nothing changes then). */
  put(tenant: string, text: string): Promise<void>;
  delete(tenant: string): Promise<boolean>;
}

export interface RulesApiOptions {
  manager: RuleManager;
  events: EventStore;
  tenantFiles: TenantRuleFiles;
  /** Clock for SSE keep-alives. */
  now: () => number;
  /** Max request body. @default 1 MiB */
  maxBody?: number;
}

const GO_ZERO_TIME = '0001-01-01T00:00:00Z';
const rfc3339 = (ms: number) => (ms === 0 ? GO_ZERO_TIME : new Date(ms).toISOString());

/** strconv.FormatFloat(v, 'e', -1, 64), as Prometheus prints alert values. */
export function goExpFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  const e = v.toExponential();
  const i = e.indexOf('e');
  const exp = Number(e.slice(i + 1));
  const a = Math.abs(exp);
  return `${e.slice(0, i)}e${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

function send(res: ServerResponse, status: number, body: unknown): true {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return true;
}

const bad = (res: ServerResponse, msg: string, extra: Record<string, unknown> = {}) =>
  send(res, 400, { status: 'error', errorType: 'bad_data', error: msg, ...extra });

function parseTime(s: string | null, def: number): number {
  if (s === null || s === '') return def;
  const n = Number(s);
  if (!Number.isNaN(n)) return Math.round(n * 1000);
  const d = Date.parse(s);
  if (Number.isNaN(d))
    throw new RulesError('RULES_BAD_REQUEST', `cannot parse ${JSON.stringify(s)} to a valid timestamp`);
  return d;
}

/** Event selectors: `{device="m1"}`, `phase_loss{site="berlin"}` (name = event type). */
export function eventMatchers(sel: string): Matcher[] {
  let e: ReturnType<typeof parseExpr>;
  try {
    e = parseExpr(sel);
  } catch (err) {
    throw new RulesError(
      'RULES_BAD_REQUEST',
      `invalid match[] ${JSON.stringify(sel)}: ${(err as Error).message}`,
    );
  }
  if (e.kind !== 'vector')
    throw new RulesError(
      'RULES_BAD_REQUEST',
      `match[] ${JSON.stringify(sel)} must be a selector like {device="m1"}`,
    );
  return e.matchers.map((m) =>
    m.name === '__name__' ? newMatcher(m.type, 'type', m.value) : newMatcher(m.type, m.name, m.value),
  );
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > max) throw new RulesError('RULES_BAD_REQUEST', `request body larger than ${max} bytes`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function inScope(labels: Labels, scope: ScopeLabels | undefined): boolean {
  if (!scope || scope.length === 0) return true;
  return scope.every(([n, v]) => getLabel(labels, n) === v);
}

function alertJson(a: Alert): Record<string, unknown> {
  const o: Record<string, unknown> = {
    labels: labelsToRecord(a.labels),
    annotations: a.annotations,
    state: a.state,
    activeAt: rfc3339(a.activeAt),
    value: goExpFloat(a.value),
  };
  if (a.keepFiringSince !== 0) o.keepFiringSince = rfc3339(a.keepFiringSince);
  return o;
}

export function createRulesApi(o: RulesApiOptions): RulesApiHandler {
  const maxBody = o.maxBody ?? 1 << 20;
  const visible = (g: RuleGroup, tenants: readonly string[] | undefined): string[] => {
    const ts = o.manager.tenantsOf(g);
    return tenants ? ts.filter((t) => tenants.includes(t)) : [...ts];
  };
  const statesOf = (g: RuleGroup, tenants: readonly string[], i: number): RuleState[] =>
    tenants.map((t) => g.states.get(t)?.rules[i]).filter((s): s is RuleState => s !== undefined);

  const rules = (url: URL, tenants: readonly string[] | undefined, scope: ScopeLabels | undefined) => {
    const type = url.searchParams.get('type');
    if (type !== null && type !== 'alert' && type !== 'record')
      throw new RulesError('RULES_BAD_REQUEST', `unsupported type ${JSON.stringify(type)}`);
    const names = url.searchParams.getAll('rule_name[]');
    const groupsF = url.searchParams.getAll('rule_group[]');
    const files = url.searchParams.getAll('file[]');
    const excludeAlerts = url.searchParams.get('exclude_alerts') === 'true';
    const groups: unknown[] = [];
    for (const g of o.manager.list()) {
      if (g.scope.tenant !== undefined && tenants && !tenants.includes(g.scope.tenant)) continue;
      if (groupsF.length && !groupsF.includes(g.spec.name)) continue;
      if (files.length && !files.includes(g.spec.file)) continue;
      const ts = visible(g, tenants);
      const rulesOut: unknown[] = [];
      g.spec.rules.forEach((r, i) => {
        if (names.length && !names.includes(r.name)) return;
        const st = statesOf(g, ts, i);
        const errSt = st.find((s) => s.health === 'err');
        const health = errSt ? 'err' : st.some((s) => s.health === 'ok') ? 'ok' : 'unknown';
        const lastEvaluation = Math.max(0, ...st.map((s) => s.lastEvaluation));
        const evaluationTime = st.reduce((m, s) => Math.max(m, s.evaluationMs), 0) / 1000;
        if (r.kind === 'recording') {
          if (type === 'alert') return;
          rulesOut.push({
            name: r.name,
            query: r.expr,
            labels: r.labels,
            health,
            lastError: errSt?.lastError ?? '',
            evaluationTime,
            lastEvaluation: rfc3339(lastEvaluation),
            type: 'recording',
          });
          return;
        }
        if (type === 'record') return;
        const alerts = st.flatMap((s) =>
          [...s.active.values()].filter((a) => a.state !== 'inactive' && inScope(a.labels, scope)),
        );
        const state = alerts.some((a) => a.state === 'firing')
          ? 'firing'
          : alerts.length
            ? 'pending'
            : 'inactive';
        const entry: Record<string, unknown> = {
          state,
          name: r.name,
          query: r.expr,
          duration: r.forMs / 1000,
          keepFiringFor: r.keepFiringForMs / 1000,
          labels: r.labels,
          annotations: r.annotations,
          health,
          lastError: errSt?.lastError ?? '',
          evaluationTime,
          lastEvaluation: rfc3339(lastEvaluation),
          type: 'alerting',
        };
        if (!excludeAlerts) entry.alerts = alerts.map(alertJson);
        rulesOut.push(entry);
      });
      if ((names.length || type) && rulesOut.length === 0) continue;
      const gst = ts.map((t) => g.states.get(t)).filter((s) => s !== undefined);
      groups.push({
        name: g.spec.name,
        file: g.spec.file,
        rules: rulesOut,
        interval: g.intervalMs / 1000,
        limit: g.spec.limit,
        evaluationTime: gst.reduce((m, s) => Math.max(m, s.evaluationMs), 0) / 1000,
        lastEvaluation: rfc3339(Math.max(0, ...gst.map((s) => s.lastEvaluation))),
      });
    }
    return { groups };
  };

  const alerts = (tenants: readonly string[] | undefined, scope: ScopeLabels | undefined) => {
    const out: unknown[] = [];
    for (const g of o.manager.list()) {
      const ts = visible(g, tenants);
      g.spec.rules.forEach((r, i) => {
        if (r.kind !== 'alerting') return;
        for (const s of statesOf(g, ts, i))
          for (const a of s.active.values())
            if (a.state !== 'inactive' && inScope(a.labels, scope)) out.push(alertJson(a));
      });
    }
    return { alerts: out };
  };

  const stream = (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    tenants: readonly string[] | undefined,
    scope: Matcher[],
  ) => {
    const matchers = url.searchParams.getAll('match[]').map((m) => [...eventMatchers(m), ...scope]);
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': sensorpath event stream\n\n');
    const unsub =
      matchers.length === 0
        ? [
            o.events.subscribe({ tenants, matchers: scope }, (e) =>
              res.write(
                `id: ${e.tenant}:${e.seq}\nevent: sensor_event\ndata: ${JSON.stringify(eventJson(e))}\n\n`,
              ),
            ),
          ]
        : matchers.map((m) =>
            o.events.subscribe({ tenants, matchers: m }, (e) =>
              res.write(
                `id: ${e.tenant}:${e.seq}\nevent: sensor_event\ndata: ${JSON.stringify(eventJson(e))}\n\n`,
              ),
            ),
          );
    const ka = setInterval(() => res.write(`: keep-alive ${o.now()}\n\n`), 15000);
    ka.unref();
    const done = () => {
      clearInterval(ka);
      for (const u of unsub) u();
    };
    req.on('close', done);
    res.on('close', done);
  };

  return async (req, res, url, tenants, scope) => {
    const p = url.pathname;
    const scopeMatchers = (scope ?? []).map(([n, v]) => newMatcher('=', n, v));
    try {
      if (p === '/api/v1/rules' && req.method === 'GET')
        return send(res, 200, { status: 'success', data: rules(url, tenants, scope) });
      if (p === '/api/v1/alerts' && req.method === 'GET')
        return send(res, 200, { status: 'success', data: alerts(tenants, scope) });
      if (p.startsWith('/api/v1/rules/tenant/')) {
        const tenant = decodeURIComponent(p.slice('/api/v1/rules/tenant/'.length));
        if (tenants && !tenants.includes(tenant))
          return send(res, 403, {
            status: 'error',
            errorType: 'auth',
            error: `tenant ${tenant} is not yours`,
          });
        if (req.method === 'GET') {
          const text = o.tenantFiles.get(tenant);
          if (text === undefined)
            return send(res, 404, {
              status: 'error',
              errorType: 'not_found',
              error: `no rules for tenant ${tenant}`,
            });
          res.writeHead(200, { 'content-type': 'application/yaml' });
          res.end(text);
          return true;
        }
        if (req.method === 'PUT' || req.method === 'POST') {
          const body = await readBody(req, maxBody);
          try {
            await o.tenantFiles.put(tenant, body);
          } catch (err) {
            if (err instanceof FileInvalidError)
              return bad(res, err.message, { code: err.code, problems: err.problems });
            throw err;
          }
          return send(res, 200, { status: 'success', data: { tenant } });
        }
        if (req.method === 'DELETE') {
          const ok = await o.tenantFiles.delete(tenant);
          return send(
            res,
            ok ? 200 : 404,
            ok
              ? { status: 'success', data: { tenant } }
              : { status: 'error', errorType: 'not_found', error: `no rules for tenant ${tenant}` },
          );
        }
        return send(res, 405, {
          status: 'error',
          errorType: 'bad_data',
          error: `method ${req.method} not allowed`,
        });
      }
      if (p === '/api/v1/events' && req.method === 'GET') {
        const sets = url.searchParams.getAll('match[]').map((m) => [...eventMatchers(m), ...scopeMatchers]);
        const start = parseTime(url.searchParams.get('start'), Number.NEGATIVE_INFINITY);
        const end = parseTime(url.searchParams.get('end'), Number.POSITIVE_INFINITY);
        const limitS = url.searchParams.get('limit');
        const limit = limitS ? Number(limitS) : 1000;
        if (!Number.isInteger(limit) || limit <= 0)
          return bad(res, `limit must be a positive integer, got ${limitS}`);
        const seen = new Set<string>();
        const found = (sets.length ? sets : [scopeMatchers]).flatMap((m) =>
          o.events.query({ tenants, matchers: m, start, end, limit }),
        );
        const events = found
          .filter((e) => {
            const k = `${e.tenant}:${e.seq}`;
            if (seen.has(k)) return false;
            seen.add(k);
            return true;
          })
          .sort((a, b) => a.time - b.time)
          .slice(-limit);
        if (url.searchParams.get('format') === 'annotations')
          return send(res, 200, events.map(eventAnnotation));
        return send(res, 200, { status: 'success', data: events.map(eventJson) });
      }
      if (p === '/api/v1/events/stream' && req.method === 'GET') {
        stream(req, res, url, tenants, scopeMatchers);
        return true;
      }
    } catch (err) {
      if (err instanceof RulesError && err.code === 'RULES_BAD_REQUEST') return bad(res, err.message);
      throw err;
    }
    return false;
  };
}
