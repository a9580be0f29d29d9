/**
 * Entry of the sensorpath UI: sign-in (automatic in open mode, a Bearer token otherwise), the shell
 * with its navigation, and a hash router (`#/fleet`, `#/device/<path>`, `#/explore?q=…`) so every
 * view has a shareable URL. The fleet view lives here because it is the first paint; the device
 * view and Explore (uPlot, CodeMirror) load as separate chunks when first opened.
 */
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { type Agent, ApiError, api, prom, type Session, setToken, token } from './api.ts';
import { ago, h, pathMatches } from './dom.ts';

let session: Session | undefined;
/** Aborted when the route changes: views stop their timers and streams with it. */
let viewAbort = new AbortController();

const root = document.getElementById('app')!;

async function signIn(): Promise<void> {
  try {
    session = await api<Session>('/api/v1/web/session');
    route();
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return showSignIn(err.message);
    showSignIn(`cannot reach the server: ${(err as Error).message}`);
  }
}

function showSignIn(message?: string): void {
  viewAbort.abort();
  const input = h('input', {
    type: 'password',
    id: 'token',
    placeholder: 'spt_…',
    autocomplete: 'off',
    'aria-label': 'API token',
  });
  const form = h(
    'form',
    {
      class: 'signin',
      onsubmit: (e: Event) => {
        e.preventDefault();
        setToken(input.value.trim() || null);
        void signIn();
      },
    },
    h('h1', {}, 'sensorpath'),
    h('p', {}, 'Sign in with the token of an API user (sensorpath user create … --role reader).'),
    input,
    h('button', { type: 'submit' }, 'Sign in'),
    message && token() ? h('p', { class: 'error' }, message) : null,
  );
  root.replaceChildren(form);
  input.focus();
}

function shell(active: string, content: HTMLElement): void {
  const s = session!;
  const nav = h(
    'nav',
    {},
    h('span', { class: 'brand' }, 'sensorpath'),
    ...[
      ['fleet', 'Fleet'],
      ['explore', 'Explore'],
      ['alerts', 'Alerts & events'],
      ...(s.role === 'admin'
        ? [
            ['onboard', 'Onboard'],
            ['admin', 'Admin'],
          ]
        : []),
    ].map(([id, label]) => h('a', { href: `#/${id}`, class: active === id ? 'active' : '' }, label!)),
    h(
      'span',
      { class: 'who' },
      s.open
        ? 'open mode (loopback)'
        : `${s.username} · ${s.tenant === '*' ? 'all tenants' : s.tenant} · ${s.role}`,
    ),
    s.open
      ? null
      : h(
          'button',
          {
            class: 'link',
            onclick: () => {
              setToken(null);
              session = undefined;
              showSignIn();
            },
          },
          'Sign out',
        ),
  );
  const old = root.querySelector(':scope > main');
  // Keep the view when only the navigation changes (the session was refreshed).
  root.replaceChildren(nav, old && old.firstChild === content ? old : h('main', {}, content));
}

/**
 * A view changed who this tab is (the Admin view created the first admin in open mode and kept its
 * token): the session is read again and the navigation redrawn, the view stays as it is (it may be
 * showing a token that is never shown again).
 */
window.addEventListener('sensorpath:session', () => {
  void api<Session>('/api/v1/web/session').then((s) => {
    session = s;
    const active = root.querySelector('nav a.active')?.getAttribute('href')?.slice(2) ?? 'fleet';
    const content = root.querySelector(':scope > main')?.firstChild;
    if (content instanceof HTMLElement) shell(active, content);
  });
});

