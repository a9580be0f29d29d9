/**
 * The rule manager: evaluates rule groups on their interval, per tenant, the way Prometheus'
 * `rules` package does. It receives everything it uses: a clock (timers and `now`), a query
 * function, per-tenant appendables, a notifier and a logger; it builds none of them, so tests drive
 * it with `ManualClock` and an in-memory store.
 *
 * Scope: groups loaded for all tenants (from `--rules` files) are evaluated once per tenant the
 * server has open, each against that tenant's store only; groups loaded for one tenant (HTTP API)
 * only for it. Evaluation state (active alerts, `for` timers) is per (group, tenant).
 *
 * Alerting follows Prometheus: an alert is pending from the first evaluation its expression returns
 * it, firing once it has been returned for `for`, and kept firing for `keep_firing_for` after it
 * stops being returned; resolved alerts are kept 15 minutes so Alertmanager learns they ended.
 * Each evaluation appends `ALERTS{alertname, alertstate, ...}` = 1 and `ALERTS_FOR_STATE{...}` =
 * active-since (seconds) through the tenant's appender, and marks series that disappeared stale.
 * Firing and resolved alerts are sent at once and re-sent every `resendDelay`; `endsAt` is
 * 4 × max(resendDelay, interval) ahead for firing alerts. After a restart, `for` state is restored
 * from `ALERTS_FOR_STATE` (when given a queryable), as Prometheus does.
 */
import {
  type Appendable,
  type Appender,
  isStaleNaN,
  type Labels,
  labelsFromRecord,
  labelsKey,
  labelsToRecord,
  METRIC_NAME,
  newMatcher,
  type Queryable,
  STALE_NAN,
  withoutLabels,
} from '@sensorpath/storage';
import type { Clock, TimerHandle } from './clock.ts';
import { SEVERITIES, type SensorEvent, type Severity } from './events.ts';
import { type Notifier, type NotifyAlert, type RulesLogger, silentLogger } from './notifier.ts';
import type { AlertingRuleSpec, RecordingRuleSpec, RuleGroupSpec, RuleSpec } from './rulefile.ts';
import { expandTemplate, type Template, type TemplateSample } from './template.ts';

/** One sample of a rule's query result. */
export interface RuleSample {
  labels: Labels;
  v: number;
}

/** Runs an instant query for a tenant; a scalar result is one sample with no labels. */
export type RuleQueryFunc = (tenant: string, expr: string, timeMs: number) => Promise<RuleSample[]>;

export interface RuleManagerOptions {
  clock: Clock;
  query: RuleQueryFunc;
  /** The storage rules write to (recording rules, ALERTS, ALERTS_FOR_STATE) for a tenant. */
  appendable: (tenant: string) => Promise<Appendable>;
  /** Tenants that groups loaded for all tenants run for (open mode: the enterprises seen). */
  tenants: () => readonly string[];
  notifier?: Notifier;
  logger?: RulesLogger;
  /** Interval of groups without `interval:`. @default 1000 (ms; sensorpath ingests in real time) */
  defaultIntervalMs?: number;
  /** Shortest interval evaluated; shorter ones are raised to it with a warning. @default 100 */
  minIntervalMs?: number;
  /** Re-send delay for firing alerts. @default 60000 */
  resendDelayMs?: number;
  /** How long resolved alerts are kept and re-sent. @default 900000 (15m) */
  resolvedRetentionMs?: number;
  /** Base URL for `generatorURL` and `$externalURL`. @default "" */
  externalURL?: string;
  /** Receives an event when an alert starts firing and when it resolves (rules emit events). */
  emitEvent?: (e: SensorEvent) => void;
  /**
   * Reads a tenant's `ALERTS_FOR_STATE` history to restore `for` state after a restart, as
   * Prometheus does; without it nothing is restored and alerts start pending again.
   */
  queryable?: (tenant: string) => Queryable;
  /** How far back `for` state is looked for. @default 3600000 (1h, Prometheus' outage tolerance) */
  outageToleranceMs?: number;
  /** Alerts with a shorter `for` are not restored; restored ones fire no sooner than this. @default 600000 (10m) */
  forGracePeriodMs?: number;
}

