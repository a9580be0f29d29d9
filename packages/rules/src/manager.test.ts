/**
 * The rule manager under a fake clock: `for` and `keep_firing_for` as Prometheus evaluates them,
 * ALERTS/ALERTS_FOR_STATE written through the appender (and marked stale), recording rules, and
 * notifications for firing and resolved alerts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '@sensorpath/promql';
import { isStaleNaN, labelsFromRecord, MemoryStorage, newMatcher } from '@sensorpath/storage';
import { ManualClock } from './clock.ts';
import { RuleManager } from './manager.ts';
import { RecordingNotifier } from './notifier.ts';
import { engineQueryFunc } from './query.ts';
import { parseRuleFile } from './rulefile.ts';

const T0 = 1_764_000_000_000;
const S = 1000;

async function setup(rules: string, values: (i: number) => number, seconds = 30) {
  const store = new MemoryStorage();
  const app = store.appender();
  const labels = labelsFromRecord({
    __name__: 'meter_voltage_volts',
    device: 'm1',
    enterprise: 'acme',
    phase: 'L1',
  });
  for (let i = 0; i <= seconds; i++) app.append(0, labels, T0 + i * S - 10, values(i));
  await app.commit();
  const clock = new ManualClock(T0 - 500);
  const notifier = new RecordingNotifier();
  const mgr = new RuleManager({
    clock,
    query: engineQueryFunc(new Engine(), () => store),
    appendable: async () => store,
    tenants: () => ['acme'],
    notifier,
  });
  mgr.setGroups({ source: 'test.yaml', tenant: undefined }, parseRuleFile(rules, 'test.yaml'));
  const states: string[] = [];
  const step = async () => {
    await clock.advance(S);
    const g = mgr.list()[0]!;
    const a = [...(g.states.get('acme')?.rules[0]?.active.values() ?? [])];
    states.push(a.map((x) => x.state).join(',') || '-');
  };
  return { store, clock, notifier, mgr, states, step };
}

async function rawSamples(store: MemoryStorage, name: string) {
  const q = await store.querier(0, Number.MAX_SAFE_INTEGER);
  const series = await q.select(true, undefined, [newMatcher('=', '__name__', name)]);
  const out = series.map((s) => {
    const it = s.iterator();
    const pts: [number, number | 'stale'][] = [];
    while (it.next()) pts.push([(it.time() - T0) / S, isStaleNaN(it.value()) ? 'stale' : it.value()]);
    return { labels: Object.fromEntries(s.labels.map((l) => [l.name, l.value])), pts };
  });
  await q.close();
  return out;
}

const lowVoltage = (extra: string) => `
groups:
  - name: power
    interval: 1s
    rules:
      - alert: PhaseLow
        expr: meter_voltage_volts < 50
${extra}
        labels:
          severity: critical
        annotations:
          summary: "Phase {{ $labels.phase }} at {{ $value | humanize }} V"
`;

// Voltage is 230 V, drops to 0 V for seconds 5..11, recovers at 12.
const dip = (i: number) => (i >= 5 && i < 12 ? 0 : 230);

describe('rule manager', () => {
  it('holds an alert pending for `for`, then fires, then resolves', async () => {
    const { states, step, notifier, store, mgr } = await setup(lowVoltage('        for: 3s'), dip, 20);
    for (let i = 0; i <= 16; i++) await step();
    // Index = evaluation second.
    assert.deepEqual(states.slice(0, 16), [
      '-',
      '-',
      '-',
      '-',
      '-',
      'pending',
      'pending',
      'pending',
      'firing',
      'firing',
      'firing',
      'firing',
      'inactive',
      'inactive',
      'inactive',
      'inactive',
    ]);
    const sent = notifier.alerts;
    assert.equal(sent.length, 2, 'one firing, one resolved notification');
    assert.equal(sent[0]!.startsAt, T0 + 8 * S);
    assert.equal(sent[0]!.endsAt, T0 + 8 * S + 4 * 60 * S);
    assert.equal(sent[0]!.annotations.summary, 'Phase L1 at 0 V');
    assert.deepEqual(sent[0]!.labels, {
      alertname: 'PhaseLow',
      device: 'm1',
      enterprise: 'acme',
      phase: 'L1',
      severity: 'critical',
    });
    assert.equal(sent[1]!.endsAt, T0 + 12 * S, 'resolved at the first evaluation without the alert');
    const alerts = await rawSamples(store, 'ALERTS');
    const pending = alerts.find((a) => a.labels.alertstate === 'pending')!;
    const firing = alerts.find((a) => a.labels.alertstate === 'firing')!;
    assert.deepEqual(pending.pts, [
      [5, 1],
      [6, 1],
      [7, 1],
      [8, 'stale'],
    ]);
    assert.deepEqual(firing.pts, [
      [8, 1],
      [9, 1],
      [10, 1],
      [11, 1],
      [12, 'stale'],
    ]);
    const forState = await rawSamples(store, 'ALERTS_FOR_STATE');
    assert.equal(forState[0]!.pts[0]![1], (T0 + 5 * S) / 1000);
    await mgr.stop();
  });

  it('keeps firing for keep_firing_for after the condition clears', async () => {
    const { states, step, notifier, mgr } = await setup(
      lowVoltage('        for: 3s\n        keep_firing_for: 2s'),
      dip,
      20,
    );
    for (let i = 0; i <= 16; i++) await step();
    assert.deepEqual(states.slice(4, 16), [
      '-',
      'pending',
      'pending',
      'pending',
      'firing',
      'firing',
      'firing',
      'firing',
      // Condition clear from 12: kept firing at 12 and 13 (less than 2s since 12), resolved at 14.
      'firing',
      'firing',
      'inactive',
      'inactive',
    ]);
    assert.equal(notifier.alerts.at(-1)!.endsAt, T0 + 14 * S);
    await mgr.stop();
  });

  it('never fires a blip shorter than `for`', async () => {
    const { states, step, notifier, mgr } = await setup(
      lowVoltage('        for: 5s'),
      (i) => (i >= 3 && i < 6 ? 0 : 230),
      12,
    );
    for (let i = 0; i <= 10; i++) await step();
    assert.ok(!states.includes('firing'));
    assert.deepEqual(states.slice(2, 8), ['-', 'pending', 'pending', 'pending', '-', '-']);
    assert.equal(notifier.alerts.length, 0);
    await mgr.stop();
  });

  it('does not hold a pending alert for keep_firing_for', async () => {
    const { states, step, mgr, store } = await setup(
      lowVoltage('        for: 5s\n        keep_firing_for: 10s'),
      (i) => (i >= 3 && i < 5 ? 0 : 230),
      10,
    );
    for (let i = 0; i <= 8; i++) await step();
    assert.deepEqual(states.slice(2, 7), ['-', 'pending', 'pending', '-', '-']);
    const alerts = await rawSamples(store, 'ALERTS');
    assert.deepEqual(alerts[0]!.pts, [
      [3, 1],
      [4, 1],
      [5, 'stale'],
    ]);
    await mgr.stop();
  });

  it('fires at the first evaluation with for: 0s', async () => {
    const { states, step, notifier, mgr } = await setup(lowVoltage('        for: 0s'), dip, 8);
    for (let i = 0; i <= 6; i++) await step();
    assert.equal(states[5], 'firing');
    assert.equal(notifier.alerts[0]!.startsAt, T0 + 5 * S);
    await mgr.stop();
  });

  it('restores for state from ALERTS_FOR_STATE after a restart, as Prometheus does', async () => {
    const M = 60 * S;
    const store = new MemoryStorage();
    const app = store.appender();
    const base = { device: 'm1', enterprise: 'acme', phase: 'L1' };
    const volts = labelsFromRecord({ __name__: 'meter_voltage_volts', ...base });
    for (let t = T0 - 30 * M; t <= T0 + 10 * S; t += 10 * S) app.append(0, volts, t, 0);
    // The previous run: each alert active since T0-20m; the server went down at T0-5m.
    for (const name of ['A', 'B', 'C']) {
      const ls = labelsFromRecord({
        __name__: 'ALERTS_FOR_STATE',
        alertname: name,
        ...base,
        severity: 'critical',
      });
      for (let t = T0 - 20 * M; t <= T0 - 5 * M; t += M) app.append(0, ls, t, (T0 - 20 * M) / 1000);
    }
    await app.commit();
    const rule = (name: string, forD: string) =>
      `      - alert: ${name}\n        expr: meter_voltage_volts < 50\n        for: ${forD}\n        labels: { severity: critical }\n`;
    const clock = new ManualClock(T0 - 500);
    const mgr = new RuleManager({
      clock,
      query: engineQueryFunc(new Engine(), () => store),
      appendable: async () => store,
      queryable: () => store,
      tenants: () => ['acme'],
    });
    mgr.setGroups(
      { source: 'r.yaml', tenant: undefined },
      parseRuleFile(
        `groups:\n  - name: g\n    interval: 1s\n    rules:\n${rule('A', '30m')}${rule('B', '20m')}${rule('C', '10m')}`,
        'r.yaml',
      ),
    );
    await clock.advance(3 * S);
    const st = mgr.list()[0]!.states.get('acme')!;
    const alert = (i: number) => [...st.rules[i]!.active.values()][0]!;
    const restoredAt = T0 + S; // after the second evaluation
    // 15m of 30m spent: the 5m (+1s) of downtime do not count.
    assert.equal(alert(0).activeAt, T0 - 15 * M + S);
    assert.equal(alert(0).state, 'pending');
    // 5m left, less than the 10m grace period: fires 10m after the restore.
    assert.equal(alert(1).activeAt, restoredAt + 10 * M - 20 * M);
    // Already firing before the restart: keeps its start and fires again.
    assert.equal(alert(2).activeAt, T0 - 20 * M);
    assert.equal(alert(2).state, 'firing');
    // No ALERTS series before the restore (evaluations at T0 and T0+1s).
    const written = await rawSamples(store, 'ALERTS');
    assert.ok(written.length > 0);
    for (const s of written) assert.equal(s.pts[0]![0], 2, 'first ALERTS sample at T0+2s');
    await mgr.stop();
  });

  it('writes recording rules with rule labels, every 100 ms', async () => {
    const rules = `
groups:
  - name: rec
    interval: 100ms
    rules:
      - record: device:meter_voltage_volts:max
        expr: max by (device) (meter_voltage_volts)
        labels: { source: rule }
`;
    const { clock, store, mgr } = await setup(rules, () => 230, 4);
    await clock.advance(1 * S);
    const rec = await rawSamples(store, 'device:meter_voltage_volts:max');
    assert.deepEqual(rec[0]!.labels, {
      __name__: 'device:meter_voltage_volts:max',
      device: 'm1',
      source: 'rule',
    });
    // Evaluated every 100 ms (the clock starts 500 ms before T0).
    assert.deepEqual(
      rec[0]!.pts.map((p) => Math.round((p[0] as number) * 10)),
      [0, 1, 2, 3, 4, 5],
    );
    await mgr.stop();
  });
});
