/**
 * `sensorpath server --broker … --broker-admin-user USER`: the flags of Mosquitto dynamic security
 * provisioning (docs/scale-out.md). The password comes, first found, from
 * `--broker-admin-password-file FILE` (Docker and systemd secrets), `$SENSORPATH_BROKER_ADMIN_PASSWORD`,
 * or `--broker-admin-password` (visible in `ps`: for tests and trials).
 */
import { readFileSync } from 'node:fs';
import type { ServerOptions } from '@sensorpath/server';
import { UsageError } from '../args.ts';

export const BROKER_ADMIN_PASSWORD_ENV = 'SENSORPATH_BROKER_ADMIN_PASSWORD';

export const brokerAdminFlags = {
  'broker-admin-user': { type: 'string' },
  'broker-admin-password': { type: 'string' },
  'broker-admin-password-file': { type: 'string' },
} as const;

export const brokerAdminHelp = `  --broker-admin-user USER      with --broker: Mosquitto's dynamic security admin (the client of
                                "mosquitto_ctrl dynsec init"); users created and revoked with
                                "sensorpath user --url" are written to the broker as clients with
                                roles and topic ACLs, and the receiver gets its own client
  --broker-admin-password-file FILE
                                its password (or $${BROKER_ADMIN_PASSWORD_ENV}, or
                                --broker-admin-password PASS, which ps shows)
`;

/** Dynsec admin flags to server options; a missing or doubled piece fails naming the flag. */
export function brokerAdminOptions(
  v: Partial<Record<string, string | string[] | boolean | undefined>>,
  env: NodeJS.ProcessEnv = process.env,
): Pick<ServerOptions, 'brokerAdmin'> {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const user = str('broker-admin-user');
  const file = str('broker-admin-password-file');
  const flag = str('broker-admin-password');
  if (user === undefined) {
    for (const k of ['broker-admin-password', 'broker-admin-password-file'])
      if (str(k) !== undefined) throw new UsageError(`--${k} needs --broker-admin-user USER`);
    return {};
  }
  if (str('broker') === undefined)
    throw new UsageError(
      '--broker-admin-user needs --broker mqtt://HOST:PORT (dynamic security is managed on an external Mosquitto)',
    );
  if (!user.trim()) throw new UsageError('--broker-admin-user: the user name is empty');
  if (file !== undefined && flag !== undefined)
    throw new UsageError('--broker-admin-password and --broker-admin-password-file: give only one');
  let password = flag ?? env[BROKER_ADMIN_PASSWORD_ENV];
  if (file !== undefined) {
    try {
      // One trailing newline (echo, editors) is not part of the password.
      password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      throw new UsageError(
        `--broker-admin-password-file ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      );
    }
  }
  if (!password)
    throw new UsageError(
      `--broker-admin-user ${user}: no password; give --broker-admin-password-file FILE, $${BROKER_ADMIN_PASSWORD_ENV} or --broker-admin-password PASS`,
    );
  return { brokerAdmin: { username: user, password } };
}
