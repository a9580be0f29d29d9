/**
 * The onboarding wizard, the factory-floor workflow in four steps: (1) create the edge agent's API
 * user for its sensor path (token shown once); (2) pick a device profile, bus and unit settings and
 * context labels, which become a machine configuration (YAML download, or a push to the agent once
 * it is online); (3) connect: the exact `sensorpath edge` command, then wait live for the agent's
 * birth and the device's first samples; (4) the machine's dashboard: its device view and a Grafana
 * dashboard JSON built from the metrics that actually arrived.
 */
import { grafanaDashboard } from '../src/grafana.ts';
import { type CreatedUser, createUser, tokenBox } from './admin.ts';
import { type Agent, api, type Session, stream } from './api.ts';
import { LiveChart } from './chart.ts';
import { h } from './dom.ts';
import { machineDoc, machineYaml, PROFILES, SEGMENT, type WizardConfig } from './machine.ts';

function download(name: string, type: string, text: string): void {
  const a = h('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

export function onboardView(content: HTMLElement, session: Session | undefined, signal: AbortSignal): void {
  const s = session!;
  const tenant = s.tenant === '*' ? 'acme' : s.tenant;
  const step = (n: number, title: string, ...body: (Node | string)[]) =>
    h('section', { class: 'step', id: `step-${n}` }, h('h3', {}, `${n}. ${title}`), ...body);
  const input = (name: string, value: string, extra: Record<string, string> = {}) =>
    h('input', { name, value, ...extra });
  const field = (label: string, el: HTMLElement) => h('label', {}, label, el);

  // Step 1: the agent's user.
  const agentPath = input('agentPath', `${tenant}/berlin/assembly/line1/press3`, { size: '40' });
  const out1 = h('div');
  const err = h('p', { class: 'error' });
  let user: CreatedUser | undefined;
  const f1 = h(
    'form',
    {
      class: 'inline',
      onsubmit: (e: Event) => {
        e.preventDefault();
        err.textContent = '';
        const parts = agentPath.value.split('/');
        if (parts.length !== 5 || !parts.every((p) => SEGMENT.test(p))) {
          err.textContent =
            'the sensor path needs 5 segments enterprise/site/area/line/machine (A-Z a-z 0-9 _ . -)';
          return;
        }
        createUser({ tenant: parts[0]!, path: `${parts.slice(0, 4).join('/')}/#`, role: 'edge' })
          .then((u) => {
            user = u;
            out1.replaceChildren(tokenBox(u));
            f2.hidden = false;
          })
          .catch((e2: Error) => {
            err.textContent = e2.message;
          });
      },
    },
    field('Agent sensor path (enterprise/site/area/line/machine)', agentPath),
    h('button', { type: 'submit', id: 'create-edge-user' }, 'Create edge user'),
  );

  // Step 2: profile, bus, unit, labels.
  const device = input('device', 'meter1');
  const profile = h('select', { name: 'profile' }, ...PROFILES.map((p) => h('option', { value: p }, p)));
  const busKind = h(
    'select',
    { name: 'bus' },
    h('option', { value: 'tcp' }, 'Modbus TCP'),
    h('option', { value: 'rtu' }, 'Modbus RTU (RS-485)'),
  );
  const host = input('host', '192.168.1.50');
  const port = input('port', '502', { type: 'number' });
  const serial = input('serial', '/dev/ttyUSB0');
  const baud = h(
    'select',
    { name: 'baud' },
    ...['9600', '19200', '38400', '115200', '2400', '4800'].map((b) => h('option', { value: b }, b)),
  );
  const parity = h(
    'select',
    { name: 'parity' },
    ...['none', 'even', 'odd'].map((p) => h('option', { value: p }, p)),
  );
  const unit = input('unit', '1', { type: 'number', min: '0', max: '247' });
  const interval = input('interval', '1s');
  const labels = input('labels', 'machine=press3', { size: '30', placeholder: 'k=v, k2=v2' });
  const broker = input('broker', `mqtt://${location.hostname}:1883`, { size: '30' });
  const yamlEl = h('pre', { class: 'code', id: 'machine-yaml' });
  const out2 = h('div');
  let config: WizardConfig | undefined;
  let yaml = '';
  const f2: HTMLFormElement = h(
    'form',
    {
      class: 'inline',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const lbl: Record<string, string> = {};
        for (const pair of labels.value.split(',')) {
          const [k, v] = pair.split('=').map((x) => x.trim());
          if (k && v !== undefined) lbl[k] = v;
        }
        config = {
          agentPath: agentPath.value,
          device: device.value,
          profile: profile.value,
          bus:
            busKind.value === 'tcp'
              ? { kind: 'tcp', host: host.value, port: Number(port.value) }
              : { kind: 'rtu', port: serial.value, baud: Number(baud.value), parity: parity.value },
          unit: Number(unit.value),
          interval: interval.value,
          labels: lbl,
          brokerUrl: broker.value,
          username: user?.username ?? '',
          token: user?.token ?? '',
        };
        yaml = machineYaml(config);
        yamlEl.textContent = yaml;
        out2.replaceChildren(
          h(
            'button',
            { type: 'button', onclick: () => download(`${device.value}.yaml`, 'application/yaml', yaml) },
            'Download YAML',
          ),
          ' ',
          h(
            'button',
            { type: 'button', id: 'push-config', onclick: () => void push() },
            'Push to the online agent',
          ),
          pushMsg,
        );
        connect();
      },
    },
    field('Device name', device),
    field('Profile', profile),
    field('Bus', busKind),
    field('TCP host', host),
    field('TCP port', port),
    field('Serial port', serial),
    field('Baud', baud),
    field('Parity', parity),
    field('Unit id', unit),
    field('Interval', interval),
    field('Context labels', labels),
    field('Broker URL', broker),
    h('button', { type: 'submit', id: 'make-config' }, 'Make configuration'),
  );
  f2.hidden = true;
  const pushMsg = h('span', { class: 'muted' });
  async function push(): Promise<void> {
    if (!config) return;
    const doc = machineDoc(config);
    try {
      const r = await api<{ revision: number }>(`/api/v1/admin/devices/${config.agentPath}/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      });
      pushMsg.textContent = ` pushed as revision ${r.revision}; the agent applies it without restart`;
    } catch (e) {
      pushMsg.textContent = ` ${(e as Error).message}`;
    }
  }

  // Step 3: connect and wait live; step 4: dashboard.
  const cmd = h('pre', { class: 'code', id: 'edge-command' });
  const wait = h('p', { id: 'connect-state', class: 'muted' }, 'waiting for the configuration');
  const chartEl = h('div', { class: 'chart', 'data-metric': 'first' });
  const out4 = h('div', { id: 'dashboard-links' });
  let connecting = false;
  function connect(): void {
    if (!config) return;
    const c = config;
    const devicePath = `${c.agentPath.split('/').slice(0, 4).join('/')}/${c.device}`;
    cmd.textContent = `# on the edge machine, with the file from step 2:\nsensorpath edge --config ${c.device}.yaml\n\n# or without a file (quick mode):\nsensorpath edge --broker ${c.brokerUrl} --username ${c.username} --password '${c.token}' \\\n  --path ${devicePath} --profile ${c.profile} ${c.bus.kind === 'tcp' ? `--modbus-tcp ${c.bus.host}:${c.bus.port}` : `--modbus-rtu ${c.bus.port} --baud ${c.bus.baud} --parity ${c.bus.parity}`} \\\n  --unit ${c.unit} --interval ${c.interval}${Object.entries(
      c.labels,
    )
      .map(([k, v]) => ` --label ${k}=${v}`)
      .join('')}`;
    if (connecting) return;
    connecting = true;
    wait.textContent = `waiting for ${c.agentPath} to come online…`;
    const poll = setInterval(async () => {
      try {
        const agents = await api<Agent[]>('/api/v1/web/fleet');
        const a = agents.find((x) => x.path === c.agentPath || x.devices.includes(devicePath));
        if (a?.state === 'online') {
          clearInterval(poll);
          wait.textContent = `${a.path} is online (agent ${a.version}); waiting for the first samples of ${devicePath}…`;
          samples(devicePath);
        }
      } catch {}
    }, 1000);
    signal.addEventListener('abort', () => clearInterval(poll));
  }
  function samples(devicePath: string): void {
    const chart = new LiveChart(chartEl, 'first samples', '');
    const names = new Map<number, string>();
    const families = new Set<string>();
    let n = 0;
    signal.addEventListener('abort', () => chart.destroy());
    void stream(
      `/api/v1/web/live?path=${encodeURIComponent(devicePath)}`,
      (event, data) => {
        if (event !== 'samples') return;
        const msg = JSON.parse(data) as {
          series: { id: number; name: string; labels: Record<string, string> }[];
          samples: [number, number, number][];
        };
        for (const s of msg.series) {
          names.set(s.id, s.labels.phase ? `${s.name}{phase="${s.labels.phase}"}` : s.name);
          if (!s.name.startsWith('sensorpath_')) families.add(s.name);
        }
        for (const [id, t, v] of msg.samples) {
          n++;
          const name = names.get(id) ?? '';
          if (/voltage/.test(name)) chart.add(name, name, t, v);
        }
        const first = n === msg.samples.length;
        wait.textContent = `${devicePath}: ${n} samples received`;
        if (first) dashboard(devicePath, families);
      },
      signal,
    );
  }
  function dashboard(devicePath: string, families: Set<string>): void {
    const c = config!;
    out4.replaceChildren(
      h(
        'a',
        { href: `#/device/${devicePath}`, id: 'open-device' },
        `Open the live dashboard of ${devicePath}`,
      ),
      ' · ',
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            const metrics = [...families].map((f) => {
              const counter = f.endsWith('_total');
              const name = counter ? f.slice(0, -'_total'.length) : f;
              return {
                name,
                type: counter ? ('counter' as const) : ('gauge' as const),
                unit: /_([a-z]+)$/.exec(name)?.[1],
              };
            });
            const dash = grafanaDashboard(c.agentPath, [{ path: devicePath, kind: c.profile, metrics }]);
            download(`${c.device}.grafana.json`, 'application/json', `${JSON.stringify(dash, null, 2)}\n`);
          },
        },
        'Download Grafana dashboard JSON',
      ),
      h(
        'p',
        { class: 'muted' },
        'Whole machines: sensorpath grafana provision DIR machine.yaml (docs/grafana.md).',
      ),
    );
  }

  content.append(
    h('h2', {}, 'Onboard a machine'),
    h(
      'div',
      { class: 'wizard' },
      step(1, 'API user for the edge agent', f1, err, out1),
      step(2, 'Device profile, bus, unit and labels → machine configuration', f2, yamlEl, out2),
      step(3, 'Connect', cmd, wait, chartEl),
      step(4, 'Dashboard', out4),
    ),
  );
}
