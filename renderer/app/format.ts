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
