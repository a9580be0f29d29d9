/**
 * Edge against independent peers from Debian: `mbpoll` (an independent Modbus master) reads the
 * simulator's registers as a meter's would be read, over TCP and over RTU on a socat serial pair;
 * the agent publishes to Debian's Mosquitto and a subscriber receives valid OpenMetrics with the
 * simulator's values.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parse } from '@sensorpath/openmetrics';
import { freePort, startRtuSimulator, startTcpSimulator } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { startEdgeAgent } from './agent.ts';
import { ModbusTcpTransport } from './modbus.ts';
import { loadProfile } from './profile.ts';
import { SOCAT, socatPair } from './testing.ts';

const logger = pino({ level: 'silent' });
const has = (bin: string) => existsSync(bin);
const NOW = 1_764_000_000_000;
// Asynchronous on purpose: the simulator answering mbpoll runs in this process.
const run = async (bin: string, args: string[]) =>
  (await promisify(execFile)(bin, args, { encoding: 'utf8', timeout: 10_000 })).stdout;

describe('edge with Debian peers', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('mbpoll reads the simulated SDM630', {
    skip: has('/usr/bin/mbpoll') ? false : 'mbpoll missing: apt-get install mbpoll',
  }, async () => {
    const sim = await startTcpSimulator({ units: [3], now: () => NOW });
    cleanups.push(() => sim.close());
    // -0: zero-based PDU addresses; -B: big-endian word order; -t 3:float: input registers as float.
    const volts = await run('/usr/bin/mbpoll', [
      '-m',
      'tcp',
      '-p',
      String(sim.port),
      '-a',
      '3',
      '-0',
      '-B',
      '-t',
      '3:float',
      '-r',
      '0',
      '-c',
      '3',
      '-1',
      '127.0.0.1',
    ]);
    const read = [...volts.matchAll(/^\[\d+\]:\s+(\S+)/gm)].map((m) => Number(m[1]));
    assert.deepEqual(read, sim.meters.get(3)!.current.voltage);
    const serial = await run('/usr/bin/mbpoll', [
      '-m',
      'tcp',
      '-p',
      String(sim.port),
      '-a',
      '3',
      '-0',
      '-t',
      '4:hex',
      '-r',
      '64512',
      '-c',
      '2',
      '-1',
      '127.0.0.1',
    ]);
    const words = [...serial.matchAll(/0x([0-9A-F]{4})/g)].map((m) => Number.parseInt(m[1]!, 16));
    assert.equal(words[0]! * 65536 + words[1]!, sim.meters.get(3)!.serial);
  });

  it('mbpoll reads the simulated SDM630 over RTU on a socat serial pair', {
    skip: !has('/usr/bin/mbpoll')
      ? 'mbpoll missing: apt-get install mbpoll'
      : !has(SOCAT)
        ? 'socat missing: apt-get install socat'
        : false,
  }, async () => {
    const pair = await socatPair();
    cleanups.push(() => pair.close());
    const sim = await startRtuSimulator({ path: pair.a, baudRate: 19200, units: [2, 5], now: () => NOW });
    cleanups.push(() => sim.close());
    const rtu = ['-m', 'rtu', '-b', '19200', '-P', 'none', '-0', '-1', '-o', '1'];
    const volts = await run('/usr/bin/mbpoll', [
      ...rtu,
      '-a',
      '5',
      '-B',
      '-t',
      '3:float',
      '-r',
      '0',
      '-c',
      '3',
      pair.b,
    ]);
    const read = [...volts.matchAll(/^\[\d+\]:\s+(\S+)/gm)].map((m) => Number(m[1]));
    const r1 = (v: number) => Math.round(v * 10) / 10;
    assert.deepEqual(read, sim.meters.get(5)!.current.voltage.map(r1));
    const serial = await run('/usr/bin/mbpoll', [
      ...rtu,
      '-a',
      '2',
      '-t',
      '4:hex',
      '-r',
      '64512',
      '-c',
      '2',
      pair.b,
    ]);
    const words = [...serial.matchAll(/0x([0-9A-F]{4})/g)].map((m) => Number.parseInt(m[1]!, 16));
    assert.equal(words[0]! * 65536 + words[1]!, sim.meters.get(2)!.serial);
    // An absent unit stays silent on a serial line: mbpoll times out, no exception frame.
    await assert.rejects(
      run('/usr/bin/mbpoll', [...rtu, '-a', '7', '-t', '3:float', '-r', '0', '-c', '2', pair.b]),
      /timed out/i,
    );
  });

  it('publishes OpenMetrics to Debian Mosquitto', {
    skip: has('/usr/sbin/mosquitto') ? false : 'mosquitto missing: apt-get install mosquitto',
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-mosq-'));
    const port = await freePort();
    writeFileSync(
      join(dir, 'm.conf'),
      `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\n`,
    );
    const mosq: ChildProcess = spawn('/usr/sbin/mosquitto', ['-c', join(dir, 'm.conf')], { stdio: 'ignore' });
    cleanups.push(() => {
      mosq.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    });
    const url = `mqtt://127.0.0.1:${port}`;
    let sub: Awaited<ReturnType<typeof connectAsync>> | undefined;
    for (let i = 0; i < 50 && !sub; i++) {
      sub = await connectAsync(url, { reconnectPeriod: 0 }).catch(() => undefined);
      if (!sub) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(sub, 'mosquitto did not start');
    cleanups.push(() => sub!.endAsync());
    const path = 'acme/berlin/hall/line1/meter1';
    const got = new Promise<Buffer>((resolve) => sub!.on('message', (_t, p) => resolve(p)));
    await sub.subscribeAsync(`${path}/metrics`, { qos: 1 });
    const sim = await startTcpSimulator({ units: [1], now: () => NOW });
    cleanups.push(() => sim.close());
    const agent = startEdgeAgent({
      broker: { url },
      devices: [
        {
          path,
          profile: loadProfile('sdm630'),
          transport: new ModbusTcpTransport({ host: sim.host, port: sim.port }),
          unit: 1,
          intervalMs: 500,
          timeoutMs: 500,
          labels: {},
        },
      ],
      logger,
    });
    cleanups.push(() => agent.close());
    const payload = await got;
    const exp = parse(payload, { format: 'openmetrics' });
    const volts = exp.families.find((f) => f.name === 'meter_voltage_volts');
    assert.deepEqual(
      volts?.samples.map((s) => s.value),
      sim.meters.get(1)!.current.voltage,
    );
    assert.ok(
      volts?.samples.every((s) =>
        s.labels.some((l) => l.name === 'serial' && l.value === String(sim.meters.get(1)!.serial)),
      ),
    );
  });
});
