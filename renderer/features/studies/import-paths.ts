/**
 * The import field's text as paths: one per line (a path may hold any other character, the OS
 * path separator included). Only full paths are taken — the app has no working folder that a
 * relative one could mean.
 */
export type ImportPaths = { ok: true; paths: string[] } | { ok: false; message: string };

export type PathStyle = 'posix' | 'windows';

export const FULL_PATH_EXAMPLE: Record<PathStyle, string> = { posix: '/home/…', windows: 'C:\\Users\\…' };

export function pathStyleOf(userAgent: string): PathStyle {
  return /Windows/i.test(userAgent) ? 'windows' : 'posix';
}

export function splitImportText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function isFullPath(path: string, style: PathStyle): boolean {
  return style === 'windows' ? /^[A-Za-z]:[\\/]/.test(path) || /^\\\\[^\\]+\\/.test(path) : path.startsWith('/');
}

export function parseImportText(text: string, style: PathStyle): ImportPaths {
  const paths = splitImportText(text);
  if (paths.length === 0) return { ok: false, message: `Type or paste a folder, DICOMDIR or file path, such as ${FULL_PATH_EXAMPLE[style]}` };
  const relative = paths.find((path) => !isFullPath(path, style));
  if (relative !== undefined) {
    return { ok: false, message: `“${relative}” is not a full path: use a full path such as ${FULL_PATH_EXAMPLE[style]}` };
  }
  return { ok: true, paths };
}

/** The path an `import.start` refusal is about, from its issue (`paths[1]`), if it names one. */
export function refusedPath(paths: readonly string[], issues: ReadonlyArray<{ path: string }> | undefined): string | null {
  const match = /^paths\[(\d+)\]$/.exec(issues?.[0]?.path ?? '');
  return match ? (paths[Number(match[1])] ?? null) : null;
}
