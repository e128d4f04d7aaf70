/**
 * Writes the ledger fixture (run with `npx tsx scripts/fixtures-ledger.ts`, or `npm run fixtures`):
 * tests/fixtures/ledger/huvudbok-2025.xlsx — a huvudbok export for 2024 and 2025 (sheet Huvudbok,
 * a title above the header, some amounts and dates as Swedish text, split invoices sharing a
 * verifikation) with an Avtalsleverantörer sheet, and tests/fixtures/ledger/manifest.json listing
 * every planted slip with the rule and cell that must flag it. Nothing else in the ledger may be
 * flagged: ordinary rows stay below every threshold, ordinary suppliers are all on the avtal list
 * (some under another spelling or only by organisation number) and no ordinary supplier is paid
 * the same amount twice.
 * Deterministic: the same bytes on every run (seeded generator, fixed dates).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1 } from '../src/core/model/address';
import type { Cell, Workbook } from '../src/core/model/workbook';
import { sheetFromGrid } from '../src/core/model/workbook';
import { isoDate, dayFromCivil } from '../src/core/model/excelDate';
import { mulberry32, randomBelow } from '../src/core/ledger/prng';
import { SheetSpec, type CellSpec, type WorkbookSpec } from './fixtures/sheetSpec';
import { header, title } from './fixtures/styles';
import { workbookBytes } from './fixtures/writeWorkbook';
import { runWhenMain } from './fixtures/runWhenMain';

const DIR = join(__dirname, '..', 'tests', 'fixtures', 'ledger');
export const LEDGER_FILE = 'huvudbok-2025.xlsx';
export const LEDGER_SHEET = 'Huvudbok';
export const AVTAL_SHEET = 'Avtalsleverantörer';
export const HEADER_ROW = 3;

export const COLUMNS = [
  'Verifikationsnummer', 'Bokföringsdatum', 'Konto', 'Kontonamn', 'Belopp', 'Leverantör', 'Org.nr',
  'Fakturanummer', 'Fakturadatum', 'Attestant', 'Beställare', 'Automatiskt attesterad', 'Text',
] as const;
type Column = (typeof COLUMNS)[number];
const col = (c: Column): number => COLUMNS.indexOf(c) + 1;

export interface Plant {
  rule: string;
  /** Sheet row and the A1 cell the finding must point at. */
  row: number;
  cell: string;
  note: string;
}

/** One ledger line before it gets its row and verifikation. */
interface Line {
  booking: number;
  year: number;
  day: number;
  account: number;
  amount: number;
  /** Text written instead of the number (Swedish number text, parentheses). */
  amountText?: string;
  dateAsText?: boolean;
  supplier?: Supplier;
  invoice?: string;
  attestant?: string;
  orderer?: string;
  auto: boolean;
  text: string;
  /** Set on planted lines: the rule and column that must flag the line (and a note). */
  plant?: { rule: string; column: Column; note: string };
  /** Written over the konto or belopp cell to make the row unreadable. */
  broken?: { column: Column; value: string | null };
}

interface Supplier {
  /** As written in the ledger. */
  name: string;
  orgNr: string;
  /** As written on the avtal list; absent = not on it. */
  listed?: { name: string; orgNr?: string };
}

const ACCOUNTS: Record<number, string> = {
  1221: 'Inventarier',
  3010: 'Försäljning av verksamhetens tjänster',
  4611: 'Kurs- och konferensavgifter',
  4630: 'Resor och logi',
  5410: 'Förbrukningsinventarier',
  5460: 'Förbrukningsmaterial',
  6110: 'Kontorsmaterial',
  6211: 'Telefoni',
  6420: 'Konsulttjänster',
  6811: 'Representation, intern',
  6850: 'Representation, extern',
  6899: 'Övrig representation',
  7070: 'Medlemsavgifter',
};
/** Ordinary purchases, weighted by how often each account occurs. */
const PURCHASE_ACCOUNTS = [4611, 4611, 4630, 4630, 4630, 5410, 5460, 5460, 6110, 6110, 6211, 6420, 6811, 6850, 6850, 6899, 7070];

