/**
 * Reads an index table as SKR and SCB publish them, and as controllers keep them on an `Index`
 * sheet: years in rows or in columns, changes in % or index levels, "Utfall"/"Prognos" marks,
 * a title naming the series and the publication date, Swedish number text. A table that cannot be
 * read without guessing (no years, a year twice, text where a value belongs) is refused with a
 * Swedish message; nothing of it is used.
 */
import { a1 } from '../../model/address';
import type { Sheet } from '../../model/workbook';
import { swedishList } from '../../text/swedishList';
import type { IndexKind, IndexLayer, IndexOrigin, IndexSeries, IndexStatus } from '../series';
import { chooseLines } from './chooseLines';
import { findIndexLayout, type IndexLine, type IndexPoint } from './indexLines';
import { kindByMagnitude, kindIn, levelBaseIn } from './seriesLabel';
import { titleInfo } from './titleInfo';
import { indexCellValue } from './valueCell';

export interface IndexTableOptions {
  layer: IndexLayer;
  /** Where the table is, for sources and messages: "bladet Index i budget.xlsx", "filen lpik.csv". */
  place: string;
  /** The series the table holds when it does not say, or the one to take from several. */
  series?: string;
  /** The source to record instead of the title. */
  source?: string;
  /** Statuses not marked in the table are taken from the publication date, else from this year. */
  currentYear?: number;
}

export type IndexTableReading =
  | { ok: true; series: IndexSeries[]; title?: string; date?: string; notes: string[] }
  | { ok: false; message: string; /** No years at all: not an index table, rather than a broken one. */ noTable?: boolean };

const MAX_MESSAGES = 3;

export function readIndexTable(sheet: Sheet, options: IndexTableOptions): IndexTableReading {
  const layout = findIndexLayout(sheet);
  if (!layout) {
    return { ok: false, noTable: true, message: `Hittar inga årtal i ${options.place}. En indextabell har årtal (t.ex. 2024, 2025) i en kolumn eller på en rad, och ett värde per år.` };
  }
  const title = titleInfo(layout.titleLines);
  const choice = chooseLines(layout.lines, { series: options.series, fallback: options.series ?? title.series, takeKnownOnly: options.layer === 'user', place: options.place });
  if (!choice.ok) return fail(choice.message);
  const chosen = choice.lines;

  const source = options.source ?? (options.layer === 'workbook' || !title.text ? options.place : `${title.text} (${options.place})`);
  const problems: string[] = [];
  const notes: string[] = [...choice.notes];
  const series: IndexSeries[] = [];
  for (const name of unique(chosen.map((c) => c.name))) {
    const lines = chosen.filter((c) => c.name === name).map((c) => c.line);
    const built = buildSeries(sheet, name, lines, title.text, { ...options, source, date: title.date }, problems, notes);
    if (built) series.push(built);
  }
  if (problems.length > 0) {
    const more = problems.length > MAX_MESSAGES ? ` (och ${problems.length - MAX_MESSAGES} till)` : '';
    return fail(`${problems.slice(0, MAX_MESSAGES).join(' ')}${more} Inget har lästs in.`);
  }
  if (series.length === 0) return fail(`Tabellen i ${options.place} har årtal men inga värden.`);
  return { ok: true, series, ...(title.text ? { title: title.text } : {}), ...(title.date ? { date: title.date } : {}), notes };
}

function fail(message: string): IndexTableReading {
  return { ok: false, message };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

interface SeriesContext extends IndexTableOptions {
  source: string;
  date?: string;
}

function buildSeries(sheet: Sheet, name: string, lines: IndexLine[], titleText: string, ctx: SeriesContext, problems: string[], notes: string[]): IndexSeries | undefined {
  const values: Record<number, number> = {};
  const statuses: Record<number, IndexStatus | undefined> = {};
  const where: Record<number, IndexPoint> = {};
  let decimals = 0;
  let percentFormatted = false;
  for (const line of lines) {
    for (const point of line.points) {
      const read = indexCellValue(point.cell);
      if (read.kind === 'missing') continue;
      if (read.kind === 'not-a-number') {
        problems.push(`${name} ${point.year}: "${read.text}" i ${sheet.name}!${a1(point.row, point.col)} är inget tal.`);
        continue;
      }
      const status = point.status ?? line.status;
      const earlier = where[point.year];
      if (earlier) {
        // The same year as utfall and as prognos: the utfall is the newer knowledge.
        const earlierStatus = statuses[point.year];
        if (earlierStatus && status && earlierStatus !== status) {
          if (status === 'utfall') {
            values[point.year] = read.value;
            statuses[point.year] = status;
            where[point.year] = point;
          }
          notes.push(`${name} ${point.year} finns både som utfall och prognos; utfallet används.`);
          continue;
        }
        problems.push(`Året ${point.year} står två gånger för ${name} (${sheet.name}!${a1(earlier.row, earlier.col)} och ${a1(point.row, point.col)}). Ta bort det ena så att det är klart vilket värde som gäller.`);
        continue;
      }
      values[point.year] = read.value;
      statuses[point.year] = status;
      where[point.year] = point;
      decimals = Math.max(decimals, read.decimals);
      percentFormatted ||= read.percentFormat;
    }
  }
  const years = Object.keys(values).map(Number);
  if (years.length === 0) return undefined;
  const labels = lines.map((l) => `${l.kindText ?? ''} ${l.label}`).join(' ');
  const kind: IndexKind | undefined = percentFormatted ? 'percent' : kindIn(labels) ?? kindIn(titleText) ?? kindByMagnitude(years.map((y) => values[y]));
  if (!kind) {
    problems.push(`Det går inte att avgöra om värdena för ${name} är förändring i % eller indexnivå. Skriv "%" eller "förändring" i rubriken för procent, "1980 = 100" eller "nivå" för indextal.`);
    return undefined;
  }
  const inferred = inferStatus(years, statuses, ctx);
  if (inferred) notes.push(inferred);
  const origins: Record<number, IndexOrigin> = {};
  for (const y of years) {
    origins[y] = { layer: ctx.layer, source: ctx.source, ...(ctx.date ? { date: ctx.date } : {}), ...(statuses[y] ? { status: statuses[y] } : {}) };
  }
  const base = levelBaseIn(labels) ?? levelBaseIn(titleText);
  return {
    name,
    kind,
    values,
    source: ctx.source,
    layer: ctx.layer,
    origins,
    ...(ctx.date ? { date: ctx.date } : {}),
    ...(kind === 'level' ? { decimals } : {}),
    ...(kind === 'level' && base ? { base } : {}),
  };
}

/**
 * Years without an utfall/prognos mark: before the publication year they are outcomes, from it on
 * forecasts (SKR's tables in October give this year as prognos). Said in a note, never silently.
 */
function inferStatus(years: number[], statuses: Record<number, IndexStatus | undefined>, ctx: SeriesContext): string | undefined {
  const unmarked = years.filter((y) => !statuses[y]);
  const pivot = ctx.date ? Number(ctx.date.slice(0, 4)) : ctx.currentYear;
  if (unmarked.length === 0 || pivot === undefined) return undefined;
  for (const y of unmarked) statuses[y] = y < pivot ? 'utfall' : 'prognos';
  const from = ctx.date ? `publiceringsdatumet ${ctx.date}` : `årtalet i dag (${pivot})`;
  return `Utfall eller prognos står inte vid ${swedishList(unmarked.map(String))}; antaget från ${from}: år före ${pivot} som utfall, övriga som prognos.`;
}
