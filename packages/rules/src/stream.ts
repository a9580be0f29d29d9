/**
 * Event processing on the sample stream: processors evaluated as each committed sample arrives
 * (not on an interval), configured in a YAML file (docs/rules.md, "Stream processors"). Types:
 *
 * - `threshold`: the value crosses `above`/`below`; it clears only past `clear` (hysteresis).
 *   Optional `peers`: the series that differ only in one label (e.g. the other phases) must all be
 *   on the normal side, which is how phase loss differs from a full outage.
 * - `change`: the value differs from the previous one of the series (a state change).
 * - `rate`: the per-second change between consecutive samples exceeds `above` (or is below
 *   `below`); re-armed once it is back within bounds.
 * - `absence`: no sample of a matching series in a group (default: per device) for `for`;
 *   timer-driven on the injected clock, cleared by the next sample.
 * - `sequence`: `first` becomes true, then `then` becomes true within `within`, per group.
 *
 * Each processor emits an event (type = processor name) and, with `alert: true`, an alert to the
 * notifier: firing when a condition starts and resolved when it clears (threshold, absence), or
 * firing for `alert_duration` for one-shot processors. The hot path does no per-sample allocation
 * except for a series' first sample: processors are indexed by metric name and state is keyed by
 * the series' label key computed once per sample.
 */
import { readFile } from 'node:fs/promises';
import { parseDuration, parseExpr } from '@sensorpath/promql';
import { getLabel, type Labels, labelsKey, type Matcher, METRIC_NAME, matchesAll } from '@sensorpath/storage';
import { z } from 'zod';
import type { Clock, TimerHandle } from './clock.ts';
import { FileInvalidError, type FileProblem, RulesError } from './errors.ts';
import { SEVERITIES, type SensorEvent, type Severity } from './events.ts';
import { type Notifier, type RulesLogger, silentLogger } from './notifier.ts';
import { Template } from './template.ts';
import { dropEmpty, parseYaml } from './yamlfile.ts';

const PATH_LABELS = ['enterprise', 'site', 'area', 'line', 'device'];

const num = z
  .string()
  .refine((s) => s.trim() !== '' && !Number.isNaN(Number(s)), 'must be a number')
  .transform(Number);
const dur = z.string().transform((s, ctx) => {
  const ms = parseDuration(s);
  if (ms === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `not a valid duration string: "${s}" (use e.g. 30s, 1m30s, 500ms)`,
    });
    return z.NEVER;
  }
  return ms;
});
const bool = z.enum(['true', 'false']).transform((s) => s === 'true');
const common = {
  name: z
    .string()
    .regex(/^[a-zA-Z_][a-zA-Z0-9_.:-]*$/, 'must be a name (letters, digits, "_", ".", ":", "-")'),
  severity: z.enum(SEVERITIES).default('warning'),
  message: z.string().optional(),
  labels: z.record(z.string(), z.string()).default({}),
  alert: bool.default(false),
  alert_duration: dur.default(300_000),
};
const condition = z.strictObject({ match: z.string(), above: num.optional(), below: num.optional() });
const processorSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('threshold'),
    match: z.string(),
    above: num.optional(),
    below: num.optional(),
    clear: num.optional(),
    peers: z.strictObject({ label: z.string(), above: num.optional(), below: num.optional() }).optional(),
    ...common,
  }),
  z.strictObject({ type: z.literal('change'), match: z.string(), ...common }),
  z.strictObject({
    type: z.literal('rate'),
    match: z.string(),
    above: num.optional(),
    below: num.optional(),
    ...common,
  }),
  z.strictObject({
    type: z.literal('absence'),
    match: z.string(),
    for: dur,
    by: z.array(z.string()).optional(),
    ...common,
  }),
  z.strictObject({
    type: z.literal('sequence'),
    first: condition,
    // biome-ignore lint/suspicious/noThenProperty: the YAML field is named "then" (A then B)
    then: condition,
    within: dur,
    by: z.array(z.string()).optional(),
    ...common,
  }),
]);
const fileSchema = z.strictObject({ processors: z.array(processorSchema).default([]) });