export type AlertState = 'inactive' | 'pending' | 'firing';

export interface Alert {
  labels: Labels;
  annotations: Record<string, string>;
  state: AlertState;
  value: number;
  activeAt: number;
  firedAt: number;
  /** 0 while active. */
  resolvedAt: number;
  lastSentAt: number;
  validUntil: number;
  /** 0 unless the expression stopped returning the alert and keep_firing_for holds it. */
  keepFiringSince: number;
}

/** Evaluation state of one rule for one tenant. */
export interface RuleState {
  health: 'unknown' | 'ok' | 'err';
  lastError: string;
  lastEvaluation: number;
  evaluationMs: number;
  /** Alerting rules: active, pending and recently resolved alerts by label key. */
  active: Map<string, Alert>;
}

export interface GroupTenantState {
  rules: RuleState[];
  lastEvaluation: number;
  evaluationMs: number;
  /** Series written at the previous evaluation, for staleness markers. */
  written: Map<string, Labels>;
  /** Evaluations so far; `for` state is restored after the second (see `restoreForState`). */
  evals: number;
  /** False until `for` state was restored: ALERTS series are not written before. */
  restored: boolean;
}

/** Where a loaded group applies. `tenant` undefined: every tenant. */
export interface GroupScope {
  source: string;
  tenant: string | undefined;
}

export class RuleGroup {
  readonly intervalMs: number;
  readonly states = new Map<string, GroupTenantState>();
  timer: TimerHandle | undefined;
  running = false;
  constructor(
    readonly spec: RuleGroupSpec,
    readonly scope: GroupScope,
    intervalMs: number,
  ) {
    this.intervalMs = intervalMs;
  }
  get key(): string {
    return groupKey(this.scope, this.spec.name);
  }
  stateFor(tenant: string): GroupTenantState {
    let s = this.states.get(tenant);
    if (!s) {
      s = {
        rules: this.spec.rules.map(() => ({
          health: 'unknown',
          lastError: '',
          lastEvaluation: 0,
          evaluationMs: 0,
          active: new Map(),
        })),
        lastEvaluation: 0,
        evaluationMs: 0,
        written: new Map(),
        evals: 0,
        restored: false,
      };
      this.states.set(tenant, s);
    }
    return s;
  }
}

function groupKey(scope: GroupScope, name: string): string {
  return `${scope.tenant ?? '*'}\u0000${scope.source}\u0000${name}`;
}

export class RuleManager {
  private readonly o: Required<
    Omit<RuleManagerOptions, 'notifier' | 'logger' | 'emitEvent' | 'queryable'>
  > & {
    notifier: Notifier | undefined;
    queryable: ((tenant: string) => Queryable) | undefined;
    emitEvent: ((e: SensorEvent) => void) | undefined;
    logger: RulesLogger;
  };
  private readonly groups = new Map<string, RuleGroup>();
  private stopped = false;
  /** Evaluations in flight, so `stop` can wait for them. */
  private readonly inflight = new Set<Promise<void>>();
  /** Rule evaluations and failed ones since start (self-monitoring). */
  readonly stats = { evaluations: 0, failures: 0, skippedTicks: 0 };

  constructor(opts: RuleManagerOptions) {
    this.o = {
      defaultIntervalMs: 1000,
      minIntervalMs: 100,
      resendDelayMs: 60000,
      resolvedRetentionMs: 900000,
      externalURL: '',
      outageToleranceMs: 3600000,
      forGracePeriodMs: 600000,
      ...opts,
      notifier: opts.notifier,
      queryable: opts.queryable,
      emitEvent: opts.emitEvent,
      logger: opts.logger ?? silentLogger,
    };
  }

