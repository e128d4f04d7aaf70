/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Finding } from '../../src/core/findings/finding';
import { sheetFromGrid, type Cell, type Workbook } from '../../src/core/model/workbook';
import { highlightsFor } from '../../src/standalone/highlights';
import { ROW_HEIGHT } from '../../src/standalone/previewLayout';
import { previewMarks, type PreviewMarks } from '../../src/standalone/previewMarks';
import { SheetPreview, type SelectedCell } from '../../src/standalone/SheetPreview';

const num = (value: number, numberFormat?: string): Cell => ({ value, type: 'number', ...(numberFormat ? { numberFormat } : {}) });
const text = (value: string): Cell => ({ value, type: 'text' });

const INJECTION = '<img src=x onerror=alert(1)>';

function reportWorkbook(): Workbook {
  const drift = sheetFromGrid('Driftredovisning', [
    [text('Driftredovisning'), null, null, null],
    [text('Verksamhet'), text('Budget'), text('Utfall'), text('Relation')],
    [text('Kultur'), num(-12.5, '0.0'), num(-11.25, '0.0'), num(0.9, '0%')],
    [text('Bibliotek'), num(1234567, '#,##0'), num(2, '0.0'), { value: '#DIV/0!', type: 'error', formula: '=B4/0' }],
    [text(INJECTION), null, null, null],
  ]);
  const notes = sheetFromGrid('Anteckningar', [[text('Inget att se')]]);
  return { name: 'rapport.xlsx', sheets: [drift, notes] };
}

function bigWorkbook(rows: number): Workbook {
  const grid: Cell[][] = [];
  for (let r = 1; r <= rows; r++) grid.push([text(`Rad ${r}`), num(r, '0')]);
  return { name: 'stor.xlsx', sheets: [sheetFromGrid('Stort', grid)] };
}

const finding = (sheet: string, cell: string, severity: Finding['severity']): Finding => ({
  rule: 'sum.row-total',
  severity,
  sheet,
  cell,
  message: `Fynd i ${cell}`,
});

function Harness(props: { workbook: Workbook; findings?: Finding[]; marks?: PreviewMarks; selected?: SelectedCell; sheet?: string }) {
  const [sheet, setSheet] = useState(props.sheet ?? props.workbook.sheets[0].name);
  return (
    <FluentProvider theme={webLightTheme}>
      <SheetPreview
        workbook={props.workbook}
        activeSheet={props.selected?.sheet ?? sheet}
        onActivateSheet={setSheet}
        highlights={highlightsFor(props.findings ?? [])}
        marks={props.marks}
        selected={props.selected}
      />
    </FluentProvider>
  );
}

const cellEl = (address: string) => document.querySelector<HTMLElement>(`[data-cell="${address}"]`);

