import { parseArgs } from 'node:util';
import { correlate, type Correlation, EVIDENCE, figureLines, type FindingCorrelation, isEvidenceId, LABEL_TEXT } from '../../../shared/correlation/index.ts';
import { describeFinding, type Finding } from '../../../shared/domain/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';
import { readCaseFile } from './case-files.ts';

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd());
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function summary(correlation: Correlation, findings: ReadonlyMap<string, Finding>): string[] {
  const lines = [`Correlation (${correlation.ruleset})`, ''];
  if (correlation.redFlags.length > 0) {
    lines.push('RED FLAGS', ...correlation.redFlags.map((flag) => `  ${flag}`), '');
  }
  const rows = [['LABEL', 'LEVEL', 'ID', 'FINDING', 'MAIN REASON']];
  for (const result of correlation.findings) {
    const finding = findings.get(result.id)!;
    rows.push([LABEL_TEXT[result.label], finding.level, result.id, shorten(describeFinding(finding), 64), result.reasons[0] ?? '']);
  }
  lines.push(...(correlation.findings.length > 0 ? table(rows) : ['No findings.']), '');
  if (correlation.ranking.length > 0) {
    lines.push(`Pain-generator candidates, most likely first: ${correlation.ranking.map((id) => `${id} (${findings.get(id)!.level})`).join(', ')}`);
  }
  const { appropriateness } = correlation;
  lines.push(`Imaging appropriateness: ${appropriateness.status === 'unknown' ? 'cannot be judged' : appropriateness.indicated ? 'indicated' : 'not indicated'}. ${appropriateness.basis}`);
  if (correlation.epidemiologyStatement) lines.push(`Epidemiology: ${correlation.epidemiologyStatement}`);
  if (correlation.missingInformation.length > 0) lines.push(`Missing information: ${correlation.missingInformation.join(' ')}`);
  return lines;
}

function explainFinding(result: FindingCorrelation, finding: Finding): string[] {
  const lines = [`${result.id}  ${finding.level}  ${describeFinding(finding)}`, `  label: ${LABEL_TEXT[result.label]} (confidence ${result.confidence})`, '  reasons:'];
  result.reasonDetails.forEach((reason, index) => {
    lines.push(`    ${index + 1}. ${reason.text}${reason.evidence.length > 0 ? ` [${reason.evidence.join(', ')}]` : ''}`);
  });
  const { concordance, asymptomaticPrevalence: prevalence } = result;
  if (concordance) {
    const matched = concordance.matchedBy.length > 0 ? ` (${concordance.matchedBy.join('; ')})` : '';
    lines.push(`  concordance: ${[concordance.root, concordance.side].filter(Boolean).join(' ') || 'root and side not recorded'}: ${concordance.status}${matched}`);
  }
  if (prevalence) {
    const notes = [prevalence.outsideRange, prevalence.uncertainty].filter(Boolean).join('; ');
    lines.push(`  asymptomatic prevalence: ${prevalence.percent}% at age ${prevalence.ageUsed} [${prevalence.source}]${notes ? ` (${notes})` : ''}`);
  }
  if (result.missingInformation.length > 0) lines.push(`  missing: ${result.missingInformation.join(' ')}`);
  return lines;
}

function explain(correlation: Correlation, findings: ReadonlyMap<string, Finding>): string[] {
  const lines = ['', 'DETAILS', ''];
  for (const result of correlation.findings) lines.push(...explainFinding(result, findings.get(result.id)!), '');
  const cited = [...new Set([...correlation.findings.flatMap((f) => f.evidence), ...correlation.appropriateness.evidence, ...correlation.redFlagDetails.flatMap((d) => d.evidence)])];
  lines.push('EVIDENCE', '');
  for (const id of cited.filter(isEvidenceId)) {
    const entry = EVIDENCE[id];
    lines.push(`[${id}] ${entry.citation} ${entry.status} (clinical-knowledge.md ${entry.section})`, ...figureLines(entry.figures, '    '));
    if (entry.note) lines.push(`    note: ${entry.note}`);
    lines.push('');
  }
  return lines;
}

export const correlateCommand: Command = {
  name: 'correlate',
  usage: 'correlate <case.json> [--json] [--explain]',
  summary: 'correlation format v1 for a case file',
  details: [
    '',
    'Labels every finding of the case with its reasons and evidence.',
    '--json      the correlation as one JSON document (correlation format v1)',
    '--explain   each finding\'s reasons, concordance and prevalence, and the evidence cited',
  ],
  async run(args, context) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, explain: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the case file to correlate' : 'give one case file');
    const caseData = await readCaseFile(positionals[0]!, 'correlate', context);
    if (typeof caseData === 'number') return caseData;
    const correlation = correlate(caseData);
    if (values.json) {
      context.stdout.write(`${JSON.stringify(correlation, null, 2)}\n`);
      return EXIT.ok;
    }
    const findings = new Map(caseData.findings.map((finding) => [finding.id, finding]));
    const lines = summary(correlation, findings);
    if (values.explain) lines.push(...explain(correlation, findings));
    context.stdout.write(`${lines.join('\n').trimEnd()}\n`);
    return EXIT.ok;
  },
};
