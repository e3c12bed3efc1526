// The Findings section: one line per disc level from T12–L1 down, abnormal levels with their
// findings in Nomenclature 2.0 terms, runs of normal levels in one line.
import { discLevelSequence, isDiscLevel, type DiscLevel, type Finding } from '../domain/index.ts';
import { findingWords } from './finding-words.ts';
import { compareFindings } from './level-order.ts';
import { levelName } from './words.ts';

export const NORMAL_LEVEL_TEXT = 'normal disc height and signal; no canal or foraminal narrowing.';

/** Findings reported on their disc level's line; alignment and vertebral findings go to Other findings. */
export function isLevelFinding(finding: Finding): finding is Finding & { level: DiscLevel } {
  return isDiscLevel(finding.level) && finding.type !== 'spondylolisthesis';
}

function usesSixLumbar(findings: readonly Finding[]): boolean {
  return findings.some((finding) => ['L5-L6', 'L6-S1', 'L6'].includes(finding.level));
}

/** The disc levels the section lists: T12–L1 to the lumbosacral disc, plus T11–T12 when it has findings. */
export function reportedLevels(findings: readonly Finding[], sixLumbar = false): DiscLevel[] {
  const sequence = discLevelSequence(sixLumbar || usesSixLumbar(findings) ? 6 : 5);
  const hasT11 = findings.some((finding) => finding.level === 'T11-T12');
  return sequence.filter((level) => level !== 'T11-T12' || hasT11);
}

function touchesCanal(finding: Finding): boolean {
  switch (finding.type) {
    case 'central-stenosis':
    case 'lateral-recess-stenosis':
    case 'infection':
    case 'epidural-collection':
      return true;
    case 'disc-bulge':
      return finding.canalCompromise !== undefined && finding.canalCompromise !== 'none';
    case 'disc-herniation':
      return (finding.canalCompromise !== undefined && finding.canalCompromise !== 'none') || finding.caudaEquinaCompression === true;
    default:
      return false;
  }
}

function touchesForamina(finding: Finding): boolean {
  if (finding.type === 'foraminal-stenosis') return true;
  return finding.type === 'disc-herniation' && (finding.zone === 'foraminal' || finding.zone === 'extraforaminal');
}

/** What the line leaves unsaid about the canal and foramina, said as a negative. */
function negatives(findings: readonly Finding[]): string {
  const canal = findings.some(touchesCanal);
  const foramina = findings.some(touchesForamina);
  if (!canal && !foramina) return 'No canal or foraminal narrowing.';
  if (!canal) return 'No canal narrowing.';
  if (!foramina) return 'No foraminal narrowing.';
  return '';
}

function abnormalLine(level: DiscLevel, findings: readonly Finding[]): string {
  const sentences = findings.map((finding) => findingWords(finding).sentence);
  const closing = negatives(findings);
  return `${levelName(level)}: ${[...sentences, closing].filter(Boolean).join(' ')}`;
}

function normalLine(run: readonly DiscLevel[]): string {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const name = run.length === 1 ? levelName(first) : `${levelName(first)} to ${levelName(last)}`;
  return `${name}: ${NORMAL_LEVEL_TEXT}`;
}

export function findingsText(findings: readonly Finding[], sixLumbar = false): string {
  const atLevel = findings.filter(isLevelFinding).sort(compareFindings);
  const lines: string[] = [];
  let normalRun: DiscLevel[] = [];
  const flush = () => {
    if (normalRun.length) lines.push(normalLine(normalRun));
    normalRun = [];
  };
  for (const level of reportedLevels(findings, sixLumbar)) {
    const here = atLevel.filter((finding) => finding.level === level);
    if (here.length === 0) {
      normalRun.push(level);
      continue;
    }
    flush();
    lines.push(abnormalLine(level, here));
  }
  flush();
  return lines.join('\n');
}
