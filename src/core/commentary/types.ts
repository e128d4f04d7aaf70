import type { RowRole, VarianceVerdict } from '../derive/varianceWords';

/** One row's avvikelse as the draft quotes it. */
export interface RowVariance {
  label: string;
  role: RowRole;
  /** Oriented so that positive is better (DOMAIN §4). */
  variance: number;
  /** Decimals the figure is shown with: the draft quotes it as the report does. */
  decimals: number;
  verdict: VarianceVerdict;
  /** Relation (%) of the row, when the table has one (driftredovisning). */
  relation?: number;
}

/** A result figure against its budget: the period's utfall, or the helår prognos. */
export interface ResultAgainstBudget {
  /** "utfall" for the period, "prognos" for the year. */
  basis: 'utfall' | 'prognos';
  value: number;
  budget: number;
  variance: number;
  decimals: number;
  verdict: VarianceVerdict;
}

/** What the draft is made of, beside its text, for the JSON output and tests. */
export interface CommentaryDraft {
  /** The Swedish draft, paragraphs separated by blank lines, "[orsak]" where a reason belongs. */
  text: string;
  unit?: string;
  /** Where the figures come from ("Resultatrapport!A1:I13"). */
  sources: string[];
  results: ResultAgainstBudget[];
  /** The rows that explain most of the budgetavvikelse, largest first. */
  budgetRows: RowVariance[];
  /** The same for the prognos avvikelse. */
  forecastRows: RowVariance[];
  /** The områden of the driftredovisning that stand out, largest first. */
  areas: RowVariance[];
  /** Where the text belongs when the user names no cell: the first empty cell below the first table commented on. */
  suggestedCell: { sheet: string; cell: string };
}

export type CommentaryOutcome = { ok: true; draft: CommentaryDraft } | { ok: false; message: string };
