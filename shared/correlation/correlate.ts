import type { Case } from '../domain/case.ts';
import type { Finding } from '../domain/findings.ts';
import { compareLevels } from '../domain/levels.ts';
import { assessAppropriateness } from './case/appropriateness.ts';
import { epidemiologyStatement } from './case/epidemiology.ts';
import { rankCandidates, type RankingInput } from './case/ranking.ts';
import { caseRedFlags } from './case/red-flags.ts';
import { type ClinicalPicture, readClinicalPicture } from './clinical-picture.ts';
import { type Contribution, MISSING, type MissingItem, type Reason, type RuleContext } from './contribution.ts';
import type { EvidenceId } from './evidence/index.ts';
import { type AsymptomaticPrevalenceOutput, type Concordance, CORRELATION_FORMAT, type Confidence, type Correlation, type FindingCorrelation, type Label, labelRank } from './output.ts';
import type { AgePrevalence } from './prevalence.ts';
import { RULE_FAMILIES } from './rules/index.ts';
import { RULESET } from './ruleset.ts';

function byLevelThenId(a: Finding, b: Finding): number {
  return compareLevels(a.level, b.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function confidenceOf(missingItems: readonly MissingItem[]): Confidence {
  if (missingItems.some((item) => item.major)) return 'low';
  return missingItems.length > 0 ? 'moderate' : 'high';
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function prevalenceOutput(prevalence: AgePrevalence): AsymptomaticPrevalenceOutput {
  const { percent, age, source, ageUsed, row, finding, outsideRange, uncertainty } = prevalence;
  return { percent, age, source, ageUsed, row, finding, ...(outsideRange ? { outsideRange } : {}), ...(uncertainty ? { uncertainty } : {}) };
}

function concordanceOutput(finding: Finding, concordance: NonNullable<Contribution['concordance']>): Concordance {
  return {
    ...(concordance.root ? { root: concordance.root } : {}),
    ...(finding.side ? { side: finding.side } : {}),
    matches: concordance.status === 'concordant',
    status: concordance.status,
    ...(concordance.relation ? { relation: concordance.relation } : {}),
    explainsDeficit: concordance.explainsDeficit,
    matchedBy: concordance.matchedBy,
  };
}

interface Combined {
  result: FindingCorrelation;
  score: number;
  unassessed: boolean;
  missing: MissingItem[];
}

/**
 * The highest label any family proposes wins. Reasons: pinned warnings first, then those of the
 * contributions that proposed the winning label, then the rest by label; families in their order.
 */
/** Red flags dominate: only what could undo the urgent label lowers its confidence. */
function urgentMissing(contributions: readonly Contribution[]): MissingItem[] {
  return contributions.filter((c) => c.label === 'urgent-red-flag').flatMap((c) => c.missing ?? []);
}

function rankOf(contribution: Contribution): number {
  return contribution.label === undefined ? -1 : labelRank(contribution.label);
}

function combine(finding: Finding, contributions: readonly Contribution[]): Combined {
  let label: Label = 'probably-incidental';
  let best = labelRank(label);
  for (const contribution of contributions) {
    const rank = rankOf(contribution);
    if (rank > best) [best, label] = [rank, contribution.label!];
  }
  // Array.prototype.sort is stable: families keep their order within a label. For a probably
  // incidental finding, how common it is without symptoms is the main reason.
  const prevalenceFirst = (c: Contribution) => (label === 'probably-incidental' && c.prevalence ? 1 : 0);
  const ordered = contributions.length > 1 ? [...contributions].sort((a, b) => rankOf(b) - rankOf(a) || prevalenceFirst(b) - prevalenceFirst(a)) : contributions;
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const pinned of [true, false]) {
    for (const contribution of ordered) {
      for (const reason of contribution.reasons) {
        if (Boolean(reason.pinned) !== pinned || seen.has(reason.text)) continue;
        seen.add(reason.text);
        reasons.push(reason);
      }
    }
  }
  if (reasons.length === 0) reasons.push({ text: 'No rule links this finding to the symptoms.', evidence: [] });
  const evidence = [...new Set<EvidenceId>(reasons.flatMap((r) => r.evidence))];
  let prevalence: AgePrevalence | undefined;
  let concordance: Contribution['concordance'];
  let score = 0;
  let unassessed = false;
  const missingItems: MissingItem[] = [];
  for (const contribution of contributions) {
    prevalence ??= contribution.prevalence;
    concordance ??= contribution.concordance;
    if (contribution.label === label) score = Math.max(score, contribution.rankScore ?? 0);
    unassessed ||= contribution.unassessed === true;
    for (const item of contribution.missing ?? []) if (!missingItems.some((m) => m.text === item.text)) missingItems.push(item);
  }
  if (prevalence && !evidence.includes(prevalence.source)) evidence.push(prevalence.source);

  const result: FindingCorrelation = {
    id: finding.id,
    label,
    reasons: reasons.map((r) => r.text),
    evidence,
    ...(prevalence ? { asymptomaticPrevalence: prevalenceOutput(prevalence) } : {}),
    ...(concordance ? { concordance: concordanceOutput(finding, concordance) } : {}),
    reasonDetails: reasons.map((r) => ({ text: r.text, evidence: [...r.evidence] })),
    confidence: confidenceOf(label === 'urgent-red-flag' ? urgentMissing(contributions) : missingItems),
    missingInformation: missingItems.map((m) => m.text),
  };
  return { result, score, unassessed, missing: missingItems };
}

function caseMissing(picture: ClinicalPicture, findingMissing: readonly MissingItem[]): string[] {
  const items: MissingItem[] = [];
  if (!picture.anyClinical) items.push({ text: 'No clinical information recorded: labels rest on imaging alone.', major: true });
  if (picture.age === undefined) items.push(MISSING.age);
  items.push(...findingMissing);
  if (picture.durationWeeks === undefined) items.push({ text: 'Symptom duration not recorded.', major: false });
  if (!picture.redFlagsRecorded) items.push(MISSING.redFlags);
  return uniqueBy(items, (m) => m.text).map((m) => m.text);
}

/**
 * Correlation format v1 for a case: a label with ranked reasons and evidence for every finding,
 * red flags, imaging appropriateness, the pain-generator ranking and the epidemiology statement.
 * Pure and deterministic; the order of the case's findings does not matter.
 */
export function correlate(theCase: Case): Correlation {
  const picture = readClinicalPicture(theCase);
  const findings = [...theCase.findings].sort(byLevelThenId);
  const context: RuleContext = { theCase, picture, findings };
  const combined = findings.map((finding) => ({ finding, ...combine(finding, RULE_FAMILIES.flatMap((family) => family.assess(finding, context))) }));
  const results = combined.map((item) => item.result);
  const byId = new Map(results.map((result) => [result.id, result]));
  const { redFlags, redFlagDetails } = caseRedFlags(findings, byId, picture);
  const ranking = rankCandidates(combined.map((item): RankingInput => ({ finding: item.finding, result: item.result, score: item.score, unassessed: item.unassessed })));
  return {
    format: CORRELATION_FORMAT,
    ruleset: RULESET,
    findings: results,
    redFlags,
    redFlagDetails,
    appropriateness: assessAppropriateness(picture),
    ranking,
    epidemiologyStatement: epidemiologyStatement(results),
    missingInformation: caseMissing(picture, combined.flatMap((item) => item.missing)),
  };
}
