/**
 * HTTP notifiers against a local receiver: the Alertmanager v2 body, the webhook body, retries
 * after 5xx, no retry after 4xx, and the bounded queue dropping the oldest alerts.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, describe, it } from 'node:test';
import { systemClock } from './clock.ts';
import { AlertmanagerNotifier, WebhookNotifier } from './http-notifier.ts';
import type { NotifyAlert } from './notifier.ts';

const T = 1_764_000_000_000;
const alert = (name: string, endsAt = T + 60_000): NotifyAlert => ({
  tenant: 'acme',
  labels: { alertname: name, enterprise: 'acme' },
  annotations: { summary: `${name} happened` },
  startsAt: T,
  endsAt,
  generatorURL: 'http://x/graph',
});

async function receiver(status: (n: number) => number) {
  const bodies: { url: string; body: unknown }[] = [];
  let n = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => {
      const code = status(n++);
      if (code === 200) bodies.push({ url: req.url ?? '', body: JSON.parse(data) });
      res.writeHead(code).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    bodies,
    requests: () => n,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('http notifiers', () => {
  const closers: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of closers) await c();
  });

  it('posts Alertmanager v2 alerts and retries after 5xx', async () => {
    const rcv = await receiver((n) => (n < 2 ? 503 : 200));
    closers.push(rcv.close);
    const n = new AlertmanagerNotifier({ url: rcv.url, clock: systemClock, backoffMs: 5 });
    n.send([alert('A'), alert('B')]);
    await n.flushed();
    assert.equal(rcv.requests(), 3);
    assert.equal(rcv.bodies[0]!.url, '/api/v2/alerts');
    assert.deepEqual(rcv.bodies[0]!.body, [
      {
        labels: { alertname: 'A', enterprise: 'acme' },
        annotations: { summary: 'A happened' },
        startsAt: new Date(T).toISOString(),
        endsAt: new Date(T + 60_000).toISOString(),
        generatorURL: 'http://x/graph',
      },
      {
        labels: { alertname: 'B', enterprise: 'acme' },
        annotations: { summary: 'B happened' },
        startsAt: new Date(T).toISOString(),
        endsAt: new Date(T + 60_000).toISOString(),
        generatorURL: 'http://x/graph',
      },
    ]);
    assert.deepEqual(n.stats, { sent: 2, dropped: 0, failed: 0, queued: 0 });
    await n.close();
  });

  it('gives up after a 4xx without retrying, and after the last attempt', async () => {
    const rcv = await receiver(() => 400);
    closers.push(rcv.close);
    const n = new AlertmanagerNotifier({ url: rcv.url, clock: systemClock, backoffMs: 5 });
    n.send([alert('A')]);
    await n.flushed();
    assert.equal(rcv.requests(), 1);
    assert.equal(n.stats.failed, 1);
    const dead = await receiver(() => 500);
    closers.push(dead.close);
    const m = new AlertmanagerNotifier({ url: dead.url, clock: systemClock, backoffMs: 1, attempts: 3 });
    m.send([alert('A')]);
    await m.flushed();
    assert.equal(dead.requests(), 3);
    assert.equal(m.stats.failed, 1);
  });

  it('bounds its queue, dropping the oldest alerts', async () => {
    const rcv = await receiver(() => 200);
    closers.push(rcv.close);
    const n = new WebhookNotifier({
      url: `${rcv.url}/hook`,
      clock: systemClock,
      queueCapacity: 3,
      maxBatch: 10,
    });
    // The first batch goes out at once; the next five wait in a queue of three.
    n.send([alert('A0')]);
    n.send([1, 2, 3, 4, 5].map((i) => alert(`A${i}`, T - 1)));
    await n.flushed();
    assert.equal(n.stats.dropped, 2);
    const names = rcv.bodies.flatMap((b) =>
      (b.body as { alerts: { labels: { alertname: string } }[] }).alerts.map((a) => a.labels.alertname),
    );
    assert.deepEqual(names, ['A0', 'A3', 'A4', 'A5']);
    const second = rcv.bodies[1]!.body as {
      status: string;
      receiver: string;
      alerts: { status: string; tenant: string }[];
    };
    assert.equal(second.status, 'resolved');
    assert.equal(second.alerts[0]!.tenant, 'acme');
    assert.equal(rcv.bodies[0]!.url, '/hook');
  });

  it('refuses a bad URL when constructed', () => {
    assert.throws(() => new AlertmanagerNotifier({ url: 'localhost:9093', clock: systemClock }), {
      code: 'RULES_NOTIFIER_CONFIG',
    });
  });
});
