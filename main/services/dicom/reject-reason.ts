/**
 * Why a file was not imported, in plain words for the user. Reasons never contain patient data
 * or paths: the path travels beside the reason, and only to the user who chose the files.
 */
export const rejectReasons = {
  notDicom: 'not a DICOM file',
  empty: 'file is empty',
  truncated: 'file is truncated',
  permissionDenied: 'unreadable (permission denied)',
  unreadable: 'unreadable (the file could not be read)',
  notRegularFile: 'not a regular file',
  brokenLink: 'a link to something that does not exist',
  vanished: 'file disappeared during import',
  duplicate: 'duplicate of an already imported instance',
  deflateLimit: 'deflated data exceeds the size limit',
  deflateCorrupt: 'deflated data is corrupt',
  malformed: 'malformed element',
  lengthBeyondFile: 'malformed element (length larger than the file)',
  badItemDelimiter: 'malformed element (item delimiter with non-zero length)',
  badVr: 'malformed element (invalid value representation)',
  missingDelimiter: 'malformed element (sequence or item without an end marker)',
  tooDeep: 'malformed element (sequences nested too deeply)',
  missingIdentifiers: 'missing its study, series or instance identifier',
  timeout: 'took too long to read',
  missingFromMedia: 'listed in the DICOMDIR but missing',
} as const;

export type RejectReasonKey = keyof typeof rejectReasons;
export type RejectReason = (typeof rejectReasons)[RejectReasonKey];

/** Thrown inside the reader; always caught and turned into a rejected-file entry. */
export class DicomReadError extends Error {
  readonly reason: RejectReason;
  constructor(key: RejectReasonKey) {
    super(rejectReasons[key]);
    this.name = 'DicomReadError';
    this.reason = rejectReasons[key];
  }
}

/** Any failure while reading one file, as a reason. Unexpected throws (strings, TypeErrors, range
 * errors from a lying length) come from the file's bytes, so they read as a malformed element. */
export function reasonFor(error: unknown): RejectReason {
  if (error instanceof DicomReadError) return error.reason;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return rejectReasons.permissionDenied;
  if (code === 'ENOENT') return rejectReasons.vanished;
  if (code === 'EISDIR' || code === 'ENXIO' || code === 'ENODEV') return rejectReasons.notRegularFile;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && code !== 'ERR_OUT_OF_RANGE') return rejectReasons.unreadable;
  return rejectReasons.malformed;
}
