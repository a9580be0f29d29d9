/**
 * The rules subsystem as the server plugs it in: the rule manager over the PromQL engine and each
 * tenant's store, notifiers (Alertmanager, webhook), the event store, stream processors fed from
 * ingestion, and the HTTP API. The server hands over how to reach tenants' storage (`RulesDeps`);
 * this file wires the pieces and owns their lifecycle, nothing else.
 *
 * Rule files given at start (`--rules`) apply to every tenant; a tenant's own file (HTTP API) is
 * kept in `<data>/rules/tenants/<tenant>.yaml` and loaded again at start. A reload (`reload()`,
 * SIGHUP, `POST /api/v1/rules/reload`) validates every file first: if one is refused, the error
 * names file, line and reason and the groups already loaded keep running unchanged.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Engine, type EngineOptions } from '@sensorpath/promql';
import { parseTopic } from '@sensorpath/protocol';
import { type Appendable, isStaleNaN, type Labels, type Queryable } from '@sensorpath/storage';
import { createRulesApi, type RulesApiHandler, type ScopeLabels } from './api.ts';
import { type Clock, systemClock } from './clock.ts';
import { FileInvalidError } from './errors.ts';
import { EventStore } from './event-store.ts';
import { parseEdgeEvents, type SensorEvent } from './events.ts';
import { AlertmanagerNotifier, type HttpNotifierOptions, WebhookNotifier } from './http-notifier.ts';
import { RuleManager } from './manager.ts';
import { FanoutNotifier, type Notifier, type RulesLogger, silentLogger } from './notifier.ts';
import { engineQueryFunc } from './query.ts';
import { loadRuleFile, parseRuleFile, type RuleGroupSpec } from './rulefile.ts';
import { loadProcessorsFile, type ProcessorSpec, StreamEngine } from './stream.ts';

export interface RulesOptions {
  /** Event logs go to `<dataDir>/events`, tenant rule files to `<dataDir>/rules`; undefined: memory only. */
  dataDir: string | undefined;
  /** Rule files (Prometheus format) evaluated for every tenant. */
  ruleFiles?: readonly string[];
  /** Stream processor files (YAML, docs/rules.md). */
  processorFiles?: readonly string[];
  /** Alertmanager base URLs (`http://host:9093`). */
  alertmanagers?: readonly string[];
  /** Webhook URLs receiving alert batches. */
  webhooks?: readonly string[];
  clock?: Clock;
  logger?: RulesLogger;
  engineOptions?: EngineOptions;
  /** @default 1000 */
  defaultIntervalMs?: number;
  externalURL?: string;
  notifierOptions?: Partial<Omit<HttpNotifierOptions, 'url' | 'clock' | 'logger'>>;
  /** Extra notifier (tests, the benchmark). */
  notifier?: Notifier;
}

/** What the server provides: per-tenant reads and writes and the tenants it has. */
export interface RulesDeps {
  queryable: (tenant: string) => Queryable;
  appendable: (tenant: string) => Promise<Appendable>;
  tenants: () => readonly string[];
}

