/**
 * `periodkoll index`: one indexuppräkning with its chain, from the three layers: the bundled
 * values, the user's own store, and a workbook's Index sheet (--index).
 */
import type { CliIO } from './cliIO';
import { findSeries, indexuppräkning, layeredIndexTable, readWorkbookIndex, seriesNames, type IndexTable } from '../core/indexation';
import { displayedDecimals } from '../core/numbers/displayPrecision';
import { formatSwedishNumber } from '../core/numbers/swedishNumber';
import { isWorkbookReadError, readWorkbookFile } from '../host/file/readWorkbook';
import type { IndexCommand } from './indexArgs';
import { addIndexHint } from './indexHint';
import { userIndexLayer } from './indexStoreFile';

/** 0: computed; 2: a year or the series is missing, or the index file could not be read. */
export async function runIndex(command: IndexCommand, io: CliIO): Promise<number> {
  const user = await userIndexLayer(io.stderr);
  let table: IndexTable = layeredIndexTable({ user });
  if (command.indexFile) {
    try {
      const own = readWorkbookIndex(await readWorkbookFile(command.indexFile));
      if (!own) return fail(io, command, `${command.indexFile} har inget blad Index med en indextabell (årtal och ett värde per år).`);
      table = layeredIndexTable({ user, workbook: own });
    } catch (e) {
      if (!isWorkbookReadError(e)) throw e;
      return fail(io, command, `${command.indexFile}: ${e.message}`);
    }
  }
  const series = findSeries(table, command.series);
  if (!series) return fail(io, command, `Indexserien ${command.series} finns inte. Tillgängliga serier: ${seriesNames(table).join(', ')}.`);

  const up = indexuppräkning(command.value, series, command.from, command.to, command.lag);
  if (!up.ok) {
    return fail(io, command, `${up.message}. ${addIndexHint(series.name, series.kind, up.missing)}`, up.missing);
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
      factors: up.factors,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lag = up.lag > 0 ? `, eftersläpning ${up.lag} år` : '';
    const decimals = Math.min(2, displayedDecimals(undefined, up.value).decimals);
    io.stdout(
      `Indexuppräkning med ${series.name} från ${up.fromYear} till ${up.toYear}${lag}: ${formatSwedishNumber(up.result, decimals)}\n` +
        `  ${up.chain}\n` +
        `  Källor: ${up.sources}\n`,
    );
  }
  return 0;
}

function fail(io: CliIO, command: IndexCommand, message: string, missing?: number[]): number {
  io.stderr(`periodkoll: ${message}\n`);
  if (command.format === 'json') {
    io.stdout(`${JSON.stringify({ series: command.series, from: command.from, to: command.to, lag: command.lag, error: message, ...(missing ? { missing } : {}) }, null, 2)}\n`);
  }
  return 2;
}
