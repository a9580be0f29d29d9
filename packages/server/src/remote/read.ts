/**
 * Remote query backend: the `Queryable` half of remote storage mode. The PromQL engine keeps
 * running here and asks this querier for raw series, which it reads from the remote store's HTTP
 * API: `/api/v1/export` (VictoriaMetrics; JSON lines of metric, values, timestamps) for samples,
 * `/api/v1/labels` and `/api/v1/label/<name>/values` (every Prometheus-compatible store) for label
 * lookups. Tenant enforcement is the same as for the embedded store: in a shared store every
 * selector and lookup carries `enterprise="<tenant>"`; otherwise the dialect's base URL (a
 * VictoriaMetrics cluster account) or header (`X-Scope-OrgID`) names the tenant, so a query can never
 * see another tenant's series whatever PromQL it sends. The scope narrowing of the query API wraps
 * this Queryable like any other.
 */
import {
  compareLabels,
  formatMatcher,
  type Labels,
  labelsFromPairs,
  labelsFromRecord,
  type Matcher,
  newMatcher,
  type Querier,
  type Queryable,
  type SampleIterator,
  type Series,
} from '@sensorpath/storage';
import { compress, uncompress } from 'snappyjs';
import { TENANT_LABEL } from './dialect.ts';
import { decodeReadResponse, encodeReadRequest } from './read-proto.ts';
import { RemoteStorageError } from './write.ts';

export interface RemoteReadOptions {
  /** Base URL of the Prometheus-compatible API, e.g. `http://vm:8428` (the `/api/v1/...` is added). */
  url: string;
  tenant: string;
  /** Extra headers of every request (`X-Scope-OrgID` for Mimir). */
  headers?: Record<string, string>;
  /**
   * Narrow every selector and lookup by `enterprise="<tenant>"` (one store shared by all tenants:
   * Prometheus, VictoriaMetrics single node). @default true
   */
  tenantLabel?: boolean;
  /** @default 30000 */
  timeoutMs?: number;
  /**
   * Raw series API: `export` (VictoriaMetrics `/api/v1/export`), `read` (Prometheus remote read
   * `/api/v1/read`: Prometheus, Mimir, Thanos), or `auto` (export, falling back to read on 404).
   * @default "auto"
   */
  api?: 'auto' | 'export' | 'read';
  fetch?: typeof fetch;
}

