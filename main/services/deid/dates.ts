const DAY_MS = 86_400_000;

function shiftYmd(year: number, month: number, day: number, offsetDays: number): Date | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time + offsetDays * DAY_MS);
  if (Number.isNaN(time) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) return null;
  return date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function ymd(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}`;
}

/** One DA value (YYYYMMDD, or the old YYYY.MM.DD) moved by whole days; '' when it is not a date. */
export function shiftDate(value: string, offsetDays: number): string {
  const match = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(value.trim());
  if (!match) return '';
  const date = shiftYmd(Number(match[1]), Number(match[2]), Number(match[3]), offsetDays);
  return date ? ymd(date) : '';
}

/**
 * One DT value moved by whole days, at the precision it had; the UTC offset suffix is dropped
 * (Timezone Offset From UTC is removed too). '' when it is not a date-time.
 */
export function shiftDateTime(value: string, offsetDays: number): string {
  const match = /^(\d{4})(\d{2})?(\d{2})?([\d.]*)(?:[+-]\d{4})?$/.exec(value.trim());
  if (!match) return '';
  const [, year, month, day, rest = ''] = match;
  const date = shiftYmd(Number(year), Number(month ?? '01'), Number(day ?? '01'), offsetDays);
  if (!date) return '';
  const shifted = ymd(date);
  if (day !== undefined) return `${shifted}${rest}`;
  return month !== undefined ? shifted.slice(0, 6) : shifted.slice(0, 4);
}

/** DICOM multi-valued text: each value shifted, empty results dropped. */
export function shiftValues(text: string, offsetDays: number, shift: (value: string, offset: number) => string): string {
  return text
    .split('\\')
    .map((value) => shift(value, offsetDays))
    .filter(Boolean)
    .join('\\');
}

/** Whole years between a birth date and a later date (both YYYYMMDD); null if either is missing. */
export function ageInYears(birthDate: string, onDate: string): number | null {
  const birth = /^(\d{4})(\d{2})(\d{2})$/.exec(birthDate.trim());
  const on = /^(\d{4})(\d{2})(\d{2})$/.exec(onDate.trim());
  if (!birth || !on) return null;
  let years = Number(on[1]) - Number(birth[1]);
  if (Number(on[2]) * 100 + Number(on[3]) < Number(birth[2]) * 100 + Number(birth[3])) years -= 1;
  return years >= 0 && years <= 150 ? years : null;
}

/** A DICOM Age String for whole years: 38 → '038Y'. */
export function ageString(years: number): string {
  return `${pad(Math.max(0, Math.min(999, Math.trunc(years))), 3)}Y`;
}
