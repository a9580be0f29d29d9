/**
 * Modbus transports for the edge agent: TCP over our own small client (modbus-tcp.ts), RTU over
 * modbus-serial, which is loaded with the first serial bus that opens (it brings serialport and its
 * native binding, resident memory a TCP-only agent does not need). A transport owns one connection
 * (a TCP socket or a serial line) and puts one request on it at a time: callers queue behind a
 * promise chain, so several devices can share a bus without interleaving frames. A failed connection
 * is re-opened on the next request, with backoff, so a meter that was off comes back by itself.
 */
import { DeviceError } from './errors.ts';
import { type ModbusLink, ModbusTcpLink } from './modbus-tcp.ts';
import type { RegisterFunction } from './profile.ts';

type Client = ModbusLink;

export interface ModbusTransport {
  readonly description: string;
  read(
    fn: RegisterFunction,
    unit: number,
    address: number,
    count: number,
    timeoutMs: number,
  ): Promise<number[]>;
  close(): Promise<void>;
}

export interface TcpTarget {
  host: string;
  port: number;
}

export function parseHostPort(text: string, defaultPort: number): TcpTarget {
  const m = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(text.trim());
  const host = m?.[1] ?? '';
  const port = m?.[2] ? Number(m[2]) : defaultPort;
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DeviceError('CONFIG_INVALID', `"${text}" is not HOST:PORT (e.g. 192.168.1.20:502)`);
  }
  return { host, port };
}

abstract class QueuedTransport implements ModbusTransport {
  abstract readonly description: string;
  protected client: Client | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private connecting: Promise<Client> | undefined;
  private nextConnectAt = 0;
  private backoffMs = 0;
  private closed = false;
  /** Silence kept between the end of one transaction and the next request (RTU: t3.5). */
  protected interFrameMs = 0;
  private lastFrameEnd = 0;
  /** Requests sent and their summed duration (request written to answer decoded). */
  requests = 0;
  requestMs = 0;

  /** Opens a new connection. */
  protected abstract open(): Promise<Client>;

  read(
    fn: RegisterFunction,
    unit: number,
    address: number,
    count: number,
    timeoutMs: number,
  ): Promise<number[]> {
    const run = async () => {
      const c = await this.connect();
      const wait = this.lastFrameEnd + this.interFrameMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      c.setID(unit);
      c.setTimeout(timeoutMs);
      const t0 = performance.now();
      try {
        const r =
          fn === 'input'
            ? await c.readInputRegisters(address, count)
            : await c.readHoldingRegisters(address, count);
        return r.data;
      } catch (err) {
        throw this.classify(err, fn, unit, address, count, timeoutMs);
      } finally {
        this.lastFrameEnd = performance.now();
        this.requests++;
        this.requestMs += this.lastFrameEnd - t0;
      }
    };
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => {});
    return p;
  }

  private classify(
    err: unknown,
    fn: RegisterFunction,
    unit: number,
    address: number,
    count: number,
    timeoutMs: number,
  ): DeviceError {
    const e = err as { name?: string; message?: string; modbusCode?: number; errno?: string };
    const what = `${fn === 'input' ? 'FC 4' : 'FC 3'} unit ${unit} address 0x${address.toString(16).toUpperCase()} count ${count} on ${this.description}`;
    if (e.modbusCode === 10 || e.modbusCode === 11) {
      // A gateway answering for a device behind it that is absent or silent: no answer, as on RTU.
      return new DeviceError(
        'MODBUS_TIMEOUT',
        `${what}: the gateway reports no answer from the device (exception ${e.modbusCode}); check wiring, unit id and baud rate behind the gateway`,
        { cause: err },
      );
    }
    if (e.modbusCode !== undefined) {
      return new DeviceError(
        'MODBUS_EXCEPTION',
        `${what}: device answered exception ${e.modbusCode} (${e.message}); check the address (zero-based PDU address, not 3xxxx/4xxxx) and the function code`,
        { cause: err },
      );
    }
    if (
      e.name === 'TransactionTimedOutError' ||
      e.errno === 'ETIMEDOUT' ||
      /timed out/i.test(e.message ?? '')
    ) {
      return new DeviceError(
        'MODBUS_TIMEOUT',
        `${what}: no answer within ${timeoutMs} ms; check wiring, unit id and baud rate`,
        { cause: err },
      );
    }
    // Anything else is a broken connection: drop it so the next request reconnects.
    this.drop();
    return new DeviceError('MODBUS_CONNECT', `${what}: ${e.message ?? String(err)}`, { cause: err });
  }

  private async connect(): Promise<Client> {
    if (this.closed) throw new DeviceError('MODBUS_CONNECT', `${this.description} is closed`);
    if (this.client?.isOpen) return this.client;
    if (this.connecting) return this.connecting;
    const wait = this.nextConnectAt - Date.now();
    if (wait > 0)
      throw new DeviceError(
        'MODBUS_CONNECT',
        `${this.description}: reconnecting in ${wait} ms after a failed attempt`,
      );
    this.connecting = (async () => {
      try {
        const c = await this.open();
        this.client = c;
        this.backoffMs = 0;
        return c;
      } catch (err) {
        this.backoffMs = Math.min(30_000, this.backoffMs ? this.backoffMs * 2 : 500);
        this.nextConnectAt = Date.now() + this.backoffMs;
        throw new DeviceError(
          'MODBUS_CONNECT',
          `cannot connect to ${this.description}: ${(err as Error).message}; retrying in ${this.backoffMs} ms`,
          { cause: err },
        );
      } finally {
        this.connecting = undefined;
      }
    })();
    return this.connecting;
  }

  private drop(): void {
    const c = this.client;
    this.client = undefined;
    if (c) c.close(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.chain;
    const c = this.client;
    this.client = undefined;
    if (c?.isOpen) await new Promise<void>((resolve) => c.close(() => resolve()));
  }
}

