/**
 * The logic behind the worksheet functions PERIODKOLL.UPPRÄKNA and PERIODKOLL.INDEX, free of
 * Office: arguments as Excel hands them over (an omitted optional one arrives as null or
 * undefined), a number or an error with a Swedish message. src/functions maps the errors to
 * Excel's (#SAKNAS! / #VÄRDEFEL!).
 */
import { parseSwedishNumber } from '../numbers/swedishNumber';
import { missingMessage } from './missingMessage';
import { swedishList } from '../text/swedishList';
import { findSeries, seriesNames, valueFor, type IndexSeries, type IndexTable } from './series';
import { indexuppräkning } from './uplift';

export interface IndexFunctionError {
  /** 'not-available': a value the table lacks (#SAKNAS!); 'invalid': an argument that cannot be used (#VÄRDEFEL!). */
  error: 'not-available' | 'invalid';
  message: string;
}

export type IndexFunctionResult = number | IndexFunctionError;

/** An argument as Excel passes it: a number, text, a boolean, or nothing for an omitted optional one. */
export type CellArgument = number | string | boolean | null | undefined;

export const DEFAULT_FUNCTION_SERIES = 'LPIK';

/** Years a worksheet may ask for; wider than any published series, narrow enough to catch a typed amount. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
/** SKR's lagged uplift uses one or two years; more than this is a typing slip. */
const MAX_LAG = 10;

export function isIndexFunctionError(r: unknown): r is IndexFunctionError {
  return typeof r === 'object' && r !== null && 'error' in r;
}

/** UPPRÄKNA(värde; basår; målår; [serie]; [eftersläpning]): the value index-adjusted from basår to målår. */
export function upliftFunction(
  table: IndexTable,
  value: CellArgument,
  fromYear: CellArgument,
  toYear: CellArgument,
  seriesName?: CellArgument,
  lag?: CellArgument,
): IndexFunctionResult {
  const amount = numberArgument(value);
  if (amount === undefined) return invalid('Värdet ska vara ett tal.');
  const from = yearArgument(fromYear, 'Basåret');
  if (isIndexFunctionError(from)) return from;
  const to = yearArgument(toYear, 'Målåret');
  if (isIndexFunctionError(to)) return to;
  const series = seriesArgument(table, seriesName);
  if (isIndexFunctionError(series)) return series;
  const shift = lagArgument(lag);
  if (isIndexFunctionError(shift)) return shift;

  const r = indexuppräkning(amount, series, from, to, shift);
  return r.ok ? r.result : { error: 'not-available', message: r.message };
}

/** INDEX(serie; år): the series' value that year, the change in % (3,5 for 3,5 %) or the level (403,7). */
export function indexValueFunction(table: IndexTable, seriesName: CellArgument, year: CellArgument): IndexFunctionResult {
  const series = seriesArgument(table, seriesName, false);
  if (isIndexFunctionError(series)) return series;
  const y = yearArgument(year, 'Året');
  if (isIndexFunctionError(y)) return y;
  const v = valueFor(series, y);
  return v === undefined ? { error: 'not-available', message: missingMessage(series.name, [y]) } : v;
}

function invalid(message: string): IndexFunctionError {
  return { error: 'invalid', message };
}

const omitted = (a: CellArgument) => a === null || a === undefined || (typeof a === 'string' && a.trim() === '');

/** A number, or Swedish number text such as "8 211 464" (a figure stored as text); no percentages. */
function numberArgument(a: CellArgument): number | undefined {
  if (typeof a === 'number') return Number.isFinite(a) ? a : undefined;
  if (typeof a !== 'string') return undefined;
  const parsed = parseSwedishNumber(a);
  return parsed && parsed.unit !== '%' ? parsed.value : undefined;
}

function yearArgument(a: CellArgument, what: string): number | IndexFunctionError {
  const y = numberArgument(a);
  if (y === undefined || !Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR) {
    return invalid(`${what} ska vara ett årtal mellan ${FIRST_YEAR} och ${LAST_YEAR}, t.ex. 2023.`);
  }
  return y;
}

function seriesArgument(table: IndexTable, a: CellArgument, optional = true): IndexSeries | IndexFunctionError {
  const known = swedishList(seriesNames(table));
  if (omitted(a)) {
    if (!optional) return invalid(`Ange en indexserie: ${known}.`);
    return findSeries(table, DEFAULT_FUNCTION_SERIES) ?? invalid(`Indexserien ${DEFAULT_FUNCTION_SERIES} finns inte. Kända serier: ${known}.`);
  }
  const name = String(a).trim();
  return findSeries(table, name) ?? invalid(`Okänd indexserie "${name}". Kända serier: ${known}.`);
}

function lagArgument(a: CellArgument): number | IndexFunctionError {
  if (omitted(a)) return 0;
  const lag = numberArgument(a);
  if (lag === undefined || !Number.isInteger(lag) || lag < 0 || lag > MAX_LAG) {
    return invalid(`Eftersläpningen ska vara ett helt antal år mellan 0 och ${MAX_LAG}.`);
  }
  return lag;
}
