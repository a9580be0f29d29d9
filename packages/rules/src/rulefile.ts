/**
 * Rule files in Prometheus' format (`groups:` of recording and alerting rules), parsed and
 * validated once into a resolved shape. The checks follow Prometheus' `rulefmt` package, so a file
 * `promtool check rules` accepts loads unchanged and a file it refuses is refused here too, each
 * problem located by file, line and column: YAML syntax, unknown fields, group names missing or
 * repeated, `record` xor `alert`, `expr` that does not parse, `for`/`keep_firing_for`/
 * `annotations` on a recording rule, invalid metric/label names, durations, and label or
 * annotation templates that do not compile. Fields newer than promtool 2.42 (`query_offset`,
 * group `labels`) are accepted too.
 *
 * Scalars are read with YAML's failsafe schema (every scalar is a string, as Go's yaml decoder
 * hands `expr: 1` or `value: true` to a string field) and converted here.
 */
import { readFile } from 'node:fs/promises';
import { parseDuration, parseExpr } from '@sensorpath/promql';
import { z } from 'zod';
import { FileInvalidError, type FileProblem, RulesError } from './errors.ts';
import { Template } from './template.ts';
import { dropEmpty, parseYaml } from './yamlfile.ts';

export interface RecordingRuleSpec {
  kind: 'recording';
  name: string;
  expr: string;
  labels: Readonly<Record<string, string>>;
  /** 1-based line of the rule in its file. */
  line: number;
}

export interface AlertingRuleSpec {
  kind: 'alerting';
  name: string;
  expr: string;
  forMs: number;
  keepFiringForMs: number;
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
  labelTemplates: ReadonlyMap<string, Template>;
  annotationTemplates: ReadonlyMap<string, Template>;
  line: number;
}

export type RuleSpec = RecordingRuleSpec | AlertingRuleSpec;

