/**
 * `sensorpath check metrics`: validates an exposition (OpenMetrics or Prometheus text) like
 * `promtool check metrics`; the logic lives in @sensorpath/openmetrics. `check rules` and
 * `check events` validate rule and stream processor files (@sensorpath/rules).
 */
import { UsageError } from '../args.ts';

// Each check loads only its own package: `check metrics` must start fast (it is compared with
// promtool, whole process), so the rules engine is never loaded for it.

export const help = `Usage: sensorpath check metrics [--format openmetrics|prometheus] [FILE]

Checks an exposition read from FILE (or standard input). Exit 0 and a one-line summary
(families, series, samples) when it is valid; exit 1 and "line:col: reason" when it is not.
Lint warnings (missing HELP, counter without _total) are printed but never change the exit code.

       sensorpath check rules FILE...
       sensorpath check events FILE...

"check rules" validates Prometheus rule files as promtool check rules does (same output);
"check events" validates stream processor files (docs/rules.md). Exit 1 and
"file:line:column: reason" for each problem when a file is refused.

Example:
  curl -s 127.0.0.1:9090/metrics | sensorpath check metrics --format prometheus
  sensorpath check rules rules/sdm630.rules.yaml
`;

export async function run(argv: string[]): Promise<number> {
  const [what, ...rest] = argv;
  if (what === '--help' || what === '-h' || what === undefined) {
    process.stdout.write(help);
    return what === undefined ? 2 : 0;
  }
  if (what === 'rules' || what === 'events') {
    if (rest.length === 0) throw new UsageError(`check ${what} needs at least one FILE`);
    const { runCheckRuleFiles } = await import('@sensorpath/rules');
    return runCheckRuleFiles(what, rest, { stdout: process.stdout, stderr: process.stderr });
  }
  if (what !== 'metrics')
    throw new UsageError(`unknown check ${JSON.stringify(what)}: use metrics, rules or events`);
  const { runCheckMetrics } = await import('@sensorpath/openmetrics');
  return runCheckMetrics(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
