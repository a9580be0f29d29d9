/**
 * A device read through its profile from the simulated SDM630 over real Modbus TCP: values decode
 * to the model's, the serial number becomes a label, and a dead meter yields clear errors quickly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freePort, type SimulatorHandle, startTcpSimulator } from '@sensorpath/simulator';
import { ModbusDevice } from './device.ts';
import { ModbusTcpTransport } from './modbus.ts';
import { loadProfile, resolveProfile } from './profile.ts';

describe('ModbusDevice against the SDM630 simulator', () => {
  let sim: SimulatorHandle;
  let transport: ModbusTcpTransport;
  before(async () => {
    // A frozen clock: the meter's values stay put while the test compares them.
    sim = await startTcpSimulator({ units: [1, 2], now: () => 1_764_000_000_000 });
    transport = new ModbusTcpTransport({ host: sim.host, port: sim.port });
  });
  after(async () => {
    await transport.close();
    await sim.close();
  });

  it('reads every profile value with the serial as a label', async () => {
    const dev = new ModbusDevice({ profile: loadProfile('sdm630'), transport, unit: 1, timeoutMs: 1000 });
    const res = await dev.poll();
    assert.deepEqual(res.errors, []);
    const serial = String(sim.meters.get(1)!.serial);
    const volts = res.samples.filter((s) => s.metric === 'meter_voltage_volts');
    assert.equal(volts.length, 3);
    const model = sim.meters.get(1)!.current;
    for (const [i, s] of volts.entries()) {
      assert.equal(s.labels.phase, `L${i + 1}`);
      assert.equal(s.labels.serial, serial);
      assert.equal(s.value, model.voltage[i]);
    }
    const energy = res.samples.find(
      (s) => s.metric === 'meter_import_energy_watthours' && s.labels.phase === 'total',
    );
    assert.equal(energy?.value, Math.round(model.importKwh * 1000));
    assert.ok(res.requests <= 4, `${res.requests} requests`);
  });

  it('splits a merged range the meter refuses and keeps reading the values it has', async () => {
    // 0x0170 is in the SDM630 map, 0x0182 is past it: merged they make one refused request.
    const profile = resolveProfile(
      {
        profile: 'gappy',
        merge: { maxGap: 32 },
        metrics: [
          { name: 'a_value', type: 'gauge', registers: [{ address: 0x0170 }] },
          { name: 'b_value', type: 'gauge', registers: [{ address: 0x0182 }] },
        ],
      },
      'test',
    );
    const dev = new ModbusDevice({ profile, transport, unit: 1, timeoutMs: 1000 });
    assert.equal(dev.requestsPerPoll, 1);
    const res = await dev.poll();
    assert.deepEqual(
      res.samples.map((s) => s.metric),
      ['a_value'],
    );
    assert.equal(res.errors.length, 1);
    assert.match(res.errors[0]!.message, /address 0x182 .*exception 2/);
    assert.equal(dev.requestsPerPoll, 2, 'the finer plan is kept');
    const again = await dev.poll();
    assert.equal(again.requests, 2);
  });

  it('reports a missing unit as an error without throwing', async () => {
    const dev = new ModbusDevice({ profile: loadProfile('sdm630'), transport, unit: 7, timeoutMs: 300 });
    const res = await dev.poll();
    assert.equal(res.samples.length, 0);
    assert.equal(res.errors.length, 1);
    assert.match(res.errors[0]!.message, /unit 7/);
  });

  it('reports an unreachable gateway with a connect error', async () => {
    const port = await freePort();
    const t = new ModbusTcpTransport({ host: '127.0.0.1', port });
    const dev = new ModbusDevice({ profile: loadProfile('sdm630'), transport: t, unit: 1, timeoutMs: 300 });
    const res = await dev.poll();
    assert.equal(res.errors[0]?.code, 'MODBUS_CONNECT');
    assert.match(res.errors[0]!.message, /cannot connect to modbus-tcp 127\.0\.0\.1/);
    await t.close();
  });
});
