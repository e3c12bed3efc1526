import { z } from 'zod';
import { correlationSchema } from './output.ts';

/** The JSON Schema of correlation format v1 as `docs/correlation-format.schema.json` holds it. */
export function correlationFormatJsonSchemaText(): string {
  const schema = z.toJSONSchema(correlationSchema, { io: 'output', unrepresentable: 'any' });
  const document = {
    $schema: schema.$schema,
    title: 'SpineCorrelate correlation format v1 (spinecorrelate.correlation/1)',
    description: 'Generated from shared/correlation/output.ts by scripts/generate-json-schema.ts; do not edit by hand. Fields marked "Extra" go beyond ../shared/spec/case-format.md.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
