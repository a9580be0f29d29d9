/**
 * Explore: a PromQL editor (CodeMirror with `@prometheus-io/codemirror-promql`: highlighting,
 * linting, and completion of metric names, labels and values from our own `/api/v1/*`), run as an
 * instant query (table) or a range query (chart). The query, tab, range and end time live in the
 * URL hash, so a link reproduces the view. Ctrl+Enter or the button runs it.
 */

import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { history as cmHistory, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { PromQLExtension } from '@prometheus-io/codemirror-promql';
import { headers, prom } from './api.ts';
import { staticChart } from './chart.ts';
import { h, num } from './dom.ts';

type Metric = Record<string, string>;
type Result =
  | { resultType: 'vector'; result: { metric: Metric; value: [number, string] }[] }
  | { resultType: 'matrix'; result: { metric: Metric; values: [number, string][] }[] }
  | { resultType: 'scalar' | 'string'; result: [number, string] };

const RANGES: [string, number][] = [
  ['5m', 300],
  ['15m', 900],
  ['1h', 3600],
  ['6h', 21600],
  ['1d', 86400],
];

export function seriesName(m: Metric): string {
  const name = m.__name__ ?? '';
  const rest = Object.entries(m)
    .filter(([k]) => k !== '__name__')
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ');
  return rest ? `${name}{${rest}}` : name || '{}';
}

export function exploreView(content: HTMLElement, params: URLSearchParams, signal: AbortSignal): void {
  let tab = params.get('tab') === 'graph' ? 'graph' : 'table';
  let range = Number(params.get('range')) || 3600;
  const promql = new PromQLExtension().setComplete({
    remote: { url: location.origin, requestHeaders: new Headers(headers()), httpMethod: 'GET' },
  });
  const run = () => {
    void execute();
    return true;
  };
  const view = new EditorView({
    parent: h('div'),
    state: EditorState.create({
      doc: params.get('q') ?? '',
      extensions: [
        cmHistory(),
        bracketMatching(),
        closeBrackets(),
        autocompletion(),
        syntaxHighlighting(defaultHighlightStyle),
        placeholder('Expression (press Ctrl+Enter to run), e.g. meter_voltage_volts'),
        Prec.highest(
          keymap.of([
            { key: 'Mod-Enter', run },
            { key: 'Shift-Enter', run },
          ]),
        ),
        keymap.of([...defaultKeymap, ...historyKeymap, ...completionKeymap]),
        promql.asExtension(),
        EditorView.lineWrapping,
      ],
    }),
  });
  view.dom.id = 'promql-editor';
  const tabs = h('div', { class: 'tabs' });
  const rangeSel = h(
    'select',
    {
      id: 'range',
      onchange: () => {
        range = Number(rangeSel.value);
        run();
      },
    },
    ...RANGES.map(([label, s]) => h('option', { value: String(s), selected: s === range }, label)),
  );
  const out = h('div', { class: 'result', id: 'result' });
  const info = h('p', { class: 'muted', id: 'result-info' });
  const renderTabs = () =>
    tabs.replaceChildren(
      ...(['table', 'graph'] as const).map((t) =>
        h(
          'button',
          {
            class: t === tab ? 'tab active' : 'tab',
            onclick: () => {
              tab = t;
              renderTabs();
              run();
            },
          },
          t === 'table' ? 'Table' : 'Graph',
        ),
      ),
      ...(tab === 'graph' ? [rangeSel] : []),
    );
  renderTabs();
  content.append(
    h('h2', {}, 'Explore'),
    h('div', { class: 'editor-row' }, view.dom, h('button', { id: 'run', onclick: run }, 'Execute')),
    tabs,
    info,
    out,
  );
  signal.addEventListener('abort', () => view.destroy());

  let chart: { destroy(): void } | undefined;
  async function execute(): Promise<void> {
    const q = view.state.doc.toString().trim();
    history.replaceState(
      null,
      '',
      `#/explore?${new URLSearchParams({ q, tab, ...(tab === 'graph' ? { range: String(range) } : {}) })}`,
    );
    if (!q) return;
    chart?.destroy();
    chart = undefined;
    out.replaceChildren();
    info.textContent = 'running…';
    const started = performance.now();
    try {
      const end = Date.now() / 1000;
      if (tab === 'table') {
        const r = await prom<Result>('/api/v1/query', { query: q, time: String(end) });
        renderTable(out, r);
        info.textContent = `${r.resultType} · ${Array.isArray(r.result) && r.resultType !== 'scalar' && r.resultType !== 'string' ? r.result.length : 1} result(s) · ${Math.round(performance.now() - started)} ms`;
      } else {
        // Start and end on multiples of the step (as Grafana does), so each result timestamp is
        // start + k * step exactly and the columns line up.
        const step = Math.max(1, Math.round(range / 250));
        const start = Math.floor((end - range) / step) * step;
        const last = Math.floor(end / step) * step;
        const r = await prom<Result>('/api/v1/query_range', {
          query: q,
          start: String(start),
          end: String(last),
          step: String(step),
        });
        if (r.resultType !== 'matrix') throw new Error(`expected a range vector, got ${r.resultType}`);
        const times: number[] = [];
        for (let t = start; t <= last; t += step) times.push(t);
        let points = 0;
        const cols = r.result.map((s) => {
          const col: (number | null)[] = times.map(() => null);
          for (const [t, v] of s.values) {
            const i = Math.round((t - start) / step);
            if (i >= 0 && i < col.length) {
              col[i] = Number(v);
              points++;
            }
          }
          return col;
        });
        const el = h('div', { class: 'chart', id: 'explore-chart' });
        out.append(el);
        chart = staticChart(
          el,
          q,
          r.result.map((s) => seriesName(s.metric)),
          [times, ...cols],
        );
        el.dataset.series = String(r.result.length);
        el.dataset.points = String(points);
        info.textContent = `matrix · ${r.result.length} series · step ${step}s · ${Math.round(performance.now() - started)} ms`;
      }
    } catch (err) {
      info.textContent = '';
      out.replaceChildren(h('p', { class: 'error' }, (err as Error).message));
    }
  }
  if (params.get('q')) run();
}

function renderTable(out: HTMLElement, r: Result): void {
  const rows: [string, string][] = [];
  if (r.resultType === 'vector')
    for (const s of r.result) rows.push([seriesName(s.metric), num(Number(s.value[1]))]);
  else if (r.resultType === 'matrix')
    for (const s of r.result)
      rows.push([seriesName(s.metric), s.values.map(([t, v]) => `${v} @${t}`).join('\n')]);
  else rows.push([r.resultType, r.result[1]]);
  out.append(
    h(
      'table',
      { class: 'grid', id: 'result-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Series'), h('th', {}, 'Value'))),
      h(
        'tbody',
        {},
        ...(rows.length ? rows : [['no data', '']]).map(([a, b]) =>
          h('tr', {}, h('td', {}, a), h('td', {}, b)),
        ),
      ),
    ),
  );
}
