/**
 * The ledger fixture's data as the exports controllers get from the ledger systems (DOMAIN §3.10),
 * written next to huvudbok-2025.xlsx (run with `npx tsx scripts/fixtures-ledger-exports.ts`, or
 * `npm run fixtures`):
 * - huvudbok-2025.csv: Windows-1252, ";", the same title and header rows as the .xlsx, decimal
 *   comma, thousands by space or no-break space, credits with a trailing minus, some dates as
 *   20250314; the same rows at the same row numbers, so the findings are the same cells.
 * - huvudbok-2025.se: SIE 4 in CP437, one #VER per verifikation with the leverantör as its text and
 *   a counter line on 2440 (or 1510 for income) "Faktura <nr>", so each verification sums to 0.
 * - avtalsleverantorer.csv: the avtal list, UTF-8 with BOM and "," (the other CSV dialect).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate } from '../src/core/model/excelDate';
import { parseAmountText } from '../src/core/ledger/ledgerAmount';
import { cp437CodePoint } from '../src/core/ledger/imports/cp437';
import { windows1252CodePoint } from '../src/core/ledger/imports/windows1252';
import { encodeSingleByte } from './fixtures/encodeSingleByte';
import { COLUMNS, HEADER_ROW, ledgerFixture } from './fixtures-ledger';
import { runWhenMain } from './fixtures/runWhenMain';

const DIR = join(__dirname, '..', 'tests', 'fixtures', 'ledger');
export const LEDGER_CSV = 'huvudbok-2025.csv';
export const LEDGER_SIE = 'huvudbok-2025.se';
export const AVTAL_CSV = 'avtalsleverantorer.csv';

const TITLE = 'Huvudbok 2024–2025, Regional utveckling (export)';
const ix = (c: (typeof COLUMNS)[number]) => COLUMNS.indexOf(c);
const DATE_COLUMNS = new Set([ix('Bokföringsdatum'), ix('Fakturadatum')]);

/** "1 234,50", thousands by space (every third amount a no-break space), a credit as "1 234,50-". */
function csvAmount(value: number, k: number): string {
  const [kronor, ore] = Math.abs(value).toFixed(2).split('.');
  const grouped = kronor.replace(/\B(?=(\d{3})+$)/g, k % 3 === 0 ? '\u00A0' : ' ');
  return `${grouped},${ore}${value < 0 ? '-' : ''}`;
}

function csvField(text: string, sep: string): string {
  return /["\r\n]/.test(text) || text.includes(sep) || text.includes(',') ? `"${text.replace(/"/g, '""')}"` : text;
}

export function ledgerCsvText(): string {
  const f = ledgerFixture();
  const lines: string[] = [TITLE];
  for (let r = 2; r < HEADER_ROW; r++) lines.push('');
  lines.push(COLUMNS.join(';'));
  f.rows.forEach((row, k) => {
    const fields = row.values.map((v, i) => {
      if (v === null) return '';
      if (typeof v === 'number') return DATE_COLUMNS.has(i) ? isoDate(v) : i === ix('Belopp') ? csvAmount(v, k) : String(v);
      // A date written as text in the .xlsx: the compact form some systems export.
      if (DATE_COLUMNS.has(i)) return v.replace(/-/g, '');
      // Windows-1252 has no U+2212: the export prints that credit with a trailing minus.
      if (i === ix('Belopp') && v.startsWith('\u2212')) return csvAmount(parseAmountText(v)!, k);
      return csvField(v, ';');
    });
    lines.push(fields.join(';'));
  });
  return `${lines.join('\r\n')}\r\n`;
}

const sieText = (t: string) => `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const sieDate = (v: number | string) => (typeof v === 'number' ? isoDate(v) : v).replace(/-/g, '');
const sieAmount = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

const EXTRA_ACCOUNTS: Record<string, string> = { '1510': 'Kundfordringar', '2440': 'Leverantörsskulder' };

export function ledgerSieText(): string {
  const f = ledgerFixture();
  const vers = new Map<string, Array<Array<number | string | null>>>();
  for (const row of f.rows) {
    const ver = row.values[ix('Verifikationsnummer')];
    if (typeof ver !== 'string') continue; // the sum row belongs to no verifikation
    vers.set(ver, [...(vers.get(ver) ?? []), row.values]);
  }
  const accounts = new Map<string, string>(Object.entries(EXTRA_ACCOUNTS));
  for (const row of f.rows) {
    const account = row.values[ix('Konto')];
    if (typeof account === 'number') accounts.set(String(account), String(row.values[ix('Kontonamn')]));
  }
  const out = [
    '#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#PROGRAM "Periodkoll testdata" 1.0', '#GEN 20250815',
    '#FNAMN "Regional utveckling"', '#RAR 0 20250101 20251231', '#RAR -1 20240101 20241231',
  ];
  for (const [account, name] of [...accounts].sort((a, b) => a[0].localeCompare(b[0]))) out.push(`#KONTO ${account} ${sieText(name)}`);
  let k = 0;
  for (const [ver, rows] of vers) {
    const first = rows[0];
    const supplier = first[ix('Leverantör')];
    const date = sieDate(first[ix('Bokföringsdatum')]!);
    const [series, number] = [ver.slice(0, 2), ver.slice(2)];
    out.push(`#VER ${series} ${number} ${date} ${sieText(typeof supplier === 'string' ? supplier : String(first[ix('Text')]))}`, '{');
    let sum = 0;
    for (const v of rows) {
      const raw = v[ix('Belopp')];
      const amount = typeof raw === 'number' ? raw : parseAmountText(String(raw));
      if (amount !== undefined) sum += amount;
      // Every other line carries its date and a kostnadsställe, as some systems write them.
      const withDetail = k++ % 2 === 0;
      const objects = withDetail ? '{1 "RU10"}' : '{}';
      const transDate = withDetail ? date : '""';
      out.push(`   #TRANS ${v[ix('Konto')]} ${objects} ${amount !== undefined ? sieAmount(amount) : sieText(String(raw))} ${transDate} ${sieText(String(v[ix('Text')]))}`);
    }
    const invoice = first[ix('Fakturanummer')];
    if (Math.round(sum * 100) !== 0) {
      const counter = typeof invoice === 'string' ? `2440 {} ${sieAmount(-sum)} "" ${sieText(`Faktura ${invoice}`)}` : `1510 {} ${sieAmount(-sum)} "" "Kundfordran"`;
      out.push(`   #TRANS ${counter}`);
    }
    out.push('}');
  }
  return `${out.join('\r\n')}\r\n`;
}

export function avtalCsvText(): string {
  const lines = ['Leverantör,Organisationsnummer', ...ledgerFixture().avtal.map((a) => `${csvField(a.name, ',')},${a.orgNr ?? ''}`)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function writeLedgerExportFixtures(): Promise<void> {
  writeFileSync(join(DIR, LEDGER_CSV), encodeSingleByte(ledgerCsvText(), windows1252CodePoint, 'Windows-1252'));
  writeFileSync(join(DIR, LEDGER_SIE), encodeSingleByte(ledgerSieText(), cp437CodePoint, 'CP437'));
  writeFileSync(join(DIR, AVTAL_CSV), avtalCsvText(), 'utf8');
  console.log(`  ledger/${LEDGER_CSV} (Windows-1252, ;)`);
  console.log(`  ledger/${LEDGER_SIE} (SIE 4, CP437)`);
  console.log(`  ledger/${AVTAL_CSV} (UTF-8 med BOM, ,)`);
}

runWhenMain(module, writeLedgerExportFixtures);
