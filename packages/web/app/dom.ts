/**
 * The few DOM helpers the views share: `h` builds an element from a tag, attributes and children
 * (strings become text nodes, so nothing from the server is ever parsed as HTML), plus formatting of
 * ages and numbers for tables.
 */

type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | ((e: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') e.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') e.className = String(v);
    else if (k === 'value' && 'value' in e) (e as HTMLInputElement).value = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

export function ago(ms: number | null): string {
  if (ms === null) return 'never';
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}

export function num(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(3);
  return String(Math.round(v * 1000) / 1000);
}

/** MQTT-style filter (`acme/+/assembly/#`) or a plain substring, matched against a sensor path. */
export function pathMatches(filter: string, path: string): boolean {
  const f = filter.trim();
  if (!f) return true;
  if (!f.includes('+') && !f.includes('#')) return path.includes(f);
  const fs = f.split('/');
  const ps = path.split('/');
  for (let i = 0; i < fs.length; i++) {
    if (fs[i] === '#') return true;
    if (i >= ps.length || (fs[i] !== '+' && fs[i] !== ps[i])) return false;
  }
  return fs.length === ps.length;
}
