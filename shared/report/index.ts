// Report drafting from a case and its correlation, the editable report content and its merge,
// and the plain-text rendering. Pure: no DOM, no Node.
export * from './concordance-words.ts';
export * from './correlation-input.ts';
export * from './document.ts';
export * from './draft.ts';
export * from './finding-words.ts';
export * from './impression.ts';
export * from './plain-text.ts';
export * from './regenerate.ts';
export * from './technique.ts';
export { NORMAL_LEVEL_TEXT } from './findings-section.ts';
