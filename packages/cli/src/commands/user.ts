/**
 * `sensorpath user`: API users of tenants. `create` is the factory-floor step "generate an API user
 * with a sensor path": it prints the token once (`--json`: `{"username","token"}`), and only a hash
 * of it is kept. `list` shows users (never tokens), `revoke` stops a token at once.
 */
import { parseArgs } from 'node:util';
import { type User, UserStore } from '@sensorpath/auth';
import { UsageError } from '../args.ts';
import { callAdmin, resolveTarget, TARGET_HELP, TARGET_OPTIONS } from './admin-target.ts';

export const help = `Usage: sensorpath user <create|list|revoke> [options]

API users of a tenant. Each user has one role and one sensor-path scope (an MQTT topic filter
inside its tenant) and authenticates MQTT (user name + token as password) and HTTP (Bearer token,
or Basic user:token). Once any user exists, the server requires authentication everywhere.

  sensorpath user create --tenant T --path SCOPE --role edge|reader|admin [--name N] [--json]
  sensorpath user list [--tenant T] [--json]
  sensorpath user revoke NAME

Roles: edge    publish metrics/state/events inside the scope, receive its config, HTTP push
       reader  query the tenant (narrowed to the scope), subscribe inside the scope
       admin   both, plus config pushes, users and devices inside the scope;
               --tenant '*' --path '#' makes an operator for every tenant

${TARGET_HELP}

Examples:
  sensorpath user create --tenant acme --path 'acme/berlin/#' --role edge --data /var/lib/sensorpath
  sensorpath user create --tenant acme --path 'acme/#' --role reader --json
  sensorpath user revoke acme-edge-1f2e
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...TARGET_OPTIONS,
      tenant: { type: 'string' },
      path: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
    },
    strict: true,
  });
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  const target = resolveTarget(values);
  const local = target.data ? new UserStore(`${target.data}/auth.db`) : undefined;
  try {
    if (sub === 'create') {
      const { tenant, path, role } = values;
      if (!tenant || !path || !role) throw new UsageError('user create needs --tenant, --path and --role');
      const created = local
        ? await local
            .create({ tenant, path, role, name: values.name })
            .then((r) => ({ ...r.user, token: r.token }))
        : ((await callAdmin(target, 'POST', 'users', { tenant, path, role, name: values.name })) as User & {
            token: string;
          });
      if (values.json)
        process.stdout.write(`${JSON.stringify({ username: created.username, token: created.token })}\n`);
      else
        process.stdout.write(
          [
            `created user ${created.username} (tenant ${created.tenant}, role ${created.role}, scope ${created.scope})`,
            `token: ${created.token}`,
            '',
            'Store the token now: it is shown only this once.',
            `  MQTT: user name ${created.username}, password <token>`,
            '  HTTP: Authorization: Bearer <token>',
            '',
          ].join('\n'),
        );
      return 0;
    }
    if (sub === 'list') {
      const users = local
        ? local.list(values.tenant)
        : ((await callAdmin(
            target,
            'GET',
            `users${values.tenant ? `?tenant=${encodeURIComponent(values.tenant)}` : ''}`,
          )) as User[]);
      if (values.json) process.stdout.write(`${JSON.stringify(users)}\n`);
      else {
        const rows = users.map((u) => [
          u.username,
          u.tenant,
          u.role,
          u.scope,
          new Date(u.createdAt).toISOString(),
          u.revokedAt ? `revoked ${new Date(u.revokedAt).toISOString()}` : 'active',
        ]);
        process.stdout.write(table(['USER', 'TENANT', 'ROLE', 'SCOPE', 'CREATED', 'STATUS'], rows));
      }
      return 0;
    }
    if (sub === 'revoke') {
      const name = rest[0];
      if (!name) throw new UsageError('user revoke needs the user name');
      const u = local
        ? local.revoke(name)
        : ((await callAdmin(target, 'DELETE', `users/${encodeURIComponent(name)}`)) as User);
      if (values.json) process.stdout.write(`${JSON.stringify(u)}\n`);
      else
        process.stdout.write(
          `revoked ${u.username}: its token no longer works (MQTT sessions are closed within seconds)\n`,
        );
      return 0;
    }
    throw new UsageError(`unknown subcommand "${sub}": use create, list or revoke`);
  } finally {
    local?.close();
  }
}

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    `${r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()}\n`;
  return line(head) + rows.map(line).join('');
}
