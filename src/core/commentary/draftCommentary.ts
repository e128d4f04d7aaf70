/**
 * "Skriv avvikelsekommentar": the Swedish text a delårsrapport carries under its resultatrapport and
 * driftredovisning, drafted from the one reading of the workbook. It states figures and which way
 * they go; where a cause belongs it leaves "[orsak]" for the controller.
 */
import { tableUnit } from '../derive/tableUnit';
import { a1, rangeA1 } from '../model/address';
import { cellAt } from '../model/workbook';
import type { WorkbookReading } from '../reading/readWorkbook';
import type { TableReading } from '../reading/types';
import { areaSection } from './areaSection';
import { resultSection } from './resultSection';
import type { CommentaryDraft, CommentaryOutcome } from './types';

export const NO_TABLES_MESSAGE =
  'Ingen resultatrapport eller driftredovisning med budgetavvikelse hittades i arbetsboken, så det finns inget att skriva en avvikelsekommentar om.';

export function draftCommentary(reading: WorkbookReading): CommentaryOutcome {
  const report = reading.tables.find((t) => t.table.kind === 'resultatrapport');
  const operations = reading.tables.find((t) => t.table.kind === 'driftredovisning');
  const draft: CommentaryDraft = { text: '', sources: [], results: [], budgetRows: [], forecastRows: [], areas: [], suggestedCell: { sheet: '', cell: 'A1' } };
  const paragraphs: string[] = [];
  if (report) {
    const unit = tableUnit(report.sheet, report.table);
    const part = resultSection(report, unit);
    if (part.paragraphs.length > 0) {
      paragraphs.push(...part.paragraphs);
      Object.assign(draft, { results: part.results, budgetRows: part.budgetRows, forecastRows: part.forecastRows });
      draft.sources.push(source(report));
      draft.suggestedCell = below(report);
      if (unit) draft.unit = unit;
    }
  }
  if (operations) {
    const unit = tableUnit(operations.sheet, operations.table);
    const part = areaSection(operations, unit);
    if (part) {
      paragraphs.push(...part.paragraphs);
      draft.areas = part.areas;
      draft.sources.push(source(operations));
      if (draft.sources.length === 1) draft.suggestedCell = below(operations);
      if (unit && !draft.unit) draft.unit = unit;
    }
  }
  if (paragraphs.length === 0) return { ok: false, message: NO_TABLES_MESSAGE };
  draft.text = paragraphs.join('\n\n');
  return { ok: true, draft };
}

type Placed = Pick<TableReading, 'sheet' | 'table'>;

/** A delårsrapport puts the comment under its table: the first empty cell of its label column, one row of space below. */
function below(t: Placed): { sheet: string; cell: string } {
  const { bottom, left } = t.table.range;
  let row = bottom + 2;
  while (cellAt(t.sheet, row, left).type !== 'empty' && row < bottom + 200) row++;
  return { sheet: t.sheet.name, cell: a1(row, left) };
}

function source(t: Placed): string {
  const r = t.table.range;
  return `${t.sheet.name}!${rangeA1(r.top, r.left, r.bottom, r.right)}`;
}
