import { differenceClause, fmt, makeFinding, tidy } from '../check/mismatch';
import type { Finding } from '../findings/finding';
import { a1, parseA1 } from '../model/address';
import { cellAt } from '../model/workbook';
import { cellName, type TableContext } from '../rules/table/context';
import { runTableRules } from './tableRules';

const key = (f: Finding) => `${f.cell}|${f.rule}`;
/** Pairs of alarms looked at; beyond this many alarms the table is too broken to guess. */
const MAX_FINDINGS = 12;

/**
 * A mistyped figure (−86,6 typed −68,6) breaks the sum of its column and the variance or relation
 * of its row, while both of those cells are right. The figure sits where the failing row and the
 * failing column cross: when one value there makes every alarm around it go away, and raises no
 * new one, report that cell — the one to fix — in place of the alarms it caused.
 */
export function locateSharedInput(ctx: TableContext, findings: Finding[]): Finding[] {
  let remaining = findings;
  for (let round = 0; round < 3; round++) {
    const located = locateOnce(ctx, remaining);
    if (!located) break;
    remaining = [...remaining.filter((f) => !located.explained.includes(f)), located.finding];
  }
  return remaining;
}

function locateOnce(ctx: TableContext, all: Finding[]): { finding: Finding; explained: Finding[] } | undefined {
  // Only relation alarms are re-checked; single-cell findings (signs) stay as they are.
  const findings = all.filter((f) => !f.rule.startsWith('sign.'));
  const alarms = findings.filter((f) => f.expected !== undefined && f.found !== undefined).slice(0, MAX_FINDINGS);
  if (alarms.length < 2 || alarms.length * ctx.table.rows.length > 20000) return undefined;
  const at = alarms.map((f) => ({ f, pos: parseA1(f.cell)! }));
  const taken = new Set(all.map((f) => f.cell));
  const before = new Set(findings.map(key));
  const tried = new Set<string>();
  for (const a of at) {
    for (const b of at) {
      if (a === b || a.pos.row === b.pos.row || a.pos.col === b.pos.col) continue;
      const row = a.pos.row;
      const col = b.pos.col;
      const cell = a1(row, col);
      if (tried.has(cell) || taken.has(cell) || !isTypedFigure(ctx, row, col)) continue;
      tried.add(cell);
      const current = ctx.figures.get(row, col)!;
      const deltas = at.filter((x) => x.pos.row === row || x.pos.col === col).map((x) => x.f.found! - x.f.expected!);
      for (const value of new Set(deltas.flatMap((d) => [tidy(current.value + d), tidy(current.value - d)]))) {
        const after = new Set(runTableRules({ ...ctx, figures: ctx.figures.withOverrides([{ row, col, value }]) }).map(key));
        if ([...after].some((k) => !before.has(k))) continue;
        const explained = findings.filter((f) => !after.has(key(f)));
        if (!explained.includes(a.f) || !explained.includes(b.f)) continue;
        return { finding: locatedFinding(ctx, row, col, current.value, value, current.decimals, explained), explained };
      }
    }
  }
  return undefined;
}

function isTypedFigure(ctx: TableContext, row: number, col: number): boolean {
  const cell = cellAt(ctx.sheet, row, col);
  if (cell.formula !== undefined) return false;
  const f = ctx.figures.get(row, col);
  return !!f && !f.blank && ctx.table.rows.some((r) => r.row === row) && ctx.table.columns.some((c) => c.col === col);
}

function locatedFinding(ctx: TableContext, row: number, col: number, found: number, expected: number, decimals: number, explained: Finding[]): Finding {
  const rule = (explained.find((f) => f.rule.startsWith('sum.')) ?? explained[0]).rule;
  const tolerance = Math.max(...explained.map((f) => f.tolerance ?? 0));
  const m = { expected, found, difference: tidy(found - expected), tolerance };
  const column = ctx.table.columns.find((c) => c.col === col);
  const where = a1(row, col);
  const message =
    `${cellName(ctx.table, row, column)} (${where}) ser felskriven ut: med ${fmt(expected, decimals)} i stället för ${fmt(found, decimals)} ` +
    `stämmer ${explained.map((f) => f.cell).join(', ')}; ${differenceClause(m, decimals)}.`;
  return makeFinding(rule, ctx.table.sheet, row, col, message, m);
}