const TENANT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class RulesSystem {
  readonly manager: RuleManager;
  readonly events: EventStore;
  readonly stream: StreamEngine;
  readonly notifier: Notifier;
  readonly http: RulesApiHandler;
  private readonly log: RulesLogger;
  private readonly httpNotifiers: (AlertmanagerNotifier | WebhookNotifier)[] = [];
  private readonly tenantText = new Map<string, string>();
  private readonly tenantDir: string | undefined;

  private constructor(
    private readonly o: RulesOptions,
    deps: RulesDeps,
  ) {
    const clock = o.clock ?? systemClock;
    this.log = o.logger ?? silentLogger;
    const targets: Notifier[] = [];
    const no = { clock, logger: this.log, ...o.notifierOptions };
    for (const url of o.alertmanagers ?? [])
      this.httpNotifiers.push(new AlertmanagerNotifier({ url, ...no }));
    for (const url of o.webhooks ?? []) this.httpNotifiers.push(new WebhookNotifier({ url, ...no }));
    targets.push(...this.httpNotifiers);
    if (o.notifier) targets.push(o.notifier);
    this.notifier = new FanoutNotifier(targets);
    this.events = new EventStore({ dir: o.dataDir && join(o.dataDir, 'events'), logger: this.log });
    const emit = (e: SensorEvent) => {
      this.events.append(e);
    };
    this.manager = new RuleManager({
      clock,
      query: engineQueryFunc(new Engine(o.engineOptions), deps.queryable),
      appendable: deps.appendable,
      tenants: deps.tenants,
      notifier: this.notifier,
      logger: this.log,
      defaultIntervalMs: o.defaultIntervalMs ?? 1000,
      externalURL: o.externalURL ?? '',
      emitEvent: emit,
      queryable: deps.queryable,
    });
    this.stream = new StreamEngine({ clock, emit, notifier: this.notifier, logger: this.log });
    this.tenantDir = o.dataDir && join(o.dataDir, 'rules', 'tenants');
    this.http = createRulesApi({
      manager: this.manager,
      events: this.events,
      now: () => clock.now(),
      tenantFiles: {
        get: (t) => this.tenantText.get(t),
        put: (t, text) => this.putTenantRules(t, text),
        delete: (t) => this.deleteTenantRules(t),
      },
    });
  }

  /** Loads every file; a refused file fails the start with its file, line and reason. */
  static async open(o: RulesOptions, deps: RulesDeps): Promise<RulesSystem> {
    const s = new RulesSystem(o, deps);
    await s.reload();
    if (s.tenantDir && existsSync(s.tenantDir)) {
      for (const f of readdirSync(s.tenantDir)) {
        const t = f.replace(/\.yaml$/, '');
        if (!f.endsWith('.yaml') || !TENANT.test(t)) continue;
        const path = join(s.tenantDir, f);
        const text = readFileSync(path, 'utf8');
        try {
          s.manager.setGroups({ source: 'api', tenant: t }, parseRuleFile(text, path));
          s.tenantText.set(t, text);
        } catch (err) {
          s.log.error(
            { tenant: t, file: path, err: (err as Error).message },
            'tenant rule file refused; skipped',
          );
        }
      }
    }
    return s;
  }

  /**
   * Re-reads the `--rules` and `--events` files. All are validated before any is applied; on a
   * refusal this throws (FileInvalidError with file, line and reason) and nothing changes.
   */
  async reload(): Promise<void> {
    const files = this.o.ruleFiles ?? [];
    const ruleSets: RuleGroupSpec[][] = [];
    for (const f of files) ruleSets.push(await loadRuleFile(f));
    const procs: ProcessorSpec[] = [];
    for (const f of this.o.processorFiles ?? []) procs.push(...(await loadProcessorsFile(f)));
    for (const [i, f] of files.entries())
      this.manager.setGroups({ source: f, tenant: undefined }, ruleSets[i]!);
    this.stream.setProcessors(procs);
    this.log.info(
      { ruleFiles: files.length, groups: this.manager.list().length, processors: procs.length },
      'rules loaded',
    );
  }

  private async putTenantRules(tenant: string, text: string): Promise<void> {
    if (!TENANT.test(tenant))
      throw new FileInvalidError('RULES_FILE_INVALID', [
        { file: `tenant ${tenant}`, line: 1, column: 1, reason: 'invalid tenant name' },
      ]);
    const path = this.tenantDir ? join(this.tenantDir, `${tenant}.yaml`) : `api:${tenant}`;
    const groups = parseRuleFile(text, path);
    if (this.tenantDir) {
      mkdirSync(this.tenantDir, { recursive: true });
      await writeFile(`${path}.tmp`, text);
      await rename(`${path}.tmp`, path);
    }
    this.manager.setGroups({ source: 'api', tenant }, groups);
    this.tenantText.set(tenant, text);
  }

  private async deleteTenantRules(tenant: string): Promise<boolean> {
    if (!this.tenantText.has(tenant)) return false;
    this.manager.setGroups({ source: 'api', tenant }, []);
    this.tenantText.delete(tenant);
    if (this.tenantDir) await rm(join(this.tenantDir, `${tenant}.yaml`), { force: true });
    return true;
  }

  /** Self-monitoring in Prometheus text format, appended to the server's `/metrics`. */
  selfMetrics(): string {
    const m = this.manager.stats;
    const lines = [
      '# HELP sensorpath_rule_evaluations_total Rule evaluations (per rule and tenant).',
      '# TYPE sensorpath_rule_evaluations_total counter',
      `sensorpath_rule_evaluations_total ${m.evaluations}`,
      '# HELP sensorpath_rule_evaluation_failures_total Rule evaluations that failed (see /api/v1/rules lastError).',
      '# TYPE sensorpath_rule_evaluation_failures_total counter',
      `sensorpath_rule_evaluation_failures_total ${m.failures}`,
      '# HELP sensorpath_rule_group_iterations_missed_total Ticks skipped because the previous evaluation was still running.',
      '# TYPE sensorpath_rule_group_iterations_missed_total counter',
      `sensorpath_rule_group_iterations_missed_total ${m.skippedTicks}`,
      '# HELP sensorpath_rule_group_last_duration_seconds Duration of the last evaluation of a group, per tenant.',
      '# TYPE sensorpath_rule_group_last_duration_seconds gauge',
    ];
    const q = (v: string) => JSON.stringify(v);
    for (const g of this.manager.list())
      for (const [t, st] of g.states)
        lines.push(
          `sensorpath_rule_group_last_duration_seconds{tenant=${q(t)},file=${q(g.spec.file)},group=${q(g.spec.name)}} ${st.evaluationMs / 1000}`,
        );
    for (const [name, help, key] of [
      ['sent', 'Alerts delivered to a receiver.', 'sent'],
      ['dropped', 'Alerts dropped because the queue was full.', 'dropped'],
      ['failed', 'Alerts given up after every attempt.', 'failed'],
    ] as const) {
      lines.push(
        `# HELP sensorpath_notifications_${name}_total ${help}`,
        `# TYPE sensorpath_notifications_${name}_total counter`,
      );
      for (const n of this.httpNotifiers)
        lines.push(`sensorpath_notifications_${name}_total{receiver=${q(n.endpoint)}} ${n.stats[key]}`);
    }
    lines.push(
      '# HELP sensorpath_notifications_queue_length Alerts waiting for a receiver.',
      '# TYPE sensorpath_notifications_queue_length gauge',
    );
    for (const n of this.httpNotifiers)
      lines.push(`sensorpath_notifications_queue_length{receiver=${q(n.endpoint)}} ${n.stats.queued}`);
    lines.push(
      '# HELP sensorpath_events_total Events stored, by source.',
      '# TYPE sensorpath_events_total counter',
    );
    for (const [src, n] of this.events.appended) lines.push(`sensorpath_events_total{source=${q(src)}} ${n}`);
    return `${lines.join('\n')}\n`;
  }

  /** The HTTP paths this subsystem serves. */
  owns(pathname: string): boolean {
    return (
      pathname === '/api/v1/rules' ||
      pathname === '/api/v1/alerts' ||
      pathname === '/api/v1/events' ||
      pathname.startsWith('/api/v1/rules/') ||
      pathname.startsWith('/api/v1/events/')
    );
  }

  /** HTTP: the API of api.ts plus `POST /api/v1/rules/reload`. */
  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    tenants: readonly string[] | undefined,
    scope?: ScopeLabels,
  ): Promise<boolean> {
    if (url.pathname === '/api/v1/rules/reload' && req.method === 'POST') {
      try {
        await this.reload();
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}');
      } catch (err) {
        const body = {
          status: 'error',
          errorType: 'bad_data',
          error: (err as Error).message,
          code: (err as { code?: string }).code,
        };
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      }
      return true;
    }
    return this.http(req, res, url, tenants, scope);
  }

  /** A committed batch from ingestion (bound, so it can be handed over as a callback). */
  readonly onSamples = (
    tenant: string,
    labels: readonly Labels[],
    ts: readonly number[],
    vs: readonly number[],
  ): void => {
    // Never throws: it runs inside ingestion, where an exception would refuse the acknowledgement.
    try {
      for (let i = 0; i < labels.length; i++) {
        const v = vs[i]!;
        if (Number.isNaN(v) && isStaleNaN(v)) continue;
        this.stream.observe(tenant, labels[i]!, ts[i]!, v);
      }
    } catch (err) {
      this.log.error({ tenant, err: (err as Error).message }, 'stream processing failed for a batch');
    }
  };

  /** A publish on `<path>/events`: stored, streamed; a malformed payload is logged and dropped. */
  onEvents(topic: string, payload: Uint8Array, arrivalMs = Date.now()): number {
    const t = parseTopic(topic);
    if (t?.kind !== 'events') return 0;
    try {
      const evs = parseEdgeEvents(t.path, payload, arrivalMs);
      for (const e of evs) this.events.append(e);
      return evs.length;
    } catch (err) {
      this.log.warn(
        { topic, code: (err as { code?: string }).code, err: (err as Error).message },
        'event message refused',
      );
      return 0;
    }
  }

  async close(): Promise<void> {
    this.stream.stop();
    await this.manager.stop();
    await this.notifier.close();
    await this.events.close();
  }
}
