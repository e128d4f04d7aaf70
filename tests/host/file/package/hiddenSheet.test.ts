import ExcelJS from 'exceljs';
import { PackagePatch } from '../../../../src/host/file/package/packagePatch';
import { writeHiddenSheet } from '../../../../src/host/file/package/hiddenSheet';
import { MARK_BACKUP_SHEET, readMarkBackups } from '../../../../src/host/file/markBackupSheet';
import { asExcelJsBuffer, toBytes } from '../xlsxFixtures';

const HEADER = ['Periodkoll markeringar', 1, 'Ändra inte.'];
const record = (note: string) => ['Drift', 'B2', JSON.stringify({ before: { fill: null, note: null }, mark: { fill: 'FFFF0000', note } })];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelJsBuffer(bytes));
  return wb;
}

describe('hidden sheets written into the package', () => {
  it('adds a veryHidden sheet that the mark backup reader understands, then replaces it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Drift').getCell('B2').value = 3;
    wb.addWorksheet('Invest', { state: 'hidden' });
    const pkg = await PackagePatch.open(await toBytes(wb));
    const part = await writeHiddenSheet(pkg, MARK_BACKUP_SHEET, [HEADER, record('fel & <mer>')]);
    expect(part).toBe('xl/worksheets/sheet3.xml');
    const first = await pkg.write();
    const loaded = await load(first);
    expect(loaded.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Drift', 'visible'],
      ['Invest', 'hidden'],
      [MARK_BACKUP_SHEET, 'veryHidden'],
    ]);
    expect(readMarkBackups(loaded).get('Drift!B2')?.mark.note).toBe('fel & <mer>');

    const again = await PackagePatch.open(first);
    expect(await writeHiddenSheet(again, MARK_BACKUP_SHEET, [HEADER])).toBe(part);
    expect(again.changed()).toEqual([part]);
    const replaced = await load(await again.write());
    expect(replaced.worksheets).toHaveLength(3);
    expect(readMarkBackups(replaced).size).toBe(0);
  });
});
