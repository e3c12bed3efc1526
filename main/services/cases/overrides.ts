import { AppError } from '../../../shared/ipc/result.ts';
import type { CaseView, CorrelationLabel } from '../../../shared/ipc/channels/case-view.ts';
import type { Services } from '../context.ts';
import { changeCase } from './change.ts';

export interface OverrideRequest {
  studyInstanceUID: string;
  findingId: string;
  label: CorrelationLabel;
  reason: string;
  computedLabel: CorrelationLabel;
  ruleset: string;
}

function notFound(): AppError {
  return new AppError('not-found', 'That finding is no longer in the case.');
}

/** The radiologist's label for a finding; the computed label and ruleset it overrode are kept beside it. */
export function setOverride(services: Services, request: OverrideRequest): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow, at, user }) => {
    const finding = store.findings.byUid(caseRow.id, request.findingId);
    if (!finding) throw notFound();
    const before = store.findings.overrides(caseRow.id).find((o) => o.findingUid === request.findingId) ?? null;
    const override = { label: request.label, reason: request.reason.trim(), author: user, createdAt: at, computedLabel: request.computedLabel, ruleset: request.ruleset };
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
