#!/usr/bin/env node
// Runs the benchmarks beside the code (packages/*/bench/*.bench.ts) one after another, each in its
// own process so memory figures are per benchmark. Arguments filter by path substring, e.g.
//   npm run bench -- openmetrics        npm run bench -- tsdb
// Each benchmark uses fixed seeded data and prints its figures next to the reference peer's.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = [];
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort())
    if (f.endsWith('.bench.ts')) files.push(relative(root, join(dir, f)));
}
const filters = process.argv.slice(2);
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
  console.error(`no benchmark matches ${filters.join(' ')}; available:\n  ${files.join('\n  ')}`);
  process.exit(2);
}
let failed = 0;
for (const f of selected) {
  console.log(`\n### ${f}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', f], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) {
    failed++;
    console.error(`benchmark ${f} exited with ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
