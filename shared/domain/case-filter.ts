import { z } from 'zod';
import { LABELS, type Label } from '../correlation/output.ts';
import { SEXES } from './attributes.ts';
import { FINDING_TYPES, type FindingType } from './findings.ts';
import { anyLevelSchema } from './levels.ts';

/**
 * The filters of the case browser and the research export, declared once (issue 7: "the same
 * filters"). Empty lists and absent bounds do not restrict; values in one list are alternatives;
 * different fields must all hold. Finding type, level and label must hold for the same finding:
 * `{ findingTypes: ['disc-herniation'], levels: ['L4-L5'] }` is a herniation at L4-L5, not a
 * herniation anywhere in a case with some finding at L4-L5.
 */
export const CASE_STATUS_FILTERS = ['draft', 'final', 'reviewed'] as const;
export type CaseStatusFilter = (typeof CASE_STATUS_FILTERS)[number];
export const RED_FLAG_FILTERS = ['any', 'present', 'absent'] as const;

export const caseFilterSchema = z
  .object({
    findingTypes: z.array(z.enum(FINDING_TYPES as [FindingType, ...FindingType[]])).max(50).default([]),
    levels: z.array(anyLevelSchema).max(50).default([]),
    /** The effective label: the radiologist's override where there is one, else the engine's. */
    labels: z.array(z.enum(LABELS)).max(10).default([]),
    ageMin: z.number().int().min(0).max(130).optional(),
    ageMax: z.number().int().min(0).max(130).optional(),
    sexes: z.array(z.enum(SEXES)).max(10).default([]),
    /** Study date bounds, inclusive, YYYY-MM-DD. */
    dateFrom: z.iso.date().optional(),
    dateTo: z.iso.date().optional(),
    /** 'final' includes amended cases; 'reviewed' is a case a spine physician has reviewed. */
    statuses: z.array(z.enum(CASE_STATUS_FILTERS)).max(3).default([]),
    /** 'present': a clinical red flag recorded or a finding labelled urgent-red-flag. */
    redFlags: z.enum(RED_FLAG_FILTERS).default('any'),
  })
  .strict();

export type CaseFilter = z.infer<typeof caseFilterSchema>;
export type CaseFilterInput = z.input<typeof caseFilterSchema>;

export const EMPTY_CASE_FILTER: CaseFilter = caseFilterSchema.parse({});

/** What a filter looks at in one case. */
export interface CaseFilterSubject {
  status: 'draft' | 'final' | 'amended';
  reviewed: boolean;
  age: number | null;
  sex: string | null;
  /** YYYY-MM-DD or null. */
  studyDate: string | null;
  findings: readonly { type: string; level: string; label: Label | null }[];
  clinicalRedFlags: number;
}

export function hasRedFlag(subject: CaseFilterSubject): boolean {
  return subject.clinicalRedFlags > 0 || subject.findings.some((f) => f.label === 'urgent-red-flag');
}

function statusMatches(subject: CaseFilterSubject, statuses: readonly CaseStatusFilter[]): boolean {
  if (statuses.length === 0) return true;
  return statuses.some((status) => {
    if (status === 'reviewed') return subject.reviewed;
    if (status === 'final') return subject.status === 'final' || subject.status === 'amended';
    return subject.status === 'draft';
  });
}

/** True when the case passes every filter. The SQL of the case query narrows; this decides. */
export function matchesCaseFilter(subject: CaseFilterSubject, filter: CaseFilter): boolean {
  if (!statusMatches(subject, filter.statuses)) return false;
  if (filter.ageMin !== undefined && (subject.age === null || subject.age < filter.ageMin)) return false;
  if (filter.ageMax !== undefined && (subject.age === null || subject.age > filter.ageMax)) return false;
  if (filter.sexes.length > 0 && (subject.sex === null || !(filter.sexes as readonly string[]).includes(subject.sex))) return false;
  if (filter.dateFrom !== undefined && (subject.studyDate === null || subject.studyDate < filter.dateFrom)) return false;
  if (filter.dateTo !== undefined && (subject.studyDate === null || subject.studyDate > filter.dateTo)) return false;
  if (filter.redFlags !== 'any' && hasRedFlag(subject) !== (filter.redFlags === 'present')) return false;
  if (filter.findingTypes.length === 0 && filter.levels.length === 0 && filter.labels.length === 0) return true;
  return subject.findings.some(
    (finding) =>
      (filter.findingTypes.length === 0 || (filter.findingTypes as readonly string[]).includes(finding.type)) &&
      (filter.levels.length === 0 || (filter.levels as readonly string[]).includes(finding.level)) &&
      (filter.labels.length === 0 || (finding.label !== null && filter.labels.includes(finding.label))),
  );
}

/** Whether the filter needs each case's labels (computed by the engine), beyond what SQL can see. */
export function filterNeedsLabels(filter: CaseFilter): boolean {
  return filter.labels.length > 0 || filter.redFlags !== 'any';
}
