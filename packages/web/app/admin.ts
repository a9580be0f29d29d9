/**
 * Admin: API users of the caller's tenant (operators: all) with create and revoke, and the tenants
 * (from users and agents) with their limits, which operators edit. A new user's token is shown
 * once, right after creation, and never again (only its hash is stored). In open mode the first
 * user ends open mode: the page warns, and when that first user is an admin it keeps the tab
 * signed in with the new token.
 */
import { ApiError, api, type Session, setToken } from './api.ts';
import { h } from './dom.ts';

interface User {
  username: string;
  tenant: string;
  scope: string;
  role: string;
  createdAt: number;
  revokedAt: number | null;
}

export interface CreatedUser extends User {
  token: string;
}

/** Creates a user through the admin API; shared with the onboarding wizard. */
export function createUser(body: {
  tenant: string;
  path: string;
  role: string;
  name?: string;
}): Promise<CreatedUser> {
  return api<CreatedUser>('/api/v1/admin/users', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function tokenBox(u: CreatedUser): HTMLElement {
  return h(
    'div',
    { class: 'secret', id: 'new-token' },
    h('b', {}, `${u.username} (${u.role}, ${u.scope})`),
    h('br'),
    'token (shown only now, copy it): ',
    h('code', { id: 'new-token-value' }, u.token),
  );
}

export function adminView(content: HTMLElement, session: Session | undefined, signal: AbortSignal): void {
  const s = session!;
  const usersBody = h('tbody');
  const created = h('div');
  const msg = h('p', { class: 'error' });
  const tenantDefault = s.tenant === '*' ? 'acme' : s.tenant;
  const tenant = h('input', {
    name: 'tenant',
    value: tenantDefault,
    required: true,
    readonly: s.tenant !== '*',
  });
  const path = h('input', { name: 'path', value: `${tenantDefault}/#`, required: true, size: 30 });
  const role = h(
    'select',
    { name: 'role' },
    ...['reader', 'edge', 'admin'].map((r) => h('option', { value: r }, r)),
  );
  const name = h('input', { name: 'name', placeholder: 'optional' });
  const limits = h('div', { id: 'limits' });
  const form = h(
    'form',
    {
      class: 'inline',
      id: 'create-user',
      onsubmit: (e: Event) => {
        e.preventDefault();
        msg.textContent = '';
        createUser({
          tenant: tenant.value,
          path: path.value,
          role: role.value,
          ...(name.value ? { name: name.value } : {}),
        })
          .then((u) => {
            if (s.open && u.role === 'admin') {
              setToken(u.token);
              window.dispatchEvent(new Event('sensorpath:session'));
            }
            created.replaceChildren(tokenBox(u));
            void load();
          })
          .catch((err: Error) => {
            msg.textContent = err.message;
          });
      },
    },
    h('label', {}, 'Tenant', tenant),
    h('label', {}, 'Sensor path scope', path),
    h('label', {}, 'Role', role),
    h('label', {}, 'Name', name),
    h('button', { type: 'submit' }, 'Create user'),
  );
  content.append(
    h('h2', {}, 'Admin'),
    ...(s.open
      ? [
          h(
            'p',
            { class: 'secret' },
            'Open mode: the first user you create ends open mode (every client must then authenticate, and the server may bind non-loopback addresses). Create an admin first; this tab then signs in with its token.',
          ),
        ]
      : []),
    h('h3', {}, 'API users'),
    form,
    msg,
    created,
    h(
      'table',
      { class: 'grid', id: 'users' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['User', 'Tenant', 'Scope', 'Role', 'Created', 'Status', ''].map((t) => h('th', {}, t)),
        ),
      ),
      usersBody,
    ),
    h('h3', {}, 'Tenant limits'),
    limits,
  );

  async function load(): Promise<void> {
    try {
      const users = await api<User[]>('/api/v1/admin/users');
      usersBody.replaceChildren(
        ...users.map((u) =>
          h(
            'tr',
            { 'data-user': u.username },
            h('td', {}, u.username),
            h('td', {}, u.tenant),
            h('td', { class: 'mono' }, u.scope),
            h('td', {}, u.role),
            h('td', {}, new Date(u.createdAt).toLocaleString()),
            h('td', {}, u.revokedAt ? `revoked ${new Date(u.revokedAt).toLocaleString()}` : 'active'),
            h(
              'td',
              {},
              u.revokedAt
                ? null
                : h(
                    'button',
                    {
                      class: 'revoke',
                      onclick: () => {
                        if (!confirm(`Revoke ${u.username}? Its MQTT sessions are disconnected at once.`))
                          return;
                        api(`/api/v1/admin/users/${encodeURIComponent(u.username)}`, { method: 'DELETE' })
                          .then(load)
                          .catch((err: Error) => {
                            msg.textContent = err.message;
                          });
                      },
                    },
                    'Revoke',
                  ),
            ),
          ),
        ),
      );
      const agents = await api<{ tenant: string }[]>('/api/v1/web/fleet').catch(() => []);
      // Tenants known to the server: of its users and of its agents (an operator sees all).
      const tenants = [
        ...new Set([
          ...(s.tenant === '*' ? [] : [s.tenant]),
          ...users.map((u) => u.tenant),
          ...agents.map((a) => a.tenant),
        ]),
      ]
        .filter((t) => t !== '*')
        .sort();
      const rows = await Promise.all(
        tenants.map(
          async (t) =>
            [t, await api<Record<string, number | undefined>>(`/api/v1/admin/tenants/${t}/limits`)] as const,
        ),
      );
      limits.replaceChildren(
        h(
          'table',
          { class: 'grid', id: 'tenants' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['Tenant', 'Users', 'Agents', 'Max series', 'Samples/s', 'Max payload bytes', ''].map((t) =>
                h('th', {}, t),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map(([t, l]) =>
              limitsRow(
                t,
                l,
                users.filter((u) => u.tenant === t && !u.revokedAt).length,
                agents.filter((a) => a.tenant === t).length,
              ),
            ),
          ),
        ),
        h(
          'p',
          { class: 'muted' },
          s.tenant === '*'
            ? 'Empty: the server default (--limit-*); 0: unlimited. Also: sensorpath tenant limits (docs/tenancy.md).'
            : 'Only operators (tenant *) change limits.',
        ),
      );
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) location.reload();
      msg.textContent = (err as Error).message;
    }
  }
  const LIMIT_KEYS = ['maxSeries', 'maxSamplesPerSecond', 'maxPayloadBytes'] as const;
  function limitsRow(
    t: string,
    l: Record<string, number | undefined>,
    nUsers: number,
    nAgents: number,
  ): HTMLElement {
    const shown = (v: number | undefined) =>
      v === undefined ? 'default' : v === 0 ? 'unlimited' : String(v);
    if (s.tenant !== '*')
      return h(
        'tr',
        { 'data-tenant': t },
        h('td', {}, t),
        h('td', {}, nUsers),
        h('td', {}, nAgents),
        ...LIMIT_KEYS.map((k) => h('td', {}, shown(l[k]))),
        h('td'),
      );
    const inputs = LIMIT_KEYS.map((k) =>
      h('input', {
        name: k,
        type: 'number',
        min: '0',
        size: 10,
        value: l[k] === undefined ? '' : String(l[k]),
        placeholder: 'default',
      }),
    );
    const save = h(
      'button',
      {
        onclick: () => {
          const body: Record<string, number | null> = {};
          LIMIT_KEYS.forEach((k, i) => {
            const v = inputs[i]!.value.trim();
            body[k] = v === '' ? null : Number(v);
          });
          api(`/api/v1/admin/tenants/${encodeURIComponent(t)}/limits`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
            .then(() => {
              save.textContent = 'Saved';
            })
            .catch((err: Error) => {
              msg.textContent = err.message;
            });
        },
      },
      'Save',
    );
    return h(
      'tr',
      { 'data-tenant': t },
      h('td', {}, t),
      h('td', {}, nUsers),
      h('td', {}, nAgents),
      ...inputs.map((i) => h('td', {}, i)),
      h('td', {}, save),
    );
  }
  void load();
  void signal;
}
