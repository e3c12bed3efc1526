// Red flags dominate (clinical-knowledge.md §4.3, §5.3, §5.4, §5.6): cauda equina compression with
// its symptoms, marrow-replacing lesions, infection, acute or pathologic fractures, epidural
// collections, and severe root compression with a progressive deficit are urgent whatever else is present.
import type { Finding, FindingOf } from '../../domain/findings.ts';
import { type RedFlag, redFlagLabel } from '../../domain/red-flags.ts';
import { CAUDA_EQUINA_FLAGS, type ClinicalPicture, INFECTION_FLAGS } from '../clinical-picture.ts';
import { assessConcordance } from '../concordance.ts';
import { because, type Contribution, MISSING, missing, type Reason, type RuleContext, type RuleFamily } from '../contribution.ts';
import { canalSeverity, isRootFinding, rootEffect, rootTargetOf } from '../finding-traits.ts';

const FRACTURE_RISK_FLAGS: readonly RedFlag[] = ['significant-trauma', 'minor-trauma-with-osteoporosis-risk', 'long-term-corticosteroids', 'osteoporosis', 'cancer-history'];

const urgent = (reasons: Reason[], missingItems = [] as Contribution['missing']): Contribution => ({ label: 'urgent-red-flag', reasons, missing: missingItems, rankScore: 100 });

function flagsPresent(picture: ClinicalPicture, flags: readonly RedFlag[]): RedFlag[] {
  return flags.filter((flag) => picture.redFlags.has(flag));
}

function flagText(flags: RedFlag[]): string {
  return flags.map((flag) => redFlagLabel(flag).toLowerCase().replace(/ \(.*\)$/, '')).join(', ');
}

const INFECTION_TEXT = { spondylodiscitis: 'Spondylodiscitis', 'vertebral-osteomyelitis': 'Vertebral osteomyelitis', 'facet-septic': 'Septic facet arthritis', unknown: 'Infection' } as const;

function assessInfection(finding: FindingOf<'infection'>, picture: ClinicalPicture): Contribution {
  const reasons = [because(`${INFECTION_TEXT[finding.pattern ?? 'unknown']}: urgent whatever else is present.`, 'acr-2021-low-back-pain')];
  if (finding.epiduralAbscess) reasons.push(because('With an epidural abscess.', 'acr-2021-low-back-pain'));
  if (finding.paraspinalCollection) reasons.push(because('With a paraspinal collection.', 'acr-2021-low-back-pain'));
  const risk = flagsPresent(picture, INFECTION_FLAGS);
  if (risk.length > 0) reasons.push(because(`Clinical risk recorded: ${flagText(risk)}.`, 'acr-2021-low-back-pain'));
  return urgent(reasons);
}

const COLLECTION_TEXT = { abscess: 'abscess', hematoma: 'haematoma', mass: 'mass' } as const;

function assessCollection(finding: FindingOf<'epidural-collection'>): Contribution {
  const what = finding.kind ? `Epidural ${COLLECTION_TEXT[finding.kind]}` : 'Epidural collection';
  const reasons = [because(`${what}: urgent whatever else is present.`, 'acr-2021-low-back-pain')];
  if (finding.cordOrCaudaCompression) reasons.push(because('It compresses the cord or cauda equina: emergency (MRI within 4 h of request).', 'bmj-best-practice-ces'));
  return urgent(reasons, finding.kind ? [] : [missing('Kind of collection not recorded.', false)]);
}

function assessMarrow(finding: FindingOf<'marrow-lesion'>, picture: ClinicalPicture): Contribution {
  const cancer = picture.redFlags.has('cancer-history');
  const cancerReason = because('History of cancer: the most informative red flag for malignancy.', 'downie-2013');
  if (finding.pattern === 'marrow-replacing' || finding.epiduralExtension) {
    const reasons = [because(finding.pattern === 'marrow-replacing' ? 'Marrow-replacing lesion: suspect malignancy or infection; urgent whatever else is present.' : 'Marrow lesion extending into the epidural space: urgent.', 'acr-2021-low-back-pain')];
    if (finding.epiduralExtension && finding.pattern === 'marrow-replacing') reasons.push(because('It extends into the epidural space.', 'acr-2021-low-back-pain'));
    if (cancer) reasons.push(cancerReason);
    return urgent(reasons);
  }
  if (finding.pattern === 'hemangioma-typical') return { label: 'probably-incidental', reasons: [because('Typical haemangioma: a benign marrow lesion.')] };
  if (finding.pattern === 'focal-fat') return { label: 'probably-incidental', reasons: [because('Focal fat: a benign marrow variant.')] };
  if (cancer) return urgent([because('Indeterminate marrow lesion in a patient with a history of cancer: characterise it (MRI without and with contrast).', 'acr-2021-low-back-pain'), cancerReason]);
  return {
    label: 'possibly-contributory',
    reasons: [because('Indeterminate marrow lesion: characterise it; MRI without and with contrast is usually appropriate when cancer is suspected.', 'acr-2021-low-back-pain')],
    missing: finding.pattern ? [] : [missing('Marrow lesion pattern not recorded.')],
    rankScore: 5,
  };
}

/** Downie 2013 post-test probabilities of fracture for the flags that have one. */
function fracturePostTestText(flags: RedFlag[]): string {
  const figures = [
    flags.includes('long-term-corticosteroids') ? '33% with prolonged corticosteroid use' : '',
    flags.includes('significant-trauma') ? '11% after severe trauma' : '',
    flags.length > 1 ? '90% with multiple red flags' : '',
  ].filter(Boolean);
  return figures.length > 0 ? ` (post-test probability of fracture ${figures.join('; ')})` : '';
}