export function route(): void {
  if (!session) return;
  viewAbort.abort();
  viewAbort = new AbortController();
  const signal = viewAbort.signal;
  const hash = location.hash.replace(/^#\/?/, '');
  const [view = 'fleet', ...rest] = hash.split('?')[0]!.split('/');
  const params = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  const content = h('section', { class: `view view-${view}` });
  if (view === 'device') {
    shell('fleet', content);
    const path = rest.map(decodeURIComponent).join('/');
    void import('./device.ts').then((m) => m.deviceView(content, path, signal)).catch(fail(content));
  } else if (view === 'alerts') {
    shell('alerts', content);
    void import('./alerts.ts').then((m) => m.alertsView(content, signal)).catch(fail(content));
  } else if (view === 'onboard') {
    shell('onboard', content);
    void import('./onboard.ts').then((m) => m.onboardView(content, session, signal)).catch(fail(content));
  } else if (view === 'admin') {
    shell('admin', content);
    void import('./admin.ts').then((m) => m.adminView(content, session, signal)).catch(fail(content));
  } else if (view === 'explore') {
    shell('explore', content);
    void import('./explore.ts').then((m) => m.exploreView(content, params, signal)).catch(fail(content));
  } else {
    shell('fleet', content);
    fleetView(content, params, signal);
  }
}

function fail(content: HTMLElement) {
  return (err: Error) => {
    if (err instanceof ApiError && err.status === 401) return showSignIn(err.message);
    content.append(h('p', { class: 'error' }, err.message));
  };
}

function fleetView(content: HTMLElement, params: URLSearchParams, signal: AbortSignal): void {
  const filter = h('input', {
    type: 'search',
    id: 'fleet-filter',
    placeholder: 'filter by sensor path: acme/berlin/# or line1',
    value: params.get('filter') ?? '',
  });
  const body = h('tbody');
  const status = h('p', { class: 'muted' });
  let agents: Agent[] = [];
  const render = () => {
    const f = filter.value;
    const rows = agents.filter((a) => pathMatches(f, a.path) || a.devices.some((d) => pathMatches(f, d)));
    body.replaceChildren(
      ...rows.map((a) =>
        h(
          'tr',
          { 'data-path': a.path, 'data-state': a.state },
          h('td', {}, h('span', { class: `badge ${a.state}` }, a.state)),
          h('td', {}, a.path),
          h(
            'td',
            {},
            ...a.devices.map((d) => {
              const st = health.get(d);
              return h(
                'a',
                {
                  href: `#/device/${d}`,
                  class: `device-link ${st?.up === 0 ? 'down' : ''}`,
                  title: st
                    ? `${st.up === 1 ? 'answering' : 'not answering'} its agent; ${st.errors} poll errors`
                    : '',
                },
                d.split('/').pop()!,
                st?.errors ? ` (${st.errors} poll errors)` : '',
              );
            }),
          ),
          h('td', { title: a.lastSeen ? new Date(a.lastSeen).toISOString() : '' }, ago(a.lastSeen)),
          h('td', {}, a.version || '–'),
          h(
            'td',
            {},
            String(a.configRevision),
            a.desiredRevision !== null && a.desiredRevision !== a.configRevision
              ? ` → ${a.desiredRevision}`
              : '',
          ),
          h(
            'td',
            { class: a.configError || a.badMessages ? 'error' : '' },
            a.configError ? `config r${a.configError.revision}: ${a.configError.message}; ` : '',
            `${a.badMessages} refused`,
          ),
        ),
      ),
    );
    status.textContent = `${rows.length} of ${agents.length} agents · updated ${new Date().toLocaleTimeString()}`;
  };
  filter.addEventListener('input', () => {
    history.replaceState(
      null,
      '',
      filter.value ? `#/fleet?filter=${encodeURIComponent(filter.value)}` : '#/fleet',
    );
    render();
  });
  content.append(
    h('h2', {}, 'Fleet'),
    filter,
    h(
      'table',
      { class: 'grid', id: 'fleet' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['State', 'Agent path', 'Devices', 'Last seen', 'Version', 'Config rev', 'Errors'].map((t) =>
            h('th', {}, t),
          ),
        ),
      ),
      body,
    ),
    status,
  );
  /** Per device: the agent's view (sensorpath_device_up) and its poll errors, from PromQL. */
  const health = new Map<string, { up: number; errors: number }>();
  const devicePathOf = (m: Record<string, string>) =>
    ['enterprise', 'site', 'area', 'line', 'device'].map((l) => m[l] ?? '').join('/');
  const loadHealth = async () => {
    const [up, errors] = await Promise.all(
      ['sensorpath_device_up', 'sensorpath_device_poll_errors_total'].map((q) =>
        prom<{ result: { metric: Record<string, string>; value: [number, string] }[] }>('/api/v1/query', {
          query: q,
        }).catch(() => ({ result: [] })),
      ),
    );
    health.clear();
    for (const s of up!.result) health.set(devicePathOf(s.metric), { up: Number(s.value[1]), errors: 0 });
    for (const s of errors!.result) {
      const e = health.get(devicePathOf(s.metric)) ?? { up: 1, errors: 0 };
      e.errors = Number(s.value[1]);
      health.set(devicePathOf(s.metric), e);
    }
  };
  // The agents paint as soon as they arrive (first paint); the devices' health colours them when
  // its two queries answer.
  const load = async () => {
    try {
      await Promise.all([
        api<Agent[]>('/api/v1/web/fleet').then((a) => {
          agents = a;
          render();
        }),
        loadHealth().then(render),
      ]);
    } catch (err) {
      fail(content)(err as Error);
    }
  };
  void load();
  const timer = setInterval(load, 2000);
  signal.addEventListener('abort', () => clearInterval(timer));
}

window.addEventListener('hashchange', route);
void signIn();
