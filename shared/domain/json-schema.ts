import { z } from 'zod';
import { caseSchema } from './case.ts';

/** The JSON Schema of case format v1 as a file on disk holds it (`docs/case-format.schema.json`). */
export function caseFormatJsonSchemaText(): string {
  const schema = z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' });
  const document = {
    $schema: schema.$schema,
    title: 'SpineCorrelate case format v1 (spinecorrelate.case/1)',
    description: 'Generated from shared/domain/case.ts by scripts/generate-json-schema.ts; do not edit by hand. Unknown fields are allowed and kept.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
