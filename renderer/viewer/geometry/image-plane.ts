import type { ViewerImage } from '../../../shared/ipc/channels/viewer.ts';
import { add, cross, dot, normalize, scale, sub, type Vec2, type Vec3 } from './vec3.ts';

/**
 * Where an image lies in patient space (DICOM LPS, mm). Image points are [column, row] in the
 * DICOM SCOORD convention, which Cornerstone's image coordinates share: the top-left corner of
 * the top-left pixel is (0, 0), so that pixel's centre — ImagePositionPatient — is (0.5, 0.5).
 */
export interface ImagePlane {
  /** ImagePositionPatient. */
  origin: Vec3;
  /** Direction of increasing column index (first ImageOrientationPatient vector). */
  rowDirection: Vec3;
  /** Direction of increasing row index (second vector). */
  columnDirection: Vec3;
  normal: Vec3;
  /** mm between the centres of adjacent columns (PixelSpacing[1]). */
  columnSpacing: number;
  /** mm between the centres of adjacent rows (PixelSpacing[0]). */
  rowSpacing: number;
  rows: number;
  columns: number;
}

/** The plane of an image from its index row, or null when its geometry is missing or degenerate. */
export function planeOf(image: Pick<ViewerImage, 'imagePosition' | 'imageOrientation' | 'pixelSpacing' | 'rows' | 'columns'>): ImagePlane | null {
  const { imagePosition, imageOrientation, pixelSpacing, rows, columns } = image;
  if (!imagePosition || !imageOrientation || !pixelSpacing || !rows || !columns) return null;
  const rowDirection = normalize([imageOrientation[0], imageOrientation[1], imageOrientation[2]]);
  const columnDirection = normalize([imageOrientation[3], imageOrientation[4], imageOrientation[5]]);
  if (!rowDirection || !columnDirection) return null;
  const normal = normalize(cross(rowDirection, columnDirection));
  if (!normal || !(pixelSpacing[0] > 0) || !(pixelSpacing[1] > 0)) return null;
  return { origin: imagePosition, rowDirection, columnDirection, normal, rowSpacing: pixelSpacing[0], columnSpacing: pixelSpacing[1], rows, columns };
}

export function imageToPatient(plane: ImagePlane, point: Vec2): Vec3 {
  const alongRow = scale(plane.rowDirection, (point[0] - 0.5) * plane.columnSpacing);
  const alongColumn = scale(plane.columnDirection, (point[1] - 0.5) * plane.rowSpacing);
  return add(add(plane.origin, alongRow), alongColumn);
}

/** The point's projection onto the image, as [column, row]. */
export function patientToImage(plane: ImagePlane, point: Vec3): [number, number] {
  const d = sub(point, plane.origin);
  return [dot(d, plane.rowDirection) / plane.columnSpacing + 0.5, dot(d, plane.columnDirection) / plane.rowSpacing + 0.5];
}

/** Signed distance from the plane, mm, positive along the normal. */
export function signedDistance(plane: ImagePlane, point: Vec3): number {
  return dot(sub(point, plane.origin), plane.normal);
}

/** Whether an image point lies on the image, allowing `margin` pixels outside it. */
export function insideImage(plane: ImagePlane, point: Vec2, margin = 0): boolean {
  return point[0] >= -margin && point[1] >= -margin && point[0] <= plane.columns + margin && point[1] <= plane.rows + margin;
}

/** The unit direction in image space ([column, row] per mm) in which a patient direction appears, or null when it is (nearly) perpendicular to the image. */
export function imageDirectionOf(plane: ImagePlane, direction: Vec3): [number, number] | null {
  const x = dot(direction, plane.rowDirection) / plane.columnSpacing;
  const y = dot(direction, plane.columnDirection) / plane.rowSpacing;
  const l = Math.hypot(x, y);
  return l > 1e-6 ? [x / l, y / l] : null;
}
