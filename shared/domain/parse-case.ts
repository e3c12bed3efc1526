import type { z } from 'zod';
import { zodIssues } from '../ipc/result.ts';
import { caseSchema, type Case } from './case.ts';

export interface CaseIssue {
  /** The field path, e.g. `findings[2].morphology`, or `(root)`. */
  path: string;
  message: string;
}

export type ParseCaseResult = { ok: true; case: Case } | { ok: false; issues: CaseIssue[] };

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  tuple: 'a list',
};

/** Messages a reader can act on: the accepted values, never the value received (it may be patient data). */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string' && Array.isArray(issue.options)) {
        const input = issue.input as Record<string, unknown> | undefined;
        const missing = typeof input !== 'object' || input === null || input[issue.discriminator] === undefined;
        return `${missing ? 'is required: ' : 'must be '}one of ${issue.options.map(String).join(', ')}`;
      }
      return undefined;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${Number(issue.minimum)} items`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${Number(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${Number(issue.maximum)} items`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${Number(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? undefined : `must be a valid ${issue.format}`;
    default:
      return undefined;
  }
}

/** Validates a parsed JSON value as case format v1. Unknown fields are kept. */
export function parseCase(json: unknown): ParseCaseResult {
  const result = caseSchema.safeParse(json, { error: friendlyMessage });
  if (result.success) return { ok: true, case: result.data };
  return { ok: false, issues: zodIssues(result.error) };
}

/** Parses case JSON text. Syntax errors give their position, never a fragment of the text. */
export function parseCaseText(text: string): ParseCaseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = error instanceof SyntaxError ? /at position \d+(?: \(line \d+ column \d+\))?/.exec(error.message)?.[0] : undefined;
    return { ok: false, issues: [{ path: '(root)', message: `is not valid JSON${position ? ` ${position}` : ''}` }] };
  }
  return parseCase(json);
}

/** `findings[2].morphology: must be one of protrusion, extrusion, sequestration` */
export function formatCaseIssue(issue: CaseIssue): string {
  return `${issue.path}: ${issue.message}`;
}
