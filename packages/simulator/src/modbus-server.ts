/**
 * Serves simulated meters over Modbus TCP (modbus-serial's ServerTCP). Several unit ids may share
 * one server, as meters behind a gateway do. Unknown unit ids get no answer (like an absent slave
 * on a bus); unmapped addresses get exception 2 (illegal data address), as real meters answer.
 */
import { createServer } from 'node:net';
import ModbusRTU from 'modbus-serial';
import { Sdm630Model } from './sdm630.ts';

export interface SimulatorHandle {
  readonly host: string;
  readonly port: number;
  readonly meters: ReadonlyMap<number, Sdm630Model>;
  close(): Promise<void>;
}

export interface TcpSimulatorOptions {
  host?: string;
  /** 0 picks a free port (resolved before the server starts, since ServerTCP maps 0 to 502). */
  port?: number;
  units?: number[];
  seed?: number;
  now?: () => number;
}

class ModbusException extends Error {
  constructor(readonly modbusErrorCode: number) {
    super(`modbus exception ${modbusErrorCode}`);
  }
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return await new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The register-serving vector shared by the TCP and RTU servers. */
export function meterVector(meters: ReadonlyMap<number, Sdm630Model>, now: () => number) {
  const meter = (unit: number) => {
    const m = meters.get(unit);
    if (!m) throw new ModbusException(11); // gateway target device failed to respond
    m.update(now());
    return m;
  };
  return {
    getInputRegister: (addr: number, unit: number) => {
      const v = meter(unit).inputRegisters(addr, 1);
      if (!v) throw new ModbusException(2);
      return v[0]!;
    },
    getMultipleInputRegisters: (addr: number, len: number, unit: number) => {
      const v = meter(unit).inputRegisters(addr, len);
      if (!v) throw new ModbusException(2);
      return v;
    },
    getHoldingRegister: (addr: number, unit: number) => {
      const v = meter(unit).holdingRegisters(addr, 1);
      if (!v) throw new ModbusException(2);
      return v[0]!;
    },
    getMultipleHoldingRegisters: (addr: number, len: number, unit: number) => {
      const v = meter(unit).holdingRegisters(addr, len);
      if (!v) throw new ModbusException(2);
      return v;
    },
  };
}

export function createMeters(units: number[], seed: number, now: () => number): Map<number, Sdm630Model> {
  const meters = new Map<number, Sdm630Model>();
  for (const u of units) meters.set(u, new Sdm630Model({ seed: seed + u, startMs: now() }));
  return meters;
}

export async function startTcpSimulator(opts: TcpSimulatorOptions = {}): Promise<SimulatorHandle> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port || (await freePort(host));
  const now = opts.now ?? Date.now;
  const meters = createMeters(opts.units ?? [1], opts.seed ?? 630, now);
  const server = new ModbusRTU.ServerTCP(meterVector(meters, now), { host, port, unitID: 255 });
  await new Promise<void>((resolve, reject) => {
    server.once('initialized', () => resolve());
    server.once('serverError', (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))));
    server.once('error', (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))));
  });
  // ServerTCP logs socket errors to 'socketError'; a client vanishing is normal, not fatal.
  server.on('socketError', () => {});
  return {
    host,
    port,
    meters,
    close: () =>
      new Promise<void>((resolve) => {
        for (const sock of server.socks.keys()) sock.destroy();
        server.close(() => resolve());
      }),
  };
}
