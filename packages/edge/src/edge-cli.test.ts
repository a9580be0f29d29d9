/**
 * The `sensorpath edge --config FILE --dry-run` interface: a valid configuration prints the plan
 * and exits 0 without touching devices (the good fixture names a serial port that does not exist);
 * a bad field exits non-zero with its path, the value found and the fix.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../cli/bin/sensorpath.js', import.meta.url));
const fixture = (n: string) => fileURLToPath(new URL(`./testdata/config/${n}`, import.meta.url));
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });

describe('sensorpath edge --config', () => {
  it('--dry-run validates and prints the plan without touching devices', () => {
    const r = cli(['edge', '--config', fixture('plant.good.yaml'), '--dry-run']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /is valid/);
    assert.match(
      r.stdout,
      /acme\/berlin\/assembly\/line1\/meter1 {2}modbus sdm630 via modbus-rtu \/dev\/ttyUSB0 9600 unit 1 every 1000ms/,
    );
    assert.match(r.stdout, /acme\/berlin\/assembly\/line1\/revpi1 {2}revpi/);
  });

  it('fails at start on a bad field with its path, value and fix', () => {
    const r = cli(['edge', '--config', fixture('interval-too-short.bad.yaml'), '--dry-run']);
    assert.notEqual(r.status, 0);
    assert.match(
      r.stderr,
      /buses\.0\.devices\.0\.interval: must be at least 100ms; use 100ms or more \(found: "50ms"\)/,
    );
  });
});