  /**
   * Replaces the groups loaded from `source` (a file path, or `api` for a tenant's HTTP-managed
   * groups). Groups keep their alert state when a group of the same name and rules of the same
   * name and expression are loaded again, as in Prometheus.
   */
  setGroups(scope: GroupScope, specs: readonly RuleGroupSpec[]): void {
    const old = new Map<string, RuleGroup>();
    for (const [k, g] of this.groups) {
      if (g.scope.source === scope.source && g.scope.tenant === scope.tenant) {
        old.set(g.spec.name, g);
        g.timer?.cancel();
        this.groups.delete(k);
      }
    }
    for (const spec of specs) {
      let interval = spec.intervalMs ?? this.o.defaultIntervalMs;
      if (interval < this.o.minIntervalMs) {
        this.o.logger.warn(
          { group: spec.name, file: spec.file, interval, min: this.o.minIntervalMs },
          'evaluation interval raised to the minimum',
        );
        interval = this.o.minIntervalMs;
      }
      const g = new RuleGroup(spec, scope, interval);
      const prev = old.get(spec.name);
      if (prev) copyState(prev, g);
      this.groups.set(g.key, g);
      if (!this.stopped) this.schedule(g);
    }
  }

  /** All loaded groups (in load order). */
  list(): RuleGroup[] {
    return [...this.groups.values()];
  }

  /** Tenants a group runs for right now. */
  tenantsOf(g: RuleGroup): readonly string[] {
    return g.scope.tenant === undefined ? this.o.tenants() : [g.scope.tenant];
  }

  private schedule(g: RuleGroup): void {
    const now = this.o.clock.now();
    // Align ticks to multiples of the interval, so all groups with one interval tick together.
    const next = (Math.floor(now / g.intervalMs) + 1) * g.intervalMs;
    g.timer = this.o.clock.setTimer(() => this.tick(g, next), next - now);
  }

  private tick(g: RuleGroup, ts: number): void {
    if (this.stopped || this.groups.get(g.key) !== g) return;
    this.schedule(g);
    if (g.running) {
      this.stats.skippedTicks++;
      this.o.logger.warn(
        { group: g.spec.name },
        'rule group evaluation took longer than its interval; tick skipped',
      );
      return;
    }
    g.running = true;
    const p = this.evalGroup(g, ts)
      .catch((err: unknown) =>
        this.o.logger.error(
          { group: g.spec.name, err: (err as Error).message },
          'rule group evaluation failed',
        ),
      )
      .finally(() => {
        g.running = false;
        this.inflight.delete(p);
      });
    this.inflight.add(p);
  }

  /** Evaluates a group once at `ts` for all its tenants (also used directly by tests). */
  async evalGroup(g: RuleGroup, ts: number): Promise<void> {
    await Promise.all(this.tenantsOf(g).map((t) => this.evalGroupTenant(g, t, ts)));
  }

  private async evalGroupTenant(g: RuleGroup, tenant: string, ts: number): Promise<void> {
    const state = g.stateFor(tenant);
    if (!this.o.queryable) state.restored = true;
    const started = this.o.clock.now();
    const app = (await this.o.appendable(tenant)).appender();
    const written = new Map<string, Labels>();
    const queryTs = ts - g.spec.queryOffsetMs;
    for (let i = 0; i < g.spec.rules.length; i++) {
      const rule = g.spec.rules[i]!;
      const rs = state.rules[i]!;
      const t0 = this.o.clock.now();
      try {
        const out =
          rule.kind === 'recording'
            ? await this.evalRecording(g, rule, tenant, queryTs)
            : await this.evalAlerting(g, rule, rs, tenant, queryTs, ts);
        rs.health = 'ok';
        this.stats.evaluations++;
        rs.lastError = '';
        // ALERTS and ALERTS_FOR_STATE are written once `for` state is restored, as in Prometheus.
        if (rule.kind === 'recording' || state.restored)
          for (const s of out) appendOne(app, written, s.labels, ts, s.v);
      } catch (err) {
        rs.health = 'err';
        this.stats.evaluations++;
        this.stats.failures++;
        rs.lastError = (err as Error).message;
        this.o.logger.warn(
          { tenant, group: g.spec.name, rule: rule.name, err: rs.lastError },
          'rule evaluation failed',
        );
      }
      rs.lastEvaluation = ts;
      rs.evaluationMs = this.o.clock.now() - t0;
      if (rule.kind === 'alerting') this.sendAlerts(g, rule, rs, tenant, ts);
    }
    for (const [k, labels] of state.written) {
      if (!written.has(k)) {
        try {
          app.append(0, labels, ts, STALE_NAN);
        } catch {
          // Already stale or out of bounds: nothing to mark.
        }
      }
    }
    state.written = written;
    await app.commit();
    state.lastEvaluation = ts;
    state.evaluationMs = this.o.clock.now() - started;
    state.evals++;
    // Restore after the second evaluation: by then recording rules the alerts may read are current.
    if (!state.restored && state.evals >= 2) {
      try {
        await this.restoreForState(g, tenant, state, this.o.clock.now());
      } catch (err) {
        this.o.logger.warn(
          { tenant, group: g.spec.name, err: (err as Error).message },
          'could not restore for state',
        );
      }
      state.restored = true;
    }
  }

