// The report as a print-quality PDF: A4 or Letter, a header with the study, the sections, the
// impression set off in a shaded box, the signature block, addenda, key images, and every page
// numbered and identified in its footer.
import PDFDocument from 'pdfkit';
import type { PageSize } from '../../../../shared/ipc/channels/preferences.ts';
import { signatureTime, URGENT_LINE, type PlainTextAddendum, type PlainTextSignature, type ReportSection } from '../../../../shared/report/index.ts';
import { displayPersonName } from '../../dicom/person-name.ts';
import type { KeyImage } from '../key-image/key-image.ts';
import type { Face } from './fonts/report-fonts.ts';
import { ReportText } from './text/report-text.ts';

export interface PdfStudyHeader {
  patientName?: string;
  patientId?: string;
  patientBirthDate?: string;
  patientSex?: string;
  studyDescription?: string;
  studyDate?: string;
  accessionNumber?: string;
}

export interface PdfReportInput {
  pageSize: PageSize;
  study: PdfStudyHeader;
  /** drafting: not signed; amending: an amendment in progress; signed: final or amended. */
  phase: 'drafting' | 'amending' | 'signed';
  sections: ReportSection[];
  signature: (PlainTextSignature & { organization?: string | null }) | null;
  addenda: PlainTextAddendum[];
  keyImages: KeyImage[];
  ruleset: string;
  generatedAt: Date;
}

const INK = '#1a1a1a';
const MUTED = '#5c5c5c';
const RULE = '#b8b8b8';
const ACCENT = '#1f4e79';
const URGENT = '#b00020';
const SHADE = '#eef2f7';
const BODY_SIZE = 10;
const MARGIN = { top: 54, bottom: 64, left: 56, right: 56 };

/** DICOM DA (YYYYMMDD) as YYYY-MM-DD; anything else as it is. */
function displayDate(value: string | undefined): string {
  return value && /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value ?? '';
}

/** DICOM PN as the study browser shows it: with the ideographic name when there is one. */
function displayName(value: string | undefined): string {
  return value ? displayPersonName(value) : '';
}

class Layout {
  readonly doc: InstanceType<typeof PDFDocument>;
  readonly type: ReportText;
  readonly width: number;
  constructor(doc: InstanceType<typeof PDFDocument>) {
    this.doc = doc;
    this.type = new ReportText(doc);
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }
  /** Starts a new page when `height` does not fit below the cursor (unless a whole page could not hold it either). */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom && height <= this.bottom - MARGIN.top) this.doc.addPage();
  }
  text(value: string, face: Face, size: number, colour: string, options: { gap?: number; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    this.type.draw(value, { face, size, colour }, MARGIN.left + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 });
    this.doc.y += options.gap ?? 0;
  }
  rule(colour = RULE): void {
    const y = this.doc.y;
    this.doc.moveTo(MARGIN.left, y).lineTo(MARGIN.left + this.width, y).lineWidth(0.6).strokeColor(colour).stroke();
    this.doc.y = y + 6;
  }
}

