/**
 * The inverted series index: for every label name and value, the sorted list of series ids that
 * carry it (a postings list), and the evaluation of Prometheus matchers over those lists. The head
 * and every block hold one. A matcher that does not match the empty string selects the union of
 * the postings of the values it matches; one that does match "" (e.g. `phase!="L1"`, `x=""`,
 * `x=~".*"`) also selects series without the label, so it is applied by subtracting the values it
 * rejects, as Prometheus' `PostingsForMatchers` does.
 */
import type { Labels, Matcher } from '@sensorpath/storage';

export class MemPostings {
  /** name → value → ascending series ids. */
  readonly byName = new Map<string, Map<string, number[]>>();
  /** Every id, ascending. */
  readonly all: number[] = [];

  /** Ids must be added in ascending order. */
  add(id: number, labels: Labels): void {
    this.all.push(id);
    for (const l of labels) {
      let values = this.byName.get(l.name);
      if (values === undefined) {
        values = new Map();
        this.byName.set(l.name, values);
      }
      const list = values.get(l.value);
      if (list === undefined) values.set(l.value, [id]);
      else list.push(id);
    }
  }
}

/**
 * Ids selected by all matchers, ascending, restricted to ids < `limit` (a snapshot bound: ids at or
 * above it were created after the reader's snapshot).
 */
export function postingsForMatchers(ix: MemPostings, matchers: readonly Matcher[], limit: number): number[] {
  let result: number[] | undefined;
  const subtract: number[][] = [];
  for (const m of matchers) {
    const values = ix.byName.get(m.name);
    if (m.matches('')) {
      // Selects series without the label too: subtract those whose value is rejected.
      if (values === undefined) continue;
      for (const [v, ids] of values) if (!m.matches(v)) subtract.push(ids);
      continue;
    }
    if (values === undefined) return [];
    let sel: number[];
    if (m.type === '=') {
      sel = values.get(m.value) ?? [];
    } else {
      const lists: number[][] = [];
      for (const [v, ids] of values) if (m.matches(v)) lists.push(ids);
      sel = union(lists);
    }
    result = result === undefined ? sel : intersect(result, sel);
    if (result.length === 0) return [];
  }
  let out = result ?? ix.all;
  if (subtract.length > 0) {
    const drop = new Set<number>();
    for (const ids of subtract) for (const id of ids) drop.add(id);
    out = out.filter((id) => !drop.has(id));
  }
  // Trim to the snapshot bound (lists are ascending).
  let hi = out.length;
  while (hi > 0 && out[hi - 1]! >= limit) hi--;
  return hi === out.length && out !== ix.all ? out : out.slice(0, hi);
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

function union(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!;
  const all: number[] = [];
  for (const l of lists) for (const id of l) all.push(id);
  all.sort((a, b) => a - b);
  const out: number[] = [];
  for (const id of all) if (out.length === 0 || out[out.length - 1] !== id) out.push(id);
  return out;
}
