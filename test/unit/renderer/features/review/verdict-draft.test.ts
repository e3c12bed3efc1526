import { describe, expect, it } from 'vitest';
import { inputOf } from '../../../../../renderer/features/review/VerdictForm.tsx';

describe('a verdict draft becomes a verdict only when it can be recorded', () => {
  it('needs a choice, a different label to disagree, and text to comment; comments are trimmed', () => {
    expect(inputOf({ verdict: null, label: null, comment: 'x' }, 'likely-pain-generator')).toEqual({ input: null, problem: 'Choose agree, disagree or comment.' });
    expect(inputOf({ verdict: 'agree', label: 'urgent-red-flag', comment: '  fine  ' }, 'likely-pain-generator')).toEqual({ input: { verdict: 'agree', comment: 'fine' }, problem: null });
    expect(inputOf({ verdict: 'disagree', label: null, comment: '' }, 'likely-pain-generator').problem).toMatch(/names the label/);
    expect(inputOf({ verdict: 'disagree', label: 'likely-pain-generator', comment: '' }, 'likely-pain-generator').problem).toMatch(/already labelled likely pain generator/);
    expect(inputOf({ verdict: 'disagree', label: 'probably-incidental', comment: '' }, 'likely-pain-generator').input).toEqual({ verdict: 'disagree', label: 'probably-incidental' });
    expect(inputOf({ verdict: 'comment', label: null, comment: '   ' }, 'likely-pain-generator').problem).toBe('Write the comment.');
  });
});
