import { describe, expect, it } from 'vitest';
import { findingSummary, labelCounts, searchRows, sortRows } from '../../../../../renderer/features/case-browser/case-table.ts';
import type { CaseBrowserRow } from '../../../../../shared/ipc/channels/case-browser.ts';

function row(uid: string, fields: Partial<CaseBrowserRow>): CaseBrowserRow {
  return {
    studyInstanceUID: uid, patientName: '', patientId: '', studyDescription: '', accessionNumber: '', studyDate: null, age: null, sex: null,
    status: 'draft', reviewed: false, disagreements: 0, redFlag: false, findings: [], updatedAt: '2026-01-01T00:00:00Z', ...fields,
  };
}

const rows: CaseBrowserRow[] = [
  row('a', {
    patientName: 'Ada Quill', patientId: 'P-7', studyDate: '2025-03-01', age: 46, sex: 'F', status: 'final', reviewed: true, disagreements: 1,
    findings: [
      { id: 'f1', level: 'L4-L5', type: 'disc-herniation', label: 'likely-pain-generator' },
      { id: 'f2', level: 'L5-S1', type: 'modic', label: 'possibly-contributory' },
      { id: 'f3', level: 'L3-L4', type: 'disc-bulge', label: 'probably-incidental' },
    ],
  }),
  row('b', { patientName: 'Bo Rim', patientId: 'P-10', studyDate: '2026-01-05', age: 71, sex: 'M', redFlag: true, findings: [{ id: 'f1', level: 'L2', type: 'fracture', label: 'urgent-red-flag' }] }),
  row('c', { patientName: 'cy Ng', patientId: 'P-9', studyDate: null, age: null, sex: 'M', findings: [{ id: 'f1', level: 'L4-L5', type: 'disc-bulge', label: 'probably-incidental' }] }),
  row('d', { patientName: 'Di Oak', patientId: 'P-2', studyDate: '2024-11-30', age: 30, sex: 'F', status: 'amended', findings: [] }),
];
const uids = (list: CaseBrowserRow[]) => list.map((r) => r.studyInstanceUID);

describe('searching the case list', () => {
  it('matches every word, in any field: name, ID, finding type in words, level, status', () => {
    expect(uids(searchRows(rows, ''))).toEqual(['a', 'b', 'c', 'd']);
    expect(uids(searchRows(rows, 'quill'))).toEqual(['a']);
    // Words may match different findings (the filters hold for one finding): 'a' has a bulge and something at L4-L5.
    expect(uids(searchRows(rows, 'disc bulge l4-l5'))).toEqual(['a', 'c']);
    expect(uids(searchRows(rows, 'bulge l4-l5 P-9'))).toEqual(['c']);
    expect(uids(searchRows(rows, 'Disc   BULGE'))).toEqual(['a', 'c']);
    expect(uids(searchRows(rows, 'vertebral fracture'))).toEqual(['b']);
    expect(uids(searchRows(rows, 'reviewed'))).toEqual(['a']);
    expect(uids(searchRows(rows, 'amended'))).toEqual(['d']);
    expect(uids(searchRows(rows, 'quill fracture'))).toEqual([]);
  });
});

describe('sorting the case list', () => {
  it('sorts by a column either way, missing dates and ages last both ways, names without regard to case', () => {
    expect(uids(sortRows(rows, { key: 'date', descending: true }))).toEqual(['b', 'a', 'd', 'c']);
    expect(uids(sortRows(rows, { key: 'date', descending: false }))).toEqual(['d', 'a', 'b', 'c']);
    expect(uids(sortRows(rows, { key: 'age', descending: false }))).toEqual(['d', 'a', 'b', 'c']);
    expect(uids(sortRows(rows, { key: 'patient', descending: false }))).toEqual(['a', 'b', 'c', 'd']);
    expect(uids(sortRows(rows, { key: 'findings', descending: true }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts labels by the strongest label, then how many findings carry it; status by how far the case has got', () => {
    expect(uids(sortRows(rows, { key: 'labels', descending: true }))).toEqual(['b', 'a', 'c', 'd']);
    expect(uids(sortRows(rows, { key: 'status', descending: true }))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('keeps the given order among equals', () => {
    expect(uids(sortRows(rows, { key: 'sex', descending: false }))).toEqual(['a', 'd', 'b', 'c']);
  });
});

describe('counts per label', () => {
  it('counts findings and the cases that have one, over the rows given', () => {
    expect(labelCounts(rows)).toEqual({
      'urgent-red-flag': { findings: 1, cases: 1 },
      'likely-pain-generator': { findings: 1, cases: 1 },
      'possibly-contributory': { findings: 1, cases: 1 },
      'probably-incidental': { findings: 2, cases: 2 },
    });
    expect(labelCounts(searchRows(rows, 'bulge'))['probably-incidental']).toEqual({ findings: 2, cases: 2 });
    expect(labelCounts([])['urgent-red-flag']).toEqual({ findings: 0, cases: 0 });
  });

  it('sums up a case’s findings strongest first', () => {
    expect(findingSummary(rows[0]!)).toBe('L4-L5 Disc herniation, L5-S1 Modic endplate change, +1');
    expect(findingSummary(rows[3]!)).toBe('');
  });
});
