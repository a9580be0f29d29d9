/**
 * Every built-in meter profile: loads, uses the shared metric names (so one dashboard serves all
 * meters), plans into requests within the Modbus limit, and decodes register words written the way
 * each meter documents them (float32 ABCD, scaled big-endian integers, word-swapped int32) into the
 * same units.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodePoint } from './decode.ts';
import { planReads } from './plan.ts';
import { type DeviceProfile, listBuiltinProfiles, loadProfile } from './profile.ts';

const SHARED = new Map([
  ['meter_voltage_volts', 'gauge'],
  ['meter_current_amperes', 'gauge'],
  ['meter_active_power_watts', 'gauge'],
  ['meter_apparent_power_voltamperes', 'gauge'],
  ['meter_reactive_power_vars', 'gauge'],
  ['meter_power_factor', 'gauge'],
  ['meter_frequency_hertz', 'gauge'],
  ['meter_import_energy_watthours', 'counter'],
  ['meter_export_energy_watthours', 'counter'],
]);

/** Encodes `value` into register words at `p`'s address inside a register bank. */
function put(bank: Map<number, number>, p: DeviceProfile['points'][number], raw: number) {
  const buf = Buffer.alloc(8);
  const n = p.words * 2;
  switch (p.type) {
    case 'f32':
      buf.writeFloatBE(raw);
      break;
    case 'u16':
      buf.writeUInt16BE(raw);
      break;
    case 's16':
      buf.writeInt16BE(raw);
      break;
    case 'u32':
      buf.writeUInt32BE(raw);
      break;
    case 's32':
      buf.writeInt32BE(raw);
      break;
    case 'u64':
      buf.writeBigUInt64BE(BigInt(raw));
      break;
    default:
      throw new Error(p.type);
  }
  const words: number[] = [];
  for (let i = 0; i < n; i += 2) words.push(buf.readUInt16BE(i));
  if (p.order === 'CDAB') words.reverse();
  words.forEach((w, i) => {
    bank.set(p.address + i, w);
  });
}

describe('built-in meter profiles', () => {
  const names = listBuiltinProfiles();
  it('ships SDM630, SDM220, SDM72, Janitza B23, ABB B23 and Carlo Gavazzi EM24', () => {
    for (const n of ['sdm630', 'sdm220', 'sdm72', 'janitza-b23', 'abb-b23', 'em24'])
      assert.ok(names.includes(n), n);
  });

  for (const name of names) {
    it(`${name}: shared metric names, requests within 125 registers`, () => {
      const p = loadProfile(name);
      for (const m of p.metrics)
        assert.equal(SHARED.get(m.name), m.type, `${name}: ${m.name} is not a shared metric`);
      const blocks = planReads(p.points, p.maxGap, p.maxRegisters);
      for (const b of blocks) assert.ok(b.count <= 125 && b.count >= 1);
      assert.equal(
        blocks.reduce((a, b) => a + b.points.length, 0),
        p.points.length,
      );
      const phases = new Set(
        p.points.filter((x) => x.metric === 'meter_active_power_watts').map((x) => x.labels.phase),
      );
      assert.ok(phases.size > 0, 'active power has a phase label');
    });
  }

  it('decodes each meter encoding into the same units', () => {
    // meter → [metric, phase, raw register value as the meter stores it, expected value]
    const cases: [string, string, string | undefined, number, number][] = [
      ['sdm630', 'meter_voltage_volts', 'L1', 230.1, 230.1],
      ['sdm220', 'meter_import_energy_watthours', 'total', 12.345, 12345],
      ['janitza-b23', 'meter_import_energy_watthours', 'total', 98765, 98765],
      ['abb-b23', 'meter_voltage_volts', 'L2', 2317, 231.7],
      ['abb-b23', 'meter_current_amperes', 'L1', 1234, 12.34],
      ['abb-b23', 'meter_power_factor', 'total', -985, -0.985],
      ['abb-b23', 'meter_import_energy_watthours', 'total', 1234567, 12345670],
      ['em24', 'meter_voltage_volts', 'L3', 2299, 229.9],
      ['em24', 'meter_active_power_watts', 'total', -15432, -1543.2],
      ['em24', 'meter_import_energy_watthours', 'L1', 123456, 12345600],
    ];
    for (const [name, metric, phase, raw, want] of cases) {
      const p = loadProfile(name).points.find((x) => x.metric === metric && x.labels.phase === phase)!;
      const bank = new Map<number, number>();
      put(bank, p, raw);
      const words = Array.from({ length: p.words }, (_, i) => bank.get(p.address + i)!);
      assert.equal(decodePoint(words, 0, p), want, `${name} ${metric}{phase=${phase}}`);
    }
    const freq = loadProfile('abb-b23').points.find((x) => x.metric === 'meter_frequency_hertz')!;
    assert.equal(decodePoint([0xffff], 0, freq), undefined, 'ABB not-available marker');
  });
});
