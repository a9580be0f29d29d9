/**
 * Alerts and events: firing and pending alerts (`/api/v1/alerts`), rule groups with each rule's
 * health and last error (`/api/v1/rules`), and an events timeline (`/api/v1/events`, newest first)
 * that grows live from `/api/v1/events/stream`. All of it comes from the rules subsystem; without
 * it (no `--rules`/`--events`) the view says so instead of showing empty tables.
 */
import { ApiError, api, stream } from './api.ts';
import { h, num } from './dom.ts';

interface Alert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: string;
  activeAt?: string;
  value?: string;
}
interface Rule {
  name: string;
  type: string;
  query: string;
  health: string;
  lastError?: string;
  state?: string;
  lastEvaluation?: string;
}
interface Group {
  name: string;
  file: string;
  interval: number;
  rules: Rule[];
}
interface SensorEvent {
  seq: number;
  time: number;
  tenant: string;
  labels: Record<string, string>;
  type: string;
  severity: string;
  message: string;
  source: string;
}

const pathOf = (l: Record<string, string>) =>
  ['enterprise', 'site', 'area', 'line', 'device'].map((k) => l[k] ?? '').join('/');

export function alertsView(content: HTMLElement, signal: AbortSignal): void {
  const alertsBody = h('tbody');
  const groupsEl = h('div', { id: 'rule-groups' });
  const timeline = h('ol', { class: 'events timeline', id: 'events' });
  const note = h('p', { class: 'muted' });
  content.append(
    h('h2', {}, 'Alerts and events'),
    note,
    h('h3', {}, 'Active alerts'),
    h(
      'table',
      { class: 'grid', id: 'alerts' },
      h(
        'thead',
        {},
        h('tr', {}, ...['State', 'Alert', 'Labels', 'Since', 'Value', 'Summary'].map((t) => h('th', {}, t))),
      ),
      alertsBody,
    ),
    h('h3', {}, 'Rule groups'),
    groupsEl,
    h('h3', {}, 'Events'),
    timeline,
  );
  const unavailable = (err: unknown) => {
    if (err instanceof ApiError && (err.status === 404 || err.status === 400))
      note.textContent =
        'The rules subsystem is not running on this server (start it with --rules and/or --events, docs/rules.md).';
    else note.textContent = (err as Error).message;
  };
  const load = async () => {
    try {
      const [alerts, rules] = await Promise.all([
        api<{ data: { alerts: Alert[] } }>('/api/v1/alerts'),
        api<{ data: { groups: Group[] } }>('/api/v1/rules'),
      ]);
      alertsBody.replaceChildren(
        ...(alerts.data.alerts.length
          ? alerts.data.alerts.map((a) =>
              h(
                'tr',
                { 'data-state': a.state },
                h('td', {}, h('span', { class: `badge ${a.state === 'firing' ? 'offline' : ''}` }, a.state)),
                h('td', {}, a.labels.alertname ?? ''),
                h(
                  'td',
                  {},
                  Object.entries(a.labels)
                    .filter(([k]) => k !== 'alertname')
                    .map(([k, v]) => `${k}=${v}`)
                    .join(' '),
                ),
                h('td', {}, a.activeAt ? new Date(a.activeAt).toLocaleString() : ''),
                h('td', {}, a.value === undefined ? '' : num(Number(a.value))),
                h('td', {}, a.annotations.summary ?? a.annotations.description ?? ''),
              ),
            )
          : [h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'no active alerts'))]),
      );
      groupsEl.replaceChildren(
        ...rules.data.groups.map((g) =>
          h(
            'details',
            { open: true, class: 'group' },
            h('summary', {}, `${g.name} `, h('span', { class: 'muted' }, `${g.file} · every ${g.interval}s`)),
            h(
              'table',
              { class: 'grid' },
              h(
                'tbody',
                {},
                ...g.rules.map((r) =>
                  h(
                    'tr',
                    {},
                    h(
                      'td',
                      {},
                      h(
                        'span',
                        {
                          class: `badge ${r.health === 'ok' ? 'online' : r.health === 'err' ? 'offline' : ''}`,
                        },
                        r.health,
                      ),
                    ),
                    h('td', {}, `${r.type === 'alerting' ? 'alert' : 'record'}: ${r.name}`),
                    h('td', { class: 'mono' }, r.query),
                    h('td', { class: r.lastError ? 'error' : 'muted' }, r.lastError || (r.state ?? '')),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
      if (!rules.data.groups.length)
        groupsEl.replaceChildren(h('p', { class: 'muted' }, 'no rule groups loaded'));
    } catch (err) {
      unavailable(err);
    }
  };
  const eventItem = (e: SensorEvent) =>
    h(
      'li',
      { class: `sev-${e.severity}` },
      h('time', {}, new Date(e.time).toLocaleString()),
      ' ',
      h('span', { class: 'badge' }, e.severity),
      ' ',
      h('b', {}, e.type),
      ' ',
      h('a', { href: `#/device/${pathOf(e.labels)}` }, pathOf(e.labels)),
      ` ${e.message}`,
      h('span', { class: 'muted' }, ` (${e.source})`),
    );
  void load();
  void api<{ data: SensorEvent[] }>('/api/v1/events?limit=200')
    .then(({ data }) => {
      timeline.replaceChildren(...data.slice().reverse().map(eventItem));
      if (!data.length) timeline.append(h('li', { class: 'muted empty' }, 'no events yet'));
      return stream(
        '/api/v1/events/stream',
        (event, payload) => {
          if (event !== 'sensor_event') return;
          timeline.querySelector('.empty')?.remove();
          timeline.prepend(eventItem(JSON.parse(payload) as SensorEvent));
          while (timeline.children.length > 500) timeline.lastElementChild?.remove();
        },
        signal,
      );
    })
    .catch(unavailable);
  const timer = setInterval(load, 5000);
  signal.addEventListener('abort', () => clearInterval(timer));
}
