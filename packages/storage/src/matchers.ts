/**
 * Label matchers with Prometheus semantics: `=`, `!=`, `=~`, `!~`. Regular expressions are fully
 * anchored (`^(?:re)$`), as in Prometheus; a label that is absent matches as the empty string, so
 * `{foo=""}` selects series without `foo` and `{foo!=""}` series that have it.
 */
import { StorageError } from './errors.ts';

export type MatchType = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  readonly type: MatchType;
  readonly name: string;
  readonly value: string;
  matches(value: string): boolean;
}

class EqualMatcher implements Matcher {
  readonly type = '=' as const;
  constructor(
    readonly name: string,
    readonly value: string,
  ) {}
  matches(v: string): boolean {
    return v === this.value;
  }
}

class NotEqualMatcher implements Matcher {
  readonly type = '!=' as const;
  constructor(
    readonly name: string,
    readonly value: string,
  ) {}
  matches(v: string): boolean {
    return v !== this.value;
  }
}

class RegexMatcher implements Matcher {
  readonly re: RegExp;
  constructor(
    readonly type: '=~' | '!~',
    readonly name: string,
    readonly value: string,
  ) {
    try {
      // Prometheus uses RE2 with the `s` flag semantics: `.` matches newlines too.
      this.re = new RegExp(`^(?:${value})$`, 'su');
    } catch (err) {
      throw new StorageError(
        'STORAGE_BAD_MATCHER',
        `invalid regular expression ${JSON.stringify(value)} for label ${name}`,
        {
          cause: err,
        },
      );
    }
  }
  matches(v: string): boolean {
    const m = this.re.test(v);
    return this.type === '=~' ? m : !m;
  }
}

export function newMatcher(type: MatchType, name: string, value: string): Matcher {
  switch (type) {
    case '=':
      return new EqualMatcher(name, value);
    case '!=':
      return new NotEqualMatcher(name, value);
    case '=~':
    case '!~':
      return new RegexMatcher(type, name, value);
  }
}

/** True when the label set satisfies every matcher (absent labels read as ""). */
export function matchesAll(
  ls: readonly { name: string; value: string }[],
  matchers: readonly Matcher[],
): boolean {
  for (const m of matchers) {
    let v = '';
    for (const l of ls) {
      if (l.name === m.name) {
        v = l.value;
        break;
      }
    }
    if (!m.matches(v)) return false;
  }
  return true;
}

export function formatMatcher(m: Matcher): string {
  return `${m.name}${m.type}${JSON.stringify(m.value)}`;
}