describe('SheetPreview', () => {
  it('shows column letters, row numbers and cells as Swedish Excel displays them', () => {
    render(<Harness workbook={reportWorkbook()} />);
    const grid = screen.getByRole('grid');
    expect(within(grid).getByRole('columnheader', { name: 'D' })).toBeTruthy();
    expect(within(grid).getByRole('rowheader', { name: '5' })).toBeTruthy();
    expect(cellEl('B3')?.textContent).toBe('\u221212,5');
    expect(cellEl('B4')?.textContent).toBe('1\u00A0234\u00A0567');
    expect(cellEl('D3')?.textContent).toBe('90\u00A0%');
    expect(cellEl('D4')?.textContent).toBe('#DIVISION/0!');
  });

  it('colours error cells red and warning cells amber, an error outranking a warning', () => {
    const findings = [
      finding('Driftredovisning', 'D4', 'error'),
      finding('Driftredovisning', 'C3', 'warning'),
      finding('Driftredovisning', 'D4', 'warning'),
      finding('Driftredovisning', 'A1', 'info'),
    ];
    render(<Harness workbook={reportWorkbook()} findings={findings} />);
    expect(cellEl('D4')?.dataset.severity).toBe('error');
    expect(cellEl('C3')?.dataset.severity).toBe('warning');
    expect(cellEl('A1')?.dataset.severity).toBeUndefined();
    expect(cellEl('B3')?.dataset.severity).toBeUndefined();
    // Colours differ between the two severities and from a plain cell.
    const classes = (a: string) => cellEl(a)!.className;
    expect(new Set([classes('D4'), classes('C3'), classes('B3')]).size).toBe(3);
    // The tab says how many findings the sheet has.
    expect(screen.getByRole('tab', { name: /Driftredovisning – 1 fel, 1 varning/ })).toBeTruthy();
  });

  it('renders markup in a cell as text: no element is created and nothing runs', () => {
    const alert = jest.fn();
    window.alert = alert;
    render(<Harness workbook={reportWorkbook()} />);
    const cell = cellEl('A5')!;
    expect(cell.textContent).toBe(INJECTION);
    expect(cell.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  it('switches sheets from the tabs', async () => {
    const user = userEvent.setup();
    render(<Harness workbook={reportWorkbook()} />);
    await user.click(screen.getByRole('tab', { name: 'Anteckningar' }));
    expect(cellEl('A1')?.textContent).toBe('Inget att se');
    expect(screen.getByRole('region', { name: 'Bladet Anteckningar' })).toBeTruthy();
  });

  it('renders only the rows in view of a big sheet', () => {
    render(<Harness workbook={bigWorkbook(20_000)} />);
    expect(cellEl('A1')).not.toBeNull();
    expect(cellEl('A5000')).toBeNull();
    expect(document.querySelectorAll('tbody tr').length).toBeLessThan(200);
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('20001');
  });

  it('scrolls the selected cell into view and outlines it', () => {
    const workbook = bigWorkbook(20_000);
    const findings = [finding('Stort', 'B15000', 'error')];
    const { rerender } = render(<Harness workbook={workbook} findings={findings} />);
    expect(cellEl('B15000')).toBeNull();

    act(() => {
      rerender(<Harness workbook={workbook} findings={findings} selected={{ sheet: 'Stort', cell: 'B15000' }} />);
    });
    const cell = cellEl('B15000')!;
    expect(cell).not.toBeNull();
    expect(cell.getAttribute('aria-selected')).toBe('true');
    expect(cell.dataset.severity).toBe('error');
    expect(document.querySelectorAll('[aria-selected="true"][data-cell]').length).toBe(1);
    const scroller = screen.getByTestId('sheet-preview');
    const expectedTop = 14_999 * ROW_HEIGHT;
    expect(scroller.scrollTop).toBeGreaterThan(expectedTop - 600);
    expect(scroller.scrollTop).toBeLessThanOrEqual(expectedTop);
    // A cell that is only a finding, not the selection, is not outlined.
    expect(cellEl('A15000')?.getAttribute('aria-selected')).toBeNull();

    // The user scrolls away; choosing the same finding again brings it back.
    act(() => {
      scroller.scrollTop = 0;
      fireEvent.scroll(scroller);
    });
    expect(cellEl('B15000')).toBeNull();
    act(() => {
      rerender(<Harness workbook={workbook} findings={findings} selected={{ sheet: 'Stort', cell: 'B15000' }} />);
    });
    expect(cellEl('B15000')?.getAttribute('aria-selected')).toBe('true');
  });

  it('brings the selected cell into the page too, after the grid has drawn it', () => {
    // On a narrow screen the pane is below the preview: the page must scroll up to the cell.
    const scrolled: Array<{ element: string | null; options: unknown }> = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
      scrolled.push({ element: this.getAttribute('data-cell') ?? this.getAttribute('data-testid'), options });
    };
    try {
      const workbook = bigWorkbook(20_000);
      const { rerender } = render(<Harness workbook={workbook} />);
      expect(scrolled).toEqual([]);
      act(() => {
        rerender(<Harness workbook={workbook} selected={{ sheet: 'Stort', cell: 'B15000' }} />);
      });
      expect(scrolled.map((s) => s.element)).toEqual(['sheet-preview', 'B15000']);
      expect(scrolled[1].options).toEqual({ block: 'nearest', inline: 'nearest' });
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('shows the marks the downloaded copy gets: its fill, and its note as tooltip and description', () => {
    const note = 'Periodkoll (error-value.cell): #DIVISION/0! i D4.';
    const marks = previewMarks([{ sheet: 'Driftredovisning', cell: 'D4', fill: 'FF0000', note }]);
    render(<Harness workbook={reportWorkbook()} findings={[finding('Driftredovisning', 'D4', 'error')]} marks={marks} />);
    const d4 = cellEl('D4')!;
    expect(d4.dataset.mark).toBe('FF0000');
    expect(d4.style.backgroundColor).toBe('rgb(255, 0, 0)');
    expect(d4.title).toBe(`#DIVISION/0!\n${note}`);
    expect(d4.getAttribute('aria-label')).toBe(`D4: fel. #DIVISION/0!. Anteckning: ${note}`);
    // An unmarked cell keeps the page's own finding colour only.
    expect(cellEl('C4')?.dataset.mark).toBeUndefined();
  });

  it('gives every filled cell its full text as tooltip, for text cut at the column edge', () => {
    render(<Harness workbook={reportWorkbook()} />);
    expect(cellEl('B4')?.title).toBe('1\u00A0234\u00A0567');
    expect(cellEl('A3')?.title).toBe('Kultur');
    expect(cellEl('B1')?.title).toBe('');
  });

  it('follows a selection on another sheet', () => {
    const workbook = reportWorkbook();
    render(<Harness workbook={workbook} selected={{ sheet: 'Anteckningar', cell: 'A1' }} />);
    expect(screen.getByRole('tab', { name: 'Anteckningar', selected: true })).toBeTruthy();
    expect(cellEl('A1')?.getAttribute('aria-selected')).toBe('true');
  });

  it('says when a sheet is empty', () => {
    const workbook: Workbook = { name: 'tom.xlsx', sheets: [sheetFromGrid('Tomt', [])] };
    render(<Harness workbook={workbook} />);
    expect(screen.getByText('Bladet är tomt.')).toBeTruthy();
  });
});
