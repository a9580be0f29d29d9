/**
 * The live hub: samples reach only the tabs watching their tenant and device, series are announced
 * once, and a tab that does not read (socket backed up) costs a bounded ring whose oldest samples
 * are dropped and counted, never a slower ingest.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LiveHub, type LiveLabels } from './live.ts';

function labels(tenant: string, device: string, name: string, phase: string): LiveLabels {
  return [
    { name: '__name__', value: name },
    { name: 'area', value: 'assembly' },
    { name: 'device', value: device },
    { name: 'enterprise', value: tenant },
    { name: 'line', value: 'line1' },
    { name: 'phase', value: phase },
    { name: 'site', value: 'berlin' },
  ];
}

class Sink {
  chunks: string[] = [];
  writableNeedDrain = false;
  write(c: string): boolean {
    this.chunks.push(c);
    return true;
  }
  events(): {
    series: { id: number; name: string; labels: Record<string, string> }[];
    samples: number[][];
    dropped: number;
  }[] {
    return this.chunks
      .filter((c) => c.startsWith('event: samples'))
      .map((c) => JSON.parse(c.slice(c.indexOf('data: ') + 6)));
  }
}

test('routes samples by tenant and device and announces each series once', () => {
  const hub = new LiveHub({ flushMs: 60_000 });
  const mine = new Sink();
  const other = new Sink();
  const sub = hub.subscribe('acme/berlin/assembly/line1/meter1', mine);
  hub.subscribe('globex/berlin/assembly/line1/meter1', other);
  hub.observe(
    'acme',
    [labels('acme', 'meter1', 'v', 'L1'), labels('acme', 'meter2', 'v', 'L1')],
    [1000, 1000],
    [230, 231],
  );
  hub.observe('acme', [labels('acme', 'meter1', 'v', 'L1')], [2000], [232]);
  hub.flush();
  hub.observe('acme', [labels('acme', 'meter1', 'v', 'L2')], [3000], [229]);
  hub.flush();
  const ev = mine.events();
  assert.equal(ev.length, 2);
  assert.deepEqual(ev[0]!.series, [{ id: 0, name: 'v', labels: { phase: 'L1' } }]);
  assert.deepEqual(ev[0]!.samples, [
    [0, 1000, 230],
    [0, 2000, 232],
  ]);
  assert.deepEqual(ev[1]!.series, [{ id: 1, name: 'v', labels: { phase: 'L2' } }]);
  assert.deepEqual(other.events(), [], 'another tenant never sees acme samples');
  sub.close();
  assert.equal(hub.clients, 1);
  hub.close();
});

test('a backed-up tab keeps the newest samples in a bounded ring and counts the dropped ones', () => {
  const hub = new LiveHub({ flushMs: 60_000, capacity: 8 });
  const slow = new Sink();
  slow.writableNeedDrain = true;
  hub.subscribe('acme/berlin/assembly/line1/meter1', slow);
  const ls = [labels('acme', 'meter1', 'v', 'L1')];
  for (let i = 0; i < 20; i++) hub.observe('acme', ls, [i * 1000], [i]);
  hub.flush();
  assert.equal(slow.chunks.length, 0, 'nothing written while the socket needs a drain');
  slow.writableNeedDrain = false;
  hub.flush();
  const [ev] = slow.events();
  assert.equal(ev!.dropped, 12);
  assert.deepEqual(
    ev!.samples.map((s) => s[2]),
    [12, 13, 14, 15, 16, 17, 18, 19],
  );
  assert.equal(hub.droppedTotal, 12);
  hub.close();
});

test('non-finite values travel as strings (staleness is excluded upstream, NaN/Inf are real)', () => {
  const hub = new LiveHub({ flushMs: 60_000 });
  const s = new Sink();
  hub.subscribe('acme/berlin/assembly/line1/meter1', s);
  hub.observe('acme', [labels('acme', 'meter1', 'v', 'L1')], [1], [Number.POSITIVE_INFINITY]);
  hub.flush();
  assert.deepEqual(s.events()[0]!.samples, [[0, 1, 'Infinity']]);
  hub.close();
});
