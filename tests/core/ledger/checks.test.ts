/**
 * Each control step on small hand-made ledgers: what it flags, what it must not flag (split
 * invoices, credits, a recurring payment beyond the window), and the Swedish reason when its
 * input is missing.
 */
import { controlLedger, type ControlResult } from '../../../src/core/ledger';
import { dayFromCivil } from '../../../src/core/model/excelDate';
import type { Workbook } from '../../../src/core/model/workbook';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

const HEAD = ['Ver.nr', 'Datum', 'Konto', 'Belopp', 'Leverantör', 'Org.nr', 'Fakturanr', 'Beställare', 'Autoattest'];
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return dayFromCivil({ year, month, day: d });
};
type Row = [string, string, number, number | string, string | null, string | null, string | null, string | null, string | null];
const ledger = (rows: Row[], head = HEAD): TestCell[][] => [
  ['Huvudbokstransaktioner, urval: hela året'],
  [],
  head,
  ...rows.map(([ver, date, ...rest]) => [ver, day(date), ...rest]),
];

function run(wb: Workbook, settings = {}): ControlResult {
  const r = controlLedger(wb, { settings });
  if (!r.ok) throw new Error(r.message);
  return r.result;
}
const plain = (s: string) => s.replace(/\u00A0/g, ' ');
const message = (r: ControlResult, rule: string, cell: string) => plain(r.findings.find((f) => f.rule === rule && f.cell === cell)!.message);
const hits = (r: ControlResult, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.cell);
const check = (r: ControlResult, rule: string) => r.summary.checks.find((c) => c.rule === rule)!;

describe('dubbelbetalning', () => {
  const rows: Row[] = [
    ['V1', '2025-03-01', 4630, 5000, 'Resebyrån AB', null, 'F100', null, null],
    // The same invoice split over a second account in the same verifikation: one booking.
    ['V1', '2025-03-01', 4611, 1200, 'Resebyrån AB', null, 'F100', null, null],
    // Booked again under a new verifikation, the number typed differently.
    ['V7', '2025-03-20', 4630, 5000, 'RESEBYRÅN Aktiebolag', null, 'f-100', null, null],
    // Same supplier and amount, a new invoice number, 12 days after V1.
    ['V8', '2025-03-13', 4630, 1200, 'Resebyrån AB', null, 'F230', null, null],
    // The same amount again 45 days later: beyond the 30 days.
    ['V9', '2025-04-27', 4630, 1200, 'Resebyrån AB', null, 'F311', null, null],
    // A credit note with the invoice number of V1 is not a payment.
    ['V10', '2025-03-25', 4630, -5000, 'Resebyrån AB', null, 'F100', null, null],
    // Two equal halves of one invoice in one verifikation.
    ['V11', '2025-05-02', 4630, 800, 'Taxi AB', null, 'T1', null, null],
    ['V11', '2025-05-02', 4611, 800, 'Taxi AB', null, 'T1', null, null],
  ];

  it('flags the second booking of an invoice and the same amount 12 days later, nothing else', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))));
    expect(hits(r, 'ledger.duplicate-invoice')).toEqual(['G6']);
    expect(hits(r, 'ledger.duplicate-amount')).toEqual(['D7']);
    expect(message(r, 'ledger.duplicate-invoice', 'G6')).toBe(
      'Möjlig dubbelbetalning: faktura f-100 från RESEBYRÅN Aktiebolag (5 000 kr) är bokförd även på rad 4 (verifikation V7, första gången V1).',
    );
    expect(message(r, 'ledger.duplicate-amount', 'D7')).toContain('samma belopp som rad 5 12 dagar tidigare (gräns 30 dagar)');
    expect(check(r, 'ledger.duplicate-invoice')).toMatchObject({ performed: true, count: 1, sum: 5000 });
  });

  it('the window is a setting: 50 days also catches the payment 45 days later', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))), { duplicateDays: 50 });
    expect(hits(r, 'ledger.duplicate-amount')).toEqual(['D7', 'D8']);
  });

  it('without a verifikation column, a repeated invoice counts only with the same amount', () => {
    const noVer = ledger(rows).map((r) => r.slice(1));
    const r = run(buildWorkbook(buildSheet('Huvudbok', noVer)));
    // The split 5 000 + 1 200 kr is one invoice; two equal halves cannot be told from a repeat.
    expect(hits(r, 'ledger.duplicate-invoice')).toEqual(['F6', 'F11']);
  });

  it('is skipped, saying why, when the ledger has no fakturanummer or leverantör', () => {
    const head = HEAD.map((h) => (h === 'Fakturanr' ? 'Övrigt' : h === 'Leverantör' ? 'Motkonto' : h));
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows, head))));
    expect(check(r, 'ledger.duplicate-invoice')).toEqual({
      rule: 'ledger.duplicate-invoice', title: expect.any(String), performed: false, count: 0, sum: 0,
      skipped: 'Kolumnerna leverantör och fakturanummer saknas i huvudboken.',
    });
    expect(check(r, 'ledger.duplicate-amount').skipped).toBe('Kolumnen leverantör saknas i huvudboken.');
  });
});

