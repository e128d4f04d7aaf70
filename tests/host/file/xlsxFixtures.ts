/**
 * Small workbooks built in memory with ExcelJS for the reader and CLI tests, so the tests need
 * no binary fixtures and say in code what each cell holds.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** 1×1 transparent PNG, for a workbook with a picture. */
const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** ExcelJS types its load() input as its own ArrayBuffer-like Buffer; at run time it takes any bytes. */
export function asExcelJsBuffer(bytes: Uint8Array): Parameters<ExcelJS.Xlsx['load']>[0] {
  return Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0];
}

/** One sheet with every kind of cell the reader must understand. */
export function richWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Resultat');
  ws.getCell('A1').value = 'Post';
  ws.getCell('B1').value = 'Budget';
  ws.getCell('C1').value = 'Utfall';
  ws.getCell('D1').value = 'Avvikelse';
  const data: Array<[string, number, number]> = [
    ['Intäkter', 120.5, 130.25],
    ['Personalkostnader', -80, -84.2],
    ['Övriga kostnader', -30, -30],
  ];
  data.forEach(([label, budget, utfall], i) => {
    const r = i + 2;
    ws.getCell(`A${r}`).value = label;
    ws.getCell(`B${r}`).value = budget;
    ws.getCell(`C${r}`).value = utfall;
    ws.getCell(`B${r}`).numFmt = '0.0';
  });
  // A shared formula block D2:D4 (ExcelJS writes the master once and points the others at it).
  ws.fillFormula('D2:D4', 'C2-B2', data.map(([, b, u]) => u - b));
  // A 2-D shared block with mixed absolute references: F2:G3 = B2*$B$6 copied right and down.
  ws.getCell('B6').value = 2;
  ws.fillFormula('F2:G3', 'B2*$B$6', [[241, 260.5], [-160, -168.4]]);
  ws.getCell('A5').value = 'Resultat';
  ws.getCell('B5').value = { formula: 'SUM(B2:B4)', result: 10.5 };
  ws.getCell('C5').value = { formula: 'SUM(C2:C4)', result: 16.05 };
  // Falsy cached results must survive (ExcelJS's own `cell.value` drops them).
  ws.getCell('D5').value = { formula: 'C5-C5', result: 0 };
  ws.getCell('E5').value = { formula: 'C5<0', result: false };
  ws.getCell('A7').value = 'Relation';
  ws.getCell('B7').value = { formula: 'B5/0', result: { error: '#DIV/0!' } };
  ws.getCell('C7').value = { error: '#N/A' };
  ws.getCell('D7').value = '#DIVISION/0!'; // pasted error text stays text
  ws.getCell('A8').value = { richText: [{ text: 'Fet ', font: { bold: true } }, { text: 'rubrik' }] };
  ws.getCell('B8').value = { text: 'Regionen', hyperlink: 'https://example.org/' };
  ws.getCell('C8').value = true;
  ws.getCell('D8').value = '1 234,5';
  ws.getCell('A9').value = new Date(Date.UTC(2025, 5, 30));
  ws.getCell('A9').numFmt = 'yyyy-mm-dd';
  ws.getCell('B9').value = 0.25;
  ws.getCell('B9').numFmt = '0%';
  ws.getCell('A11').value = 'Sammanfogad rubrik';
  ws.mergeCells('A11:C11');
  // An array formula over E2:E3 (the typings lack `shareType`/`ref`, which ExcelJS documents).
  ws.getCell('E2').value = { formula: 'B2:B3*2', shareType: 'array', ref: 'E2:E3', result: 241 } as ExcelJS.CellValue;
  ws.getCell('E3').value = -160;
  return wb;
}

export function hiddenAndProtectedWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Synligt').getCell('A1').value = 1;
  const hidden = wb.addWorksheet('Dolt', { state: 'hidden' });
  hidden.getCell('A1').value = 2;
  const locked = wb.addWorksheet('Skyddat');
  locked.getCell('A1').value = 3;
  wb.definedNames.add("'Synligt'!$A$1", 'Ram');
  // A low spin count keeps the password hashing fast; the reader only looks at the flag.
  return locked.protect('hemligt', { spinCount: 1 }).then(() => wb);
}

/** A workbook with a picture, so the reader's drawing handling runs on a valid drawing. */
export function workbookWithPicture(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Logga');
  ws.getCell('A5').value = 42;
  const id = wb.addImage({ base64: PNG_1X1, extension: 'png' });
  ws.addImage(id, 'A1:B3');
  return wb;
}

/**
 * Adds a drawing part ExcelJS cannot reconcile — the "userShapes" drawing a chart refers to —
 * which is what makes ExcelJS throw "reading 'anchors'" on FinalBudget.xlsx.
 */
export async function withChartShapesDrawing(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    'xl/drawings/drawing99.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<c:userShapes xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  );
  zip.file(
    'xl/drawings/_rels/drawing99.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}
