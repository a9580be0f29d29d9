/**
 * Builds the single-page UI from `packages/web/app/*.ts` with esbuild, in memory: one entry
 * (`main.js`), lazily loaded chunks (the PromQL editor and charts, so the fleet paints before
 * CodeMirror arrives), and one stylesheet (ours plus uPlot's). Nothing is fetched from the internet
 * at build or run time; every asset is served by the server under `/assets/`, gzip-compressed
 * for browsers that accept it.
 *
 * `npm ci` builds it ahead of time (root `prepare` → scripts/build.mjs → `writeBundle`) into
 * `packages/web/dist/`; the server reads that (`readBundle`, a few milliseconds) as long as it is
 * newer than every source file of the bundle, the rule bin/sensorpath.js applies to the CLI's
 * bundle, and otherwise builds in memory (a few hundred milliseconds), so an edit is never hidden
 * behind a stale build. Either happens once per process (`sharedBundle`), on the first request for
 * the UI or when a command warms it.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface Asset {
  readonly body: Buffer;
  /** The body gzip-compressed once at build time, served to browsers that accept it. */
  readonly gzip: Buffer;
  readonly type: string;
}

export interface Bundle {
  /** By file name under `/assets/`. */
  readonly assets: ReadonlyMap<string, Asset>;
  readonly html: Buffer;
  /** Chunks main.js imports statically: preloaded by the page beside main.js (no second round trip). */
  readonly preload: readonly string[];
  /** Sum of all asset sizes (bytes, minified), and gzip-compressed. */
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly buildMs: number;
  /** When the build started (ms since the epoch): a source changed after it makes the build stale. */
  readonly builtAt: number;
  /** `prebuilt`: read from `packages/web/dist` (made at `npm ci`); `memory`: built by this process. */
  readonly origin: 'prebuilt' | 'memory';
}

const APP_DIR = fileURLToPath(new URL('../app/', import.meta.url));
const PKG_DIR = fileURLToPath(new URL('../', import.meta.url));
/** Where `npm ci` writes the prebuilt bundle (git-ignored). */
export const DIST_DIR = join(PKG_DIR, 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export async function buildBundle(): Promise<Bundle> {
  const builtAt = Date.now();
  const started = performance.now();
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: { main: `${APP_DIR}main.ts` },
    outdir: '/assets',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    metafile: true,
  });
  // Code main.js shares with the lazy views (api.ts, dom.ts) lands in a chunk main.js imports.
  const main = Object.values(out.metafile.outputs).find((o) => o.entryPoint !== undefined);
  const preload = (main?.imports ?? [])
    .filter((i) => i.kind === 'import-statement')
    .map((i) => basename(i.path));
  const assets = new Map<string, Asset>();
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of out.outputFiles) {
    const name = basename(f.path);
    const ext = name.slice(name.lastIndexOf('.'));
    const body = Buffer.from(f.contents);
    const gzip = gzipSync(body, { level: 9 });
    bytes += body.length;
    gzipBytes += gzip.length;
    assets.set(name, { body, gzip, type: TYPES[ext] ?? 'application/octet-stream' });
  }
  return {
    ...withPage(assets, preload),
    bytes,
    gzipBytes,
    buildMs: performance.now() - started,
    builtAt,
    origin: 'memory',
  };
}

