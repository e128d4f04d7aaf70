import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FileWorkbookHost } from '../../../src/host/file/fileHost';
import * as markedPackageModule from '../../../src/host/file/markedPackage';
import { asExcelJsBuffer, toBytes, workbookWithPicture } from './xlsxFixtures';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(entry.name, Buffer.from(await entry.async('uint8array')).toString('base64'));
  return out;
}

function twoSheets(): ExcelJS.Workbook {
  const wb = workbookWithPicture();
  const ws = wb.addWorksheet('Drift');
  ws.getCell('B2').value = 7;
  ws.getCell('C3').value = 8;
  return wb;
}

describe('FileWorkbookHost: a copy with only marks patches the original file', () => {
  it('keeps the picture and every part it does not write, and opens on the sheet last shown', async () => {
    const original = await toBytes(twoSheets());
    const host = await FileWorkbookHost.open(original, 'logga.xlsx');
    await host.selectCell('Drift', 'B2');
    await host.writeMarks([
      { sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' },
      { sheet: 'Drift', cell: 'C3', severity: 'warning', note: 'varning' },
    ]);
    const copy = await host.toBuffer();
    const [before, after] = [await parts(original), await parts(copy)];
    const changed = [...before.keys()].filter((p) => after.get(p) !== before.get(p)).sort();
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet2.xml'].filter((p) => before.has(p)));
    expect([...after.keys()].filter((p) => p.startsWith('xl/media/'))).toHaveLength(1);

    const reopened = await FileWorkbookHost.open(copy, 'logga.xlsx');
    expect(reopened.lostDrawings).toBe(false);
    expect(await reopened.hasMarks()).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(asExcelJsBuffer(copy));
    expect(wb.views[0].activeTab).toBe(1);
    expect(wb.getWorksheet('Drift')!.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });

    expect(await parts(await reopened.toBuffer())).toEqual(after);
    // Clearing marks stored in the file still goes through ExcelJS, which drops the picture.
    expect(await reopened.clearMarks()).toEqual({ restored: 2 });
    expect(reopened.lostDrawings).toBe(true);
  });

  it('gives back the file unchanged when marks are cleared in the same session', async () => {
    const original = await toBytes(twoSheets());
    const host = await FileWorkbookHost.open(original, 'logga.xlsx');
    await host.writeMarks([{ sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' }]);
    await host.clearMarks();
    expect(await parts(await host.toBuffer())).toEqual(await parts(original));
  });

  it('writes the copy with ExcelJS when the package cannot be patched', async () => {
    const spy = jest.spyOn(markedPackageModule, 'markedPackage').mockRejectedValueOnce(new Error('unexpected XML'));
    try {
      const host = await FileWorkbookHost.open(await toBytes(twoSheets()), 'logga.xlsx');
      await host.writeMarks([{ sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' }]);
      expect(host.lostDrawings).toBe(false);
      const copy = await host.toBuffer();
      expect(host.lostDrawings).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(asExcelJsBuffer(copy));
      expect(wb.getWorksheet('Drift')!.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    } finally {
      spy.mockRestore();
    }
  });
});
