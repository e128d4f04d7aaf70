import { makeFinding } from '../check/mismatch';
import type { Finding } from '../findings/finding';
import type { RuleId } from '../rules/catalogue';
import { findSeries, indexuppräkning, plainUpliftFormula, plainUpliftNote, seriesNames, type IndexFactor, type IndexTable } from '../indexation';
import { a1 } from '../model/address';
import { around, fromRadius, overlaps, radius } from '../numbers/interval';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import { cellText } from '../recognize/cellKinds';
import { cellAt, type Sheet } from '../model/workbook';
import { normalizeLabel } from '../text/normalize';
import type { BaseValue } from './baseValue';
import type { StyrtalColumns } from './findStyrtal';
import type { StyrtalValue } from './styrtalValue';
import type { MissingIndex, PlainTargetFormula } from './types';
import { matchUnits } from './units';

export interface IndexContext {
  table: IndexTable;
  reportYear?: number;
  lag: number;
}

export interface IndexedTarget {
  /** The målvärde computed from the base value, in the stated målvärde's unit. */
  computed?: number;
  chain?: string;
  indexSources?: string;
  indexFactors?: IndexFactor[];
  missingIndex?: MissingIndex;
  plainFormula?: PlainTargetFormula;
  findings: Finding[];
  note?: string;
}

/** Every host offers these three ways; the CLI adds the exact command (formatTargetsText). */
const ADD_INDEX_HINT = 'Läs in en indextabell, ange värdet i Periodkoll eller lägg det på ett blad Index.';

/** The series a row uses: its Index column, else a series its text names, else LPIK (regions). */
const DEFAULT_SERIES = 'LPIK';

export function seriesForRow(sheet: Sheet, row: number, columns: StyrtalColumns, name: string, table: IndexTable): string {
  if (columns.index !== undefined) {
    const own = cellText(cellAt(sheet, row, columns.index));
    if (own) return own.replace(/%/g, '').trim();
  }
  const words = normalizeLabel(name).toUpperCase().split(/[^\p{L}\p{N}]+/u);
  for (const w of words) {
    if (w && findSeries(table, w)) return findSeries(table, w)!.name;
  }
  return DEFAULT_SERIES;
}

/**
 * Computes the målvärde of an "efter indexuppräkning" row and checks the stated one against it
 * (DOMAIN §3.7): `target.not-indexed` when the stated målvärde is the unadjusted base,
 * `target.index-mismatch` when it differs from base × index beyond rounding.
 */
export function checkIndexedTarget(
  sheet: Sheet,
  row: number,
  columns: StyrtalColumns,
  seriesName: string,
  base: BaseValue,
  stated: StyrtalValue,
  ctx: IndexContext,
): IndexedTarget {
  const at = (rule: RuleId, message: string, m?: Parameters<typeof makeFinding>[5]) => makeFinding(rule, sheet.name, row, columns.target, message, m);
  const findings: Finding[] = [];
  const unit = stated.unit ?? base.unit;
  const shown = (v: number, d: number) => formatSwedishNumber(v, Math.max(0, d), unit || undefined);
  const baseUnits = matchUnits(stated.unit, base.unit);
  const baseInTarget = base.value !== undefined && baseUnits.ok ? base.value * baseUnits.scale : undefined;

  if (baseInTarget !== undefined && stated.value !== undefined && base.year !== undefined) {
    const same = overlaps(around(stated.value, stated.decimals), around(baseInTarget, base.decimals));
    if (same) {
      findings.push(
        at('target.not-indexed',
          `Målvärdet ${shown(stated.value, stated.decimals)} är samma som ${base.year} års värde, fast texten säger att det ska vara indexuppräknat.`),
      );
    }
  }
  if (base.value === undefined || base.year === undefined) {
    const what = base.year === undefined ? 'basvärde och basår' : `${base.year} års värde`;
    findings.push(
      at('target.base-missing',
        `Målvärdet ska vara indexuppräknat, men ${what} saknas i raden. Lägg till en kolumn "Basvärde ${base.year ?? 'ÅÅÅÅ'}" så räknar Periodkoll om målvärdet.`),
    );
    return { findings, note: 'Basvärdet saknas, så målvärdet kunde inte räknas om; raden bedöms mot det angivna målvärdet.' };
  }
  const series = findSeries(ctx.table, seriesName);
  if (!series) {
    findings.push(at('target.index-missing', `Indexserien ${seriesName} finns inte i indextabellen (${seriesNames(ctx.table).join(', ')}). ${ADD_INDEX_HINT}`));
    return { findings, note: `Indexserien ${seriesName} saknas; målvärdet kunde inte räknas om.` };
  }
  if (ctx.reportYear === undefined || ctx.reportYear < base.year) {
    findings.push(at('target.index-missing', 'Rapportåret framgår inte. Skriv det i en cell märkt "Rapportår" så räknar Periodkoll om målvärdet.'));
    return { findings, note: 'Rapportåret saknas; målvärdet kunde inte räknas om.' };
  }
  const up = indexuppräkning(base.value, series, base.year, ctx.reportYear, ctx.lag);
  if (!up.ok) {
    findings.push(
      at('target.index-missing',
        `${up.message}: målvärdet för ${ctx.reportYear} (${base.year} års värde efter indexuppräkning) kan inte räknas fram. ${ADD_INDEX_HINT}`),
    );
    return { findings, note: `${up.message}; målvärdet kunde inte räknas om.`, missingIndex: { series: up.series, kind: up.kind, years: up.missing } };
  }
  const computed = baseInTarget! * up.factor;
  const alreadyFlagged = findings.some((f) => f.rule === 'target.not-indexed');
  if (stated.value !== undefined && !alreadyFlagged) {
    const steps = Math.max(0, up.years.length - 1);
    const expected = fromRadius(computed, 0.5 * Math.pow(10, -base.decimals) * up.factor + 0.5 * Math.pow(10, -stated.decimals) * steps);
    const found = around(stated.value, stated.decimals);
    if (!overlaps(expected, found)) {
      findings.push(
        at('target.index-mismatch',
          `Målvärdet ${shown(stated.value, stated.decimals)} stämmer inte med ${base.year} års värde efter indexuppräkning: ${up.chain}.`,
          { expected: tidy(computed), found: stated.value, difference: tidy(stated.value - computed), tolerance: tidy(radius(expected) + radius(found)) }),
      );
    }
  }
  // The base cell is referenced only when it holds exactly the figure used; else the figure itself.
  const baseCell = columns.base !== undefined && base.from === 'basvärdeskolumnen' ? cellAt(sheet, row, columns.base) : undefined;
  const plainFormula: PlainTargetFormula | undefined = Number.isFinite(computed)
    ? {
        cell: a1(row, columns.target),
        formula: plainUpliftFormula({
          ...(baseCell?.type === 'number' && baseCell.value === base.value ? { baseCell: a1(row, columns.base!) } : {}),
          baseValue: base.value,
          scale: baseUnits.ok ? baseUnits.scale : 1,
          kind: up.kind,
          fromYear: base.year,
          toYear: ctx.reportYear,
          lag: ctx.lag,
          factors: up.factors,
        }),
        note: plainUpliftNote(up.chain, up.sources),
        result: tidy(computed),
      }
    : undefined;
  return { computed: tidy(computed), chain: up.chain, indexSources: up.sources, indexFactors: up.factors, ...(plainFormula ? { plainFormula } : {}), findings };
}

function tidy(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
