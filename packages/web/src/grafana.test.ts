/**
 * The dashboard generator on its own: panel per metric family with the Grafana unit, energy
 * counters as an hourly rate in watts, other counters per second, every query pinned to the
 * device's full sensor path, the data source always `${DS_PROMETHEUS}`. (Against a running server:
 * packages/cli/src/commands/grafana.test.ts.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dashboardQueries, deviceSelector, grafanaDashboard } from './grafana.ts';

const PATH = 'acme/berlin/assembly/line1/meter1';

test('panels, units and queries per metric family', () => {
  const d = grafanaDashboard('acme/berlin/assembly/line1/press3', [
    {
      path: PATH,
      kind: 'sdm630',
      metrics: [
        { name: 'meter_voltage_volts', type: 'gauge', unit: 'volts' },
        { name: 'meter_import_energy_watthours', type: 'counter', unit: 'watthours' },
        { name: 'plc_strokes', type: 'counter' },
        { name: 'meter_power_factor', type: 'gauge' },
      ],
    },
  ]);
  const sel = deviceSelector(PATH);
  assert.equal(sel, 'enterprise="acme",site="berlin",area="assembly",line="line1",device="meter1"');
  assert.deepEqual(dashboardQueries(d), [
    { panel: 'meter_voltage_volts', expr: `meter_voltage_volts{${sel}}` },
    {
      panel: 'meter_import_energy rate',
      expr: `rate(meter_import_energy_watthours_total{${sel}}[$__rate_interval]) * 3600`,
    },
    { panel: 'plc_strokes per second', expr: `rate(plc_strokes_total{${sel}}[$__rate_interval])` },
    { panel: 'meter_power_factor', expr: `meter_power_factor{${sel}}` },
  ]);
  const panels = d.panels as {
    type: string;
    fieldConfig?: { defaults: { unit: string } };
    datasource?: { uid: string };
  }[];
  assert.deepEqual(
    panels.map((p) => p.fieldConfig?.defaults.unit ?? p.type),
    ['row', 'volt', 'watt', 'ops', 'short'],
  );
  assert.ok(panels.slice(1).every((p) => p.datasource?.uid === '${DS_PROMETHEUS}'));
  assert.equal(d.uid, 'sp-acme-berlin-assembly-line1-press3');
  assert.equal(d.schemaVersion, 39);
});

test('a sensor path without five segments is refused', () => {
  assert.throws(() => deviceSelector('acme/berlin'), /expected enterprise\/site\/area\/line\/device/);
});
