import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { caseFormatJsonSchemaText } from '../../../../shared/domain/json-schema.ts';
import { findingOfEveryType, specExampleCase } from './example-cases.ts';

const file = path.resolve(import.meta.dirname, '../../../../docs/case-format.schema.json');

describe('docs/case-format.schema.json', () => {
  it('is what the zod schema generates (run `node scripts/generate-json-schema.ts` if not)', () => {
    expect(fs.readFileSync(file, 'utf8')).toBe(caseFormatJsonSchemaText());
  });

  it('accepts the cases the zod schema accepts and refuses what it refuses', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(validate(specExampleCase)).toBe(true);
    expect(validate({ format: 'spinecorrelate.case/1', findings: findingOfEveryType, extra: { kept: true } })).toBe(true);
    expect(validate({ format: 'spinecorrelate.case/1', findings: [{ id: 'a', type: 'modic', level: 'L4' }] })).toBe(false);
    expect(validate({ format: 'spinecorrelate.case/1', findings: [{ id: 'a', type: 'disc-herniation', level: 'L4-L5', morphology: 'huge' }] })).toBe(false);
    expect(validate({ format: 'spinecorrelate.case/1', patient: { age: 38.5 } })).toBe(false);
  });
});
