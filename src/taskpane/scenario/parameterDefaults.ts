/** What the editor offers: words for each parameter kind, row targets, and a new parameter's start values. */
import { findSeries, valueFor } from '../../core/indexation';
import type { Parameter, ScenarioBase } from '../../core/scenario';

export type ParameterKind = Parameter['kind'];

export const KIND_WORD: Record<ParameterKind, string> = {
  index: 'Index (serie och år)',
  percent: 'Procentuell förändring (rad eller grupp)',
  amount: 'Belopp (rad eller område)',
  ram: 'Budgetram',
  plan: 'Handlingsplan',
  adjustment: 'Fri justering av rad',
};

export const KINDS = Object.keys(KIND_WORD) as ParameterKind[];

/** Row groups every income statement has, besides its own rows. */
const GROUPS = ['Intäkter', 'Kostnader'];

/** Rows and groups a parameter can aim at: the groups, then the table's rows and sums in order. */
export function targetOptions(base: ScenarioBase | undefined, kind: ParameterKind): string[] {
  if (!base) return [];
  const rows = base.rows.filter((r) => r.kind === 'leaf' || (kind !== 'adjustment' && r.kind === 'subtotal')).map((r) => r.label);
  const groups = base.table.kind === 'driftbudget' || kind === 'adjustment' ? [] : GROUPS;
  return [...new Set([...groups, ...rows])];
}

/** Index series that give a yearly change (LPIK, PKV, or one from the Index sheet). */
export function percentSeries(base: ScenarioBase | undefined): string[] {
  return (base?.indexTable.series ?? []).filter((s) => s.kind === 'percent').map((s) => s.name);
}

/** The value the index table has for a series and year, in percent. */
export function tableIndexValue(base: ScenarioBase | undefined, series: string, year: number): { value: number; source: string } | undefined {
  const s = base ? findSeries(base.indexTable, series) : undefined;
  const v = s && s.kind === 'percent' ? valueFor(s, year) : undefined;
  return v === undefined ? undefined : { value: v, source: s!.source };
}

export function baseYearOf(base: ScenarioBase | undefined): number {
  return base?.primary.q.year ?? new Date().getFullYear();
}

export function newParameter(kind: ParameterKind, base: ScenarioBase | undefined): Parameter {
  const year = baseYearOf(base);
  const targets = targetOptions(base, kind);
  const firstRow = targets.find((t) => t === 'Personalkostnader') ?? targets.find((t) => !GROUPS.includes(t)) ?? '';
  switch (kind) {
    case 'index': {
      const series = percentSeries(base)[0] ?? 'LPIK';
      return { kind, series, year, percent: tableIndexValue(base, series, year)?.value ?? 0 };
    }
    case 'percent':
      return { kind, target: firstRow, percent: 0 };
    case 'amount':
      return { kind, target: firstRow, amount: 0 };
    case 'ram':
      return { kind, change: 0 };
    case 'plan':
      return { kind, effects: [{ year, fulfilment: 100 }] };
    case 'adjustment':
      return { kind, row: firstRow, add: 0 };
  }
}
