import type { Db } from '../database.ts';

export interface OrderedInstance {
  id: number;
  sopInstanceUID: string;
  instanceNumber: number | null;
  /** Position along the slice normal, mm; null without geometry. */
  slicePosition: number | null;
  frames: number;
}

export const SERIES_INSTANCES_IN_ORDER = `SELECT id, sop_instance_uid AS sopInstanceUID, instance_number AS instanceNumber,
    slice_position AS slicePosition, frames
  FROM instances WHERE series_ref = ? ORDER BY slice_position, instance_number, id`;

/**
 * A series' instances in viewing order: by position along the slice normal (ImagePositionPatient ·
 * normal), never by file name; InstanceNumber orders only what has no geometry (SQLite sorts
 * NULL positions first) and breaks ties between instances at one position.
 */
export function seriesInstancesInOrder(db: Db, seriesId: number): OrderedInstance[] {
  return db.prepare<[number], OrderedInstance>(SERIES_INSTANCES_IN_ORDER).all(seriesId);
}
