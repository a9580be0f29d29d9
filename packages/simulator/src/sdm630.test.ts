/** The SDM630 model and its Modbus TCP server, read back with modbus-serial as a master. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import modbusSerial from 'modbus-serial';
import { type SimulatorHandle, startTcpSimulator } from './modbus-server.ts';
import { SDM630_INPUT, Sdm630Model } from './sdm630.ts';

function f32(words: number[], i: number): number {
  const dv = new DataView(new ArrayBuffer(4));
  dv.setUint16(0, words[i]!);
  dv.setUint16(2, words[i + 1]!);
  return dv.getFloat32(0);
}

describe('SDM630 model', () => {
  it('produces plausible, consistent three-phase values and monotonic energy', () => {
    const m = new Sdm630Model({ seed: 1, startMs: 0 });
    let lastKwh = m.current.importKwh;
    for (let t = 1000; t <= 3_600_000; t += 1000) {
      const r = m.update(t);
      for (let i = 0; i < 3; i++) {
        assert.ok(r.voltage[i]! > 220 && r.voltage[i]! < 240, `voltage ${r.voltage[i]}`);
        assert.ok(r.current[i]! >= 0 && r.current[i]! < 40);
        const p = r.voltage[i]! * r.current[i]! * r.powerFactor[i]!;
        assert.ok(Math.abs(r.power[i]! - p) <= 1, 'P = V × I × PF');
      }
      assert.ok(Math.abs(r.frequency - 50) < 0.1);
      assert.ok(r.importKwh >= lastKwh, 'energy never decreases');
      lastKwh = r.importKwh;
    }
    assert.ok(lastKwh > 12345.6 + 5, 'an hour of ~8 kW adds several kWh');
  });
  it('is deterministic for a seed', () => {
    const a = new Sdm630Model({ seed: 7, startMs: 0 }).update(5000);
    const b = new Sdm630Model({ seed: 7, startMs: 0 }).update(5000);
    assert.deepEqual(a, b);
  });
});

describe('SDM630 over Modbus TCP', () => {
  let sim: SimulatorHandle;
  // modbus-serial is CommonJS: the default import is the client class itself at run time.
  const client = new (modbusSerial as unknown as typeof modbusSerial.default)();
  before(async () => {
    sim = await startTcpSimulator({ port: 0, units: [1, 2] });
    await client.connectTCP(sim.host, { port: sim.port });
    client.setTimeout(1000);
  });
  after(async () => {
    await new Promise<void>((r) => client.close(() => r()));
    await sim.close();
  });

  it('serves voltages as big-endian float32 input registers', async () => {
    client.setID(1);
    const r = await client.readInputRegisters(0, 6);
    for (const i of [0, 2, 4]) {
      const v = f32(r.data, i);
      assert.ok(v > 220 && v < 240, `L${i / 2 + 1} = ${v}`);
    }
  });
  it('serves the serial number as u32 in holding register 0xFC00', async () => {
    client.setID(2);
    const r = await client.readHoldingRegisters(0xfc00, 2);
    assert.equal(r.data[0]! * 65536 + r.data[1]!, sim.meters.get(2)!.serial);
  });
  it('answers exception 2 outside the map and nothing for unknown units', async () => {
    client.setID(1);
    await assert.rejects(client.readInputRegisters(0x0200, 2), /Illegal data address|exception/i);
    client.setID(9);
    await assert.rejects(client.readInputRegisters(SDM630_INPUT.voltage[0], 2));
  });
});
