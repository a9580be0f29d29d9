/**
 * The machine configuration the onboarding wizard writes, as pure functions (no DOM), so a node
 * test can check it against the edge agent's own validation (packages/web/src/wizard.test.ts).
 */

/** Built-in profiles of the edge agent (packages/edge/profiles). */
export const PROFILES = ['sdm630', 'sdm220', 'sdm72', 'em24', 'abb-b23', 'janitza-b23'];
export const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface WizardConfig {
  agentPath: string;
  device: string;
  profile: string;
  bus:
    | { kind: 'tcp'; host: string; port: number }
    | { kind: 'rtu'; port: string; baud: number; parity: string };
  unit: number;
  interval: string;
  labels: Record<string, string>;
  brokerUrl: string;
  username: string;
  token: string;
}

/** The machine configuration (YAML) for the wizard's answers; reference: packages/edge/README.md. */
export function machineYaml(c: WizardConfig): string {
  const q = (s: string) => JSON.stringify(s);
  const labels = Object.entries(c.labels);
  return [
    `# Machine configuration written by the sensorpath onboarding wizard.`,
    `path: ${q(c.agentPath)}`,
    'broker:',
    `  url: ${q(c.brokerUrl)}`,
    `  username: ${q(c.username)}`,
    `  password: ${q(c.token)}`,
    ...(labels.length ? ['labels:', ...labels.map(([k, v]) => `  ${k}: ${q(v)}`)] : []),
    'buses:',
    `  - name: ${c.bus.kind === 'tcp' ? 'tcp' : 'rs485'}`,
    ...(c.bus.kind === 'tcp'
      ? [`    tcp: { host: ${q(c.bus.host)}, port: ${c.bus.port} }`]
      : [`    rtu: { port: ${q(c.bus.port)}, baud: ${c.bus.baud}, parity: ${c.bus.parity} }`]),
    '    devices:',
    `      - { device: ${q(c.device)}, profile: ${c.profile}, unit: ${c.unit}, interval: ${c.interval} }`,
    '',
  ].join('\n');
}

/** The same configuration as an object, for a push through the fleet API. */
export function machineDoc(c: WizardConfig): Record<string, unknown> {
  return {
    path: c.agentPath,
    broker: { url: c.brokerUrl, username: c.username, password: c.token },
    labels: c.labels,
    buses: [
      {
        name: c.bus.kind === 'tcp' ? 'tcp' : 'rs485',
        ...(c.bus.kind === 'tcp'
          ? { tcp: { host: c.bus.host, port: c.bus.port } }
          : { rtu: { port: c.bus.port, baud: c.bus.baud, parity: c.bus.parity } }),
        devices: [{ device: c.device, profile: c.profile, unit: c.unit, interval: c.interval }],
      },
    ],
  };
}
