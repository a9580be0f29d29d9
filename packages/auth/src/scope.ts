/**
 * Sensor-path scopes. A user's scope is an MQTT topic filter over the sensor-path topic tree
 * (`acme/berlin/#`, `acme/+/+/+/meter1/#`); it grants the topics the filter matches, with MQTT 3.1.1
 * wildcard semantics (`+` one level, `#` the rest including the parent level, `$`-topics never
 * matched by a leading wildcard). Matching is level by level, never by string prefix, so
 * `acme/berlin2/…` is outside `acme/berlin/#`. A subscription is allowed only when every topic it
 * could match lies inside the scope (filter containment), which refuses `#`, `+/…` and `$SYS/#`.
 * The same scope, read as label constraints, narrows queries and checks pushed series.
 */
import { SENSOR_PATH_LEVELS } from '@sensorpath/protocol';
import { AuthError } from './errors.ts';

/** What a sensor-path segment may hold (mirrors the protocol's rule). */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const TENANT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** The tenant value of operators: users who may act on every tenant. */
export const ALL_TENANTS = '*';

export function isValidTenant(t: string): boolean {
  return TENANT.test(t);
}

/**
 * Validates and normalises a scope for a tenant. A filter without a trailing `#` is taken as a
 * prefix and gets `/#` appended (a sensor path names a subtree). The first level must be the
 * tenant itself (operators, tenant `*`, may use any filter).
 */
export function parseScope(tenant: string, path: string): string {
  if (tenant !== ALL_TENANTS && !isValidTenant(tenant))
    throw new AuthError(
      'AUTH_BAD_SCOPE',
      `tenant ${JSON.stringify(tenant)} is invalid: use 1-64 letters, digits, "_", "." or "-", starting with a letter or digit`,
    );
  let p = path.trim();
  if (p === '')
    throw new AuthError('AUTH_BAD_SCOPE', 'the sensor path scope is empty: give e.g. acme/berlin/#');
  const levels = p.split('/');
  levels.forEach((l, i) => {
    if (l === '#' && i !== levels.length - 1)
      throw new AuthError(
        'AUTH_BAD_SCOPE',
        `scope ${JSON.stringify(path)}: "#" is allowed only as the last level`,
      );
    if (l !== '#' && l !== '+' && !SEGMENT.test(l))
      throw new AuthError(
        'AUTH_BAD_SCOPE',
        `scope ${JSON.stringify(path)}: level ${i + 1} ${JSON.stringify(l)} is invalid; use sensor-path segments, "+" or a final "#"`,
      );
  });
  if (levels[levels.length - 1] !== '#') {
    levels.push('#');
    p = levels.join('/');
  }
  if (tenant !== ALL_TENANTS && levels[0] !== tenant)
    throw new AuthError(
      'AUTH_BAD_SCOPE',
      `scope ${JSON.stringify(path)} lies outside tenant ${JSON.stringify(tenant)}: it must start with "${tenant}/", e.g. ${tenant}/berlin/#`,
    );
  return p;
}

/** MQTT 3.1.1 §4.7: does topic filter `filter` match topic name `topic`? */
export function topicMatches(filter: string, topic: string): boolean {
  if (topic.startsWith('$') && (filter.startsWith('+') || filter.startsWith('#'))) return false;
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    const fl = f[i]!;
    if (fl === '#') return true; // also matches the parent level (i === t.length)
    if (i >= t.length) return false;
    if (fl !== '+' && fl !== t[i]) return false;
  }
  return f.length === t.length;
}

/**
 * Is every topic matched by `filter` also matched by `scope`? Both are valid topic filters. A
 * filter starting with `$` is never within a scope that does not name `$` literally.
 */
export function filterWithin(scope: string, filter: string): boolean {
  if (filter.startsWith('$') && !scope.startsWith('$')) return false;
  const s = scope.split('/');
  const f = filter.split('/');
  for (let i = 0; i < s.length; i++) {
    const sl = s[i]!;
    if (sl === '#') return true;
    const fl = f[i];
    if (fl === undefined) return false; // filter is shorter: it matches a topic the scope does not
    if (fl === '#') return false; // filter matches deeper and shallower topics than the scope level
    if (sl === '+') continue; // any literal or "+" fits
    if (fl !== sl) return false; // "+" against a literal, or another literal
  }
  return f.length === s.length;
}

/**
 * The scope as label constraints on the sensor-path labels: each literal level among the first
 * five gives `level=value`. `acme/berlin/#` → enterprise=acme, site=berlin.
 */
export function scopeLabels(scope: string): [string, string][] {
  const out: [string, string][] = [];
  const levels = scope.split('/');
  for (let i = 0; i < SENSOR_PATH_LEVELS.length; i++) {
    const l = levels[i];
    if (l === undefined || l === '#') break;
    if (l !== '+') out.push([SENSOR_PATH_LEVELS[i]!, l]);
  }
  return out;
}
