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
import type { DeviceProfile } from './profile.ts';

export interface DeviceSample {
  metric: string;
  labels: Record<string, string>;
  value: number;
  timeMs: number;
}

export interface PollResult {
  samples: DeviceSample[];
  errors: DeviceError[];
  /** Requests sent and how long the whole poll took. */
  requests: number;
  durationMs: number;
}

export interface DeviceOptions {
  profile: DeviceProfile;
  transport: ModbusTransport;
  unit: number;
  timeoutMs: number;
  now?: () => number;
}

export class ModbusDevice {
  readonly profile: DeviceProfile;
  readonly unit: number;
  private readonly blocks: ReadBlock[];
  private identity: Record<string, string> | undefined;
  private readonly now: () => number;

  constructor(private readonly opts: DeviceOptions) {
    this.profile = opts.profile;
    this.unit = opts.unit;
    this.blocks = planReads(opts.profile.points, opts.profile.maxGap, opts.profile.maxRegisters);
    this.now = opts.now ?? Date.now;
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
      const words = await this.opts.transport.read(
        point.function,
        this.unit,
        point.address,
        point.words,
        this.opts.timeoutMs,
      );
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
        // Without identity the meter is unreachable or misconfigured: skip this poll's reads.
        return { samples, errors, requests, durationMs: this.now() - started };
      }
    }
    const idLabels = this.identity ?? {};
    for (const b of this.blocks) {
      requests++;
      try {
        const words = await this.opts.transport.read(
          b.function,
          this.unit,
          b.address,
          b.count,
          this.opts.timeoutMs,
        );
        const t = this.now();
        for (const { point, offset } of b.points) {
          const v = decodePoint(words, offset, point);
          if (v === undefined) continue;
          samples.push({
            metric: point.metric,
            labels: { ...point.labels, ...idLabels },
            value: v,
            timeMs: t,
          });
        }
      } catch (err) {
        errors.push(err as DeviceError);
        // A timeout on one block usually means the meter is gone: do not wait out every block.
        if ((err as DeviceError).code !== 'MODBUS_EXCEPTION') break;
      }
    }
    return { samples, errors, requests, durationMs: this.now() - started };
  }
}
