/**
 * The Modbus TCP link against a raw TCP peer that answers with bytes written here from the spec
 * (MBAP header + PDU), so framing is checked independently of the simulator: an answer split over
 * several TCP segments, an exception response, and a late answer to a timed-out request, which must
 * not be taken for the answer to the next request.
 */
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ModbusTcpLink } from './modbus-tcp.ts';

/** What the peer does with a request: answer data bytes split in parts, an exception, or wait. */
type Plan = { parts: number; delayMs?: number } | { exception: number };

function answer(req: Buffer, values: number[]): Buffer {
  const b = Buffer.alloc(9 + 2 * values.length);
  req.copy(b, 0, 0, 4); // transaction id, protocol id
  b.writeUInt16BE(3 + 2 * values.length, 4);
  b[6] = req[6]!;
  b[7] = req[7]!;
  b[8] = 2 * values.length;
  for (const [i, v] of values.entries()) b.writeUInt16BE(v, 9 + 2 * i);
  return b;
}

describe('ModbusTcpLink', () => {
  let server: Server;
  let port = 0;
  const plans: Plan[] = [];
  const seen: Buffer[] = [];
  const sockets = new Set<Socket>();

  before(async () => {
    server = createServer((s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('data', (req) => {
        seen.push(Buffer.from(req));
        const plan = plans.shift() ?? { parts: 1 };
        const count = req.readUInt16BE(10);
        const address = req.readUInt16BE(8);
        if ('exception' in plan) {
          const e = Buffer.alloc(9);
          req.copy(e, 0, 0, 4);
          e.writeUInt16BE(3, 4);
          e[6] = req[6]!;
          e[7] = req[7]! | 0x80;
          e[8] = plan.exception;
          s.write(e);
          return;
        }
        // Register n holds address + n, so an answer shows which request it belongs to.
        const frame = answer(
          req,
          Array.from({ length: count }, (_, i) => address + i),
        );
        const send = () => {
          if (s.destroyed) return;
          const step = Math.ceil(frame.length / plan.parts);
          for (let o = 0; o < frame.length; o += step) s.write(frame.subarray(o, o + step));
        };
        if (plan.delayMs) setTimeout(send, plan.delayMs).unref();
        else send();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as { port: number }).port;
  });

  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('sends FC 3/4 requests as the spec lays them out and reads answers split over segments', async () => {
    const link = new ModbusTcpLink();
    await link.connect('127.0.0.1', port, 1000);
    link.setID(7);
    link.setTimeout(1000);
    plans.push({ parts: 3 });
    const r = await link.readInputRegisters(0x10, 4);
    assert.deepEqual(r.data, [0x10, 0x11, 0x12, 0x13]);
    const req = seen.at(-1)!;
    assert.deepEqual([...req.subarray(2)], [0, 0, 0, 6, 7, 4, 0, 0x10, 0, 4]);
    plans.push({ parts: 1 });
    assert.deepEqual((await link.readHoldingRegisters(0x200, 2)).data, [0x200, 0x201]);
    assert.equal(seen.at(-1)![7], 3);
    await new Promise<void>((r) => link.close(r));
    assert.equal(link.isOpen, false);
  });

  it('rejects an exception response with its code', async () => {
    const link = new ModbusTcpLink();
    await link.connect('127.0.0.1', port, 1000);
    plans.push({ exception: 2 });
    await assert.rejects(link.readInputRegisters(0x182, 2), (e: Error & { modbusCode?: number }) => {
      assert.equal(e.modbusCode, 2);
      assert.match(e.message, /exception 2: Illegal data address/);
      return true;
    });
    await new Promise<void>((r) => link.close(r));
  });

  it('times out, then drops the late answer and returns the next request its own', async () => {
    const link = new ModbusTcpLink();
    await link.connect('127.0.0.1', port, 1000);
    link.setTimeout(100);
    plans.push({ parts: 1, delayMs: 300 });
    await assert.rejects(link.readInputRegisters(0x100, 2), { name: 'TransactionTimedOutError' });
    link.setTimeout(1000);
    // Sent while the late answer (0x100, 0x101) is still on its way.
    plans.push({ parts: 1, delayMs: 400 });
    assert.deepEqual((await link.readInputRegisters(0x300, 2)).data, [0x300, 0x301]);
    await new Promise<void>((r) => link.close(r));
  });

  it('fails a pending request when the peer closes the connection', async () => {
    const link = new ModbusTcpLink();
    await link.connect('127.0.0.1', port, 1000);
    link.setTimeout(5000);
    plans.push({ parts: 1, delayMs: 10_000 });
    const pending = link.readInputRegisters(0, 1);
    await new Promise((r) => setTimeout(r, 50));
    for (const s of sockets) s.destroy();
    await assert.rejects(pending, /closed/);
    assert.equal(link.isOpen, false);
    link.close(() => {});
  });
});