export interface RuleGroupSpec {
  name: string;
  file: string;
  /** Evaluation interval (ms); undefined takes the manager's default. */
  intervalMs: number | undefined;
  /** Most series a rule may produce (0: no limit), as Prometheus' `limit`. */
  limit: number;
  queryOffsetMs: number;
  /** Labels added to every rule of the group (Prometheus 3). */
  labels: Readonly<Record<string, string>>;
  rules: RuleSpec[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const optStr = z.string().optional();
const strMap = z.record(z.string(), z.string()).optional();

const ruleSchema = z.strictObject({
  record: optStr,
  alert: optStr,
  expr: optStr,
  for: optStr,
  keep_firing_for: optStr,
  labels: strMap,
  annotations: strMap,
});

const groupSchema = z.strictObject({
  name: optStr,
  interval: optStr,
  query_offset: optStr,
  limit: optStr,
  labels: strMap,
  rules: z.array(ruleSchema).optional(),
});

const fileSchema = z.strictObject({ groups: z.array(groupSchema).optional() });

const fieldType: Record<string, string> = {
  groups: 'rulefmt.RuleGroups',
  rules: 'rulefmt.RuleGroup',
  group: 'rulefmt.RuleGroup',
  rule: 'rulefmt.RuleNode',
};

/** Parses and validates rule-file text. Throws FileInvalidError listing every problem. */
export function parseRuleFile(text: string, file: string): RuleGroupSpec[] {
  const { doc, loc } = parseYaml(text, file, 'RULES_FILE_INVALID');
  const raw = dropEmpty(doc.toJS() ?? {});
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((iss) => {
      const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (iss.code === 'unrecognized_keys') {
        const k = iss.keys[0] ?? '';
        const typeName =
          path.length === 0 ? fieldType.groups : path.length <= 2 ? fieldType.group : fieldType.rule;
        return loc.problem([...path, k], `field ${k} not found in type ${typeName}`, true);
      }
      const last = path[path.length - 1];
      const what = typeof last === 'string' ? `field ${last}` : 'value';
      return loc.problem(path, `${what}: ${iss.message.replace(/^Invalid input: /, '')}`);
    });
    throw new FileInvalidError('RULES_FILE_INVALID', problems);
  }
  const problems: FileProblem[] = [];
  const groups: RuleGroupSpec[] = [];
  const seen = new Set<string>();
  const groupsIn = parsed.data.groups ?? [];
  groupsIn.forEach((g, gi) => {
    const gp = ['groups', gi];
    if (!g.name) {
      problems.push(loc.problem(gp, 'Groupname must not be empty'));
      return;
    }
    if (seen.has(g.name))
      problems.push(loc.problem([...gp, 'name'], `groupname: "${g.name}" is repeated in the same file`));
    seen.add(g.name);
    const dur = (field: string, v: string | undefined): number | undefined => {
      if (v === undefined) return undefined;
      const ms = parseDuration(v);
      if (ms === undefined) problems.push(loc.problem([...gp, field], `not a valid duration string: "${v}"`));
      return ms;
    };
    const intervalMs = dur('interval', g.interval);
    const queryOffsetMs = dur('query_offset', g.query_offset) ?? 0;
    let limit = 0;
    if (g.limit !== undefined) {
      if (!/^\d+$/.test(g.limit.trim()))
        problems.push(loc.problem([...gp, 'limit'], `cannot unmarshal !!str \`${g.limit}\` into int`));
      else limit = Number(g.limit);
    }
    for (const [k] of Object.entries(g.labels ?? {})) {
      if (!LABEL_NAME.test(k))
        problems.push(loc.problem([...gp, 'labels', k], `invalid label name: ${k}`, true));
    }
    const rules: RuleSpec[] = [];
    (g.rules ?? []).forEach((r, ri) => {
      const rp = [...gp, 'rules', ri];
      const ruleName = r.record ?? r.alert ?? '';
      const bad = (path: (string | number)[], reason: string, key = false) =>
        problems.push(loc.problem(path, `group "${g.name}", rule ${ri + 1}, "${ruleName}": ${reason}`, key));
      const line = loc.at(rp).line;
      if (r.record !== undefined && r.alert !== undefined)
        bad(rp, "only one of 'record' and 'alert' must be set");
      else if (r.record === undefined && r.alert === undefined)
        bad(rp, "one of 'record' or 'alert' must be set");
      if (r.expr === undefined || r.expr.trim() === '') bad(rp, "field 'expr' must be set in rule");
      else {
        try {
          parseExpr(r.expr);
        } catch (err) {
          bad([...rp, 'expr'], `could not parse expression: ${(err as Error).message}`);
        }
      }
      for (const k of Object.keys(r.labels ?? {})) {
        if (!LABEL_NAME.test(k) || k === '__name__')
          bad([...rp, 'labels', k], `invalid label name: ${k}`, true);
      }
      for (const k of Object.keys(r.annotations ?? {})) {
        if (!LABEL_NAME.test(k)) bad([...rp, 'annotations', k], `invalid annotation name: ${k}`, true);
      }
      const forMs = r.for === undefined ? 0 : parseDuration(r.for);
      if (forMs === undefined) bad([...rp, 'for'], `not a valid duration string: "${r.for}"`);
      const kffMs = r.keep_firing_for === undefined ? 0 : parseDuration(r.keep_firing_for);
      if (kffMs === undefined)
        bad([...rp, 'keep_firing_for'], `not a valid duration string: "${r.keep_firing_for}"`);
      if (r.record !== undefined) {
        if (r.annotations !== undefined)
          bad([...rp, 'annotations'], "invalid field 'annotations' in recording rule", true);
        if (r.for !== undefined) bad([...rp, 'for'], "invalid field 'for' in recording rule", true);
        if (r.keep_firing_for !== undefined)
          bad([...rp, 'keep_firing_for'], "invalid field 'keep_firing_for' in recording rule", true);
        if (!METRIC_NAME.test(r.record)) bad([...rp, 'record'], `invalid recording rule name: ${r.record}`);
        if (r.alert === undefined)
          rules.push({
            kind: 'recording',
            name: r.record,
            expr: r.expr ?? '',
            labels: { ...r.labels },
            line,
          });
        return;
      }
      if (r.alert === undefined) return;
      if (r.alert.trim() === '') bad([...rp, 'alert'], 'invalid alert name');
      const compile = (kind: 'label' | 'annotation', src: Readonly<Record<string, string>>) => {
        const m = new Map<string, Template>();
        for (const [k, v] of Object.entries(src)) {
          try {
            m.set(k, Template.compile(v, `__alert_${r.alert}`));
          } catch (err) {
            if (!(err instanceof RulesError)) throw err;
            bad([...rp, `${kind}s`, k], `${kind} "${k}": ${err.message}`);
          }
        }
        return m;
      };
      rules.push({
        kind: 'alerting',
        name: r.alert,
        expr: r.expr ?? '',
        forMs: forMs ?? 0,
        keepFiringForMs: kffMs ?? 0,
        labels: { ...r.labels },
        annotations: { ...r.annotations },
        labelTemplates: compile('label', r.labels ?? {}),
        annotationTemplates: compile('annotation', r.annotations ?? {}),
        line,
      });
    });
    groups.push({
      name: g.name,
      file,
      intervalMs,
      limit,
      queryOffsetMs,
      labels: { ...g.labels },
      rules,
    });
  });
  if (problems.length > 0) throw new FileInvalidError('RULES_FILE_INVALID', problems);
  return groups;
}

/** Reads and parses a rule file; a read failure is RULES_FILE_READ with the path. */
export async function loadRuleFile(path: string): Promise<RuleGroupSpec[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new RulesError('RULES_FILE_READ', `cannot read rule file ${path}: ${(err as Error).message}`, {
      cause: err,
      context: { file: path },
    });
  }
  return parseRuleFile(text, path);
}
