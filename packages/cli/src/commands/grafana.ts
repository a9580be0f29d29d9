/**
 * `sensorpath grafana`: Grafana dashboards for machine configurations (docs/grafana.md).
 * `dashboard FILE` prints one machine's dashboard JSON (import it, Grafana asks for the data
 * source); `provision DIR FILE…` writes a provisioning folder: a Prometheus data source pointing at
 * sensorpath with the tenant's token, a dashboard provider, and one dashboard per machine that uses
 * that data source by default. The panels come from the devices' profiles (Modbus) or the metrics
 * listed in the configuration (HTTP/XML); see `grafanaDashboard` in @sensorpath/web.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { devicePath, loadMachineConfig, planMachine } from '@sensorpath/edge';
import { type DashboardDevice, grafanaDashboard } from '@sensorpath/web';
import { UsageError } from '../args.ts';

export const help = `Usage:
  sensorpath grafana dashboard FILE                 print the dashboard JSON of a machine configuration
  sensorpath grafana provision DIR FILE... [options] write a Grafana provisioning folder

Options of provision:
  --url URL              sensorpath's HTTP API as Grafana reaches it (default: http://127.0.0.1:9090)
  --token-file FILE      file with the reader token of the tenant (or SENSORPATH_TOKEN); none in open mode
  --dashboards-path P    where DIR/dashboards/sensorpath is mounted inside Grafana
                         (default: /etc/grafana/provisioning/dashboards/sensorpath)

FILE is a machine configuration (YAML or JSON, docs: packages/edge/README.md). DIR gets
  datasources/sensorpath.yaml, dashboards/sensorpath.yaml and dashboards/sensorpath/<uid>.json;
mount DIR at /etc/grafana/provisioning (docker-compose example: docs/grafana.md).
`;

/** The devices of one machine configuration with the metrics each publishes. */
export function machineDevices(file: string): { agentPath: string; devices: DashboardDevice[] } {
  const config = loadMachineConfig(file);
  const plan = planMachine(config, file);
  const devices: DashboardDevice[] = [];
  for (const d of plan.devices) {
    if (d.profile) devices.push({ path: d.path, kind: d.profile.name, metrics: d.profile.metrics });
  }
  for (const h of config.http ?? [])
    devices.push({
      path: devicePath(config.path, h.device),
      kind: 'http-xml',
      metrics: h.metrics.map((m) => ({ name: m.name, type: m.type, unit: m.unit, help: m.help })),
    });
  return { agentPath: config.path, devices };
}

export interface ProvisionOptions {
  url: string;
  token?: string | undefined;
  dashboardsPath?: string | undefined;
}

/** Writes the provisioning folder; returns the files written (relative to `dir`). */
export function provision(dir: string, files: readonly string[], opts: ProvisionOptions): string[] {
  const written: string[] = [];
  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text, { mode: rel.startsWith('datasources/') ? 0o600 : 0o644 });
    written.push(rel);
  };
  const auth = opts.token
    ? `    jsonData:\n      httpMethod: POST\n      httpHeaderName1: Authorization\n    secureJsonData:\n      httpHeaderValue1: ${JSON.stringify(`Bearer ${opts.token}`)}\n`
    : '    jsonData:\n      httpMethod: POST\n';
  write(
    'datasources/sensorpath.yaml',
    `# Written by sensorpath grafana provision: the sensorpath Prometheus API as a data source.\napiVersion: 1\ndatasources:\n  - name: sensorpath\n    uid: sensorpath\n    type: prometheus\n    access: proxy\n    url: ${JSON.stringify(opts.url)}\n    isDefault: true\n    editable: false\n${auth}`,
  );
  write(
    'dashboards/sensorpath.yaml',
    `# Written by sensorpath grafana provision: loads the machine dashboards below.\napiVersion: 1\nproviders:\n  - name: sensorpath\n    folder: sensorpath\n    type: file\n    disableDeletion: false\n    updateIntervalSeconds: 30\n    options:\n      path: ${JSON.stringify(opts.dashboardsPath ?? '/etc/grafana/provisioning/dashboards/sensorpath')}\n`,
  );
  for (const f of files) {
    const { agentPath, devices } = machineDevices(f);
    const dash = grafanaDashboard(agentPath, devices, { datasourceUid: 'sensorpath' });
    write(`dashboards/sensorpath/${dash.uid as string}.json`, `${JSON.stringify(dash, null, 2)}\n`);
  }
  return written;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:9090' },
      'token-file': { type: 'string' },
      'dashboards-path': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  if (sub === 'dashboard') {
    if (rest.length !== 1)
      throw new UsageError('grafana dashboard needs exactly one machine configuration FILE');
    const { agentPath, devices } = machineDevices(rest[0]!);
    process.stdout.write(`${JSON.stringify(grafanaDashboard(agentPath, devices), null, 2)}\n`);
    return 0;
  }
  if (sub === 'provision') {
    const [dir, ...files] = rest;
    if (!dir || files.length === 0)
      throw new UsageError('grafana provision needs DIR and at least one machine configuration FILE');
    const token = values['token-file']
      ? readFileSync(values['token-file'], 'utf8').trim()
      : process.env.SENSORPATH_TOKEN;
    const written = provision(dir, files, {
      url: values.url,
      token,
      dashboardsPath: values['dashboards-path'],
    });
    process.stdout.write(`${written.map((w) => `wrote ${join(dir, w)}`).join('\n')}\n`);
    return 0;
  }
  throw new UsageError(`unknown grafana subcommand ${sub}: use dashboard or provision`);
}