/** The page, which names main.js and main.css by a hash of their content (cache busting). */
function withPage(
  assets: Map<string, Asset>,
  preload: readonly string[],
): { assets: Map<string, Asset>; html: Buffer; preload: readonly string[] } {
  const version = createHash('sha256')
    .update(assets.get('main.js')?.body ?? '')
    .update(assets.get('main.css')?.body ?? '')
    .digest('hex')
    .slice(0, 12);
  const html = Buffer.from(
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>sensorpath</title><link rel="stylesheet" href="/assets/main.css?v=${version}">
<link rel="modulepreload" href="/assets/main.js?v=${version}">${preload.map((c) => `<link rel="modulepreload" href="/assets/${c}">`).join('')}</head>
<body><div id="app"><p class="boot">sensorpath is loading…</p></div>
<script type="module" src="/assets/main.js?v=${version}"></script></body></html>
`,
  );
  return { assets, html, preload };
}

/**
 * Newest modification time (ms) of the files a bundle is made of: `app/` (browser code and
 * stylesheet), the non-test modules of `src/` (the page template here, the Grafana generator the
 * wizard imports) and package.json (the pinned versions of CodeMirror and uPlot).
 */
export function newestSource(pkgDir = PKG_DIR): number {
  let newest = statSync(join(pkgDir, 'package.json')).mtimeMs;
  const walk = (dir: string, keep: (name: string) => boolean) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, keep);
      else if (keep(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(pkgDir, 'app'), () => true);
  walk(join(pkgDir, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  return newest;
}

interface BuildInfo {
  builtAt: number;
  buildMs: number;
  /** Asset file name → content type. */
  assets: Record<string, string>;
  preload: string[];
}

/**
 * Writes `b` to `dir` (`assets/<name>` and `assets/<name>.gz`, `build.json` naming them): into a
 * fresh directory first, then renamed into place, so a server reading meanwhile sees the old
 * bundle or the new one, or none and builds its own.
 */
export function writeBundle(b: Bundle, dir = DIST_DIR): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'assets'), { recursive: true });
  const info: BuildInfo = {
    builtAt: b.builtAt,
    buildMs: Math.round(b.buildMs),
    assets: {},
    preload: [...b.preload],
  };
  for (const [name, a] of b.assets) {
    writeFileSync(join(tmp, 'assets', name), a.body);
    writeFileSync(join(tmp, 'assets', `${name}.gz`), a.gzip);
    info.assets[name] = a.type;
  }
  writeFileSync(join(tmp, 'build.json'), `${JSON.stringify(info, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

/**
 * The bundle `writeBundle` left in `dir`, or undefined when there is none, it is unreadable, or a
 * source file is newer than its build (`newestSource(pkgDir)`): the caller then builds.
 */
export function readBundle(dir = DIST_DIR, pkgDir = PKG_DIR): Bundle | undefined {
  const infoFile = join(dir, 'build.json');
  if (!existsSync(infoFile)) return undefined;
  try {
    const info = JSON.parse(readFileSync(infoFile, 'utf8')) as BuildInfo;
    if (!(info.builtAt >= newestSource(pkgDir))) return undefined;
    const assets = new Map<string, Asset>();
    let bytes = 0;
    let gzipBytes = 0;
    for (const [name, type] of Object.entries(info.assets)) {
      const body = readFileSync(join(dir, 'assets', name));
      const gzip = readFileSync(join(dir, 'assets', `${name}.gz`));
      bytes += body.length;
      gzipBytes += gzip.length;
      assets.set(name, { body, gzip, type });
    }
    if (!assets.has('main.js') || !assets.has('main.css')) return undefined;
    if (!Array.isArray(info.preload) || !info.preload.every((c) => assets.has(c))) return undefined;
    return {
      ...withPage(assets, info.preload),
      bytes,
      gzipBytes,
      buildMs: info.buildMs,
      builtAt: info.builtAt,
      origin: 'prebuilt',
    };
  } catch {
    // Half-written or from another layout: building is the safe answer.
    return undefined;
  }
}

let shared: Promise<Bundle> | undefined;

/**
 * The process's bundle, loaded (prebuilt and fresh) or built once on first use and shared by every
 * server in the process; a failed build is retried on the next call. `sensorpath demo` calls it
 * right after start so the first page load never waits.
 */
export function sharedBundle(): Promise<Bundle> {
  if (!shared) {
    const pre = readBundle();
    const p = pre ? Promise.resolve(pre) : buildBundle();
    shared = p;
    p.catch(() => {
      if (shared === p) shared = undefined;
    });
  }
  return shared;
}
