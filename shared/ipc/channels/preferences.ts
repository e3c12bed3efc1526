import { z } from 'zod';
import { defineChannel } from '../define.ts';

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** The few settings kept in the data folder's preferences file. */
export const preferencesSchema = z.object({
  /** The name reports are signed with, set once; null until set. */
  radiologistName: z.string().nullable(),
  /** The name case edits and reviews are recorded under; null: the operating-system user's. */
  userName: z.string().nullable(),
  /** Shown under the signature and written as the SR's verifying organisation. */
  organization: z.string().nullable(),
  pageSize: z.enum(PAGE_SIZES),
});
export type Preferences = z.infer<typeof preferencesSchema>;

const text = z.string().trim().max(200);

export const preferencesChannels = {
  'preferences.get': defineChannel(z.object({}).strict(), preferencesSchema),
  'preferences.set': defineChannel(
    z.object({ radiologistName: text.nullable().optional(), userName: text.nullable().optional(), organization: text.nullable().optional(), pageSize: z.enum(PAGE_SIZES).optional() }).strict(),
    preferencesSchema,
  ),
};
