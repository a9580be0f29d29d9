/**
 * The `sensorpath` command: dispatches to the subcommands, prints help that teaches, and turns
 * errors into one clear line and an exit code (2 for usage errors, 1 for everything else).
 */
import { UsageError } from './args.ts';

interface Command {
  summary: string;
  load: () => Promise<{ run(argv: string[]): Promise<number>; help: string }>;
}

const commands: Record<string, Command> = {
  demo: {
    summary: 'run server, a simulated SDM630 and an edge agent on loopback',
    load: () => import('./commands/demo.ts'),
  },
  server: {
    summary: 'run the server: embedded MQTT broker, store, Prometheus API',
    load: () => import('./commands/server.ts'),
  },
  edge: {
    summary: 'run the edge agent: poll Modbus devices, publish OpenMetrics over MQTT',
    load: () => import('./commands/edge.ts'),
  },
  user: {
    summary: 'create, list and revoke API users of a tenant (sensor-path scope, role, token)',
    load: () => import('./commands/user.ts'),
  },
  tenant: {
    summary: 'show and set per-tenant limits (series, samples per second, payload size)',
    load: () => import('./commands/tenant.ts'),
  },
  device: {
    summary: 'list edge agents, push and roll back their machine configuration',
    load: () => import('./commands/device.ts'),
  },
  simulate: {
    summary: 'serve a simulated SDM630 (Modbus TCP or RTU) or the virtual machine for forecasting',
    load: () => import('./commands/simulate.ts'),
  },
  tsdb: {
    summary: 'import an OpenMetrics file into the store as blocks (backfill)',
    load: () => import('./commands/tsdb.ts'),
  },
  check: {
    summary: 'check an OpenMetrics or Prometheus text exposition',
    load: () => import('./commands/check.ts'),
  },
  promql: {
    summary: "run Prometheus' PromQL .test scripts against the engine",
    load: () => import('./commands/promql.ts'),
  },
  forecast: {
    summary: 'train an LSTM on series from a Prometheus API, score it against baselines, serve forecasts',
    load: () => import('./commands/forecast.ts'),
  },
  grafana: {
    summary: 'Grafana dashboards for machine configurations; a provisioning folder',
    load: () => import('./commands/grafana.ts'),
  },
};

function usage(): string {
  const all = commands;
  const width = Math.max(...Object.keys(all).map((k) => k.length));
  return [
    'Usage: sensorpath <command> [options]',
    '',
    'sensorpath reads machines and meters where they stand (edge), moves their data over MQTT as',
    'OpenMetrics on an ISA-95 sensor path, stores it and answers PromQL (server).',
    '',
    'Commands:',
    ...Object.entries(all).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`),
    '',
    'Run "sensorpath <command> --help" for a command\'s options.',
    'Quick start: sensorpath demo, then open the printed query URL.',
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('sensorpath 0.1.0\n');
    return 0;
  }
  const cmd = commands[name];
  if (!cmd) {
    process.stderr.write(`sensorpath: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await cmd.load();
  try {
    return await mod.run(rest);
  } catch (err) {
    const e = err as Error & { code?: string };
    if (
      err instanceof UsageError ||
      e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
    ) {
      process.stderr.write(`sensorpath ${name}: ${e.message}\nRun "sensorpath ${name} --help" for usage.\n`);
      return 2;
    }
    process.stderr.write(`sensorpath ${name}: ${e.code ? `[${e.code}] ` : ''}${e.message}\n`);
    return 1;
  }
}

// Exit explicitly: a stopped server or agent may leave reconnect timers behind. stdout and stderr
// are synchronous for files and pipes on Linux, so nothing printed is lost.
process.exit(await main(process.argv.slice(2)));
