/**
 * @sensorpath/rules: recording and alerting rules in Prometheus' format evaluated per tenant on an
 * injected clock, notifications (Alertmanager API v2, webhook), events (model, per-tenant event log,
 * live stream), stream processors evaluated as samples arrive, and the HTTP API for all of it
 * (`/api/v1/rules`, `/api/v1/alerts`, `/api/v1/events`, `/api/v1/events/stream`). The server plugs
 * in `RulesSystem`; the pieces are exported for tests, the benchmark and the CLI.
 */
export { createRulesApi, type RulesApiHandler } from './api.ts';
export { runCheckRuleFiles } from './check.ts';
export { type Clock, ManualClock, systemClock, type TimerHandle } from './clock.ts';
export {
  FileInvalidError,
  type FileProblem,
  formatProblem,
  RulesError,
  type RulesErrorCode,
} from './errors.ts';
export { type EventQuery, EventStore } from './event-store.ts';
export { parseEdgeEvents, SEVERITIES, type SensorEvent, type Severity } from './events.ts';
export { AlertmanagerNotifier, type HttpNotifierOptions, WebhookNotifier } from './http-notifier.ts';
export {
  type Alert,
  RuleManager,
  type RuleManagerOptions,
  type RuleQueryFunc,
  type RuleSample,
} from './manager.ts';
export { type Notifier, type NotifyAlert, RecordingNotifier, type RulesLogger } from './notifier.ts';
export { engineQueryFunc } from './query.ts';
export { loadRuleFile, parseRuleFile, type RuleGroupSpec } from './rulefile.ts';
export { loadProcessorsFile, type ProcessorSpec, parseProcessorsFile, StreamEngine } from './stream.ts';
export { type RulesDeps, type RulesOptions, RulesSystem } from './system.ts';
export { Template } from './template.ts';
