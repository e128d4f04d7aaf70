/** The resultatrapport part of the draft: the result against budget and prognos, and the rows behind it. */
import { differenceWords, verdictWords } from '../derive/varianceWords';
import type { DerivedColumn, TableReading } from '../reading/types';
import type { TableRow } from '../tables/table';
import { formatSignedSwedishNumber, formatSwedishNumber } from '../numbers/swedishNumber';
import { periodText } from '../text/periodText';
import { largest, rowVariance } from './rowVariance';
import type { ResultAgainstBudget, RowVariance } from './types';
import { REASON } from './reason';

/** How many rows a delårsrapport names behind an avvikelse. */
const EXPLAINING_ROWS = 3;

export interface ResultSection {
  paragraphs: string[];
  results: ResultAgainstBudget[];
  budgetRows: RowVariance[];
  forecastRows: RowVariance[];
}

export function resultSection(t: TableReading, unit: string | undefined): ResultSection {
  const budget = varianceColumn(t, 'variance.budget');
  const forecast = varianceColumn(t, 'variance.forecast');
  const resultRow = findResultRow(t.table.rows);
  const results: ResultAgainstBudget[] = [];
  for (const column of [budget, forecast]) {
    const r = column && resultRow ? resultAgainstBudget(t, column, resultRow) : undefined;
    if (r) results.push(r);
  }
  const details = t.table.rows.filter((r) => r.kind === 'leaf' && r.section !== 'neutral');
  const explaining = (column: DerivedColumn | undefined) =>
    column ? largest(details.flatMap((row) => rowVariance(t, column, row) ?? []), EXPLAINING_ROWS) : [];
  const budgetRows = explaining(budget);
  const forecastRows = explaining(forecast);

  const paragraphs: string[] = [];
  if (results.length > 0) paragraphs.push(results.map((r) => resultSentence(r, periodText(t.table.title), unit)).join(' '));
  if (budget) paragraphs.push(rowsParagraph('Budgetavvikelsen för perioden förklaras främst av:', budgetRows, unit));
  if (forecast) paragraphs.push(rowsParagraph('Prognosen för helåret avviker från budget främst genom:', forecastRows, unit));
  return { paragraphs, results, budgetRows, forecastRows };
}

/** This year's avvikelse column of the kind (not "fg år"), accumulated first. */
function varianceColumn(t: TableReading, rule: DerivedColumn['rule']): DerivedColumn | undefined {
  const candidates = t.structure.derived.filter((d) => d.rule === rule && !d.target.q.previousYear);
  return candidates.find((d) => d.target.q.accumulated) ?? candidates[0];
}

/** "Resultat" when the table has it, else its last total (Verksamhetens nettokostnad). */
function findResultRow(rows: TableRow[]): TableRow | undefined {
  const totals = rows.filter((r) => r.kind === 'total');
  return [...totals].reverse().find((r) => r.compact.includes('resultat')) ?? totals[totals.length - 1];
}

function resultAgainstBudget(t: TableReading, column: DerivedColumn, row: TableRow): ResultAgainstBudget | undefined {
  const a = t.figures.value(row.row, column.a.col);
  const b = t.figures.value(row.row, column.b.col);
  const v = rowVariance(t, column, row);
  if (a === undefined || b === undefined || !v) return undefined;
  const decimals = Math.max(v.decimals, t.figures.get(row.row, column.a.col)?.decimals ?? 0);
  return { basis: column.a.role === 'forecast' ? 'prognos' : 'utfall', value: a, budget: b, variance: v.variance, decimals, verdict: v.verdict };
}

function resultSentence(r: ResultAgainstBudget, period: string | undefined, unit: string | undefined): string {
  const d = r.decimals;
  const subject = r.basis === 'prognos' ? 'Prognosen för helåret' : `Resultatet för ${period ?? 'perioden'}`;
  return `${subject} är ${formatSwedishNumber(r.value, d, unit)} mot en budget på ${formatSwedishNumber(r.budget, d, unit)}, en avvikelse på ${formatSignedSwedishNumber(r.variance, d, unit)}, ${verdictWords(r.verdict)}.`;
}

function rowsParagraph(heading: string, rows: RowVariance[], unit: string | undefined): string {
  if (rows.length === 0) return `${heading}\n– Ingen rad avviker från budget.`;
  return [heading, ...rows.map((r) => `– ${rowSentence(r, unit)}`)].join('\n');
}

/** "Övriga kostnader +3,9 mnkr, lägre kostnader än budget, vilket förbättrar resultatet. Avvikelsen beror på [orsak]." */
export function rowSentence(r: RowVariance, unit: string | undefined): string {
  const effect = r.verdict === 'better' ? 'vilket förbättrar resultatet' : 'vilket försämrar resultatet';
  return `${r.label} ${formatSignedSwedishNumber(r.variance, r.decimals, unit)}, ${differenceWords({ oriented: r.variance }, r.role, r.decimals, 'budget')}, ${effect}. Avvikelsen beror på ${REASON}.`;
}
