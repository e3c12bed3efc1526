import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { planes, weightings } from './studies.ts';

const vec3 = z.tuple([z.number(), z.number(), z.number()]);

/**
 * One imported image in viewing order, with the geometry the viewer needs before its pixels
 * arrive (reference lines, nearest slice, level positions). Pixels come by `id` only.
 */
export const viewerImageSchema = z.object({
  id: z.number().int(),
  sopInstanceUID: z.string(),
  instanceNumber: z.number().int().nullable(),
  frames: z.number().int(),
  transferSyntaxUID: z.string(),
  rows: z.number().int().nullable(),
  columns: z.number().int().nullable(),
  /** ImagePositionPatient: the centre of the first transmitted pixel, mm. */
  imagePosition: vec3.nullable(),
  /** ImageOrientationPatient: row direction then column direction. */
  imageOrientation: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]).nullable(),
  /** PixelSpacing: [between rows, between columns], mm. */
  pixelSpacing: z.tuple([z.number(), z.number()]).nullable(),
  sliceThickness: z.number().nullable(),
  windowCenter: z.number().nullable(),
  windowWidth: z.number().nullable(),
});
export type ViewerImage = z.infer<typeof viewerImageSchema>;

export const viewerSeriesSchema = z.object({
  seriesId: z.number().int(),
  seriesInstanceUID: z.string(),
  frameOfReferenceUID: z.string(),
  number: z.number().int().nullable(),
  description: z.string(),
  plane: z.enum(planes),
  weighting: z.enum(weightings),
  /** Image instances in spatial order (position along the slice normal), never file order. */
  images: z.array(viewerImageSchema),
});
export type ViewerSeries = z.infer<typeof viewerSeriesSchema>;

export const GRIDS = ['1x1', '1x2', '1x3', '2x2'] as const;
export type Grid = (typeof GRIDS)[number];
export const VIEWPORT_SLOTS = 4;

/**
 * What the reader arranged for one study: the grid and which series (by UID, stable across
 * re-imports) each of the four viewport slots shows; slots past the grid's count keep their
 * series for when the grid grows again.
 */
export const viewerLayoutSchema = z.object({
  grid: z.enum(GRIDS),
  viewports: z.array(z.string().min(1).max(64).nullable()).length(VIEWPORT_SLOTS),
});
export type ViewerLayout = z.infer<typeof viewerLayoutSchema>;

const studyRef = { studyInstanceUID: z.string().min(1).max(64) };

export const viewerChannels = {
  /** A series' images in viewing order with their geometry. */
  'viewer.series': defineChannel(z.object({ seriesId: z.number().int().positive() }).strict(), viewerSeriesSchema),
  /** The layout remembered for a study, or null before the reader changed anything. */
  'viewer.layout': defineChannel(z.object(studyRef).strict(), viewerLayoutSchema.nullable()),
  'viewer.saveLayout': defineChannel(z.object({ ...studyRef, layout: viewerLayoutSchema }).strict(), z.object({ saved: z.literal(true) })),
};
