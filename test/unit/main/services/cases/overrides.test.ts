import { describe, expect, it } from 'vitest';
import { addFinding, removeFinding } from '../../../../../main/services/cases/findings.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { clearOverride, setOverride } from '../../../../../main/services/cases/overrides.ts';
import { caseStore } from '../../../../../main/services/cases/case-store.ts';
import { correlate } from '../../../../../shared/correlation/correlate.ts';
import { RULESET } from '../../../../../shared/correlation/ruleset.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

describe('label overrides', () => {
  it('keeps the computed label and ruleset beside the radiologist’s label, with author and time', () => {
    const s = services();
    openCase(s, STUDY);
    const added = addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L5-S1', type: 'modic', modicType: '1' } });
    const computed = correlate(added.document).findings[0]!.label;
    const label = computed === 'probably-incidental' ? 'possibly-contributory' : 'probably-incidental';
    const view = setOverride(s, { studyInstanceUID: STUDY, findingId: 'f1', label, reason: '  Chronic, unchanged since 2019  ' });
    expect(view.overrides).toEqual([
      { findingId: 'f1', label, reason: 'Chronic, unchanged since 2019', author: expect.any(String), at: expect.any(String), computedLabel: computed, ruleset: RULESET },
    ]);
    expect(clearOverride(s, { studyInstanceUID: STUDY, findingId: 'f1' }).overrides).toEqual([]);
    expect(clearOverride(s, { studyInstanceUID: STUDY, findingId: 'f1' }).revision).toBe(3);
    expect(caseStore(s.db).audit.ofCase(1).map((a) => a.action)).toEqual(['case.create', 'finding.add', 'override.set', 'override.clear']);
  });

  it('refuses an override of a finding that is gone, and an override goes with its finding', () => {
    const s = services();
    openCase(s, STUDY);
    addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L5-S1', type: 'modic' } });
    const request = { studyInstanceUID: STUDY, findingId: 'f1', label: 'urgent-red-flag' as const, reason: 'x' };
    setOverride(s, request);
    expect(removeFinding(s, { studyInstanceUID: STUDY, findingId: 'f1' }).overrides).toEqual([]);
    expect(() => setOverride(s, request)).toThrow(/no longer in the case/);
  });
});
