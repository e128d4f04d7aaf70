/**
 * The bad-input corpus: tests/fixtures/bad/*.xlsx and tests/fixtures/bad/manifest.json, which
 * says for each file what the user must see — a Swedish message (a refused file) or the findings
 * that are right for it. Odd but real workbooks (hidden, protected, merged, error values in both
 * languages, extreme numbers, the last row and column, dates in figure columns) and files that
 * are not workbooks at all (renamed .xls/.csv, truncated, encrypted, a zip bomb).
 *
 * Deterministic: every package is written by the small ZIP writer below with a fixed date, so
 * running it again gives byte-identical files. Run by `npm run fixtures` (scripts/build-fixtures.ts).
 * Everything committed stays small; the tests build the large cases in the temp folder with the
 * helpers exported here.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// CRC-32 as ZIP stores it, continued from a running value: Node's own (Node 20.15+).
import { crc32, deflateRawSync } from 'node:zlib';
import type { ExpectedFinding } from './fixtures/manifest';
import { FIXTURE_DATE } from './fixtures/writeWorkbook';
import { runWhenMain } from './fixtures/runWhenMain';

export const BAD_DIR = join(__dirname, '..', 'tests', 'fixtures', 'bad');

export interface BadEntry {
  file: string;
  description: string;
  /** The file is refused: the error code and a part of the Swedish message the user reads. */
  refused?: { code: string; message: string };
  /** The file is read: findings that must be reported (rule and cell). */
  findings?: ExpectedFinding[];
  /** Rules that must not fire anywhere in the file (a false alarm the odd input could cause). */
  notRules?: string[];
  /** Table kinds that must be recognised, per sheet. */
  tables?: Array<{ sheet: string; kind: string }>;
  /**
   * What Periodkoll does not yet do right on this file (the test only requires that reading it is
   * safe): cells it should flag but does not, or a part of the check that does not finish in time.
   */
  knownGap?: { cells?: ExpectedFinding[]; note: string };
}

// ------------------------------------------------------------------ ZIP writing

/** One part of a package: its bytes, or a raw-deflated stream with the size and CRC it unpacks to. */
export interface ZipPart {
  name: string;
  data?: Uint8Array;
  deflated?: { data: Uint8Array; size: number; crc: number };
  /** Size written into the ZIP headers instead of the true one (a lying bomb). */
  declaredSize?: number;
}

/** A ZIP archive of DEFLATE parts with a fixed date (the fixtures' save date). */
export function zipParts(parts: ZipPart[]): Uint8Array {
  const dosTime = ((FIXTURE_DATE.getUTCHours() << 11) | (FIXTURE_DATE.getUTCMinutes() << 5)) & 0xffff;
  const dosDate = (((FIXTURE_DATE.getUTCFullYear() - 1980) << 9) | ((FIXTURE_DATE.getUTCMonth() + 1) << 5) | FIXTURE_DATE.getUTCDate()) & 0xffff;
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const packed = part.deflated ?? { data: deflateRawSync(part.data ?? new Uint8Array(0), { level: 9 }), size: part.data?.length ?? 0, crc: crc32(part.data ?? new Uint8Array(0)) };
    const size = part.declaredSize ?? packed.size;
    const local = header(30 + name.length, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 0x0800, true); // UTF-8 names
      v.setUint16(8, 8, true); // DEFLATE
      v.setUint16(10, dosTime, true);
      v.setUint16(12, dosDate, true);
      v.setUint32(14, packed.crc, true);
      v.setUint32(18, packed.data.length, true);
      v.setUint32(22, size, true);
      v.setUint16(26, name.length, true);
    });
    local.set(name, 30);
    const entry = header(46 + name.length, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, 0x0800, true);
      v.setUint16(10, 8, true);
      v.setUint16(12, dosTime, true);
      v.setUint16(14, dosDate, true);
      v.setUint32(16, packed.crc, true);
      v.setUint32(20, packed.data.length, true);
      v.setUint32(24, size, true);
      v.setUint16(28, name.length, true);
      v.setUint32(42, offset, true);
    });
    entry.set(name, 46);
    chunks.push(local, packed.data);
    central.push(entry);
    offset += local.length + packed.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, parts.length, true);
    v.setUint16(10, parts.length, true);
    v.setUint32(12, centralSize, true);
    v.setUint32(16, offset, true);
  });
  return concat([...chunks, ...central, end]);
}

