/**
 * Grafana dashboards for machine configurations: one dashboard per machine (agent), a row per
 * device, a time-series panel per metric family with its unit. Gauges are plotted as they are, one
 * line per label set (per-phase voltage, current, power); counters of energy become an energy
 * rate (`rate(…_total[$__rate_interval]) * 3600`, Wh per hour = W), other counters a per-second
 * rate. Every query selects the device by its full sensor path, so dashboards of different machines
 * never mix. The data source is the variable `${DS_PROMETHEUS}` (type prometheus), so the JSON
 * imports into any Grafana (it asks for the data source) and provisions with a default.
 * Schema: Grafana 10/11 dashboard JSON (`schemaVersion` 39).
 */

export interface DashboardMetric {
  name: string;
  type: 'gauge' | 'counter';
  /** OpenMetrics unit (`volts`, `watthours`), mapped to a Grafana unit. */
  unit?: string | undefined;
  help?: string | undefined;
}

export interface DashboardDevice {
  /** Full sensor path `enterprise/site/area/line/device`. */
  path: string;
  /** Profile or input kind, shown in the row title. */
  kind: string;
  metrics: readonly DashboardMetric[];
}

export interface DashboardOptions {
  /** Dashboard title; default `sensorpath <agent path>`. */
  title?: string;
  /** Default of the data source variable (a provisioned data source's uid); empty: none. */
  datasourceUid?: string;
}

export interface PanelQuery {
  panel: string;
  expr: string;
}

/** Grafana unit ids for OpenMetrics units (and for what an energy rate turns into). */
const UNITS: Record<string, string> = {
  volts: 'volt',
  amperes: 'amp',
  watts: 'watt',
  voltamperes: 'voltamp',
  vars: 'voltampreact',
  hertz: 'hertz',
  watthours: 'watth',
  kilowatthours: 'kwatth',
  celsius: 'celsius',
  seconds: 's',
  bytes: 'bytes',
  ratio: 'percentunit',
  percent: 'percent',
  messages: 'short',
  samples: 'short',
};
/** Energy counters and the power unit their hourly rate has. */
const ENERGY_RATE: Record<string, string> = {
  watthours: 'watt',
  kilowatthours: 'kwatt',
  varhours: 'voltampreact',
};

const LEVELS = ['enterprise', 'site', 'area', 'line', 'device'] as const;

export function deviceSelector(path: string): string {
  const parts = path.split('/');
  if (parts.length !== 5)
    throw new RangeError(`sensor path ${path}: expected enterprise/site/area/line/device`);
  return LEVELS.map((l, i) => `${l}="${parts[i]}"`).join(',');
}

function panelFor(
  m: DashboardMetric,
  path: string,
): { title: string; expr: string; unit: string; legend: string } {
  const sel = `{${deviceSelector(path)}}`;
  const unit = m.unit ?? '';
  if (m.type === 'counter') {
    const series = m.name.endsWith('_total') ? m.name : `${m.name}_total`;
    const perHour = ENERGY_RATE[unit];
    if (perHour)
      return {
        title: `${m.name.replace(/_(watthours|kilowatthours|varhours)$/, '')} rate`,
        expr: `rate(${series}${sel}[$__rate_interval]) * 3600`,
        unit: perHour,
        legend: '{{phase}}',
      };
    return {
      title: `${m.name} per second`,
      expr: `rate(${series}${sel}[$__rate_interval])`,
      unit: 'ops',
      legend: '__auto',
    };
  }
  return { title: m.name, expr: `${m.name}${sel}`, unit: UNITS[unit] ?? 'short', legend: '__auto' };
}

/** The dashboard JSON for one machine's devices. */
export function grafanaDashboard(
  agentPath: string,
  devices: readonly DashboardDevice[],
  opts: DashboardOptions = {},
): Record<string, unknown> {
  const ds = { type: 'prometheus', uid: '${DS_PROMETHEUS}' };
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  let y = 0;
  for (const d of devices) {
    panels.push({
      id: id++,
      type: 'row',
      title: `${d.path} (${d.kind})`,
      collapsed: false,
      gridPos: { h: 1, w: 24, x: 0, y: y++ },
      panels: [],
    });
    d.metrics.forEach((m, i) => {
      const p = panelFor(m, d.path);
      panels.push({
        id: id++,
        type: 'timeseries',
        title: p.title,
        description: m.help ?? '',
        datasource: ds,
        gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: y + Math.floor(i / 2) * 8 },
        fieldConfig: {
          defaults: { unit: p.unit, custom: { lineWidth: 1, fillOpacity: 0, spanNulls: false } },
          overrides: [],
        },
        options: {
          legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
          tooltip: { mode: 'multi', sort: 'none' },
        },
        targets: [{ refId: 'A', datasource: ds, expr: p.expr, legendFormat: p.legend, range: true }],
      });
    });
    y += Math.ceil(d.metrics.length / 2) * 8;
  }
  const uid = `sp-${agentPath.replace(/[^A-Za-z0-9]+/g, '-')}`.slice(0, 40);
  return {
    __inputs: [
      {
        name: 'DS_PROMETHEUS',
        label: 'sensorpath',
        description: 'The sensorpath Prometheus API (with a reader token of the tenant)',
        type: 'datasource',
        pluginId: 'prometheus',
        pluginName: 'Prometheus',
      },
    ],
    __requires: [{ type: 'datasource', id: 'prometheus', name: 'Prometheus', version: '1.0.0' }],
    uid,
    title: opts.title ?? `sensorpath ${agentPath}`,
    tags: ['sensorpath', ...agentPath.split('/').slice(0, 2)],
    timezone: 'browser',
    schemaVersion: 39,
    version: 1,
    editable: true,
    refresh: '5s',
    time: { from: 'now-1h', to: 'now' },
    templating: {
      list: [
        {
          name: 'DS_PROMETHEUS',
          label: 'Data source',
          type: 'datasource',
          query: 'prometheus',
          hide: 0,
          ...(opts.datasourceUid ? { current: { text: opts.datasourceUid, value: opts.datasourceUid } } : {}),
        },
      ],
    },
    annotations: { list: [] },
    panels,
  };
}

/** Every query of a dashboard with its panel title, for checks (tests evaluate each one). */
export function dashboardQueries(dashboard: Record<string, unknown>): PanelQuery[] {
  const out: PanelQuery[] = [];
  for (const p of dashboard.panels as { title: string; targets?: { expr: string }[] }[])
    for (const t of p.targets ?? []) out.push({ panel: p.title, expr: t.expr });
  return out;
}
