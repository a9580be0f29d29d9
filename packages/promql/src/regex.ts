/**
 * Label matchers whose regular expressions follow Go's RE2 syntax, as PromQL's do. JavaScript
 * lacks RE2's inline flags (`(?i)`, `(?i:…)`), `(?P<name>…)` groups and POSIX classes
 * (`[[:alpha:]]`), so patterns are translated once into an equivalent JS RegExp: case-insensitive
 * parts become explicit `[aA]` alternatives. Matching stays fully anchored, with `.` matching
 * newlines, exactly like Prometheus' `^(?s:…)$`.
 */
import { type Matcher, type MatchType, newMatcher } from '@sensorpath/storage';
import { PromqlError } from './errors.ts';

const posixClasses: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function caseVariants(ch: string): string {
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? ch : lo + up;
}

/** Translates an RE2 pattern into JS RegExp source with the same meaning. */
export function translateGoRegex(re: string): string {
  let out = '';
  let ci = false;
  const stack: boolean[] = [];
  let i = 0;
  while (i < re.length) {
    const c = re[i]!;
    if (c === '\\') {
      const n = re[i + 1] ?? '';
      if (n === 'z') out += '$';
      else if (n === 'A') out += '^';
      else if (n === 'Q') {
        const end = re.indexOf('\\E', i + 2);
        const lit = re.slice(i + 2, end < 0 ? re.length : end);
        out += lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        i = end < 0 ? re.length : end + 2;
        continue;
      } else if (ci && /[a-zA-Z]/.test(n) && !/[dDsSwWbBpPnrtfvx0-9]/.test(n)) out += `[${caseVariants(n)}]`;
      else out += c + n;
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      let cls = '[';
      if (re[j] === '^') {
        cls += '^';
        j++;
      }
      if (re[j] === ']') {
        cls += '\\]';
        j++;
      }
      while (j < re.length && re[j] !== ']') {
        if (re.startsWith('[:', j)) {
          const end = re.indexOf(':]', j);
          const name = re.slice(j + 2, end);
          const neg = name.startsWith('^');
          const body = posixClasses[neg ? name.slice(1) : name];
          if (body !== undefined && !neg) {
            cls += body;
            j = end + 2;
            continue;
          }
        }
        if (re[j] === '\\') {
          cls += re.slice(j, j + 2);
          j += 2;
          continue;
        }
        const ch = re[j]!;
        if (ch === '[') cls += '\\[';
        else if (ci && /[a-zA-Z]/.test(ch) && re[j + 1] !== '-' && re[j - 1] !== '-') cls += caseVariants(ch);
        else if (ci && /[a-zA-Z]/.test(ch) && re[j + 1] === '-' && /[a-zA-Z]/.test(re[j + 2] ?? '')) {
          const a = ch;
          const b = re[j + 2]!;
          cls += `${a.toLowerCase()}-${b.toLowerCase()}${a.toUpperCase()}-${b.toUpperCase()}`;
          j += 3;
          continue;
        } else cls += ch;
        j++;
      }
      out += `${cls}]`;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      if (re.startsWith('(?P<', i)) {
        stack.push(ci);
        out += '(?<';
        i += 4;
        continue;
      }
      const fm = /^\(\?([a-zA-Z]*(?:-[a-zA-Z]*)?)([:)])/.exec(re.slice(i));
      if (fm && fm[1] !== '') {
        const [on, off = ''] = fm[1]!.split('-') as [string, string?];
        let nci: boolean = ci;
        if (on.includes('i')) nci = true;
        if (off.includes('i')) nci = false;
        if (fm[2] === ')') {
          ci = nci;
        } else {
          stack.push(ci);
          ci = nci;
          out += '(?:';
        }
        i += fm[0].length;
        continue;
      }
      stack.push(ci);
      out += c;
      i++;
      continue;
    }
    if (c === ')') {
      ci = stack.pop() ?? false;
      out += c;
      i++;
      continue;
    }
    if (ci && /[a-zA-Z]/.test(c)) out += `[${caseVariants(c)}]`;
    else out += c;
    i++;
  }
  return out;
}

/** Compiles an anchored RE2 pattern; throws a parse error naming the pattern when invalid. */
export function compileGoRegex(re: string): RegExp {
  const src = `^(?:${translateGoRegex(re)})$`;
  try {
    return new RegExp(src, 'su');
  } catch {
    try {
      return new RegExp(src, 's');
    } catch (err) {
      throw new PromqlError('PROMQL_PARSE', `invalid regular expression ${JSON.stringify(re)}`, {
        cause: err,
      });
    }
  }
}

class GoRegexMatcher implements Matcher {
  private readonly re: RegExp;
  constructor(
    readonly type: '=~' | '!~',
    readonly name: string,
    readonly value: string,
  ) {
    this.re = compileGoRegex(value);
  }
  matches(v: string): boolean {
    return this.re.test(v) === (this.type === '=~');
  }
}

/** A label matcher with PromQL (RE2) regex semantics. */
export function newPromMatcher(type: MatchType, name: string, value: string): Matcher {
  if (type === '=~' || type === '!~') return new GoRegexMatcher(type, name, value);
  return newMatcher(type, name, value);
}
