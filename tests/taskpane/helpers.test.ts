import type { Finding } from '../../src/core/findings/finding';
import { HostError } from '../../src/host/port';
import { messageForError } from '../../src/taskpane/errorMessage';
import { findingFigures } from '../../src/core/findings/findingFigures';
import { applyFilter, SHOW_ALL } from '../../src/taskpane/findingFilter';
import { groupFindings } from '../../src/taskpane/groupFindings';
import { themeFromOffice } from '../../src/taskpane/officeTheme';
import { progressText } from '../../src/taskpane/ProgressStatus';
import { clearResultMessage, markResultMessage } from '../../src/taskpane/useMarks';
import { severityCount } from '../../src/core/findings/severityWords';
import { tableKindName } from '../../src/core/tables/tableKindName';
import { doneAnnouncement } from '../../src/taskpane/words';

const NBSP = '\u00A0';
const f = (x: Partial<Finding>): Finding => ({ rule: 'sum.row-total', severity: 'error', sheet: 'Blad', cell: 'A1', message: 'm', ...x });

describe('themeFromOffice', () => {
  it.each([
    ['#FFFFFF', 'light'],
    ['#fff', 'light'],
    ['#E6E6E6', 'light'],
    ['#262626', 'dark'],
    ['#000', 'dark'],
    ['#444444', 'dark'],
    ['1f1f1f', 'dark'],
    [undefined, 'light'],
    ['', 'light'],
    ['red', 'light'],
  ])('%s → %s', (color, theme) => {
    expect(themeFromOffice(color)).toBe(theme);
  });
});

describe('findingFigures', () => {
  it('shows the decimals the tolerance implies', () => {
    expect(findingFigures(f({ expected: 34, found: 35, tolerance: 0.15 }))).toEqual([
      { label: 'Förväntat', text: '34,0' },
      { label: 'Funnet', text: '35,0' },
      { label: 'Tolerans', text: '±0,15' },
    ]);
  });

  it('uses a real minus sign and no-break thousands', () => {
    expect(findingFigures(f({ expected: -1234.5, found: -101.3, tolerance: 0.2 })).map((x) => x.text)).toEqual([
      `\u22121${NBSP}234,5`,
      '\u2212101,3',
      '±0,2',
    ]);
  });

  it('shows whole kronor when the tolerance is half a unit', () => {
    expect(findingFigures(f({ expected: 1234, found: 1240, tolerance: 0.5 })).map((x) => x.text)).toEqual([
      `1${NBSP}234`,
      `1${NBSP}240`,
      '±0,5',
    ]);
  });

  it('keeps the values\' own decimals and hides float noise', () => {
    expect(findingFigures(f({ expected: -8.8, found: 8.8, tolerance: 0 })).map((x) => x.text)).toEqual(['\u22128,8', '8,8', '±0']);
    expect(findingFigures(f({ expected: 0.1 + 0.2 })).map((x) => x.text)).toEqual(['0,3']);
  });

  it('is empty for a finding without figures', () => {
    expect(findingFigures(f({}))).toEqual([]);
  });
});

describe('words', () => {
  it('counts in Swedish', () => {
    expect(severityCount('error', 1)).toBe('1 fel');
    expect(severityCount('error', 2)).toBe('2 fel');
    expect(severityCount('warning', 1)).toBe('1 varning');
    expect(severityCount('warning', 0)).toBe('0 varningar');
    expect(doneAnnouncement({ error: 2, warning: 1, info: 0 })).toBe('Klar: 2 fel, 1 varning');
    expect(doneAnnouncement({ error: 0, warning: 3, info: 1 })).toBe('Klar: 0 fel, 3 varningar, 1 info');
  });

  it('names table kinds in Swedish', () => {
    expect(tableKindName('resultatrapport')).toBe('Resultatrapport');
    expect(tableKindName('arsarbetare')).toBe('Årsarbetare');
    expect(tableKindName('sjukfranvaro')).toBe('Sjukfrånvaro');
    expect(tableKindName('nyttslag')).toBe('Nyttslag');
  });

  it('says which sheet is being read', () => {
    expect(progressText({ phase: 'reading', done: 0, total: 0 })).toBe('Läser arbetsboken …');
    expect(progressText({ phase: 'reading', done: 2, total: 12 })).toBe('Läser blad 3 av 12 …');
    expect(progressText({ phase: 'reading', done: 12, total: 12 })).toBe('Läser blad 12 av 12 …');
    expect(progressText({ phase: 'checking' })).toBe('Kontrollerar …');
  });
});

