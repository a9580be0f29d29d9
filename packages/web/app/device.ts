/**
 * The device view: live charts of one device's metrics (one chart per metric family, a line per
 * label set such as `phase`), fed by the server's sample stream (`/api/v1/web/live`, server-sent
 * events flushed every 100 ms), the device's context labels from the series API, and its recent
 * events when the rules subsystem runs. Dropped samples (a tab too slow for the stream) are shown,
 * never hidden.
 */
import { ApiError, api, prom, stream } from './api.ts';
import { LiveChart } from './chart.ts';
import { h } from './dom.ts';

const LEVELS = ['enterprise', 'site', 'area', 'line', 'device'] as const;

interface SeriesMsg {
  id: number;
  name: string;
  labels: Record<string, string>;
}

function unitOf(name: string): string {
  const m =
    /_(volts|amperes|watts|voltamperes|var|hertz|ratio|kilowatthours|watthours|celsius|seconds|bytes)(_total)?$/.exec(
      name,
    );
  return m?.[1] ?? '';
}

export async function deviceView(content: HTMLElement, path: string, signal: AbortSignal): Promise<void> {
  const parts = path.split('/');
  // The device's own series: rule output that carries its labels (ALERTS, ALERTS_FOR_STATE) is not a
  // measurement of the device and is shown under Alerts, not charted or mined for context labels.
  const selector = `{${LEVELS.map((l, i) => `${l}="${parts[i] ?? ''}"`).join(',')},__name__!~"ALERTS|ALERTS_FOR_STATE"}`;
  const state = h('span', { class: 'badge', id: 'live-state' }, 'connecting');
  const dropped = h('span', { class: 'muted', id: 'live-dropped' });
  const labelsEl = h('dl', { class: 'labels' });
  const charts = h('div', { class: 'charts' });
  const events = h('ul', { class: 'events' });
  content.append(
    h('h2', {}, h('a', { href: '#/fleet' }, 'Fleet'), ' / ', path, ' ', state, ' ', dropped),
    h(
      'p',
      {},
      h('a', { href: `#/explore?q=${encodeURIComponent(selector)}&tab=graph&range=900` }, 'Open in Explore'),
    ),
    h('h3', {}, 'Context labels'),
    labelsEl,
    h('h3', {}, 'Live'),
    charts,
    h('h3', {}, 'Recent events'),
    events,
  );

  const contextKeys = new Set<string>();
  const context = prom<Record<string, string>[]>('/api/v1/series', {
    'match[]': selector,
    start: String(Date.now() / 1000 - 3600),
  })
    .then((series) => {
      // Context labels: the ones with one value across all the device's series (machine, serial).
      const values = new Map<string, Set<string>>();
      for (const s of series)
        for (const [k, v] of Object.entries(s))
          if (k !== '__name__' && !(LEVELS as readonly string[]).includes(k))
            (values.get(k) ?? values.set(k, new Set()).get(k)!).add(v);
      const ctx = [...values].filter(([, vs]) => vs.size === 1);
      for (const [k] of ctx) contextKeys.add(k);
      labelsEl.replaceChildren(
        ...LEVELS.flatMap((l, i) => [h('dt', {}, l), h('dd', {}, parts[i] ?? '')]),
        ...ctx.flatMap(([k, vs]) => [h('dt', {}, k), h('dd', {}, [...vs].join(', '))]),
      );
    })
    .catch(() => undefined);

  const evParams = new URLSearchParams({ 'match[]': selector, limit: '20' });
  fetchEvents(evParams, events);

  const byMetric = new Map<string, LiveChart>();
  const series = new Map<number, SeriesMsg>();
  const all: LiveChart[] = [];
  signal.addEventListener('abort', () => {
    for (const c of all) c.destroy();
  });
  const chartFor = (name: string): LiveChart => {
    let c = byMetric.get(name);
    if (!c) {
      const el = h('div', { class: 'chart', 'data-metric': name });
      // Voltage first: the chart an operator checks first on a meter.
      if (name.includes('voltage')) charts.prepend(el);
      else charts.append(el);
      c = new LiveChart(el, name, unitOf(name));
      byMetric.set(name, c);
      all.push(c);
    }
    return c;
  };
  const legend = (labels: Record<string, string>) =>
    Object.entries(labels)
      .filter(([k]) => k !== '__name__' && !(LEVELS as readonly string[]).includes(k) && !contextKeys.has(k))
      .map(([k, val]) => `${k}=${val}`)
      .join(',');
  const add = (name: string, labels: Record<string, string>, t: number, v: number) => {
    const label = legend(labels);
    chartFor(name).add(`${name}{${label}}`, label || name, t, v);
  };
  // Context labels first (they are left out of legends), then the last two minutes from the store
  // and the live stream together; a sample in both lands on the same point.
  await context;
  void prom<{ result: { metric: Record<string, string>; values: [number, string][] }[] }>('/api/v1/query', {
    query: `${selector}[2m]`,
  })
    .then((r) => {
      for (const s of r.result)
        for (const [t, v] of s.values)
          add(s.metric.__name__ ?? '', s.metric, Math.round(t * 1000), Number(v));
    })
    .catch(() => undefined);
  try {
    await stream(
      `/api/v1/web/live?path=${encodeURIComponent(path)}`,
      (event, data) => {
        if (event !== 'samples') return;
        const msg = JSON.parse(data) as {
          series: SeriesMsg[];
          samples: [number, number, number | string][];
          dropped: number;
        };
        for (const s of msg.series) series.set(s.id, s);
        for (const [id, t, v] of msg.samples) {
          const s = series.get(id);
          if (s) add(s.name, s.labels, t, Number(v));
        }
        const note = msg.dropped ? `${msg.dropped} samples dropped (tab too slow)` : '';
        // Written on change only: a DOM write per message would cost a style pass ten times a second.
        if (dropped.textContent !== note) dropped.textContent = note;
      },
      signal,
      (up) => {
        state.textContent = up ? 'live' : 'reconnecting';
        state.className = `badge ${up ? 'online' : 'offline'}`;
      },
    );
  } catch (err) {
    if (err instanceof ApiError) content.append(h('p', { class: 'error' }, err.message));
  }
}

function fetchEvents(params: URLSearchParams, list: HTMLElement): void {
  api<{ data: { time: number; type: string; severity?: string; message?: string }[] }>(
    `/api/v1/events?${params}`,
  )
    .then(({ data: evs }) => {
      list.replaceChildren(
        ...(evs.length
          ? evs
              .slice()
              .reverse()
              .map((e) =>
                h(
                  'li',
                  {},
                  h('time', {}, new Date(e.time).toLocaleString()),
                  ' ',
                  h('b', {}, e.type),
                  e.severity ? ` (${e.severity})` : '',
                  e.message ? ` ${e.message}` : '',
                ),
              )
          : [h('li', { class: 'muted' }, 'no events')]),
      );
    })
    .catch((err: Error) => {
      list.replaceChildren(h('li', { class: 'muted' }, `events unavailable: ${err.message}`));
    });
}
