/**
 * The one rule for the words a difference gets: "högre kostnader än fg år", "lägre intäkter än
 * budget", "högre nettokostnad än fg år", and whether that is better or worse for the result.
 * Every text that words a difference (Beräkna, the commentary, compare, the scenario bridge) asks
 * here, so a total and its rows, or a net cost stored negative, can never be worded two ways.
 *
 * A difference comes in one of two forms:
 * - stored: this figure − that one as the table stores them (utfall − utfall fg år, this month's
 *   prognos − last month's). What it means depends on the row's role and the sign convention:
 *   −67,3 − (−59,2) = −8,1 on Verksamhetens nettokostnad stored negative is 8,1 more net cost.
 * - oriented: an avvikelse oriented so that positive is always better (DOMAIN §4: utfall − budget
 *   with costs negative, budget − utfall on costs written positive).
 */
import type { SignConvention, Table, TableKind, TableRow } from '../tables/table';

export type VarianceVerdict = 'better' | 'worse' | 'level';

/** What a row counts: costs, revenues, the net cost, the result; neutral when the label does not say. */
export type RowRole = 'cost' | 'revenue' | 'netCost' | 'result' | 'neutral';

export type Difference = { stored: number; convention: SignConvention } | { oriented: number };

export interface DifferenceMeaning {
  /** Which way the row's own quantity went: more cost, less revenue, … */
  size: 'higher' | 'lower' | 'level';
  /** What that does to the result. */
  verdict: VarianceVerdict;
}

const NOUN: Record<Exclude<RowRole, 'neutral'>, string> = { cost: 'kostnader', revenue: 'intäkter', netCost: 'nettokostnad', result: 'resultat' };

/** Tables whose every money row is a cost, whatever its label ("Totalt kontoklass 40–41", "Obekväm arbetstid"). */
const COST_TABLES: readonly TableKind[] = ['kostnadsanalys', 'personalkostnader'];

/** Costs and the net cost: more of them is worse, and they may be stored negative. */
function isCostLike(role: RowRole): boolean {
  return role === 'cost' || role === 'netCost';
}

/** The row's role from its label, its section and the kind of table it is in. */
export function rowRole(row: Pick<TableRow, 'compact' | 'section'>, table?: Pick<Table, 'kind'>): RowRole {
  if (row.compact.includes('nettokostnad')) return 'netCost';
  if (row.compact.includes('resultat')) return 'result';
  if (row.section !== 'neutral') return row.section;
  return table && COST_TABLES.includes(table.kind) ? 'cost' : 'neutral';
}

/**
 * How one row stores its costs: the table's convention, except that a net cost in a costs-positive
 * table may be written as a result (negative), and a table without a detected convention is read
 * from the figure itself (a positive cost is a cost written positive).
 */
export function storedConvention(table: SignConvention | undefined, role: RowRole, value: number | undefined): SignConvention {
  if (table === 'costs-positive') return role === 'netCost' && value !== undefined && value <= 0 ? 'costs-negative' : 'costs-positive';
  if (table === 'costs-negative') return table;
  return isCostLike(role) && value !== undefined && value > 0 ? 'costs-positive' : 'costs-negative';
}

/** 'level' when the difference is zero as shown with `decimals` decimals. */
export function differenceMeaning(d: Difference, role: RowRole, decimals: number): DifferenceMeaning {
  const costLike = isCostLike(role);
  const value = 'oriented' in d ? d.oriented : d.stored;
  if (Math.abs(value) < 0.5 * 10 ** -decimals) return { size: 'level', verdict: 'level' };
  // More of a cost is worse; more revenue or result is better; a neutral row is read as a result.
  let more: boolean;
  if ('oriented' in d) more = (d.oriented > 0) !== costLike;
  else more = (costLike && d.convention === 'costs-negative' ? -d.stored : d.stored) > 0;
  return { size: more ? 'higher' : 'lower', verdict: more !== costLike ? 'better' : 'worse' };
}

/** "bättre än budget", "sämre än prognos", "i nivå med budget". */
export function verdictWords(verdict: VarianceVerdict, against = 'budget'): string {
  if (verdict === 'level') return `i nivå med ${against}`;
  return `${verdict === 'better' ? 'bättre' : 'sämre'} än ${against}`;
}

/**
 * What the difference means for the row: "lägre kostnader än budget", "högre nettokostnad än fg
 * år", "lägre resultat" (no `against`). A neutral row is only better or worse (an avvikelse) or
 * higher or lower (a stored difference), since its label does not say what more of it means.
 */
export function differenceWords(d: Difference, role: RowRole, decimals: number, against?: string): string {
  const m = differenceMeaning(d, role, decimals);
  if (m.size === 'level') return against ? verdictWords('level', against) : 'oförändrat';
  const than = against ? ` än ${against}` : '';
  const size = m.size === 'higher' ? 'högre' : 'lägre';
  if (role !== 'neutral') return `${size} ${NOUN[role]}${than}`;
  return `${'oriented' in d ? (m.verdict === 'better' ? 'bättre' : 'sämre') : size}${than}`;
}