const SUPPLIERS: Supplier[] = [
  ['Kontorsvaruhuset Aktiebolag', '556123-4501', 'Kontorsvaruhuset AB'],
  ['Resebyrån Norr', '556123-4502', 'Resebyrån i Norrland AB', true],
  ['Konferensgården Sjövik AB', '556123-4503'],
  ['Telia Sverige AB', '556123-4504'],
  ['Hotell Lyktan', '556123-4505', 'HOTELL LYKTAN AB'],
  ['Restaurang Gästis AB', '556123-4506'],
  ['Kursakademin i Sverige AB', '556123-4507', 'Kursakademin i Sverige'],
  ['Tåg & Buss Resor AB', '556123-4508'],
  ['Pappersgrossisten AB', '556123-4509'],
  ['Möbelservice Öst AB', '556123-4510'],
  ['SKR Företag AB', '556123-4511'],
  ['Taxi Kurir AB', '556123-4512'],
  ['Städpartner AB', '556123-4513'],
  ['Utbildningshuset AB', '556123-4514'],
  ['Datorhallen AB', '556123-4515'],
  ['Catering Norr AB', '556123-4516'],
  ['Föreningen Kommunala Controllers', '802400-1234'],
  ['Inventariebolaget Syd AB', '556123-4518'],
].map(([name, orgNr, listedName, byOrgNrOnly]) => ({
  name: name as string,
  orgNr: orgNr as string,
  // A listed name that differs only by case or company form must still match; one supplier is
  // on the list under another name altogether and matches by organisation number alone.
  listed: { name: (listedName as string | undefined) ?? (name as string), orgNr: byOrgNrOnly || listedName === undefined ? (orgNr as string) : undefined },
}));
const INVESTMENT_SUPPLIER = SUPPLIERS[SUPPLIERS.length - 1];
const OUTSIDE: Supplier[] = [
  { name: 'Konsultbolaget Ekdahl AB', orgNr: '559900-1101' },
  { name: 'Tryckeri Sundin', orgNr: '559900-1102' },
];

/** The 14 beställare of the real IK-plan row ("samtliga 14 beställare"). */
const ORDERERS = [
  'Anna Berg', 'Erik Lund', 'Maria Holm', 'Johan Ek', 'Karin Sjö', 'Lars Dahl', 'Eva Strand',
  'Per Nord', 'Sara Vik', 'Olof Ås', 'Lena Falk', 'Nils Björk', 'Ida Ström', 'Gustav Mark',
];
const ATTESTANTS = ['Birgitta Ekonom', 'Henrik Chef', 'Sofia Enhetschef'];
const CHANGED_ORDERER = 'Erik Lund';

const YEARS = [2024, 2025] as const;
const LINES_PER_YEAR = 1500;
/** Automatically approved invoices stay at or below this (the check's default threshold). */
const AUTO_LIMIT = 10_000;
/** Ordinary purchases stay below half the prisbasbelopp of 2024 (28 650 kr). */
const PURCHASE_LIMIT = 28_000;

class Generator {
  private readonly next = mulberry32(20250314);
  private bookings = 0;
  private invoices = 0;
  /** supplier|öre of every ordinary purchase: no accidental "same amount" pairs. */
  private readonly amounts = new Set<string>();
  readonly lines: Line[] = [];

  int(min: number, max: number): number {
    return min + randomBelow(this.next, max - min + 1);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[randomBelow(this.next, xs.length)];
  }

  day(year: number): number {
    return dayFromCivil({ year, month: 1, day: 1 }) + this.int(0, 364);
  }

  booking(): number {
    return ++this.bookings;
  }

  invoice(year: number): string {
    return `${year}-${String(++this.invoices).padStart(5, '0')}`;
  }

  /** An amount in kronor and öre, unique for the supplier among ordinary purchases. */
  amount(supplier: Supplier | undefined, min: number, max: number): number {
    for (;;) {
      const amount = this.int(min * 100, max * 100) / 100;
      const key = `${supplier?.name}|${Math.round(amount * 100)}`;
      if (!this.amounts.has(key)) {
        this.amounts.add(key);
        return amount;
      }
    }
  }

