/** "1 study", "3 studies": a count with the right form of its noun. */
export function countOf(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? singular : pluralForm}`;
}

/** DICOM DA (YYYYMMDD) to ISO (YYYY-MM-DD); anything else is returned as it is. */
export function formatDicomDate(value: string | null): string {
  if (!value) return '';
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO time as users read it everywhere in the app: `2026-12-07 14:05`, local time, 24-hour,
 * year first so that no reader mistakes day for month. Unparseable text is returned as it is.
 */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}`;
}