function header(length: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(length);
  fill(new DataView(bytes.buffer));
  return bytes;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The parts of a package written by ExcelJS, in order, unpacked. */
async function partsOf(bytes: Uint8Array): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: ZipPart[] = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (!file.dir) parts.push({ name, data: await file.async('uint8array') });
  }
  return parts;
}

// ------------------------------------------------------------------ workbooks

/** A grid cell: a constant, or a formula (A1, English, with "=") and the value Excel cached. */
type Grid = Array<Array<ExcelJS.CellValue | { f: string; v: number | string | { error: string } } | undefined>>;

interface SheetInit {
  name: string;
  rows?: Grid;
  /** Top-left of the grid, 1-based (default A1). */
  at?: { row: number; col: number };
  state?: 'visible' | 'hidden' | 'veryHidden';
  protect?: boolean;
  merges?: string[];
  numFmt?: Record<string, string>;
  /** Extra single cells, A1 -> value. */
  cells?: Record<string, ExcelJS.CellValue>;
}

async function excelWorkbook(sheets: SheetInit[], patch?: (parts: ZipPart[]) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Periodkoll testdata';
  wb.created = FIXTURE_DATE;
  wb.modified = FIXTURE_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    const at = s.at ?? { row: 1, col: 1 };
    (s.rows ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === undefined || v === null) return;
        const cell = ws.getCell(at.row + r, at.col + c);
        if (typeof v === 'object' && 'f' in v) cell.value = { formula: v.f.replace(/^=/, ''), result: v.v } as ExcelJS.CellFormulaValue;
        else cell.value = v as ExcelJS.CellValue;
      }),
    );
    for (const [addr, v] of Object.entries(s.cells ?? {})) ws.getCell(addr).value = v;
    for (const [addr, fmt] of Object.entries(s.numFmt ?? {})) ws.getCell(addr).numFmt = fmt;
    for (const m of s.merges ?? []) ws.mergeCells(m);
    if (s.protect) await ws.protect('', {});
  }
  const parts = await partsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
  patch?.(parts);
  return zipParts(parts);
}

