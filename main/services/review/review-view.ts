// The review as the screens show it, read from the basis and the review's append-only entries:
// the latest verdict per finding, note and clinical picture are current, the rest is history.
import { correlate } from '../../../shared/correlation/correlate.ts';
import type { Clinical } from '../../../shared/domain/clinical.ts';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type {
  RecordedVerdict, ReviewFinding, ReviewHistoryEntry, ReviewNote, ReviewSummary, ReviewView,
} from '../../../shared/ipc/channels/review.ts';
import { diffCorrelations } from '../../../shared/review/correlation-diff.ts';
import { rankByLabel } from '../../../shared/review/rank.ts';
import type { ReviewEntryRow } from '../store/repositories/review-repository.ts';
import type { LoadedBasis } from './review-basis.ts';

function verdictOf(entry: ReviewEntryRow): RecordedVerdict {
  return {
    findingId: entry.findingUid!,
    verdict: entry.verdict!,
    label: entry.label,
    comment: entry.text,
    reviewedLabel: entry.reviewedLabel!,
    author: entry.author,
    at: entry.at,
  };
}

export interface ReviewState {
  verdicts: Map<string, RecordedVerdict>;
  note: ReviewNote | null;
  clinical: { picture: Clinical; author: string; at: string } | null;
  history: ReviewHistoryEntry[];
  reviewers: string[];
}

/** The clinical fields that differ between two pictures. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

/** Folds the entries, oldest first, into the current state and the history (newest first). */
export function reviewState(entries: readonly ReviewEntryRow[], basisClinical: Clinical): ReviewState {
  const verdicts = new Map<string, RecordedVerdict>();
  let note: ReviewNote | null = null;
  let clinical: ReviewState['clinical'] = null;
  const history: ReviewHistoryEntry[] = [];
  const reviewers: string[] = [];
  for (const entry of entries) {
    if (!reviewers.includes(entry.author)) reviewers.push(entry.author);
    if (entry.kind === 'verdict') {
      const verdict = verdictOf(entry);
      verdicts.set(verdict.findingId, verdict);
      history.push({ kind: 'verdict', ...verdict });
    } else if (entry.kind === 'note') {
      note = { text: entry.text ?? '', author: entry.author, at: entry.at };
      history.push({ kind: 'note', ...note });
    } else {
      const picture = JSON.parse(entry.clinical!) as Clinical;
      const fields = changedFields(clinical?.picture ?? basisClinical, picture);
      clinical = { picture, author: entry.author, at: entry.at };
      history.push({ kind: 'clinical', fields, author: entry.author, at: entry.at });
    }
  }
  return { verdicts, note: note && note.text !== '' ? note : null, clinical, history: history.reverse(), reviewers };
}

/** The reviewed case with the review's clinical picture in place of the one it was signed with. */
function withClinical(loaded: LoadedBasis, clinical: Clinical): LoadedBasis['document'] {
  const { clinical: _signed, ...rest } = loaded.document;
  return Object.keys(clinical).length > 0 ? { ...rest, clinical } : rest;
}

export function updatedCorrelation(loaded: LoadedBasis, state: ReviewState): ReviewView['updated'] {
  if (!state.clinical) return null;
  const correlation = correlate(withClinical(loaded, state.clinical.picture));
  return { correlation, diff: diffCorrelations(loaded.correlation, correlation) };
}

export function buildReviewView(loaded: LoadedBasis, entries: readonly ReviewEntryRow[], reviewer: string): ReviewView {
  const state = reviewState(entries, loaded.document.clinical ?? {});
  const results = new Map(loaded.correlation.findings.map((f) => [f.id, f]));
  const findings: (ReviewFinding & { id: string })[] = [];
  for (const finding of loaded.document.findings) {
    const result = results.get(finding.id);
    if (!result) continue;
    const override = loaded.overrides.get(finding.id) ?? null;
    findings.push({ id: finding.id, finding, result, override, label: override?.label ?? result.label, verdict: state.verdicts.get(finding.id) ?? null });
  }
  return {
    studyInstanceUID: loaded.caseView.studyInstanceUID,
    reviewer,
    basis: loaded.basis,
    document: loaded.document,
    levels: loaded.caseView.levels,
    anatomy: loaded.caseView.anatomy,
    correlation: loaded.correlation,
    findings: rankByLabel(findings, loaded.correlation).map(({ id: _id, ...rest }) => rest),
    note: state.note,
    clinical: state.clinical,
    updated: updatedCorrelation(loaded, state),
    history: state.history,
    reviewers: state.reviewers,
  };
}

export function buildReviewSummary(loaded: LoadedBasis, entries: readonly ReviewEntryRow[]): ReviewSummary | null {
  if (entries.length === 0) return null;
  const state = reviewState(entries, loaded.document.clinical ?? {});
  const describe = new Map(loaded.document.findings.map((f) => [f.id, `${f.level} ${describeFinding(f)}`]));
  const order = new Map(loaded.document.findings.map((f, index) => [f.id, index]));
  const verdicts = [...state.verdicts.values()]
    .sort((a, b) => (order.get(a.findingId) ?? 0) - (order.get(b.findingId) ?? 0))
    .map((v) => ({ ...v, finding: describe.get(v.findingId) ?? v.findingId }));
  const count = (verdict: RecordedVerdict['verdict']) => verdicts.filter((v) => v.verdict === verdict).length;
  const updated = updatedCorrelation(loaded, state);
  return {
    basis: loaded.basis,
    reviewers: state.reviewers,
    lastAt: entries[entries.length - 1]!.at,
    counts: { agree: count('agree'), disagree: count('disagree'), comment: count('comment') },
    verdicts,
    findingNames: Object.fromEntries(describe),
    note: state.note,
    clinical:
      state.clinical && updated
        ? {
            author: state.clinical.author,
            at: state.clinical.at,
            fields: changedFields(loaded.document.clinical ?? {}, state.clinical.picture),
            diff: updated.diff,
          }
        : null,
  };
}
