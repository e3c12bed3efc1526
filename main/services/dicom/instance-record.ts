import { characterSetFrom } from './charset.ts';
import type { CapturedSet, RawValue } from './dataset-walker.ts';
import { integer, number, text, texts, vector } from './element-values.ts';
import type { DicomHeader } from './header-reader.ts';
import { DicomReadError } from './reject-reason.ts';
import {
  FRAME_VOI_LUT,
  MR_ECHO,
  MR_MODIFIER,
  MR_TIMING,
  PIXEL_MEASURES,
  PIXEL_VALUE_TRANSFORMATION,
  PLANE_ORIENTATION,
  PLANE_POSITION,
  TOP,
} from './index-attributes.ts';
import { IMAGE_KIND, objectKind } from './sop-class.ts';

/** Everything the index keeps about one instance: plain data, safe to post between threads. */
export interface InstanceRecord {
  path: string;
  size: number;
  mtimeMs: number;
  transferSyntaxUID: string;
  sopClassUID: string;
  sopInstanceUID: string;
  patient: { patientId: string; name: string; birthDate: string | null; sex: string };
  study: {
    studyInstanceUID: string;
    date: string | null;
    time: string | null;
    description: string;
    accessionNumber: string;
    studyId: string;
    /** PatientAge as the header states it at this study (AS, e.g. '045Y'); null when absent. */
    patientAge: string | null;
  };
  series: {
    seriesInstanceUID: string;
    number: number | null;
    description: string;
    modality: string;
    bodyPart: string;
    protocolName: string;
    sequenceName: string;
    scanningSequence: string[];
    sequenceVariant: string[];
    mrAcquisitionType: string;
    repetitionTimeMs: number | null;
    echoTimeMs: number | null;
    inversionTimeMs: number | null;
    magneticFieldStrength: number | null;
    frameOfReferenceUID: string;
  };
  /** 'image', or what a non-image object is in words. */
  kind: string;
  instanceNumber: number | null;
  imageType: string[];
  rows: number | null;
  columns: number | null;
  frames: number;
  samplesPerPixel: number | null;
  photometricInterpretation: string;
  bitsAllocated: number | null;
  bitsStored: number | null;
  highBit: number | null;
  pixelRepresentation: number | null;
  /** [row spacing, column spacing] in mm. */
  pixelSpacing: number[] | null;
  sliceThickness: number | null;
  spacingBetweenSlices: number | null;
  imagePositionPatient: number[] | null;
  imageOrientationPatient: number[] | null;
  windowCenter: number | null;
  windowWidth: number | null;
  rescaleIntercept: number | null;
  rescaleSlope: number | null;
}

