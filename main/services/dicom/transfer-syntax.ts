/** How a transfer syntax encodes the data set after the file meta information. */
export interface DatasetEncoding {
  explicitVr: boolean;
  littleEndian: boolean;
  deflated: boolean;
}

export const TRANSFER_SYNTAX = {
  implicitLittle: '1.2.840.10008.1.2',
  explicitLittle: '1.2.840.10008.1.2.1',
  deflatedExplicitLittle: '1.2.840.10008.1.2.1.99',
  explicitBig: '1.2.840.10008.1.2.2',
} as const;

/**
 * Every other syntax — JPEG, JPEG-LS, JPEG 2000, HTJ2K, RLE, MPEG, HEVC, JPEG XL and private
 * ones — encodes its header as explicit VR little endian with encapsulated pixel data, and the
 * importer reads headers only, so they all import alike.
 */
export function datasetEncoding(transferSyntaxUID: string): DatasetEncoding {
  switch (transferSyntaxUID) {
    case TRANSFER_SYNTAX.implicitLittle:
      return { explicitVr: false, littleEndian: true, deflated: false };
    case TRANSFER_SYNTAX.explicitBig:
      return { explicitVr: true, littleEndian: false, deflated: false };
    case TRANSFER_SYNTAX.deflatedExplicitLittle:
    case '1.2.840.10008.1.2.8.1': // JPIP Referenced Deflate
      return { explicitVr: true, littleEndian: true, deflated: true };
    default:
      return { explicitVr: true, littleEndian: true, deflated: false };
  }
}
