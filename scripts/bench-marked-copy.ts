/**
 * Marked copy benchmark (issue 13): a huvudbok sheet of N rows × 10 columns (default 20 000),
 * 500 cells marked with notes, then the copy written — by patching the original package (what
 * the file host does) and, as the yardstick, by ExcelJS writing the whole workbook (what it did
 * before). Each is run `runs` times alternately; the medians and their ratio are printed.
 *
 *   npx tsx scripts/bench-marked-copy.ts [rows] [runs]      (also part of `npm run bench`)
 */
import ExcelJS from 'exceljs';
import { applyMarks } from '../src/host/file/applyMarks';
import { FileWorkbookHost } from '../src/host/file/fileHost';
import { loadXlsx } from '../src/host/file/loadXlsx';
import { writeMarkBackups } from '../src/host/file/markBackupSheet';
import type { CellMark } from '../src/host/port';

const MARKS = 500;

async function ledgerBytes(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Huvudbok');
  ws.addRow(['Verifikation', 'Leverantör', 'Konto', 'Belopp', 'Datum', 'Text', 'Kod', 'Beställare', 'Attest', 'Org.nr']);
  for (let r = 1; r < rows; r++) ws.addRow([r, `Leverantör ${r % 500} AB`, 4000 + (r % 100), Math.round(r * 137.5) / 100, 45300 + (r % 365), `Faktura ${r}`, r % 7, `Beställare ${r % 60}`, r % 3 === 0 ? 'auto' : 'manuell', `556${r % 1000}-1234`]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function marks(rows: number): CellMark[] {
  return Array.from({ length: MARKS }, (_, i) => ({ sheet: 'Huvudbok', cell: `D${2 + Math.floor((i * (rows - 1)) / MARKS)}`, severity: 'warning', note: `Möjlig dubblett (rad ${i})` }));
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runMarkedCopyBench(rows = 20_000, runs = 3): Promise<void> {
  const bytes = await ledgerBytes(rows);
  const patched: number[] = [];
  const rewritten: number[] = [];
  for (let i = 0; i < runs; i++) {
    const host = await FileWorkbookHost.open(bytes, 'huvudbok.xlsx');
    await host.writeMarks(marks(rows));
    patched.push(await timed(() => host.toBuffer()));
    const { excel } = await loadXlsx(bytes, 'huvudbok.xlsx');
    const backups = new Map();
    applyMarks(excel, backups, marks(rows));
    writeMarkBackups(excel, backups.values());
    rewritten.push(await timed(() => excel.xlsx.writeBuffer()));
  }
  const [p, w] = [median(patched), median(rewritten)];
  console.log(`  ${rows.toLocaleString('sv-SE')} rader, ${MARKS} markeringar, ${(bytes.length / 1e6).toFixed(1)} MB, ${runs} körningar (median):`);
  console.log(`  kopia genom att ändra originalpaketet: ${Math.round(p)} ms; ExcelJS skriver hela filen: ${Math.round(w)} ms; kvot ${(p / w).toFixed(2)}`);
}

if (require.main === module) {
  const [rows, runs] = process.argv.slice(2).map(Number);
  runMarkedCopyBench(rows || undefined, runs || undefined).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