describe('inköp utanför avtal', () => {
  const rows: Row[] = [
    ['V1', '2025-02-01', 6110, 900, 'Kontorsvaruhuset Aktiebolag', null, 'K1', null, null],
    ['V2', '2025-02-02', 6420, 45000, 'Konsult Ekdahl', '559900-1101', 'E1', null, null],
    ['V3', '2025-02-03', 4630, 3000, 'Norrlandsresor', '556123-4502', 'N1', null, null],
    ['V4', '2025-02-04', 6420, -4500, 'Konsult Ekdahl', '559900-1101', 'E1K', null, null],
  ];
  const list: TestCell[][] = [['Avtalsleverantörer 2025'], ['Leverantör', 'Org.nr'], ['Kontorsvaruhuset AB', null], ['Resebyrån i Norrland AB', '5561234502']];

  it('flags purchases from suppliers not on the list; names normalised, organisation numbers matched', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows)), buildSheet('Avtalsleverantörer', list)));
    expect(hits(r, 'ledger.outside-agreement')).toEqual(['E5']);
    expect(message(r, 'ledger.outside-agreement', 'E5')).toBe('Leverantören Konsult Ekdahl finns inte bland avtalsleverantörerna (bladet Avtalsleverantörer): inköp på 45 000 kr.');
  });

  it('reads the list from a defined name, or a sheet given by name', () => {
    const other = buildSheet('Inköp', [['Ramavtal'], ...list.slice(2)]);
    const wb: Workbook = { ...buildWorkbook(buildSheet('Huvudbok', ledger(rows)), other), definedNames: { Avtalslista: "'Inköp'!$A$2:$B$3" } };
    expect(hits(run(wb, { avtal: 'avtalslista' }), 'ledger.outside-agreement')).toEqual(['E5']);
    expect(hits(run(wb, { avtal: 'Inköp' }), 'ledger.outside-agreement')).toEqual(['E5']);
  });

  it('is skipped with a Swedish reason when there is no list', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))));
    expect(check(r, 'ledger.outside-agreement')).toMatchObject({
      performed: false,
      skipped: 'Ingen lista över avtalsleverantörer angiven, och arbetsboken har inget blad eller namn Avtalsleverantörer.',
    });
    expect(check(run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))), { avtal: 'Avtal' }), 'ledger.outside-agreement').skipped).toBe(
      'Hittar varken bladet eller namnet Avtal med avtalsleverantörer.',
    );
  });
});

describe('automatiskt attesterade fakturor', () => {
  const rows: Row[] = [
    ['V1', '2024-03-01', 4630, 4000, 'Resebyrån AB', null, 'A1', 'Anna Berg', 'Ja'],
    ['V2', '2024-04-01', 4630, 5000, 'Taxi AB', null, 'A2', 'Erik Lund', 'X'],
    ['V3', '2025-03-01', 4630, 4500, 'Resebyrån AB', null, 'A3', 'Anna Berg', 'Ja'],
    ['V4', '2025-04-01', 4630, 9000, 'Taxi AB', null, 'A4', 'Erik Lund', 'Ja'],
    ['V5', '2025-05-01', 4630, 6000, 'Taxi AB', null, 'A5', 'Erik Lund', 'Ja'],
    ['V6', '2025-06-01', 4630, 25000, 'Taxi AB', null, 'A6', 'Sara Vik', 'Nej'],
    ['V7', '2025-06-02', 4630, 10000, 'Resebyrån AB', null, 'A7', 'Anna Berg', 'Nej'],
  ];

  it('lists those above the threshold (a setting), not those at it', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))), { autoThreshold: 5000 });
    expect(hits(r, 'ledger.auto-approved-above-threshold')).toEqual(['D7', 'D8']);
    expect(check(r, 'ledger.auto-approved-above-threshold')).toMatchObject({ count: 2, sum: 15000 });
  });

  it('flags a beställare and a leverantör whose sum changed by the factor: Erik Lund 5 000 → 15 000 kr', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))));
    expect(hits(r, 'ledger.auto-approved-change')).toEqual(['E7', 'H7']);
    expect(message(r, 'ledger.auto-approved-change', 'H7')).toBe(
      'Automatiskt attesterade fakturor för beställaren Erik Lund: 15 000 kr 2025 mot 5 000 kr 2024, 3,0 gånger föregående år (gränsen är en förändring med faktor 2,0).',
    );
    // A factor of 4 lets Erik Lund's tripling pass.
    expect(hits(run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))), { changeFactor: 4 }), 'ledger.auto-approved-change')).toEqual([]);
  });

  it('needs two years, and the column marking automatic approval', () => {
    const oneYear = rows.filter((r) => r[1].startsWith('2025'));
    expect(check(run(buildWorkbook(buildSheet('Huvudbok', ledger(oneYear)))), 'ledger.auto-approved-change').skipped).toBe(
      'Huvudboken har inga rader från 2024, så 2025 kan inte jämföras med föregående år.',
    );
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows, HEAD.slice(0, -1)))));
    expect(check(r, 'ledger.auto-approved-above-threshold').skipped).toBe('Kolumnen automatiskt attesterad saknas i huvudboken.');
  });
});

