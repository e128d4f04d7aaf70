import type { FigureReader } from '../../check/figures';
import type { Finding } from '../../findings/finding';
import type { Sheet } from '../../model/workbook';
import type { TableStructure } from '../../reading/types';
import type { Table, TableColumn } from '../../tables/table';

export interface TableContext {
  sheet: Sheet;
  table: Table;
  figures: FigureReader;
  /** What the reading found: each sum's rows, each derived column's inputs. */
  structure: TableStructure;
}

/** A rule over one recognised table. */
export type TableRule = (ctx: TableContext) => Finding[];

/** "Summa Kostnader, Utfall ack" – how a finding names a cell to a controller. */
export function cellName(table: Table, row: number, col: TableColumn | undefined): string {
  const label = table.rows.find((r) => r.row === row)?.label ?? '';
  return col && col.header ? `${label}, ${col.header}` : label;
}

export function columnsWith(table: Table, pred: (c: TableColumn) => boolean): TableColumn[] {
  return table.columns.filter(pred);
}
