/**
 * Typed errors of the rules package. Each has a stable `code`; errors about a rule or processor
 * file carry the file, line and column in `context` and in the message, so an operator can go
 * straight to the offending line. Evaluation failures are not thrown at callers: they are recorded
 * on the rule (`lastError`, `health: "err"`) as Prometheus does.
 */
import { SensorpathError } from '@sensorpath/storage';

export type RulesErrorCode =
  | 'RULES_FILE_INVALID'
  | 'RULES_FILE_READ'
  | 'RULES_TEMPLATE_INVALID'
  | 'RULES_TEMPLATE_EXEC'
  | 'RULES_EVENTS_CONFIG_INVALID'
  | 'RULES_EVENT_INVALID'
  | 'RULES_NOTIFIER_CONFIG'
  | 'RULES_BAD_REQUEST';

export class RulesError extends SensorpathError {
  declare readonly code: RulesErrorCode;
  constructor(
    code: RulesErrorCode,
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(code, message, options);
  }
}

/** One problem in a configuration file, located by line and column (1-based). */
export interface FileProblem {
  file: string;
  line: number;
  column: number;
  reason: string;
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.reason}`;
}

/** Thrown when a rule or processor file is refused; `problems` lists every problem found. */
export class FileInvalidError extends RulesError {
  readonly problems: readonly FileProblem[];
  constructor(code: 'RULES_FILE_INVALID' | 'RULES_EVENTS_CONFIG_INVALID', problems: FileProblem[]) {
    const first = problems[0];
    super(
      code,
      `${problems.length === 1 ? '' : `${problems.length} problems; first: `}${first ? formatProblem(first) : 'invalid file'}` +
        (problems.length > 1 ? `\n${problems.slice(1).map(formatProblem).join('\n')}` : ''),
      { context: first ? { file: first.file, line: first.line, column: first.column } : {} },
    );
    this.problems = problems;
  }
}
