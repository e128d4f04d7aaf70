import type { FigureReader } from '../check/figures';
import type { Sheet } from '../model/workbook';
import type { Table, TableColumn, TableRow } from '../tables/table';

/** One row a sum adds, with its sign (−1 for a cost netted against revenues). */
export interface SumPart {
  row: TableRow;
  weight: number;
}

/** How one Summa/Totalt/Resultat row is built, as the reading chose it. */
export interface SumReading {
  row: TableRow;
  /** The rows it adds, signed as in amount columns (utfall, budget, prognos …); difference columns add them all +1 (sumReadings.partsIn). */
  parts: SumPart[];
  /** How the message names what was added up: a run of rows, or named items. */
  describe: 'rows' | 'items';
  /** The reading the label means (the first candidate), not one the figures preferred to it. */
  byLabel: boolean;
  /** Columns whose figures agree with this reading, of those that could be checked. */
  agreeing: number;
  checked: number;
  /** Another reading explains the figures equally well but flags other cells: say so, do not accuse. */
  ambiguousWith?: SumPart[];
}

/** A column computed per row from two others (avvikelse, relation, ökningstakt, förändring). */
export interface DerivedColumn {
  rule: 'variance.budget' | 'variance.forecast' | 'relation.ratio' | 'relation.growth' | 'variance.change';
  target: TableColumn;
  /** Minuend / numerator first. */
  a: TableColumn;
  b: TableColumn;
  /** "utfall − budget", "budgetavvikelse / omsättning × 100" */
  describe: string;
  /**
   * An avvikelse written budget − utfall on every row, in a table of net costs shown positive
   * (no revenue or cost rows to set a convention): positive = better, read as the table means it.
   */
  reversed?: boolean;
}

/** What the reading found in one table: the part every rule shares. */
export interface TableStructure {
  sums: SumReading[];
  derived: DerivedColumn[];
}

/** A recognised table with its figures and its structure. */
export interface TableReading {
  sheet: Sheet;
  table: Table;
  figures: FigureReader;
  structure: TableStructure;
}
