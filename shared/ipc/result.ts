import { z } from 'zod';

/**
 * Every call across the process boundary answers with this envelope, so errors survive the
 * bridge as data. Messages are written for the user and never carry patient data.
 */
export const errorCodes = [
  'unknown-channel',
  'invalid-request',
  'unauthorized',
  'not-found',
  'invalid-input',
  'conflict',
  'cancelled',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const ipcErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Field-level problems, e.g. for a refused case JSON: `findings[2].level`. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure(code: ErrorCode, message: string, issues?: IpcError['issues']): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** Thrown by services for an expected failure; the dispatcher turns it into a Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: IpcError['issues'];
  constructor(code: ErrorCode, message: string, issues?: IpcError['issues']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

/** Formats zod issues as `path: message` pairs naming the field path. */
export function zodIssues(error: z.ZodError): NonNullable<IpcError['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(root)' : formatPath(issue.path),
    message: issue.message,
  }));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
