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
      {
        id: 'f1', level: 'L4-L5', type: 'disc-herniation', label: 'likely-pain-generator',
        description: 'Disc herniation (left, extrusion subarticular, L5 compression)', phrase: 'left L4–L5 subarticular extrusion compressing the traversing left L5 root',
      },
      { id: 'f2', level: 'L5-S1', type: 'modic', label: 'possibly-contributory', description: 'Modic endplate change (type 1)', phrase: 'L5–S1 Modic type 1 endplate changes' },
      { id: 'f3', level: 'L3-L4', type: 'disc-bulge', label: 'probably-incidental', description: 'Disc bulge', phrase: 'L3–L4 disc bulge' },
    ],
  }),
  row('b', { patientName: 'Bo Rim', patientId: 'P-10', studyDate: '2026-01-05', age: 71, sex: 'M', redFlag: true, findings: [{ id: 'f1', level: 'L2', type: 'fracture', label: 'urgent-red-flag', description: 'Vertebral fracture (acute, pathologic-suspected)', phrase: 'acute fracture of L2, suspected to be pathological' }] }),
  row('c', { patientName: 'cy Ng', patientId: 'P-9', studyDate: null, age: null, sex: 'M', findings: [{ id: 'f1', level: 'L4-L5', type: 'disc-bulge', label: 'probably-incidental', description: 'Disc bulge', phrase: 'L4–L5 disc bulge' }] }),
  row('d', { patientName: 'Di Oak', patientId: 'P-2', studyDate: '2024-11-30', age: 30, sex: 'F', status: 'amended', findings: [] }),
];
const uids = (list: CaseBrowserRow[]) => list.map((r) => r.studyInstanceUID);

describe('searching the case list', () => {
  it('matches every word, in any field: name, ID, finding type in words, level, status', () => {
    expect(uids(searchRows(rows, ''))).toEqual(['a', 'b', 'c', 'd']);
    expect(uids(searchRows(rows, 'quill'))).toEqual(['a']);
    // The words about findings hold for one finding: 'a' has a bulge, and something else at L4-L5.
    expect(uids(searchRows(rows, 'disc bulge l4-l5'))).toEqual(['c']);
    expect(uids(searchRows(rows, 'bulge l4-l5 P-9'))).toEqual(['c']);
    expect(uids(searchRows(rows, 'Disc   BULGE'))).toEqual(['a', 'c']);
    expect(uids(searchRows(rows, 'vertebral fracture'))).toEqual(['b']);
    expect(uids(searchRows(rows, 'reviewed'))).toEqual(['a']);
    expect(uids(searchRows(rows, 'amended'))).toEqual(['d']);
    expect(uids(searchRows(rows, 'quill fracture'))).toEqual([]);
  });

  it('matches the findings’ attributes: morphology, Modic type, level with either dash, root, label', () => {
    const modic2 = row('e', {
      patientId: 'P-21', studyDate: '2021-01-11',
      findings: [{ id: 'f1', level: 'L5-S1', type: 'modic', label: 'probably-incidental', description: 'Modic endplate change (type 2)', phrase: 'L5–S1 Modic type 2 endplate changes' }],
    });
    const rows5 = [...rows, modic2];
    expect(uids(searchRows(rows5, 'Modic 1'))).toEqual(['a']);
    expect(uids(searchRows(rows5, 'modic 2'))).toEqual(['e']);
    expect(uids(searchRows(rows5, 'modic'))).toEqual(['a', 'e']);
    expect(uids(searchRows(rows5, 'modic incidental'))).toEqual(['e']);
    expect(uids(searchRows(rows, 'extrusion'))).toEqual(['a']);
    expect(uids(searchRows(rows, 'L4-L5'))).toEqual(['a', 'c']);
    expect(uids(searchRows(rows, 'L4–L5 extrusion'))).toEqual(['a']);
    expect(uids(searchRows(rows, 'extrusion L5-S1'))).toEqual([]);
    expect(uids(searchRows(rows, 'L5 compression'))).toEqual(['a']);
    expect(uids(searchRows(rows, 'pathological'))).toEqual(['b']);
    expect(uids(searchRows(rows, 'quill extrusion'))).toEqual(['a']);
  });

  it('counts per label follow the search', () => {
    const shown = searchRows(rows, 'modic');
    expect(labelCounts(shown)['possibly-contributory']).toEqual({ findings: 1, cases: 1 });
    expect(labelCounts(shown)['urgent-red-flag']).toEqual({ findings: 0, cases: 0 });
    expect(labelCounts(searchRows(rows, 'pathological'))['urgent-red-flag']).toEqual({ findings: 1, cases: 1 });
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
