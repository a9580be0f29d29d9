/**
 * The bundle: builds in memory from `app/`, is self-contained (the page loads nothing from another
 * origin), round-trips through the prebuilt directory `npm ci` writes, which is used only while it
 * is newer than every source file, and the browser code type-checks under its own tsconfig (DOM
 * lib), which the root type check does not cover.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Bundle, buildBundle, newestSource, readBundle, writeBundle } from './bundle.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sp-web-bundle-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let built: Promise<Bundle> | undefined;
const bundle = () => {
  built ??= buildBundle();
  return built;
};

test('bundles the app into main.js, main.css and lazy chunks, nothing from the internet', async () => {
  const b = await bundle();
  assert.equal(b.origin, 'memory');
  assert.ok(b.assets.has('main.js'));
  assert.ok(b.assets.has('main.css'));
  assert.ok(b.assets.size > 2, 'Explore and the device view are lazy chunks');
  const html = b.html.toString();
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'no asset from another origin');
  for (const [name, a] of b.assets)
    if (name.endsWith('.js')) assert.doesNotMatch(a.body.toString(), /\bimport\s*\(?\s*["']https?:/, name);
  // main.js's static imports are preloaded by the page, not discovered after main.js arrived.
  const statics = [
    ...b.assets
      .get('main.js')!
      .body.toString()
      .matchAll(/from"\.\/([^"]+)"/g),
  ].map((m) => m[1]);
  assert.deepEqual([...b.preload].sort(), statics.sort());
  for (const c of statics) assert.match(html, new RegExp(`<link rel="modulepreload" href="/assets/${c}">`));
  // First paint needs main.js + main.css (and their shared chunk) only; keep it small.
  assert.ok(b.assets.get('main.js')!.body.length < 64 * 1024, 'main.js stays small');
  assert.ok(b.gzipBytes < b.bytes / 2, `gzip pays (${b.gzipBytes} of ${b.bytes} bytes)`);
  console.log(`bundle: ${b.bytes} bytes minified, ${b.gzipBytes} gzip, built in ${Math.round(b.buildMs)} ms`);
});

test('a prebuilt bundle reads back as built: same page, assets and gzip bodies', async (t) => {
  const b = await bundle();
  const dist = join(tmp, 'dist');
  writeBundle(b, dist);
  const pkg = fileURLToPath(new URL('../', import.meta.url));
  const r = readBundle(dist, pkg);
  if (newestSource(pkg) > b.builtAt) return t.skip('a source of the bundle was edited during this run');
  assert.ok(r, 'read back');
  assert.equal(r.origin, 'prebuilt');
  assert.equal(r.builtAt, b.builtAt);
  assert.equal(r.html.toString(), b.html.toString());
  assert.deepEqual([...r.assets.keys()].sort(), [...b.assets.keys()].sort());
  for (const [name, a] of b.assets) {
    const got = r.assets.get(name);
    assert.ok(got, name);
    assert.ok(got.body.equals(a.body), name);
    assert.ok(got.gzip.equals(a.gzip), `${name}.gz`);
    assert.equal(got.type, a.type);
  }
  assert.equal(r.bytes, b.bytes);
  assert.equal(r.gzipBytes, b.gzipBytes);
  // Written again over the old one (the next npm ci).
  writeBundle(b, dist);
  assert.ok(readBundle(dist, pkg));
});

test('a prebuilt bundle older than any source file, missing or damaged is not used', async () => {
  const b = await bundle();
  const dist = join(tmp, 'stale');
  writeBundle(b, dist);
  // A package with the bundle's source layout, whose file times the test sets.
  const pkg = join(tmp, 'pkg');
  mkdirSync(join(pkg, 'app', 'sub'), { recursive: true });
  mkdirSync(join(pkg, 'src'), { recursive: true });
  const files = ['package.json', 'app/main.ts', 'app/sub/style.css', 'src/grafana.ts', 'src/x.test.ts'];
  for (const f of files) writeFileSync(join(pkg, f), '');
  const at = (f: string, ms: number) => utimesSync(join(pkg, f), ms / 1000, ms / 1000);
  const before = b.builtAt - 60_000;
  for (const f of files) at(f, before);
  assert.ok(readBundle(dist, pkg), 'every source older than the build');
  for (const f of ['app/sub/style.css', 'src/grafana.ts', 'package.json']) {
    at(f, b.builtAt + 1000);
    assert.equal(readBundle(dist, pkg), undefined, `${f} edited after the build`);
    at(f, before);
  }
  at('src/x.test.ts', b.builtAt + 1000);
  assert.ok(readBundle(dist, pkg), 'a test file is not part of the bundle');
  assert.equal(readBundle(join(tmp, 'none'), pkg), undefined, 'missing');
  writeFileSync(join(dist, 'build.json'), '{"builtAt":');
  assert.equal(readBundle(dist, pkg), undefined, 'damaged build.json');
  writeBundle(b, dist);
  rmSync(join(dist, 'assets', 'main.js.gz'));
  assert.equal(readBundle(dist, pkg), undefined, 'an asset missing');
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
