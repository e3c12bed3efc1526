import { useLayoutEffect, useRef } from 'react';
import type { EditableSection } from '../../../shared/report/document.ts';

interface Props {
  section: EditableSection;
  /** The text being typed, ahead of the last save. */
  value: string;
  readOnly: boolean;
  onChange(text: string): void;
  onBlur(): void;
  onResolve(keep: 'mine' | 'generated'): void;
}

/** One report section: a growing text box, marked when edited, with both versions side by side when the findings clash with an edit. */
export function SectionEditor({ section, value, readOnly, onChange, onBlur, onResolve }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);
  const edited = value !== section.generated;
  const id = `report-section-${section.id}`;
  return (
    <section className={`report-section${section.id === 'impression' ? ' impression' : ''}`} aria-labelledby={`${id}-title`} data-section={section.id}>
      <div className="report-section-head">
        <label id={`${id}-title`} htmlFor={id}>{section.title}</label>
        {!readOnly && edited && <span className="tag edited" title="Your text: regeneration keeps it">edited</span>}
        {section.merged && <span className="tag merged" title="The findings changed; the new text was merged around your edits">updated around your edits</span>}
      </div>
      {section.conflict && !readOnly && (
        <div className="report-conflict" role="group" aria-label={`${section.title}: the findings changed this section`}>
          <p>The findings changed this section, and you had edited the same part. Choose which text to keep; you can edit it after.</p>
          <div className="report-conflict-versions">
            <div>
              <h4>Your text</h4>
              <pre>{value}</pre>
              <button type="button" onClick={() => onResolve('mine')}>Keep mine</button>
            </div>
            <div>
              <h4>Regenerated from the findings</h4>
              <pre>{section.conflict.generated}</pre>
              <button type="button" className="primary" onClick={() => onResolve('generated')}>Use regenerated</button>
            </div>
          </div>
        </div>
      )}
      <textarea
        id={id}
        ref={area}
        value={value}
        readOnly={readOnly}
        spellCheck
        rows={2}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </section>
  );
}
