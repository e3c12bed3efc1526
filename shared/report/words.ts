// Small wording helpers the report's sentences share.
import type { Level, Side } from '../domain/index.ts';

/** `L4-L5` → `L4–L5`: reports write disc levels with an en dash. */
export function levelName(level: Level | string): string {
  return level.replace('-', '–');
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** `['a', 'b', 'c']` → `a, b and c`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Ends a sentence with one full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return '';
  return /[.!?]$/.test(trimmed) ? capitalise(trimmed) : `${capitalise(trimmed)}.`;
}

/** `left`, `right`, `bilateral`; midline reads as `central`; undefined as nothing. */
export function sideWord(side: Side | undefined): string {
  if (side === undefined) return '';
  return side === 'midline' ? 'central' : side;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'] as const;

export function roman(value: number): string {
  return ROMAN[value] ?? String(value);
}

/** Joins the non-empty parts with a space. */
export function words(...parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}
