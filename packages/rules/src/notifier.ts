/**
 * Where alerts go once the rule manager decides to send them. The manager hands over a batch and
 * moves on (`send` never blocks an evaluation); implementations queue, batch and retry. This file
 * holds the contract and the alert shape; `alertmanager.ts` and `webhook.ts` implement it.
 */

/** An alert as sent to Alertmanager (times in ms; `endsAt` in the future means "still firing"). */
export interface NotifyAlert {
  /** Tenant whose rule produced the alert (also set as the `enterprise` label when absent). */
  tenant: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: number;
  endsAt: number;
  generatorURL: string;
}

export interface Notifier {
  /** Queues alerts for delivery; returns at once. */
  send(alerts: readonly NotifyAlert[]): void;
  /** Delivers what is queued (best effort, bounded by the notifier's timeout) and stops. */
  close(): Promise<void>;
}

/** Sends every batch to several notifiers (e.g. Alertmanager and a webhook). */
export class FanoutNotifier implements Notifier {
  constructor(private readonly targets: readonly Notifier[]) {}
  send(alerts: readonly NotifyAlert[]): void {
    for (const t of this.targets) t.send(alerts);
  }
  async close(): Promise<void> {
    await Promise.all(this.targets.map((t) => t.close()));
  }
}

/** Keeps every batch in memory; for tests and for `sensorpath rules` dry runs. */
export class RecordingNotifier implements Notifier {
  readonly batches: NotifyAlert[][] = [];
  send(alerts: readonly NotifyAlert[]): void {
    this.batches.push([...alerts]);
  }
  get alerts(): NotifyAlert[] {
    return this.batches.flat();
  }
  async close(): Promise<void> {}
}

/** The logging surface the rules package uses; pino's Logger satisfies it. */
export interface RulesLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: RulesLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
