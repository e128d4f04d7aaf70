/** The "Kontrollrapport" sheet as plain rows; hosts only write it. */
export interface ReportSheet {
  name: string;
  rows: ReportCell[][];
  /** Column widths in characters. */
  widths: number[];
}

export type ReportCell =
  | string
  | number
  | null
  | { text: string; link: { sheet: string; cell: string } }
  | { text: string; bold: true }
  /**
   * A live formula the engine built (English function names, A1 references, leading "=").
   * Only engine-built cells use this; text from the user's cells is always a plain string and is
   * written inert, never as a formula.
   */
  | { formula: string; numberFormat?: string; bold?: boolean }
  /** A number with its Excel number format (e.g. "# ##0,0" written as '#,##0.0'). */
  | { value: number; numberFormat: string; bold?: boolean };
