/** Year cells of an index table, with the utfall/prognos marks SKR and SCB put on them. */
import type { Cell } from '../../model/workbook';
import { cellText } from '../../recognize/cellKinds';
import type { IndexStatus } from '../series';

export interface YearMark {
  year: number;
  status?: IndexStatus;
}

const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

/** 2025, "2025", "2025P", "2025 p", "2025*", "2025 (prognos)", "Utfall 2024". */
export function yearMarkOf(cell: Cell): YearMark | undefined {
  if (cell.type === 'number' && typeof cell.value === 'number') {
    return Number.isInteger(cell.value) && cell.value >= MIN_YEAR && cell.value <= MAX_YEAR ? { year: cell.value } : undefined;
  }
  if (cell.type !== 'text') return undefined;
  const t = cellText(cell).toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  const m = /^(?:(år|utfall|prognos)\s+)?(\d{4})\s*(\*|p|u|prognos|utfall|prel\.?)?$/.exec(t);
  if (!m) return undefined;
  const year = Number(m[2]);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const status = statusWord(m[1] ?? '') ?? statusWord(m[3] ?? '');
  return status ? { year, status } : { year };
}

/** "Utfall", "U", "prel." (a preliminary outcome) -> utfall; "Prognos", "P", "*" -> prognos. */
export function statusWord(text: string): IndexStatus | undefined {
  const t = text.toLowerCase().replace(/[.()]/g, '').trim();
  if (/^(utfall|u|prel|preliminärt?( utfall)?)$/.test(t)) return 'utfall';
  if (/^(prognos|p|\*)$/.test(t)) return 'prognos';
  return undefined;
}

/** A column header or row label that marks its values: "Utfall", "LPIK prognos", "Prognos %". */
export function statusInLabel(label: string): IndexStatus | undefined {
  const m = /(^|[^\p{L}])(utfall|prognos)([^\p{L}]|$)/iu.exec(label);
  return m ? statusWord(m[2]) : undefined;
}
