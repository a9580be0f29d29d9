/**
 * `sensorpath tsdb import openmetrics FILE --data DIR`: backfills an OpenMetrics (or Prometheus
 * text) file with timestamps into the server's data directory as compacted blocks, like
 * `promtool tsdb create-blocks-from openmetrics`, then exits. The server serves it afterwards.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importOpenMetrics } from '@sensorpath/tsdb';
import { UsageError } from '../args.ts';

export const help = `Usage: sensorpath tsdb import openmetrics FILE --data DIR [--tenant NAME] [--format openmetrics|prometheus]

Writes every sample of FILE (which must carry timestamps) into the store of one tenant under the
server's data directory (DIR/tenants/NAME) as compacted, immutable blocks, then exits. Start
"sensorpath server --data DIR" afterwards to query it. Do not import into a tenant directory a
running server has open.

Options:
  --data DIR          the server's data directory (required)
  --tenant NAME       tenant to write into (default: default); in open mode every tenant is queried
  --format FORMAT     openmetrics (default) or prometheus (0.0.4 text, timestamps in ms)
  -h, --help          show this help

Example:
  sensorpath tsdb import openmetrics history.om.txt --data ./data --tenant acme
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      tenant: { type: 'string', default: 'default' },
      format: { type: 'string', default: 'openmetrics' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const [verb, kind, file] = positionals;
  if (verb !== 'import' || kind !== 'openmetrics' || !file)
    throw new UsageError('expected: tsdb import openmetrics FILE --data DIR');
  if (!values.data) throw new UsageError('missing --data DIR (the server data directory to write into)');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(values.tenant)) {
    throw new UsageError(`--tenant ${JSON.stringify(values.tenant)}: 1-64 letters, digits, "_", "." or "-"`);
  }
  if (values.format !== 'openmetrics' && values.format !== 'prometheus') {
    throw new UsageError(`--format ${values.format}: expected openmetrics or prometheus`);
  }
  const started = Date.now();
  const r = await importOpenMetrics(file, join(values.data, 'tenants', values.tenant), {
    format: values.format,
  });
  const secs = (Date.now() - started) / 1000;
  process.stdout.write(
    `imported ${r.samples} samples of ${r.series} series into ${r.blocks} block(s) for tenant ${values.tenant} ` +
      `in ${secs.toFixed(1)} s (${Math.round(r.samples / Math.max(secs, 0.001))} samples/s)\n`,
  );
  return 0;
}
