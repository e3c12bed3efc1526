import { createHmac, createSecretKey } from 'node:crypto';

/**
 * Everything stable about one export project comes from its secret key, which stays in the app's
 * database and never in an export: HMAC-SHA-256 of a purpose and a value. The same key gives the
 * same pseudonyms, UIDs and date offsets on every export; without it none can be reversed or
 * recomputed from a guessed name or UID.
 */
export interface ProjectKeys {
  patientPseudonym(patientKey: string): string;
  casePseudonym(caseKey: string): string;
  /** A shift of -3650 … -365 days, the same for every date of one patient. */
  dateOffsetDays(patientKey: string): number;
  mapUid(uid: string): string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const STANDARD_UID_ROOT = '1.2.840.10008.';

function base32(bytes: Uint8Array, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** True for UIDs the DICOM standard defines (SOP classes, transfer syntaxes, coding schemes): never remapped. */
export function isStandardUid(uid: string): boolean {
  return uid.startsWith(STANDARD_UID_ROOT);
}

export function projectKeys(secret: Uint8Array): ProjectKeys {
  const key = createSecretKey(secret);
  const digest = (purpose: string, value: string): Buffer => createHmac('sha256', key).update(`${purpose}\0${value}`).digest();
  const uidCache = new Map<string, string>();
  return {
    patientPseudonym: (patientKey) => `P-${base32(digest('patient', patientKey), 10)}`,
    casePseudonym: (caseKey) => `C-${base32(digest('case', caseKey), 10)}`,
    dateOffsetDays: (patientKey) => -(365 + (digest('date-offset', patientKey).readUInt32BE(0) % (3650 - 365 + 1))),
    mapUid(uid) {
      const clean = uid.replace(/[\0 ]+$/, '').trim();
      if (clean === '' || isStandardUid(clean)) return clean;
      let mapped = uidCache.get(clean);
      if (mapped === undefined) {
        // 2.25.<128-bit integer> (PS3.5 §B.2): the bits of an HMAC shaped as a version-8 UUID.
        const bytes = Buffer.from(digest('uid', clean).subarray(0, 16));
        bytes[6] = (bytes[6]! & 0x0f) | 0x80;
        bytes[8] = (bytes[8]! & 0x3f) | 0x80;
        mapped = `2.25.${BigInt(`0x${bytes.toString('hex')}`).toString()}`;
        uidCache.set(clean, mapped);
      }
      return mapped;
    },
  };
}