  /**
   * Prometheus' `RestoreForState`: for alerts with `for` >= the grace period that are active now,
   * the last `ALERTS_FOR_STATE` sample within the outage tolerance gives when the alert became
   * active (value) and when the server went down (its time). An alert that was already firing
   * keeps its start; one with less than the grace period left fires after the grace period; any
   * other is shifted by the downtime, so time spent down does not count towards `for`.
   */
  private async restoreForState(
    g: RuleGroup,
    tenant: string,
    state: GroupTenantState,
    ts: number,
  ): Promise<void> {
    const queryable = this.o.queryable?.(tenant);
    if (!queryable) return;
    const q = await queryable.querier(ts - this.o.outageToleranceMs, ts);
    try {
      for (let i = 0; i < g.spec.rules.length; i++) {
        const rule = g.spec.rules[i]!;
        const rs = state.rules[i]!;
        if (rule.kind !== 'alerting' || rule.forMs < this.o.forGracePeriodMs || rs.active.size === 0)
          continue;
        const series = await q.select(false, undefined, [
          newMatcher('=', METRIC_NAME, 'ALERTS_FOR_STATE'),
          newMatcher('=', 'alertname', rule.name),
        ]);
        const last = new Map<string, { t: number; v: number }>();
        for (const s of series) {
          const it = s.iterator();
          let t = 0;
          let v = Number.NaN;
          while (it.next()) {
            t = it.time();
            v = it.value();
          }
          if (t !== 0 && !isStaleNaN(v))
            last.set(labelsKey(withoutLabels(s.labels, [METRIC_NAME])), { t, v });
        }
        for (const [k, a] of rs.active) {
          const found = last.get(k);
          if (!found || a.state === 'inactive') continue;
          const downAt = found.t;
          let activeAt = found.v * 1000;
          const remaining = rule.forMs - (downAt - activeAt);
          if (remaining <= 0) {
            // It was firing when the server went down; the next evaluation fires it again.
          } else if (remaining < this.o.forGracePeriodMs) {
            activeAt = ts + this.o.forGracePeriodMs - rule.forMs;
          } else {
            activeAt += ts - downAt;
          }
          a.activeAt = activeAt;
        }
      }
    } finally {
      await q.close();
    }
  }

  private async evalRecording(
    g: RuleGroup,
    rule: RecordingRuleSpec,
    tenant: string,
    queryTs: number,
  ): Promise<RuleSample[]> {
    const res = await this.o.query(tenant, rule.expr, queryTs);
    const out: RuleSample[] = [];
    const seen = new Set<string>();
    for (const s of res) {
      const rec = labelsToRecord(s.labels);
      Object.assign(rec, g.spec.labels, rule.labels);
      rec[METRIC_NAME] = rule.name;
      const labels = labelsFromRecord(rec);
      const k = labelsKey(labels);
      if (seen.has(k))
        throw new Error('vector contains metrics with the same labelset after applying rule labels');
      seen.add(k);
      out.push({ labels, v: s.v });
    }
    if (g.spec.limit > 0 && out.length > g.spec.limit)
      throw new Error(`exceeded limit of ${g.spec.limit} with ${out.length} series`);
    return out;
  }

