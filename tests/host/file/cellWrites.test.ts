import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planDerivations, derivationWrites, defaultSelection } from '../../../src/core/derive';
import { validateWorkbook } from '../../../src/core';
import { cellAt } from '../../../src/core/model/workbook';
import { FileWorkbookHost } from '../../../src/host/file/fileHost';
import { HostError } from '../../../src/host/port';

const FIXTURE = join(__dirname, '../../fixtures/clean/periodrapport-kultur-2025.xlsx');

async function open(bytes: Uint8Array = readFileSync(FIXTURE)): Promise<FileWorkbookHost> {
  return FileWorkbookHost.open(bytes, 'periodrapport-kultur-2025.xlsx');
}

async function reread(host: FileWorkbookHost): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await host.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

describe('writeCells and undo in a file', () => {
  test('the real #DIVISION/0! fix is written as a live IFERROR formula with its result, and the next read sees it', async () => {
    const host = await open();
    const plans = planDerivations(await host.readWorkbook(), 'Driftredovisning');
    const writes = derivationWrites(plans, defaultSelection(plans));
    expect(writes).toEqual([expect.objectContaining({ cell: 'D8', formula: '=IFERROR(B8/C8*100,"–")' })]);
    const receipt = await host.writeCells(writes, 'Avvikelser i Driftredovisning');
    expect(receipt.written).toBe(1);

    const model = await host.readWorkbook();
    const d8 = cellAt(model.sheets.find((s) => s.name === 'Driftredovisning')!, 8, 4);
    expect(d8).toMatchObject({ formula: '=IFERROR(B8/C8*100,"–")', value: '–' });
    expect(validateWorkbook(model).findings.filter((f) => f.rule.startsWith('error-value'))).toEqual([]);

    const copy = await reread(host);
    expect(copy.getWorksheet('Driftredovisning')!.getCell('D8').value).toMatchObject({ formula: 'IFERROR(B8/C8*100,"–")' });
    expect(await host.listWrites()).toEqual([expect.objectContaining({ id: receipt.id, label: 'Avvikelser i Driftredovisning', cells: 1 })]);
  });

  test('undo restores value, formula, number format and fill exactly, also after download and reopening', async () => {
    const host = await open();
    const before = await reread(host);
    const plans = planDerivations(await host.readWorkbook(), 'Resultatrapport');
    const keys = new Set(plans.flatMap((p) => p.columns.flatMap((c) => c.cells.map((x) => `${p.sheet}!${x.cell}`))));
    const writes = derivationWrites(plans, keys);
    expect(writes.length).toBeGreaterThan(10);
    await host.writeCells([...writes, { sheet: 'Resultatrapport', cell: 'A5', value: 'Status', fill: 'C6EFCE', fontColor: '006100' }], 'test');

    // The journal travels with the file: a reopened copy can still undo.
    const reopened = await open(await host.toBuffer());
    expect(await reopened.undoWrite()).toBe(writes.length + 1);
    const after = await reread(reopened);
    const ws0 = before.getWorksheet('Resultatrapport')!;
    const ws1 = after.getWorksheet('Resultatrapport')!;
    for (let r = 1; r <= 15; r++) {
      for (let c = 1; c <= 12; c++) {
        const [a, b] = [ws0.getCell(r, c), ws1.getCell(r, c)];
        expect({ at: a.address, value: b.value, numFmt: b.numFmt, fill: b.fill }).toEqual({ at: a.address, value: a.value, numFmt: a.numFmt, fill: a.fill });
      }
    }
    expect(await reopened.listWrites()).toEqual([]);
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
  });

  test('a formula with a note: the copy carries both; undo gives back the cell and the note it had, or none', async () => {
    const host = await open();
    const before = await reread(host);
    const ws0 = before.getWorksheet('Resultatrapport')!;
    const note = '1 000 000 × 1,035 = 1 035 000 (LPIK 2024)\nKällor: LPIK 2024 3,5 %: Periodkolls standardvärden';
    await host.writeCells([{ sheet: 'Resultatrapport', cell: 'L5', formula: '=B5*(1+3.5%)', result: 1, note }], 'Vanlig formel');
    const written = (await reread(host)).getWorksheet('Resultatrapport')!.getCell('L5');
    expect(written.value).toMatchObject({ formula: 'B5*(1+3.5%)' });
    expect(JSON.stringify(written.note)).toContain('LPIK 2024');

    const reopened = await open(await host.toBuffer());
    expect(await reopened.undoWrite()).toBe(1);
    const after = (await reread(reopened)).getWorksheet('Resultatrapport')!.getCell('L5');
    expect({ value: after.value, note: after.note ?? null }).toEqual({ value: ws0.getCell('L5').value, note: ws0.getCell('L5').note ?? null });
  });

  test('text from the user is written as text, never as a formula', async () => {
    const host = await open();
    await host.writeCells([{ sheet: 'Resultatrapport', cell: 'K2', value: "=HYPERLINK(\"http://x\",\"klick\")" }, { sheet: 'Resultatrapport', cell: 'K3', value: "+cmd|' /C calc'!A0" }], 'test');
    const ws = (await reread(host)).getWorksheet('Resultatrapport')!;
    expect(ws.getCell('K2').value).toBe('=HYPERLINK("http://x","klick")');
    expect(ws.getCell('K3').value).toBe("+cmd|' /C calc'!A0");
  });

  test('a protected sheet refuses the whole write and nothing changes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
    await wb.getWorksheet('Driftredovisning')!.protect('', {});
    const host = await open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const original = await reread(host);
    await expect(
      host.writeCells([{ sheet: 'Resultatrapport', cell: 'J5', formula: '=B5-E5' }, { sheet: 'Driftredovisning', cell: 'D8', formula: '=1' }], 'x'),
    ).rejects.toEqual(expect.objectContaining({ code: 'protected' }));
    await expect(host.writeCells([{ sheet: 'Finns inte', cell: 'A1', value: 1 }], 'x')).rejects.toBeInstanceOf(HostError);
    const now = await reread(host);
    expect(now.getWorksheet('Resultatrapport')!.getCell('J5').value).toBe(original.getWorksheet('Resultatrapport')!.getCell('J5').value);
    expect(await host.listWrites()).toEqual([]);
  });

  test('the settings store keeps values across download and reopening, and stays out of the model', async () => {
    const host = await open();
    const long = JSON.stringify({ scenarios: Array.from({ length: 3000 }, (_, i) => ({ name: `Scenario _x${i}_`, lpik: 3.5 })) });
    await host.writeStore('scenarios', long);
    const reopened = await open(await host.toBuffer());
    const back = await reopened.readStore('scenarios');
    expect(back?.length).toBe(long.length);
    expect(back === long).toBe(true);
    expect((await reopened.readWorkbook()).sheets.map((s) => s.name)).not.toContain('Periodkoll_data');
    await reopened.writeStore('scenarios', undefined);
    expect(await reopened.readStore('scenarios')).toBeUndefined();
    expect((await reread(reopened)).worksheets.map((w) => w.name)).not.toContain('Periodkoll_data');
  });
});
