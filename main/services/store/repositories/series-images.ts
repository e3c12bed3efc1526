import type { ViewerImage, ViewerSeries } from '../../../../shared/ipc/channels/viewer.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { Plane } from '../../dicom/geometry.ts';
import { IMAGE_KIND } from '../../dicom/sop-class.ts';
import type { Weighting } from '../../dicom/weighting.ts';
import type { Db } from '../database.ts';

interface SeriesRow {
  seriesId: number;
  seriesInstanceUID: string;
  frameOfReferenceUID: string;
  number: number | null;
  description: string;
  plane: Plane;
  weighting: Weighting;
}

interface ImageRow {
  id: number;
  sopInstanceUID: string;
  instanceNumber: number | null;
  frames: number;
  transferSyntaxUID: string;
  rows: number | null;
  columns: number | null;
  imagePosition: string | null;
  imageOrientation: string | null;
  pixelSpacing: string | null;
  sliceThickness: number | null;
  windowCenter: number | null;
  windowWidth: number | null;
}

export const SERIES_IMAGE_QUERIES = {
  series: `SELECT id AS seriesId, series_instance_uid AS seriesInstanceUID, frame_of_reference_uid AS frameOfReferenceUID,
             series_number AS number, description, plane, weighting FROM series WHERE id = ?`,
  // The same order as seriesInstancesInOrder: along the slice normal, never by file name.
  images: `SELECT id, sop_instance_uid AS sopInstanceUID, instance_number AS instanceNumber, frames,
             transfer_syntax_uid AS transferSyntaxUID, rows, columns,
             image_position AS imagePosition, image_orientation AS imageOrientation, pixel_spacing AS pixelSpacing,
             slice_thickness AS sliceThickness, window_center AS windowCenter, window_width AS windowWidth
             FROM instances WHERE series_ref = ? AND kind = ? ORDER BY slice_position, instance_number, id`,
} as const;

/** A series' image instances in viewing order, with the geometry the viewer draws with. */
export function seriesImages(db: Db, seriesId: number): ViewerSeries {
  const series = db.prepare<[number], SeriesRow>(SERIES_IMAGE_QUERIES.series).get(seriesId);
  if (!series) throw new AppError('not-found', 'This series is not in the index any more (it may have been re-imported); go back to the study list.');
  const rows = db.prepare<[number, string], ImageRow>(SERIES_IMAGE_QUERIES.images).all(seriesId, IMAGE_KIND);
  return { ...series, images: rows.map(imageOf) };
}

function imageOf(row: ImageRow): ViewerImage {
  return {
    id: row.id,
    sopInstanceUID: row.sopInstanceUID,
    instanceNumber: row.instanceNumber,
    frames: row.frames,
    transferSyntaxUID: row.transferSyntaxUID,
    rows: row.rows,
    columns: row.columns,
    imagePosition: numbers(row.imagePosition, 3) as ViewerImage['imagePosition'],
    imageOrientation: numbers(row.imageOrientation, 6) as ViewerImage['imageOrientation'],
    pixelSpacing: numbers(row.pixelSpacing, 2) as ViewerImage['pixelSpacing'],
    sliceThickness: row.sliceThickness,
    windowCenter: row.windowCenter,
    windowWidth: row.windowWidth,
  };
}

/** A JSON array of `length` finite numbers, or null for anything else. */
function numbers(json: string | null, length: number): number[] | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && Number.isFinite(n))) return value as number[];
  } catch {
    // A malformed value is as good as none.
  }
  return null;
}
