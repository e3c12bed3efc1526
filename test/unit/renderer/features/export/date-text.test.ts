import { describe, expect, it } from 'vitest';
import { readDateText } from '../../../../../renderer/features/export/date-text.ts';

describe('a typed filter date', () => {
  it('reads year-first dates, with or without dashes', () => {
    expect(readDateText('2026-03-14')).toEqual({ kind: 'date', iso: '2026-03-14' });
    expect(readDateText(' 20260314 ')).toEqual({ kind: 'date', iso: '2026-03-14' });
    expect(readDateText('2024-02-29')).toEqual({ kind: 'date', iso: '2024-02-29' });
  });

  it('is no bound when empty, and not a date when partial, day-first or impossible', () => {
    expect(readDateText('')).toEqual({ kind: 'empty' });
    for (const text of ['2026-03', '14/03/2026', '03/14/2026', '2026-02-30', '2025-02-29', '2026-13-01', 'yesterday']) {
      expect(readDateText(text), text).toEqual({ kind: 'invalid' });
    }
  });
});
