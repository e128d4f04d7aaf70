/** What "Beräkna avvikelser" proposes for one recognised table (DOMAIN §3.1, §3.2, §3.5). */
import type { CellWrite } from '../model/cellWrite';

export type DerivedKind = 'budgetVariance' | 'forecastVariance' | 'change' | 'relation' | 'growth';

/**
 * What a target cell holds now, which decides whether it is written:
 * - empty: written (ticked);
 * - formula-ok: a formula over the right inputs that gives the right figure; left alone;
 * - formula-other / value / error: only replaced when the user ticks it (error values start ticked,
 *   since a #DIVISION/0! in a published table is never wanted).
 */
export type CellState = 'empty' | 'formula-ok' | 'formula-other' | 'value' | 'error';

export interface DerivedCell {
  row: number;
  /** A1 address of the target cell. */
  cell: string;
  label: string;
  state: CellState;
  /** What the cell holds now, as the user sees it ("1,2", "=B5-C5", "#DIVISION/0!"). */
  current: string;
  formula: string;
  numberFormat?: string;
  /** The two inputs as stored (utfall and budget for a budgetavvikelse), for charts. */
  inputs: [number, number];
  /** The figure the formula gives from the current inputs; undefined when it gives "–". */
  result?: number;
  /** Swedish explanation ("Lämnade bidrag: −86,6 − (−84,2) = −2,4 mnkr, sämre än budget"). */
  explanation: string;
  /** Ticked for writing in the preview (the user can change it, except for formula-ok cells). */
  selected: boolean;
}

export interface DerivedColumn {
  /** Stable within a plan: "<sheet>!<column letter>". */
  id: string;
  kind: DerivedKind;
  header: string;
  col: number;
  /** A column Periodkoll would add to the right of the table; its header cell is written too. */
  isNew: boolean;
  /** "utfall ack − budget ack" */
  description: string;
  /** Headers of the two input columns ("Utfall ack", "Budget ack"). */
  inputHeaders: [string, string];
  /** Header cell write for new columns. */
  headerWrite?: CellWrite;
  cells: DerivedCell[];
}

export interface DerivationPlan {
  sheet: string;
  /** A1 range of the table. */
  range: string;
  kind: string;
  title?: string;
  /** "mnkr", "tkr", "kr" when the table says so. */
  unit?: string;
  columns: DerivedColumn[];
}
