/**
 * Dates as they arrive in ledgers and plans: Excel serial numbers (what every host hands over for a date cell),
 * numbers like 20250314, or text "2025-03-14", "20250314", "14.3.2025". Kept as whole-day numbers, so
 * comparing and subtracting dates is integer arithmetic. A day number is the serial of that date in the
 * 1900 date system, whatever system the workbook uses: a cell's serial becomes a day number on the way
 * in (dayFromSerial, cellDate) and goes back to the workbook's system on the way out (serialFromDay).
 */
import type { Cell, DateSystem, Workbook } from './workbook';

/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** 9999-12-31, the last date Excel shows. */
const MAX_DAY = 2958465;
/** Days between the two systems' day zero: 1904-01-01 is serial 1462 in the 1900 system. */
const DATE1904_OFFSET = 1462;
const MS_PER_DAY = 86_400_000;

/** The workbook's date system (1900 when the host did not say). */
export function dateSystemOf(workbook: Pick<Workbook, 'dateSystem'>): DateSystem {
  return workbook.dateSystem ?? 1900;
}

/** A serial as a workbook of `system` stores it -> the day number (fractions, i.e. times of day, are kept). */
export function dayFromSerial(serial: number, system: DateSystem): number {
  return system === 1904 ? serial + DATE1904_OFFSET : serial;
}

/** A day number -> the serial a cell of a workbook of `system` holds for that date. */
export function serialFromDay(day: number, system: DateSystem): number {
  return system === 1904 ? day - DATE1904_OFFSET : day;
}

/** A point in time (milliseconds since 1970-01-01 UTC) -> the serial in `system`, time of day as the fraction. */
export function serialFromTime(ms: number, system: DateSystem): number {
  return serialFromDay(UNIX_EPOCH_SERIAL + ms / MS_PER_DAY, system);
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function unixDaysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of unixDaysFromCivil (civil_from_days). */
function civilFromUnixDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function dayFromCivil(date: CivilDate): number {
  return unixDaysFromCivil(date) + UNIX_EPOCH_SERIAL;
}

export function civilFromDay(day: number): CivilDate {
  return civilFromUnixDays(Math.floor(day) - UNIX_EPOCH_SERIAL);
}

/** A day number as "2025-03-14". */
export function isoDate(day: number): string {
  const { year, month, day: date } = civilFromDay(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The calendar day of a Date in the caller's time zone, as "2025-03-14" (the host supplies "today"). */
export function isoDateOf(date: Date): string {
  return isoDate(dayFromCivil({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }));
}

function validCivil(year: number, month: number, day: number): number | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = dayFromCivil({ year, month, day });
  // 2025-02-30 would roll over into March: refuse it rather than move the date.
  const back = civilFromDay(date);
  return back.month === month && back.day === day ? date : undefined;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** Day first, as Swedes write it when not ISO ("14.3.2025", "14/3/2025"). */
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

export function parseDateText(text: string): number | undefined {
  const t = text.trim();
  let m = ISO.exec(t) ?? COMPACT.exec(t);
  if (m) return validCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(t);
  if (m) return validCivil(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/** The whole-day number of a date cell of a workbook of `system`; undefined when the cell holds no date. */
export function cellDate(cell: Cell, system: DateSystem): number | undefined {
  const v: unknown = cell.value;
  if (typeof v === 'number') {
    if (v >= 19000101 && v <= 99991231 && Number.isInteger(v)) return parseDateText(String(v));
    if (v < 1) return undefined;
    const day = Math.floor(dayFromSerial(v, system));
    return day <= MAX_DAY ? day : undefined;
  }
  if (typeof v === 'string') return parseDateText(v);
  // A Date object never reaches the model from our hosts, but a caller building one by hand may pass it.
  if (v instanceof Date && !Number.isNaN(v.getTime())) return Math.floor(serialFromTime(v.getTime(), 1900));
  return undefined;
}
