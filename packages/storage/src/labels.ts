/**
 * Label sets: the identity of a series. A `Labels` value is an array of name/value pairs sorted
 * by name with unique names; every function here keeps that invariant, and every storage
 * implementation may rely on it. `__name__` holds the metric name, as in Prometheus.
 */

export interface Label {
  readonly name: string;
  readonly value: string;
}

/** Sorted by name, names unique, no empty values (an empty value means "label absent"). */
export type Labels = readonly Label[];

export const METRIC_NAME = '__name__';

/** Builds a sorted label set from a plain record, dropping empty values. */
export function labelsFromRecord(rec: Readonly<Record<string, string>>): Labels {
  const out: Label[] = [];
  for (const name of Object.keys(rec)) {
    const value = rec[name];
    if (value !== undefined && value !== '') out.push({ name, value });
  }
  out.sort(compareNames);
  return out;
}

/** Builds a sorted label set from pairs; a later pair with the same name wins. */
export function labelsFromPairs(pairs: Iterable<readonly [string, string]>): Labels {
  const m = new Map<string, string>();
  for (const [n, v] of pairs) m.set(n, v);
  const out: Label[] = [];
  for (const [name, value] of m) if (value !== '') out.push({ name, value });
  out.sort(compareNames);
  return out;
}

export function labelsToRecord(ls: Labels): Record<string, string> {
  const rec: Record<string, string> = {};
  for (const l of ls) rec[l.name] = l.value;
  return rec;
}

export function getLabel(ls: Labels, name: string): string {
  for (const l of ls) if (l.name === name) return l.value;
  return '';
}

/**
 * A canonical string for a label set, usable as a map key. Names and values are length-prefixed,
 * so no label text (which may contain any character) can make two different sets collide.
 */
export function labelsKey(ls: Labels): string {
  let s = '';
  for (const l of ls) s += l.name.length + ':' + l.name + l.value.length + ':' + l.value;
  return s;
}

export function labelsEqual(a: Labels, b: Labels): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name || x.value !== y.value) return false;
  }
  return true;
}

/** Orders label sets as Prometheus does: pairwise by name, then value; shorter first on a tie. */
export function compareLabels(a: Labels, b: Labels): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name) return x.name < y.name ? -1 : 1;
    if (x.value !== y.value) return x.value < y.value ? -1 : 1;
  }
  return a.length - b.length;
}

/** Returns a new label set with `name` set to `value` (or removed when value is empty). */
export function withLabel(ls: Labels, name: string, value: string): Labels {
  const out = ls.filter((l) => l.name !== name);
  if (value !== '') out.push({ name, value });
  out.sort(compareNames);
  return out;
}

/** Returns a new label set without the given names. */
export function withoutLabels(ls: Labels, names: Iterable<string>): Labels {
  const drop = new Set(names);
  return ls.filter((l) => !drop.has(l.name));
}

/** Renders `name{a="b", ...}` as Prometheus prints series. */
export function formatLabels(ls: Labels): string {
  const name = getLabel(ls, METRIC_NAME);
  const rest = ls
    .filter((l) => l.name !== METRIC_NAME)
    .map((l) => `${l.name}=${JSON.stringify(l.value)}`)
    .join(', ');
  return rest === '' ? name || '{}' : `${name}{${rest}}`;
}

function compareNames(a: Label, b: Label): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
