#!/usr/bin/env node
// Entry point of the `sensorpath` command. Runs the bundle in ../dist (made by `npm ci` through the
// root `prepare` script) when it is newer than every source file, else the TypeScript sources
// through tsx, so an edit is never hidden behind a stale build. SENSORPATH_NO_BUNDLE=1 forces the
// sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

if (bundleIsFresh()) {
  await import('../dist/main.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
