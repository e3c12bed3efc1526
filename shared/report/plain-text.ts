import type { ReportDocument } from './document.ts';

export interface PlainTextHeader {
  title?: string;
  /** Lines under the title, e.g. study description and date. */
  lines?: string[];
}

/** "Copy as text": section titles in capitals, a blank line between sections. */
export function reportPlainText(document: Pick<ReportDocument, 'sections'>, header: PlainTextHeader = {}): string {
  const head = [header.title, ...(header.lines ?? [])].filter((line): line is string => Boolean(line));
  const body = document.sections.filter((section) => section.text.trim().length > 0).map((section) => `${section.title.toUpperCase()}\n${section.text.trim()}`);
  return `${[head.join('\n'), ...body].filter(Boolean).join('\n\n')}\n`;
}
