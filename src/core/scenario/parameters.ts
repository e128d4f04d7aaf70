/**
 * What a scenario changes, as plain JSON-serialisable data (stored in the workbook, versioned).
 * Amounts are in the table's unit (mnkr in the real budgets); percentages are written as
 * percent (2 means 2 %). Targets are row labels or row groups, matched by normalised label.
 */

/** Version of the parameter model; bump when a parameter's meaning changes. */
export const PARAMETERS_VERSION = 1;

/** The value of an index series for one year in this scenario (LPIK 2025 = 3,5 %). */
export interface IndexParameter {
  kind: 'index';
  series: string;
  year: number;
  /** Yearly change in percent. */
  percent: number;
}

/** A row or row group ("Personalkostnader", "Intäkter", an område) changed by a percentage. */
export interface PercentParameter {
  kind: 'percent';
  target: string;
  percent: number;
  /** Only this value column (its header); all value columns when absent. */
  column?: string;
}

/**
 * A row or område changed by an amount: more cost, more revenue. The amount is a size, so
 * "+1,5 on Personalkostnader" makes a cost written −16,2 into −17,7 (sign convention respected).
 */
export interface AmountParameter {
  kind: 'amount';
  target: string;
  amount: number;
  column?: string;
}

/** The nämnd's budgetram: changed by an amount, or set to a level. */
export interface RamParameter {
  kind: 'ram';
  change?: number;
  value?: number;
  /** For a driftbudget: only this område's ram; otherwise shared by omsättning. */
  target?: string;
}

/** One year's effect of the handlingsplan: an amount, or an uppfyllelsegrad in percent. */
export interface PlanEffect {
  year: number;
  amount?: number;
  fulfilment?: number;
}

/**
 * The handlingsplan (savings plan). The base budget counts on the whole åtgärdskrav; what the
 * plan does not achieve in a year is a cost the budget does not show.
 */
export interface PlanParameter {
  kind: 'plan';
  /** Åtgärdskrav; when absent, ramReduction + imbalance. */
  requirement?: number;
  /** The part of the åtgärdskrav that comes from a lower ram (19,5 mnkr). */
  ramReduction?: number;
  /** Internal imbalances to correct (9,5 mnkr). */
  imbalance?: number;
  effects: PlanEffect[];
}

/** A free adjustment of one row: add to, or set, its value as written in the table. */
export interface AdjustmentParameter {
  kind: 'adjustment';
  row: string;
  add?: number;
  set?: number;
  column?: string;
  note?: string;
}

export type Parameter = IndexParameter | PercentParameter | AmountParameter | RamParameter | PlanParameter | AdjustmentParameter;

/** Where a scenario starts: a recognised table on a sheet and its main value column. */
export interface ScenarioBaseRef {
  sheet: string;
  /** Which recognised table on the sheet (0 = first economic table). */
  table?: number;
  /** Header of the column the result is read from; the natural one when absent. */
  column?: string;
}

export interface Scenario {
  name: string;
  base: ScenarioBaseRef;
  parameters: Parameter[];
  /** Whether the ram follows the index in later years (regions uplift frames by LPIK). Default true. */
  ramFollowsIndex?: boolean;
  note?: string;
}
