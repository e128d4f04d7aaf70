/**
 * Up to four scenarios side by side: each one's result and rows, and the differences against
 * the first (the usual "Bas").
 */
import { tidy } from '../check/mismatch';
import type { ScenarioResult } from './run';

export const MAX_COMPARED = 4;

export interface ComparedScenario {
  name: string;
  balance: number | null;
  /** Balance − the first scenario's balance. */
  difference: number | null;
  years: Array<{ year: number; balance: number | null; difference: number | null }>;
  /** Per row: the primary column's scenario value minus the first scenario's. */
  rows: Array<{ label: string; value: number | null; difference: number | null }>;
}

export type Comparison = { ok: true; scenarios: ComparedScenario[] } | { ok: false; message: string };

export function compareScenarios(results: readonly ScenarioResult[]): Comparison {
  if (results.length === 0) return { ok: false, message: 'Välj minst ett scenario att jämföra.' };
  if (results.length > MAX_COMPARED) return { ok: false, message: `Högst ${MAX_COMPARED} scenarier kan jämföras sida vid sida.` };
  const first = results[0];
  const minus = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || b === null || b === undefined ? null : tidy(a - b));
  const primary = (r: ScenarioResult) => r.columns.indexOf(r.primaryColumn);
  return {
    ok: true,
    scenarios: results.map((r) => ({
      name: r.name,
      balance: r.result.balance.scenario,
      difference: minus(r.result.balance.scenario, first.result.balance.scenario),
      years: r.years.map((y) => ({ year: y.year, balance: y.balance, difference: minus(y.balance, first.years.find((f) => f.year === y.year)?.balance) })),
      rows: r.rows.map((row) => {
        const value = row.scenario[primary(r)] ?? null;
        const other = first.rows.find((f) => f.label === row.label);
        return { label: row.label, value, difference: minus(value, other?.scenario[primary(first)]) };
      }),
    })),
  };
}
