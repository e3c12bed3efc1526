import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Services } from '../context.ts';

/**
 * The folder of the bundled demo study to import: its `study/` subfolder when there is one
 * (the demo keeps its manifest beside the DICOM files, not among them), else the folder itself.
 */
export function demoImportPath(demoDir: string | null): string {
  if (demoDir === null || !fs.existsSync(demoDir)) throw new AppError('unavailable', 'The demo study is not installed with this copy of SpineCorrelate.');
  const study = path.join(demoDir, 'study');
  return fs.existsSync(study) ? study : demoDir;
}

export function demoImportPathOrNull(demoDir: string | null): string | null {
  try {
    return demoImportPath(demoDir);
  } catch {
    return null;
  }
}

/** Starts importing the demo study; re-importing it changes nothing. */
export function startDemoImport(services: Services): string {
  return services.imports.start([demoImportPath(services.demoDir)]);
}
