/**
 * The Prometheus HTTP API over a real `http.createServer` on port 0, exercised with `fetch` (GET
 * and form POST, success and error shapes) and, when Debian's `promtool` is installed, with
 * `promtool query instant|range|series|labels` exactly as an operator would run it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { labelsFromRecord, MemoryStorage } from '@sensorpath/storage';
import { createPromApi } from './index.ts';

const run = promisify(execFile);
const NOW = 3600_000;
let server: http.Server;
let base = '';

before(async () => {
  const store = new MemoryStorage();
  const app = store.appender();
  for (let i = 0; i <= 240; i++) {
    for (const site of ['north', 'south']) {
      app.append(
        0,
        labelsFromRecord({ __name__: 'energy_total', site, meter: 'm1' }),
        i * 15000,
        i * (site === 'north' ? 1 : 2),
      );
    }
    app.append(0, labelsFromRecord({ __name__: 'temp', site: 'north' }), i * 15000, 20 + (i % 5));
  }
  await app.commit();
  const api = createPromApi({ queryable: store, now: () => NOW });
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    api(req, res, url).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end('not found');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((r) => server.close(() => r())));

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(base + path);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

test('instant query: vector, scalar and string shapes', async () => {
  const r = await get(
    `/api/v1/query?query=${encodeURIComponent('sum by (site) (rate(energy_total[1m]))')}&time=3600`,
  );
  assert.equal(r.status, 200);
  assert.equal(r.body.status, 'success');
  const data = r.body.data as {
    resultType: string;
    result: { metric: Record<string, string>; value: [number, string] }[];
  };
  assert.equal(data.resultType, 'vector');
  assert.equal(data.result.length, 2);
  const north = data.result.find((x) => x.metric.site === 'north')!;
  assert.deepEqual(north.metric, { site: 'north' });
  assert.equal(north.value[0], 3600);
  assert.ok(Math.abs(Number(north.value[1]) - 1 / 15) < 1e-9);
  const s = await get('/api/v1/query?query=1%2B1');
  assert.deepEqual(s.body.data, { resultType: 'scalar', result: [3600, '2'] });
  const str = await get('/api/v1/query?query=%22hi%22&time=10');
  assert.deepEqual(str.body.data, { resultType: 'string', result: [10, 'hi'] });
});

test('range query via form POST returns a matrix', async () => {
  const r = await fetch(`${base}/api/v1/query_range`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query: 'temp', start: '0', end: '60', step: '15s' }).toString(),
  });
  const body = (await r.json()) as { data: { resultType: string; result: { values: [number, string][] }[] } };
  assert.equal(body.data.resultType, 'matrix');
  assert.deepEqual(body.data.result[0]!.values, [
    [0, '20'],
    [15, '21'],
    [30, '22'],
    [45, '23'],
    [60, '24'],
  ]);
});

test('errors carry errorType and the HTTP status Prometheus uses', async () => {
  const bad = await get('/api/v1/query?query=sum(');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.status, 'error');
  assert.equal(bad.body.errorType, 'bad_data');
  const exec = await get(
    `/api/v1/query?query=${encodeURIComponent('label_replace(temp, "x", "y", "site", "(")')}`,
  );
  assert.equal(exec.status, 422);
  assert.equal(exec.body.errorType, 'execution');
  const res = await get('/api/v1/query_range?query=temp&start=0&end=100000&step=1');
  assert.equal(res.status, 400);
  assert.match(String(res.body.error), /exceeded maximum resolution of 11,000 points per timeseries/);
});

test('annotations come back as infos', async () => {
  const r = await get(`/api/v1/query?query=${encodeURIComponent('rate(temp[1m])')}`);
  assert.deepEqual(r.body.infos, [
    'PromQL info: metric might not be a counter, name does not end in _total/_sum/_count/_bucket: "temp" (1:6)',
  ]);
});

test('series, labels, label values, metadata, buildinfo, format_query', async () => {
  const s = await get(`/api/v1/series?match[]=${encodeURIComponent('energy_total{site="north"}')}`);
  assert.deepEqual(s.body.data, [{ __name__: 'energy_total', meter: 'm1', site: 'north' }]);
  const l = await get('/api/v1/labels');
  assert.deepEqual(l.body.data, ['__name__', 'meter', 'site']);
  const v = await get('/api/v1/label/site/values');
  assert.deepEqual(v.body.data, ['north', 'south']);
  const m = await get('/api/v1/metadata');
  assert.deepEqual(m.body, { status: 'success', data: {} });
  const b = await get('/api/v1/status/buildinfo');
  assert.equal((b.body.data as { version: string }).version, '3.14.0');
  const f = await get(`/api/v1/format_query?query=${encodeURIComponent('sum(rate(x{a="b"}[300s]))by(c)')}`);
  assert.equal(f.body.data, 'sum by (c) (rate(x{a="b"}[5m]))');
  const missing = await get('/api/v1/series');
  assert.equal(missing.body.errorType, 'bad_data');
  const other = await fetch(`${base}/-/ready`);
  assert.equal(other.status, 404, 'paths the API does not own are left to the server');
});

const promtool = '/usr/bin/promtool';
test('promtool query instant|range|series|labels', {
  skip: existsSync(promtool) ? false : `${promtool} not installed`,
}, async () => {
  const inst = await run(promtool, ['query', 'instant', '--time=3600', base, 'sum by (site) (energy_total)']);
  assert.match(inst.stdout, /\{site="north"\} => 240 @\[3600\]/);
  assert.match(inst.stdout, /\{site="south"\} => 480 @\[3600\]/);
  const range = await run(promtool, ['query', 'range', '--start=0', '--end=30', '--step=15s', base, 'temp']);
  assert.match(range.stdout, /temp\{site="north"\} =>\n20 @\[0\]\n21 @\[15\]\n22 @\[30\]/);
  const series = await run(promtool, ['query', 'series', '--match=temp', '--start=0', '--end=3600', base]);
  assert.match(series.stdout, /\{__name__="temp", site="north"\}/);
  const labels = await run(promtool, ['query', 'labels', '--start=0', '--end=3600', base, 'site']);
  assert.equal(labels.stdout.trim(), 'north\nsouth');
});