type ProcessorConfig = z.output<typeof processorSchema>;

interface Selector {
  name: string | undefined;
  matchers: Matcher[];
  text: string;
}

export interface ProcessorSpec {
  config: ProcessorConfig;
  message: Template;
  line: number;
  /** Selectors whose samples this processor sees (one, or two for sequences). */
  selectors: Selector[];
}

function parseSelector(text: string): Selector {
  const e = parseExpr(text);
  if (e.kind !== 'vector' || e.offset !== 0 || e.at)
    throw new Error('must be a series selector like metric{label="value"}');
  const nameM = e.matchers.find((m) => m.name === METRIC_NAME && m.type === '=');
  return { name: nameM?.value ?? (e.name || undefined), matchers: e.matchers, text };
}

const defaultMessages: Record<ProcessorConfig['type'], string> = {
  threshold: '{{ $labels.__name__ }} {{ $value }} crossed the threshold on {{ $labels.device }}',
  change: '{{ $labels.__name__ }} changed to {{ $value }} on {{ $labels.device }}',
  rate: '{{ $labels.__name__ }} changes at {{ $value }}/s on {{ $labels.device }}',
  absence: 'no samples from {{ $labels.device }} for the configured time',
  sequence: 'sequence matched on {{ $labels.device }}',
};

/** Parses and validates a processors file; problems are reported with file, line and column. */
export function parseProcessorsFile(text: string, file: string): ProcessorSpec[] {
  const code = 'RULES_EVENTS_CONFIG_INVALID' as const;
  const { doc, loc } = parseYaml(text, file, code);
  const r = fileSchema.safeParse(dropEmpty(doc.toJS() ?? {}));
  if (!r.success) {
    throw new FileInvalidError(
      code,
      r.error.issues.map((iss) => {
        const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
        if (iss.code === 'unrecognized_keys') {
          const k = iss.keys[0] ?? '';
          return loc.problem([...path, k], `unknown field ${k}`, true);
        }
        const last = path[path.length - 1];
        return loc.problem(
          path,
          `${typeof last === 'string' ? `${last}: ` : ''}${iss.message.replace(/^Invalid input: /, '')}`,
        );
      }),
    );
  }
  const problems: FileProblem[] = [];
  const out: ProcessorSpec[] = [];
  const names = new Set<string>();
  r.data.processors.forEach((p, i) => {
    const pp = ['processors', i];
    const bad = (field: string, reason: string) =>
      problems.push(loc.problem([...pp, field], `processor "${p.name}": ${field}: ${reason}`));
    if (names.has(p.name)) bad('name', 'name is used twice');
    names.add(p.name);
    const sel = (field: string, text: string): Selector | undefined => {
      try {
        return parseSelector(text);
      } catch (err) {
        bad(field, `${JSON.stringify(text)}: ${(err as Error).message}`);
        return undefined;
      }
    };
    const selectors: Selector[] = [];
    if (p.type === 'sequence') {
      for (const f of ['first', 'then'] as const) {
        const s = sel(f, p[f].match);
        if (s) selectors.push(s);
        if (p[f].above === undefined && p[f].below === undefined) bad(f, 'needs above or below');
      }
    } else {
      const s = sel('match', p.match);
      if (s) selectors.push(s);
    }
    if (p.type === 'threshold' || p.type === 'rate') {
      if ((p.above === undefined) === (p.below === undefined))
        bad('type', 'needs exactly one of above or below');
    }
    if (p.type === 'threshold' && p.clear !== undefined) {
      if (p.below !== undefined && p.clear < p.below)
        bad('clear', 'must be >= below (it is where the condition ends)');
      if (p.above !== undefined && p.clear > p.above)
        bad('clear', 'must be <= above (it is where the condition ends)');
    }
    if (p.type === 'threshold' && p.peers && (p.peers.above === undefined) === (p.peers.below === undefined))
      bad('peers', 'needs exactly one of above or below');
    let message: Template | undefined;
    try {
      message = Template.compile(p.message ?? defaultMessages[p.type], p.name);
    } catch (err) {
      bad('message', (err as Error).message);
    }
    if (message && selectors.length === (p.type === 'sequence' ? 2 : 1))
      out.push({ config: p, message, line: loc.at(pp).line, selectors });
  });
  if (problems.length > 0) throw new FileInvalidError(code, problems);
  return out;
}

