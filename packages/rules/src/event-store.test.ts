/**
 * The per-tenant event log: events survive a restart (replayed from `events.jsonl`), sequence
 * numbers continue, a torn last line is skipped, queries filter by tenant, matchers and time, and
 * subscribers see only matching new events.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { newMatcher } from '@sensorpath/storage';
import { EventStore } from './event-store.ts';
import type { SensorEvent } from './events.ts';

const T0 = 1_764_000_000_000;
const ev = (tenant: string, time: number, type: string, device = 'm1'): SensorEvent => ({
  seq: 0,
  time,
  tenant,
  labels: { enterprise: tenant, site: 's', area: 'a', line: 'l', device },
  type,
  severity: 'warning',
  message: `${type} on ${device}`,
  attributes: { n: 1 },
  source: 'edge',
});

describe('event store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-events-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('replays its log after a restart and continues the sequence', async () => {
    const a = new EventStore({ dir });
    const seen: string[] = [];
    a.subscribe({ tenants: ['acme'], matchers: [newMatcher('=', 'type', 'door_open')] }, (e) =>
      seen.push(e.message),
    );
    a.append(ev('acme', T0 + 20, 'door_open'));
    a.append(ev('acme', T0 + 10, 'cycle_done')); // out of time order: kept sorted by time
    a.append(ev('globex', T0 + 15, 'door_open'));
    assert.deepEqual(seen, ['door_open on m1']);
    await a.close();
    appendFileSync(join(dir, 'acme', 'events.jsonl'), '{"seq":3,"time":'); // torn write
    const b = new EventStore({ dir });
    assert.deepEqual(b.tenants(), ['acme', 'globex']);
    assert.deepEqual(
      b.query({ tenants: ['acme'] }).map((e) => [e.seq, e.type]),
      [
        [2, 'cycle_done'],
        [1, 'door_open'],
      ],
    );
    assert.equal(b.append(ev('acme', T0 + 30, 'x')).seq, 3);
    assert.equal(b.query({ start: T0 + 12, end: T0 + 20 }).length, 2, 'both tenants, time range inclusive');
    assert.equal(
      b.query({ matchers: [newMatcher('=', 'type', 'door_open')], limit: 1 })[0]!.tenant,
      'acme',
      'newest',
    );
    await b.close();
  });
});
