#!/usr/bin/env node
// Bundles the `sensorpath` command into packages/cli/dist (esbuild, which tsx already brings), so a
// command starts in tens of milliseconds instead of compiling TypeScript on every run. Runs as the
// root `prepare` script, i.e. on `npm ci`. Workspace packages are bundled (split per command, loaded
// lazily); npm dependencies stay external. `import.meta.url` keeps pointing at each module's source
// file, so paths relative to the sources (device profiles, docs) resolve as they do under tsx.
// bin/sensorpath.js uses the bundle only while it is newer than every source file; otherwise it
// runs the sources through tsx, so an edit is never shadowed by a stale build.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outdir = join(root, 'packages', 'cli', 'dist');
const started = Date.now();
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: { main: join(root, 'packages', 'cli', 'src', 'main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __spCreateRequire } from 'node:module'; const require = __spCreateRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'sensorpath',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@sensorpath/') ? undefined : { path: args.path, external: true },
        );
        b.onLoad({ filter: /\.ts$/ }, (args) => {
          const src = readFileSync(args.path, 'utf8');
          return {
            contents: src.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
          };
        });
      },
    },
  ],
});
// `sensorpath check metrics` is timed against `promtool check metrics`, whole process: the launcher
// loads this one self-contained file for it instead of the CLI. It may hold only node: built-ins and
// packages/openmetrics, because the launcher checks only that package's sources for freshness.
await build({
  entryPoints: { 'check-metrics': join(root, 'packages', 'openmetrics', 'src', 'check.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      name: 'openmetrics-only',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('node:')
            ? { path: args.path, external: true }
            : {
                errors: [{ text: `${args.path}: the check-metrics bundle may import only node: built-ins` }],
              },
        );
      },
    },
  ],
});
writeFileSync(join(outdir, 'build.json'), `${JSON.stringify({ builtAt: started }, null, 2)}\n`);
console.log(`sensorpath: bundled the CLI into ${outdir} in ${Date.now() - started} ms`);

// The web UI's bundle into packages/web/dist, so a server does not build it (0.2–0.4 s) on the
// first request for the UI; the server reads it only while it is newer than every source of the
// bundle, and builds in memory otherwise (packages/web/src/bundle.ts).
const { tsImport } = await import('tsx/esm/api');
const web = await tsImport('../packages/web/src/bundle.ts', import.meta.url);
const ui = await web.buildBundle();
web.writeBundle(ui);
console.log(
  `sensorpath: bundled the web UI into ${web.DIST_DIR} in ${Math.round(ui.buildMs)} ms (${ui.bytes} bytes, ${ui.gzipBytes} gzip)`,
);
