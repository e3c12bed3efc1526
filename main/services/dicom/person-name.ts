/**
 * A DICOM person name (PN) for display. The value holds up to three component groups —
 * alphabetic = ideographic = phonetic — each `family^given^middle^prefix^suffix`.
 *
 * Shown as the alphabetic group with its components in reading order "prefix family given
 * middle suffix" separated by spaces (`Yamada^Tarou` → "Yamada Tarou"), followed by the
 * ideographic group in parentheses when there is one (`Yamada^Tarou=山田^太郎=やまだ^たろう` →
 * "Yamada Tarou (山田 太郎)"), as Japanese and Korean reading software shows both. A name with
 * only an ideographic or phonetic group shows that group. Family name first, never reordered:
 * DICOM does not say which order a culture reads.
 */
export function displayPersonName(value: string): string {
  const [alphabetic = '', ideographic = '', phonetic = ''] = value.split('=').map(formatGroup);
  if (alphabetic && ideographic) return `${alphabetic} (${ideographic})`;
  return alphabetic || ideographic || phonetic;
}

function formatGroup(group: string): string {
  const [family = '', given = '', middle = '', prefix = '', suffix = ''] = group.split('^').map((part) => part.trim());
  return [prefix, family, given, middle, suffix].filter((part) => part !== '').join(' ');
}
