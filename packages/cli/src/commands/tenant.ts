/**
 * `sensorpath tenant limits`: per-tenant overrides of the server's default limits (`--limit-*`
 * flags), kept in `auth.db`. A running server picks changes up within ten seconds. Without values
 * it prints the tenant's overrides; `0` means unlimited, `default` removes an override.
 */
import { parseArgs } from 'node:util';
import { type TenantLimitOverrides, UserStore } from '@sensorpath/auth';
import { intArg, UsageError } from '../args.ts';
import { callAdmin, resolveTarget, TARGET_HELP, TARGET_OPTIONS } from './admin-target.ts';

export const help = `Usage: sensorpath tenant limits TENANT [--series N] [--samples-per-second N] [--payload-bytes N]

Per-tenant limits, overriding the server's defaults (--limit-series, --limit-samples-per-second,
--limit-payload-bytes). 0 means unlimited; "default" removes the override. Without values, prints
the tenant's overrides. A running server applies changes within 10 s.

${TARGET_HELP}

Example:
  sensorpath tenant limits acme --series 50000 --samples-per-second 20000 --data /var/lib/sensorpath
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...TARGET_OPTIONS,
      series: { type: 'string' },
      'samples-per-second': { type: 'string' },
      'payload-bytes': { type: 'string' },
    },
    strict: true,
  });
  const [sub, tenant] = positionals;
  if (values.help || !sub) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  if (sub !== 'limits') throw new UsageError(`unknown subcommand "${sub}": use limits`);
  if (!tenant) throw new UsageError('tenant limits needs the TENANT');
  const target = resolveTarget(values);
  const parse = (flag: string, v: string | undefined, max: number): number | undefined | 'keep' =>
    v === undefined ? 'keep' : v === 'default' ? undefined : intArg(flag, v, 0, max);
  const changes = {
    maxSeries: parse('--series', values.series, 1e9),
    maxSamplesPerSecond: parse('--samples-per-second', values['samples-per-second'], 1e9),
    maxPayloadBytes: parse('--payload-bytes', values['payload-bytes'], 1 << 30),
  };
  const changed = Object.values(changes).some((v) => v !== 'keep');
  let result: TenantLimitOverrides;
  if (target.data) {
    const store = new UserStore(`${target.data}/auth.db`);
    try {
      if (changed) store.setLimits(tenant, merge(store.limits(tenant), changes));
      result = store.limits(tenant);
    } finally {
      store.close();
    }
  } else {
    const path = `tenants/${encodeURIComponent(tenant)}/limits`;
    const current = (await callAdmin(target, 'GET', path)) as TenantLimitOverrides;
    result = changed
      ? ((await callAdmin(target, 'PUT', path, merge(current, changes))) as TenantLimitOverrides)
      : current;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const show = (v: number | undefined) =>
      v === undefined ? 'server default' : v === 0 ? 'unlimited' : String(v);
    process.stdout.write(
      `tenant ${tenant}: series ${show(result.maxSeries)}, samples/s ${show(result.maxSamplesPerSecond)}, payload bytes ${show(result.maxPayloadBytes)}\n`,
    );
  }
  return 0;
}

function merge(
  current: TenantLimitOverrides,
  changes: Record<keyof TenantLimitOverrides, number | undefined | 'keep'>,
): TenantLimitOverrides {
  const out: TenantLimitOverrides = { ...current };
  for (const k of Object.keys(changes) as (keyof TenantLimitOverrides)[]) {
    const v = changes[k];
    if (v !== 'keep') out[k] = v;
  }
  return out;
}
