import { makeFinding } from '../check/mismatch';
import type { Finding } from '../findings/finding';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import { cellText } from '../recognize/cellKinds';
import { filledGrid, type FilledGrid } from '../recognize/filledGrid';
import type { Sheet } from '../model/workbook';
import { isIndexedRow, readBaseValue } from './baseValue';
import { isDeficitIndicator, readDeficit } from './deficit';
import { readDirection } from './direction';
import type { StyrtalTable } from './findStyrtal';
import { checkIndexedTarget, seriesForRow, type IndexContext, type IndexedTarget } from './indexedTarget';
import { isMet } from './judge';
import { readStyrtalValue } from './styrtalValue';
import type { TargetRow, TargetStatus, TargetValue } from './types';
import { matchUnits } from './units';

export interface EvaluatedRow {
  target: TargetRow;
  findings: Finding[];
}

/** Reads, index-adjusts and judges one styrtal row. */
export function evaluateRow(sheet: Sheet, table: StyrtalTable, row: number, ctx: IndexContext, grid: FilledGrid = filledGrid(sheet)): EvaluatedRow {
  const cols = table.columns;
  const name = cellText(grid.at(row, cols.name)).replace(/\s+/g, ' ');
  const actual = readStyrtalValue(grid.at(row, cols.actual));
  const stated = readStyrtalValue(grid.at(row, cols.target));
  const findings: Finding[] = [];
  const notes: string[] = [];

  let indexed: IndexedTarget | undefined;
  if (isIndexedRow(name, stated.text)) {
    const base = readBaseValue(sheet, row, cols);
    indexed = checkIndexedTarget(sheet, row, cols, seriesForRow(sheet, row, cols, name, ctx.table), base, stated, ctx);
    findings.push(...indexed.findings);
    if (indexed.note) notes.push(indexed.note);
  }

  const direction = readDirection(name, stated.interval !== undefined);
  const unit = actual.unit ?? stated.unit ?? '';
  const out = (status: TargetStatus, dir: TargetRow['direction'], a: number | null, t: TargetValue | null, note: string[]): EvaluatedRow => ({
    target: {
      sheet: sheet.name,
      row,
      name,
      unit,
      direction: dir,
      actual: a,
      target: t,
      ...(indexed?.computed !== undefined ? { computedTarget: indexed.computed } : {}),
      ...(indexed?.chain !== undefined ? { chain: indexed.chain } : {}),
      ...(indexed?.indexSources !== undefined ? { indexSources: indexed.indexSources, indexFactors: indexed.indexFactors } : {}),
      ...(indexed?.missingIndex ? { missingIndex: indexed.missingIndex } : {}),
      ...(indexed?.plainFormula ? { plainFormula: indexed.plainFormula } : {}),
      status,
      ...(actual.qualifier ? { qualifier: actual.qualifier } : {}),
      ...(note.length ? { note: note.join(' ') } : {}),
    },
    findings,
  });

  const statedTarget: TargetValue | null = stated.interval ?? stated.value ?? null;
  if (actual.value === undefined && statedTarget === null && indexed?.computed === undefined) {
    return out('not-assessable', 'none', null, null, ['Kvalitativt styrtal utan siffror: listas men bedöms inte.', ...notes]);
  }
  if (actual.value === undefined) {
    return out('not-assessable', direction.direction, null, statedTarget, ['Utfall saknas.', ...notes]);
  }
  const units = matchUnits(actual.unit, stated.unit);
  if (!units.ok) {
    findings.push(
      makeFinding('target.unit-mismatch', sheet.name, row, cols.target,
        `Utfallet anges i ${actual.unit} men målvärdet i ${stated.unit}; de går inte att jämföra.`),
    );
    return out('not-assessable', direction.direction, actual.value, statedTarget, ['Utfall och målvärde har olika enheter.', ...notes]);
  }
  const inUnit = (v: number) => v * units.scale;
  const targetInUnit: TargetValue | null =
    stated.interval ? { min: inUnit(stated.interval.min), max: inUnit(stated.interval.max) } : stated.value !== undefined ? inUnit(stated.value) : null;
  const judgeAgainst: TargetValue | null = indexed?.computed !== undefined ? inUnit(indexed.computed) : targetInUnit;
  if (judgeAgainst === null) {
    return out('not-assessable', direction.direction, actual.value, null, ['Målvärde saknas.', ...notes]);
  }
  const fmtIn = (v: number, decimals: number) => formatSwedishNumber(v, decimals, units.unit || undefined);
  const fmt = (v: number) => fmtIn(v, Math.max(actual.decimals, stated.decimals));

  if (isDeficitIndicator(name) && typeof judgeAgainst === 'number') {
    const d = readDeficit(actual, { ...stated, value: judgeAgainst }, fmtIn);
    if (d) {
      if (actual.value !== 0 && !/underskott|överskott/i.test(`${actual.text} ${actual.qualifier ?? ''}`)) {
        findings.push(
          makeFinding('target.sign-convention', sheet.name, row, cols.actual,
            `Styrtalet mäter underskott men utfallet ${fmtIn(actual.value, actual.decimals)} anger inte om det är ett över- eller underskott. ` +
              `Periodkoll läser det som budgetavvikelse: ${d.actual > 0 ? 'positivt = överskott' : 'negativt = underskott'}. ` +
              'Skriv "överskott" eller "underskott" i cellen för att undvika missförstånd.'),
        );
      }
      const met = isMet('higher-is-better', d.actual, d.target);
      return out(met ? 'met' : 'not-met', 'higher-is-better', d.actual, d.target, [d.note, ...notes]);
    }
  }

  const reason = [direction.reason];
  if (indexed?.computed !== undefined) reason.push(`Bedömt mot det indexuppräknade målvärdet ${fmt(inUnit(indexed.computed))}.`);
  const met = isMet(direction.direction, actual.value, judgeAgainst);
  return out(met ? 'met' : 'not-met', direction.direction, actual.value, targetInUnit, [...reason, ...notes]);
}

