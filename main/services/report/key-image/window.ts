/** Modality values of one frame (after rescale slope and intercept), row by row. */
export interface Frame {
  width: number;
  height: number;
  values: Float32Array;
  /** MONOCHROME1: low values display bright. */
  inverted: boolean;
}

export interface WindowSetting {
  center: number;
  width: number;
}

/**
 * The window to display with: the one the header gives, else the 1st–99th percentile of the
 * frame, so a stray bright pixel does not wash the image out.
 */
export function chooseWindow(frame: Frame, fromHeader: WindowSetting | null): WindowSetting {
  if (fromHeader && fromHeader.width >= 1) return fromHeader;
  const sorted = Float32Array.from(frame.values).sort();
  const low = sorted[Math.floor(sorted.length * 0.01)] ?? 0;
  const high = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 1;
  return { center: (low + high) / 2, width: Math.max(1, high - low) };
}

/** DICOM linear VOI (PS3.3 C.11.2.1.2.1) to 8-bit grey, three bytes a pixel for drawing in colour. */
export function windowToRgb(frame: Frame, window: WindowSetting): Uint8Array {
  const rgb = new Uint8Array(frame.width * frame.height * 3);
  const lower = window.center - 0.5 - (window.width - 1) / 2;
  const span = Math.max(1, window.width - 1);
  for (let i = 0; i < frame.values.length; i++) {
    const v = frame.values[i]!;
    let grey = v <= lower ? 0 : v > lower + span ? 255 : Math.round(((v - (window.center - 0.5)) / span + 0.5) * 255);
    grey = Math.min(255, Math.max(0, grey));
    if (frame.inverted) grey = 255 - grey;
    rgb[i * 3] = grey;
    rgb[i * 3 + 1] = grey;
    rgb[i * 3 + 2] = grey;
  }
  return rgb;
}