  private async evalAlerting(
    g: RuleGroup,
    rule: AlertingRuleSpec,
    rs: RuleState,
    tenant: string,
    queryTs: number,
    ts: number,
  ): Promise<RuleSample[]> {
    const res = await this.o.query(tenant, rule.expr, queryTs);
    const tplQuery = async (expr: string): Promise<TemplateSample[]> =>
      (await this.o.query(tenant, expr, queryTs)).map((s) => ({
        Labels: labelsToRecord(s.labels),
        Value: s.v,
      }));
    const found = new Map<string, Alert>();
    for (const s of res) {
      const sampleLabels = labelsToRecord(s.labels);
      delete sampleLabels[METRIC_NAME];
      const data = { labels: sampleLabels, value: s.v, externalURL: this.o.externalURL };
      const ctx = { query: tplQuery, timeMs: ts };
      const rec: Record<string, string> = { ...sampleLabels, ...g.spec.labels };
      for (const [k, t] of rule.labelTemplates) rec[k] = await expandOrError(t, data, ctx, rule.name);
      rec.alertname = rule.name;
      const annotations: Record<string, string> = {};
      for (const [k, t] of rule.annotationTemplates)
        annotations[k] = await expandOrError(t, data, ctx, rule.name);
      const labels = labelsFromRecord(rec);
      const k = labelsKey(labels);
      if (found.has(k))
        throw new Error('vector contains metrics with the same labelset after applying alert labels');
      found.set(k, {
        labels,
        annotations,
        state: 'pending',
        value: s.v,
        activeAt: ts,
        firedAt: 0,
        resolvedAt: 0,
        lastSentAt: 0,
        validUntil: 0,
        keepFiringSince: 0,
      });
    }
    for (const [k, a] of found) {
      const cur = rs.active.get(k);
      if (cur && cur.state !== 'inactive') {
        cur.value = a.value;
        cur.annotations = a.annotations;
        cur.labels = a.labels;
        continue;
      }
      rs.active.set(k, a);
    }
    const out: RuleSample[] = [];
    let activeCount = 0;
    for (const [k, a] of rs.active) {
      if (!found.has(k)) {
        let keepFiring = false;
        // Only a firing alert is held; a pending one clears at once (as in Prometheus).
        if (a.state === 'firing' && rule.keepFiringForMs > 0) {
          if (a.keepFiringSince === 0) a.keepFiringSince = ts;
          if (ts - a.keepFiringSince < rule.keepFiringForMs) keepFiring = true;
        }
        if (a.state === 'pending' || (a.resolvedAt !== 0 && ts - a.resolvedAt > this.o.resolvedRetentionMs))
          rs.active.delete(k);
        if (a.state !== 'inactive' && !keepFiring) {
          if (a.state === 'firing') this.ruleEvent(rule, a, tenant, ts, 'resolved');
          a.state = 'inactive';
          a.resolvedAt = ts;
        }
        if (!keepFiring) continue;
      } else {
        a.keepFiringSince = 0;
      }
      activeCount++;
      if (a.state === 'pending' && ts - a.activeAt >= rule.forMs) {
        a.state = 'firing';
        a.firedAt = ts;
        this.ruleEvent(rule, a, tenant, ts, 'firing');
      }
      const base = labelsToRecord(a.labels);
      out.push({ labels: labelsFromRecord({ ...base, [METRIC_NAME]: 'ALERTS', alertstate: a.state }), v: 1 });
      out.push({
        labels: labelsFromRecord({ ...base, [METRIC_NAME]: 'ALERTS_FOR_STATE' }),
        v: a.activeAt / 1000,
      });
    }
    if (g.spec.limit > 0 && activeCount > g.spec.limit) {
      rs.active.clear();
      throw new Error(`exceeded limit of ${g.spec.limit} with ${activeCount} alerts`);
    }
    return out;
  }