export class RemoteReader implements Queryable {
  private readonly base: string;
  private readonly tenantMatchers: Matcher[];
  /** Which raw-series API the store has; `auto` settles on the first select. */
  private api: 'auto' | 'export' | 'read';
  constructor(private readonly o: RemoteReadOptions) {
    const u = new URL(o.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new RemoteStorageError('REMOTE_BAD_URL', `--remote-query ${o.url}: use an http(s) URL`);
    this.base = o.url.replace(/\/+$/, '');
    this.tenantMatchers = o.tenantLabel === false ? [] : [newMatcher('=', TENANT_LABEL, o.tenant)];
    this.api = o.api ?? 'auto';
  }

  async querier(mint: number, maxt: number): Promise<Querier> {
    const selector = (ms: readonly Matcher[]) => `{${this.narrow(ms).map(formatMatcher).join(',')}}`;
    const range = (p: URLSearchParams) => {
      p.set('start', String(Math.max(0, mint) / 1000));
      p.set('end', String(Math.min(maxt, 8_000_000_000_000) / 1000));
      return p;
    };
    return {
      select: async (sorted, hints, matchers) => {
        const start = hints ? Math.max(0, hints.start - (hints.range ?? 0)) : Math.max(0, mint);
        const end = hints ? hints.end : Math.min(maxt, 8_000_000_000_000);
        if (this.api === 'read') {
          const out = await this.read(start, end, matchers);
          if (sorted) out.sort((a, b) => compareLabels(a.labels, b.labels));
          return out;
        }
        const p = new URLSearchParams();
        p.set('match[]', selector(matchers));
        p.set('start', String(start / 1000));
        p.set('end', String(end / 1000));
        let text: string;
        try {
          text = await this.get('/api/v1/export', p);
          if (this.api === 'auto') this.api = 'export';
        } catch (err) {
          // No export API (Prometheus, Mimir, Thanos answer 404): remote read from now on.
          if (this.api !== 'auto' || !(err instanceof RemoteStorageError) || err.status !== 404) throw err;
          this.api = 'read';
          const out = await this.read(start, end, matchers);
          if (sorted) out.sort((a, b) => compareLabels(a.labels, b.labels));
          return out;
        }
        const out: Series[] = [];
        for (const line of text.split('\n')) {
          if (line.trim() === '') continue;
          const row = JSON.parse(line) as {
            metric: Record<string, string>;
            values: (number | null | string)[];
            timestamps: number[];
          };
          out.push(arraySeries(labelsFromRecord(row.metric), row.timestamps, row.values));
        }
        if (sorted) out.sort((a, b) => compareLabels(a.labels, b.labels));
        return out;
      },
      labelNames: async (matchers) => {
        const p = range(new URLSearchParams());
        p.set('match[]', selector(matchers ?? []));
        return dataArray(await this.get('/api/v1/labels', p));
      },
      labelValues: async (name, matchers) => {
        const p = range(new URLSearchParams());
        p.set('match[]', selector(matchers ?? []));
        return dataArray(await this.get(`/api/v1/label/${encodeURIComponent(name)}/values`, p));
      },
      close: async () => {},
    };
  }

  /** The matchers plus the tenant's (an identical tenant matcher given by the caller is not doubled). */
  private narrow(ms: readonly Matcher[]): Matcher[] {
    const t = this.tenantMatchers;
    if (t.length === 0) return [...ms];
    return [
      ...ms.filter((m) => !(m.name === TENANT_LABEL && m.type === '=' && m.value === this.o.tenant)),
      ...t,
    ];
  }

  /** Raw series through remote read, with the tenant matcher added as for export. */
  private async read(start: number, end: number, matchers: readonly Matcher[]): Promise<Series[]> {
    const ms = this.narrow(matchers);
    const body = Buffer.from(compress(encodeReadRequest([{ start, end, matchers: ms }])));
    const headers: Record<string, string> = {
      'User-Agent': 'sensorpath-remote-query',
      'Content-Type': 'application/x-protobuf',
      'Content-Encoding': 'snappy',
      'X-Prometheus-Remote-Read-Version': '0.1.0',
    };
    Object.assign(headers, this.o.headers);
    const url = `${this.base}/api/v1/read`;
    let res: Response;
    try {
      res = await (this.o.fetch ?? fetch)(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
      });
    } catch (err) {
      throw new RemoteStorageError(
        'REMOTE_UNAVAILABLE',
        `remote read ${url} failed: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!res.ok)
      throw new RemoteStorageError(
        res.status >= 500 ? 'REMOTE_UNAVAILABLE' : 'REMOTE_REJECTED',
        `remote read ${url} answered ${res.status}: ${Buffer.from(bytes).toString('utf8').slice(0, 200)}`,
      );
    const [result = []] = decodeReadResponse(uncompress(bytes));
    return result.map((s) =>
      arraySeries(
        labelsFromPairs(s.labels.map((l) => [l.name, l.value] as const)),
        s.samples.map((x) => x.timestamp),
        s.samples.map((x) => x.value),
      ),
    );
  }

  private async get(path: string, params: URLSearchParams): Promise<string> {
    const headers: Record<string, string> = { 'User-Agent': 'sensorpath-remote-query', ...this.o.headers };
    const url = `${this.base}${path}?${params}`;
    let res: Response;
    try {
      res = await (this.o.fetch ?? fetch)(url, {
        headers,
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
      });
    } catch (err) {
      throw new RemoteStorageError(
        'REMOTE_UNAVAILABLE',
        `remote query ${this.base}${path} failed: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    const text = await res.text();
    if (!res.ok)
      throw new RemoteStorageError(
        res.status >= 500 ? 'REMOTE_UNAVAILABLE' : 'REMOTE_REJECTED',
        `remote query ${this.base}${path} answered ${res.status}: ${text.slice(0, 200)}`,
        { status: res.status },
      );
    return text;
  }
}

function dataArray(text: string): string[] {
  const body = JSON.parse(text) as { data?: unknown };
  if (!Array.isArray(body.data))
    throw new RemoteStorageError('REMOTE_BAD_RESPONSE', 'remote label lookup: no data array in the answer');
  return (body.data as string[]).slice().sort();
}

/** A series over parallel arrays; VictoriaMetrics writes non-finite values as strings or null. */
function arraySeries(
  labels: Labels,
  ts: readonly number[],
  raw: readonly (number | null | string)[],
): Series {
  const vs = raw.map((v) => (typeof v === 'number' ? v : v === null ? Number.NaN : Number(v)));
  return {
    labels,
    iterator(): SampleIterator {
      let i = -1;
      return {
        next: () => ++i < ts.length,
        seek: (t) => {
          if (i < 0) i = 0;
          while (i < ts.length && ts[i]! < t) i++;
          return i < ts.length;
        },
        time: () => ts[i]!,
        value: () => vs[i]!,
      };
    },
  };
}
