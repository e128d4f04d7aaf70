/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { FileWorkbookHost } from '../../src/host/file/fileHost';
import { OFFICE_JS_MISSING } from '../../src/standalone/officeJsMissing';
import { StandaloneApp, type StandaloneHost } from '../../src/standalone/StandaloneApp';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

const EXAMPLE = join(__dirname, '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
const FIXED_NOW = new Date(2025, 7, 12, 9, 30);

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** A File whose bytes jsdom can hand back (older jsdom lacks Blob.arrayBuffer). */
function xlsxFile(bytes: Uint8Array, name: string): File {
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => toArrayBuffer(bytes) });
  return file;
}

function renderApp(opened: StandaloneHost[] = []) {
  // The file dialog's filter (accept) can be switched to "all files", so a .csv can arrive.
  const user = userEvent.setup({ applyAccept: false });
  const openWorkbook = async (data: ArrayBuffer, name: string) => {
    const host = await FileWorkbookHost.open(data, name);
    opened.push(host);
    return host;
  };
  const fetchExample = async () => toArrayBuffer(readFileSync(EXAMPLE));
  render(<StandaloneApp openWorkbook={openWorkbook} fetchExample={fetchExample} now={() => FIXED_NOW} />);
  return { user, opened };
}

const cellEl = (address: string) => document.querySelector<HTMLElement>(`[data-cell="${address}"]`);

describe('StandaloneApp', () => {
  it('says so when Excel opened the pane but office.js could not be fetched', () => {
    render(<StandaloneApp initialMessage={OFFICE_JS_MISSING} />);
    expect(screen.getByText('Periodkoll når inte arbetsboken i Excel')).toBeTruthy();
    expect(screen.getByText(/appsforoffice\.microsoft\.com/)).toBeTruthy();
  });

  it('tells the user that nothing is uploaded, before and after opening a file', async () => {
    const { user } = renderApp();
    expect(screen.getByText('Filen läses bara i din webbläsare – inget laddas upp.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Öppna exempel' }));
    await screen.findByRole('button', { name: 'Validera arbetsboken' });
    expect(screen.getByText('Filen läses bara i din webbläsare – inget laddas upp.')).toBeTruthy();
  });

  it('opens the example, validates, highlights the #DIVISION/0! and follows a finding click', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Öppna exempel' }));
    await user.click(await screen.findByRole('button', { name: 'Validera arbetsboken' }));

    const finding = await screen.findByRole('button', { name: /^Fel i Driftredovisning D8: / });
    await waitFor(() => expect(screen.getByRole('tab', { name: /Driftredovisning – 1 fel/ })).toBeTruthy());
    await user.click(finding);

    await waitFor(() => expect(cellEl('D8')?.getAttribute('aria-selected')).toBe('true'));
    expect(cellEl('D8')?.dataset.severity).toBe('error');
    expect(cellEl('D8')?.textContent).toBe('#DIVISION/0!');
    expect(screen.getByRole('tab', { name: /Driftredovisning/, selected: true })).toBeTruthy();
  });

  it('links the help page from the page header, in a new tab, before any file is open', () => {
    renderApp();
    const help = screen.getByRole('link', { name: 'Hjälp (öppnas i en ny flik)' });
    expect(help.getAttribute('href')).toBe('help.html');
    expect(help.getAttribute('target')).toBe('_blank');
    expect(help.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens a dropped file', async () => {
    renderApp();
    const file = xlsxFile(readFileSync(EXAMPLE), 'släppt.xlsx');
    const root = screen.getByText('Släpp en arbetsbok här').closest('div')!;
    fireEvent.drop(root, { dataTransfer: { files: [file], types: ['Files'] } });
    expect((await screen.findAllByText('släppt.xlsx')).length).toBeGreaterThan(0);
    await screen.findByRole('button', { name: 'Validera arbetsboken' });
  });

  it('shows cell text that looks like HTML as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = '<img src=x onerror=alert(1)>';
    ws.getCell('B2').value = 42;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { user } = renderApp();
    await user.upload(screen.getByTestId('file-input'), xlsxFile(bytes, 'elak.xlsx'));
    await waitFor(() => expect(cellEl('A1')?.textContent).toBe('<img src=x onerror=alert(1)>'));
    expect(document.querySelector('td img')).toBeNull();
  });

  it('gives the reader\'s Swedish message for a bad file and changes nothing else', async () => {
    const { user, opened } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Öppna exempel' }));
    await screen.findByRole('button', { name: 'Validera arbetsboken' });

    const csv = new Uint8Array(Buffer.from('Konto;Belopp\n3010;100\n', 'utf8'));
    await user.upload(screen.getByTestId('file-input'), xlsxFile(csv, 'export.csv'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/textfil \(\.csv\)/)).toBeTruthy();
    // The example stays open, with its pane.
    expect(opened).toHaveLength(1);
    expect(screen.getAllByText('periodrapport-kultur-2025.xlsx').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Validera arbetsboken' })).toBeTruthy();
  });

  it('downloads the marked copy under "<name> (markerad).xlsx" with the marks in it', async () => {
    const created: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:periodkoll-test';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    const { user, opened } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Öppna exempel' }));
    await user.click(await screen.findByRole('button', { name: 'Validera arbetsboken' }));
    // Followed, so the preview shows Driftredovisning.
    await user.click(await screen.findByRole('button', { name: /^Fel i Driftredovisning D8: / }));
    // Nothing marked or written yet: nothing to download, and the button says why.
    const download = screen.getByRole('button', { name: 'Ladda ner markerad kopia' });
    expect(download.getAttribute('aria-disabled')).toBe('true');
    expect(download.title).toMatch(/^Inget att ladda ner ännu: markera cellerna/);
    await user.click(screen.getByRole('button', { name: 'Markera i arbetsboken' }));
    await waitFor(async () => expect(await opened[0].hasMarks()).toBe(true));
    await waitFor(() => expect(download.getAttribute('aria-disabled')).toBeNull());
    // The preview shows the mark as the copy has it: Excel's red fill and the note.
    await waitFor(() => expect(cellEl('D8')?.dataset.mark).toBe('FF0000'));
    expect(cellEl('D8')?.title).toMatch(/^#DIVISION\/0!\nPeriodkoll \(error-value\.cell\): /);

    await user.click(download);
    await waitFor(() => expect(names).toEqual(['periodrapport-kultur-2025 (markerad).xlsx']));
    expect(created[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await screen.findByText(/Kopian sparas som ”periodrapport-kultur-2025 \(markerad\)\.xlsx”/)).toBeTruthy();

    const copy = new ExcelJS.Workbook();
    const bytes = await opened[0].toBuffer();
    await copy.xlsx.load(bytes as unknown as Parameters<typeof copy.xlsx.load>[0]);
    const d8 = copy.getWorksheet('Driftredovisning')!.getCell('D8');
    expect(d8.note).toBeTruthy();
    expect((d8.fill as ExcelJS.FillPattern | undefined)?.pattern).toBe('solid');
    click.mockRestore();
    // Validating, marking and writing the copy with ExcelJS in jsdom takes long on a loaded machine.
  }, 180_000);
});
