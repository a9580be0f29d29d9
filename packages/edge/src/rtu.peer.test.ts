/**
 * Edge against an independent Modbus implementation: Debian's python3-pymodbus serving the SDM630
 * register map (test-peers/sdm630_server.py) over TCP and over RTU on a socat virtual serial pair.
 * Checked: the quick-mode CLI publishes the served voltages, currents and serial number under the
 * given sensor path; the agent's values equal the served ones over TCP; several meters share one
 * RTU bus with one of them dead and the live ones keep their poll rate.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from '@sensorpath/openmetrics';
import { freePort } from '@sensorpath/simulator';
import { pino } from 'pino';
import { startEdgeAgent } from './agent.ts';
import { ModbusRtuTransport, ModbusTcpTransport } from './modbus.ts';
import { loadProfile } from './profile.ts';
import { aedesBroker, hasPymodbus, SOCAT, socatPair, startPymodbus, waitFor } from './testing.ts';

const logger = pino({ level: 'silent' });
const BIN = fileURLToPath(new URL('../../cli/bin/sensorpath.js', import.meta.url));
const skipPymodbus = hasPymodbus()
  ? false
  : 'pymodbus missing: apt-get install python3-pymodbus python3-serial';
const skipRtu = skipPymodbus || (existsSync(SOCAT) ? false : 'socat missing: apt-get install socat');

type Exposition = ReturnType<typeof parse>;
const values = (e: Exposition, name: string) =>
  e.families
    .find((f) => f.name === name)
    ?.samples.slice()
    .sort((a, b) => label(a, 'phase').localeCompare(label(b, 'phase')))
    .map((s) => s.value);
const label = (s: { labels: { name: string; value: string }[] }, n: string) =>
  s.labels.find((l) => l.name === n)?.value ?? '';

describe('edge with pymodbus', () => {
  it('quick mode over RTU (socat) publishes voltages, currents and the serial under the sensor path', {
    skip: skipRtu,
    timeout: 60_000,
  }, async () => {
    const pair = await socatPair();
    const py = await startPymodbus({ serial: pair.a, baud: 9600, units: [1] });
    const broker = aedesBroker(await freePort());
    await broker.start();
    const path = 'acme/berlin/assembly/line1/meter1';
    let child: ChildProcess | undefined;
    try {
      child = spawn(
        process.execPath,
        [
          BIN,
          'edge',
          '--profile',
          'sdm630',
          '--modbus-rtu',
          pair.b,
          '--baud',
          '9600',
          '--unit',
          '1',
          '--broker',
          `mqtt://127.0.0.1:${broker.port}`,
          '--path',
          path,
          '--interval',
          '500ms',
          '--log-level',
          'warn',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr!.on('data', (d) => {
        stderr += d;
      });
      const msg = await waitFor('a metrics message with voltages', 30_000, () => {
        if (child!.exitCode !== null) throw new Error(`edge exited: ${stderr}`);
        for (const m of broker.messages) {
          if (m.topic !== `${path}/metrics`) continue;
          const e = parse(m.payload, { format: 'openmetrics' });
          if (values(e, 'meter_voltage_volts')?.length === 3) return e;
        }
        return undefined;
      });
      const served = py.served['1']!;
      assert.deepEqual(values(msg, 'meter_voltage_volts'), served.voltage);
      assert.deepEqual(values(msg, 'meter_current_amperes'), served.current);
      const volts = msg.families.find((f) => f.name === 'meter_voltage_volts')!;
      for (const s of volts.samples) assert.equal(label(s, 'serial'), String(served.serial));
      // The birth message may arrive after the first metrics (the queue drains on connect too).
      const state = await waitFor('the retained birth message', 10_000, () =>
        broker.messages.find((m) => m.topic === `${path}/state`),
      );
      assert.equal(JSON.parse(state.payload.toString()).state, 'online');
    } finally {
      if (child && child.exitCode === null)
        await new Promise<void>((r) => {
          child!.once('exit', () => r());
          child!.kill('SIGTERM');
        });
      await broker.stop();
      await py.close();
      await pair.close();
    }
  });

  it('publishes over Modbus TCP exactly the values pymodbus serves', {
    skip: skipPymodbus,
    timeout: 30_000,
  }, async () => {
    const port = await freePort();
    const broker = aedesBroker(await freePort());
    await broker.start();
    const py2 = await startPymodbus({ tcpPort: port, units: [1, 2] });
    const transport = new ModbusTcpTransport({ host: '127.0.0.1', port });
    const profile = loadProfile('sdm630');
    const agent = startEdgeAgent({
      broker: { url: `mqtt://127.0.0.1:${broker.port}` },
      devices: [1, 2].map((unit) => ({
        path: `acme/berlin/assembly/line1/meter${unit}`,
        profile,
        transport,
        unit,
        intervalMs: 300,
        timeoutMs: 1000,
        labels: {},
      })),
      logger,
    });
    try {
      for (const unit of [1, 2]) {
        const e = await waitFor(`unit ${unit}`, 15_000, () => {
          for (const m of broker.messages)
            if (m.topic === `acme/berlin/assembly/line1/meter${unit}/metrics`) {
              const e = parse(m.payload, { format: 'openmetrics' });
              if (values(e, 'meter_voltage_volts')?.length === 3) return e;
            }
          return undefined;
        });
        const served = py2.served[String(unit)]!;
        assert.deepEqual(values(e, 'meter_voltage_volts'), served.voltage);
        assert.deepEqual(values(e, 'meter_current_amperes'), served.current);
        assert.deepEqual(values(e, 'meter_active_power_watts')?.slice(0, 3), served.power);
        assert.deepEqual(values(e, 'meter_frequency_hertz'), [served.frequency]);
        const energy = e.families.find((f) => f.name === 'meter_import_energy_watthours')!;
        const total = energy.samples.find((s) => label(s, 'phase') === 'total')!;
        assert.equal(total.value, Math.round(served.import_kwh * 1000));
      }
    } finally {
      await agent.close();
      await broker.stop();
      await py2.close();
    }
  });

  it('keeps the poll rate of live meters on one RTU bus while one meter is dead', {
    skip: skipRtu,
    timeout: 60_000,
  }, async () => {
    const pair = await socatPair();
    const py = await startPymodbus({ serial: pair.a, baud: 9600, units: [1, 2, 3] });
    const broker = aedesBroker(await freePort());
    await broker.start();
    const transport = new ModbusRtuTransport({
      path: pair.b,
      baudRate: 9600,
      parity: 'none',
      stopBits: 1,
      dataBits: 8,
    });
    const profile = loadProfile('sdm630');
    const intervalMs = 400;
    const agent = startEdgeAgent({
      broker: { url: `mqtt://127.0.0.1:${broker.port}` },
      devices: [1, 2, 3, 9].map((unit) => ({
        path: `acme/berlin/assembly/line1/meter${unit}`,
        profile,
        transport,
        unit,
        intervalMs,
        timeoutMs: 250,
        retries: 1,
        maxBackoffMs: 5000,
        labels: {},
      })),
      logger,
    });
    try {
      await waitFor('first polls', 15_000, () => agent.stats().every((s) => s.polls > 0) || undefined);
      const before = agent.stats();
      const windowMs = 8000;
      await new Promise((r) => setTimeout(r, windowMs));
      const after = agent.stats();
      const ideal = windowMs / intervalMs;
      for (const i of [0, 1, 2]) {
        const polls = after[i]!.polls - before[i]!.polls;
        assert.equal(after[i]!.up, true, `meter ${i + 1} is up`);
        // Slack for a loaded 2-core machine: at least 60 % of the ideal rate.
        assert.ok(
          polls >= ideal * 0.6,
          `live meter ${i + 1}: ${polls} polls in ${windowMs} ms (ideal ${ideal})`,
        );
      }
      const dead = after[3]!;
      assert.equal(dead.up, false);
      assert.ok(
        dead.polls - before[3]!.polls <= 6,
        `dead meter polled ${dead.polls - before[3]!.polls} times (backoff)`,
      );
    } finally {
      await agent.close();
      await broker.stop();
      await py.close();
      await pair.close();
    }
  });
});
