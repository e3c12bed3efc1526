import { attributes, type CaptureSpec, type SequenceSpec } from './dataset-walker.ts';

/**
 * The attributes the index keeps, with the VR used when a file does not state it (implicit VR).
 * Everything else in a header is skipped unread.
 */
export const TOP = attributes({
  SpecificCharacterSet: [0x00080005, 'CS'],
  ImageType: [0x00080008, 'CS'],
  SOPClassUID: [0x00080016, 'UI'],
  SOPInstanceUID: [0x00080018, 'UI'],
  StudyDate: [0x00080020, 'DA'],
  StudyTime: [0x00080030, 'TM'],
  AccessionNumber: [0x00080050, 'SH'],
  Modality: [0x00080060, 'CS'],
  StudyDescription: [0x00081030, 'LO'],
  SeriesDescription: [0x0008103e, 'LO'],
  PatientName: [0x00100010, 'PN'],
  PatientID: [0x00100020, 'LO'],
  PatientBirthDate: [0x00100030, 'DA'],
  PatientSex: [0x00100040, 'CS'],
  PatientAge: [0x00101010, 'AS'],
  BodyPartExamined: [0x00180015, 'CS'],
  ScanningSequence: [0x00180020, 'CS'],
  SequenceVariant: [0x00180021, 'CS'],
  MRAcquisitionType: [0x00180023, 'CS'],
  SequenceName: [0x00180024, 'SH'],
  SliceThickness: [0x00180050, 'DS'],
  RepetitionTime: [0x00180080, 'DS'],
  EchoTime: [0x00180081, 'DS'],
  InversionTime: [0x00180082, 'DS'],
  MagneticFieldStrength: [0x00180087, 'DS'],
  SpacingBetweenSlices: [0x00180088, 'DS'],
  ProtocolName: [0x00181030, 'LO'],
  PulseSequenceName: [0x00189005, 'SH'],
  StudyInstanceUID: [0x0020000d, 'UI'],
  SeriesInstanceUID: [0x0020000e, 'UI'],
  StudyID: [0x00200010, 'SH'],
  SeriesNumber: [0x00200011, 'IS'],
  InstanceNumber: [0x00200013, 'IS'],
  ImagePositionPatient: [0x00200032, 'DS'],
  ImageOrientationPatient: [0x00200037, 'DS'],
  FrameOfReferenceUID: [0x00200052, 'UI'],
  SamplesPerPixel: [0x00280002, 'US'],
  PhotometricInterpretation: [0x00280004, 'CS'],
  NumberOfFrames: [0x00280008, 'IS'],
  Rows: [0x00280010, 'US'],
  Columns: [0x00280011, 'US'],
  PixelSpacing: [0x00280030, 'DS'],
  BitsAllocated: [0x00280100, 'US'],
  BitsStored: [0x00280101, 'US'],
  HighBit: [0x00280102, 'US'],
  PixelRepresentation: [0x00280103, 'US'],
  WindowCenter: [0x00281050, 'DS'],
  WindowWidth: [0x00281051, 'DS'],
  RescaleIntercept: [0x00281052, 'DS'],
  RescaleSlope: [0x00281053, 'DS'],
});

/**
 * Enhanced (multi-frame) objects keep geometry and timing in functional groups: the shared
 * group and the first frame's group are enough to place and classify the series.
 */
export const PLANE_ORIENTATION = attributes({ ImageOrientationPatient: [0x00200037, 'DS'] });
export const PLANE_POSITION = attributes({ ImagePositionPatient: [0x00200032, 'DS'] });
export const PIXEL_MEASURES = attributes({
  PixelSpacing: [0x00280030, 'DS'],
  SliceThickness: [0x00180050, 'DS'],
  SpacingBetweenSlices: [0x00180088, 'DS'],
});
export const FRAME_VOI_LUT = attributes({ WindowCenter: [0x00281050, 'DS'], WindowWidth: [0x00281051, 'DS'] });
export const PIXEL_VALUE_TRANSFORMATION = attributes({ RescaleIntercept: [0x00281052, 'DS'], RescaleSlope: [0x00281053, 'DS'] });
export const MR_TIMING = attributes({ RepetitionTime: [0x00180080, 'DS'] });
export const MR_ECHO = attributes({ EffectiveEchoTime: [0x00189082, 'FD'] });
export const MR_MODIFIER = attributes({ InversionTimes: [0x00189079, 'FD'] });

function firstItemOf(tag: number, name: string, items: CaptureSpec): readonly [number, SequenceSpec] {
  return [tag, { name, items, maxItems: 1 }];
}

const FUNCTIONAL_GROUP: CaptureSpec = attributes(
  {},
  new Map([
    firstItemOf(0x00209116, 'PlaneOrientation', PLANE_ORIENTATION.spec),
    firstItemOf(0x00209113, 'PlanePosition', PLANE_POSITION.spec),
    firstItemOf(0x00289110, 'PixelMeasures', PIXEL_MEASURES.spec),
    firstItemOf(0x00289132, 'FrameVOILUT', FRAME_VOI_LUT.spec),
    firstItemOf(0x00289145, 'PixelValueTransformation', PIXEL_VALUE_TRANSFORMATION.spec),
    firstItemOf(0x00189112, 'MRTimingAndRelatedParameters', MR_TIMING.spec),
    firstItemOf(0x00189114, 'MREcho', MR_ECHO.spec),
    firstItemOf(0x00189115, 'MRModifier', MR_MODIFIER.spec),
  ]),
).spec;

export const INDEX_SPEC: CaptureSpec = {
  ...TOP.spec,
  sequences: new Map([
    firstItemOf(0x52009229, 'SharedFunctionalGroups', FUNCTIONAL_GROUP),
    firstItemOf(0x52009230, 'PerFrameFunctionalGroups', FUNCTIONAL_GROUP),
  ]),
};

/** A DICOMDIR's directory records: each referenced file's path components. */
export const DIRECTORY_RECORD = attributes({ ReferencedFileID: [0x00041500, 'CS'] });

export const DICOMDIR_SPEC: CaptureSpec = attributes(
  {},
  new Map([[0x00041220, { name: 'DirectoryRecords', items: DIRECTORY_RECORD.spec, maxItems: 1_000_000 }]]),
).spec;

export const MEDIA_STORAGE_DIRECTORY_SOP_CLASS = '1.2.840.10008.1.3.10';
