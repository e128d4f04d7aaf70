/**
 * One cell the user asked Periodkoll to write (a live formula, a value, a number format, a fill).
 * Built in core (avvikelser, status columns) and carried out by a host, which remembers the
 * cell's previous content and look so that the whole write can be undone.
 */
export interface CellWrite {
  sheet: string;
  /** A1 address without "$". */
  cell: string;
  /** Exactly one of formula (with leading "=", English function names) or value. */
  formula?: string;
  value?: number | string | null;
  /**
   * The formula's result as Periodkoll computed it, stored with the formula in a file so that
   * readers that do not recalculate (and Periodkoll's own next read) see the figure; Excel
   * recalculates anyway.
   */
  result?: number | string;
  /** Excel number format code, e.g. '#,##0.0' or '0%'. */
  numberFormat?: string;
  /** Fill as 6-digit hex RGB ("C6EFCE"), for status cells. */
  fill?: string;
  /** Font colour as 6-digit hex RGB. */
  fontColor?: string;
  /** Bold text (a new column header). */
  bold?: boolean;
  /**
   * A note (Excel's "anteckning") for the cell, e.g. how a written formula was derived; undo puts
   * back the note the cell had. Excel without notes (before ExcelApi 1.18) writes the cell without it.
   */
  note?: string;
}
