/**
 * Where a tenant's samples go and where its queries are answered, per remote store dialect. The
 * tenant travels differently in each:
 *
 * - `prometheus`, `victoriametrics` (single node): one shared store; every sample carries the
 *   `enterprise="<tenant>"` label, so reads are isolated by adding that matcher to every selector
 *   (and `extra_label` for VictoriaMetrics, as a second guard).
 * - `mimir` (Grafana Mimir, Cortex): `X-Scope-OrgID: <tenant>` on every request; the store keeps
 *   the tenants apart.
 * - `victoriametrics-cluster`: writes to `<vminsert>/insert/<accountID>/prometheus/api/v1/write`,
 *   reads from `<vmselect>/select/<accountID>/prometheus/...`; the account ID of a tenant comes from
 *   `accounts` (`--remote-account TENANT=ID`), or is the tenant name itself when that is a number.
 */
import { RemoteStorageError } from './write.ts';

export const REMOTE_DIALECTS = ['prometheus', 'victoriametrics', 'victoriametrics-cluster', 'mimir'] as const;
export type RemoteDialect = (typeof REMOTE_DIALECTS)[number];

/** The label every sample carries with its tenant (the first sensor-path segment). */
export const TENANT_LABEL = 'enterprise';

export interface RemoteTarget {
  /** Full remote_write URL. */
  writeUrl: string;
  /** Base of the Prometheus API (`<base>/api/v1/query`), when queries go remote. */
  queryBase?: string | undefined;
  /** Headers of every request (the tenant header for `mimir`). */
  headers: Record<string, string>;
  /** Reads must be narrowed by `enterprise="<tenant>"` (one shared store). */
  tenantLabel: boolean;
  /** The store takes `extra_label=<name>=<value>` on its query APIs (VictoriaMetrics). */
  extraLabel: boolean;
}

export function isRemoteDialect(s: string): s is RemoteDialect {
  return (REMOTE_DIALECTS as readonly string[]).includes(s);
}

/** The account ID of a tenant for VictoriaMetrics cluster: `accountID` or `accountID:projectID`. */
export function accountFor(tenant: string, accounts: Readonly<Record<string, string>> | undefined): string {
  const id = accounts?.[tenant] ?? tenant;
  if (!/^\d{1,10}(:\d{1,10})?$/.test(id))
    throw new RemoteStorageError(
      'REMOTE_NO_ACCOUNT',
      `tenant ${tenant} has no VictoriaMetrics account ID: give one with --remote-account ${tenant}=<accountID>`,
    );
  return id;
}

export function remoteTarget(
  dialect: RemoteDialect,
  tenant: string,
  writeUrl: string,
  queryUrl: string | undefined,
  accounts?: Readonly<Record<string, string>>,
): RemoteTarget {
  const trim = (u: string) => u.replace(/\/+$/, '');
  switch (dialect) {
    case 'prometheus':
    case 'victoriametrics':
      return {
        writeUrl,
        queryBase: queryUrl && trim(queryUrl),
        headers: {},
        tenantLabel: true,
        extraLabel: dialect === 'victoriametrics',
      };
    case 'mimir':
      return {
        writeUrl,
        queryBase: queryUrl && trim(queryUrl),
        headers: { 'X-Scope-OrgID': tenant },
        tenantLabel: false,
        extraLabel: false,
      };
    case 'victoriametrics-cluster': {
      const id = accountFor(tenant, accounts);
      return {
        writeUrl: `${trim(writeUrl)}/insert/${id}/prometheus/api/v1/write`,
        queryBase: queryUrl && `${trim(queryUrl)}/select/${id}/prometheus`,
        headers: {},
        tenantLabel: false,
        extraLabel: false,
      };
    }
  }
}
