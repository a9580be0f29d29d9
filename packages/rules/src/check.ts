/**
 * `sensorpath check rules FILE…` and `sensorpath check events FILE…`: validate rule files (like
 * `promtool check rules`, same output shape) and stream processor files without starting a
 * server. Exit code 0 when every file is valid, 1 otherwise; each problem printed as
 * `file:line:column: reason`.
 */
import { FileInvalidError, formatProblem } from './errors.ts';
import { loadRuleFile } from './rulefile.ts';
import { loadProcessorsFile } from './stream.ts';

export interface CheckIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export async function runCheckRuleFiles(
  kind: 'rules' | 'events',
  files: readonly string[],
  io: CheckIO,
): Promise<number> {
  let failed = 0;
  for (const f of files) {
    io.stdout.write(`Checking ${f}\n`);
    try {
      if (kind === 'rules') {
        const groups = await loadRuleFile(f);
        const n = groups.reduce((s, g) => s + g.rules.length, 0);
        io.stdout.write(`  SUCCESS: ${n} rules found\n\n`);
      } else {
        const procs = await loadProcessorsFile(f);
        io.stdout.write(`  SUCCESS: ${procs.length} processors found\n\n`);
      }
    } catch (err) {
      failed++;
      io.stderr.write('  FAILED:\n');
      if (err instanceof FileInvalidError)
        for (const p of err.problems) io.stderr.write(`${formatProblem(p)}\n`);
      else io.stderr.write(`${(err as Error).message}\n`);
      io.stderr.write('\n');
    }
  }
  return failed > 0 ? 1 : 0;
}