/** DOMAIN §3.1, kulturnämnd resultatrapport jan–jul 2025 (mnkr): the real figures, from row 3. */
function resultatrapport(): Grid {
  return [
    ['Resultatrapport jan–jul 2025'],
    ['Belopp i mnkr'],
    [null, 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Utfall ack fg år', 'Prognos', 'Budget', 'Prognos budgetavvikelse'],
    ['Erhållna bidrag', 34.0, 32.8, 1.2, 34.0, 57.6, 56.2, 1.3],
    ['Övriga intäkter', 0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.0],
    ['Summa Intäkter', 34.0, 32.8, 1.2, 34.2, 57.6, 56.2, 1.3],
    ['Personalkostnader', -8.8, -8.8, 0.1, -8.8, -15.5, -15.5, 0.0],
    ['Lämnade bidrag', -86.6, -84.2, -2.4, -79.3, -144.8, -144.5, -0.3],
    ['Övriga kostnader', -5.9, -9.8, 3.9, -5.3, -17.5, -16.9, -0.6],
    ['Summa Kostnader', -101.3, -102.9, 1.6, -93.4, -177.8, -176.8, -0.9],
    ['Verksamhetens nettokostnad', -67.3, -70.1, 2.8, -59.2, -120.2, -120.6, 0.4],
    ['Resultat', -67.3, -70.1, 2.8, -59.2, -120.2, -120.6, 0.4],
  ];
}

/** The resultatrapport with Summa Intäkter utfall typed as 40.0 instead of 34.0 (cell B6). */
function resultatrapportWithSlip(): Grid {
  const grid = resultatrapport();
  grid[5][1] = 40.0;
  return grid;
}

const ONE_DECIMAL = Object.fromEntries(['B', 'C', 'D', 'E', 'F', 'G', 'H'].flatMap((c) => Array.from({ length: 9 }, (_, i) => [`${c}${i + 4}`, '0.0'])));

const ENGLISH_ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const SWEDISH_ERRORS = ['#DIVISION/0!', '#SAKNAS!', '#VÄRDEFEL!', '#REFERENS!', '#NAMN?', '#OGILTIGT!', '#SKÄRNING!', '#SPILL!', '#BERÄKNING!'];

/** Replaces the text of one worksheet part (ExcelJS cannot write some things a file may hold). */
function patchSheet(parts: ZipPart[], sheetIndex: number, edit: (xml: string) => string): void {
  const part = parts.find((p) => p.name === `xl/worksheets/sheet${sheetIndex}.xml`)!;
  part.data = new TextEncoder().encode(edit(new TextDecoder().decode(part.data)));
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound-file header with one directory entry name, as Excel writes .xls and encrypted files. */
export function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set(OLE_SIGNATURE, 0);
  bytes[0x1e] = 9; // 512-byte sectors
  for (let i = 0; i < streamName.length; i++) bytes[512 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

/**
 * A zip bomb dressed as a workbook: a real package whose sheet unpacks to `cells` empty-valued
 * cells (about 15 bytes of XML each) from a few hundred kilobytes. `lie` writes a tiny size into
 * the ZIP headers, as bombs do to pass a check of the directory.
 */
export async function zipBomb(options: { cells: number; lie?: boolean; part?: 'sheet' | 'media'; bytes?: number }): Promise<Uint8Array> {
  const parts = await partsOf(await excelWorkbook([{ name: 'Blad1', rows: [['Post', 'Utfall'], ['Intäkter', 1]] }]));
  const head = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">');
  const tail = new TextEncoder().encode('</row></sheetData></worksheet>');
  const unit = options.part === 'media' ? new Uint8Array(1024) : new TextEncoder().encode('<c><v>1</v></c>'.repeat(64));
  const repeats = options.part === 'media' ? Math.ceil((options.bytes ?? 0) / unit.length) : Math.ceil(options.cells / 64);
  const key = `${options.part ?? 'sheet'}:${repeats}`;
  let deflated = bombStreams.get(key);
  if (!deflated) {
    deflated = await deflateRepeated(options.part === 'media' ? [] : [head], unit, repeats, options.part === 'media' ? [] : [tail]);
    bombStreams.set(key, deflated);
  }
  const target = options.part === 'media' ? 'xl/media/image1.png' : 'xl/worksheets/sheet1.xml';
  const bomb: ZipPart = { name: target, deflated, ...(options.lie ? { declaredSize: 4096 } : {}) };
  const rest = parts.filter((p) => p.name !== target);
  return zipParts(options.part === 'media' ? [...rest, bomb] : parts.map((p) => (p.name === target ? bomb : p)));
}

/** Deflating hundreds of megabytes takes seconds: each bomb's stream is made once per process. */
const bombStreams = new Map<string, { data: Uint8Array; size: number; crc: number }>();

/** Raw-deflates head + unit × repeats + tail through a stream, never holding the unpacked text. */
async function deflateRepeated(head: Uint8Array[], unit: Uint8Array, repeats: number, tail: Uint8Array[]): Promise<{ data: Uint8Array; size: number; crc: number }> {
  const { createDeflateRaw } = await import('node:zlib');
  const deflate = createDeflateRaw({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', () => resolve());
    deflate.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  const write = async (chunk: Uint8Array) => {
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  };
  for (const h of head) await write(h);
  // Many units per write: fewer calls, same bytes.
  const block = concat(Array.from({ length: 256 }, () => unit));
  let left = repeats;
  for (; left >= 256; left -= 256) await write(block);
  for (; left > 0; left--) await write(unit);
  for (const t of tail) await write(t);
  deflate.end();
  await done;
  return { data: concat(out), size, crc };
}

// ------------------------------------------------------------------ the corpus

type Build = () => Promise<{ entry: BadEntry; bytes: Uint8Array }>;

const RR = 'Resultatrapport';

export const BAD_FIXTURES: Build[] = [
  async () => ({
    entry: {
      file: 'tom-arbetsbok.xlsx',
      description: 'A package without a single worksheet.',
      refused: { code: 'empty', message: 'Arbetsboken innehåller inga kalkylblad att kontrollera.' },
    },
    bytes: await excelWorkbook([]),
  }),
  async () => ({
    entry: { file: 'tomt-blad.xlsx', description: 'One empty sheet: nothing to check, nothing to complain about.', findings: [], notRules: ['recognition.unknown-sheet'] },
    bytes: await excelWorkbook([{ name: 'Blad1' }]),
  }),
  async () => ({
    entry: {
      file: 'bara-dolda-blad.xlsx',
      description: 'Every sheet hidden (Excel forbids it, files allow it); hidden sheets are checked like any other.',
      findings: [{ sheet: RR, cell: 'B6', rule: 'sum.row-total' }],
      tables: [{ sheet: RR, kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([
      { name: RR, rows: resultatrapportWithSlip(), state: 'hidden', numFmt: ONE_DECIMAL },
      { name: 'Anteckningar', rows: [['Utkast']], state: 'hidden' },
    ]),
  }),
  async () => ({
    entry: {
      file: 'mycket-dolda-blad.xlsx',
      description: 'A very hidden sheet (only VBA shows it) with a slip beside a visible clean one.',
      findings: [{ sheet: 'Underlag', cell: 'B6', rule: 'sum.row-total' }],
      tables: [{ sheet: RR, kind: 'resultatrapport' }, { sheet: 'Underlag', kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([
      { name: RR, rows: resultatrapport(), numFmt: ONE_DECIMAL },
      { name: 'Underlag', rows: resultatrapportWithSlip(), state: 'veryHidden', numFmt: ONE_DECIMAL },
    ]),
  }),
  async () => ({
    entry: {
      file: 'skyddade-blad.xlsx',
      description: 'A protected sheet: read and checked; marks on it are skipped with a Swedish reason.',
      findings: [{ sheet: RR, cell: 'B6', rule: 'sum.row-total' }],
      tables: [{ sheet: RR, kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([{ name: RR, rows: resultatrapportWithSlip(), protect: true, numFmt: ONE_DECIMAL }]),
  }),
  async () => ({
    entry: {
      file: 'sammanfogade-celler.xlsx',
      description: 'Merged cells over a two-level header (read as one header) and over two body figures (flagged).',
      findings: [{ sheet: 'Driftbudget', cell: 'B5', rule: 'recognition.merged-body' }],
      tables: [{ sheet: 'Driftbudget', kind: 'driftbudget' }],
    },
    bytes: await excelWorkbook([
      {
        name: 'Driftbudget',
        rows: [
          ['Driftbudget kultur', 'Budget 2024', null, 'Prognos 2023', null],
          ['Mnkr', 'Omsättning', 'Varav budgetram', 'Omsättning', 'Varav budgetram'],
          ['Ledning', 15.7, 15.7, 7.2, 7.2],
          ['Kulturstöd', 6.5, 6.5, 7.4, 7.4],
          ['Civilsamhälle och social ekonomi', 0.2, null, 2.7, 2.7],
          ['Särskilda satsningar', 0, 0, 1.2, 1.2],
          ['Summa', 22.4, 22.4, 18.5, 18.5],
        ],
        merges: ['B1:C1', 'D1:E1', 'B5:C5'],
      },
    ]),
  }),
  async () => ({
    entry: {
      file: 'rubrik-tva-ganger.xlsx',
      description: 'The same column header twice (a copied column): no crash, no false sum alarm.',
      notRules: ['sum.row-total', 'sum.column-total'],
      tables: [{ sheet: RR, kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([
      {
        name: RR,
        rows: resultatrapport().map((row, i) => (i < 2 ? row : [...row.slice(0, 3), i === 2 ? 'Utfall ack' : row[1], ...row.slice(3)])),
        numFmt: ONE_DECIMAL,
      },
    ]),
  }),
  async () => {
    const grid = resultatrapport();
    grid[3][1] = '34,0';
    grid[3][2] = '32.8';
    grid[6][1] = '(8,8)';
    grid[7][1] = '86,6-';
    grid[8][2] = '−9,8';
    grid[9][1] = '1.234,5';
    grid[9][2] = '1,234.5';
    grid[10][1] = '(1 234)';
    return {
      entry: {
        file: 'text-i-sifferkolumner.xlsx',
        description: 'Figures typed as text in Swedish and English formats: 34,0 · 32.8 · (8,8) · 86,6- · −9,8 · 1.234,5 · 1,234.5 · (1 234).',
        // Other notations are reported with the figure they most likely mean ("(8,8)" → −8,8).
        findings: ['B4', 'C4', 'B7', 'B8', 'C9', 'B10', 'C10', 'B11'].map((cell) => ({ sheet: RR, cell, rule: 'number-text.stored-as-text' })),
      },
      bytes: await excelWorkbook([{ name: RR, rows: grid, numFmt: ONE_DECIMAL }]),
    };
  },
  async () => ({
    entry: {
      file: 'extrema-tal.xlsx',
      description: 'Numbers as large as 1e300 and as small as 1e-300 in a table: no crash, no overflow into NaN findings.',
      findings: [{ sheet: 'Tal', cell: 'B5', rule: 'sum.row-total' }],
    },
    bytes: await excelWorkbook([
      {
        name: 'Tal',
        rows: [
          [null, 'Utfall', 'Budget'],
          ['Erhållna bidrag', 1e300, 1e-300],
          ['Övriga intäkter', 1e300, 1e-300],
          ['Personalkostnader', -1e-300, -1e-300],
          ['Summa intäkter', 1, 2e-300],
        ],
      },
    ]),
  }),
  async () => ({
    entry: {
      file: 'nan-oandlighet.xlsx',
      description: 'Formulas whose cached results are #NUM!/#DIV/0! and cells a writer stored as NaN and INF: errors are flagged, NaN/INF read as empty.',
      findings: [
        { sheet: 'Beräkning', cell: 'B2', rule: 'error-value.cell' },
        { sheet: 'Beräkning', cell: 'B3', rule: 'error-value.cell' },
      ],
    },
    bytes: await excelWorkbook(
      [
        {
          name: 'Beräkning',
          rows: [
            ['Post', 'Värde'],
            ['Roten ur minus ett', { f: '=SQRT(-1)', v: { error: '#NUM!' } }],
            ['Ett delat med noll', { f: '=1/0', v: { error: '#DIV/0!' } }],
            ['Stort', { f: '=10^400', v: 12345 }],
            ['Oändligt', 777],
          ],
        },
      ],
      (parts) =>
        patchSheet(parts, 1, (xml) =>
          xml.replace(/(<c r="B4"[^>]*>(?:<f>[^<]*<\/f>)?)<v>12345<\/v>/, '$1<v>NaN</v>').replace(/(<c r="B5"[^>]*>)<v>777<\/v>/, '$1<v>INF</v>'),
        ),
    ),
  }),
  async () => ({
    entry: {
      file: 'felvarden.xlsx',
      description: 'Every error value: stored as error cells (English, as files hold them) and pasted as text in Swedish and English.',
      findings: [
        ...ENGLISH_ERRORS.map((_, i) => ({ sheet: 'Fel', cell: `B${i + 2}`, rule: 'error-value.cell' })),
        ...SWEDISH_ERRORS.map((_, i) => ({ sheet: 'Fel', cell: `C${i + 2}`, rule: 'error-value.text' })),
        ...ENGLISH_ERRORS.map((_, i) => ({ sheet: 'Fel', cell: `D${i + 2}`, rule: 'error-value.text' })),
      ],
    },
    bytes: await excelWorkbook([
      {
        name: 'Fel',
        rows: [['Fel', 'Felcell', 'Inklistrad svensk', 'Inklistrad engelsk'], ...ENGLISH_ERRORS.map((e, i) => [`Rad ${i + 1}`, { error: e } as ExcelJS.CellErrorValue, SWEDISH_ERRORS[i], e])],
      },
    ]),
  }),
  async () => ({
    entry: {
      file: 'cirkelreferens.xlsx',
      description: 'A sum that includes itself and two cells that read each other, with cached values: no hang; the table is still checked.',
      tables: [{ sheet: RR, kind: 'resultatrapport' }],
      findings: [],
    },
    bytes: await excelWorkbook([
      {
        name: RR,
        rows: resultatrapport().map((row, i) => {
          if (i === 5) return [row[0], { f: '=SUM(B4:B6)', v: 34.0 }, ...row.slice(2)];
          if (i === 3) return [row[0], row[1], { f: '=C5+1.2*0+32.8-C5', v: 32.8 }, ...row.slice(3)];
          if (i === 4) return [row[0], row[1], { f: '=C4-32.8', v: 0 }, ...row.slice(3)];
          return row;
        }),
        numFmt: ONE_DECIMAL,
      },
    ]),
  }),
  async () => ({
    entry: {
      file: 'sista-kolumnen.xlsx',
      description: 'A stray value in XFD1, the 16,384th column: the table is still checked, in bounded time.',
      findings: [{ sheet: RR, cell: 'B6', rule: 'sum.row-total' }],
      tables: [{ sheet: RR, kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([{ name: RR, rows: resultatrapportWithSlip(), numFmt: ONE_DECIMAL, cells: { XFD1: 'x' } }]),
  }),
  async () => ({
    entry: {
      file: 'sista-raden.xlsx',
      description: 'A stray value in A1048576, the last row: the table is still checked, in bounded time.',
      findings: [{ sheet: RR, cell: 'B6', rule: 'sum.row-total' }],
      tables: [{ sheet: RR, kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([{ name: RR, rows: resultatrapportWithSlip(), numFmt: ONE_DECIMAL, cells: { A1048576: 'x' } }]),
  }),
  async () => ({
    entry: {
      file: 'sista-cellen.xlsx',
      description: 'A stray value in XFD1048576, the last cell of a sheet: a used range of 17 billion cells, read and checked in time proportional to the stored cells.',
      findings: [{ sheet: RR, cell: 'B6', rule: 'sum.row-total' }],
      tables: [{ sheet: RR, kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([{ name: RR, rows: resultatrapportWithSlip(), numFmt: ONE_DECIMAL, cells: { XFD1048576: 'x' } }]),
  }),
  async () => ({
    entry: {
      file: 'bladnamn-citat-aao.xlsx',
      description: "Sheet names with apostrophes, spaces and non-ASCII (Kvartal's 'prognos' ÅÄÖ, Ekonomi – €): findings carry the exact names.",
      findings: [{ sheet: "Kvartal's 'prognos' ÅÄÖ", cell: 'B6', rule: 'sum.row-total' }],
      tables: [{ sheet: "Kvartal's 'prognos' ÅÄÖ", kind: 'resultatrapport' }, { sheet: 'Ekonomi – € (Σ)', kind: 'resultatrapport' }],
    },
    bytes: await excelWorkbook([
      { name: "Kvartal's 'prognos' ÅÄÖ", rows: resultatrapportWithSlip(), numFmt: ONE_DECIMAL },
      { name: 'Ekonomi – € (Σ)', rows: resultatrapport(), numFmt: ONE_DECIMAL },
    ]),
  }),
  async () => {
    const grid = resultatrapport();
    grid[4][1] = new Date(Date.UTC(2025, 6, 31));
    return {
      entry: {
        file: 'datum-som-tal.xlsx',
        description: 'A date (2025-07-31) typed where Övriga intäkter utfall belongs: read as its serial number (45869), so Summa Intäkter no longer adds up; the engine points at the date cell.',
        findings: [{ sheet: RR, cell: 'B5', rule: 'sum.row-total' }],
      },
      bytes: await excelWorkbook([{ name: RR, rows: grid, numFmt: { ...ONE_DECIMAL, B5: 'yyyy-mm-dd' } }]),
    };
  },
  async () => ({
    entry: {
      file: 'omdopt-xls.xlsx',
      description: 'An old .xls (BIFF8 compound file) renamed to .xlsx.',
      refused: { code: 'unsupported-format', message: 'Filen är i det gamla .xls-formatet' },
    },
    bytes: oleFile('Workbook'),
  }),
  async () => ({
    entry: {
      file: 'omdopt-csv.xlsx',
      description: 'A semicolon .csv export renamed to .xlsx.',
      refused: { code: 'unsupported-format', message: 'Filen är en textfil (.csv)' },
    },
    bytes: new TextEncoder().encode('Post;Utfall ack;Budget ack\r\nErhållna bidrag;34,0;32,8\r\nÖvriga intäkter;0,0;0,0\r\nSumma intäkter;34,0;32,8\r\n'),
  }),
  async () => {
    const whole = await excelWorkbook([{ name: RR, rows: resultatrapport() }]);
    return {
      entry: { file: 'avkortad.xlsx', description: 'A workbook cut off half-way (an interrupted download).', refused: { code: 'unreadable', message: 'den kan vara skadad' } },
      bytes: whole.slice(0, Math.floor(whole.length / 2)),
    };
  },
  async () => ({
    entry: {
      file: 'krypterad.xlsx',
      description: 'A password-protected workbook (an OLE compound file with an EncryptedPackage stream).',
      refused: { code: 'encrypted', message: 'Filen är lösenordsskyddad' },
    },
    bytes: oleFile('EncryptedPackage'),
  }),
  async () => ({
    entry: {
      file: 'zip-bomb.xlsx',
      description: 'A zip bomb: under 100 kB that unpacks to 45 MB of sheet XML, three million cells; refused while unpacking, before ExcelJS builds a cell.',
      refused: { code: 'too-large', message: 'Arbetsboken har för många celler' },
    },
    bytes: await zipBomb({ cells: 3_000_000 }),
  }),
  async () => ({
    entry: {
      file: 'zip-bomb-ljuger.xlsx',
      description: 'The same bomb with a 4 kB size written in its ZIP headers: the lie is caught by counting while unpacking.',
      refused: { code: 'too-large', message: 'Arbetsboken har för många celler' },
    },
    bytes: await zipBomb({ cells: 3_000_000, lie: true }),
  }),
];

/** Writes the corpus and its manifest; returns the entries. */
export async function buildBadFixtures(dir = BAD_DIR): Promise<BadEntry[]> {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.xlsx') || name === 'manifest.json') rmSync(join(dir, name));
  const entries: BadEntry[] = [];
  for (const build of BAD_FIXTURES) {
    const { entry, bytes } = await build();
    if (bytes.length > 200 * 1024) throw new Error(`${entry.file} is ${bytes.length} bytes; generate it in the test instead`);
    writeFileSync(join(dir, entry.file), bytes);
    entries.push(entry);
    console.log(`  bad/${entry.file} (${bytes.length} bytes)`);
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`  bad/manifest.json (${entries.length} entries)`);
  return entries;
}

runWhenMain(module, buildBadFixtures);
