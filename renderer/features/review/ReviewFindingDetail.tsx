import type { RefObject } from 'react';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type { ReviewFinding } from '../../../shared/ipc/channels/review.ts';
import type { VerdictInput } from '../../../shared/review/verdict.ts';
import { FindingFacts, FindingReasons } from '../correlation/FindingReasons.tsx';
import { LabelChip } from '../correlation/LabelChip.tsx';
import { KeyImage } from './KeyImage.tsx';
import { type VerdictDraft, VerdictForm } from './VerdictForm.tsx';

interface Props {
  studyInstanceUID: string;
  item: ReviewFinding;
  draft: VerdictDraft;
  onDraft(draft: VerdictDraft): void;
  onRecord(input: VerdictInput): void;
  labelRef: RefObject<HTMLSelectElement | null>;
  commentRef: RefObject<HTMLTextAreaElement | null>;
}

/** One finding under review: its label (and the radiologist's override), the verdict form, the key image, and why — reasons with figures and citations. */
export function ReviewFindingDetail({ studyInstanceUID, item, draft, onDraft, onRecord, labelRef, commentRef }: Props) {
  const { finding, result, override } = item;
  return (
    <section className="review-detail" data-testid="review-detail" aria-label={`Review: ${finding.level} ${describeFinding(finding)}`}>
      <h3 className="review-detail-title">
        {finding.level} · {describeFinding(finding)}
      </h3>
      <div className="label-line">
        <span className="muted">Engine</span> <LabelChip label={result.label} long struck={override !== null} />
        {override && (
          <>
            <span className="muted">Radiologist</span> <LabelChip label={override.label} long />
          </>
        )}
        <span className="muted">confidence {result.confidence}</span>
      </div>
      {override && <p className="muted override-reason">Override: {override.reason}</p>}
      {finding.note && <p className="muted">Note: {finding.note}</p>}
      <VerdictForm finding={item} draft={draft} onDraft={onDraft} onRecord={onRecord} labelRef={labelRef} commentRef={commentRef} />
      <div className="review-evidence">
        <KeyImage studyInstanceUID={studyInstanceUID} findingId={finding.id} />
        <div className="review-reasons">
          <FindingFacts result={result} />
          <FindingReasons result={result} />
        </div>
      </div>
    </section>
  );
}
