/**
 * Every `periodkoll index` example in README.md works as written, in order, on a fresh install
 * (an empty store), answering "j" where the command asks. lpik.xlsx is an SKR-shaped table written
 * here: years across, Utfall/Prognos marks (2025 2,9 % is a scenario value, DOMAIN §1).
 */
import { readFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

function readmeIndexExamples(): string[][] {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const lines = readme.split('\n').filter((l) => l.startsWith('npx periodkoll index'));
  // Split on spaces outside double quotes, as a shell would.
  return lines.map((l) => [...l.slice('npx periodkoll '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]));
}

async function writeLpikTable(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('LPIK');
  ws.addRow(['Landstingsprisindex (LPIK), förändring i procent – testtabell 2025-10-02']);
  ws.addRow(['', 2024, 2025]);
  ws.addRow(['', 'Utfall', 'Prognos']);
  ws.addRow(['LPIK', 3.5, 2.9]);
  await wb.xlsx.writeFile(path);
}

describe('README index examples', () => {
  const examples = readmeIndexExamples();

  it('there are examples for computing, importing, adding, listing and removing', () => {
    const flags = examples.map((args) => args[1]);
    expect(flags).toEqual(expect.arrayContaining(['--series', '--import', '--add', '--list', '--remove']));
  });

  it('each runs with exit 0, in order', async () => {
    process.env.PERIODKOLL_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'pk-readme-'));
    const dir = mkdtempSync(join(tmpdir(), 'pk-readme-files-'));
    await writeLpikTable(join(dir, 'lpik.xlsx'));
    for (const args of examples) {
      let err = '';
      const resolved = args.map((a) => (a.endsWith('.xlsx') ? join(dir, a) : a));
      const code = await main(resolved, { stdout: () => undefined, stderr: (t) => (err += t), confirm: async () => true });
      expect({ command: args.join(' '), code, err }).toEqual({ command: args.join(' '), code: 0, err: '' });
    }
  });
});
