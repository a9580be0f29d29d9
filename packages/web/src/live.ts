/**
 * Live samples for the UI: a hub fed by the ingest observer (the same callback the rules subsystem
 * sees, composed beside it, never instead of it) that fans each committed batch out to the browser
 * tabs watching one device, over server-sent events. Ingest never waits for a tab: every client has
 * a bounded ring of samples (`capacity`, default 4096) that the hub flushes every `flushMs` (default
 * 100 ms, so charts move at sub-second rate); while a client's socket is backed up
 * (`writableNeedDrain`) nothing is written to it, the ring keeps the newest samples and overwrites
 * the oldest, and each overwritten sample is counted in `dropped` (per client, sent to the tab, and
 * in the hub's total). Series are announced once per client (`id`, name, labels) and samples then
 * travel as `[id, t, v]` triples, so a batch costs a few bytes per sample.
 *
 * Wire format (one SSE event per flush): `event: samples` with
 * `{"series":[{"id","name","labels"}],"samples":[[id,tMs,v],…],"dropped":N}`.
 */
import { SENSOR_PATH_LEVELS } from '@sensorpath/protocol';

/** The storage's label shape (`@sensorpath/storage` Labels), restated to keep this package leaf. */
export type LiveLabels = readonly { readonly name: string; readonly value: string }[];

/** Where a client's SSE bytes go; `res` of node:http satisfies it. */
export interface LiveSink {
  write(chunk: string): boolean;
  readonly writableNeedDrain: boolean;
}

export interface LiveHubOptions {
  /** Samples buffered per client before the oldest are dropped. @default 4096 */
  capacity?: number;
  /** Flush period (ms). @default 100 */
  flushMs?: number;
  /** Comment line sent when a client got nothing for this long (ms), keeping proxies open. @default 15000 */
  heartbeatMs?: number;
}

interface SeriesInfo {
  id: number;
  name: string;
  labels: Record<string, string>;
}

class LiveClient {
  readonly series = new Map<string, SeriesInfo>();
  /** Series announced to the tab already. */
  announced = 0;
  readonly ids: Int32Array;
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  head = 0;
  size = 0;
  dropped = 0;
  lastWrite = Date.now();

  constructor(
    readonly tenant: string,
    /** `site/area/line/device` below the tenant. */
    readonly device: string,
    readonly sink: LiveSink,
    capacity: number,
  ) {
    this.ids = new Int32Array(capacity);
    this.ts = new Float64Array(capacity);
    this.vs = new Float64Array(capacity);
  }

  push(id: number, t: number, v: number): number {
    const cap = this.ids.length;
    let dropped = 0;
    if (this.size === cap) {
      this.head = (this.head + 1) % cap;
      this.size--;
      this.dropped++;
      dropped = 1;
    }
    const i = (this.head + this.size) % cap;
    this.ids[i] = id;
    this.ts[i] = t;
    this.vs[i] = v;
    this.size++;
    return dropped;
  }
}

export interface LiveSubscription {
  close(): void;
}

export class LiveHub {
  private readonly byTenant = new Map<string, Set<LiveClient>>();
  private readonly capacity: number;
  private readonly heartbeatMs: number;
  private readonly timer: NodeJS.Timeout;
  /** Samples overwritten in some client's ring since start. */
  droppedTotal = 0;
  /** Samples handed to clients since start. */
  sentTotal = 0;

  constructor(opts: LiveHubOptions = {}) {
    this.capacity = opts.capacity ?? 4096;
    this.heartbeatMs = opts.heartbeatMs ?? 15_000;
    if (!(this.capacity >= 1))
      throw new RangeError(`LiveHub capacity must be at least 1, got ${this.capacity}`);
    this.timer = setInterval(() => this.flush(), opts.flushMs ?? 100);
    this.timer.unref();
  }

  get clients(): number {
    let n = 0;
    for (const s of this.byTenant.values()) n += s.size;
    return n;
  }

  /** Streams the samples of device `path` (`tenant/site/area/line/device`) to `sink`. */
  subscribe(path: string, sink: LiveSink): LiveSubscription {
    const slash = path.indexOf('/');
    const tenant = path.slice(0, slash);
    const client = new LiveClient(tenant, path.slice(slash + 1), sink, this.capacity);
    const set = this.byTenant.get(tenant) ?? new Set<LiveClient>();
    this.byTenant.set(tenant, set);
    set.add(client);
    return {
      close: () => {
        set.delete(client);
        if (set.size === 0 && this.byTenant.get(tenant) === set) this.byTenant.delete(tenant);
      },
    };
  }

  /** The ingest observer: must not throw or block, so it only copies into rings. */
  readonly observe = (
    tenant: string,
    labels: readonly LiveLabels[],
    ts: readonly number[],
    vs: readonly number[],
  ): void => {
    const set = this.byTenant.get(tenant);
    if (!set) return;
    for (let i = 0; i < labels.length; i++) {
      const ls = labels[i]!;
      const device = devicePath(ls);
      for (const c of set) {
        if (c.device !== device) continue;
        const key = seriesKey(ls);
        let s = c.series.get(key);
        if (!s) {
          s = seriesInfo(c.series.size, ls);
          c.series.set(key, s);
        }
        this.droppedTotal += c.push(s.id, ts[i]!, vs[i]!);
      }
    }
  };

  /** Writes each client's pending samples, unless its socket is backed up. */
  flush(): void {
    const now = Date.now();
    for (const set of this.byTenant.values())
      for (const c of set) {
        if (c.sink.writableNeedDrain) continue;
        if (c.size === 0) {
          if (now - c.lastWrite >= this.heartbeatMs) {
            c.sink.write(': keepalive\n\n');
            c.lastWrite = now;
          }
          continue;
        }
        const fresh: SeriesInfo[] = [];
        if (c.announced < c.series.size) {
          for (const s of c.series.values()) if (s.id >= c.announced) fresh.push(s);
          c.announced = c.series.size;
        }
        const cap = c.ids.length;
        let body = '';
        for (let k = 0; k < c.size; k++) {
          const i = (c.head + k) % cap;
          const v = c.vs[i]!;
          body += `${k ? ',' : ''}[${c.ids[i]},${c.ts[i]},${Number.isFinite(v) ? v : `"${v}"`}]`;
        }
        this.sentTotal += c.size;
        c.head = 0;
        c.size = 0;
        c.lastWrite = now;
        c.sink.write(
          `event: samples\ndata: {"series":${JSON.stringify(fresh)},"samples":[${body}],"dropped":${c.dropped}}\n\n`,
        );
      }
  }

  close(): void {
    clearInterval(this.timer);
    this.byTenant.clear();
  }
}

const DEVICE_LEVELS = SENSOR_PATH_LEVELS.slice(1);

function devicePath(ls: LiveLabels): string {
  const parts = ['', '', '', ''];
  for (const l of ls) {
    const k = DEVICE_LEVELS.indexOf(l.name as (typeof DEVICE_LEVELS)[number]);
    if (k >= 0) parts[k] = l.value;
  }
  return parts.join('/');
}

function seriesKey(ls: LiveLabels): string {
  let s = '';
  for (const l of ls) s += `${l.name}\u0000${l.value}\u0001`;
  return s;
}

function seriesInfo(id: number, ls: LiveLabels): SeriesInfo {
  let name = '';
  const labels: Record<string, string> = {};
  for (const l of ls) {
    if (l.name === '__name__') name = l.value;
    else if (!(SENSOR_PATH_LEVELS as readonly string[]).includes(l.name)) labels[l.name] = l.value;
  }
  return { id, name, labels };
}
