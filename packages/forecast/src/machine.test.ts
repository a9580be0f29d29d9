/**
 * The virtual machine: same seed → same readings whatever the start time; physics that a
 * forecaster can rely on (power follows load, winding temperature lags power, ambient cycles
 * daily, vibration rises with wear and drops at maintenance); OpenMetrics families well formed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, serialize } from '@sensorpath/openmetrics';
import { Machine, machineFamilies, setpointAt } from './machine.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Monday 2026-11-16 00:00 UTC. */
const MONDAY = Date.UTC(2026, 10, 16);

test('same seed and time give the same reading, whatever the start; another seed differs', () => {
  const t = MONDAY + 2 * DAY + 9 * HOUR + 17 * MIN;
  const a = new Machine({ seed: 3 });
  a.at(t - 3 * DAY);
  const early = a.at(t);
  const late = new Machine({ seed: 3 }).at(t);
  assert.deepEqual(early, late);
  assert.notDeepEqual(new Machine({ seed: 4 }).at(t).powerTotal, late.powerTotal);
});

test('time never goes backwards', () => {
  const m = new Machine();
  m.at(MONDAY + DAY);
  assert.throws(() => m.at(MONDAY), RangeError);
});

test('power and current follow the load; standby on Sunday', () => {
  const m = new Machine({ seed: 1 });
  const sunday = m.at(MONDAY - DAY + 12 * HOUR);
  const m2 = new Machine({ seed: 1 });
  const tuesday = m2.at(MONDAY + DAY + 11 * HOUR + 30 * MIN);
  assert.ok(sunday.load < 0.05);
  assert.ok(sunday.powerTotal < 3000);
  assert.ok(tuesday.load > 0.3, `tuesday load ${tuesday.load}`);
  assert.ok(tuesday.powerTotal > 5 * sunday.powerTotal);
  for (let i = 0; i < 3; i++) assert.ok(tuesday.current[i]! > 5 * sunday.current[i]!);
  // Per-phase power is consistent with V × I × PF to the meter's resolution.
  for (let i = 0; i < 3; i++) {
    const p = tuesday.voltage[i]! * tuesday.current[i]! * tuesday.powerFactor[i]!;
    assert.ok(Math.abs(p - tuesday.power[i]!) / tuesday.power[i]! < 0.01);
  }
});

test('motor temperature lags power with a time constant of minutes', () => {
  // Find the first production start on Monday morning and follow both signals minute by minute.
  const m = new Machine({ seed: 2, intervalMs: MIN });
  const power: number[] = [];
  const temp: number[] = [];
  for (let t = MONDAY + 5 * HOUR; t < MONDAY + 9 * HOUR; t += MIN) {
    const r = m.at(t);
    power.push(r.powerTotal);
    temp.push(r.motorTempC);
  }
  const riseP = power.findIndex((p) => p > power[0]! + 0.63 * (Math.max(...power.slice(0, 120)) - power[0]!));
  const riseT = temp.findIndex((v) => v > temp[0]! + 0.63 * (Math.max(...temp.slice(0, 120)) - temp[0]!));
  assert.ok(riseP > 0 && riseT > 0);
  const lag = riseT - riseP;
  assert.ok(lag >= 8 && lag <= 60, `temperature lags power by ${lag} min`);
  assert.ok(Math.max(...temp) - temp[0]! > 20, 'the winding heats up by tens of kelvin under load');
});

test('ambient temperature follows a daily cycle (warmest in the afternoon)', () => {
  const at = (h: number) => {
    let s = 0;
    for (let d = 0; d < 5; d++)
      s += new Machine({ seed: 5 }).at(MONDAY - 7 * DAY + d * DAY + h * HOUR).ambientTempC;
    return s / 5;
  };
  assert.ok(at(15) - at(4) > 5, `afternoon ${at(15)} vs night ${at(4)}`);
});

test('vibration rises with wear during the week and drops after Saturday maintenance', () => {
  const m = new Machine({ seed: 6 });
  const monday = m.at(MONDAY + 11 * HOUR);
  const friday = m.at(MONDAY + 4 * DAY + 11 * HOUR);
  const saturdayEvening = m.at(MONDAY + 5 * DAY + 15 * HOUR);
  assert.ok(friday.wear > monday.wear + 0.4);
  assert.ok(friday.vibrationMmS > monday.vibrationMmS + 1);
  assert.ok(saturdayEvening.wear < 0.1);
});

test('setpoint: changeover at idle at the start of each 3-hour run on a working day', () => {
  const run = MONDAY + DAY + 9 * HOUR; // Tuesday 09:00
  assert.equal(setpointAt(1, run + MIN), 0.12);
  assert.ok(setpointAt(1, run + 40 * MIN) > 0.5 || setpointAt(1, run + 40 * MIN) === 0.03);
});

test('families serialize to valid OpenMetrics with timestamps and the SDM630 profile names', () => {
  const r = new Machine().at(MONDAY + 10 * HOUR);
  const text = serialize(machineFamilies(r));
  const back = parse(text, { format: 'openmetrics' });
  const names = back.families.map((f) => f.name);
  for (const n of [
    'meter_voltage_volts',
    'meter_current_amperes',
    'meter_active_power_watts',
    'machine_motor_temperature_celsius',
    'machine_vibration_mm_per_second',
  ])
    assert.ok(names.includes(n), n);
  for (const f of back.families) for (const s of f.samples) assert.equal(s.timestamp, r.t / 1000);
});
