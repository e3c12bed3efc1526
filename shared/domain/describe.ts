import { findingTypeMeta } from './finding-types.ts';
import type { Finding } from './findings.ts';

/** The attributes that tell one finding of a type from another, in plain words. */
function details(finding: Finding): string[] {
  switch (finding.type) {
    case 'disc-degeneration':
      return [finding.pfirrmann ? `Pfirrmann ${finding.pfirrmann}` : '', finding.heightLoss && finding.heightLoss !== 'none' ? `${finding.heightLoss} height loss` : ''];
    case 'disc-bulge':
      return [finding.symmetric === false ? 'asymmetric' : '', finding.canalCompromise && finding.canalCompromise !== 'none' ? `${finding.canalCompromise} canal compromise` : ''];
    case 'disc-herniation':
      return [
        [finding.morphology, finding.zone].filter(Boolean).join(' '),
        finding.migration && finding.migration !== 'none' ? `${finding.migration} migration` : '',
        finding.rootCompromise?.grade && finding.rootCompromise.grade !== 'none' ? `${finding.rootCompromise.root ?? 'root'} ${finding.rootCompromise.grade}` : '',
        finding.recurrent ? 'recurrent' : '',
      ];
    case 'annular-fissure':
      return [finding.hiz ? 'HIZ' : ''];
    case 'modic':
      return [finding.modicType ? `type ${finding.modicType}` : ''];
    case 'schmorl-node':
    case 'spondylolysis':
      return [finding.edema ? 'oedema' : ''];
    case 'central-stenosis':
      return [finding.grade ?? '', finding.schizas ? `Schizas ${finding.schizas}` : ''];
    case 'lateral-recess-stenosis':
      return [finding.grade !== undefined ? `Bartynski ${finding.grade}` : '', finding.root ?? ''];
    case 'foraminal-stenosis':
      return [finding.grade !== undefined ? `Lee ${finding.grade}` : '', finding.root ?? ''];
    case 'facet-arthropathy':
      return [finding.grade !== undefined ? `Weishaupt ${finding.grade}` : '', finding.effusionMm ? `effusion ${finding.effusionMm} mm` : ''];
    case 'synovial-cyst':
      return [finding.position ?? ''];
    case 'spondylolisthesis':
      return [finding.etiology ?? '', finding.direction ?? '', finding.meyerding ? `Meyerding ${finding.meyerding}` : ''];
    case 'fracture':
      return [finding.acuity ?? '', finding.cause ?? '', finding.retropulsion ? 'retropulsion' : ''];
    case 'marrow-lesion':
    case 'infection':
      return [finding.pattern ?? ''];
    case 'epidural-collection':
    case 'postoperative-change':
      return [finding.kind ?? ''];
    case 'other':
      return [finding.description];
  }
}

/** A short plain description: `Disc herniation (left, extrusion subarticular, L5 compression)`. */
export function describeFinding(finding: Finding): string {
  const extra = [finding.side ?? '', ...details(finding)].filter(Boolean).join(', ');
  const name = findingTypeMeta(finding.type).displayName;
  return extra ? `${name} (${extra})` : name;
}
