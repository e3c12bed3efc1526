import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../../renderer/app/format.ts';

describe('formatTime: one unambiguous way to show a time', () => {
  it('shows local time, year first, 24-hour, to the minute', () => {
    expect(formatTime(new Date(2026, 11, 7, 14, 5, 59).toISOString())).toBe('2026-12-07 14:05');
    expect(formatTime(new Date(2026, 0, 2, 3, 4).toISOString())).toBe('2026-01-02 03:04');
  });

  it('shows nothing for no time, and text it cannot read as it is', () => {
    expect(formatTime(null)).toBe('');
    expect(formatTime(undefined)).toBe('');
    expect(formatTime('yesterday')).toBe('yesterday');
  });
});

// Every screen that shows a time goes through formatTime: none formats one by hand.
describe('times on the screens', () => {
  const root = path.resolve(import.meta.dirname, '../../../../renderer/features');
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !file.startsWith('viewer'));
  const byHand = /new Date\([^)]*\)\.toLocale|toLocale(?:Date|Time)String\(|\.slice\((?:0|11), 16\)/;
  it.each(files)('%s formats no time by hand', (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const lines = text.split('\n').filter((line) => byHand.test(line));
    expect(lines).toEqual([]);
  });
});
