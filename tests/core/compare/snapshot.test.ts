import { join } from 'path';
import { compareWithSnapshot, compareWorkbooks, keepSnapshot, parseSnapshots, takeSnapshot, type FigureSnapshot } from '../../../src/core/compare';
import { validateWorkbook } from '../../../src/core';
import type { Workbook } from '../../../src/core/model/workbook';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';
import { augustFrom, PLANTED_CHANGES } from '../../helpers/augustReport';
import { cloneWorkbook } from '../../helpers/nextMonth';

const JULY = join(__dirname, '..', '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');

let july: Workbook;
let snapshot: FigureSnapshot;
beforeAll(async () => {
  july = await readWorkbookFile(JULY);
  snapshot = takeSnapshot(july, validateWorkbook(july), '2025-08-05T09:30:00.000Z');
});

function retitled(wb: Workbook, title: string): Workbook {
  const copy = cloneWorkbook(wb);
  Object.assign(copy.sheets[0].rows[1]![0]!, { value: title });
  return copy;
}

describe('the figures kept in the workbook at each validation', () => {
  it('keeps only the recognised tables’ cells and names the period', () => {
    expect(snapshot.period).toBe('januari–juli 2025');
    const text = JSON.stringify(snapshot);
    // The real July report: a few kB, far below the 2 MB Excel's settings hold.
    expect(text.length).toBeLessThan(40_000);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Resultatrapport', 'Driftredovisning', 'Handlingsplan', 'Personal']);
    expect(snapshot.findings.map((f) => [f.rule, f.sheet, f.cell])).toContainEqual(['error-value.cell', 'Driftredovisning', 'D8']);
  });

  it('compares a report with its own snapshot as with itself: nothing', () => {
    const kept = parseSnapshots(JSON.stringify([snapshot]));
    const result = compareWithSnapshot(kept, retitled(july, 'Kulturnämnden, januari–augusti 2025'))!;
    expect(result.snapshot.takenAt).toBe('2025-08-05T09:30:00.000Z');
    expect(result.comparison.findings).toEqual([]);
    expect(result.comparison.newFindings).toEqual([]);
    expect(result.comparison.resolvedFindings).toEqual([]);
  });

  it('finds against the snapshot what it finds against the file', () => {
    const august = augustFrom(july);
    const fromSnapshot = compareWithSnapshot([snapshot], august)!.comparison;
    const fromFile = compareWorkbooks(july, august);
    const plain = (c: typeof fromFile) => c.findings.map((f) => [f.rule, f.severity, f.cell, f.previousCell, f.previous, f.found, f.message]);
    expect(plain(fromSnapshot)).toEqual(plain(fromFile));
    expect(fromSnapshot.findings.map((f) => [f.rule, f.cell])).toEqual(PLANTED_CHANGES);
    expect(fromSnapshot.newFindings).toEqual(fromFile.newFindings);
  });

  it('keeps this month’s newest snapshot and last month’s, and compares with last month’s', () => {
    const augustFirst = takeSnapshot(retitled(july, 'Kulturnämnden, januari–augusti 2025'), validateWorkbook(july), '2025-09-03T08:00:00.000Z');
    const augustAgain = { ...augustFirst, takenAt: '2025-09-04T08:00:00.000Z' };
    let kept = keepSnapshot([], snapshot);
    kept = keepSnapshot(kept, augustFirst);
    kept = keepSnapshot(kept, augustAgain);
    expect(kept.map((s) => [s.period, s.takenAt])).toEqual([
      ['januari–augusti 2025', '2025-09-04T08:00:00.000Z'],
      ['januari–juli 2025', '2025-08-05T09:30:00.000Z'],
    ]);
    // Validating August again must not make August its own last month.
    expect(compareWithSnapshot(kept, retitled(july, 'Kulturnämnden, januari–augusti 2025'))!.snapshot.period).toBe('januari–juli 2025');
  });

  it('treats a damaged store as empty, never half-read', () => {
    expect(parseSnapshots('{inte json')).toEqual([]);
    expect(parseSnapshots(JSON.stringify([{ version: 2 }, { version: 1, takenAt: 'x', sheets: 'nej', findings: [] }]))).toEqual([]);
    expect(compareWithSnapshot([], july)).toBeUndefined();
  });
});
