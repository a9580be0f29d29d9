/**
 * A small XPath subset over XML parsed by fast-xml-parser, enough to map PLC values: absolute steps
 * (`/plc/var`), descendant steps (`//var`), `*`, predicates by attribute (`[@name="T1"]`), by child
 * text (`[name="T1"]`) and by 1-based position (`[2]`), ending in an element (its text), `@attr` or
 * `text()`. Evaluation returns the string values of all matches in document order. Relative paths
 * (`value`, `@name`, `.`) are evaluated from a context element, so one expression can select many
 * elements and each yields a value and labels. Anything outside the subset is refused when the
 * expression is compiled, with the part that was not understood.
 */
/** An element as parsed: child elements as arrays under their names, `@_x` attributes, `#text`. */
export type XmlElement = { [key: string]: XmlElement[] | string | undefined };

type Predicate =
  | { kind: 'attr'; name: string; value: string }
  | { kind: 'child'; name: string; value: string }
  | { kind: 'index'; index: number };

interface Step {
  descendant: boolean;
  name: string;
  predicates: Predicate[];
}

export interface CompiledPath {
  source: string;
  steps: Step[];
  /** What the last step selects from the matched elements. */
  select: { kind: 'text' } | { kind: 'attr'; name: string };
}

export class XPathError extends Error {
  readonly code = 'XPATH_INVALID';
}

const NAME = /^[A-Za-z_][\w.-]*$|^\*$/;

function parsePredicate(text: string, source: string): Predicate {
  const t = text.trim();
  if (/^\d+$/.test(t)) return { kind: 'index', index: Number(t) };
  const m = /^(@?)([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')$/.exec(t);
  if (!m) throw new XPathError(`${source}: predicate [${text}] is not [@attr="v"], [child="v"] or [n]`);
  return { kind: m[1] ? 'attr' : 'child', name: m[2]!, value: m[3] ?? m[4] ?? '' };
}

/**
 * Compiles an absolute path (`/…`, `//…`), or with `relative` a path evaluated from a context
 * element: `value`, `a/b[@x="1"]`, `@name`, `.` or `text()` (the context's own text).
 */
export function compileXPath(source: string, relative = false): CompiledPath {
  if (relative) {
    if (source === '.' || source === 'text()') return { source, steps: [], select: { kind: 'text' } };
    if (/^@[A-Za-z_][\w.-]*$/.test(source))
      return { source, steps: [], select: { kind: 'attr', name: source.slice(1) } };
    if (source.startsWith('/')) throw new XPathError(`${source}: a relative path must not start with /`);
    const c = compileXPath(`/${source}`);
    return { ...c, source };
  }
  if (!source.startsWith('/')) throw new XPathError(`${source}: start the path with / or //`);
  const steps: Step[] = [];
  let select: CompiledPath['select'] = { kind: 'text' };
  let i = 0;
  while (i < source.length) {
    let descendant = false;
    if (source.startsWith('//', i)) {
      descendant = true;
      i += 2;
    } else if (source[i] === '/') i++;
    let j = i;
    let depth = 0;
    let quote = '';
    for (; j < source.length; j++) {
      const ch = source[j]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '[') depth++;
      else if (ch === ']') depth--;
      else if (ch === '/' && depth === 0) break;
    }
    const text = source.slice(i, j);
    i = j;
    const last = i >= source.length;
    if (last && text.startsWith('@')) {
      select = { kind: 'attr', name: text.slice(1) };
      break;
    }
    if (last && text === 'text()') break;
    const b = text.indexOf('[');
    const name = b < 0 ? text : text.slice(0, b);
    if (!NAME.test(name))
      throw new XPathError(`${source}: step "${text}" is not an element name, * or @attr`);
    const predicates: Predicate[] = [];
    let rest = b < 0 ? '' : text.slice(b);
    while (rest) {
      const m = /^\[((?:[^\]"']|"[^"]*"|'[^']*')*)\]/.exec(rest);
      if (!m) throw new XPathError(`${source}: cannot read the predicate in "${text}"`);
      predicates.push(parsePredicate(m[1]!, source));
      rest = rest.slice(m[0].length);
    }
    steps.push({ descendant, name, predicates });
  }
  if (steps.length === 0) throw new XPathError(`${source}: the path selects no element`);
  return { source, steps, select };
}

/** The elements an absolute path (without a final `@attr`/`text()`) selects, for `each`. */
export function selectElements(doc: XmlElement, path: CompiledPath): XmlElement[] {
  return walk(doc, path);
}

function childElements(el: XmlElement, name: string): XmlElement[] {
  if (name !== '*') {
    const v = el[name];
    return Array.isArray(v) ? v : [];
  }
  const out: XmlElement[] = [];
  for (const [k, v] of Object.entries(el))
    if (!k.startsWith('@_') && k !== '#text' && Array.isArray(v)) out.push(...v);
  return out;
}

function descendants(el: XmlElement, name: string, out: XmlElement[]): void {
  for (const [k, v] of Object.entries(el)) {
    if (k.startsWith('@_') || k === '#text' || !Array.isArray(v)) continue;
    for (const c of v) {
      if (name === '*' || k === name) out.push(c);
      descendants(c, name, out);
    }
  }
}

const text = (el: XmlElement): string => (typeof el['#text'] === 'string' ? el['#text'] : '').trim();

function matches(el: XmlElement, p: Predicate): boolean {
  if (p.kind === 'attr') return el[`@_${p.name}`] === p.value;
  if (p.kind === 'child') return childElements(el, p.name).some((c) => text(c) === p.value);
  return true;
}

function walk(doc: XmlElement, path: CompiledPath): XmlElement[] {
  let current: XmlElement[] = [doc];
  for (const step of path.steps) {
    const next: XmlElement[] = [];
    for (const el of current) {
      let found: XmlElement[];
      if (step.descendant) {
        found = [];
        descendants(el, step.name, found);
      } else found = childElements(el, step.name);
      for (const p of step.predicates) {
        if (p.kind === 'index') found = found[p.index - 1] ? [found[p.index - 1]!] : [];
        else found = found.filter((f) => matches(f, p));
      }
      next.push(...found);
    }
    current = next;
  }
  return current;
}

export function evaluateXPath(doc: XmlElement, path: CompiledPath): string[] {
  const current = walk(doc, path);
  const sel = path.select;
  if (sel.kind === 'attr')
    return current.map((el) => el[`@_${sel.name}`]).filter((v): v is string => typeof v === 'string');
  return current.map(text);
}

type Parser = { parse(text: string): unknown };
let parser: Parser | undefined;

/**
 * Parses an XML document into the shape the evaluator walks. fast-xml-parser is loaded on first use,
 * so an agent without HTTP/XML inputs does not carry it.
 */
export async function parseXml(text: string): Promise<XmlElement> {
  if (!parser) {
    const { XMLParser } = await import('fast-xml-parser');
    parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      parseAttributeValue: false,
      alwaysCreateTextNode: true,
      isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute,
    });
  }
  return parser.parse(text) as XmlElement;
}
