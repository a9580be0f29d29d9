/**
 * Queries by proxying, without a real store: the PromQL rewrite adds the tenant and scope matchers
 * to every selector (and refuses `info()`), and the proxy sends each dialect's requests where that
 * store expects them, checked against a local capture of the requests: exact paths, headers and
 * form bodies for Mimir (`X-Scope-OrgID`), VictoriaMetrics cluster (`/select/<accountID>/prometheus`,
 * writes to `/insert/<accountID>/prometheus/api/v1/write`) and a shared VictoriaMetrics
 * (`enterprise` matcher plus `extra_label`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { parseExpr } from '@sensorpath/promql';
import { labelsFromRecord, newMatcher } from '@sensorpath/storage';
import { uncompress } from 'snappyjs';
import type { ApiHandler } from '../query.ts';
import { decodeWriteRequest } from '../receive/remote-write-proto.ts';
import { type Capture, startCapture } from './capture.ts';
import { type RemoteDialect, remoteTarget } from './dialect.ts';
import { createRemoteQueryApi, enforceMatchers, RemoteQueryError } from './proxy.ts';
import { openRemoteStorage } from './storage.ts';
import { RemoteStorageError, type RemoteWriter } from './write.ts';

const acme = newMatcher('=', 'enterprise', 'acme');
const site = newMatcher('=', 'site', 'berlin');

describe('enforceMatchers', () => {
  const cases: [string, string][] = [
    ['up', 'up{enterprise="acme", site="berlin"}'],
    ['{__name__=~".+"}', '{__name__=~".+", enterprise="acme", site="berlin"}'],
    [
      'sum by (device) (rate(x_total{job="a"}[5m] offset 1m))',
      'sum by (device) (rate(x_total{job="a", enterprise="acme", site="berlin"}[5m] offset 1m))',
    ],
    [
      'a / on (device) group_left (unit) b',
      'a{enterprise="acme", site="berlin"} / on (device) group_left (unit) b{enterprise="acme", site="berlin"}',
    ],
    [
      'max_over_time(deriv(v[10m])[1h:1m])',
      'max_over_time(deriv(v{enterprise="acme", site="berlin"}[10m])[1h:1m])',
    ],
    [
      'label_replace(v, "x", "$1", "enterprise", "(.*)") or vector(1)',
      'label_replace(v{enterprise="acme", site="berlin"}, "x", "$1", "enterprise", "(.*)") or vector(1)',
    ],
    ['topk(3, v{enterprise="globex"})', 'topk(3, v{enterprise="globex", enterprise="acme", site="berlin"})'],
    ['1 + 2', '1 + 2'],
  ];
  for (const [q, want] of cases)
    it(q, () => {
      assert.equal(enforceMatchers(q, [acme, site]), want);
    });

  it('every selector of the rewritten query carries the matchers', () => {
    const out = enforceMatchers('absent(nope) * on() group_left count(up @ end())', [acme]);
    assert.match(out, /nope\{enterprise="acme"\}/);
    assert.match(out, /up\{enterprise="acme"\} @ end\(\)/);
    parseExpr(out);
  });

  it('refuses info() with a reason and a fix', () => {
    assert.throws(
      () => enforceMatchers('info(up)', [acme]),
      (e: unknown) =>
        e instanceof RemoteQueryError && e.code === 'REMOTE_QUERY_UNSAFE' && /target_info/.test(e.message),
    );
  });
});

describe('remote query proxy and writes per dialect (captured requests)', () => {
  let cap: Capture;
  let front: Server;
  let frontUrl = '';
  let handler: ApiHandler = async () => false;
  let dir = '';
  before(async () => {
    cap = await startCapture();
    cap.fallback = {
      status: 200,
      body: '{"status":"success","data":[]}',
      headers: { 'Content-Type': 'application/json' },
    };
    front = createServer((req, res) => {
      handler(req, res, new URL(req.url ?? '/', 'http://x')).then(
        (done) => {
          if (!done) res.writeHead(404).end('local');
        },
        (err: Error) => res.writeHead(500).end(err.message),
      );
    });
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'sp-proxy-'));
  });
  afterEach(() => {
    cap.got.length = 0;
  });
  after(async () => {
    await cap.close();
    await new Promise<void>((r) => front.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  const use = (dialect: RemoteDialect, tenants: string[] | undefined, scope = [] as (typeof site)[]) => {
    handler = createRemoteQueryApi({
      dialect,
      queryUrl: `${cap.url}/`,
      accounts: { acme: '7', globex: '8:2' },
      tenants,
      allTenants: () => ['acme', 'globex'],
      scope,
      local: async (_q, res, url) => {
        if (url.pathname !== '/api/v1/status/buildinfo') return false;
        res.end('{"status":"success","data":{"version":"local"}}');
        return true;
      },
    });
  };
  const get = async (path: string) => {
    const r = await fetch(`${frontUrl}${path}`);
    return {
      status: r.status,
      body: (await r.json()) as { status: string; error?: string; errorType?: string },
    };
  };
  /** The parameters the store got, from the query string (GET) or the form body (POST). */
  const form = (i = 0) => {
    const g = cap.got[i]!;
    return g.method === 'POST' ? new URLSearchParams(g.body.toString()) : g.query;
  };

  it('mimir: the tenant travels in X-Scope-OrgID, the query unchanged', async () => {
    use('mimir', ['acme']);
    const r = await get('/api/v1/query?query=sum(up)&time=100');
    assert.equal(r.status, 200);
    assert.equal(cap.got.length, 1);
    const g = cap.got[0]!;
    assert.equal(g.method, 'GET');
    assert.equal(g.path, '/api/v1/query');
    assert.equal(g.headers['x-scope-orgid'], 'acme');
    assert.equal(g.query.toString(), 'query=sum%28up%29&time=100');
  });

  it('a long query goes as a form POST (label values stay GET, as Prometheus serves them)', async () => {
    use('mimir', ['acme']);
    const long = `sum(${Array.from({ length: 800 }, (_, i) => `m${i}`).join(' + ')})`;
    await fetch(`${frontUrl}/api/v1/query`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: long }),
    });
    await get(`/api/v1/label/device/values?match[]=${encodeURIComponent(`{x=~"${'a|'.repeat(3000)}b"}`)}`);
    const [q, lv] = cap.got;
    assert.equal(q!.method, 'POST');
    assert.equal(q!.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(q!.headers['x-scope-orgid'], 'acme');
    assert.equal(new URLSearchParams(q!.body.toString()).get('query'), long);
    assert.equal(lv!.method, 'GET');
    assert.equal(lv!.query.getAll('match[]').length, 1);
  });

  it('mimir: an admin of every tenant reads through the federation header; a scope is still added', async () => {
    use('mimir', undefined, [site]);
    await get('/api/v1/query_range?query=v&start=1&end=2&step=1');
    assert.equal(cap.got[0]!.headers['x-scope-orgid'], 'acme|globex');
    assert.equal(form().get('query'), 'v{site="berlin"}');
  });

  it('victoriametrics-cluster: /select/<accountID>/prometheus/… for every read path', async () => {
    use('victoriametrics-cluster', ['globex']);
    await get('/api/v1/query_range?query=rate(x[1m])&start=1&end=2&step=1');
    await get('/api/v1/series?match[]=up');
    await get('/api/v1/labels');
    await get('/api/v1/label/device/values?start=1');
    assert.deepEqual(
      cap.got.map((g) => g.path),
      [
        '/select/8:2/prometheus/api/v1/query_range',
        '/select/8:2/prometheus/api/v1/series',
        '/select/8:2/prometheus/api/v1/labels',
        '/select/8:2/prometheus/api/v1/label/device/values',
      ],
    );
    assert.equal(form(0).get('query'), 'rate(x[1m])');
    assert.equal(form(3).toString(), 'start=1');
    assert.equal(cap.got[3]!.method, 'GET');
    assert.equal(cap.got[0]!.headers['x-scope-orgid'], undefined);
  });

  it('victoriametrics-cluster: a read of several tenants is refused, naming the fix', async () => {
    use('victoriametrics-cluster', undefined);
    const r = await get('/api/v1/query?query=up');
    assert.equal(r.status, 422);
    assert.match(r.body.error!, /one tenant per request.*X-Scope-OrgID/);
    assert.equal(cap.got.length, 0);
  });

  it('victoriametrics-cluster: a tenant without an account ID is refused, naming the flag', async () => {
    handler = createRemoteQueryApi({
      dialect: 'victoriametrics-cluster',
      queryUrl: cap.url,
      tenants: ['initech'],
      allTenants: () => ['initech'],
      local: async () => false,
    });
    const r = await get('/api/v1/query?query=up');
    assert.equal(r.status, 422);
    assert.match(r.body.error!, /--remote-account initech=/);
    assert.equal(cap.got.length, 0);
  });

  it('victoriametrics (shared): every selector, match[] and lookup narrowed, extra_label added', async () => {
    use('victoriametrics', ['acme']);
    await get(`/api/v1/query?query=${encodeURIComponent('{__name__=~".+"}')}`);
    await get('/api/v1/label/device/values');
    await get(`/api/v1/series?match[]=up&match[]=${encodeURIComponent('{enterprise="globex"}')}`);
    assert.equal(form(0).get('query'), '{__name__=~".+", enterprise="acme"}');
    assert.deepEqual(form(0).getAll('extra_label'), ['enterprise=acme']);
    assert.deepEqual(form(1).getAll('match[]'), ['{enterprise="acme"}']);
    assert.deepEqual(form(2).getAll('match[]'), [
      'up{enterprise="acme"}',
      '{enterprise="globex", enterprise="acme"}',
    ]);
    const bad = await get('/api/v1/series');
    assert.equal(bad.status, 400);
    const unsafe = await get('/api/v1/query?query=info(up)');
    assert.equal(unsafe.status, 400);
    assert.equal(unsafe.body.errorType, 'bad_data');
    const parse = await get('/api/v1/query?query=sum(');
    assert.equal(parse.status, 400);
    assert.equal(cap.got.length, 3, 'refused queries never reach the store');
  });

  it('paths that are not proxied go to the local handler; the remote answer passes through', async () => {
    use('prometheus', ['acme']);
    assert.deepEqual((await get('/api/v1/status/buildinfo')).body, {
      status: 'success',
      data: { version: 'local' },
    });
    cap.answers = [{ status: 422, body: '{"status":"error","errorType":"execution","error":"boom"}' }];
    const r = await get('/api/v1/query?query=up');
    assert.equal(r.status, 422);
    assert.equal(r.body.error, 'boom');
  });

  const write = async (dialect: RemoteDialect, tenant: string) => {
    const writers = new Map<string, RemoteWriter>();
    const s = await openRemoteStorage(
      tenant,
      {
        dialect,
        writeUrl: dialect === 'victoriametrics-cluster' ? `${cap.url}/` : `${cap.url}/api/v1/push`,
        queryUrl: cap.url,
        accounts: { acme: '7' },
        queueRoot: dir,
      },
      () => Promise.reject(new Error('no local store')),
      writers,
    );
    const a = s.appender();
    a.append(0, labelsFromRecord({ __name__: 'v', enterprise: tenant }), 1000, 1);
    await a.commit();
    while (writers.get(tenant)!.queue.samples > 0) await new Promise((r) => setTimeout(r, 5));
    await s.close();
  };

  it('writes: /insert/<accountID>/prometheus/api/v1/write for the cluster, X-Scope-OrgID for mimir', async () => {
    await write('victoriametrics-cluster', 'acme');
    await write('mimir', 'globex');
    assert.deepEqual(
      cap.got.map((g) => [g.path, g.headers['x-scope-orgid']]),
      [
        ['/insert/7/prometheus/api/v1/write', undefined],
        ['/api/v1/push', 'globex'],
      ],
    );
    for (const g of cap.got)
      assert.equal(decodeWriteRequest(uncompress(g.body))[0]!.samples[0]!.timestamp, 1000);
  });

  it('a tenant without an account ID is refused for the cluster, naming the flag', () => {
    assert.throws(
      () => remoteTarget('victoriametrics-cluster', 'initech', 'http://vminsert:8480', undefined),
      (e: unknown) =>
        e instanceof RemoteStorageError &&
        e.code === 'REMOTE_NO_ACCOUNT' &&
        /--remote-account initech=/.test(e.message),
    );
    assert.equal(
      remoteTarget('victoriametrics-cluster', '42', 'http://i/', 'http://s').queryBase,
      'http://s/select/42/prometheus',
    );
  });
});
