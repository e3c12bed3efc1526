// Writes the JSON Schemas of the file formats into docs/ from the zod schemas that are their
// source of truth. A unit test fails when a committed file is stale: run
// `node scripts/generate-json-schema.ts` after changing shared/domain or shared/correlation.
import fs from 'node:fs';
import path from 'node:path';
import { correlationFormatJsonSchemaText } from '../shared/correlation/json-schema.ts';
import { caseFormatJsonSchemaText } from '../shared/domain/json-schema.ts';

const documents: Record<string, string> = {
  'case-format.schema.json': caseFormatJsonSchemaText(),
  'correlation-format.schema.json': correlationFormatJsonSchemaText(),
};

const docs = path.resolve(import.meta.dirname, '..', 'docs');
fs.mkdirSync(docs, { recursive: true });
for (const [file, text] of Object.entries(documents)) {
  fs.writeFileSync(path.join(docs, file), text);
  process.stdout.write(`wrote docs/${file}\n`);
}
