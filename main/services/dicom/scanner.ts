import fs from 'node:fs';
import path from 'node:path';
import type { RejectedFile } from '../../../shared/ipc/channels/studies.ts';
import { isDicomdirName, mediaReferences } from './dicomdir.ts';
import { readDicomHeader } from './header-reader.ts';
import { reasonFor, rejectReasons } from './reject-reason.ts';

export interface ScanResult {
  /** Candidate files in a stable order (folder by folder, names sorted), each once. */
  files: string[];
  rejected: RejectedFile[];
  /** DICOMDIR files read (they are media directories, not instances). */
  dicomdirs: number;
}

export interface ScanHooks {
  isCancelled(): boolean;
  /** Called now and then with the number of files found so far. */
  onFound?(count: number): void;
}

/**
 * Finds every candidate file under the given paths: folders recursively (links followed, each
 * folder once, so link loops end), single files of any name, and the files a DICOMDIR lists.
 * Nothing is read here but folder listings and DICOMDIRs; deciding what is DICOM is the reader's
 * job. Sockets, pipes and devices are listed as not regular files and never opened.
 */
export function scanPaths(paths: readonly string[], hooks: ScanHooks): ScanResult {
  const files: string[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const rejected: RejectedFile[] = [];
  let dicomdirs = 0;

  const addFile = (file: string) => {
    if (seenFiles.has(file)) return;
    seenFiles.add(file);
    if (isDicomdirName(file) && readMedia(file)) return;
    files.push(file);
    if (files.length % 256 === 0) hooks.onFound?.(files.length);
  };

  /** Reads a DICOMDIR and queues what it lists; false if it is not a readable DICOMDIR. */
  const readMedia = (file: string): boolean => {
    let references;
    try {
      const read = readDicomHeader(file);
      if (read.kind !== 'read' || !read.header.isDicomdir) return false;
      references = mediaReferences(file, read.header);
    } catch {
      return false; // the importer reads it again and reports why it failed
    }
    dicomdirs++;
    for (const missing of references.missing) rejected.push({ path: missing, reason: rejectReasons.missingFromMedia });
    for (const referenced of references.found) addEntry(referenced);
    return true;
  };

  /** What a path (or the target of a link) is; listed as rejected when that cannot be known. */
  const statOrReject = (entry: string): fs.Stats | null => {
    try {
      return fs.statSync(entry);
    } catch (error) {
      const code = (error as { code?: string }).code;
      rejected.push({ path: entry, reason: code === 'ENOENT' ? rejectReasons.brokenLink : reasonFor(error) });
      return null;
    }
  };

  const addEntry = (entry: string) => {
    const stat = statOrReject(entry);
    if (!stat) return;
    if (stat.isDirectory()) walkDirectory(entry, stat);
    else if (stat.isFile()) addFile(entry);
    else rejected.push({ path: entry, reason: rejectReasons.notRegularFile });
  };

  const walkDirectory = (root: string, rootStat: fs.Stats) => {
    const pending: Array<[string, fs.Stats]> = [[root, rootStat]];
    while (pending.length > 0) {
      if (hooks.isCancelled()) return;
      const [dir, stat] = pending.pop()!;
      const identity = `${stat.dev}:${stat.ino}`;
      if (seenDirs.has(identity)) continue;
      seenDirs.add(identity);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        rejected.push({ path: dir, reason: reasonFor(error) });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: Array<[string, fs.Stats]> = [];
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isFile()) addFile(full);
        else if (entry.isDirectory() || entry.isSymbolicLink()) {
          const target = statOrReject(full);
          if (!target) continue;
          if (target.isDirectory()) subdirs.push([full, target]);
          else if (target.isFile()) addFile(full);
          else rejected.push({ path: full, reason: rejectReasons.notRegularFile });
        } else rejected.push({ path: full, reason: rejectReasons.notRegularFile });
      }
      // Depth first, in name order.
      for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]!);
    }
  };

  for (const p of paths) {
    if (hooks.isCancelled()) break;
    addEntry(path.resolve(p));
  }
  hooks.onFound?.(files.length);
  return { files, rejected, dicomdirs };
}
