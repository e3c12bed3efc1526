// Case-level red flags: every urgent finding, then every clinical red flag, said to be explained by
// a finding or not. Unexplained clinical red flags are listed in `redFlags` with what guidance says.
import { describeFinding } from '../../domain/describe.ts';
import type { Finding } from '../../domain/findings.ts';
import { RED_FLAGS, type RedFlag, redFlagGroup, type RedFlagGroup, redFlagLabel } from '../../domain/red-flags.ts';
import type { ClinicalPicture } from '../clinical-picture.ts';
import type { EvidenceId } from '../evidence/index.ts';
import { canalSeverity, isRootFinding, rootEffect } from '../finding-traits.ts';
import type { FindingCorrelation, RedFlagDetail } from '../output.ts';

function compressesCaudaEquina(finding: Finding): boolean {
  switch (finding.type) {
    case 'disc-herniation':
    case 'central-stenosis':
      return finding.caudaEquinaCompression === true || canalSeverity(finding) === 3;
    case 'epidural-collection':
      return finding.cordOrCaudaCompression === true;
    case 'fracture':
      return finding.retropulsion === true || finding.canalCompromise === 'severe';
    case 'marrow-lesion':
      return finding.epiduralExtension === true;
    case 'infection':
      return finding.epiduralAbscess === true;
    default:
      return false;
  }
}

function suggestsMalignancy(finding: Finding): boolean {
  return (
    (finding.type === 'marrow-lesion' && (finding.pattern === 'marrow-replacing' || finding.pattern === 'other' || finding.epiduralExtension === true)) ||
    (finding.type === 'fracture' && finding.cause === 'pathologic-suspected') ||
    (finding.type === 'epidural-collection' && finding.kind === 'mass')
  );
}

function suggestsInfection(finding: Finding): boolean {
  return (
    finding.type === 'infection' ||
    (finding.type === 'epidural-collection' && finding.kind === 'abscess') ||
    (finding.type === 'modic' && finding.clawSign === false && (finding.modicType === '1' || finding.modicType === '1/2'))
  );
}

const EXPLAINS: Readonly<Record<RedFlagGroup, (finding: Finding) => boolean>> = {
  'cauda-equina': compressesCaudaEquina,
  neurological: (finding) => compressesCaudaEquina(finding) || (isRootFinding(finding) && rootEffect(finding) === 'compression'),
  cancer: suggestsMalignancy,
  infection: suggestsInfection,
  fracture: (finding) => finding.type === 'fracture',
  age: (finding) => finding.type === 'fracture' || suggestsMalignancy(finding) || suggestsInfection(finding),
  inflammatory: () => false,
};

const UNEXPLAINED: Readonly<Record<RedFlagGroup, { text: string; evidence: EvidenceId[] }>> = {
  'cauda-equina': { text: 'no cauda equina compression is recorded on this MRI; the symptoms still need urgent clinical review', evidence: ['bmj-best-practice-ces'] },
  neurological: { text: 'no root or cauda equina compression is recorded to explain it', evidence: [] },
  cancer: { text: 'no marrow-replacing lesion, pathologic fracture or epidural mass is recorded; when cancer is suspected MRI without and with contrast is usually appropriate', evidence: ['downie-2013', 'acr-2021-low-back-pain'] },
  infection: { text: 'no infection or collection is recorded; when infection is suspected MRI without and with contrast is usually appropriate', evidence: ['acr-2021-low-back-pain'] },
  fracture: { text: 'no fracture is recorded', evidence: ['downie-2013', 'acr-2021-low-back-pain'] },
  age: { text: 'no fracture, marrow lesion or infection is recorded', evidence: ['downie-2013'] },
  inflammatory: { text: 'no finding on this MRI explains it; inflammatory disease such as spondyloarthritis is among the serious causes to consider', evidence: ['nice-ng59'] },
};

export interface CaseRedFlags {
  redFlags: string[];
  redFlagDetails: RedFlagDetail[];
}

export function caseRedFlags(findings: readonly Finding[], results: ReadonlyMap<string, FindingCorrelation>, picture: ClinicalPicture): CaseRedFlags {
  const redFlags: string[] = [];
  const redFlagDetails: RedFlagDetail[] = [];
  for (const finding of findings) {
    const result = results.get(finding.id);
    if (result?.label !== 'urgent-red-flag') continue;
    const message = `Urgent: ${describeFinding(finding)} at ${finding.level} (${finding.id}). ${result.reasons[0] ?? ''}`.trim();
    redFlags.push(message);
    redFlagDetails.push({ kind: 'finding', findingIds: [finding.id], explained: true, message, evidence: result.reasonDetails[0]?.evidence ?? [] });
  }
  for (const flag of RED_FLAGS.filter((f: RedFlag) => picture.redFlags.has(f))) {
    const group = redFlagGroup(flag);
    const explaining = findings.filter(EXPLAINS[group]).map((finding) => finding.id);
    const label = redFlagLabel(flag);
    if (explaining.length > 0) {
      redFlagDetails.push({ kind: 'clinical', flag, findingIds: explaining, explained: true, message: `Red flag "${label}" is explained by ${explaining.join(', ')}.`, evidence: [] });
      continue;
    }
    const { text, evidence } = UNEXPLAINED[group];
    const message = `Red flag "${label}": ${text}.`;
    redFlags.push(message);
    redFlagDetails.push({ kind: 'clinical', flag, findingIds: [], explained: false, message, evidence });
  }
  return { redFlags, redFlagDetails };
}
