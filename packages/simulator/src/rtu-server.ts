/**
 * Serves simulated meters over Modbus RTU on a serial device (modbus-serial's ServerSerial), with the
 * same register vector as the TCP server. On a serial line an absent slave stays silent, so requests
 * for unit ids the simulator does not have get no answer at all (never an exception frame, which
 * would collide with a real device of that id on the bus). Tests use a socat pty pair; demos can
 * use a USB RS-485 adapter.
 */
import ModbusRTU from 'modbus-serial';
import { createMeters, meterVector } from './modbus-server.ts';
import type { Sdm630Model } from './sdm630.ts';

export interface RtuSimulatorOptions {
  path: string;
  baudRate?: number;
  parity?: 'none' | 'even' | 'odd';
  stopBits?: 1 | 2;
  units?: number[];
  seed?: number;
  now?: () => number;
}

export interface RtuSimulatorHandle {
  readonly path: string;
  readonly meters: ReadonlyMap<number, Sdm630Model>;
  close(): Promise<void>;
}

export async function startRtuSimulator(opts: RtuSimulatorOptions): Promise<RtuSimulatorHandle> {
  const now = opts.now ?? Date.now;
  const meters = createMeters(opts.units ?? [1], opts.seed ?? 630, now);
  const vector = meterVector(meters, now);
  type Cb<T> = (err: unknown, value: T) => void;
  // Callback-style vector (modbus-serial picks it by arity): for an absent unit the callback is
  // never called, so no frame goes out.
  const answer = <T>(unit: number, cb: Cb<T>, empty: T, read: () => T) => {
    if (!meters.has(unit)) return;
    let v: T;
    try {
      v = read();
    } catch (err) {
      cb(err, empty);
      return;
    }
    cb(null, v);
  };
  const guarded = {
    getInputRegister: (addr: number, unit: number, cb: Cb<number>) =>
      answer(unit, cb, 0, () => vector.getInputRegister(addr, unit)),
    getMultipleInputRegisters: (addr: number, len: number, unit: number, cb: Cb<number[]>) =>
      answer(unit, cb, [], () => vector.getMultipleInputRegisters(addr, len, unit)),
    getHoldingRegister: (addr: number, unit: number, cb: Cb<number>) =>
      answer(unit, cb, 0, () => vector.getHoldingRegister(addr, unit)),
    getMultipleHoldingRegisters: (addr: number, len: number, unit: number, cb: Cb<number[]>) =>
      answer(unit, cb, [], () => vector.getMultipleHoldingRegisters(addr, len, unit)),
  };
  const server = new ModbusRTU.ServerSerial(
    guarded as unknown as ConstructorParameters<typeof ModbusRTU.ServerSerial>[0],
    {
      path: opts.path,
      baudRate: opts.baudRate ?? 9600,
      parity: opts.parity ?? 'none',
      stopBits: opts.stopBits ?? 1,
      dataBits: 8,
      unitID: 255,
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('initialized', () => resolve());
    server.once('error', (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))));
  });
  server.on('socketError', () => {});
  return {
    path: opts.path,
    meters,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
