import { AppError } from '../../../shared/ipc/result.ts';
import { correlate } from '../../../shared/correlation/correlate.ts';
import type { Label } from '../../../shared/correlation/output.ts';
import { RULESET } from '../../../shared/correlation/ruleset.ts';
import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { Services } from '../context.ts';
import { caseDocument, findingFromRow } from './case-document.ts';
import { changeCase } from './change.ts';

export interface OverrideRequest {
  studyInstanceUID: string;
  findingId: string;
  label: Label;
  reason: string;
}

function notFound(): AppError {
  return new AppError('not-found', 'That finding is no longer in the case.');
}

/**
 * The radiologist's label for a finding. What the engine says for the saved case — the label
 * being overridden — and the ruleset that said it are kept beside it.
 */
export function setOverride(services: Services, request: OverrideRequest): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow, at, user }) => {
    const finding = store.findings.byUid(caseRow.id, request.findingId);
    if (!finding) throw notFound();
    const before = store.findings.overrides(caseRow.id).find((o) => o.findingUid === request.findingId) ?? null;
    const document = caseDocument(caseRow, store.findings.list(caseRow.id).map(findingFromRow), JSON.parse(store.clinical.get(caseRow.id)));
    const computed = correlate(document).findings.find((f) => f.id === request.findingId)!;
    const override = { label: request.label, reason: request.reason.trim(), author: user, createdAt: at, computedLabel: computed.label, ruleset: RULESET };
    store.findings.setOverride(finding.id, override);
    return { action: 'override.set', target: request.findingId, detail: { before, after: override } };
  });
}

export function clearOverride(services: Services, request: { studyInstanceUID: string; findingId: string }): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow }) => {
    const finding = store.findings.byUid(caseRow.id, request.findingId);
    if (!finding) throw notFound();
    const before = store.findings.overrides(caseRow.id).find((o) => o.findingUid === request.findingId);
    if (!before) return null;
    store.findings.clearOverride(finding.id);
    return { action: 'override.clear', target: request.findingId, detail: { before } };
  });
}
