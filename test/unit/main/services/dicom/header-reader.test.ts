import { describe, expect, it } from 'vitest';
import { readDicomHeaderFromBytes } from '../../../../../main/services/dicom/header-reader.ts';
import { instanceRecordFrom } from '../../../../../main/services/dicom/instance-record.ts';
import { TS, encodeDicomFile } from '../../../../fixtures/dicom-writer.ts';
import { mrSlice } from './mr-dataset.ts';

function record(bytes: Uint8Array) {
  return instanceRecordFrom('/x', readDicomHeaderFromBytes(bytes));
}

describe('readDicomHeader', () => {
  it.each(Object.entries(TS))('reads the indexed attributes of a %s file', (_name, transferSyntax) => {
    const r = record(encodeDicomFile(mrSlice(), { transferSyntax }));
    expect(r.transferSyntaxUID).toBe(transferSyntax);
    expect(r.sopInstanceUID).toBe('2.25.100.1');
    expect(r.series.seriesInstanceUID).toBe('2.25.100.2');
    expect(r.patient.name).toBe('Test^Patient');
    expect(r.rows).toBe(4);
    expect(r.imagePositionPatient).toEqual([-20, -150, 100]);
    expect(r.imageOrientationPatient).toEqual([0, 1, 0, 0, 0, -1]);
    expect(r.pixelSpacing).toEqual([0.5, 0.5]);
    expect(r.kind).toBe('image');
  });
});