export async function loadProcessorsFile(path: string): Promise<ProcessorSpec[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new RulesError(
      'RULES_FILE_READ',
      `cannot read processors file ${path}: ${(err as Error).message}`,
      {
        cause: err,
        context: { file: path },
      },
    );
  }
  return parseProcessorsFile(text, path);
}

// ---------------------------------------------------------------------------------------------

export interface StreamEngineOptions {
  clock: Clock;
  /** Receives every event emitted (the event store's `append`). */
  emit: (e: SensorEvent) => void;
  notifier?: Notifier;
  logger?: RulesLogger;
}

interface SeriesState {
  labels: Labels;
  active: boolean;
  prevT: number;
  prevV: number;
  has: boolean;
}

interface GroupState {
  labels: Labels;
  lastSeen: number;
  active: boolean;
  firstAt: number;
  tenant: string;
}

const condOf = (c: { above?: number | undefined; below?: number | undefined }, v: number): boolean =>
  c.above !== undefined ? v > c.above : c.below !== undefined ? v < c.below : false;

/** One processor's runtime state. */
class Proc {
  readonly series = new Map<string, SeriesState>();
  readonly groups = new Map<string, GroupState>();
  /** Peers: latest value per (group without the peer label) → (peer label value → value). */
  readonly peers = new Map<string, Map<string, number>>();
  timer: TimerHandle | undefined;
  constructor(readonly spec: ProcessorSpec) {}
}

function groupKey(labels: Labels, by: readonly string[], tenant: string): string {
  let s = tenant;
  for (const n of by) s += `\u0000${getLabel(labels, n)}`;
  return s;
}

function keyWithout(labels: Labels, drop: string): string {
  let s = '';
  for (const l of labels) if (l.name !== drop) s += `${l.name.length}:${l.name}${l.value.length}:${l.value}`;
  return s;
}

/** Runs processors over the sample stream. */
export class StreamEngine {
  private procs: Proc[] = [];
  /** Processors by metric name; `*` for selectors without a fixed name. */
  private byName = new Map<string, { p: Proc; sel: number }[]>();
  private readonly log: RulesLogger;
  constructor(private readonly o: StreamEngineOptions) {
    this.log = o.logger ?? silentLogger;
  }

  /** Replaces the processors (state of processors with the same name and type is kept). */
  setProcessors(specs: readonly ProcessorSpec[]): void {
    const old = new Map(this.procs.map((p) => [p.spec.config.name, p]));
    for (const p of this.procs) p.timer?.cancel();
    this.procs = specs.map((s) => {
      const prev = old.get(s.config.name);
      const p = new Proc(s);
      if (prev && prev.spec.config.type === s.config.type) {
        for (const [k, v] of prev.series) p.series.set(k, v);
        for (const [k, v] of prev.groups) p.groups.set(k, v);
      }
      return p;
    });
    this.byName = new Map();
    for (const p of this.procs) {
      p.spec.selectors.forEach((sel, i) => {
        const k = sel.name ?? '*';
        const list = this.byName.get(k) ?? [];
        this.byName.set(k, list);
        list.push({ p, sel: i });
      });
      if (p.spec.config.type === 'absence') this.armAbsence(p);
    }
  }

  get processors(): readonly ProcessorSpec[] {
    return this.procs.map((p) => p.spec);
  }

