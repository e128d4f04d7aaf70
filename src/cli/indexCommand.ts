/** `periodkoll index`: one indexuppräkning with its chain, from the bundled table or a workbook's Index sheet. */
import { DEFAULT_INDEX_TABLE, findSeries, indexuppräkning, overlayIndexTables, readWorkbookIndex, seriesNames, type IndexTable } from '../core/indexation';
import { displayedDecimals } from '../core/numbers/displayPrecision';
import { formatSwedishNumber } from '../core/numbers/swedishNumber';
import { isWorkbookReadError, readWorkbookFile } from '../host/file/readWorkbook';
import type { IndexCommand } from './indexArgs';

export interface IndexIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** 0: computed; 2: a year or the series is missing, or the index file could not be read. */
export async function runIndex(command: IndexCommand, io: IndexIO): Promise<number> {
  let table: IndexTable = DEFAULT_INDEX_TABLE;
  if (command.indexFile) {
    try {
      const own = readWorkbookIndex(await readWorkbookFile(command.indexFile));
      if (!own) return fail(io, command, `${command.indexFile} har inget blad Index med en rubrikrad som börjar med År.`);
      table = overlayIndexTables(DEFAULT_INDEX_TABLE, own);
    } catch (e) {
      if (!isWorkbookReadError(e)) throw e;
      return fail(io, command, `${command.indexFile}: ${e.message}`);
    }
  }
  const series = findSeries(table, command.series);
  if (!series) return fail(io, command, `Indexserien ${command.series} finns inte. Tillgängliga serier: ${seriesNames(table).join(', ')}.`);

  const up = indexuppräkning(command.value, series, command.from, command.to, command.lag);
  if (!up.ok) {
    const hint = command.indexFile ? '' : ' Lägg till värdet på ett blad Index (År, ' + `${series.name}${series.kind === 'percent' ? ' %' : ''}) och ange arbetsboken med --index.`;
    return fail(io, command, `${up.message}.${hint}`, up.missing);
  }
  if (command.format === 'json') {
    const json = {
      series: series.name,
      kind: series.kind,
      from: up.fromYear,
      to: up.toYear,
      lag: up.lag,
      value: up.value,
      result: up.result,
      factor: up.factor,
      years: up.years,
      chain: up.chain,
      source: up.source,
      ...(series.date ? { date: series.date } : {}),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lag = up.lag > 0 ? `, eftersläpning ${up.lag} år` : '';
    const decimals = Math.min(2, displayedDecimals(undefined, up.value).decimals);
    io.stdout(
      `Indexuppräkning med ${series.name} från ${up.fromYear} till ${up.toYear}${lag}: ${formatSwedishNumber(up.result, decimals)}\n` +
        `  ${up.chain}\n` +
        `  Källa: ${up.source}${series.date ? ` (${series.date})` : ''}\n`,
    );
  }
  return 0;
}

function fail(io: IndexIO, command: IndexCommand, message: string, missing?: number[]): number {
  io.stderr(`periodkoll: ${message}\n`);
  if (command.format === 'json') {
    io.stdout(`${JSON.stringify({ series: command.series, from: command.from, to: command.to, lag: command.lag, error: message, ...(missing ? { missing } : {}) }, null, 2)}\n`);
  }
  return 2;
}
