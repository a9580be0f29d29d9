/**
 * `sensorpath promql test`: runs Prometheus' scripted PromQL `.test` files against our engine.
 */
import { runPromqlTest } from '@sensorpath/promql';
import { UsageError } from '../args.ts';

export const help = `Usage: sensorpath promql test [-v] FILE.test...

Runs Prometheus' scripted PromQL tests (load / eval / clear commands) against the sensorpath
engine. Prints one result line per file and a final line "N passed, N failed, N skipped";
skipped evals (native histograms) are counted and named. -v prints every failure in full.

Example:
  sensorpath promql test ../shared/conformance/promql/testdata/functions.test
`;

export async function run(argv: string[]): Promise<number> {
  const [what, ...rest] = argv;
  if (what === '--help' || what === '-h' || what === undefined) {
    process.stdout.write(help);
    return what === undefined ? 2 : 0;
  }
  if (what !== 'test')
    throw new UsageError(`unknown promql subcommand ${JSON.stringify(what)}: use "promql test FILE..."`);
  return runPromqlTest(rest, { stdout: process.stdout, stderr: process.stderr });
}
