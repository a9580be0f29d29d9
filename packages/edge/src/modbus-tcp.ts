/**
 * A Modbus TCP client link (MODBUS Messaging on TCP/IP Implementation Guide V1.0b): one socket,
 * function codes 3 and 4 only, which is all the agent reads. It replaces modbus-serial on TCP buses
 * so that an agent without a serial bus never loads modbus-serial and, through it, serialport and
 * its native binding (a few MB resident), and so a request allocates little: the agent sends ten or
 * more of them per second for as long as it runs.
 *
 * Frames: MBAP header (transaction id u16, protocol id 0 u16, length u16 = bytes that follow, unit
 * u8) then the PDU (function u8, address u16, count u16 in a request; function u8, byte count u8,
 * registers in a response; function | 0x80 and the exception code in an exception). All big-endian.
 * The caller (QueuedTransport) puts one request on the socket at a time; an answer whose
 * transaction id is not the pending one (a late answer to a request that timed out) is dropped.
 * Errors carry the shapes QueuedTransport classifies: `modbusCode` for an exception response,
 * name `TransactionTimedOutError` for a timeout, anything else is a broken connection.
 */
import { createConnection, type Socket } from 'node:net';

/** The subset of a modbus-serial client the transports use; this link and modbus-serial provide it. */
export interface ModbusLink {
  readonly isOpen: boolean;
  setID(unit: number): void;
  setTimeout(ms: number): void;
  readInputRegisters(address: number, count: number): Promise<{ data: number[] }>;
  readHoldingRegisters(address: number, count: number): Promise<{ data: number[] }>;
  close(done: () => void): void;
}

/** Texts of the exception codes (Modbus Application Protocol V1.1b3 §7). */
const EXCEPTIONS: Record<number, string> = {
  1: 'Illegal function (device does not support this read)',
  2: 'Illegal data address (register not supported by device)',
  3: 'Illegal data value (value cannot be written to this register)',
  4: 'Slave device failure (device reports internal error)',
  5: 'Acknowledge (requested data will be available later)',
  6: 'Slave device busy (retry request again later)',
  10: 'Gateway path unavailable',
  11: 'Gateway target device failed to respond',
};

interface Pending {
  tid: number;
  fn: number;
  count: number;
  resolve: (r: { data: number[] }) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class ModbusTcpLink implements ModbusLink {
  private socket: Socket | undefined;
  private open = false;
  private unit = 1;
  private timeoutMs = 1000;
  private tid = 0;
  private pending: Pending | undefined;
  /** Received bytes not yet parsed into a frame (TCP may split or join frames). */
  private rx: Buffer = Buffer.alloc(0);

  get isOpen(): boolean {
    return this.open;
  }

  /** Opens the socket; fails after `timeoutMs` without a connection. */
  connect(host: string, port: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const s = createConnection({ host, port });
      s.setNoDelay(true);
      const timer = setTimeout(() => {
        s.destroy();
        reject(new Error(`connection timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      s.once('connect', () => {
        clearTimeout(timer);
        this.open = true;
        resolve();
      });
      s.on('data', (chunk: Buffer) => this.receive(chunk));
      s.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
        this.fail(err);
      });
      s.on('close', () => {
        clearTimeout(timer);
        reject(new Error('connection closed'));
        this.fail(new Error('connection closed by the peer'));
      });
      this.socket = s;
    });
  }

  setID(unit: number): void {
    this.unit = unit;
  }

  setTimeout(ms: number): void {
    this.timeoutMs = ms;
  }

  readHoldingRegisters(address: number, count: number): Promise<{ data: number[] }> {
    return this.request(3, address, count);
  }

  readInputRegisters(address: number, count: number): Promise<{ data: number[] }> {
    return this.request(4, address, count);
  }

  private request(fn: number, address: number, count: number): Promise<{ data: number[] }> {
    const s = this.socket;
    if (!s || !this.open) return Promise.reject(new Error('port not open'));
    if (this.pending) return Promise.reject(new Error('a request is already pending on this connection'));
    this.tid = (this.tid + 1) & 0xffff;
    // A fresh header per request: the socket keeps a reference to it until it is flushed.
    const h = Buffer.allocUnsafe(12);
    h.writeUInt16BE(this.tid, 0);
    h.writeUInt16BE(0, 2);
    h.writeUInt16BE(6, 4);
    h[6] = this.unit;
    h[7] = fn;
    h.writeUInt16BE(address, 8);
    h.writeUInt16BE(count, 10);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        const e = new Error('Timed out');
        e.name = 'TransactionTimedOutError';
        reject(e);
      }, this.timeoutMs);
      this.pending = { tid: this.tid, fn, count, resolve, reject, timer };
      s.write(h);
    });
  }

  private receive(chunk: Buffer): void {
    this.rx = this.rx.length === 0 ? chunk : Buffer.concat([this.rx, chunk]);
    while (this.rx.length >= 8) {
      const len = this.rx.readUInt16BE(4);
      if (this.rx.length < 6 + len) return;
      const frame = this.rx.subarray(0, 6 + len);
      this.rx = this.rx.subarray(6 + len);
      this.answer(frame);
    }
  }

  private answer(f: Buffer): void {
    const p = this.pending;
    if (!p || f.readUInt16BE(0) !== p.tid) return;
    this.pending = undefined;
    clearTimeout(p.timer);
    const fn = f[7]!;
    if (fn === (p.fn | 0x80)) {
      const code = f[8] ?? 0;
      const e = new Error(`Modbus exception ${code}: ${EXCEPTIONS[code] ?? 'Unknown error'}`) as Error & {
        modbusCode: number;
      };
      e.modbusCode = code;
      p.reject(e);
      return;
    }
    const bytes = f[8] ?? 0;
    if (fn !== p.fn || bytes !== p.count * 2 || f.length < 9 + bytes) {
      p.reject(new Error(`malformed answer: function ${fn}, ${bytes} data bytes for ${p.count} registers`));
      return;
    }
    const data = new Array<number>(p.count);
    for (let i = 0; i < p.count; i++) data[i] = f.readUInt16BE(9 + 2 * i);
    p.resolve({ data });
  }

  private fail(err: Error): void {
    this.open = false;
    const p = this.pending;
    this.pending = undefined;
    if (p) {
      clearTimeout(p.timer);
      p.reject(err);
    }
  }

  close(done: () => void): void {
    const s = this.socket;
    this.socket = undefined;
    this.open = false;
    if (!s || s.destroyed) {
      done();
      return;
    }
    s.once('close', () => done());
    s.destroy();
  }
}
