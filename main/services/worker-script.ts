/**
 * Worker threads run from their TypeScript source under Node (tests, CLI, preview) and from a
 * bundle beside the main bundle under Electron. Every worker entry is listed here once; the
 * Electron build (scripts/build.ts) emits each as `dist/main/<name>.mjs`.
 */
export const workerEntries = {
  'import-worker': 'main/services/dicom/import-worker.ts',
  'index-worker': 'main/services/dicom/index-worker.ts',
  'export-worker': 'main/services/export/export-worker.ts',
} as const satisfies Record<string, string>;

export type WorkerName = keyof typeof workerEntries;

const runningFromSource = import.meta.url.endsWith('.ts');

/** The script to hand to `new Worker(...)` for a listed worker entry. */
export function workerScriptUrl(name: WorkerName): URL {
  const source = workerEntries[name] as string;
  return runningFromSource ? new URL(`../../${source}`, import.meta.url) : new URL(`./${String(name)}.mjs`, import.meta.url);
}
