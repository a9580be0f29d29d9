/**
 * Per-tenant storage. The enterprise segment of a sensor path is the tenant; each tenant gets its
 * own `Storage` from a factory (the embedded TSDB in a subdirectory, or memory in tests), created on
 * first use. Reads that span tenants (open single-tenant mode, admins) go through a merging
 * Queryable; tenant isolation is then a matter of which stores a request may see.
 */
import {
  compareLabels,
  type Matcher,
  type Querier,
  type Queryable,
  type SelectHints,
  type Series,
  type Storage,
} from '@sensorpath/storage';

export type StorageFactory = (tenant: string) => Promise<Storage>;

const TENANT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class TenantStores {
  private readonly stores = new Map<string, Promise<Storage>>();
  constructor(private readonly factory: StorageFactory) {}

  /** The storage of a tenant, opened on first use. */
  get(tenant: string): Promise<Storage> {
    if (!TENANT.test(tenant)) throw new Error(`invalid tenant name ${JSON.stringify(tenant)}`);
    let s = this.stores.get(tenant);
    if (!s) {
      s = this.factory(tenant);
      this.stores.set(tenant, s);
      s.catch(() => this.stores.delete(tenant));
    }
    return s;
  }

  tenants(): string[] {
    return [...this.stores.keys()].sort();
  }

  /** A Queryable over the given tenants (all open tenants when omitted). */
  queryable(tenants?: readonly string[]): Queryable {
    return {
      querier: async (mint, maxt) => {
        const names = tenants ?? this.tenants();
        const stores = await Promise.all(names.filter((t) => this.stores.has(t)).map((t) => this.get(t)));
        const qs = await Promise.all(stores.map((s) => s.querier(mint, maxt)));
        return new MergeQuerier(qs);
      },
    };
  }

  async close(): Promise<void> {
    const all = await Promise.allSettled([...this.stores.values()]);
    for (const r of all) if (r.status === 'fulfilled') await r.value.close();
    this.stores.clear();
  }
}

/** Merges queriers over disjoint series sets (tenants never share series: `enterprise` differs). */
export class MergeQuerier implements Querier {
  constructor(private readonly qs: Querier[]) {}
  async select(
    sorted: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const parts = await Promise.all(this.qs.map((q) => q.select(sorted, hints, matchers)));
    const out = parts.flat();
    if (sorted && parts.length > 1) out.sort((a, b) => compareLabels(a.labels, b.labels));
    return out;
  }
  async labelValues(name: string, matchers?: readonly Matcher[]): Promise<string[]> {
    const parts = await Promise.all(this.qs.map((q) => q.labelValues(name, matchers)));
    return [...new Set(parts.flat())].sort();
  }
  async labelNames(matchers?: readonly Matcher[]): Promise<string[]> {
    const parts = await Promise.all(this.qs.map((q) => q.labelNames(matchers)));
    return [...new Set(parts.flat())].sort();
  }
  async close(): Promise<void> {
    await Promise.all(this.qs.map((q) => q.close()));
  }
}
