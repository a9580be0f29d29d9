/**
 * Per-tenant ingestion limits: active series, samples per second and payload size. Accounting is
 * per tenant, so one tenant over its limits never slows or refuses another. The sample rate is a
 * token bucket (`maxSamplesPerSecond`, burst `burstSeconds` worth), checked for a whole message
 * before anything is stored; a series counts as active from its first sample until it has been
 * silent for `seriesWindowMs`, and a sample that would create a series beyond `maxSeries` is
 * refused while samples of known series still pass. Zero means "no limit" everywhere.
 */
import { AuthError } from './errors.ts';
import type { TenantLimitOverrides } from './store.ts';

export interface LimitsConfig {
  /** Active series per tenant. @default 0 (unlimited) */
  maxSeries: number;
  /** Sustained samples per second per tenant. @default 0 (unlimited) */
  maxSamplesPerSecond: number;
  /** Largest message or request body in bytes. @default 4194304 (4 MiB) */
  maxPayloadBytes: number;
  /** Burst of the sample-rate bucket, in seconds of `maxSamplesPerSecond`. @default 10 */
  burstSeconds: number;
  /** How long a series stays active without samples (ms). @default 3600000 */
  seriesWindowMs: number;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxSeries: 0,
  maxSamplesPerSecond: 0,
  maxPayloadBytes: 4 << 20,
  burstSeconds: 10,
  seriesWindowMs: 3_600_000,
};

interface TenantState {
  series: Map<string, number>;
  tokens: number;
  refilledAt: number;
  limits: LimitsConfig;
  limitsAt: number;
}

export class TenantLimiter {
  private readonly tenants = new Map<string, TenantState>();
  /** Refusals by `tenant` and limit (`series`, `rate`, `payload`). */
  readonly refusals = new Map<string, { tenant: string; limit: string; count: number }>();
  private nextPrune = 0;

  constructor(
    private readonly defaults: LimitsConfig = DEFAULT_LIMITS,
    private readonly overrides: (tenant: string) => TenantLimitOverrides = () => ({}),
    private readonly now: () => number = Date.now,
  ) {}

  /** The effective limits of a tenant (defaults with its overrides, re-read every 10 s). */
  limitsOf(tenant: string): LimitsConfig {
    return this.state(tenant).limits;
  }

  /** Throws LIMIT_PAYLOAD when a message of `bytes` is too large for the tenant. */
  checkPayload(tenant: string, bytes: number): void {
    const max = this.state(tenant).limits.maxPayloadBytes;
    if (max > 0 && bytes > max) {
      this.count(tenant, 'payload');
      throw new AuthError(
        'LIMIT_PAYLOAD',
        `tenant ${tenant}: payload of ${bytes} bytes exceeds the limit of ${max} bytes; send smaller batches`,
        { tenant },
      );
    }
  }

  /** Takes `n` samples from the tenant's rate bucket or throws LIMIT_RATE (nothing taken). */
  takeSamples(tenant: string, n: number): void {
    const s = this.state(tenant);
    const rate = s.limits.maxSamplesPerSecond;
    if (rate <= 0) return;
    const burst = rate * Math.max(1, s.limits.burstSeconds);
    const t = this.now();
    s.tokens = Math.min(burst, s.tokens + ((t - s.refilledAt) / 1000) * rate);
    s.refilledAt = t;
    if (n > s.tokens) {
      this.count(tenant, 'rate');
      throw new AuthError(
        'LIMIT_RATE',
        `tenant ${tenant}: ${n} samples exceed the rate limit of ${rate} samples/s (burst ${burst}); retry later or send less often`,
        { tenant },
      );
    }
    s.tokens -= n;
  }

  /**
   * Admits a sample of series `key`: true when the series is known or there is room for a new one
   * (it is then recorded); false, counted, when it would exceed `maxSeries`.
   */
  admitSeries(tenant: string, key: string): boolean {
    const s = this.state(tenant);
    const t = this.now();
    if (t >= this.nextPrune) this.prune(t);
    if (s.series.has(key)) {
      s.series.set(key, t);
      return true;
    }
    const max = s.limits.maxSeries;
    if (max > 0 && s.series.size >= max) {
      this.count(tenant, 'series');
      return false;
    }
    s.series.set(key, t);
    return true;
  }

  activeSeries(tenant: string): number {
    return this.tenants.get(tenant)?.series.size ?? 0;
  }

  knownTenants(): string[] {
    return [...this.tenants.keys()].sort();
  }

  private count(tenant: string, limit: string): void {
    const k = `${tenant}\u0000${limit}`;
    const r = this.refusals.get(k);
    if (r) r.count++;
    else this.refusals.set(k, { tenant, limit, count: 1 });
  }

  private state(tenant: string): TenantState {
    const t = this.now();
    let s = this.tenants.get(tenant);
    if (!s) {
      const limits = this.resolve(tenant);
      s = {
        series: new Map(),
        tokens: limits.maxSamplesPerSecond * limits.burstSeconds,
        refilledAt: t,
        limits,
        limitsAt: t,
      };
      this.tenants.set(tenant, s);
    } else if (t - s.limitsAt > 10_000) {
      s.limits = this.resolve(tenant);
      s.limitsAt = t;
    }
    return s;
  }

  private resolve(tenant: string): LimitsConfig {
    const o = this.overrides(tenant);
    return {
      ...this.defaults,
      ...(o.maxSeries !== undefined && { maxSeries: o.maxSeries }),
      ...(o.maxSamplesPerSecond !== undefined && { maxSamplesPerSecond: o.maxSamplesPerSecond }),
      ...(o.maxPayloadBytes !== undefined && { maxPayloadBytes: o.maxPayloadBytes }),
    };
  }

  private prune(t: number): void {
    this.nextPrune = t + 60_000;
    for (const s of this.tenants.values()) {
      const cutoff = t - s.limits.seriesWindowMs;
      for (const [k, seen] of s.series) if (seen < cutoff) s.series.delete(k);
    }
  }
}
