import { createHash, randomUUID } from 'node:crypto';

/** A fresh UID under the 2.25 (UUID) root, which needs no registered organisation root. */
export function newUid(): string {
  return `2.25.${BigInt(`0x${randomUUID().replace(/-/g, '')}`).toString()}`;
}

/** The same UID for the same seed, every time: stable tracking UIDs across re-exports. */
export function uidFromSeed(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 32);
  return `2.25.${BigInt(`0x${hex}`).toString()}`;
}

/** The UID of this implementation in file meta information (fixed forever). */
export const IMPLEMENTATION_CLASS_UID = '2.25.280492267146368181051493302359901532878';
