import { cellText } from '../recognize/cellKinds';
import type { Cell, DateSystem } from '../model/workbook';
import { isIsoDate } from './icSettings';
import { dayFromSerial, isoDate } from '../model/excelDate';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * The last day a Klart senast cell allows, as an ISO date: a date (serial), "2025-06-30",
 * "30 juni 2025", "juni 2025" or "2025-06" (end of month), "T2 2025" / "tertial 2 2025"
 * (end of tertial), "Q3 2025" / "kvartal 3 2025", or a year (31 December). Undefined otherwise.
 * A serial counts in `system`, the date system of the plan's workbook.
 */
export function deadlineIso(cell: Cell, system: DateSystem): string | undefined {
  if (cell.type === 'number' && typeof cell.value === 'number') return fromNumber(cell.value, system);
  const t = cellText(cell).toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(t);
  if (m) return day(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) return endOfMonth(+m[1], +m[2]);
  if ((m = /^(\d{1,2})\/(\d{1,2})[ /-](\d{4})$/.exec(t))) return day(+m[3], +m[2], +m[1]);
  if ((m = /^(?:(\d{1,2}) )?(\p{L}+)\.? (\d{4})$/u.exec(t))) {
    // A month name or its abbreviation ("juni", "jun", "sept").
    const name = m[2];
    const month = name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name)) + 1 : 0;
    if (month > 0) return m[1] ? day(+m[3], month, +m[1]) : endOfMonth(+m[3], month);
  }
  if ((m = /^(?:t|tertial) ?([1-3]) (\d{4})$/.exec(t))) return endOfMonth(+m[2], +m[1] * 4);
  if ((m = /^(?:q|kvartal) ?([1-4]) (\d{4})$/.exec(t))) return endOfMonth(+m[2], +m[1] * 3);
  if ((m = /^(\d{4})$/.exec(t))) return day(+m[1], 12, 31);
  return undefined;
}

function fromNumber(n: number, system: DateSystem): string | undefined {
  if (Number.isInteger(n) && n >= 1990 && n <= 2200) return day(n, 12, 31);
  const date = dayFromSerial(n, system);
  if (date < 20000 || date > 80000) return undefined;
  return isoDate(date);
}

function day(year: number, month: number, date: number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function endOfMonth(year: number, month: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  return day(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}
