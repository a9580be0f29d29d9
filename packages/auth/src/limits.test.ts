/** Tenant limits with a fake clock: payload size, token-bucket sample rate, active series with expiry. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LIMITS, TenantLimiter } from './limits.ts';

describe('TenantLimiter', () => {
  it('refuses large payloads, too many samples per second and new series beyond the limit, per tenant', () => {
    let now = 1_000_000;
    const l = new TenantLimiter(
      {
        ...DEFAULT_LIMITS,
        maxSeries: 2,
        maxSamplesPerSecond: 10,
        burstSeconds: 1,
        maxPayloadBytes: 100,
        seriesWindowMs: 60_000,
      },
      (t) => (t === 'big' ? { maxSeries: 100 } : {}),
      () => now,
    );
    assert.throws(() => l.checkPayload('acme', 101), { code: 'LIMIT_PAYLOAD' });
    l.checkPayload('acme', 100);
    l.takeSamples('acme', 10);
    assert.throws(
      () => l.takeSamples('acme', 1),
      (e: Error) => /rate limit of 10 samples\/s/.test(e.message),
    );
    l.takeSamples('globex', 10); // another tenant has its own bucket
    now += 500;
    l.takeSamples('acme', 5);
    assert.ok(l.admitSeries('acme', 'a'));
    assert.ok(l.admitSeries('acme', 'b'));
    assert.ok(!l.admitSeries('acme', 'c'));
    assert.ok(l.admitSeries('acme', 'a'), 'known series keep flowing');
    assert.ok(
      l.admitSeries('big', 'c') && l.admitSeries('big', 'd') && l.admitSeries('big', 'e'),
      'override',
    );
    now += 61_000;
    l.admitSeries('acme', 'x'); // prunes series silent for longer than the window
    assert.equal(l.activeSeries('acme'), 1);
    assert.deepEqual(
      [...l.refusals.values()].map((r) => [r.tenant, r.limit, r.count]),
      [
        ['acme', 'payload', 1],
        ['acme', 'rate', 1],
        ['acme', 'series', 1],
      ],
    );
  });
});
