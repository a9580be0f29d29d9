/**
 * Builds the single-page UI from `packages/web/app/*.ts` with esbuild, in memory: one entry
 * (`main.js`), lazily loaded chunks (the PromQL editor and charts, so the fleet paints before
 * CodeMirror arrives), and one stylesheet (ours plus uPlot's). Nothing is fetched from the internet
 * at build or run time; every asset is served by the server under `/assets/`, gzip-compressed
 * for browsers that accept it. The build takes about
 * few hundred milliseconds and runs once per process (`sharedBundle`), on the first request for
 * the UI or when a command warms it.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
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
  /** Sum of all asset sizes (bytes, minified), and gzip-compressed. */
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly buildMs: number;
}

const APP_DIR = fileURLToPath(new URL('../app/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export async function buildBundle(): Promise<Bundle> {
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
  });
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
  const version = createHash('sha256')
    .update(assets.get('main.js')?.body ?? '')
    .update(assets.get('main.css')?.body ?? '')
    .digest('hex')
    .slice(0, 12);
  const html = Buffer.from(
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>sensorpath</title><link rel="stylesheet" href="/assets/main.css?v=${version}">
<link rel="modulepreload" href="/assets/main.js?v=${version}"></head>
<body><div id="app"><p class="boot">sensorpath is loading…</p></div>
<script type="module" src="/assets/main.js?v=${version}"></script></body></html>
`,
  );
  return { assets, html, bytes, gzipBytes, buildMs: performance.now() - started };
}

let shared: Promise<Bundle> | undefined;

/**
 * The process's bundle, built once on first use and shared by every server in the process; a
 * failed build is retried on the next call. `sensorpath demo` calls it right after start so the
 * first page load does not wait for the build.
 */
export function sharedBundle(): Promise<Bundle> {
  if (!shared) {
    const p = buildBundle();
    shared = p;
    p.catch(() => {
      if (shared === p) shared = undefined;
    });
  }
  return shared;
}
