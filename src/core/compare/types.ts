/** What a comparison of two months gives: paired tables and findings that carry both figures. */
import type { Finding } from '../findings/finding';
import type { TableKind } from '../tables/table';

/** A finding about a change since last month: the sheet/cell are the current ones. */
export interface CompareFinding extends Finding {
  /** Sheet and cell of the same figure in last month's workbook (absent for an added row). */
  previousSheet?: string;
  previousCell?: string;
  /** Last month's figure (absent for an added or removed row). */
  previous?: number;
}

/** A current table and the table of last month it was matched with. */
export interface TablePair {
  sheet: string;
  kind: TableKind;
  /** Sheet of last month's table; absent when the table is new. */
  matchedWith?: string;
}

/** A validation finding that appeared or went away between the months. */
export interface ChangedFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

export interface Comparison {
  /** The periods the two reports name in their titles ("januari–juli 2025"), when they do. */
  previousPeriod?: string;
  currentPeriod?: string;
  /** Last month's report is of an earlier year: budget and accumulated utfall were not compared. */
  acrossYears: boolean;
  /** How messages name last month: "sedan juli", "sedan december 2024" or "sedan förra rapporten". */
  since: string;
  tables: TablePair[];
  /** Last month's tables with no partner this month. */
  removedTables: Array<{ sheet: string; kind: TableKind }>;
  findings: CompareFinding[];
  /** Validation findings of this month that last month did not have. */
  newFindings: ChangedFinding[];
  /** Validation findings of last month that this month no longer has. */
  resolvedFindings: ChangedFinding[];
}

export interface CompareSettings {
  /** A forecast move of at least this many mnkr is a warning (default 0,5). */
  threshold?: number;
}
