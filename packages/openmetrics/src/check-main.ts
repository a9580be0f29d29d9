/**
 * Standalone entry for `check metrics`, so it can be run and timed without the CLI package:
 * `node --import tsx packages/openmetrics/src/check-main.ts [--format prometheus] [FILE]`.
 */
import { runCheckMetrics } from './check.ts';

process.exitCode = await runCheckMetrics(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