  /** A chosen amount: fails loudly if an ordinary purchase already has it (the fixture would lie). */
  claim(supplier: Supplier, amount: number): void {
    const key = `${supplier.name}|${Math.round(amount * 100)}`;
    if (this.amounts.has(key)) throw new Error(`Fixture amount ${amount} already used for ${supplier.name}`);
    this.amounts.add(key);
  }

  /** A purchase; its amount is drawn from `range` (default: below the auto or purchase limit) unless given. */
  purchase(year: number, options: Partial<Line> = {}, range?: [number, number]): Line {
    const supplier = options.supplier ?? this.pick(SUPPLIERS.slice(0, -1));
    const auto = options.auto ?? this.int(1, 10) <= 4;
    const line: Line = {
      booking: this.booking(),
      year,
      day: this.day(year),
      account: this.pick(PURCHASE_ACCOUNTS),
      amount: 0,
      supplier,
      invoice: this.invoice(year),
      attestant: auto ? undefined : this.pick(ATTESTANTS),
      orderer: this.pick(ORDERERS),
      auto,
      text: 'Faktura',
      ...options,
    };
    if (line.amount === 0) line.amount = this.amount(supplier, ...(range ?? [150, auto ? AUTO_LIMIT - 1 : PURCHASE_LIMIT]));
    else this.claim(supplier, line.amount);
    line.text = `${ACCOUNTS[line.account]}, ${supplier.name}`;
    this.lines.push(line);
    return line;
  }
}

function ordinaryLines(g: Generator): void {
  for (const year of YEARS) {
    for (let i = 0; i < LINES_PER_YEAR; i++) {
      const roll = g.int(1, 100);
      if (roll <= 4) {
        // Income: no supplier, a credit on a class 3 account.
        const amount = -g.int(2_000, 400_000);
        g.lines.push({ booking: g.booking(), year, day: g.day(year), account: 3010, amount, auto: false, text: 'Försäljning, fakturering kund' });
      } else if (roll <= 7) {
        // An investment: well above the capitalisation threshold, on the investment account.
        g.purchase(year, { account: 1221, supplier: INVESTMENT_SUPPLIER, auto: false }, [40_000, 400_000]);
      } else {
        g.purchase(year);
      }
    }
  }
}

/** An invoice split over two accounts: one verifikation, one invoice number, two lines. */
function splitInvoices(g: Generator): void {
  for (const year of YEARS) {
    for (let i = 0; i < 20; i++) {
      const first = g.purchase(year, { auto: false });
      const equal = i % 5 === 0;
      g.lines.push({
        ...first,
        account: first.account === 4630 ? 4611 : 4630,
        text: `${ACCOUNTS[first.account === 4630 ? 4611 : 4630]}, ${first.supplier!.name}`,
        // Every fifth split has two equal halves: same supplier, amount and day, yet one booking.
        amount: equal ? first.amount : g.amount(first.supplier, 150, PURCHASE_LIMIT),
      });
    }
  }
}

/** Swedish number text and dates as text, as pasted exports have them; none of it is a slip. */
function textCells(g: Generator): void {
  const purchases = g.lines.filter((l) => l.supplier && l.account !== 1221 && l.amount > 1000);
  for (let i = 0; i < purchases.length; i += 37) {
    const l = purchases[i];
    const [kronor, ore] = l.amount.toFixed(2).split('.');
    l.amountText = `${kronor.replace(/\B(?=(\d{3})+$)/g, ' ')},${ore}`;
  }
  for (let i = 5; i < purchases.length; i += 41) purchases[i].dateAsText = true;
  // Credits from suppliers: a minus sign and accounting parentheses.
  g.purchase(2025, { amount: -2500, amountText: '\u22122 500', auto: false, text: 'Kreditfaktura' });
  g.purchase(2024, { amount: -1234, amountText: '(1 234)', auto: false, text: 'Kreditfaktura' });
}

function plant(line: Line, rule: string, column: Column, note: string): Line {
  line.plant = { rule, column, note };
  return line;
}

