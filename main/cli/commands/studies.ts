import { parseArgs } from 'node:util';
import type { PatientSummary, SeriesSummary, StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { closeServices, createServices } from '../../services/create-services.ts';
import { createLogger } from '../../services/log.ts';
import { listStudies } from '../../services/store/repositories/study-list.ts';
import { EXIT, type Command } from '../command.ts';

export const studiesCommand: Command = {
  name: 'studies',
  usage: 'studies [--json]',
  summary: 'list imported patients / studies / series',
  async run(args, context) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true });
    const services = createServices({ dataDir: context.dataDir, transport: 'preview', log: createLogger((line) => context.stderr.write(`${line}\n`)) });
    try {
      const patients = listStudies(services.db);
      if (values.json) context.stdout.write(`${JSON.stringify({ patients }, null, 2)}\n`);
      else context.stdout.write(patients.length === 0 ? 'No studies imported yet: spinecorrelate import <folder>\n' : `${patients.map(patientText).join('\n')}\n`);
      return EXIT.ok;
    } finally {
      await closeServices(services);
    }
  },
};

function patientText(p: PatientSummary): string {
  const facts = [p.patientId && `ID ${p.patientId}`, p.birthDate && `born ${date(p.birthDate)}`, p.sex].filter(Boolean).join(', ');
  return [`${p.name || '(no name)'}${facts ? `  (${facts})` : ''}`, ...p.studies.flatMap(studyText)].join('\n');
}

function studyText(s: StudySummary): string[] {
  const head = [s.date ? date(s.date) : 'no date', s.description || '(no description)', s.modalities.length > 0 ? `[${s.modalities.join(', ')}]` : '', s.accessionNumber && `accession ${s.accessionNumber}`];
  return [`  ${head.filter(Boolean).join('  ')}`, ...s.series.map((series) => `    ${seriesText(series)}`)];
}

function seriesText(s: SeriesSummary): string {
  const name = `${s.number === null ? '' : `#${s.number} `}${s.description || '(no description)'}`;
  if (!s.isImage) return `${name} — ${s.kind}, ${s.instanceCount} ${s.instanceCount === 1 ? 'object' : 'objects'}`;
  const facts = [
    s.plane === 'unknown' ? 'plane unknown' : s.plane,
    s.weighting,
    `${s.sliceCount} ${s.sliceCount === 1 ? 'slice' : 'slices'}`,
    s.sliceSpacingMm === null ? '' : `${round(s.sliceSpacingMm)} mm apart`,
    s.rows === null || s.columns === null ? '' : `${s.columns}×${s.rows}`,
  ];
  return `${name} — ${facts.filter(Boolean).join(', ')}`;
}

function date(dicomDate: string): string {
  return /^\d{8}$/.test(dicomDate) ? `${dicomDate.slice(0, 4)}-${dicomDate.slice(4, 6)}-${dicomDate.slice(6)}` : dicomDate;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