function drawHeader(layout: Layout, input: PdfReportInput): void {
  const { doc, type } = layout;
  const status = input.phase === 'drafting' ? 'DRAFT - NOT SIGNED' : input.phase === 'amending' ? 'AMENDMENT DRAFT - NOT SIGNED' : input.signature?.kind === 'amended' ? 'AMENDED' : 'FINAL';
  const top = doc.y;
  type.draw('MRI Lumbar Spine', { face: 'bold', size: 16, colour: ACCENT }, MARGIN.left, top, { width: layout.width * 0.6 });
  type.draw('Radiology report', { face: 'regular', size: 9, colour: MUTED }, MARGIN.left, doc.y, { width: layout.width * 0.6 });
  type.draw(status, { face: 'bold', size: 10, colour: input.phase === 'signed' ? ACCENT : URGENT }, MARGIN.left, top + 4, { width: layout.width, align: 'right' });
  doc.y = Math.max(doc.y, top + 34);
  layout.rule(ACCENT);

  const study = input.study;
  const left: [string, string][] = [
    ['Patient', displayName(study.patientName)],
    ['Patient ID', study.patientId ?? ''],
    ['Date of birth', displayDate(study.patientBirthDate)],
    ['Sex', study.patientSex ?? ''],
  ];
  const right: [string, string][] = [
    ['Study', study.studyDescription ?? ''],
    ['Study date', displayDate(study.studyDate)],
    ['Accession', study.accessionNumber ?? ''],
    ['Correlation rules', input.ruleset],
  ];
  const rowsTop = doc.y;
  const column = layout.width / 2;
  const drawColumn = (rows: [string, string][], x: number) => {
    let y = rowsTop;
    for (const [label, value] of rows) {
      type.draw(label, { face: 'regular', size: 8.5, colour: MUTED }, x, y, { width: 78 });
      type.draw(value || '-', { face: 'regular', size: 9, colour: INK }, x + 80, y, { width: column - 88 });
      y = Math.max(doc.y, y + 12) + 1;
    }
    return y;
  };
  doc.y = Math.max(drawColumn(left, MARGIN.left), drawColumn(right, MARGIN.left + column)) + 2;
  layout.rule();
  doc.y += 4;
}

function drawSection(layout: Layout, section: ReportSection): void {
  layout.ensure(40);
  layout.text(section.title.toUpperCase(), 'bold', 9.5, ACCENT, { gap: 3 });
  for (const paragraph of section.text.trim().split('\n')) layout.text(paragraph, 'regular', BODY_SIZE, INK, { gap: 2 });
  layout.doc.y += 8;
}

/** The impression in a shaded box with an accent bar; urgent lines in red. */
function drawImpression(layout: Layout, section: ReportSection): void {
  const { doc, type } = layout;
  const padding = 10;
  const inner = layout.width - 2 * padding - 4;
  const paragraphs = section.text.trim().split('\n');
  const body = { face: 'bold', size: 10.5 } as const;
  const bodyHeight = paragraphs.reduce((sum, line) => sum + type.height(line, { ...body, colour: INK }, { width: inner, lineGap: 1.5 }) + 3, 0);
  const height = bodyHeight + 2 * padding + 16;
  layout.ensure(height);
  const top = doc.y;
  const fits = top + height <= layout.bottom;
  if (fits) {
    doc.rect(MARGIN.left, top, layout.width, height).fill(SHADE);
    doc.rect(MARGIN.left, top, 4, height).fill(ACCENT);
  }
  type.draw('IMPRESSION', { face: 'bold', size: 10, colour: ACCENT }, MARGIN.left + padding + 4, top + padding, { width: inner });
  doc.y += 3;
  for (const line of paragraphs) {
    const urgent = line === URGENT_LINE || line.includes('Urgent red flag');
    type.draw(line, { ...body, colour: urgent ? URGENT : INK }, MARGIN.left + padding + 4, doc.y, { width: inner, lineGap: 1.5 });
    doc.y += 3;
  }
  doc.y = fits ? top + height + 12 : doc.y + 12;
}

function drawSignature(layout: Layout, input: PdfReportInput): void {
  layout.ensure(70);
  layout.rule();
  const signature = input.signature;
  if (!signature) {
    layout.text('NOT SIGNED', 'bold', 10, URGENT, { gap: 2 });
    layout.text(`Draft generated by SpineCorrelate on ${signatureTime(input.generatedAt.toISOString())}. Not for clinical use until signed by the reporting radiologist.`, 'regular', 9, MUTED);
    layout.doc.y += 10;
    return;
  }
  layout.text(signature.kind === 'amended' ? 'Amended report, electronically signed' : 'Electronically signed', 'regular', 8.5, MUTED, { gap: 1 });
  layout.text(signature.signedBy, 'bold', 11, INK, { gap: 1 });
  if (signature.organization) layout.text(signature.organization, 'regular', 9, INK, { gap: 1 });
  layout.text(signatureTime(signature.signedAt), 'regular', 9, INK, { gap: 1 });
  if (signature.kind === 'amended' && signature.reason) layout.text(`Reason for amendment: ${signature.reason}`, 'oblique', 9, INK);
  layout.doc.y += 10;
}

