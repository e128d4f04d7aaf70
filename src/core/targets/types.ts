/** Styrtal (indicators) with målvärden and their evaluation (DOMAIN §3.6). */
import type { IndexFactor, IndexKind } from '../indexation';

/** Index years a målvärde needs and no layer has: what to ask the user for. */
export interface MissingIndex {
  series: string;
  kind: IndexKind;
  years: number[];
}

/**
 * "Skriv som vanlig formel": the målvärde cell (A1, on the row's sheet) and an ordinary formula in
 * the invariant language that computes the index-adjusted målvärde without Periodkoll, with the
 * note that explains it (the chain and the index sources).
 */
export interface PlainTargetFormula {
  cell: string;
  formula: string;
  note: string;
  /** What the formula computes, stored with it in a file. */
  result: number;
}

/** How an indicator is judged against its målvärde. */
export type TargetDirection =
  | 'higher-is-better' // "ska öka", amounts (default)
  | 'lower-is-better' // "ska minska", sjukfrånvaro
  | 'parity' // "i paritet med 2023": at least the reference value
  | 'interval' // "40- 60 %": inside the interval
  | 'none'; // qualitative: no figure to judge

export type TargetStatus = 'met' | 'not-met' | 'not-assessable';

/** A målvärde is a figure or an interval (both bounds inclusive). */
export type TargetValue = number | { min: number; max: number };

/** One styrtal row as the report lists it. */
export interface TargetRow {
  sheet: string;
  /** 1-based row of the indicator in the sheet. */
  row: number;
  /** The indicator text, on one line. */
  name: string;
  /** "kr", "tkr", "mnkr", "st", "%", "indexpoäng" or "" when the row gives none. */
  unit: string;
  direction: TargetDirection;
  /** Utfall as a number in `unit`, or null when the row has none. */
  actual: number | null;
  /** Årets målvärde as stated in the row, or null. */
  target: TargetValue | null;
  /** Målvärde computed from a base value by indexuppräkning, when the row asks for it. */
  computedTarget?: number;
  /** The chain of the computation ("8 211 464 × 1,035 × 1,029 = … (LPIK 2024, 2025)"). */
  chain?: string;
  /** Where every index value of the chain comes from: layer, source, date, utfall/prognos. */
  indexSources?: string;
  indexFactors?: IndexFactor[];
  /** The index values whose absence keeps the målvärde from being computed. */
  missingIndex?: MissingIndex;
  /** The computed målvärde as an ordinary formula for its cell. */
  plainFormula?: PlainTargetFormula;
  status: TargetStatus;
  /** What the unit refers to, e.g. "Kvinnor" in "59 % Kvinnor". */
  qualifier?: string;
  /** Swedish explanation: what was assumed and why the status is what it is. */
  note?: string;
}
