#!/usr/bin/env node
// Runs every `*.test.ts` beside the code under packages/*/src with node's test runner (through
// tsx), after type-checking the whole tree. Extra arguments are passed to node --test (e.g.
// --test-name-pattern). Set SENSORPATH_SKIP_TYPECHECK=1 to skip the type check while iterating.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') && !name.endsWith('.peer.test.ts')) files.push(relative(root, p));
  }
}
for (const pkg of readdirSync(join(root, 'packages'))) {
  const src = join(root, 'packages', pkg, 'src');
  try {
    if (statSync(src).isDirectory()) walk(src);
  } catch {}
}
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;

if (!process.env.SENSORPATH_SKIP_TYPECHECK) {
  const tc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')],
    {
      stdio: 'inherit',
    },
  );
  if (tc.status !== 0) {
    console.error('type check failed: fix the errors above (tests are type-checked before they run)');
    process.exit(tc.status ?? 1);
  }
}
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...flags, ...selected],
  { stdio: 'inherit', cwd: root },
);
process.exit(r.status ?? 1);
