/**
 * The bundle: builds in memory from `app/`, is self-contained (the page loads nothing from another
 * origin), and the browser code type-checks under its own tsconfig (DOM lib), which the root
 * type check does not cover.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildBundle } from './bundle.ts';

test('bundles the app into main.js, main.css and lazy chunks, nothing from the internet', async () => {
  const b = await buildBundle();
  assert.ok(b.assets.has('main.js'));
  assert.ok(b.assets.has('main.css'));
  assert.ok(b.assets.size > 2, 'Explore and the device view are lazy chunks');
  const html = b.html.toString();
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'no asset from another origin');
  for (const [name, a] of b.assets)
    if (name.endsWith('.js')) assert.doesNotMatch(a.body.toString(), /\bimport\s*\(?\s*["']https?:/, name);
  // First paint needs main.js + main.css only; keep it small.
  assert.ok(b.assets.get('main.js')!.body.length < 64 * 1024, 'main.js stays small');
  assert.ok(b.gzipBytes < b.bytes / 2, `gzip pays (${b.gzipBytes} of ${b.bytes} bytes)`);
  console.log(`bundle: ${b.bytes} bytes minified, ${b.gzipBytes} gzip, built in ${Math.round(b.buildMs)} ms`);
});

test('the browser code type-checks (tsc -p packages/web/app)', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const r = spawnSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}packages/web/app`],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
