import { parseArgs } from 'node:util';
import { correlate } from '../../../shared/correlation/index.ts';
import type { Case } from '../../../shared/domain/index.ts';
import { draftReport, reportPlainText, type ReportSection } from '../../../shared/report/index.ts';
import { closeServices, createServices } from '../../services/create-services.ts';
import { writeSpineSr } from '../../services/export/sr/index.ts';
import { createLogger } from '../../services/log.ts';
import { readPreferences } from '../../services/preferences/preferences.ts';
import { renderReportPdf } from '../../services/report/pdf/report-pdf.ts';
import { reportForOutput, reportPdf, reportSr } from '../../services/report/report-outputs.ts';
import { reportHeader } from '../../services/report/report-view.ts';
import { EXIT, UsageError, type CliContext, type Command } from '../command.ts';
import { outputFile } from '../paths.ts';
import { readCaseFile, writeFileAtomically } from './case-files.ts';

const FORMATS = ['text', 'json', 'pdf', 'sr'] as const;
type Format = (typeof FORMATS)[number];

interface Output {
  bytes: Uint8Array | string;
}

/** A report from a case file: drafted, never signed, without images (the file has no index to find them in). */
async function fromCaseFile(caseData: Case, format: Format, context: CliContext): Promise<Output> {
  const correlation = correlate(caseData);
  const draft = draftReport(caseData, correlation);
  const title = 'MRI LUMBAR SPINE (DRAFT, NOT SIGNED)';
  switch (format) {
    case 'text':
      return { bytes: reportPlainText(draft, { title, lines: caseData.study?.date ? [`Study date: ${caseData.study.date}`] : [] }) };
    case 'json':
      return { bytes: `${JSON.stringify({ ...draft, status: 'draft' }, null, 2)}\n` };
    case 'pdf':
      return {
        bytes: await renderReportPdf({
          pageSize: readPreferences(context.dataDir).pageSize,
          study: { ...(caseData.study?.date ? { studyDate: caseData.study.date.replace(/-/g, '') } : {}) },
          phase: 'drafting', sections: draft.sections, signature: null, addenda: [], keyImages: [], ruleset: correlation.ruleset, generatedAt: new Date(),
        }),
      };
    case 'sr': {
      const studyInstanceUID = caseData.study?.studyInstanceUID;
      if (!studyInstanceUID) throw new RefusedInput('the case names no study (study.studyInstanceUID), and an SR belongs to one');
      return { bytes: writeSpineSr({ case: caseData, correlation, report: { sections: draft.sections }, study: { studyInstanceUID, ...(caseData.study?.date ? { studyDate: caseData.study.date.replace(/-/g, '') } : {}) }, images: [] }).bytes };
    }
  }
}

/** A report from the database: the signed version (from its snapshot), or the draft as last saved. */
async function fromStudy(studyInstanceUID: string, format: Format, context: CliContext): Promise<Output> {
  const services = createServices({ dataDir: context.dataDir, transport: 'preview', log: createLogger(), demoDir: null });
  try {
    if (format === 'pdf') return { bytes: await reportPdf(services, studyInstanceUID) };
    if (format === 'sr') return { bytes: reportSr(services, studyInstanceUID).bytes };
    const report = reportForOutput(services, studyInstanceUID);
    if (format === 'json') {
      const sections: ReportSection[] = report.sections;
      return {
        bytes: `${JSON.stringify({ format: 'spinecorrelate.report/1', ruleset: report.correlation.ruleset, status: report.signature?.kind ?? 'draft', sections, signature: report.signature, addenda: report.addenda }, null, 2)}\n`,
      };
    }
    return { bytes: reportPlainText({ sections: report.sections }, reportHeader(services.db, studyInstanceUID, report.phase), { signature: report.signature, addenda: report.addenda }) };
  } finally {
    await closeServices(services);
  }
}

class RefusedInput extends Error {
  override name = 'RefusedInput';
}

export const reportCommand: Command = {
  name: 'report',
  usage: 'report <case.json | --study UID> [--format text|json|pdf|sr] [--out FILE]',
  summary: 'the drafted or signed report as text, JSON, PDF or DICOM SR',
  details: [
    '',
    'From a case file: the report drafted from it, never signed. With --study: the signed report of an',
    'imported study (from its snapshot), or its draft as last saved.',
    '--format text|json|pdf|sr   text by default; pdf and sr are binary: give --out or redirect stdout',
    '--out FILE                  write there (complete or not at all) instead of stdout',
  ],
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      options: { study: { type: 'string' }, format: { type: 'string', default: 'text' }, out: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);
    if (values.study !== undefined && positionals.length > 0) throw new UsageError('give a case file or --study, not both');
    if (values.study === undefined && positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give a case file or --study UID' : 'give one case file');
    const out = values.out === undefined ? undefined : outputFile(values.out, 'output file');
    const binary = format === 'pdf' || format === 'sr';
    if (binary && !out && (context.stdout as { isTTY?: boolean }).isTTY) {
      throw new UsageError(`${format} is binary: give --out FILE, or redirect standard output to a file`);
    }

    let output: Output;
    try {
      if (values.study !== undefined) {
        output = await fromStudy(values.study, format, context);
      } else {
        const caseData = await readCaseFile(positionals[0]!, 'report', context);
        if (typeof caseData === 'number') return caseData;
        output = await fromCaseFile(caseData, format, context);
      }
    } catch (error) {
      if (error instanceof RefusedInput) {
        context.stderr.write(`spinecorrelate report: ${error.message}\n`);
        return EXIT.badInput;
      }
      throw error;
    }
    if (out) writeFileAtomically(out, output.bytes);
    else context.stdout.write(output.bytes);
    return EXIT.ok;
  },
};
