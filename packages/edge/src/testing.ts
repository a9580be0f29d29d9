/**
 * Test support for the edge package (not exported from the package): a plain Aedes broker that
 * records every message a client published and can be stopped and restarted on the same port, a
 * Debian Mosquitto started from a generated config, socat virtual serial pairs, the pymodbus SDM630
 * server under test-peers/, and a polling wait. Every handle has a `close` that stops what it started.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aedes } from 'aedes';

export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  f: () => T | undefined | Promise<T | undefined>,
) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface RecordedMessage {
  topic: string;
  payload: Buffer;
  retain: boolean;
}

export interface TestBroker {
  readonly port: number;
  readonly messages: RecordedMessage[];
  readonly aedes: Aedes | undefined;
  /** Starts (or restarts) listening on the same port. */
  start(): Promise<void>;
  /** Closes every connection and the listener, as a crashed broker would. */
  stop(): Promise<void>;
  publish(topic: string, payload: string, retain: boolean): Promise<void>;
}

/** A plain Aedes broker on loopback recording client publishes; retained messages survive restarts. */
export function aedesBroker(port: number): TestBroker {
  const messages: RecordedMessage[] = [];
  const retained = new Map<string, Buffer>();
  let aedes: Aedes | undefined;
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  const b: TestBroker = {
    port,
    messages,
    get aedes() {
      return aedes;
    },
    async start() {
      aedes = await Aedes.createBroker();
      for (const [topic, payload] of retained)
        await new Promise<void>((r) =>
          aedes!.publish({ cmd: 'publish', topic, payload, qos: 1, retain: true, dup: false }, () => r()),
        );
      aedes.on('publish', (packet, client) => {
        if (!client) return;
        const payload = Buffer.from(packet.payload as Buffer);
        if (packet.retain) retained.set(packet.topic, payload);
        messages.push({ topic: packet.topic, payload, retain: packet.retain });
      });
      const a = aedes;
      server = createServer((s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        a.handle(s);
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      await new Promise<void>((r) => (aedes ? aedes.close(() => r()) : r()));
      server = undefined;
      aedes = undefined;
    },
    async publish(topic, payload, retain) {
      if (retain) retained.set(topic, Buffer.from(payload));
      await new Promise<void>((r) =>
        aedes!.publish(
          { cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, retain, dup: false },
          () => r(),
        ),
      );
    },
  };
  return b;
}

export const MOSQUITTO = '/usr/sbin/mosquitto';
export const SOCAT = '/usr/bin/socat';
export const PYTHON = '/usr/bin/python3';
export const PYMODBUS_SERVER = fileURLToPath(new URL('../test-peers/sdm630_server.py', import.meta.url));

export function hasPymodbus(): boolean {
  return existsSync('/usr/lib/python3/dist-packages/pymodbus') && existsSync(PYTHON);
}

export interface Mosquitto {
  readonly port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's mosquitto on a generated config (persistence on, so sessions survive a restart). */
export function mosquitto(port: number): Mosquitto {
  const dir = mkdtempSync(join(tmpdir(), 'sp-mosq-'));
  // Started as root, mosquitto drops to the `mosquitto` user: it must be able to write its database.
  chmodSync(dir, 0o777);
  writeFileSync(
    join(dir, 'm.conf'),
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'persistence true',
      `persistence_location ${dir}/`,
      'max_queued_messages 100000',
      'max_inflight_messages 100',
      '',
    ].join('\n'),
  );
  let child: ChildProcess | undefined;
  const stop = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((r) => {
      c.once('exit', () => r());
      c.kill('SIGTERM');
    });
  };
  return {
    port,
    async start() {
      child = spawn(MOSQUITTO, ['-c', join(dir, 'm.conf')], { stdio: 'ignore' });
      await waitFor('mosquitto to listen', 5000, async () => {
        return await new Promise<boolean | undefined>((resolve) => {
          const s = createServer();
          s.once('error', () => resolve(true));
          s.listen(port, '127.0.0.1', () => s.close(() => resolve(undefined)));
        });
      });
    },
    stop,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SerialPair {
  readonly a: string;
  readonly b: string;
  close(): Promise<void>;
}

/** A socat virtual serial pair: what one end writes, the other reads. */
export async function socatPair(): Promise<SerialPair> {
  const dir = mkdtempSync(join(tmpdir(), 'sp-tty-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  const child = spawn(SOCAT, ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], {
    stdio: 'ignore',
  });
  await waitFor('socat ptys', 5000, () => existsSync(a) && existsSync(b));
  return {
    a,
    b,
    async close() {
      if (child.exitCode === null)
        await new Promise<void>((r) => {
          child.once('exit', () => r());
          child.kill('SIGTERM');
        });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PymodbusServer {
  /** The values served, per unit, as the script reports them. */
  readonly served: Record<
    string,
    {
      voltage: number[];
      current: number[];
      power: number[];
      frequency: number;
      import_kwh: number;
      serial: number;
    }
  >;
  close(): Promise<void>;
}

/** Starts test-peers/sdm630_server.py (Debian python3-pymodbus) over TCP or RTU. */
export async function startPymodbus(args: {
  tcpPort?: number;
  serial?: string;
  baud?: number;
  units: number[];
}) {
  const argv = [PYMODBUS_SERVER, '--units', args.units.join(',')];
  if (args.tcpPort) argv.push('--tcp', String(args.tcpPort));
  if (args.serial) argv.push('--rtu', args.serial, '--baud', String(args.baud ?? 9600));
  const child = spawn(PYTHON, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    err += d;
  });
  const served = await waitFor('pymodbus to start', 15_000, () => {
    if (child.exitCode !== null) throw new Error(`pymodbus server exited: ${err}`);
    const line = out.split('\n').find((l) => l.startsWith('READY '));
    return line ? (JSON.parse(line.slice(6)) as PymodbusServer['served']) : undefined;
  });
  return {
    served,
    async close() {
      if (child.exitCode === null)
        await new Promise<void>((r) => {
          child.once('exit', () => r());
          child.kill('SIGTERM');
        });
    },
  } satisfies PymodbusServer;
}
