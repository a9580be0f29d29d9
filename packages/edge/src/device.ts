/**
 * One device on a transport, read through its profile. `identify` reads the identity registers once
 * (retried on later polls until it succeeds); `poll` reads the planned blocks and returns decoded
 * samples stamped with the time their block's answer arrived. A failed block is reported and the
 * other blocks still deliver: one broken register range never hides the rest of the meter.
 */
import { decodePoint } from './decode.ts';
import type { DeviceError } from './errors.ts';
import type { ModbusTransport } from './modbus.ts';
import { planReads, type ReadBlock } from './plan.ts';
import type { DeviceProfile, MetricMeta, RegisterPoint } from './profile.ts';
import type { DeviceSample, PollResult, Source } from './source.ts';

export type { DeviceSample, PollResult } from './source.ts';

export interface DeviceOptions {
  profile: DeviceProfile;
  transport: ModbusTransport;
  unit: number;
  timeoutMs: number;
  /** Retries of a failed request while the device answers; none once a poll failed. @default 0 */
  retries?: number;
  now?: () => number;
}

export class ModbusDevice implements Source {
  readonly profile: DeviceProfile;
  readonly unit: number;
  private blocks: ReadBlock[];
  private identity: Record<string, string> | undefined;
  private readonly now: () => number;
  /** Whether the last poll got answers; retries are spent only on a device that is up. */
  private answering = true;
  /**
   * Each point's labels merged with the identity labels, made once per identity and handed out with
   * every poll's samples: the same object each time (callers must not change it), so a poll
   * allocates no label objects and buildMessage can reuse its sorted label pairs.
   */
  private sampleLabels = new Map<RegisterPoint, Record<string, string>>();
  private sampleLabelsFor: Record<string, string> | undefined;

  constructor(private readonly opts: DeviceOptions) {
    this.profile = opts.profile;
    this.unit = opts.unit;
    this.blocks = planReads(opts.profile.points, opts.profile.maxGap, opts.profile.maxRegisters);
    this.now = opts.now ?? Date.now;
  }

  get description(): string {
    return `${this.profile.name} unit ${this.unit} on ${this.opts.transport.description}`;
  }

  get metrics(): readonly MetricMeta[] {
    return this.profile.metrics;
  }

  get requestsPerPoll(): number {
    return this.blocks.length;
  }

  get identityLabels(): Record<string, string> | undefined {
    return this.identity;
  }

  async identify(): Promise<Record<string, string>> {
    if (this.identity) return this.identity;
    const out: Record<string, string> = {};
    for (const { label, point } of this.profile.identity) {
      const words = await this.read(point.function, point.address, point.words);
      const v = decodePoint(words, 0, point);
      if (v !== undefined) out[label] = String(v);
    }
    this.identity = out;
    return out;
  }

  async poll(): Promise<PollResult> {
    const started = this.now();
    const samples: DeviceSample[] = [];
    const errors: DeviceError[] = [];
    let requests = 0;
    if (!this.identity && this.profile.identity.length > 0) {
      try {
        requests++;
        await this.identify();
      } catch (err) {
        errors.push(err as DeviceError);
        if ((err as DeviceError).code === 'MODBUS_EXCEPTION') {
          // The meter answers but lacks the identity register (e.g. older firmware): read it
          // without the identity labels rather than never.
          this.identity = {};
        } else {
          // No answer: the meter is unreachable; skip this poll's reads.
          this.answering = false;
          return { samples, errors, requests, durationMs: this.now() - started };
        }
      }
    }
    const idLabels = this.identity ?? {};
    const pending = [...this.blocks];
    const plan: ReadBlock[] = [];
    let replanned = false;
    for (let b = pending.shift(); b; b = pending.shift()) {
      requests++;
      try {
        const words = await this.read(b.function, b.address, b.count);
        plan.push(b);
        const t = this.now();
        for (const { point, offset } of b.points) {
          const v = decodePoint(words, offset, point);
          if (v === undefined) continue;
          samples.push({ metric: point.metric, labels: this.labelsOf(point, idLabels), value: v, timeMs: t });
        }
      } catch (err) {
        const e = err as DeviceError;
        if (e.code === 'MODBUS_EXCEPTION' && b.points.length > 1) {
          // The meter refuses the merged range (a register in a gap or past its map): split the
          // block, first into runs without gaps, then into single values, and keep the finer plan.
          const runs = planReads(
            b.points.map((x) => x.point),
            0,
            b.count,
          );
          const finer =
            runs.length > 1
              ? runs
              : planReads(
                  b.points.map((x) => x.point),
                  -1,
                  b.count,
                );
          pending.unshift(...finer);
          replanned = true;
          continue;
        }
        errors.push(e);
        plan.push(b);
        // A timeout on one block usually means the meter is gone: do not wait out every block.
        if (e.code !== 'MODBUS_EXCEPTION') {
          plan.push(...pending);
          break;
        }
      }
    }
    if (replanned) this.blocks = plan;
    this.answering = samples.length > 0 || errors.length === 0;
    return { samples, errors, requests, durationMs: this.now() - started };
  }

  private labelsOf(point: RegisterPoint, idLabels: Record<string, string>): Record<string, string> {
    if (this.sampleLabelsFor !== idLabels) {
      this.sampleLabels.clear();
      this.sampleLabelsFor = idLabels;
    }
    let labels = this.sampleLabels.get(point);
    if (!labels) {
      labels = { ...point.labels, ...idLabels };
      this.sampleLabels.set(point, labels);
    }
    return labels;
  }

  private async read(fn: ReadBlock['function'], address: number, count: number): Promise<number[]> {
    const tries = this.answering ? 1 + (this.opts.retries ?? 0) : 1;
    for (let i = 1; ; i++) {
      try {
        return await this.opts.transport.read(fn, this.unit, address, count, this.opts.timeoutMs);
      } catch (err) {
        if (i >= tries || (err as DeviceError).code === 'MODBUS_EXCEPTION') throw err;
      }
    }
  }

  async close(): Promise<void> {}
}
