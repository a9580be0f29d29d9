/**
 * YAML configuration files with positions: parsed with the failsafe schema (every scalar a string,
 * converted by the caller's schema) and a line counter, so every problem found later (by zod or by
 * a semantic check) can be reported at the file, line and column of the offending node.
 */
import { type Document, isCollection, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { FileInvalidError, type FileProblem } from './errors.ts';

export class Locator {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lc: LineCounter,
  ) {}
  /** Line/column of the node at `path` (or of the key when `key` is set), else of its nearest parent. */
  at(path: readonly (string | number)[], key = false): { line: number; column: number } {
    for (let n = path.length; n >= 0; n--) {
      const p = path.slice(0, n);
      let node: unknown;
      if (key && n === path.length && n > 0) {
        const parent = this.doc.getIn(p.slice(0, -1), true);
        if (isCollection(parent)) {
          for (const it of parent.items) {
            if (isPair(it) && isScalar(it.key) && String(it.key.value) === String(p[p.length - 1]))
              node = it.key;
          }
        }
      }
      node ??= p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
      const r = (node as Node | undefined)?.range;
      if (r) {
        const { line, col } = this.lc.linePos(r[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  }
  problem(path: readonly (string | number)[], reason: string, key = false): FileProblem {
    return { file: this.file, ...this.at(path, key), reason };
  }
}

/** Parses YAML text; syntax errors throw FileInvalidError(code) with their positions. */
export function parseYaml(
  text: string,
  file: string,
  code: 'RULES_FILE_INVALID' | 'RULES_EVENTS_CONFIG_INVALID',
): { doc: Document; loc: Locator } {
  const lc = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'failsafe',
    lineCounter: lc,
    uniqueKeys: true,
    prettyErrors: true,
  });
  if (doc.errors.length > 0) {
    throw new FileInvalidError(
      code,
      doc.errors.map((e) => {
        const { line, col } = lc.linePos(e.pos[0]);
        return { file, line, column: col, reason: `YAML: ${e.message.split('\n')[0]}` };
      }),
    );
  }
  return { doc, loc: new Locator(file, doc, lc) };
}

/** Drops empty scalars (`for:` with no value), which Go's decoder leaves as the zero value. */
export function dropEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropEmpty);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== '') out[k] = dropEmpty(x);
    return out;
  }
  return v;
}