  private ruleEvent(
    rule: AlertingRuleSpec,
    a: Alert,
    tenant: string,
    ts: number,
    state: 'firing' | 'resolved',
  ): void {
    if (!this.o.emitEvent) return;
    const labels = labelsToRecord(a.labels);
    const sev = (SEVERITIES as readonly string[]).includes(labels.severity ?? '')
      ? (labels.severity as Severity)
      : 'warning';
    const summary = a.annotations.summary ?? `${rule.name} ${state}`;
    const e: SensorEvent = {
      seq: 0,
      time: ts,
      tenant,
      labels,
      type: rule.name,
      severity: state === 'resolved' ? 'info' : sev,
      message: state === 'resolved' ? `resolved: ${summary}` : summary,
      attributes: { rule: rule.name, state, active_at: a.activeAt },
      source: 'rule',
    };
    if (!Number.isNaN(a.value)) e.value = a.value;
    this.o.emitEvent(e);
  }

  private sendAlerts(g: RuleGroup, rule: AlertingRuleSpec, rs: RuleState, tenant: string, ts: number): void {
    const n = this.o.notifier;
    if (!n) return;
    const batch: NotifyAlert[] = [];
    const delta = Math.max(this.o.resendDelayMs, g.intervalMs);
    for (const a of rs.active.values()) {
      if (a.state === 'pending') continue;
      const due = a.resolvedAt > a.lastSentAt || a.lastSentAt + this.o.resendDelayMs < ts;
      if (!due) continue;
      a.lastSentAt = ts;
      a.validUntil = ts + 4 * delta;
      const labels = labelsToRecord(a.labels);
      labels.enterprise ??= tenant;
      batch.push({
        tenant,
        labels,
        annotations: { ...a.annotations },
        startsAt: a.firedAt,
        endsAt: a.resolvedAt !== 0 ? a.resolvedAt : a.validUntil,
        generatorURL: `${this.o.externalURL}/graph?g0.expr=${encodeURIComponent(rule.expr)}&g0.tab=1`,
      });
    }
    if (batch.length > 0) n.send(batch);
  }

  /** Stops scheduling and waits for evaluations in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const g of this.groups.values()) g.timer?.cancel();
    await Promise.allSettled([...this.inflight]);
  }
}

async function expandOrError(
  t: Template,
  data: { labels: Record<string, string>; value: number; externalURL: string },
  ctx: { query: (e: string) => Promise<TemplateSample[]>; timeMs: number },
  name: string,
): Promise<string> {
  try {
    return await expandTemplate(t, data, ctx, `__alert_${name}`);
  } catch (err) {
    // Prometheus puts the error in place of the text rather than failing the rule.
    return `<error expanding template: ${(err as Error).message}>`;
  }
}

function appendOne(app: Appender, written: Map<string, Labels>, labels: Labels, ts: number, v: number): void {
  try {
    app.append(0, labels, ts, v);
    written.set(labelsKey(labels), labels);
  } catch {
    // Out of order or duplicate (e.g. two evaluations at one timestamp): the sample is dropped,
    // the rule result stays valid.
  }
}

function sameRule(a: RuleSpec, b: RuleSpec): boolean {
  return a.kind === b.kind && a.name === b.name && a.expr === b.expr;
}

function copyState(from: RuleGroup, to: RuleGroup): void {
  for (const [tenant, st] of from.states) {
    const dst = to.stateFor(tenant);
    dst.written = st.written;
    dst.evals = st.evals;
    dst.restored = st.restored;
    to.spec.rules.forEach((r, i) => {
      const j = from.spec.rules.findIndex((o) => sameRule(o, r));
      const src = j >= 0 ? st.rules[j] : undefined;
      if (src) dst.rules[i] = src;
    });
  }
}
