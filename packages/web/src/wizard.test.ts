/**
 * The onboarding wizard's machine configuration (app/machine.ts) passes the edge agent's own
 * validation and planning, for a Modbus TCP and a Modbus RTU answer, as YAML and as the object
 * pushed through the fleet API.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadMachineConfig, planMachine, resolveMachineConfig } from '@sensorpath/edge';
import { machineDoc, machineYaml, type WizardConfig } from '../app/machine.ts';

const base: WizardConfig = {
  agentPath: 'acme/berlin/assembly/line1/press3',
  device: 'meter1',
  profile: 'sdm630',
  bus: { kind: 'tcp', host: '192.168.1.50', port: 502 },
  unit: 1,
  interval: '1s',
  labels: { machine: 'press3', cost_center: '4711' },
  brokerUrl: 'mqtt://sensorpath.example:1883',
  username: 'acme-edge-1a2b',
  token: 'spt_secret',
};

test('the wizard writes machine configurations the edge agent accepts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-wizard-'));
  try {
    for (const c of [
      base,
      {
        ...base,
        profile: 'sdm220',
        bus: { kind: 'rtu', port: '/dev/ttyUSB0', baud: 9600, parity: 'even' },
      } as const,
    ]) {
      const file = join(dir, 'machine.yaml');
      writeFileSync(file, machineYaml(c));
      const config = loadMachineConfig(file);
      assert.equal(config.path, c.agentPath);
      assert.equal(config.broker.password, 'spt_secret');
      assert.deepEqual(config.labels, c.labels);
      const plan = planMachine(config, file);
      assert.deepEqual(
        plan.devices.map((d) => [d.path, d.profile?.name, d.intervalMs]),
        [['acme/berlin/assembly/line1/meter1', c.profile, 1000]],
      );
      const pushed = resolveMachineConfig(machineDoc(c), 'push');
      assert.deepEqual(pushed, config, 'the pushed object equals the YAML');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
