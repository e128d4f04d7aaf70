import type { RecognizedTable } from '../recognize/recognize';
import type { Sheet } from '../model/workbook';
import { relationColumns } from './relationColumns';
import { isSumCell } from './sumCell';
import { readSums } from './sumReadings';
import type { TableReading } from './types';
import { varianceColumns } from './varianceColumns';

/** The structure of one recognised table: what each sum adds, and the inputs of each derived column. */
export function readTable(sheet: Sheet, { table, figures }: RecognizedTable): TableReading {
  const sums = readSums(table, figures, (row, col) => isSumCell(sheet, table.range, row, col));
  const variances = varianceColumns(table, figures);
  const derived = [...variances, ...relationColumns(table.columns, variances)];
  return { sheet, table, figures, structure: { sums, derived } };
}
