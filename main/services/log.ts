/**
 * The one logger of the main side. Patient data never reaches a log: callers pass an event name
 * and plain facts (counts, codes, durations); an error is reduced to its class and code, because
 * an error's message or stack can hold a file path or a header value.
 */
type Fields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  /** `error` undefined: the fields say what went wrong. */
  error(event: string, error: unknown, fields?: Fields): void;
}

export function describeErrorSafely(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name}(${code})` : error.name;
  }
  return typeof error;
}

function format(level: string, event: string, fields?: Fields): string {
  const parts = [new Date().toISOString(), level, event];
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value !== undefined) parts.push(`${key}=${String(value)}`);
  }
  return parts.join(' ');
}

export function createLogger(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  return {
    info: (event, fields) => write(format('info', event, fields)),
    warn: (event, fields) => write(format('warn', event, fields)),
    error: (event, error, fields) => write(format('error', event, { ...fields, error: error === undefined ? undefined : describeErrorSafely(error) })),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