function plants(g: Generator): void {
  // Originals early enough in the year that a copy weeks later stays in the same year.
  const ordinary = g.lines.filter((l) => l.supplier && !l.auto && l.account !== 1221 && l.amount > 0 && !l.amountText && l.day - dayFromCivil({ year: l.year, month: 1, day: 1 }) < 300);

  // Dubbelbetalning: the same invoice booked again under a new verifikation, 14 and 20 days later.
  for (const [k, days] of [[100, 14], [900, 20]] as const) {
    const original = ordinary[k];
    const again = { ...original, booking: g.booking(), day: original.day + days, dateAsText: false };
    // The second time the number is typed with a space for the dash: still the same invoice.
    if (k === 900) again.invoice = original.invoice!.replace('-', ' ');
    g.lines.push(plant(again, 'ledger.duplicate-invoice', 'Fakturanummer', `faktura ${original.invoice} bokförd två gånger`));
  }
  // Dubbelbetalning: same supplier and amount, a new invoice number, 9 and 0 days later.
  for (const [k, days] of [[300, 9], [1100, 0]] as const) {
    const original = ordinary[k];
    const again = { ...original, booking: g.booking(), day: original.day + days, invoice: g.invoice(original.year), dateAsText: false };
    g.lines.push(plant(again, 'ledger.duplicate-amount', 'Belopp', `samma belopp till ${original.supplier!.name} ${days} dagar senare`));
  }
  // Not a slip: the same supplier and amount 45 days later (beyond the 30 days).
  const monthly = ordinary[600];
  g.lines.push({ ...monthly, booking: g.booking(), day: monthly.day + 45, invoice: g.invoice(monthly.year), dateAsText: false });

  // Inköp utanför avtal: two suppliers not on the list, five invoices.
  for (const [supplier, year] of [[OUTSIDE[0], 2024], [OUTSIDE[0], 2025], [OUTSIDE[0], 2025], [OUTSIDE[1], 2025], [OUTSIDE[1], 2024]] as const) {
    const line = g.purchase(year, { supplier, auto: false, account: 6420 });
    plant(line, 'ledger.outside-agreement', 'Leverantör', `${supplier.name} finns inte på avtalslistan`);
  }

  // Automatically approved above 10 000 kr; exactly 10 000 kr is not above it.
  for (const amount of [12_500, 24_000, 10_000.5]) {
    plant(g.purchase(2025, { auto: true, amount }), 'ledger.auto-approved-above-threshold', 'Belopp', `automatiskt attesterad ${amount} kr`);
  }
  g.purchase(2025, { auto: true, amount: 10_000 });

  // Investeringar on the wrong account, both ways, with the threshold of each year
  // (2024: 57 300 / 2 = 28 650 kr; 2025: 58 800 / 2 = 29 400 kr).
  plant(g.purchase(2025, { account: 5410, auto: false, amount: 48_000 }), 'ledger.investment-on-operating', 'Belopp', 'inventarier 48 000 kr som driftkostnad');
  plant(g.purchase(2024, { account: 6420, auto: false, amount: 28_700 }), 'ledger.investment-on-operating', 'Belopp', '28 700 kr ≥ 28 650 kr (2024)');
  plant(g.purchase(2025, { account: 1221, supplier: INVESTMENT_SUPPLIER, auto: false, amount: 8_500 }), 'ledger.small-on-investment', 'Belopp', '8 500 kr på investeringskonto');
  plant(g.purchase(2025, { account: 1221, supplier: INVESTMENT_SUPPLIER, auto: false, amount: 29_000 }), 'ledger.small-on-investment', 'Belopp', '29 000 kr < 29 400 kr (2025)');
  // Not slips: 29 100 kr on the investment account in 2024 (≥ 28 650), 28 000 kr as a cost in 2025.
  g.purchase(2024, { account: 1221, supplier: INVESTMENT_SUPPLIER, auto: false, amount: 29_100 });
  g.purchase(2025, { account: 6420, auto: false, amount: 28_000 });

  // Erik Lund's automatically approved invoices: about four times as much in 2025 as in 2024.
  const before = g.lines.filter((l) => l.auto && l.orderer === CHANGED_ORDERER && l.year === 2025).length;
  for (let i = 0; i < before * 3; i++) g.purchase(2025, { auto: true, orderer: CHANGED_ORDERER });

  // Rows that cannot be read: an amount in words, and a sum row at the bottom (no konto).
  const words = g.purchase(2025, { auto: false });
  words.broken = { column: 'Belopp', value: 'ca 500 kr' };
  plant(words, 'ledger.unreadable-row', 'Belopp', 'belopp "ca 500 kr"');
}

