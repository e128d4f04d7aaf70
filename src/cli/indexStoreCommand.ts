/**
 * `periodkoll index --list | --import FIL | --add S:ÅR=V | --remove S[:ÅR]`: the user's own index
 * values. Nothing is stored without confirming: a j/n question on a terminal, or --yes.
 * Exit 0: stored (or nothing to store); 1: not confirmed, nothing stored; 2: an input could not be used.
 */
import type { CliIO } from './cliIO';
import { capitalized } from '../core/text/capitalized';
import { readFile } from 'fs/promises';
import { basename } from 'path';
import {
  applyIndexImport,
  DEFAULT_INDEX_TABLE,
  factorValueText,
  findSeries,
  INDEX_LAYER_NAMES,
  indexImportPreview,
  indexStoreTable,
  layeredIndexTable,
  originOf,
  planIndexImport,
  readWorkbookIndex,
  removeIndexValues,
  sourceWithDate,
  type IndexChange,
  type IndexSeries,
  type IndexStore,
  storedValuesOf,
  type StoredIndexValue,
} from '../core/indexation';
import { isoDateOf } from '../core/model/excelDate';
import { isWorkbookReadError, readWorkbookFile } from '../host/file/readWorkbook';
import { readIndexFile } from '../host/file/readIndexFile';
import type { IndexStoreCommand } from './indexArgs';
import { loadIndexStoreFile, saveIndexStoreFile, type StoreFile } from './indexStoreFile';

export async function runIndexStore(command: IndexStoreCommand, io: CliIO, now: Date = new Date()): Promise<number> {
  const file = await loadIndexStoreFile();
  if (file.problem && command.kind !== 'index-list') return fail(io, `${file.problem} Rätta eller ta bort filen; inget har ändrats.`);
  switch (command.kind) {
    case 'index-list':
      return list(command, file, io);
    case 'index-import': {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(command.file);
      } catch (e) {
        const code = (e as { code?: string }).code;
        return fail(io, code === 'ENOENT' ? `${command.file} finns inte.` : `${command.file} kunde inte läsas (${(e as Error).message}).`);
      }
      const read = await readIndexFile(bytes, basename(command.file), { series: command.series, source: command.source, currentYear: now.getFullYear() });
      if (!read.ok) return fail(io, read.message);
      const values = storedValuesOf(read.series, isoDateOf(now));
      const heading = `Indextabell: ${read.title ?? basename(command.file)}${read.sheet && read.sheet !== basename(command.file) ? ` (bladet ${read.sheet})` : ''}`;
      return confirmAndSave(io, command, file, planIndexImport(file.store, values), [heading, ...read.notes]);
    }
    case 'index-add': {
      const known = layeredIndexTable({ user: indexStoreTable(file.store) });
      const values: StoredIndexValue[] = [];
      for (const v of command.values) {
        const existing = findSeries(known, v.series);
        const kind = v.percent ? 'percent' : existing?.kind;
        if (!kind) return fail(io, `${v.series} är en ny serie: skriv % efter värdet för förändring i procent (--add ${v.series}:${v.year}=${v.value}%), eller lägg in indextal för en serie som redan finns.`);
        if (existing && existing.kind !== kind) {
          return fail(io, `${existing.name} lagras som ${existing.kind === 'level' ? 'indextal' : 'förändring i %'}; ${v.percent ? 'ta bort %' : 'skriv % efter värdet'} eller ta först bort serien med --remove ${existing.name}.`);
        }
        values.push({ series: existing?.name ?? v.series.trim(), year: v.year, kind, value: v.value, source: command.source, ...(command.status ? { status: command.status } : {}), stored: isoDateOf(now) });
      }
      return confirmAndSave(io, command, file, planIndexImport(file.store, values), []);
    }
    case 'index-remove': {
      const after = removeIndexValues(file.store, command.series, command.year);
      const gone = file.store.values.filter((v) => !after.values.includes(v));
      if (gone.length === 0) return fail(io, `Dina indexvärden har inget för ${command.series}${command.year ? ` ${command.year}` : ''}.`);
      return confirmAndSave(io, command, file, gone.map((value): IndexChange => ({ change: 'removed', value })), []);
    }
  }
}

