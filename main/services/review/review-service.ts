// Review mode: a spine physician's verdicts, overall note and review-scoped clinical picture,
// each appended as its own entry in one immediate transaction. The case, its report and the
// snapshot signed from it are never written here.
import type { ClinicalChanges } from '../../../shared/ipc/channels/cases.ts';
import type { ReviewSummary, ReviewView } from '../../../shared/ipc/channels/review.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { verdictProblem, type VerdictInput } from '../../../shared/review/verdict.ts';
import { applyClinicalChanges } from '../cases/clinical.ts';
import { now } from '../cases/change.ts';
import { currentUser } from '../cases/user.ts';
import type { Services } from '../context.ts';
import type { NewReviewEntry, ReviewRow } from '../store/repositories/review-repository.ts';
import { checkBasis, loadBasis, type LoadedBasis, reviewedLabelOf } from './review-basis.ts';
import { reviewStore } from './review-store.ts';
import { buildReviewSummary, buildReviewView, reviewState } from './review-view.ts';

interface BasisRequest {
  studyInstanceUID: string;
  basisVersion: number | null;
}

type EntryFields = Pick<NewReviewEntry, 'kind'> & Partial<Omit<NewReviewEntry, 'kind' | 'reviewRef' | 'at' | 'author' | 'caseRevision'>>;

/**
 * One change of the review of the study's current basis: `decide` returns the entry to append, or
 * null when it would change nothing. The review itself is created with its first entry.
 */
function changeReview(services: Services, request: BasisRequest, decide: (loaded: LoadedBasis, current: ReturnType<typeof reviewState>) => EntryFields | null): ReviewView {
  const user = currentUser(services.dataDir);
  return services.db
    .transaction(() => {
      const repo = reviewStore(services.db).reviews;
      const loaded = loadBasis(services, request.studyInstanceUID);
      checkBasis(loaded, request.basisVersion);
      let review = repo.forBasis(request.studyInstanceUID, loaded.versionRef);
      const entries = review ? repo.entries(review.id) : [];
      const fields = decide(loaded, reviewState(entries, loaded.document.clinical ?? {}));
      if (fields) {
        const at = now();
        review ??= repo.create({
          studyInstanceUID: request.studyInstanceUID,
          basis: loaded.basis.kind,
          reportVersionRef: loaded.versionRef,
          ruleset: loaded.basis.ruleset,
          createdAt: at,
          createdBy: user,
        });
        repo.append({
          findingUid: null, verdict: null, reviewedLabel: null, label: null, text: null, clinical: null,
          ...fields,
          reviewRef: review.id, at, author: user, caseRevision: loaded.caseView.revision,
        });
      }
      return buildReviewView(loaded, review ? repo.entries(review.id) : [], user);
    })
    .immediate();
}

/** The review of the case as it stands: its basis, ranked findings, verdicts, note and history. */
export function openReview(services: Services, studyInstanceUID: string): ReviewView {
  return services.db.transaction(() => {
    const loaded = loadBasis(services, studyInstanceUID);
    const { reviews } = reviewStore(services.db);
    const review = reviews.forBasis(studyInstanceUID, loaded.versionRef);
    return buildReviewView(loaded, review ? reviews.entries(review.id) : [], currentUser(services.dataDir));
  })();
}

/** Agree, disagree (with the label the physician would give) or comment on one finding. */
export function setVerdict(services: Services, request: BasisRequest & { findingId: string } & VerdictInput): ReviewView {
  return changeReview(services, request, (loaded, current) => {
    const reviewedLabel = reviewedLabelOf(loaded, request.findingId);
    if (!loaded.document.findings.some((f) => f.id === request.findingId) || reviewedLabel === null) {
      throw new AppError('not-found', 'That finding is not in the reviewed case.');
    }
    const input: VerdictInput = { verdict: request.verdict, ...(request.label ? { label: request.label } : {}), ...(request.comment !== undefined ? { comment: request.comment } : {}) };
    const problem = verdictProblem(input, reviewedLabel);
    if (problem) throw new AppError('invalid-input', problem);
    const comment = request.comment?.trim() || null;
    const label = request.verdict === 'disagree' ? request.label! : null;
    const previous = current.verdicts.get(request.findingId);
    if (previous && previous.verdict === request.verdict && previous.label === label && previous.comment === comment && previous.reviewedLabel === reviewedLabel) return null;
    return { kind: 'verdict', findingUid: request.findingId, verdict: request.verdict, reviewedLabel, label, text: comment };
  });
}

/** The overall note of the review; an empty text clears it. */
export function setReviewNote(services: Services, request: BasisRequest & { text: string }): ReviewView {
  return changeReview(services, request, (_loaded, current) => {
    const text = request.text.trim();
    if (text === (current.note?.text ?? '')) return null;
    return { kind: 'note', text };
  });
}

/**
 * The clinical picture as the physician found it (new examination findings), for this review
 * alone: the case and its signed snapshot keep theirs. The view then carries the correlation with
 * this picture and how it differs from the one reviewed.
 */
export function updateReviewClinical(services: Services, request: BasisRequest & { changes: ClinicalChanges }): ReviewView {
  return changeReview(services, request, (loaded, current) => {
    const picture = current.clinical?.picture ?? loaded.document.clinical ?? {};
    const update = applyClinicalChanges(picture as Record<string, unknown>, request.changes);
    return update ? { kind: 'clinical', clinical: JSON.stringify(update.next) } : null;
  });
}

/** The latest review of the case, whatever it reviewed, for the radiologist's reading screen; null when there is none. */
export function reviewSummary(services: Services, studyInstanceUID: string): ReviewSummary | null {
  return services.db.transaction(() => {
    const repo = reviewStore(services.db).reviews;
    const review: ReviewRow | null = repo.latest(studyInstanceUID);
    if (!review) return null;
    return buildReviewSummary(loadBasis(services, studyInstanceUID, review), repo.entries(review.id));
  })();
}
