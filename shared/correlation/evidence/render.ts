import type { EvidenceEntry, Figure } from './types.ts';

function isScalar(figure: Figure): figure is number | string {
  return typeof figure !== 'object';
}

function inline(figure: { readonly [key: string]: Figure }): string | null {
  const entries = Object.entries(figure);
  if (!entries.every(([, value]) => isScalar(value))) return null;
  return entries.map(([key, value]) => `${key} ${value}`).join('; ');
}

/**
 * An entry's figures as indented plain-text lines, for the command line and simple views:
 * scalars as `key: value`, a flat table row on one line, deeper tables as a heading with rows.
 */
export function figureLines(figures: EvidenceEntry['figures'], indent = ''): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(figures)) {
    if (isScalar(value)) {
      lines.push(`${indent}${key}: ${value}`);
      continue;
    }
    const row = inline(value);
    if (row !== null) {
      lines.push(`${indent}${key}: ${row}`);
      continue;
    }
    lines.push(`${indent}${key}:`);
    lines.push(...figureLines(value, `${indent}  `));
  }
  return lines;
}