async function confirmAndSave(io: CliIO, command: Exclude<IndexStoreCommand, { kind: 'index-list' }>, file: StoreFile, changes: IndexChange[], heading: string[]): Promise<number> {
  const preview = indexImportPreview(changes);
  const removing = command.kind === 'index-remove';
  const lines = removing ? changes.map((c) => `${c.value.series} ${c.value.year}: ${factorValueText(c.value)} – tas bort`) : preview.lines;
  const summary = removing ? `${changes.length} ${changes.length === 1 ? 'värde tas' : 'värden tas'} bort.` : preview.summary;
  const json = (stored: boolean) =>
    io.stdout(`${JSON.stringify({ store: file.path, stored, changes: changes.map((c) => ({ change: c.change, ...c.value, ...(c.previous ? { previous: c.previous.value } : {}) })) }, null, 2)}\n`);
  if (command.format === 'text') io.stdout([...heading, summary, ...lines.map((l) => `  ${l}`), ''].join('\n'));
  if (!removing && preview.unchanged) {
    if (command.format === 'json') json(false);
    else io.stdout('Inget att spara: dina indexvärden har redan dessa värden.\n');
    return 0;
  }
  const yes = command.yes || (io.confirm ? await io.confirm(removing ? 'Ta bort? (j/n) ' : `Spara i ${file.path}? (j/n) `) : false);
  if (!yes) {
    if (command.format === 'json') json(false);
    io.stderr(`periodkoll: Inget sparades.${io.confirm || command.yes ? '' : ' Bekräfta med --yes (det finns ingen terminal att fråga på).'}\n`);
    return 1;
  }
  const next: IndexStore = removing ? { ...file.store, values: file.store.values.filter((v) => !changes.some((c) => c.value === v)) } : applyIndexImport(file.store, changes);
  await saveIndexStoreFile(file.path, next);
  if (command.format === 'json') json(true);
  else io.stdout(`Sparat i ${file.path}.\n`);
  return 0;
}

async function list(command: Extract<IndexStoreCommand, { kind: 'index-list' }>, file: StoreFile, io: CliIO): Promise<number> {
  let workbook: IndexSeries[] = [];
  if (command.indexFile) {
    try {
      workbook = readWorkbookIndex(await readWorkbookFile(command.indexFile))?.series ?? [];
    } catch (e) {
      if (!isWorkbookReadError(e)) throw e;
      return fail(io, `${command.indexFile}: ${e.message}`);
    }
  }
  const layers: Array<{ layer: keyof typeof INDEX_LAYER_NAMES; series: IndexSeries[] }> = [
    { layer: 'bundled', series: DEFAULT_INDEX_TABLE.series },
    { layer: 'user', series: indexStoreTable(file.store)?.series ?? [] },
    ...(command.indexFile ? [{ layer: 'workbook' as const, series: workbook }] : []),
  ];
  if (command.format === 'json') {
    const values = (series: IndexSeries[]) => series.flatMap((s) => Object.entries(s.values).map(([y, value]) => ({ series: s.name, year: Number(y), kind: s.kind, value, ...originOf(s, Number(y)) })));
    io.stdout(`${JSON.stringify({ store: file.path, ...(file.problem ? { problem: file.problem } : {}), layers: layers.map((l) => ({ layer: l.layer, values: values(l.series) })) }, null, 2)}\n`);
    return 0;
  }
  const out = [`Dina indexvärden sparas i ${file.path}`];
  if (file.problem) out.push(`  Obs: ${file.problem}`);
  for (const l of layers) {
    out.push('', `${capitalized(INDEX_LAYER_NAMES[l.layer])}${l.layer === 'workbook' ? ` (${command.indexFile})` : ''}:`);
    if (l.series.length === 0) out.push('  (inga)');
    for (const s of l.series) {
      for (const y of Object.keys(s.values).map(Number).sort((a, b) => a - b)) {
        const o = originOf(s, y);
        out.push(`  ${s.name} ${y}: ${factorValueText({ value: s.values[y], kind: s.kind })}${o.status ? ` ${o.status}` : ''} – ${sourceWithDate(o.source, o.date)}`);
      }
    }
  }
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

function fail(io: CliIO, message: string): number {
  io.stderr(`periodkoll: ${message}\n`);
  return 2;
}
