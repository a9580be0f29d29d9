/**
 * Round-trip tests of the chunk codec: decimal values, exceptions (staleness marker, NaN, -0,
 * infinities, unrounded floats), the raw fallback, jittered and negative timestamps, and deflated
 * block chunks. Every value must come back bit for bit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STALE_NAN, sameValueBits } from '@sensorpath/storage';
import { decodeChunk, encodeChunk } from './chunk.ts';

function roundTrip(ts: number[], vals: number[], compress = false): Uint8Array {
  const vs = new Float64Array(vals.length);
  for (let i = 0; i < vals.length; i++) vs[i] = vals[i]!;
  const enc = encodeChunk(Float64Array.from(ts), vs, 0, ts.length, compress);
  const d = decodeChunk(enc);
  assert.deepEqual([...d.ts], ts);
  for (let i = 0; i < vals.length; i++) {
    assert.ok(sameValueBits(d.vs[i]!, vs[i]!), `value ${i}: ${d.vs[i]} != ${vs[i]}`);
  }
  return enc;
}

describe('chunk codec', () => {
  it('round-trips meter decimals compactly', () => {
    const ts: number[] = [];
    const vs: number[] = [];
    for (let i = 0; i < 120; i++) {
      ts.push(1_795_132_800_000 + i * 1000 + ((i * 7) % 13));
      vs.push(Math.round((230 + Math.sin(i / 10)) * 10) / 10);
    }
    const enc = roundTrip(ts, vs);
    assert.ok(enc.length < 120 * 3, `${enc.length} bytes`);
  });

  it('keeps exceptions bit for bit inside a decimal chunk', () => {
    roundTrip(
      [1, 2, 3, 4, 5, 6, 7, 8],
      [1.5, STALE_NAN, Number.NaN, -0, 2.25, Infinity, -Infinity, 0.1 + 0.2],
    );
  });

  it('falls back to raw float64 for unrounded values', () => {
    const ts = Array.from({ length: 50 }, (_, i) => -5000 + i * 100);
    const vs = ts.map((t) => Math.sin(t) * 1e-7);
    roundTrip(ts, vs);
  });

  it('round-trips integers, counters and huge values, deflated', () => {
    const ts = Array.from({ length: 1000 }, (_, i) => i * 100);
    const vs = ts.map((t) => (t % 3 === 0 ? 2 ** 60 : Math.floor(t / 30) * 10));
    roundTrip(ts, vs, true);
    roundTrip([], [], true);
    roundTrip([42], [4711]);
  });

  it('round-trips large deltas through multi-byte varints', () => {
    const ts = [-1e12, 0, 1, 5e12, 5e12 + 1, 2 ** 50];
    const vs = [1e15, -1e15, 4.5e15 - 1, -(4.5e15 - 1), 0.5, -123456.789];
    roundTrip(ts, vs);
    roundTrip(ts, vs, true);
  });

  it('round-trips noisy decimals in byte planes, with exceptions, deflated', () => {
    const ts = Array.from({ length: 500 }, (_, i) => 1_000_000 + i * 1000);
    const vs = ts.map((_, i) => Math.round((10 + Math.sin(i * 7.3) * 1.5) * 1000) / 1000);
    vs[17] = STALE_NAN;
    vs[300] = -0;
    roundTrip(ts, vs, true);
  });
});
