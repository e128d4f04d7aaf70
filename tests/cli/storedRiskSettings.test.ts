/**
 * The risk scale and bands the pane saves in the workbook are used by `periodkoll check` too, so
 * the pane, the stand-alone page and the command line colour the same plan the same way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/checkFiles';
import { FileWorkbookHost } from '../../src/host/file/fileHost';

const MATRIX = join(__dirname, '..', 'fixtures', 'ikplan', 'ikplan-riskmatris-2025.xlsx');
const FIVE_BY_FIVE = { scale: 5, bands: { green: [1, 4], yellow: [5, 12], red: [15, 25] } };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'periodkoll-stored-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withStore(value: string | undefined): Promise<string> {
  const host = await FileWorkbookHost.open(readFileSync(MATRIX), 'ikplan.xlsx');
  if (value !== undefined) await host.writeStore('internalControl', value);
  const path = join(dir, `ikplan-${value === undefined ? 'plain' : value.length}.xlsx`);
  writeFileSync(path, await host.toBuffer());
  return path;
}

async function summaryOf(path: string, settings = {}) {
  const [result] = await checkFiles([{ file: path }], { internalControl: { asOf: '2025-08-31' }, ...settings });
  return result.report!.internalControl!;
}

test('a 5 × 5 matrix saved in the workbook is what the command line checks against', async () => {
  expect((await summaryOf(await withStore(undefined))).scale).toBe(4);
  const stored = await summaryOf(await withStore(JSON.stringify(FIVE_BY_FIVE)));
  expect(stored.scale).toBe(5);
  expect(stored.risks.byBand).toEqual({ green: 2, yellow: 5, red: 0, unassessed: 0 });
});

test('settings given on the command line win over the stored ones; a damaged store is ignored', async () => {
  const path = await withStore(JSON.stringify(FIVE_BY_FIVE));
  expect((await summaryOf(path, { internalControl: { asOf: '2025-08-31', scale: 4 } })).scale).toBe(4);
  expect((await summaryOf(await withStore('{inte json'))).scale).toBe(4);
});
