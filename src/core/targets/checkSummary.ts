import { makeFinding } from '../check/mismatch';
import type { Finding } from '../findings/finding';
import { a1 } from '../model/address';
import type { Workbook } from '../model/workbook';
import { swedishList } from '../text/swedishList';
import { findAssessments, type Assessment, type AssessmentLevel } from './assessments';
import { findSummaryTables, type SummaryTable } from './summaryTable';

export interface SummaryResult {
  tables: SummaryTable[];
  assessments: Assessment[];
  findings: Finding[];
}

const LEVEL_WORD: Record<AssessmentLevel, string> = {
  met: 'bedöms att uppnås',
  partly: 'bedöms att delvis uppnås',
  'not-met': 'bedöms att inte uppnås',
};

/** Cells listed in a message before "…". */
const MAX_LISTED = 6;

/**
 * The summary of måluppfyllelse must equal the assessments in the body (DOMAIN §3.6). A group
 * kind (goals, assignments) is checked only when the body holds at least one statement of it,
 * so a workbook with the summary table alone raises nothing.
 */
export function checkSummary(workbook: Workbook): SummaryResult {
  const tables = workbook.sheets.flatMap(findSummaryTables);
  const inSummary = (sheet: string, row: number, col: number) =>
    tables.some((t) => t.sheet === sheet && row >= t.range.top && row <= t.range.bottom && col >= t.range.left && col <= t.range.right);
  const assessments = tables.length > 0 ? findAssessments(workbook, inSummary) : [];
  const findings: Finding[] = [];
  const hasGoals = assessments.some((a) => a.kind === 'goal');
  const hasAssignments = assessments.some((a) => a.kind === 'assignment');
  for (const table of tables) {
    for (const row of table.rows) {
      const assignments = row.groups.every((g) => g.endsWith('uppdrag'));
      if (assignments ? !hasAssignments : !hasGoals) continue;
      for (const count of row.counts) {
        const body = assessments.filter((a) => a.level === count.level && a.group !== undefined && row.groups.includes(a.group));
        if (body.length === count.value) continue;
        const where = body.slice(0, MAX_LISTED).map((a) => (a.sheet === table.sheet ? a1(a.row, a.col) : `${a.sheet}!${a1(a.row, a.col)}`));
        const listed = body.length === 0 ? '' : ` (${swedishList(where)}${body.length > MAX_LISTED ? ' …' : ''})`;
        const f = makeFinding('summary.count-mismatch', table.sheet, row.row, count.col,
          `Sammanställningen anger ${count.value} för "${row.label}" som ${LEVEL_WORD[count.level]}, men texten har ${body.length} sådana bedömningar${listed}.`);
        f.expected = body.length;
        f.found = count.value;
        findings.push(f);
      }
    }
  }
  return { tables, assessments, findings };
}
