// The Other findings section: alignment, vertebrae and marrow, conus and cauda equina, and
// anything else not reported on a disc level's line.
import type { Finding } from '../domain/index.ts';
import { findingWords } from './finding-words.ts';
import { isLevelFinding } from './findings-section.ts';
import { compareFindings } from './level-order.ts';
import { levelName, listWords } from './words.ts';

function sentences(findings: readonly Finding[]): string {
  return findings.map((finding) => findingWords(finding).sentence).join(' ');
}

function caudaCompressionLevels(findings: readonly Finding[]): string[] {
  return findings
    .filter((finding) =>
      ((finding.type === 'disc-herniation' || finding.type === 'central-stenosis') && finding.caudaEquinaCompression === true) ||
      (finding.type === 'epidural-collection' && finding.cordOrCaudaCompression === true))
    .map((finding) => levelName(finding.level));
}

export function otherFindingsText(findings: readonly Finding[]): string {
  const sorted = [...findings].sort(compareFindings);
  const rest = sorted.filter((finding) => !isLevelFinding(finding));
  const alignment: Finding[] = rest.filter((finding) => finding.type === 'spondylolisthesis' || finding.type === 'spondylolysis');
  const vertebralTypes: readonly string[] = ['fracture', 'marrow-lesion', 'schmorl-node', 'infection', 'epidural-collection'];
  const vertebrae = rest.filter((finding) => vertebralTypes.includes(finding.type));
  const other = rest.filter((finding) => !alignment.includes(finding) && !vertebrae.includes(finding));
  const cauda = [...new Set(caudaCompressionLevels(sorted))];

  const lines = [
    `Alignment: ${alignment.length ? sentences(alignment) : 'no spondylolisthesis.'}`,
    `Vertebrae and marrow: ${vertebrae.length ? sentences(vertebrae) : 'vertebral body heights preserved; no marrow-replacing lesion.'}`,
    `Conus and cauda equina: ${cauda.length ? `compression at ${listWords(cauda)} (see above).` : 'no abnormality recorded.'}`,
  ];
  if (other.length) lines.push(`Other: ${sentences(other)}`);
  return lines.join('\n');
}
