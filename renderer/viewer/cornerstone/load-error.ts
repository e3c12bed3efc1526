const SYNTAX_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.10008.1.2': 'Implicit VR Little Endian',
  '1.2.840.10008.1.2.1': 'Explicit VR Little Endian',
  '1.2.840.10008.1.2.1.99': 'Deflated Explicit VR Little Endian',
  '1.2.840.10008.1.2.2': 'Explicit VR Big Endian',
  '1.2.840.10008.1.2.4.50': 'JPEG Baseline',
  '1.2.840.10008.1.2.4.51': 'JPEG Extended',
  '1.2.840.10008.1.2.4.57': 'JPEG Lossless',
  '1.2.840.10008.1.2.4.70': 'JPEG Lossless SV1',
  '1.2.840.10008.1.2.4.80': 'JPEG-LS Lossless',
  '1.2.840.10008.1.2.4.81': 'JPEG-LS Near-Lossless',
  '1.2.840.10008.1.2.4.90': 'JPEG 2000 Lossless',
  '1.2.840.10008.1.2.4.91': 'JPEG 2000',
  '1.2.840.10008.1.2.4.201': 'HTJ2K Lossless',
  '1.2.840.10008.1.2.4.202': 'HTJ2K Lossless RPCL',
  '1.2.840.10008.1.2.4.203': 'HTJ2K',
  '1.2.840.10008.1.2.5': 'RLE Lossless',
  '1.2.840.10008.1.2.4.100': 'MPEG2 video',
  '1.2.840.10008.1.2.4.102': 'MPEG-4 video',
  '1.2.840.10008.1.2.4.103': 'MPEG-4 video',
  '1.2.840.10008.1.2.4.110': 'JPEG XL Lossless',
  '1.2.840.10008.1.2.4.112': 'JPEG XL',
};

export function transferSyntaxName(uid: string): string {
  return SYNTAX_NAMES[uid] ?? `transfer syntax ${uid}`;
}

function httpStatusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const record = error as { status?: unknown; request?: { status?: unknown }; error?: unknown };
  if (typeof record.status === 'number') return record.status;
  if (typeof record.request?.status === 'number') return record.request.status;
  return record.error !== undefined ? httpStatusOf(record.error) : null;
}

/**
 * What to show in a viewport whose image could not be displayed: why, in words, without
 * anything from the file (no paths, no patient data). The server answers 404 when the file is
 * gone and 410 when it changed since import.
 */
export function loadErrorMessage(error: unknown, transferSyntaxUID: string | null): string {
  const status = httpStatusOf(error);
  if (status === 404) return 'The file of this image is gone: it was moved or deleted after it was imported. Import it again from where it is now.';
  if (status === 410) return 'The file of this image has changed since it was imported. Import it again.';
  if (status !== null && status >= 400) return `The image could not be fetched (HTTP ${status}).`;
  const syntax = transferSyntaxUID ? ` (${transferSyntaxName(transferSyntaxUID)})` : '';
  return `This image could not be decoded${syntax}. Its pixel data may be damaged or in an encoding the viewer cannot read.`;
}
