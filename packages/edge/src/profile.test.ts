/** Profiles: the built-in SDM630 loads and plans into few requests; bad profiles name the field. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planReads } from './plan.ts';
import { listBuiltinProfiles, loadProfile, resolveProfile } from './profile.ts';

describe('device profiles', () => {
  it('ships the SDM630 profile', () => {
    assert.ok(listBuiltinProfiles().includes('sdm630'));
    const p = loadProfile('sdm630');
    assert.equal(p.identity[0]?.label, 'serial');
    assert.equal(p.identity[0]?.point.address, 0xfc00);
    const volts = p.points.filter((x) => x.metric === 'meter_voltage_volts');
    assert.deepEqual(
      volts.map((x) => [x.address, x.labels.phase]),
      [
        [0, 'L1'],
        [2, 'L2'],
        [4, 'L3'],
      ],
    );
  });
  it('merges adjacent registers into few requests of at most 125 registers', () => {
    const p = loadProfile('sdm630');
    const blocks = planReads(p.points, p.maxGap, p.maxRegisters);
    assert.ok(blocks.length <= 3, `got ${blocks.length} blocks`);
    for (const b of blocks) assert.ok(b.count <= 125);
    const covered = blocks.flatMap((b) => b.points.map((x) => x.point));
    assert.equal(covered.length, p.points.length);
    // Without gaps allowed, registers that are not adjacent stay apart.
    const strict = planReads(p.points, 0);
    assert.ok(strict.length > blocks.length);
  });
  it('splits at the protocol limit', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({
      function: 'input' as const,
      address: i * 2,
      type: 'f32' as const,
      order: 'ABCD' as const,
      words: 2,
      scale: 1,
      offset: 0,
      decimals: undefined,
      notAvailable: [],
      metric: 'x',
      labels: {},
    }));
    const blocks = planReads(points, 0);
    assert.deepEqual(
      blocks.map((b) => b.count),
      [124, 76],
    );
  });
  it('names the bad field, the value and what is allowed', () => {
    assert.throws(
      () =>
        resolveProfile(
          { profile: 'x', metrics: [{ name: 'v', type: 'gauge', registers: [{ address: 70000 }] }] },
          'x.yaml',
        ),
      (err: Error & { code?: string }) =>
        err.code === 'PROFILE_INVALID' &&
        /metrics\.0\.registers\.0\.address/.test(err.message) &&
        /70000/.test(err.message),
    );
    assert.throws(
      () =>
        resolveProfile(
          {
            profile: 'x',
            metrics: [{ name: 'v', type: 'gauge', registers: [{ address: 1, type: 'float' }] }],
          },
          'x.yaml',
        ),
      /metrics\.0\.registers\.0\.type.*"float"/s,
    );
    assert.throws(
      () => loadProfile('nosuchmeter'),
      /unknown device profile "nosuchmeter"; built-in profiles: .*sdm630/,
    );
  });
  it('requires unit suffixes on metric names', () => {
    assert.throws(
      () =>
        resolveProfile(
          {
            profile: 'x',
            metrics: [{ name: 'volts', type: 'gauge', unit: 'volts', registers: [{ address: 1 }] }],
          },
          'x.yaml',
        ),
      /must end in "_volts"/,
    );
  });
});
