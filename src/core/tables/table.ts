import type { CellRange } from '../model/workbook';

/** What a numeric column means, read from its header. */
export type ColumnRole =
  | 'actual' // utfall
  | 'budget'
  | 'forecast' // prognos
  | 'budgetVariance' // budgetavvikelse
  | 'forecastVariance' // prognos budgetavvikelse
  | 'turnover' // omsättning
  | 'frame' // varav budgetram
  | 'relation' // relation (%)
  | 'growth' // ökningstakt (%)
  | 'change' // förändring
  | 'changePercent' // förändring %
  | 'plan' // handlingsplan
  | 'women'
  | 'men'
  | 'total' // totalt over sub-columns
  | 'value'; // any other numeric column

export interface ColumnQualifiers {
  /** Accumulated to date ("ack"). */
  accumulated: boolean;
  /** Previous year ("fg år", "föregående år"). */
  previousYear: boolean;
  /** A year named in the header or in its group header. */
  year?: number;
  /** Header of the column group above (two-level headers), compact form. */
  group?: string;
  /** "prognos" mentioned (for ökningstakt prognos). */
  forecast: boolean;
}

export interface TableColumn {
  col: number;
  header: string;
  compact: string;
  /** Compact text of the lowest header row alone, without years ("kvinnor", "tillsvidare"). */
  own: string;
  role: ColumnRole;
  q: ColumnQualifiers;
}

/** How a row takes part in sums. */
export type RowKind =
  | 'leaf'
  | 'subtotal' // "Summa intäkter": the leaves since the previous subtotal
  | 'total' // "Summa", "Totalt", "Resultat", "Verksamhetens nettokostnad": everything above
  | 'nonMoney' // "Antal årsarbetare" inside an economic table: not part of its sums
  | 'section'; // a label-only row such as "Intäkter"

export type Section = 'revenue' | 'cost' | 'neutral';

export interface TableRow {
  row: number;
  label: string;
  compact: string;
  kind: RowKind;
  section: Section;
}

export type TableKind =
  | 'resultatrapport'
  | 'driftredovisning'
  | 'resultatbudget'
  | 'driftbudget'
  | 'handlingsplan'
  | 'personalkostnader'
  | 'kostnadsanalys'
  | 'arsarbetare'
  | 'sjukfranvaro'
  | 'generic';

export type SignConvention = 'costs-negative' | 'costs-positive';

export interface Table {
  sheet: string;
  kind: TableKind;
  /** Whole table including header rows and title. */
  range: CellRange;
  headerRows: number[];
  title?: string;
  labelCol: number;
  columns: TableColumn[];
  rows: TableRow[];
  signConvention?: SignConvention;
}
