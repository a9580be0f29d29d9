/**
 * The embedded event store: an append-only log per tenant under the data directory
 * (`<data>/events/<tenant>/events.jsonl`, one JSON event per line in arrival order, format in
 * docs/format/events.md) with the events also held in memory for queries, and live subscribers for
 * the server-sent-events stream. Opening a tenant replays its log; a torn last line (a crash in the
 * middle of a write) is skipped with a warning. Writes go through one append stream per tenant and
 * are not fsync'd per event: events are notifications, not measurements, and the MQTT layer
 * acknowledges them on receipt. Memory keeps the newest `maxInMemory` events per tenant; older
 * ones stay in the file (queries over them are not served; there is no retention yet).
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  type WriteStream,
} from 'node:fs';
import { join } from 'node:path';
import { type Matcher, matchesAll } from '@sensorpath/storage';
import type { SensorEvent } from './events.ts';
import { type RulesLogger, silentLogger } from './notifier.ts';

export interface EventQuery {
  /** Tenants to read; undefined: all open tenants. */
  tenants?: readonly string[];
  matchers?: readonly Matcher[];
  /** Inclusive bounds, ms. */
  start?: number;
  end?: number;
  /** Newest `limit` events of the range. @default 1000 */
  limit?: number;
}

export interface EventFilter {
  tenants?: readonly string[];
  matchers?: readonly Matcher[];
}

export interface EventStoreOptions {
  /** Directory for the logs; undefined keeps events in memory only (tests). */
  dir: string | undefined;
  logger?: RulesLogger;
  /** @default 100000 */
  maxInMemory?: number;
}

interface TenantLog {
  events: SensorEvent[];
  seq: number;
  out: WriteStream | undefined;
}

const TENANT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Label set of an event for matching: its labels plus `type`, `severity` and `source` as labels. */
function matchLabels(e: SensorEvent): { name: string; value: string }[] {
  const out = Object.entries(e.labels).map(([name, value]) => ({ name, value }));
  out.push(
    { name: 'type', value: e.type },
    { name: 'severity', value: e.severity },
    { name: 'source', value: e.source },
  );
  return out;
}

export function eventMatches(e: SensorEvent, f: EventFilter): boolean {
  if (f.tenants && !f.tenants.includes(e.tenant)) return false;
  return !f.matchers || f.matchers.length === 0 || matchesAll(matchLabels(e), f.matchers);
}

export class EventStore {
  private readonly logs = new Map<string, TenantLog>();
  private readonly subs = new Set<{ f: EventFilter; cb: (e: SensorEvent) => void }>();
  private readonly log: RulesLogger;
  private readonly max: number;
  constructor(private readonly o: EventStoreOptions) {
    this.log = o.logger ?? silentLogger;
    this.max = o.maxInMemory ?? 100000;
    if (o.dir && existsSync(o.dir)) {
      for (const t of readdirSync(o.dir)) if (TENANT.test(t)) this.tenant(t);
    }
  }

  private tenant(t: string): TenantLog {
    let l = this.logs.get(t);
    if (l) return l;
    l = { events: [], seq: 0, out: undefined };
    if (this.o.dir) {
      const dir = join(this.o.dir, t);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'events.jsonl');
      if (existsSync(file)) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (line === '') return;
          try {
            const e = JSON.parse(line) as SensorEvent;
            l!.events.push(e);
            l!.seq = Math.max(l!.seq, e.seq);
          } catch {
            this.log.warn({ file, line: i + 1 }, 'skipping unreadable event log line (torn write?)');
          }
        });
        if (l.events.length > this.max) l.events.splice(0, l.events.length - this.max);
        l.events.sort((a, b) => a.time - b.time || a.seq - b.seq);
      }
      l.out = createWriteStream(file, { flags: 'a' });
      l.out.on('error', (err) => this.log.error({ file, err: err.message }, 'event log write failed'));
    }
    this.logs.set(t, l);
    return l;
  }

  tenants(): string[] {
    return [...this.logs.keys()].sort();
  }

  /** Stores an event (assigning `seq`) and hands it to live subscribers. */
  /** Events stored since start, by source (self-monitoring). */
  readonly appended = new Map<string, number>();

  append(e: SensorEvent): SensorEvent {
    this.appended.set(e.source, (this.appended.get(e.source) ?? 0) + 1);
    if (!TENANT.test(e.tenant)) throw new Error(`invalid tenant name ${JSON.stringify(e.tenant)}`);
    const l = this.tenant(e.tenant);
    e.seq = ++l.seq;
    // Keep time order; events arrive nearly in order, so insertion is near the end.
    let i = l.events.length;
    while (i > 0 && l.events[i - 1]!.time > e.time) i--;
    if (i === l.events.length) l.events.push(e);
    else l.events.splice(i, 0, e);
    if (l.events.length > this.max) l.events.shift();
    l.out?.write(`${JSON.stringify(e)}\n`);
    for (const s of this.subs) {
      if (eventMatches(e, s.f)) {
        try {
          s.cb(e);
        } catch (err) {
          this.log.warn({ err: (err as Error).message }, 'event subscriber failed');
        }
      }
    }
    return e;
  }

  query(q: EventQuery): SensorEvent[] {
    const start = q.start ?? Number.NEGATIVE_INFINITY;
    const end = q.end ?? Number.POSITIVE_INFINITY;
    const limit = q.limit ?? 1000;
    const out: SensorEvent[] = [];
    for (const t of q.tenants ?? this.tenants()) {
      const l = this.logs.get(t);
      if (!l) continue;
      for (const e of l.events) {
        if (e.time < start || e.time > end) continue;
        if (eventMatches(e, { matchers: q.matchers })) out.push(e);
      }
    }
    out.sort(
      (a, b) => a.time - b.time || (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : a.seq - b.seq),
    );
    return out.length > limit ? out.slice(out.length - limit) : out;
  }

  /** Calls `cb` for each new event matching `f`; returns the unsubscribe function. */
  subscribe(f: EventFilter, cb: (e: SensorEvent) => void): () => void {
    const s = { f, cb };
    this.subs.add(s);
    return () => this.subs.delete(s);
  }

  async close(): Promise<void> {
    this.subs.clear();
    await Promise.all(
      [...this.logs.values()].map((l) => new Promise<void>((r) => (l.out ? l.out.end(() => r()) : r()))),
    );
    this.logs.clear();
  }
}