describe('investeringar', () => {
  const rows: Row[] = [
    ['V1', '2024-05-01', 5410, 28650, 'Möbler AB', null, 'M1', null, null],
    ['V2', '2025-05-01', 5410, 28650, 'Möbler AB', null, 'M2', null, null],
    ['V3', '2025-05-02', 1221, 29399.99, 'Möbler AB', null, 'M3', null, null],
    ['V4', '2024-05-02', 1221, 29399.99, 'Möbler AB', null, 'M4', null, null],
    ['V5', '2025-05-03', 3010, -250000, null, null, null, null, null],
    ['V6', '2025-05-04', 1221, -40000, 'Möbler AB', null, 'M5K', null, null],
  ];

  it('half the prisbasbelopp of each year: 28 650 kr in 2024, 29 400 kr in 2025', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))));
    expect(hits(r, 'ledger.investment-on-operating')).toEqual(['D4']);
    expect(hits(r, 'ledger.small-on-investment')).toEqual(['D6']);
    expect(message(r, 'ledger.investment-on-operating', 'D4')).toBe(
      '28 650 kr på driftkonto 5410 är minst aktiveringsgränsen 28 650 kr (halva prisbasbeloppet 2024): kan vara en investering.',
    );
  });

  it('the threshold and the account classes are settings', () => {
    const r = run(buildWorkbook(buildSheet('Huvudbok', ledger(rows))), { capitalisation: 30_000, investmentAccounts: { text: '1221', ranges: [{ from: 1221, to: 1221, digits: 4 }] } });
    expect(hits(r, 'ledger.investment-on-operating')).toEqual([]);
    expect(hits(r, 'ledger.small-on-investment')).toEqual(['D6', 'D7']);
  });
});

describe('reading the ledger', () => {
  it('rows that cannot be read are counted and pointed at, not dropped', () => {
    const rows: Row[] = [
      ['V1', '2025-01-10', 4630, '1 234,50', 'Taxi AB', null, 'T1', null, null],
      ['V2', '2025-01-11', 4630, 'ca 500', 'Taxi AB', null, 'T2', null, null],
    ];
    const cells = ledger(rows);
    cells.push([null, 'i dag', 4630, 100], [null, null, null, 1834.5]);
    const r = run(buildWorkbook(buildSheet('Huvudbok', cells)));
    expect(r.summary).toMatchObject({ sheet: 'Huvudbok', headerRow: 3, rows: 1, unreadable: 3, years: [2025] });
    expect(r.findings.filter((f) => f.rule === 'ledger.unreadable-row').map((f) => [f.cell, f.message])).toEqual([
      ['D5', 'Raden kan inte läsas och ingår inte i kontrollerna eller stickprovet: belopp "ca 500" går inte att läsa.'],
      ['B6', 'Raden kan inte läsas och ingår inte i kontrollerna eller stickprovet: datum "i dag" går inte att läsa.'],
      ['C7', 'Raden kan inte läsas och ingår inte i kontrollerna eller stickprovet: konto saknas.'],
    ]);
  });

  it('a sheet without konto, belopp and datum headers is not a ledger', () => {
    const wb = buildWorkbook(buildSheet('Resultatrapport', [['Resultatrapport'], ['', 'Utfall', 'Budget'], ['Intäkter', 10, 12]]));
    expect(controlLedger(wb)).toEqual({ ok: false, message: expect.stringContaining('Hittar ingen huvudbok') });
    expect(controlLedger(wb, { sheet: 'Resultatrapport' })).toEqual({ ok: false, message: expect.stringContaining('ser inte ut som en huvudbok') });
    expect(controlLedger(wb, { sheet: 'Huvudbok' })).toEqual({ ok: false, message: 'Bladet Huvudbok finns inte. Blad i arbetsboken: Resultatrapport.' });
  });
});
