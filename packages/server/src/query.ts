/**
 * The Prometheus API mounted per request with the caller's tenant. Every `/api/v1/*` read is
 * authenticated (anonymous only in open mode), must come from a reader or admin, and runs against
 * `TenantStores.queryable([tenant])` narrowed by the caller's scope (`acme/berlin/#` adds
 * `site="berlin"` to every selector, label and series lookup). An admin of tenant `*` reads all
 * tenants, or one named by `X-Scope-OrgID` or `?tenant=`; anyone else naming another tenant is
 * refused. One API handler is built per (tenants, scope) and cached, so the PromQL handler from
 * `promapi/` (or the query-lite stopgap when none is mounted) never sees tenancy at all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthError, checkQuery, scopeLabels, tenantsFor } from '@sensorpath/auth';
import { type Matcher, newMatcher, type Querier, type Queryable } from '@sensorpath/storage';
import type { Access } from './access.ts';
import { createLiteApi } from './query-lite.ts';
import type { TenantStores } from './tenants.ts';

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
export type PromApiFactory = (deps: {
  queryable: Queryable;
  /** The caller's tenants (undefined: all), for handlers that enforce them elsewhere (remote proxy). */
  tenants?: readonly string[] | undefined;
  /** The caller's sensor-path scope as matchers (already applied to `queryable`). */
  scope?: readonly Matcher[];
  /** Every tenant with open storage. */
  allTenants?: () => readonly string[];
}) => ApiHandler;

export interface QueryRoutesOptions {
  access: Access;
  stores: TenantStores;
  promApi?: PromApiFactory | undefined;
}

const MAX_CACHED = 1000;

export function createQueryRoutes(opts: QueryRoutesOptions): ApiHandler {
  const handlers = new Map<string, ApiHandler>();
  const factory: PromApiFactory = opts.promApi ?? (({ queryable }) => createLiteApi(queryable));
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/api/v1/')) return false;
    const p = await opts.access.http(req);
    const header = req.headers['x-scope-orgid'];
    const requested =
      (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('tenant') ?? undefined;
    let tenants: string[] | undefined;
    try {
      checkQuery(p);
      tenants = tenantsFor(p, requested);
    } catch (err) {
      if (err instanceof AuthError) opts.access.refuse('http', err, { user: p.username, url: req.url });
      throw err;
    }
    const constraints = scopeLabels(p.scope);
    const key = `${tenants?.join(',') ?? '*'}|${p.scope}`;
    let h = handlers.get(key);
    if (!h) {
      const base = opts.stores.queryable(tenants);
      const scope = constraints.map(([n, v]) => newMatcher('=', n, v));
      const queryable = scope.length ? scopedQueryable(base, scope) : base;
      h = factory({ queryable, tenants, scope, allTenants: () => opts.stores.tenants() });
      if (handlers.size >= MAX_CACHED) handlers.clear();
      handlers.set(key, h);
    }
    return h(req, res, url);
  };
}

/** A Queryable whose every lookup also carries `extra` matchers (the caller's scope). */
export function scopedQueryable(inner: Queryable, extra: readonly Matcher[]): Queryable {
  return {
    async querier(mint, maxt): Promise<Querier> {
      const q = await inner.querier(mint, maxt);
      return {
        select: (sorted, hints, matchers) => q.select(sorted, hints, [...matchers, ...extra]),
        labelValues: (name, matchers) => q.labelValues(name, [...(matchers ?? []), ...extra]),
        labelNames: (matchers) => q.labelNames([...(matchers ?? []), ...extra]),
        close: () => q.close(),
      };
    },
  };
}
