import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../main/handlers.ts';
import type { CaseView } from '../../../../../shared/ipc/channels/case-view.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

describe('case channels', () => {
  it('refuse a malformed finding before any service runs, naming the field', async () => {
    const s = services();
    await dispatch(s, 'case.open', { studyInstanceUID: STUDY });
    const result = await dispatch(s, 'case.addFinding', {
      studyInstanceUID: STUDY,
      finding: { id: 'f1', level: 'L4-L5', type: 'disc-herniation', zone: 'lateral' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'finding.zone' }] } });
    const unknownType = await dispatch(s, 'case.addFinding', { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L4-L5', type: 'tumour' } });
    expect(unknownType).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'finding.type' }] } });
    const clinical = await dispatch(s, 'case.updateClinical', { studyInstanceUID: STUDY, changes: { redFlags: ['headache'] } });
    expect(clinical).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'changes.redFlags[0]' }] } });
    const extra = await dispatch(s, 'case.updateClinical', { studyInstanceUID: STUDY, changes: { mood: 'low' } });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const blankReason = await dispatch(s, 'case.setOverride', {
      studyInstanceUID: STUDY, findingId: 'f1', label: 'probably-incidental', reason: '   ',
    });
    expect(blankReason).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'reason' }] } });
    const opened = await dispatch(s, 'case.open', { studyInstanceUID: STUDY });
    expect(opened.ok && (opened.value as CaseView).revision).toBe(0);
  });

  it('answer with the updated case, so the screen renders without another call', async () => {
    const s = services();
    await dispatch(s, 'case.open', { studyInstanceUID: STUDY });
    const result = await dispatch(s, 'case.addFinding', { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L5-S1', type: 'modic', modicType: '1' } });
    expect(result.ok).toBe(true);
    const view = (result as { value: CaseView }).value;
    expect(view.revision).toBe(1);
    expect(view.document.findings).toEqual([{ id: 'f1', level: 'L5-S1', type: 'modic', modicType: '1' }]);
  });

  it('turn an expected failure into a typed error without patient data', async () => {
    const s = services();
    const result = await dispatch(s, 'case.open', { studyInstanceUID: '9.9.9' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'That study is not imported: import its DICOM files first.' } });
  });
});