describe('filter and grouping', () => {
  const findings = [
    f({ sheet: 'A', cell: 'B2', severity: 'error', message: 'Summan stämmer inte' }),
    f({ sheet: 'A', cell: 'C3', severity: 'warning', rule: 'number-text.stored-as-text', message: 'text' }),
    f({ sheet: 'B', cell: 'D6', severity: 'error', rule: 'error-value.cell', message: '#DIVISION/0!' }),
  ];

  it('filters by severity and by text over message, cell, sheet!cell, rule id and title', () => {
    expect(applyFilter(findings, { ...SHOW_ALL, severities: new Set(['error']) }).map((x) => x.cell)).toEqual(['B2', 'D6']);
    expect(applyFilter(findings, { ...SHOW_ALL, text: 'SUMMAN' }).map((x) => x.cell)).toEqual(['B2']);
    expect(applyFilter(findings, { ...SHOW_ALL, text: ' b!d6 ' }).map((x) => x.cell)).toEqual(['D6']);
    expect(applyFilter(findings, { ...SHOW_ALL, text: 'felvärde i cell' }).map((x) => x.cell)).toEqual(['D6']);
  });

  it('groups by sheet in report order, then severity', () => {
    const groups = groupFindings([findings[1], findings[2], findings[0]]);
    expect(groups.map((g) => [g.sheet, g.groups.map((s) => `${s.severity}:${s.findings.length}`)])).toEqual([
      ['A', ['error:1', 'warning:1']],
      ['B', ['error:1']],
    ]);
  });
});

describe('messages', () => {
  it('summarises a mark result, skipped cells grouped by reason and sheet', () => {
    expect(markResultMessage({ marked: 1, skipped: [] })).toEqual({ intent: 'success', text: '1 cell markerad.' });
    const m = markResultMessage({
      marked: 0,
      skipped: [
        { sheet: 'X', cell: 'A1', reason: 'Bladet är skyddat.' },
        { sheet: 'X', cell: 'A2', reason: 'Bladet är skyddat.' },
        { sheet: 'Y', cell: 'B1', reason: 'Bladet är skyddat.' },
        { sheet: 'Y', cell: 'B2', reason: 'Cellen är sammanfogad.' },
      ],
    });
    expect(m.intent).toBe('warning');
    expect(m.title).toBe('0 celler markerade, 4 celler kunde inte markeras.');
    expect(m.details).toEqual(['X A1, A2; Y B1: Bladet är skyddat.', 'Y B2: Cellen är sammanfogad.']);
  });

  it('shows the host\'s notice about a mark as a warning', () => {
    expect(markResultMessage({ marked: 2, skipped: [], notice: 'Bara färg.' })).toEqual({ intent: 'warning', title: '2 celler markerade.', text: 'Bara färg.' });
    const m = markResultMessage({ marked: 1, skipped: [{ sheet: 'X', cell: 'A1', reason: 'Skyddat.' }], notice: 'Bara färg.' });
    expect(m.text).toBe('Bara färg. Följande celler hoppades över:');
  });

  it('says how many cells a clear restored, and warns with the host\'s notice when some marks stayed', () => {
    expect(clearResultMessage({ restored: 2 })).toEqual({ intent: 'success', text: 'Markeringarna är borttagna; 2 celler återställda.' });
    expect(clearResultMessage({ restored: 1, notice: 'En cell förblir markerad.' })).toEqual({ intent: 'warning', title: '1 cell återställd.', text: 'En cell förblir markerad.' });
  });

  it('keeps a host\'s Swedish message and words anything else in Swedish', () => {
    expect(messageForError(new HostError('protected', 'Bladet är skyddat.'), 'markera')).toEqual({ intent: 'warning', text: 'Bladet är skyddat.' });
    expect(messageForError(new HostError('no-workbook', 'Ingen arbetsbok.'), 'läsa')).toEqual({ intent: 'error', text: 'Ingen arbetsbok.' });
    const readError = Object.assign(new Error('Filen är krypterad.'), { name: 'WorkbookReadError' });
    expect(messageForError(readError, 'läsa arbetsboken')).toEqual({ intent: 'error', text: 'Filen är krypterad.' });
    const other = messageForError('boom', 'läsa arbetsboken');
    expect(other.intent).toBe('error');
    expect(other.title).toBe('Det gick inte att läsa arbetsboken.');
    expect(other.details).toBeUndefined();
  });
});
