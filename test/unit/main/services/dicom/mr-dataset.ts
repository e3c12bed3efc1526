// Element lists for one MR slice, written by the shared fixture writer in the tests of this folder.
import { el, type DataElement } from '../../../../fixtures/dicom-writer.ts';

export const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';

export interface SliceOptions {
  sopInstanceUID?: string;
  studyInstanceUID?: string;
  seriesInstanceUID?: string;
  seriesDescription?: string;
  instanceNumber?: number;
  position?: readonly number[];
  orientation?: readonly number[];
  rows?: number;
  columns?: number;
  extra?: readonly DataElement[];
  pixels?: boolean;
}

/** A small sagittal MR slice (4×4 pixels) with the attributes the index reads. */
export function mrSlice(options: SliceOptions = {}): DataElement[] {
  const rows = options.rows ?? 4;
  const columns = options.columns ?? 4;
  const elements: DataElement[] = [
    el(0x00080008, 'CS', ['ORIGINAL', 'PRIMARY']),
    el(0x00080016, 'UI', MR_IMAGE_STORAGE),
    el(0x00080018, 'UI', options.sopInstanceUID ?? '2.25.100.1'),
    el(0x00080020, 'DA', '20240315'),
    el(0x00080030, 'TM', '101500'),
    el(0x00080050, 'SH', 'ACC42'),
    el(0x00080060, 'CS', 'MR'),
    el(0x00081030, 'LO', 'MR LUMBAR SPINE'),
    el(0x0008103e, 'LO', options.seriesDescription ?? 'SAG T2 TSE'),
    el(0x00100010, 'PN', 'Test^Patient'),
    el(0x00100020, 'LO', 'PID-1'),
    el(0x00100030, 'DA', '19700101'),
    el(0x00100040, 'CS', 'F'),
    el(0x00180050, 'DS', 4),
    el(0x00180080, 'DS', 3500),
    el(0x00180081, 'DS', 100),
    el(0x0020000d, 'UI', options.studyInstanceUID ?? '2.25.100'),
    el(0x0020000e, 'UI', options.seriesInstanceUID ?? '2.25.100.2'),
    el(0x00200011, 'IS', 2),
    el(0x00200013, 'IS', options.instanceNumber ?? 1),
    el(0x00200032, 'DS', [...(options.position ?? [-20, -150, 100])]),
    el(0x00200037, 'DS', [...(options.orientation ?? [0, 1, 0, 0, 0, -1])]),
    el(0x00280002, 'US', 1),
    el(0x00280004, 'CS', 'MONOCHROME2'),
    el(0x00280010, 'US', rows),
    el(0x00280011, 'US', columns),
    el(0x00280030, 'DS', [0.5, 0.5]),
    el(0x00280100, 'US', 16),
    el(0x00280101, 'US', 12),
    el(0x00280102, 'US', 11),
    el(0x00280103, 'US', 0),
    el(0x00281050, 'DS', 500),
    el(0x00281051, 'DS', 1000),
    ...(options.extra ?? []),
  ];
  if (options.pixels !== false) elements.push(el(0x7fe00010, 'OW', new Uint16Array(rows * columns).fill(7)));
  return elements;
}
