/** Ingestion: labels from payload and topic, tenant routing, malformed payloads and staleness. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isStaleNaN, labelsToRecord, MemoryStorage, newMatcher, type Storage } from '@sensorpath/storage';
import { type IngestError, Ingestor } from './ingest.ts';
import { TenantStores } from './tenants.ts';

const msg = (lines: string[]) => `${lines.join('\n')}\n# EOF\n`;

async function read(s: Storage, name: string) {
  const q = await s.querier(0, Number.MAX_SAFE_INTEGER);
  const series = await q.select(true, undefined, [newMatcher('=', '__name__', name)]);
  const out = series.map((x) => {
    const it = x.iterator();
    const samples: { t: number; v: number; stale: boolean }[] = [];
    while (it.next()) samples.push({ t: it.time(), v: it.value(), stale: isStaleNaN(it.value()) });
    return { labels: labelsToRecord(x.labels), samples };
  });
  await q.close();
  return out;
}

describe('Ingestor', () => {
  const setup = () => {
    const created = new Map<string, MemoryStorage>();
    const stores = new TenantStores(async (t) => {
      const s = new MemoryStorage();
      created.set(t, s);
      return s;
    });
    return { stores, created, ing: new Ingestor(stores, () => 5_000_000) };
  };

  it('stores samples with payload labels plus sensor-path labels, in the tenant of the enterprise', async () => {
    const { ing, created } = setup();
    const r = await ing.ingestTopic(
      'acme/berlin/assembly/line1/meter1/metrics',
      msg([
        '# TYPE v gauge',
        'v{phase="L1",serial="42"} 230.1 1764282000.123',
        'v{phase="L2",serial="42"} 229.9 1764282000.123',
      ]),
    );
    assert.deepEqual(r, { tenant: 'acme', samples: 2, rejected: 0, errors: [] });
    const got = await read(created.get('acme')!, 'v');
    assert.deepEqual(got[0]?.labels, {
      __name__: 'v',
      area: 'assembly',
      device: 'meter1',
      enterprise: 'acme',
      line: 'line1',
      phase: 'L1',
      serial: '42',
      site: 'berlin',
    });
    assert.deepEqual(got[0]?.samples, [{ t: 1764282000123, v: 230.1, stale: false }]);
  });

  it('lets the topic win over a payload label claiming another place', async () => {
    const { ing, created } = setup();
    await ing.ingestTopic(
      'acme/berlin/a/l/d/metrics',
      msg(['# TYPE v gauge', 'v{enterprise="evil",site="paris"} 1']),
    );
    assert.equal(created.has('evil'), false);
    const [s] = await read(created.get('acme')!, 'v');
    assert.equal(s?.labels.enterprise, 'acme');
    assert.equal(s?.labels.site, 'berlin');
    assert.deepEqual(
      s?.samples.map((x) => x.t),
      [5_000_000],
      'no timestamp: arrival time',
    );
  });

  it('refuses a malformed payload whole with line and column, and counts it', async () => {
    const { ing, created } = setup();
    await assert.rejects(
      ing.ingestTopic('acme/b/a/l/d/metrics', msg(['# TYPE v gauge', 'v{phase="L1"} 1', 'v{phase= 2'])),
      (err: IngestError) =>
        err.code === 'INGEST_BAD_PAYLOAD' &&
        /acme\/b\/a\/l\/d\/metrics/.test(err.message) &&
        /3:/.test(err.message),
    );
    assert.equal(ing.stats.badPayloads, 1);
    assert.equal(created.has('acme'), false, 'nothing half-stored');
    await ing.ingestTopic('acme/b/a/l/d/metrics', msg(['# TYPE v gauge', 'v 1']));
    assert.equal((await read(created.get('acme')!, 'v')).length, 1);
  });

  it('refuses topics outside the scheme', async () => {
    const { ing } = setup();
    await assert.rejects(ing.ingestTopic('acme/metrics', 'x'), { code: 'INGEST_BAD_TOPIC' });
  });

  it('marks series a device stopped sending as stale', async () => {
    const { ing, created } = setup();
    const topic = 'acme/b/a/l/d/metrics';
    await ing.ingestTopic(topic, msg(['# TYPE v gauge', 'v{phase="L1"} 1 100', 'v{phase="L2"} 2 100']));
    await ing.ingestTopic(topic, msg(['# TYPE v gauge', 'v{phase="L1"} 1 101']));
    const got = await read(created.get('acme')!, 'v');
    const l2 = got.find((s) => s.labels.phase === 'L2')!;
    assert.deepEqual(
      l2.samples.map((x) => [x.t, x.stale]),
      [
        [100_000, false],
        [101_000, true],
      ],
    );
  });

  it('is idempotent for a redelivered message', async () => {
    const { ing, created } = setup();
    const m = msg(['# TYPE v gauge', 'v 7 100']);
    await ing.ingestTopic('acme/b/a/l/d/metrics', m);
    await ing.ingestTopic('acme/b/a/l/d/metrics', m);
    const [s] = await read(created.get('acme')!, 'v');
    assert.equal(s?.samples.length, 1);
  });
});