export interface LedgerFixture {
  /** Cells of the Huvudbok sheet by row (1-based rows, values in COLUMNS order). */
  rows: Array<{ row: number; values: Array<number | string | null>; formats: Array<string | undefined> }>;
  plants: Plant[];
  avtal: Array<{ name: string; orgNr?: string }>;
  lastRow: number;
}

let built: LedgerFixture | undefined;

/** The fixture's content, computed once (deterministic). */
export function ledgerFixture(): LedgerFixture {
  if (built) return built;
  const g = new Generator();
  ordinaryLines(g);
  splitInvoices(g);
  textCells(g);
  plants(g);
  // A ledger export is in date order; a plant comes after its original on the same day.
  const lines = g.lines.map((l, i) => ({ l, i })).sort((a, b) => a.l.day - b.l.day || a.i - b.i).map((x) => x.l);

  const vouchers = new Map<number, string>();
  const perYear = new Map<number, number>();
  const rows: LedgerFixture['rows'] = [];
  const plantsOut: Plant[] = [];
  lines.forEach((l, i) => {
    const row = HEADER_ROW + 1 + i;
    let ver = vouchers.get(l.booking);
    if (!ver) {
      const n = (perYear.get(l.year) ?? 0) + 1;
      perYear.set(l.year, n);
      vouchers.set(l.booking, (ver = `LF${l.year}-${String(n).padStart(5, '0')}`));
    }
    const values = lineValues(l, ver);
    const formats: Array<string | undefined> = COLUMNS.map(() => undefined);
    if (!l.dateAsText) formats[col('Bokföringsdatum') - 1] = 'yyyy-mm-dd';
    if (l.invoice) formats[col('Fakturadatum') - 1] = 'yyyy-mm-dd';
    if (l.amountText === undefined) formats[col('Belopp') - 1] = '#,##0.00';
    if (l.broken) values[col(l.broken.column) - 1] = l.broken.value;
    rows.push({ row, values, formats });
    if (l.plant) plantsOut.push({ rule: l.plant.rule, row, cell: a1(row, col(l.plant.column)), note: l.plant.note });
  });

  // The sum row at the bottom: belopp but no konto.
  const sumRow = HEADER_ROW + lines.length + 1;
  const total = Math.round(lines.reduce((s, l) => s + l.amount, 0) * 100) / 100;
  const sumValues: Array<number | string | null> = COLUMNS.map(() => null);
  sumValues[col('Kontonamn') - 1] = 'Summa';
  sumValues[col('Belopp') - 1] = total;
  rows.push({ row: sumRow, values: sumValues, formats: COLUMNS.map((c) => (c === 'Belopp' ? '#,##0.00' : undefined)) });
  plantsOut.push({ rule: 'ledger.unreadable-row', row: sumRow, cell: a1(sumRow, col('Konto')), note: 'summarad utan konto' });

  // The finding of the changed orderer points at Erik Lund's largest 2025 automatically approved line.
  const erik = lines
    .map((l, i) => ({ l, row: HEADER_ROW + 1 + i }))
    .filter(({ l }) => l.auto && l.orderer === CHANGED_ORDERER && l.year === 2025 && !l.broken)
    .sort((a, b) => b.l.amount - a.l.amount || a.row - b.row)[0];
  plantsOut.push({ rule: 'ledger.auto-approved-change', row: erik.row, cell: a1(erik.row, col('Beställare')), note: `${CHANGED_ORDERER}: automatiskt attesterat ungefär fyra gånger så mycket 2025 som 2024` });

  plantsOut.sort((a, b) => a.row - b.row || a.rule.localeCompare(b.rule));
  const avtal = [...SUPPLIERS.map((s) => s.listed!)];
  built = { rows, plants: plantsOut, avtal, lastRow: sumRow };
  return built;
}

