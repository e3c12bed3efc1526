const PREFIXES = new Set(['dr', 'dr.', 'prof', 'prof.', 'professor', 'mr', 'mrs', 'ms', 'mx']);

/**
 * A name as typed in preferences ("Dr Jane Smith", "Smith, Jane") as a DICOM PN value
 * (`Smith^Jane^^Dr`). A value that already has carets is kept as it is.
 */
export function toDicomPersonName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.includes('^')) return trimmed;
  if (trimmed.includes(',')) {
    const [family, given] = trimmed.split(',', 2).map((part) => part.trim());
    return given ? `${family}^${given}` : family!;
  }
  const words = trimmed.split(' ');
  const prefix = words.length > 1 && PREFIXES.has(words[0]!.toLowerCase()) ? words.shift()! : '';
  const family = words.pop() ?? '';
  const given = words.join(' ');
  return prefix ? `${family}^${given}^^${prefix}` : given ? `${family}^${given}` : family;
}
