/**
 * Stream processors on a fake clock: threshold with hysteresis and peers (phase loss), state
 * change, rate of change, absence (timer-driven) and sequence; alerts for processors with
 * `alert: true`; the shipped SDM630 example loads; a bad processors file names file and line.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { labelsFromRecord } from '@sensorpath/storage';
import { ManualClock } from './clock.ts';
import type { SensorEvent } from './events.ts';
import { RecordingNotifier } from './notifier.ts';
import { loadProcessorsFile, parseProcessorsFile, StreamEngine } from './stream.ts';

const T0 = 1_764_000_000_000;
const path = { enterprise: 'acme', site: 'berlin', area: 'assembly', line: 'line1', device: 'meter1' };
const volts = (phase: string, device = 'meter1') =>
  labelsFromRecord({ __name__: 'meter_voltage_volts', ...path, device, phase });

async function engine(yaml: string) {
  const clock = new ManualClock(T0);
  const events: SensorEvent[] = [];
  const notifier = new RecordingNotifier();
  const e = new StreamEngine({ clock, emit: (ev) => events.push(ev), notifier });
  e.setProcessors(parseProcessorsFile(yaml, 'test.yaml'));
  // Message templates expand asynchronously; let them settle.
  const settle = () => clock.advance(0);
  return { clock, events, notifier, e, settle };
}

const examples = join(import.meta.dirname, '../examples');

describe('stream processors', () => {
  it('detects phase loss with peers and hysteresis (shipped SDM630 example)', async () => {
    const clock = new ManualClock(T0);
    const events: SensorEvent[] = [];
    const notifier = new RecordingNotifier();
    const e = new StreamEngine({ clock, emit: (ev) => events.push(ev), notifier });
    e.setProcessors(await loadProcessorsFile(join(examples, 'sdm630.events.yaml')));
    const poll = (t: number, l1: number, l2: number, l3: number, device = 'meter1') => {
      e.observe('acme', volts('L1', device), t, l1);
      e.observe('acme', volts('L2', device), t, l2);
      e.observe('acme', volts('L3', device), t, l3);
    };
    poll(T0, 230, 231, 229);
    poll(T0 + 1000, 230, 0.4, 229);
    poll(T0 + 2000, 230, 0, 229); // still lost: no second event
    poll(T0 + 3000, 230, 120, 229); // above 50 but below the clear level: still lost
    poll(T0 + 4000, 230, 231, 229); // cleared
    // Full outage on another meter: not a phase loss.
    poll(T0 + 5000, 0, 0, 0, 'meter2');
    await clock.advance(0);
    const pl = events.filter((x) => x.type === 'phase_loss');
    assert.equal(pl.length, 2);
    assert.equal(pl[0]!.time, T0 + 1000);
    assert.equal(pl[0]!.severity, 'critical');
    assert.equal(pl[0]!.labels.phase, 'L2');
    assert.equal(pl[0]!.labels.device, 'meter1');
    assert.equal(pl[0]!.value, 0.4);
    assert.equal(pl[0]!.message, 'Phase L2 lost on meter1 (0.4 V) while the other phases are normal');
    assert.deepEqual(pl[0]!.attributes, {
      processor: 'threshold',
      threshold: 50,
      metric: 'meter_voltage_volts',
      state: 'firing',
    });
    assert.equal(pl[1]!.time, T0 + 4000);
    assert.equal(pl[1]!.attributes.state, 'resolved');
    const alerts = notifier.alerts.filter((a) => a.labels.alertname === 'phase_loss');
    assert.equal(alerts.length, 2);
    assert.equal(alerts[0]!.labels.severity, 'critical');
    assert.ok(alerts[0]!.endsAt > T0 + 3600_000, 'firing until resolved');
    assert.equal(alerts[1]!.endsAt, clock.now(), 'resolved');
    e.stop();
  });

  it('emits state changes and rates of change', async () => {
    const { e, events, settle } = await engine(`
processors:
  - name: door
    type: change
    match: door_open
  - name: heating_fast
    type: rate
    match: temperature_celsius
    above: 2
`);
    const door = labelsFromRecord({ __name__: 'door_open', ...path });
    const temp = labelsFromRecord({ __name__: 'temperature_celsius', ...path });
    e.observe('acme', door, T0, 0);
    e.observe('acme', door, T0 + 1000, 0);
    e.observe('acme', door, T0 + 2000, 1);
    e.observe('acme', temp, T0, 20);
    e.observe('acme', temp, T0 + 1000, 21); // 1/s
    e.observe('acme', temp, T0 + 2000, 24); // 3/s: fires
    e.observe('acme', temp, T0 + 2500, 26); // 4/s: still above, no new event
    e.observe('acme', temp, T0 + 3500, 26.5); // back within
    e.observe('acme', temp, T0 + 4000, 30); // 7/s: fires again
    await settle();
    assert.deepEqual(
      events.map((x) => [x.type, x.time - T0, x.value]),
      [
        ['door', 2000, 1],
        ['heating_fast', 2000, 3],
        ['heating_fast', 4000, 7],
      ],
    );
    assert.deepEqual(events[0]!.attributes.from, 0);
  });

  it('reports absence from the clock and the return', async () => {
    const { e, events, clock } = await engine(`
processors:
  - name: silent
    type: absence
    match: '{__name__=~"meter_.*"}'
    for: 5s
    severity: error
`);
    e.observe('acme', volts('L1'), T0, 230);
    await clock.advance(4000);
    e.observe('acme', volts('L2'), T0 + 4000, 230);
    await clock.advance(4000);
    assert.equal(events.length, 0, 'a sample 4 s ago: not silent');
    await clock.advance(2000);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.severity, 'error');
    assert.ok(events[0]!.time - (T0 + 4000) >= 5000 && events[0]!.time - (T0 + 4000) <= 5500);
    assert.equal(events[0]!.labels.device, 'meter1');
    assert.equal(events[0]!.labels.phase, undefined, 'grouped per device');
    await clock.advance(10_000);
    assert.equal(events.length, 1, 'reported once');
    e.observe('acme', volts('L1'), clock.now(), 230);
    await clock.advance(0);
    assert.equal(events.length, 2);
    assert.equal(events[1]!.attributes.state, 'resolved');
    e.stop();
  });

  it('matches a sequence A then B within T', async () => {
    const { e, events, settle } = await engine(`
processors:
  - name: trip
    type: sequence
    first: { match: current_amperes, above: 60 }
    then: { match: running, below: 1 }
    within: 10s
`);
    const amps = labelsFromRecord({ __name__: 'current_amperes', ...path });
    const run = labelsFromRecord({ __name__: 'running', ...path });
    e.observe('acme', run, T0, 1);
    e.observe('acme', run, T0 + 500, 0); // B without A: nothing
    e.observe('acme', run, T0 + 600, 1);
    e.observe('acme', amps, T0 + 1000, 70); // A
    e.observe('acme', run, T0 + 5000, 0); // B within 4 s: match
    e.observe('acme', run, T0 + 6000, 1);
    e.observe('acme', amps, T0 + 7000, 10);
    e.observe('acme', amps, T0 + 8000, 65); // A again
    e.observe('acme', run, T0 + 30_000, 0); // B too late
    await settle();
    assert.deepEqual(
      events.map((x) => [x.type, x.time - T0]),
      [['trip', 5000]],
    );
    assert.equal(events[0]!.attributes.gap_ms, 4000);
  });

  it('refuses a bad processors file with file, line and reason', () => {
    assert.throws(
      () =>
        parseProcessorsFile(
          'processors:\n  - name: a\n    type: threshold\n    match: up\n    below: 5\n    clear: 2\n',
          'p.yaml',
        ),
      {
        code: 'RULES_EVENTS_CONFIG_INVALID',
        message: /^p\.yaml:6:12: processor "a": clear: must be >= below/,
      },
    );
    assert.throws(
      () => parseProcessorsFile('processors:\n  - name: a\n    type: thresold\n    match: up\n', 'p.yaml'),
      {
        message: /^p\.yaml:3:11: type: /,
      },
    );
    assert.throws(
      () =>
        parseProcessorsFile(
          'processors:\n  - name: a\n    type: change\n    match: "rate(x[5m])"\n',
          'p.yaml',
        ),
      /p\.yaml:4:12: processor "a": match: "rate\(x\[5m\]\)": must be a series selector/,
    );
  });
});
