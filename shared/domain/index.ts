// The domain model of case format v1: schemas, types and the vocabulary forms, persistence, the
// correlation engine and the report share.
export * from './levels.ts';
export * from './anatomy.ts';
export * from './attributes.ts';
export * from './red-flags.ts';
export * from './findings.ts';
export * from './clinical.ts';
export * from './case.ts';
export * from './parse-case.ts';
export * from './finding-types.ts';
export * from './grading-systems.ts';
export * from './describe.ts';
