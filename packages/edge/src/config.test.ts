/**
 * Machine configuration conformance as data: `testdata/config/*.bad.yaml` must fail with exactly the
 * message in the paired `.bad.txt` (path, value found and fix), and every `*.good.yaml` must pass the
 * dry-run plan. The README's generated reference must match the schema.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { devicePath, loadMachineConfig, parseDuration } from './config.ts';
import { README, readmeWithReference } from './config-doc.ts';
import { planMachine, queueDir } from './runtime.ts';

const DIR = fileURLToPath(new URL('./testdata/config/', import.meta.url));
const UPDATE = process.env.SENSORPATH_UPDATE_FIXTURES === '1';

function check(file: string): string | undefined {
  try {
    const cfg = loadMachineConfig(file);
    planMachine(cfg, file);
    return undefined;
  } catch (err) {
    return (err as Error).message.replaceAll(file, '<file>');
  }
}

describe('machine configuration', () => {
  for (const name of readdirSync(DIR)
    .filter((f) => f.endsWith('.bad.yaml'))
    .sort()) {
    it(`refuses ${name} with the expected message`, () => {
      const file = join(DIR, name);
      const got = check(file);
      assert.ok(got, `${name} was accepted`);
      const expectedFile = file.replace(/\.yaml$/, '.txt');
      if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${got}\n`);
      assert.equal(got, readFileSync(expectedFile, 'utf8').trimEnd());
      assert.match(got, /\n {2}- [\w.]+: .+/, 'names the field path');
    });
  }

  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.good.yaml'))) {
    it(`accepts ${name}`, () => {
      const file = join(DIR, name);
      assert.equal(check(file), undefined);
      const plan = planMachine(loadMachineConfig(file), file);
      assert.ok(plan.devices.length > 0);
    });
  }

  it('resolves defaults, durations and device paths', () => {
    const cfg = loadMachineConfig(join(DIR, 'plant.good.yaml'));
    const rtu = cfg.buses[0]!;
    assert.equal(rtu.timeout, 300);
    assert.equal(rtu.rtu?.baud, 9600);
    assert.equal(rtu.devices[1]!.interval, 500);
    assert.equal(cfg.buses[1]!.devices[0]!.interval, 100);
    assert.equal(cfg.queue.replayRate, 200);
    assert.equal(cfg.queue.maxBytes, 64 * 1024 * 1024);
    const plan = planMachine(cfg, 'x');
    assert.deepEqual(
      plan.devices.map((d) => d.path),
      ['meter1', 'meter2', 'meter3', 'plc1', 'plc2', 'revpi1'].map((d) => devicePath(cfg.path, d)),
    );
    assert.equal(parseDuration('1.5s'), 1500);
    assert.equal(parseDuration('2m'), 120_000);
    assert.equal(parseDuration('soon'), undefined);
  });

  it('keeps the generated reference in packages/edge/README.md up to date', () => {
    const readme = readFileSync(README, 'utf8');
    const fresh = readmeWithReference(readme);
    if (UPDATE) writeFileSync(README, fresh);
    assert.equal(readme, fresh, 'regenerate: npx tsx packages/edge/src/config-doc.ts --write');
  });
});

describe('machine configuration on Windows', () => {
  it('keeps COM port names and drive-letter paths as given', () => {
    const cfg = loadMachineConfig(join(DIR, 'windows.good.yaml'));
    assert.deepEqual(
      cfg.buses.map((b) => b.rtu?.port),
      ['COM3', '\\\\.\\COM12'],
    );
    assert.equal(cfg.dataDir, 'C:/ProgramData/sensorpath-edge');
    assert.equal(queueDir(cfg), 'C:\\ProgramData\\sensorpath-edge\\queue');
    const plan = planMachine(cfg, 'windows.good.yaml');
    assert.equal(plan.devices.length, 2);
  });
});