export class ModbusTcpTransport extends QueuedTransport {
  readonly description: string;
  constructor(private readonly target: TcpTarget) {
    super();
    this.description = `modbus-tcp ${target.host}:${target.port}`;
  }
  protected async open(): Promise<Client> {
    const link = new ModbusTcpLink();
    try {
      await link.connect(this.target.host, this.target.port, 3000);
    } catch (err) {
      link.close(() => {});
      throw err;
    }
    return link;
  }
}

export interface SerialTarget {
  path: string;
  baudRate: number;
  parity: 'none' | 'even' | 'odd';
  stopBits: 1 | 2;
  dataBits: 7 | 8;
}

/**
 * Character time and the 3.5-character inter-frame silence of Modbus over serial line (V1.02
 * §2.5.1.1): a character is 1 start + data + parity + stop bits; above 19200 baud t3.5 is fixed at
 * 1.75 ms.
 */
export function rtuTiming(t: Pick<SerialTarget, 'baudRate' | 'parity' | 'stopBits' | 'dataBits'>): {
  charBits: number;
  charMs: number;
  t35Ms: number;
} {
  const charBits = 1 + t.dataBits + (t.parity === 'none' ? 0 : 1) + t.stopBits;
  const charMs = (charBits * 1000) / t.baudRate;
  return { charBits, charMs, t35Ms: t.baudRate > 19200 ? 1.75 : 3.5 * charMs };
}

export class ModbusRtuTransport extends QueuedTransport {
  readonly description: string;
  constructor(private readonly target: SerialTarget) {
    super();
    this.interFrameMs = rtuTiming(target).t35Ms;
    this.description = `modbus-rtu ${target.path} ${target.baudRate} ${target.dataBits}${target.parity[0]!.toUpperCase()}${target.stopBits}`;
  }
  protected async open(): Promise<Client> {
    // modbus-serial is CommonJS: the default export is the client class itself.
    const ModbusRTU = (await import('modbus-serial'))
      .default as unknown as typeof import('modbus-serial').default;
    const c = new ModbusRTU();
    await c.connectRTUBuffered(this.target.path, {
      baudRate: this.target.baudRate,
      parity: this.target.parity,
      stopBits: this.target.stopBits,
      dataBits: this.target.dataBits,
    });
    return c;
  }
}
