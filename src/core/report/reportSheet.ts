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
  | { text: string; bold: true };
