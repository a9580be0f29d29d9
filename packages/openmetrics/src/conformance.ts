/**
 * The OpenMetrics conformance runner: walks a `cases/` directory of the upstream layout (one folder
 * per case holding `test.json` and the input it names), feeds each input's raw bytes to a parse
 * function and compares "returned" with `shouldParse`. Used by the test suite; reusable for our own
 * regression cases written as data in the same layout. Also locates the shared data directory.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ConformanceCase {
  name: string;
  shouldParse: boolean;
  comment: string;
  input: Uint8Array;
}

export interface ConformanceResult {
  total: number;
  passed: number;
  failures: { name: string; shouldParse: boolean; comment: string; error: string }[];
}

/** `$SENSORPATH_SHARED`, else `<repo root>/../shared`. */
export function sharedDir(): string {
  const env = process.env.SENSORPATH_SHARED;
  if (env !== undefined && env !== '') return env;
  return fileURLToPath(new URL('../../../../shared', import.meta.url));
}

/** Loads every case folder under `dir`; returns undefined when the directory does not exist. */
export function loadCases(dir: string): ConformanceCase[] | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const out: ConformanceCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const specPath = join(dir, name, 'test.json');
    if (!existsSync(specPath)) continue;
    const spec = JSON.parse(readFileSync(specPath, 'utf8')) as {
      type?: string;
      file?: string;
      shouldParse?: boolean;
      comment?: string;
    };
    if (spec.type !== 'text' || typeof spec.file !== 'string' || typeof spec.shouldParse !== 'boolean') {
      throw new Error(`conformance case ${name}: test.json must have type "text", a file and shouldParse`);
    }
    out.push({
      name,
      shouldParse: spec.shouldParse,
      comment: spec.comment ?? '',
      input: readFileSync(join(dir, name, spec.file)),
    });
  }
  return out;
}

/** Runs `parse` over every case; a case passes when (parse returned) === shouldParse. */
export function runConformance(
  cases: ConformanceCase[],
  parse: (input: Uint8Array) => unknown,
): ConformanceResult {
  const result: ConformanceResult = { total: cases.length, passed: 0, failures: [] };
  for (const c of cases) {
    let ok = true;
    let error = '';
    try {
      parse(c.input);
    } catch (err) {
      ok = false;
      error = err instanceof Error ? err.message : String(err);
    }
    if (ok === c.shouldParse) result.passed++;
    else result.failures.push({ name: c.name, shouldParse: c.shouldParse, comment: c.comment, error });
  }
  return result;
}
