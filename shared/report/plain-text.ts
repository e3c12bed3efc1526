import type { ReportDocument } from './document.ts';

export interface PlainTextHeader {
  title?: string;
  /** Lines under the title, e.g. study description and date. */
  lines?: string[];
}

export interface PlainTextSignature {
  /** `final` for the original, `amended` for an amended version. */
  kind: 'final' | 'amended';
  signedBy: string;
  /** ISO 8601. */
  signedAt: string;
  /** Why an amended version replaced the one before. */
  reason?: string | null;
}

export interface PlainTextAddendum {
  text: string;
  signedBy: string;
  signedAt: string;
}

export interface PlainTextExtras {
  signature?: PlainTextSignature | null;
  addenda?: readonly PlainTextAddendum[];
}

/** `2026-02-01 10:00 UTC` from an ISO time: the same on every machine. */
export function signatureTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function signatureLines(signature: PlainTextSignature): string[] {
  const lines = [`${signature.kind === 'amended' ? 'Amended and signed' : 'Signed'} by ${signature.signedBy} on ${signatureTime(signature.signedAt)}.`];
  if (signature.kind === 'amended' && signature.reason) lines.push(`Reason for amendment: ${signature.reason}`);
  return lines;
}

/** "Copy as text": section titles in capitals, a blank line between sections, then signature and addenda. */
export function reportPlainText(document: Pick<ReportDocument, 'sections'>, header: PlainTextHeader = {}, extras: PlainTextExtras = {}): string {
  const head = [header.title, ...(header.lines ?? [])].filter((line): line is string => Boolean(line));
  const body = document.sections.filter((section) => section.text.trim().length > 0).map((section) => `${section.title.toUpperCase()}\n${section.text.trim()}`);
  const signature = extras.signature ? [signatureLines(extras.signature).join('\n')] : [];
  const addenda = (extras.addenda ?? []).map((addendum) => `ADDENDUM (${addendum.signedBy}, ${signatureTime(addendum.signedAt)})\n${addendum.text.trim()}`);
  return `${[head.join('\n'), ...body, ...signature, ...addenda].filter(Boolean).join('\n\n')}\n`;
}
