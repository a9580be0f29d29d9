/**
 * `sensorpath device`: the fleet as the control plane sees it. `list` shows each agent's state
 * (online/offline, last seen, agent version, running configuration revision, last configuration
 * error, refused messages); `config push` adds a configuration revision that the server publishes
 * retained on `<agent path>/config`; `config rollback` re-publishes an older one as a new revision;
 * `config history` shows every revision and what the agent made of it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type AgentInfo, type ConfigRevision, FleetRegistry, fleetDbPath } from '@sensorpath/server';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../args.ts';
import { callAdmin, resolveTarget, TARGET_HELP, TARGET_OPTIONS } from './admin-target.ts';
import { table } from './user.ts';

export const help = `Usage: sensorpath device <list|config> [options]

The fleet of edge agents. An agent is named by its sensor path (the path it announces its state
on, e.g. acme/berlin/assembly/line1/meter1). Configurations are published retained on
<path>/config as {"revision": N, "config": {...}}; the agent applies a newer revision without a
restart and acknowledges it in its state, or refuses it (the old one keeps running).

  sensorpath device list [--json]
  sensorpath device config push DEVICE FILE [--check]
                                                   FILE: JSON or YAML machine configuration;
                                                   --check validates it first with the agent's
                                                   own rules (profile and password files named
                                                   in it must then exist on this machine too)
  sensorpath device config rollback DEVICE REV     publish revision REV's configuration again
  sensorpath device config history DEVICE [--json]

${TARGET_HELP}

With --data the change is written to <data>/fleet.db and a running server publishes it within a
second; with --url it goes through the server's admin API.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...TARGET_OPTIONS, check: { type: 'boolean' } },
    strict: true,
  });
  const [sub, action, device, arg] = positionals;
  if (values.help || !sub) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  const target = resolveTarget(values);
  const reg = target.data ? new FleetRegistry(fleetDbPath(target.data)) : undefined;
  const out = (x: unknown, text: () => string) =>
    process.stdout.write(values.json ? `${JSON.stringify(x)}\n` : text());
  try {
    if (sub === 'list') {
      const agents = reg ? reg.list() : ((await callAdmin(target, 'GET', 'devices')) as AgentInfo[]);
      out(agents, () =>
        table(
          ['AGENT', 'STATE', 'LAST SEEN', 'VERSION', 'CONFIG', 'DESIRED', 'CONFIG ERROR', 'BAD MSGS'],
          agents.map((a) => [
            a.path,
            a.state,
            a.lastSeen ? new Date(a.lastSeen).toISOString() : '-',
            a.version || '-',
            String(a.configRevision),
            a.desiredRevision === null ? '-' : String(a.desiredRevision),
            a.configError ? `rev ${a.configError.revision}: ${a.configError.message}` : '-',
            String(a.badMessages),
          ]),
        ),
      );
      return 0;
    }
    if (sub !== 'config') throw new UsageError(`unknown subcommand "${sub}": use list or config`);
    if (!device)
      throw new UsageError(`device config ${action ?? '<push|rollback|history>'} needs the DEVICE path`);
    const enc = device.split('/').map(encodeURIComponent).join('/');
    const done = (r: ConfigRevision) =>
      out(
        r,
        () =>
          `${device}: revision ${r.revision} ${r.note ? `(${r.note}) ` : ''}is now desired; the server publishes it on ${device}/config\n`,
      );
    if (action === 'push') {
      if (!arg) throw new UsageError('device config push needs the configuration FILE');
      const text = readFileSync(arg, 'utf8');
      let config: unknown;
      try {
        config = arg.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
      } catch (err) {
        throw new UsageError(`${arg}: not valid JSON/YAML: ${(err as Error).message}`);
      }
      if (values.check) {
        // Loaded only here: the edge package is large and only --check needs it.
        const { checkRemoteConfig } = await import('@sensorpath/edge');
        try {
          checkRemoteConfig(config, 0);
        } catch (err) {
          const e = err as Error & { code?: string };
          throw new UsageError(`${arg} would be refused by the agent: ${e.message}`);
        }
      }
      done(
        reg
          ? reg.push(device, config, 'cli')
          : ((await callAdmin(target, 'POST', `devices/${enc}/config`, config)) as ConfigRevision),
      );
      return 0;
    }
    if (action === 'rollback') {
      const rev = Number(arg);
      if (!arg || !Number.isInteger(rev) || rev < 1)
        throw new UsageError('device config rollback needs a revision number');
      done(
        reg
          ? reg.rollback(device, rev, 'cli')
          : ((await callAdmin(target, 'POST', `devices/${enc}/rollback`, {
              revision: rev,
            })) as ConfigRevision),
      );
      return 0;
    }
    if (action === 'history') {
      const h = reg
        ? reg.history(device)
        : ((await callAdmin(target, 'GET', `devices/${enc}/config`)) as ConfigRevision[]);
      out(h, () =>
        table(
          ['REV', 'STATUS', 'CREATED', 'BY', 'NOTE'],
          h.map((r) => [
            String(r.revision),
            r.error ? `${r.status}: ${r.error}` : r.status,
            new Date(r.createdAt).toISOString(),
            r.createdBy,
            r.note,
          ]),
        ),
      );
      return 0;
    }
    throw new UsageError(`unknown config action "${action ?? ''}": use push, rollback or history`);
  } finally {
    reg?.close();
  }
}