  /** Feeds one committed sample (never a staleness marker). */
  observe(tenant: string, labels: Labels, t: number, v: number): void {
    const name = getLabel(labels, METRIC_NAME);
    const a = this.byName.get(name);
    const b = this.byName.get('*');
    if (!a && !b) return;
    let key: string | undefined;
    for (const list of [a, b]) {
      if (!list) continue;
      for (const { p, sel } of list) {
        if (!matchesAll(labels, p.spec.selectors[sel]!.matchers)) continue;
        key ??= `${tenant}\u0000${labelsKey(labels)}`;
        try {
          this.step(p, sel, tenant, key, labels, t, v);
        } catch (err) {
          this.log.warn(
            { processor: p.spec.config.name, err: (err as Error).message },
            'stream processor failed',
          );
        }
      }
    }
  }

  private seriesState(p: Proc, key: string, labels: Labels): SeriesState {
    let s = p.series.get(key);
    if (!s) {
      s = { labels, active: false, prevT: 0, prevV: 0, has: false };
      p.series.set(key, s);
    }
    return s;
  }

  private step(
    p: Proc,
    sel: number,
    tenant: string,
    key: string,
    labels: Labels,
    t: number,
    v: number,
  ): void {
    const c = p.spec.config;
    switch (c.type) {
      case 'threshold': {
        const s = this.seriesState(p, key, labels);
        let peersOk = true;
        if (c.peers) {
          const gk = `${tenant}\u0000${keyWithout(labels, c.peers.label)}`;
          let m = p.peers.get(gk);
          if (!m) {
            m = new Map();
            p.peers.set(gk, m);
          }
          const me = getLabel(labels, c.peers.label);
          m.set(me, v);
          let others = 0;
          for (const [pv, val] of m) {
            if (pv === me) continue;
            others++;
            if (!condOf(c.peers, val)) peersOk = false;
          }
          if (others === 0) peersOk = false;
        }
        if (!s.active) {
          if (condOf(c, v) && peersOk) {
            s.active = true;
            this.fire(p, tenant, labels, t, v, 'firing', { threshold: c.above ?? c.below ?? 0 });
          }
        } else {
          const clear = c.clear ?? c.above ?? c.below ?? 0;
          const cleared = c.below !== undefined ? v >= clear : v <= clear;
          if (cleared) {
            s.active = false;
            this.fire(p, tenant, labels, t, v, 'resolved', { threshold: clear });
          }
        }
        break;
      }
      case 'change': {
        const s = this.seriesState(p, key, labels);
        if (s.has && s.prevV !== v && !(Number.isNaN(v) && Number.isNaN(s.prevV))) {
          this.fire(p, tenant, labels, t, v, 'oneshot', { from: s.prevV, to: v });
        }
        s.prevV = v;
        s.has = true;
        break;
      }
      case 'rate': {
        const s = this.seriesState(p, key, labels);
        if (s.has && t > s.prevT) {
          const r = ((v - s.prevV) * 1000) / (t - s.prevT);
          const hit = condOf(c, r);
          if (hit && !s.active)
            this.fire(p, tenant, labels, t, r, 'oneshot', { rate_per_second: r, from: s.prevV, to: v });
          s.active = hit;
        }
        s.prevT = t;
        s.prevV = v;
        s.has = true;
        break;
      }
      case 'absence': {
        const by = c.by ?? PATH_LABELS;
        const gk = groupKey(labels, by, tenant);
        let g = p.groups.get(gk);
        if (!g) {
          g = { labels: pick(labels, by), lastSeen: t, active: false, firstAt: 0, tenant };
          p.groups.set(gk, g);
        }
        // Absence is about arrival, so the clock (not the sample's own timestamp) is the reference.
        g.lastSeen = this.o.clock.now();
        if (g.active) {
          g.active = false;
          this.fire(p, tenant, g.labels, t, v, 'resolved', { silent_for_ms: c.for });
        }
        break;
      }
      case 'sequence': {
        const by = c.by ?? PATH_LABELS;
        const gk = groupKey(labels, by, tenant);
        let g = p.groups.get(gk);
        if (!g) {
          g = { labels: pick(labels, by), lastSeen: 0, active: false, firstAt: -1, tenant };
          p.groups.set(gk, g);
        }
        const s = this.seriesState(p, `${sel}\u0000${key}`, labels);
        const now = condOf(sel === 0 ? c.first : c.then, v);
        const rising = now && !s.active;
        s.active = now;
        if (!rising) break;
        if (sel === 0) g.firstAt = t;
        else if (g.firstAt >= 0 && t - g.firstAt <= c.within) {
          const first = g.firstAt;
          g.firstAt = -1;
          this.fire(p, tenant, mergeLabels(g.labels, labels), t, v, 'oneshot', {
            first_at: first,
            gap_ms: t - first,
          });
        }
        break;
      }
    }
  }

