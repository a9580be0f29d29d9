/**
 * `sensorpath check metrics`: validates an exposition (OpenMetrics or Prometheus text) like
 * `promtool check metrics`; the logic lives in @sensorpath/openmetrics.
 */
import { runCheckMetrics } from '@sensorpath/openmetrics';
import { UsageError } from '../args.ts';

export const help = `Usage: sensorpath check metrics [--format openmetrics|prometheus] [FILE]

Checks an exposition read from FILE (or standard input). Exit 0 and a one-line summary
(families, series, samples) when it is valid; exit 1 and "line:col: reason" when it is not.
Lint warnings (missing HELP, counter without _total) are printed but never change the exit code.

Example:
  curl -s 127.0.0.1:9090/metrics | sensorpath check metrics --format prometheus
`;

export async function run(argv: string[]): Promise<number> {
  const [what, ...rest] = argv;
  if (what === '--help' || what === '-h' || what === undefined) {
    process.stdout.write(help);
    return what === undefined ? 2 : 0;
  }
  if (what !== 'metrics')
    throw new UsageError(`unknown check ${JSON.stringify(what)}: only "metrics" can be checked`);
  return runCheckMetrics(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