function drawAddenda(layout: Layout, addenda: PlainTextAddendum[]): void {
  for (const addendum of addenda) {
    layout.ensure(50);
    layout.text(`ADDENDUM - ${addendum.signedBy}, ${signatureTime(addendum.signedAt)}`, 'bold', 9.5, ACCENT, { gap: 3 });
    layout.text(addendum.text, 'regular', BODY_SIZE, INK);
    layout.doc.y += 10;
  }
}

function drawKeyImages(layout: Layout, images: KeyImage[]): void {
  if (images.length === 0) return;
  const { doc, type } = layout;
  const gap = 14;
  const cell = (layout.width - gap) / 2;
  const captionHeight = 30;
  layout.ensure(cell + captionHeight + 24);
  layout.text('KEY IMAGES', 'bold', 9.5, ACCENT, { gap: 6 });
  for (let i = 0; i < images.length; i += 2) {
    layout.ensure(cell + captionHeight);
    const top = doc.y;
    images.slice(i, i + 2).forEach((image, column) => {
      const x = MARGIN.left + column * (cell + gap);
      doc.rect(x, top, cell, cell).fill('#000000');
      if (image.kind === 'image') {
        doc.image(image.png, x, top, { fit: [cell, cell], align: 'center', valign: 'center' });
      } else {
        doc.rect(x, top, cell, cell).fill('#d9d9d9');
        type.draw('Image not drawn', { face: 'bold', size: 9, colour: INK }, x + 12, top + cell / 2 - 30, { width: cell - 24, align: 'center' });
        type.draw(image.reason, { face: 'regular', size: 8.5, colour: INK }, x + 12, doc.y + 4, { width: cell - 24, align: 'center' });
      }
      type.draw(image.caption, { face: 'regular', size: 8.5, colour: INK }, x, top + cell + 4, { width: cell, height: captionHeight - 4, ellipsis: true });
    });
    doc.y = top + cell + captionHeight;
  }
}

function drawFooters(layout: Layout, input: PdfReportInput): void {
  const { doc, type } = layout;
  const range = doc.bufferedPageRange();
  const who = [displayName(input.study.patientName), input.study.patientId, displayDate(input.study.studyDate)].filter(Boolean).join('  |  ');
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Below the bottom margin pdfkit would start a new page for the footer; lift the margin while drawing it.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN.bottom + 22;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.moveTo(MARGIN.left, y - 6).lineTo(MARGIN.left + width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    const footer = { face: 'regular', size: 8, colour: MUTED } as const;
    type.draw(`SpineCorrelate  |  ${who}`, footer, MARGIN.left, y, { width: width * 0.75, lineBreak: false, ellipsis: true });
    type.draw(`Page ${i + 1} of ${range.count}`, footer, MARGIN.left, y, { width, align: 'right', lineBreak: false });
  }
}

export function renderReportPdf(input: PdfReportInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: input.pageSize === 'Letter' ? 'LETTER' : 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    // No standard font: every string is drawn in the embedded report fonts (ReportText).
    font: null,
    lang: 'en',
    info: { Title: 'MRI lumbar spine report', Creator: 'SpineCorrelate', Producer: 'SpineCorrelate (pdfkit)', CreationDate: input.signature ? new Date(input.signature.signedAt) : input.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new Layout(doc);
  drawHeader(layout, input);
  for (const section of input.sections) {
    if (!section.text.trim()) continue;
    if (section.id === 'impression') drawImpression(layout, section);
    else drawSection(layout, section);
  }
  drawSignature(layout, input);
  drawAddenda(layout, input.addenda);
  drawKeyImages(layout, input.keyImages);
  drawFooters(layout, input);
  doc.end();
  return done;
}