/** Builds the record for a read header; refuses a file that cannot be placed in the hierarchy. */
export function instanceRecordFrom(path: string, header: DicomHeader): InstanceRecord {
  const top = header.dataset.captured;
  const v = top.values;
  const at = TOP.slot;
  const charset = characterSetFrom(texts(v[at.SpecificCharacterSet]));
  const shared = firstItem(top, 'SharedFunctionalGroups');
  const frame = firstItem(top, 'PerFrameFunctionalGroups');
  /** A value from the enhanced functional groups: this frame's, else the shared one. */
  const grouped = (sequence: string, slot: number): RawValue | undefined => nested(frame, sequence, slot) ?? nested(shared, sequence, slot);

  const sopInstanceUID = text(v[at.SOPInstanceUID]) || header.mediaStorageSOPInstanceUID;
  const sopClassUID = text(v[at.SOPClassUID]) || header.mediaStorageSOPClassUID;
  const studyInstanceUID = text(v[at.StudyInstanceUID]);
  const seriesInstanceUID = text(v[at.SeriesInstanceUID]);
  if (!sopInstanceUID || !studyInstanceUID || !seriesInstanceUID) {
    if (header.bareDataset) throw new DicomReadError('notDicom');
    // Elements come in tag order: a file whose last element comes before a missing identifier
    // was cut short there rather than written without it.
    const lastTag = header.dataset.lastTag;
    const cutShort = (!sopInstanceUID && lastTag < 0x00080018) || (!studyInstanceUID && lastTag < 0x0020000d) || (!seriesInstanceUID && lastTag < 0x0020000e);
    throw new DicomReadError(cutShort ? 'truncated' : 'missingIdentifiers');
  }
  const modality = text(v[at.Modality]).toUpperCase();
  const rows = integer(v[at.Rows]);
  const columns = integer(v[at.Columns]);
  const hasImagePixels = header.dataset.pixelData !== null && rows !== null && columns !== null && rows > 0 && columns > 0;
  const kind = objectKind(sopClassUID, modality, hasImagePixels);
  const isImage = kind === IMAGE_KIND;

  return {
    path,
    size: header.size,
    mtimeMs: header.mtimeMs,
    transferSyntaxUID: header.transferSyntaxUID,
    sopClassUID,
    sopInstanceUID,
    patient: {
      patientId: text(v[at.PatientID], charset),
      name: text(v[at.PatientName], charset),
      birthDate: text(v[at.PatientBirthDate]) || null,
      sex: text(v[at.PatientSex]),
    },
    study: {
      studyInstanceUID,
      date: text(v[at.StudyDate]) || null,
      time: text(v[at.StudyTime]) || null,
      description: text(v[at.StudyDescription], charset),
      accessionNumber: text(v[at.AccessionNumber], charset),
      studyId: text(v[at.StudyID], charset),
      patientAge: text(v[at.PatientAge]) || null,
    },
    series: {
      seriesInstanceUID,
      number: integer(v[at.SeriesNumber]),
      description: text(v[at.SeriesDescription], charset),
      modality,
      bodyPart: text(v[at.BodyPartExamined]),
      protocolName: text(v[at.ProtocolName], charset),
      sequenceName: text(v[at.SequenceName], charset) || text(v[at.PulseSequenceName], charset),
      scanningSequence: texts(v[at.ScanningSequence]),
      sequenceVariant: texts(v[at.SequenceVariant]),
      mrAcquisitionType: text(v[at.MRAcquisitionType]),
      repetitionTimeMs: number(v[at.RepetitionTime] ?? grouped('MRTimingAndRelatedParameters', MR_TIMING.slot.RepetitionTime)),
      echoTimeMs: number(v[at.EchoTime] ?? grouped('MREcho', MR_ECHO.slot.EffectiveEchoTime)),
      inversionTimeMs: number(v[at.InversionTime] ?? grouped('MRModifier', MR_MODIFIER.slot.InversionTimes)),
      magneticFieldStrength: number(v[at.MagneticFieldStrength]),
      frameOfReferenceUID: text(v[at.FrameOfReferenceUID]),
    },
    kind,
    instanceNumber: integer(v[at.InstanceNumber]),
    imageType: texts(v[at.ImageType]),
    rows: isImage ? rows : null,
    columns: isImage ? columns : null,
    frames: Math.max(1, integer(v[at.NumberOfFrames]) ?? 1),
    samplesPerPixel: integer(v[at.SamplesPerPixel]),
    photometricInterpretation: text(v[at.PhotometricInterpretation]),
    bitsAllocated: integer(v[at.BitsAllocated]),
    bitsStored: integer(v[at.BitsStored]),
    highBit: integer(v[at.HighBit]),
    pixelRepresentation: integer(v[at.PixelRepresentation]),
    pixelSpacing: vector(v[at.PixelSpacing] ?? grouped('PixelMeasures', PIXEL_MEASURES.slot.PixelSpacing), 2),
    sliceThickness: number(v[at.SliceThickness] ?? grouped('PixelMeasures', PIXEL_MEASURES.slot.SliceThickness)),
    spacingBetweenSlices: number(v[at.SpacingBetweenSlices] ?? grouped('PixelMeasures', PIXEL_MEASURES.slot.SpacingBetweenSlices)),
    imagePositionPatient: vector(v[at.ImagePositionPatient] ?? grouped('PlanePosition', PLANE_POSITION.slot.ImagePositionPatient), 3),
    imageOrientationPatient: vector(v[at.ImageOrientationPatient] ?? grouped('PlaneOrientation', PLANE_ORIENTATION.slot.ImageOrientationPatient), 6),
    windowCenter: number(v[at.WindowCenter] ?? grouped('FrameVOILUT', FRAME_VOI_LUT.slot.WindowCenter)),
    windowWidth: number(v[at.WindowWidth] ?? grouped('FrameVOILUT', FRAME_VOI_LUT.slot.WindowWidth)),
    rescaleIntercept: number(v[at.RescaleIntercept] ?? grouped('PixelValueTransformation', PIXEL_VALUE_TRANSFORMATION.slot.RescaleIntercept)),
    rescaleSlope: number(v[at.RescaleSlope] ?? grouped('PixelValueTransformation', PIXEL_VALUE_TRANSFORMATION.slot.RescaleSlope)),
  };
}

function firstItem(set: CapturedSet, name: string): CapturedSet | undefined {
  return set.sequences.get(name)?.[0];
}

function nested(group: CapturedSet | undefined, sequence: string, slot: number): RawValue | undefined {
  return group?.sequences.get(sequence)?.[0]?.values[slot];
}
