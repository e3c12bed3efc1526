import fs from 'node:fs';
import path from 'node:path';

export interface Leak {
  /** Relative path of the output file, or '(file name)' hits in a path itself. */
  file: string;
  identifier: string;
  form: string;
  encoding: string;
}

interface Needle {
  identifier: string;
  form: string;
  encoding: string;
  bytes: Buffer;
}

/** The ways a value may be written: DICOM PN carets and their display forms, and date layouts. */
export function textForms(identifier: string): string[] {
  const forms = new Set([identifier, identifier.toUpperCase(), identifier.toLowerCase()]);
  if (identifier.includes('^')) {
    const parts = identifier.split('=')[0]!.split('^').filter(Boolean);
    forms.add(identifier.replace(/\^/g, ' '));
    forms.add(parts.join(' '));
    if (parts.length >= 2) {
      forms.add(`${parts[1]} ${parts[0]}`);
      forms.add(`${parts[0]}, ${parts[1]}`);
      forms.add(`${parts[1]} ${parts[0]}`.toUpperCase());
    }
  }
  const date = /^(\d{4})(\d{2})(\d{2})$/.exec(identifier);
  if (date) {
    const [, y, m, d] = date;
    for (const form of [`${y}-${m}-${d}`, `${d}/${m}/${y}`, `${m}/${d}/${y}`, `${d}.${m}.${y}`, `${y}.${m}.${d}`, `${y}/${m}/${d}`]) forms.add(form);
  }
  return [...forms].filter((form) => form.length >= 4);
}

function encodings(text: string): [string, Buffer][] {
  const out: [string, Buffer][] = [
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-16le', Buffer.from(text, 'utf16le')],
    ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
  ];
  if ([...text].every((c) => c.charCodeAt(0) < 256)) out.push(['latin-1', Buffer.from(text, 'latin1')]);
  return out;
}

function needlesFor(identifiers: readonly string[], identifierBytes: readonly Uint8Array[]): Needle[] {
  const needles: Needle[] = [];
  const seen = new Set<string>();
  for (const identifier of identifiers) {
    for (const form of textForms(identifier)) {
      for (const [encoding, bytes] of encodings(form)) {
        const key = bytes.toString('hex');
        if (seen.has(key)) continue;
        seen.add(key);
        needles.push({ identifier, form, encoding, bytes });
      }
    }
  }
  for (const bytes of identifierBytes) needles.push({ identifier: '(bytes)', form: Buffer.from(bytes).toString('latin1'), encoding: 'as written', bytes: Buffer.from(bytes) });
  return needles;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/**
 * Scans every byte of every file under `dir` (and every file and folder name) for each
 * identifier in every form and encoding. Returns what it found; [] means nothing leaked.
 */
export function scanForLeaks(dir: string, identifiers: readonly string[], identifierBytes: readonly Uint8Array[] = []): Leak[] {
  const needles = needlesFor(identifiers, identifierBytes);
  const leaks: Leak[] = [];
  for (const file of filesUnder(dir)) {
    const relative = path.relative(dir, file);
    const bytes = fs.readFileSync(file);
    const name = Buffer.from(relative, 'utf8');
    for (const needle of needles) {
      if (bytes.includes(needle.bytes)) leaks.push({ file: relative, identifier: needle.identifier, form: needle.form, encoding: needle.encoding });
      if (name.includes(needle.bytes)) leaks.push({ file: '(file name)', identifier: needle.identifier, form: needle.form, encoding: needle.encoding });
    }
  }
  return leaks;
}

/** Scans one byte array (an in-memory output). */
export function scanBytesForLeaks(bytes: Uint8Array, identifiers: readonly string[], identifierBytes: readonly Uint8Array[] = []): Omit<Leak, 'file'>[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return needlesFor(identifiers, identifierBytes)
    .filter((needle) => buffer.includes(needle.bytes))
    .map(({ identifier, form, encoding }) => ({ identifier, form, encoding }));
}