function assessFracture(finding: FindingOf<'fracture'>, picture: ClinicalPicture): Contribution {
  const narrowing = finding.retropulsion === true || finding.canalCompromise === 'moderate' || finding.canalCompromise === 'severe';
  const reasons: Reason[] = [];
  if (finding.acuity === 'acute') reasons.push(because('Acute vertebral fracture: urgent whatever else is present.', 'acr-2021-low-back-pain'));
  if (finding.cause === 'pathologic-suspected') reasons.push(because('Suspected pathologic fracture: look for the underlying lesion (MRI without and with contrast).', 'acr-2021-low-back-pain'));
  if (narrowing) reasons.push(because('Retropulsion or canal narrowing threatens the cauda equina.', 'bmj-best-practice-ces'));
  const risk = flagsPresent(picture, FRACTURE_RISK_FLAGS);
  const riskReason = because(`Fracture risk recorded: ${flagText(risk)}${fracturePostTestText(risk)}.`, 'downie-2013');
  if (reasons.length > 0) return urgent(risk.length > 0 ? [...reasons, riskReason] : reasons);
  if (finding.acuity === undefined) {
    if (risk.length > 0) return urgent([because('Fracture of unrecorded age in a patient with fracture risk: treat as acute until marrow oedema is assessed.', 'acr-2021-low-back-pain'), riskReason], [missing('Fracture acuity not recorded.')]);
    return { label: 'possibly-contributory', reasons: [because('Fracture of unrecorded age: marrow oedema tells an acute fracture from an old one.')], missing: [missing('Fracture acuity not recorded.')], rankScore: 7 };
  }
  if (finding.acuity === 'subacute') return { label: 'possibly-contributory', reasons: [because('Subacute vertebral fracture: a plausible source of back pain.')], rankScore: 7 };
  return { label: 'probably-incidental', reasons: [because('Chronic (healed) fracture without canal narrowing.')] };
}

/** Cauda equina compression, or severe narrowing of the canal that compresses it (§4.3). */
function assessCaudaEquina(finding: FindingOf<'disc-herniation'> | FindingOf<'central-stenosis'>, picture: ClinicalPicture): Contribution | null {
  const compression = finding.caudaEquinaCompression === true;
  if (!compression && canalSeverity(finding) !== 3) return null;
  const symptoms = flagsPresent(picture, [...CAUDA_EQUINA_FLAGS, 'progressive-neurological-deficit']);
  if (symptoms.length > 0) {
    const what = compression ? 'Cauda equina compression' : 'Severe narrowing of the canal at the cauda equina';
    return urgent([
      because(`${what} with ${flagText(symptoms)}: emergency, as for cauda equina syndrome (MRI within 4 h of request).`, 'bmj-best-practice-ces', 'acr-2021-low-back-pain'),
    ]);
  }
  if (!compression) return null;
  const warning = { ...because('Cauda equina compression: ask about bladder, bowel and saddle symptoms; with them this is an emergency.', 'bmj-best-practice-ces'), pinned: true };
  return { reasons: [warning], missing: picture.redFlagsRecorded ? [] : [MISSING.redFlags] };
}

function assessProgressiveDeficit(finding: Finding, context: RuleContext): Contribution | null {
  if (!isRootFinding(finding) || !context.picture.redFlags.has('progressive-neurological-deficit') || rootEffect(finding) !== 'compression') return null;
  const concordance = assessConcordance(rootTargetOf(finding), context.picture);
  if (concordance.status === 'discordant') return null;
  return urgent([because('Severe root compression with a progressive neurological deficit: urgent.', 'acr-2021-low-back-pain', 'pfirrmann-2004')]);
}

function assessModicInfection(finding: FindingOf<'modic'>, picture: ClinicalPicture): Contribution | null {
  if (finding.clawSign !== false || (finding.modicType !== '1' && finding.modicType !== '1/2')) return null;
  const risk = flagsPresent(picture, INFECTION_FLAGS);
  if (risk.length === 0) return null;
  return urgent([
    because(`Type 1 endplate change without a DWI claw sign, with ${flagText(risk)}: possible spondylodiscitis (a diffuse DWI pattern without a claw sign meant proven infection in 93–100%).`, 'patel-2014', 'acr-2021-low-back-pain'),
  ]);
}

export const redFlagFamily: RuleFamily = {
  name: 'red flags',
  assess(finding, context) {
    const { picture } = context;
    const found: (Contribution | null)[] = [];
    switch (finding.type) {
      case 'infection':
        found.push(assessInfection(finding, picture));
        break;
      case 'epidural-collection':
        found.push(assessCollection(finding));
        break;
      case 'marrow-lesion':
        found.push(assessMarrow(finding, picture));
        break;
      case 'fracture':
        found.push(assessFracture(finding, picture));
        break;
      case 'modic':
        found.push(assessModicInfection(finding, picture));
        break;
      case 'disc-herniation':
      case 'central-stenosis':
        found.push(assessCaudaEquina(finding, picture));
        break;
      default:
        break;
    }
    found.push(assessProgressiveDeficit(finding, context));
    return found.filter((contribution): contribution is Contribution => contribution !== null);
  },
};
