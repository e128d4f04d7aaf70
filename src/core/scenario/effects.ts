/**
 * How the parameters change each figure of the base year, as factors and addends per cell:
 *   scenario = base × Π factors + Σ addends   (or a set value, which wins)
 * The engine and the sheet writer both read this one description, so the live formulas written
 * to a sheet compute exactly what the engine shows.
 */
import { findSeries, valueFor } from '../indexation';
import type { TableColumn, TableRow } from '../tables/table';
import type { ScenarioBase } from './base';
import { matchColumn } from './columnMatch';
import type { Parameter } from './parameters';
import { percentColumns } from './percentColumns';
import { matchRows } from './rowMatch';

export interface CellEffect {
  factors: Array<{ param: number; factor: number }>;
  /** amount = per × the parameter's figure (per carries the sign convention and a group's share). */
  addends: Array<{ param: number; amount: number; per: number }>;
  set?: { param: number; value: number };
}

export interface Effects {
  at(row: TableRow, col: TableColumn): CellEffect | undefined;
  /** Swedish messages for targets that match no row or column (the parameter then does nothing). */
  unmatched: string[];
  /** Notes about parameters that apply only partly (e.g. an index year the base assumed nothing for). */
  notes: string[];
}

/** Costs grow with the index; in a driftbudget every område's omsättning is cost. */
export function isCostRow(base: ScenarioBase, row: TableRow): boolean {
  return base.table.kind === 'driftbudget' || row.section === 'cost';
}

/** +1 when a larger figure means more of the row, −1 for costs written negative. */
export function magnitudeSign(base: ScenarioBase, row: TableRow): number {
  if (base.table.kind === 'driftbudget') return 1;
  return row.section === 'cost' && !base.costsPositive ? -1 : 1;
}

/**
 * Columns a row parameter changes: the named one; else budget and prognos for a percentage, every
 * amount column but the ram for an amount or adjustment.
 */
function targetColumns(base: ScenarioBase, p: { kind: Parameter['kind']; column?: string }): { cols: TableColumn[] } | { problem: string } {
  if (p.column) {
    const match = matchColumn(base.columns, p.column);
    return match.column ? { cols: [match.column] } : { problem: match.problem };
  }
  return { cols: p.kind === 'percent' ? percentColumns(base) : base.columns.filter((c) => c.role !== 'frame') };
}

export function cellEffects(base: ScenarioBase, parameters: readonly Parameter[], baseYear: number | undefined): Effects {
  const table = new Map<string, CellEffect>();
  const unmatched: string[] = [];
  const notes: string[] = [];
  const effect = (row: TableRow, col: TableColumn) => {
    const k = `${row.row}:${col.col}`;
    if (!table.has(k)) table.set(k, { factors: [], addends: [] });
    return table.get(k)!;
  };
  const rowsAndColumns = (target: string, p: Parameter & { column?: string }): { rows: TableRow[]; cols: TableColumn[] } | undefined => {
    const columns = targetColumns(base, p);
    if ('problem' in columns) {
      unmatched.push(columns.problem);
      return undefined;
    }
    const match = matchRows(target, base.rows, base.sums);
    if (match.problem !== undefined) {
      unmatched.push(match.problem);
      return undefined;
    }
    return { rows: match.rows, cols: columns.cols };
  };

  parameters.forEach((p, param) => {
    switch (p.kind) {
      case 'percent': {
        const found = rowsAndColumns(p.target, p);
        if (found) for (const r of found.rows) for (const c of found.cols) effect(r, c).factors.push({ param, factor: 1 + p.percent / 100 });
        break;
      }
      case 'amount': {
        const found = rowsAndColumns(p.target, p);
        if (!found) break;
        // An amount for a group is shared by the rows' size in each column, so "Kostnader +10" adds 10 in all.
        for (const c of found.cols) {
          const sizes = found.rows.map((r) => Math.abs(base.figures.value(r.row, c.col) ?? 0));
          const total = sizes.reduce((s, v) => s + v, 0);
          found.rows.forEach((r, i) => {
            const share = found.rows.length === 1 ? 1 : total === 0 ? 1 / found.rows.length : sizes[i] / total;
            const per = magnitudeSign(base, r) * share;
            effect(r, c).addends.push({ param, amount: per * p.amount, per });
          });
        }
        break;
      }
      case 'adjustment': {
        const found = rowsAndColumns(p.row, p);
        if (!found) break;
        for (const r of found.rows) {
          for (const c of found.cols) {
            if (p.set !== undefined) effect(r, c).set = { param, value: p.set };
            else effect(r, c).addends.push({ param, amount: p.add ?? 0, per: 1 });
          }
        }
        break;
      }
      case 'index': {
        // In the year the base column budgets for, a different index changes costs by the ratio
        // of the factors; later years are the projection's (see projection.ts).
        const series = findSeries(base.indexTable, p.series);
        for (const c of base.columns) {
          const year = c.q.year ?? baseYear;
          if (c.role === 'frame' || year !== p.year) continue;
          const assumed = series ? valueFor(series, p.year) : undefined;
          if (series?.kind === 'level') {
            notes.push(`${p.series} är en indexnivå, inte en årlig förändring; ${p.series} ${p.year} påverkar inte ${c.header}.`);
            continue;
          }
          if (assumed === undefined) {
            notes.push(`Budgeten antar inget värde för ${p.series} ${p.year}; ${c.header} räknas inte om för indexet.`);
            continue;
          }
          if (assumed === p.percent) continue;
          const factor = (1 + p.percent / 100) / (1 + assumed / 100);
          for (const r of base.rows) if (r.kind === 'leaf' && isCostRow(base, r)) effect(r, c).factors.push({ param, factor });
        }
        break;
      }
      default:
        break;
    }
  });
  return { at: (row, col) => table.get(`${row.row}:${col.col}`), unmatched, notes };
}

export function applyEffect(baseValue: number, e: CellEffect | undefined): number {
  if (!e) return baseValue;
  if (e.set) return e.set.value;
  return baseValue * e.factors.reduce((f, x) => f * x.factor, 1) + e.addends.reduce((s, x) => s + x.amount, 0);
}
