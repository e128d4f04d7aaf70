/**
 * Scenarier in the stand-alone page, in Debian's Chromium: the regional tillväxtnämnd's
 * resultatbudget built from formulas, a scenario "Handlingsplan 84 %" (ram −19,5 mnkr,
 * åtgärdskrav 29,0 mnkr reached to 84 % in 2024), its result, the scenario written to a sheet,
 * and the downloaded copy read back: the sheet's cells are formulas that read the parameter block
 * and recalculate (with Periodkoll's own evaluator) to the figures the pane showed.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { openStandalonePage, OUTPUT, type StandalonePage } from './browser';
import { recalculate } from '../../src/core/evaluate';
import { formatSwedishNumber } from '../../src/core/numbers/swedishNumber';
import { parseDocument, SCENARIO_STORE_KEY } from '../../src/core/scenario';
import { FileWorkbookHost } from '../../src/host/file/fileHost';
import { readWorkbookFile } from '../../src/host/file/readWorkbook';
import { ROOT } from './dist';
import { addHandlingsplan84, newScenarioWithRamCut } from './scenarioSteps';

const WORKBOOK = join(ROOT, 'tests', 'fixtures', 'scenario', 'verksamhetsplan-tillvaxt-2024-formler.xlsx');
const SCENARIO = 'Handlingsplan 84 %';
const SHEET = `Scenario ${SCENARIO}`;
const RESULT_LABEL = 'Resultat mot budgetram (+ överskott, − underskott)';

let opened: StandalonePage;
let page: Page;
let work: string;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openStandalonePage('scenario');
  ({ page, work, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

/** The scenario column of a row of the pane's "Resultat mot budgetram" table. */
async function paneFigure(label: RegExp): Promise<string> {
  const table = page.getByRole('table', { name: 'Resultat mot budgetram, mnkr' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
  return (await row.getByRole('cell').nth(1).textContent()) ?? '';
}

describe('Scenarier in the stand-alone page', () => {
  it('builds "Handlingsplan 84 %", writes it to a sheet, and the downloaded sheet recalculates to the pane\'s figures', async () => {
    await page.getByTestId('file-input').setInputFiles(WORKBOOK);
    await page.getByRole('tab', { name: 'Scenarier' }).click();
    const pane = page.locator('aside');
    await newScenarioWithRamCut(pane, SCENARIO);
    await pane.getByRole('heading', { name: `Scenario: ${SCENARIO}` }).waitFor();
    await addHandlingsplan84(pane);

    await pane.getByText(/^Resultat mot budgetram \(Budget 2024\): underskott 24,1\smnkr \(bas: i balans\)$/).waitFor();
    const shown = {
      ram: await paneFigure(/^Budgetram/),
      netCost: await paneFigure(/^Nettokostnad$/),
      gap: await paneFigure(/^Ej uppnådda åtgärder/),
      result: await paneFigure(/^Resultat/),
    };
    expect(shown).toEqual({ ram: '123,9', netCost: '143,4', gap: '4,6', result: '−24,1' });
    await pane.getByRole('button', { name: 'Spara ändringar' }).click();
    await pane.getByText('Sparat i arbetsboken.', { exact: true }).waitFor();
    await pane.screenshot({ path: join(OUTPUT, 'pane-scenarios.png') });

    await pane.getByRole('button', { name: 'Skriv scenario till blad' }).click();
    await page.getByText(`Bladet ${SHEET} har skapats.`).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner markerad kopia' }).click()]);
    const saved = join(work, 'scenario-kopia.xlsx');
    await download.saveAs(saved);

    // The scenario sheet: a parameter block of values, and the rows as formulas that read it.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(saved);
    const ws = copy.getWorksheet(SHEET)!;
    expect(ws).toBeDefined();
    const rowOf = (label: string) => {
      let at = 0;
      ws.eachRow((row, n) => {
        if (!at && row.getCell(1).value === label) at = n;
      });
      if (!at) throw new Error(`no row ${label}`);
      return at;
    };
    const parameterCell = (label: string) => `$B$${rowOf(label)}`;
    const ramChange = parameterCell('Budgetram, förändring');
    const fulfilment = parameterCell('Uppfyllelsegrad 2024');
    expect(ws.getCell(`B${rowOf('Budgetram, förändring')}`).value).toBe(-19.5);
    expect(ws.getCell(`B${rowOf('Uppfyllelsegrad 2024')}`).value).toBeCloseTo(0.84, 12);
    const formula = (label: string, col = 'C') => (ws.getCell(`${col}${rowOf(label)}`).value as ExcelJS.CellFormulaValue).formula;
    expect(formula('Budgetram')).toContain(ramChange);
    expect(formula('Ej uppnådda åtgärder (handlingsplan)')).toContain(fulfilment);
    expect(formula(RESULT_LABEL)).toMatch(/^C\d+-C\d+-C\d+$/);
    for (const label of ['Personalkostnader', 'Summa kostnader', 'Resultat']) expect(formula(label)).toBeTruthy();

    // Recalculated by Periodkoll's evaluator, the sheet gives what the pane showed.
    const model = await readWorkbookFile(saved);
    // A sheet just written has no cached results (Excel computes them on opening): the evaluator
    // still finds its formula cells.
    const recalc = recalculate(model, [], { all: true });
    const value = (label: string) => recalc.value(SHEET, rowOf(label), 3) as number;
    const sv = (v: number) => formatSwedishNumber(v, 1);
    expect({
      ram: sv(value('Budgetram')),
      netCost: sv(value('Nettokostnad')),
      gap: sv(value('Ej uppnådda åtgärder (handlingsplan)')),
      result: sv(value(RESULT_LABEL)),
    }).toEqual(shown);

    // The named scenario travels with the copy; the figures of the budget sheet are untouched.
    const host = await FileWorkbookHost.open(readFileSync(saved), 'scenario-kopia.xlsx');
    const stored = parseDocument(await host.readStore(SCENARIO_STORE_KEY));
    expect(stored.ok && stored.document.scenarios.map((s) => s.name)).toEqual([SCENARIO]);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(WORKBOOK);
    const before = original.getWorksheet('Resultatbudget')!;
    const after = copy.getWorksheet('Resultatbudget')!;
    before.eachRow((row, n) => row.eachCell((c, col) => expect(JSON.stringify(after.getRow(n).getCell(col).value)).toBe(JSON.stringify(c.value))));
    expect(pageErrors).toEqual([]);
  });
});