function lineValues(l: Line, ver: string): Array<number | string | null> {
  const v: Record<Column, number | string | null> = {
    Verifikationsnummer: ver,
    Bokföringsdatum: l.dateAsText ? isoDate(l.day) : l.day,
    Konto: l.account,
    Kontonamn: ACCOUNTS[l.account],
    Belopp: l.amountText ?? l.amount,
    Leverantör: l.supplier?.name ?? null,
    'Org.nr': l.supplier?.orgNr ?? null,
    Fakturanummer: l.invoice ?? null,
    Fakturadatum: l.invoice ? l.day - 5 : null,
    Attestant: l.attestant ?? null,
    Beställare: l.orderer ?? null,
    'Automatiskt attesterad': l.supplier ? (l.auto ? 'Ja' : 'Nej') : null,
    Text: l.text,
  };
  return COLUMNS.map((c) => v[c]);
}

function ledgerSheetSpec(f: LedgerFixture): SheetSpec {
  const s = new SheetSpec(LEDGER_SHEET);
  s.set(1, 1, title('Huvudbok 2024–2025, Regional utveckling (export)'));
  COLUMNS.forEach((c, i) => s.set(HEADER_ROW, i + 1, header(c)));
  for (const r of f.rows) {
    r.values.forEach((v, i) => {
      if (v === null) return;
      const spec: CellSpec = { value: v };
      if (r.formats[i] && typeof v === 'number') spec.numFmt = r.formats[i];
      s.set(r.row, i + 1, spec);
    });
  }
  [16, 14, 8, 28, 14, 30, 14, 14, 14, 18, 14, 12, 48].forEach((w, i) => s.width(i + 1, w));
  return s;
}

function avtalSheetSpec(f: LedgerFixture): SheetSpec {
  const s = new SheetSpec(AVTAL_SHEET);
  s.set(1, 1, title('Avtalsleverantörer 2024–2025'));
  s.set(3, 1, header('Leverantör'));
  s.set(3, 2, header('Organisationsnummer'));
  f.avtal.forEach((a, i) => {
    s.set(4 + i, 1, { value: a.name });
    if (a.orgNr) s.set(4 + i, 2, { value: a.orgNr });
  });
  s.width(1, 36);
  s.width(2, 20);
  return s;
}

export function ledgerFixtureSpec(): WorkbookSpec {
  const f = ledgerFixture();
  return { fileName: LEDGER_FILE, title: 'Huvudbok 2024–2025', sheets: [ledgerSheetSpec(f), avtalSheetSpec(f)] };
}

/** The same workbook as the core model, built without any file: what a host should read back. */
export function ledgerFixtureWorkbook(): Workbook {
  const spec = ledgerFixtureSpec();
  return {
    name: LEDGER_FILE,
    sheets: spec.sheets.map((s) => {
      const grid: Cell[][] = [];
      for (const { row, col: c, spec: cs } of s.all()) {
        const value = cs.value ?? null;
        (grid[row - 1] ??= [])[c - 1] = { value, type: typeof value === 'number' ? 'number' : 'text', numberFormat: cs.numFmt ?? 'General' };
      }
      return sheetFromGrid(s.name, grid);
    }),
  };
}

export async function writeLedgerFixtures(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, LEDGER_FILE), await workbookBytes(ledgerFixtureSpec()));
  const f = ledgerFixture();
  const manifest = { file: LEDGER_FILE, sheet: LEDGER_SHEET, avtal: AVTAL_SHEET, headerRow: HEADER_ROW, lastRow: f.lastRow, plants: f.plants };
  writeFileSync(join(DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`  ledger/${LEDGER_FILE} (${f.rows.length} rader, ${f.plants.length} planterade)`);
  console.log('  ledger/manifest.json');
}

runWhenMain(module, writeLedgerFixtures);
