/**
 * Whether `sensorpath check metrics` runs from its small bundle: the test `bin/sensorpath.js` makes
 * (packages/cli/dist/check-metrics.mjs exists and dist/build.json's `builtAt` is no older than any
 * non-test source of this package or its package.json). Used by the benchmark and the launcher test
 * to say which path they measured; the launcher keeps its own plain-JS copy of the rule.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CheckBundleState {
  fresh: boolean;
  /** One line for humans: which path the launcher takes and why. */
  reason: string;
}

export function checkBundleState(env: NodeJS.ProcessEnv = process.env): CheckBundleState {
  if (env.SENSORPATH_NO_BUNDLE)
    return { fresh: false, reason: 'SENSORPATH_NO_BUNDLE is set: sources through tsx' };
  const dist = fileURLToPath(new URL('../../cli/dist/', import.meta.url));
  if (!existsSync(join(dist, 'check-metrics.mjs')) || !existsSync(join(dist, 'build.json')))
    return { fresh: false, reason: 'no check-metrics bundle (run `npm run build`): sources through tsx' };
  let builtAt: number;
  try {
    builtAt = (JSON.parse(readFileSync(join(dist, 'build.json'), 'utf8')) as { builtAt: number }).builtAt;
  } catch {
    return { fresh: false, reason: 'unreadable dist/build.json: sources through tsx' };
  }
  const src = fileURLToPath(new URL('./', import.meta.url));
  let newest = statSync(fileURLToPath(new URL('../package.json', import.meta.url))).mtimeMs;
  for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (f.endsWith('.ts') && !f.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(join(src, f)).mtimeMs);
  }
  return builtAt >= newest
    ? { fresh: true, reason: 'check-metrics bundle (fresh)' }
    : {
        fresh: false,
        reason:
          'check-metrics bundle is older than the openmetrics sources (run `npm run build`): sources through tsx',
      };
}
