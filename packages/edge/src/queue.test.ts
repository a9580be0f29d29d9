/**
 * The disk queue: order, acknowledgement, restart recovery (pending messages come back, acknowledged
 * ones do not), a torn tail cut off, drop-oldest at the size bound with the drop counted.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DiskQueue } from './queue.ts';

describe('DiskQueue', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const d = mkdtempSync(join(tmpdir(), 'sp-queue-'));
    dirs.push(d);
    return d;
  };
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('hands messages out in order and forgets them after their ack', () => {
    const q = new DiskQueue({ dir: fresh() });
    for (let i = 0; i < 5; i++) q.append(`t/${i}`, `payload ${i}`, i, 1000 + i);
    const got = [q.next(), q.next(), q.next()];
    assert.deepEqual(
      got.map((m) => [m?.topic, m?.payload.toString(), m?.samples, m?.timeMs]),
      [
        ['t/0', 'payload 0', 0, 1000],
        ['t/1', 'payload 1', 1, 1001],
        ['t/2', 'payload 2', 2, 1002],
      ],
    );
    q.ack(got[1]!.seq); // out of order: nothing leaves until the first is acked
    assert.equal(q.stats().depth, 5);
    q.ack(got[0]!.seq);
    assert.equal(q.stats().depth, 3);
    assert.equal(q.unread, 2);
    q.close();
  });

  it('survives a restart: unacknowledged messages come back, in order', () => {
    const dir = fresh();
    const q = new DiskQueue({ dir, segmentBytes: 4096 });
    for (let i = 0; i < 200; i++) q.append('a/b/c/d/e/metrics', `m${i}`.padEnd(100, '.'), 1);
    for (let i = 0; i < 120; i++) q.ack(q.next()!.seq);
    q.next(); // handed out but never acknowledged: must come back
    q.close();
    const r = new DiskQueue({ dir, segmentBytes: 4096 });
    assert.equal(r.stats().depth, 80);
    const first = r.next()!;
    assert.match(first.payload.toString(), /^m120\./);
    let last = first;
    for (let m = r.next(); m; m = r.next()) {
      assert.ok(m.seq > last.seq);
      last = m;
    }
    assert.match(last.payload.toString(), /^m199\./);
    // new appends continue the sequence
    const seq = r.append('x', 'y', 1);
    assert.ok(seq > last.seq);
    r.close();
  });

  it('cuts off a torn tail left by a crash mid-write', () => {
    const dir = fresh();
    const q = new DiskQueue({ dir });
    q.append('t', 'one', 1);
    q.append('t', 'two', 1);
    q.close();
    const seg = readdirSync(dir).find((f) => f.endsWith('.seg'))!;
    appendFileSync(join(dir, seg), Buffer.from([0, 0, 0, 200, 1, 2, 3]));
    const r = new DiskQueue({ dir });
    assert.equal(r.stats().recoveredCorrupt, 1);
    assert.deepEqual(
      [r.next()?.payload.toString(), r.next()?.payload.toString(), r.next()],
      ['one', 'two', undefined],
    );
    r.append('t', 'three', 1);
    r.close();
    const r2 = new DiskQueue({ dir });
    assert.equal(r2.stats().depth, 3);
    r2.close();
  });

  it('drops the oldest segment beyond maxBytes and counts what it dropped', () => {
    const q = new DiskQueue({ dir: fresh(), segmentBytes: 4096, maxBytes: 65536 });
    const payload = 'x'.repeat(1000);
    for (let i = 0; i < 200; i++) q.append('t', `${i} ${payload}`, 10);
    const s = q.stats();
    assert.ok(s.bytes <= 65536, `${s.bytes} bytes`);
    assert.ok(s.droppedMessages > 100, `${s.droppedMessages} dropped`);
    assert.equal(s.droppedSamples, s.droppedMessages * 10);
    assert.equal(s.depth + s.droppedMessages, 200);
    // what remains is the newest, still in order
    const first = Number(q.next()!.payload.toString().split(' ')[0]);
    assert.equal(first, s.droppedMessages);
    q.close();
  });
});
