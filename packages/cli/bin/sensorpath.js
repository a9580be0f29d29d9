#!/usr/bin/env node
// Entry point of the `sensorpath` command. Runs the bundle in ../dist (made by `npm ci` through the
// root `prepare` script) when it is newer than every source file, else the TypeScript sources
// through tsx, so an edit is never hidden behind a stale build. SENSORPATH_NO_BUNDLE=1 forces the
// sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// `sensorpath edge` runs for months on a Pi-class memory budget (< 60 MB resident with 10 devices;
// packages/edge/bench/edge.bench.ts measures it). Set before anything is loaded: the young generation
// stays at its initial 2 × 1 MB instead of growing to 2 × 16 MB on a large host, the heap grows for
// size rather than speed, and no TurboFan code or compiler zones (~10 MB; at 100 polls/s the agent
// then uses 0-3 % of a core more CPU, about 14 % instead of 11-14 % on the bench machine). Only flags V8
// reads at each GC or tier-up decision, so setting them at run time is safe. Flags given to node or
// in NODE_OPTIONS win.
// Each flag with the names that, given by the operator, mean it is left alone.
const EDGE_V8_FLAGS = [
  ['--semi-space-growth-factor=1', ['semi-space-growth-factor', 'max-semi-space-size', 'min-semi-space-size']],
  ['--optimize-for-size', ['optimize-for-size', 'lite-mode']],
  ['--no-opt', ['opt', 'turbofan', 'lite-mode', 'jitless']],
];
if (process.argv[2] === 'edge') {
  const given = new Set(
    `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`
      .split(/\s+/)
      .map((a) => a.replace(/^--(no-)?/, '').replace(/=.*/, '').replaceAll('_', '-')),
  );
  for (const [flag, names] of EDGE_V8_FLAGS) if (!names.some((n) => given.has(n))) setFlagsFromString(flag);
}

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = join(cliDir, '..');

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'dist') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if ((e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) || e.name === 'package.json') {
        newest = Math.max(newest, statSync(p).mtimeMs);
      }
    }
  };
  for (const pkg of readdirSync(packagesDir)) {
    const src = join(packagesDir, pkg, 'src');
    if (existsSync(src)) walk(src);
    const pj = join(packagesDir, pkg, 'package.json');
    if (existsSync(pj)) newest = Math.max(newest, statSync(pj).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.SENSORPATH_NO_BUNDLE) return false;
  const info = join(cliDir, 'dist', 'build.json');
  if (!existsSync(info)) return false;
  try {
    return JSON.parse(readFileSync(info, 'utf8')).builtAt >= newestSource();
  } catch {
    return false;
  }
}

// `check metrics` is compared with `promtool check metrics` whole process, so it skips the CLI: a
// small bundle holding only packages/openmetrics (scripts/build.mjs), fresh while no source of that
// package is newer, and no walk over every package. Outputs and exit codes are the CLI's: the same
// runCheckMetrics, and an unexpected error is reported as src/main.ts reports it.
async function checkMetricsFast(args) {
  if (process.env.SENSORPATH_NO_BUNDLE) return false;
  const info = join(cliDir, 'dist', 'build.json');
  const bundle = join(cliDir, 'dist', 'check-metrics.mjs');
  if (!existsSync(info) || !existsSync(bundle)) return false;
  const om = join(packagesDir, 'openmetrics');
  let newest = statSync(join(om, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(om, 'src'));
  try {
    if (JSON.parse(readFileSync(info, 'utf8')).builtAt < newest) return false;
  } catch {
    return false;
  }
  const { runCheckMetrics } = await import('../dist/check-metrics.mjs');
  let code;
  try {
    code = await runCheckMetrics(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  } catch (err) {
    process.stderr.write(`sensorpath check: ${err.code ? `[${err.code}] ` : ''}${err.message}\n`);
    code = 1;
  }
  process.exit(code);
}

const argv = process.argv.slice(2);
if (argv[0] === 'check' && argv[1] === 'metrics') await checkMetricsFast(argv.slice(2));

if (bundleIsFresh()) {
  await import('../dist/main.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