  private armAbsence(p: Proc): void {
    const c = p.spec.config;
    if (c.type !== 'absence') return;
    const period = Math.min(5000, Math.max(100, Math.floor(c.for / 10)));
    const sweep = () => {
      const now = this.o.clock.now();
      for (const g of p.groups.values()) {
        if (!g.active && now - g.lastSeen >= c.for) {
          g.active = true;
          this.fire(p, g.tenant, g.labels, now, Number.NaN, 'firing', {
            silent_for_ms: now - g.lastSeen,
            last_seen: g.lastSeen,
          });
        }
      }
      p.timer = this.o.clock.setTimer(sweep, period);
    };
    p.timer = this.o.clock.setTimer(sweep, period);
  }

  private fire(
    p: Proc,
    tenant: string,
    labels: Labels,
    t: number,
    v: number,
    kind: 'firing' | 'resolved' | 'oneshot',
    attrs: Record<string, number>,
  ): void {
    const c = p.spec.config;
    const rec: Record<string, string> = {};
    for (const l of labels) rec[l.name] = l.value;
    const metric = rec[METRIC_NAME];
    delete rec[METRIC_NAME];
    Object.assign(rec, c.labels);
    const data = { labels: { ...rec, ...(metric ? { __name__: metric } : {}) }, value: v };
    void p.spec.message.expand(data).then(
      (msg) => this.deliver(p, tenant, rec, metric, t, v, kind, attrs, msg),
      (err: Error) =>
        this.deliver(p, tenant, rec, metric, t, v, kind, attrs, `<error expanding template: ${err.message}>`),
    );
  }

  private deliver(
    p: Proc,
    tenant: string,
    labels: Record<string, string>,
    metric: string | undefined,
    t: number,
    v: number,
    kind: 'firing' | 'resolved' | 'oneshot',
    attrs: Record<string, number>,
    message: string,
  ): void {
    const c = p.spec.config;
    const attributes: Record<string, string | number | boolean> = { processor: c.type, ...attrs };
    if (metric) attributes.metric = metric;
    if (kind !== 'oneshot') attributes.state = kind;
    const severity: Severity = kind === 'resolved' ? 'info' : c.severity;
    const e: SensorEvent = {
      seq: 0,
      time: t,
      tenant,
      labels,
      type: c.name,
      severity,
      message: kind === 'resolved' ? `resolved: ${message}` : message,
      attributes,
      source: 'processor',
    };
    if (!Number.isNaN(v)) e.value = v;
    this.o.emit(e);
    if (c.alert && this.o.notifier) {
      const alertLabels: Record<string, string> = { ...labels, alertname: c.name, severity: c.severity };
      alertLabels.enterprise ??= tenant;
      const now = this.o.clock.now();
      this.o.notifier.send([
        {
          tenant,
          labels: alertLabels,
          annotations: { summary: message, source: 'sensorpath stream processor' },
          startsAt: t,
          endsAt: kind === 'resolved' ? now : kind === 'oneshot' ? t + c.alert_duration : now + 24 * 3600_000,
          generatorURL: '',
        },
      ]);
    }
  }

  stop(): void {
    for (const p of this.procs) p.timer?.cancel();
  }
}

function pick(labels: Labels, names: readonly string[]): Labels {
  return labels.filter((l) => names.includes(l.name));
}

function mergeLabels(a: Labels, b: Labels): Labels {
  const m = new Map<string, string>();
  for (const l of b) m.set(l.name, l.value);
  for (const l of a) m.set(l.name, l.value);
  return [...m].map(([name, value]) => ({ name, value })).sort((x, y) => (x.name < y.name ? -1 : 1));
}
