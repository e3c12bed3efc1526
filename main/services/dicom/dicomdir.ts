import fs from 'node:fs';
import path from 'node:path';
import { texts } from './element-values.ts';
import type { DicomHeader } from './header-reader.ts';
import { DIRECTORY_RECORD } from './index-attributes.ts';

/** DICOMDIR is the file name PS3.10 fixes for the media directory. */
export function isDicomdirName(filePath: string): boolean {
  return path.basename(filePath).toUpperCase() === 'DICOMDIR';
}

export interface MediaReferences {
  found: string[];
  missing: string[];
}

/**
 * The files a DICOMDIR lists (its records' Referenced File IDs), resolved against the folder it
 * sits in. Media written on one system and read on another often differ in letter case (ISO
 * 9660 names are upper case), so a component that is not there exactly is looked up ignoring
 * case. A reference that climbs out of the media folder is ignored.
 */
export function mediaReferences(dicomdirPath: string, header: DicomHeader): MediaReferences {
  const root = path.dirname(dicomdirPath);
  const found = new Set<string>();
  const missing = new Set<string>();
  const listings = new Map<string, string[] | null>();
  for (const record of header.dataset.captured.sequences.get('DirectoryRecords') ?? []) {
    const components = texts(record.values[DIRECTORY_RECORD.slot.ReferencedFileID]);
    if (components.length === 0 || components.some((c) => c === '' || c === '.' || c === '..' || /[/\\\0]/.test(c))) continue;
    const resolved = resolveIgnoringCase(root, components, listings);
    if (resolved) found.add(resolved);
    else missing.add(path.join(root, ...components));
  }
  return { found: [...found], missing: [...missing] };
}

function resolveIgnoringCase(root: string, components: readonly string[], listings: Map<string, string[] | null>): string | null {
  let current = root;
  for (const component of components) {
    const exact = path.join(current, component);
    if (fs.existsSync(exact)) {
      current = exact;
      continue;
    }
    const entries = listing(current, listings);
    const match = entries?.find((name) => name.toUpperCase() === component.toUpperCase());
    if (!match) return null;
    current = path.join(current, match);
  }
  return current;
}

function listing(dir: string, cache: Map<string, string[] | null>): string[] | null {
  if (!cache.has(dir)) {
    try {
      cache.set(dir, fs.readdirSync(dir));
    } catch {
      cache.set(dir, null);
    }
  }
  return cache.get(dir) ?? null;
}
