// The DICOM SR writer: case + correlation + report + image references → Comprehensive SR Part-10
// bytes (Explicit VR Little Endian), with a hook for UID remapping when the research export
// de-identifies. The research export reuses it; see index.ts for the API.
import dcmjs, { type NaturalDataset } from 'dcmjs';
import { COMPREHENSIVE_SR, buildSrDataset } from './sr-dataset.ts';
import type { SpineSrInput, SpineSrOptions, SpineSrResult } from './types.ts';
import { IMPLEMENTATION_CLASS_UID, newUid } from './uids.ts';

const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';

/** Instance UIDs anywhere in the dataset: keys ending in InstanceUID, UIDREF values, frame of reference. */
function isInstanceUidKey(key: string): boolean {
  return key.endsWith('InstanceUID') || key === 'UID' || key === 'FrameOfReferenceUID';
}

function mapUids(value: unknown, mapUid: (uid: string) => string): unknown {
  if (Array.isArray(value)) return value.map((entry) => mapUids(entry, mapUid));
  if (value === null || typeof value !== 'object') return value;
  const mapped: NaturalDataset = {};
  for (const [key, entry] of Object.entries(value)) {
    mapped[key] = isInstanceUidKey(key) && typeof entry === 'string' ? mapUid(entry) : mapUids(entry, mapUid);
  }
  return mapped;
}

let quietened = false;

/** dcmjs logs through loglevel to the console; nothing of ours should reach it (values may be patient data). */
function quietDcmjs(): void {
  if (quietened) return;
  dcmjs.log.setLevel('silent');
  quietened = true;
}

export function writeSpineSr(input: SpineSrInput, options: SpineSrOptions = {}): SpineSrResult {
  quietDcmjs();
  const mapUid = options.mapUid ?? ((uid: string) => uid);
  const sopInstanceUID = options.sopInstanceUID ?? newUid();
  const seriesInstanceUID = options.seriesInstanceUID ?? newUid();
  const { dataset, warnings } = buildSrDataset(input, { ...options, sopInstanceUID, seriesInstanceUID });
  const mapped = mapUids(dataset, mapUid) as NaturalDataset;
  const meta: NaturalDataset = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: COMPREHENSIVE_SR,
    MediaStorageSOPInstanceUID: mapped.SOPInstanceUID,
    TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: 'SPINECORRELATE',
  };
  const dict = new dcmjs.data.DicomDict(dcmjs.data.DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = dcmjs.data.DicomMetaDictionary.denaturalizeDataset(mapped);
  return {
    bytes: new Uint8Array(dict.write()),
    sopInstanceUID: String(mapped.SOPInstanceUID),
    seriesInstanceUID: String(mapped.SeriesInstanceUID),
    warnings,
  };
}
