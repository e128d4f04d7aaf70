/**
 * Shared by the layout test runners (otherLayouts.test.ts, layoutClasses.test.ts): builds a
 * LayoutCase's workbook, clean or with its planted slip applied, validates it, and names findings
 * the way the cases do ("rule Sheet!A1").
 */
import { validateWorkbook } from '../../src/core/engine/validate';
import type { Finding } from '../../src/core/findings/finding';
import { buildSheet, buildWorkbook, type TestCell } from './buildSheet';
import type { LayoutCase } from './otherLayouts';

export function parseA1(a1: string): { row: number; col: number } {
  const mm = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!mm) throw new Error(`bad address ${a1}`);
  let col = 0;
  for (const ch of mm[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(mm[2]), col };
}

/** Validates the case's workbook, clean or with the slip's edits applied (each edit guarded by what the cell held). */
export function validateCase(c: LayoutCase, slipped: boolean) {
  const sheets = c.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  if (slipped) {
    for (const e of c.slip.edits) {
      const sheet = e.sheet ? sheets.find((s) => s.name === e.sheet)! : sheets[0];
      const { row, col } = parseA1(e.cell);
      while (sheet.rows.length < row) sheet.rows.push([]);
      const r = sheet.rows[row - 1];
      while (r.length < col) r.push(null);
      // Guard: the slip must replace what the clean table holds at that address.
      expect({ cell: e.cell, holds: r[col - 1] ?? null }).toEqual({ cell: e.cell, holds: e.was as TestCell });
      r[col - 1] = e.value;
    }
  }
  return validateWorkbook(buildWorkbook(...sheets.map((s) => buildSheet(s.name, s.rows, s.merges ?? []))));
}

export const findingId = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;
export const describeFinding = (f: Finding) => `${findingId(f)}: ${f.message}`;
