/**
 * The tables of a workbook a scenario can start from, for a picker: every recognised
 * resultatbudget, resultatrapport and driftbudget, with its value columns and natural column.
 */
import type { Workbook } from '../model/workbook';
import { recognizeSheet } from '../recognize/recognize';
import type { TableKind } from '../tables/table';
import { naturalColumn, SCENARIO_TABLE_KINDS, valueColumns } from './base';

export interface BaseChoice {
  sheet: string;
  /** Index among the sheet's usable tables, as ScenarioBaseRef.table. */
  table: number;
  kind: TableKind;
  /** Headers of the value columns. */
  columns: string[];
  /** The column the result is read from unless the user picks another. */
  primary: string;
}

export function scenarioBaseChoices(workbook: Workbook): BaseChoice[] {
  return workbook.sheets.flatMap((sheet) =>
    recognizeSheet(sheet)
      .filter((t) => SCENARIO_TABLE_KINDS.includes(t.table.kind))
      .flatMap((t, i) => {
        const columns = valueColumns(t.table);
        if (columns.length === 0) return [];
        return [{ sheet: sheet.name, table: i, kind: t.table.kind, columns: columns.map((c) => c.header), primary: naturalColumn(t.table.kind, columns).header }];
      }),
  );
}
