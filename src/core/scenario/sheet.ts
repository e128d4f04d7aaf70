/**
 * "Skriv scenario till blad": the scenario as a new sheet with a parameter block and the rows as
 * live Excel formulas that read it, so the user can keep playing in Excel without the add-in.
 * Formulas use English function names and A1 references; labels taken from the user's cells are
 * plain strings, written inert. The cell formulas follow the same effects the engine computes
 * with (effects.ts), so Excel shows the engine's figures.
 */
import { findSeries, valueFor } from '../indexation';
import type { ReportCell, ReportSheet } from '../report/reportSheet';
import type { TableRow } from '../tables/table';
import { baseValue, type ScenarioBase } from './base';
import { describeParameter } from './describe';
import { cellEffects, isCostRow, type CellEffect } from './effects';
import { netCostOf, resultLine, scenarioFrame } from './frame';
import type { Parameter, Scenario } from './parameters';
import { planParameter, planSummary } from './plan';
import { scenarioYears } from './projection';
import { yearOf } from './run';
import { scenarioSheetName } from './sheetName';
import { leafWeights } from './totals';
import { sumCoverages } from '../rules/table/sumCoverage';

const AMOUNT = '#,##0.0;-#,##0.0';
const PERCENT = '0.0%';
const FACTOR = '0.0000';

export type SheetOutcome = { ok: true; sheet: ReportSheet } | { ok: false; message: string };

export function scenarioSheet(base: ScenarioBase, scenario: Scenario, existingSheets: readonly string[]): SheetOutcome {
  if (base.table.kind === 'driftbudget') return { ok: false, message: 'Skriv scenario till blad finns än så länge för resultatbudget och resultatrapport, inte för driftbudget per område.' };
  const rows: ReportCell[][] = [];
  /** Appends a row; returns its 1-based row number. */
  const put = (cells: ReportCell[]) => rows.push(cells);
  const baseYear = yearOf(base, scenario.parameters);
  put([{ text: `Scenario: ${scenario.name}`, bold: true }]);
  put([`Underlag: bladet ${base.sheet.name}, kolumn ${base.primary.header}${baseYear ? ` (${baseYear})` : ''}. Ändra värdena i kolumn B under Parametrar; raderna räknas om i Excel.`]);
  put([]);
  put([{ text: 'Parametrar', bold: true }, { text: 'Värde', bold: true }, { text: 'Beskrivning', bold: true }]);

  // Parameter block: one input cell per figure a parameter turns on.
  const cellOf = new Map<string, string>();
  const input = (key: string, label: string, value: number, format: string, note = '') => {
    const r = put([label, { value, numberFormat: format }, note]);
    cellOf.set(key, `$B$${r}`);
    return `$B$${r}`;
  };
  scenario.parameters.forEach((p, i) => parameterInputs(base, p, i, baseYear, input));
  const plan = planParameter(scenario.parameters);
  const summary = plan ? planSummary(plan.plan) : undefined;
  const years = scenarioYears(baseYear, scenario.parameters, summary && !('error' in summary) ? summary : undefined);
  const indexParam = scenario.parameters.find((p) => p.kind === 'index');
  // Index values of later years that the scenario does not set come from the index table, as inputs too.
  if (indexParam && indexParam.kind === 'index' && baseYear !== undefined) {
    const series = findSeries(base.indexTable, indexParam.series);
    for (let y = baseYear + 1; y <= Math.max(baseYear, ...years); y++) {
      if (indexCell(cellOf, scenario.parameters, indexParam.series, y)) continue;
      const v = series?.kind === 'percent' ? valueFor(series, y) : undefined;
      if (v !== undefined) input(`table:${y}`, `${series!.name} ${y} (indextabell)`, v / 100, PERCENT, series!.source);
    }
  }
  put([]);

  // The table: base figures as values, scenario figures as formulas.
  const header = put([{ text: 'Rad', bold: true }, { text: `Bas, ${base.primary.header}`, bold: true }, { text: 'Scenario', bold: true }, { text: 'Förändring', bold: true }]);
  const effects = cellEffects(base, scenario.parameters, baseYear);
  const rowAt = new Map<TableRow, number>();
  base.rows.forEach((r, i) => rowAt.set(r, header + 1 + i));
  for (const r of base.rows) {
    const at = rowAt.get(r)!;
    const bold = r.kind === 'total' || r.kind === 'subtotal';
    if (bold) {
      const parts = sumParts(base, r);
      put([r.label, { formula: weighted('B', parts, rowAt), numberFormat: AMOUNT, bold }, { formula: weighted('C', parts, rowAt), numberFormat: AMOUNT, bold }, { formula: `=C${at}-B${at}`, numberFormat: AMOUNT, bold }]);
      continue;
    }
    const v = baseValue(base, r, base.primary) ?? 0;
    const e = r.kind === 'leaf' ? effects.at(r, base.primary) : undefined;
    put([r.label, { value: v, numberFormat: AMOUNT }, { formula: leafFormula(`B${at}`, e, scenario.parameters, cellOf), numberFormat: AMOUNT }, { formula: `=C${at}-B${at}`, numberFormat: AMOUNT }]);
  }
  put([]);

  // Result against the ram.
  const line = resultLine(base);
  const frame = scenarioFrame(base, scenario.parameters);
  if (line && frame) {
    const res = rowAt.get(line)!;
    const sign = netCostOf(base, baseValue(base, line, base.primary) ?? -1) === (baseValue(base, line, base.primary) ?? -1) ? '' : '-';
    const changes = scenario.parameters.map((p, i) => (p.kind === 'ram' && p.change !== undefined ? cellOf.get(`${i}`) : undefined)).filter(Boolean) as string[];
    const level = [...scenario.parameters.keys()].reverse().find((i) => scenario.parameters[i].kind === 'ram' && (scenario.parameters[i] as { value?: number }).value !== undefined);
    const ramRow = rows.length + 1;
    put([{ text: 'Budgetram', bold: true }, { value: frame.base, numberFormat: AMOUNT }, { formula: `=${level !== undefined ? cellOf.get(`${level}`) : `B${ramRow}`}${changes.map((c) => `+${c}`).join('')}`, numberFormat: AMOUNT }, frame.source]);
    const netRow = put(['Nettokostnad', { formula: `=${sign}B${res}`, numberFormat: AMOUNT }, { formula: `=${sign}C${res}`, numberFormat: AMOUNT }]);
    const gapRow = put(['Ej uppnådda åtgärder (handlingsplan)', { value: 0, numberFormat: AMOUNT }, { formula: gapFormula(scenario.parameters, cellOf, baseYear), numberFormat: AMOUNT }]);
    put([{ text: 'Resultat mot budgetram (+ överskott, − underskott)', bold: true }, { formula: `=B${ramRow}-B${netRow}-B${gapRow}`, numberFormat: AMOUNT, bold: true }, { formula: `=C${ramRow}-C${netRow}-C${gapRow}`, numberFormat: AMOUNT, bold: true }]);

    if (years.length > 1) {
      put([]);
      const yh = put([{ text: 'År', bold: true }, { text: 'Indexfaktor', bold: true }, { text: 'Budgetram', bold: true }, { text: 'Nettokostnad', bold: true }, { text: 'Ej uppnått', bold: true }, { text: 'Resultat mot ram', bold: true }]);
      const weights = leafWeights(base.rows, base.costsPositive, line);
      const costTerms = [...weights].filter(([r]) => isCostRow(base, r)).map(([r, w]) => term(w, `C${rowAt.get(r)}`)).join('');
      const otherTerms = [...weights].filter(([r]) => !isCostRow(base, r)).map(([r, w]) => term(w, `C${rowAt.get(r)}`)).join('');
      years.forEach((y, i) => {
        const at = yh + 1 + i;
        const factors: string[] = [];
        if (indexParam && indexParam.kind === 'index') {
          for (let k = baseYear! + 1; k <= y; k++) {
            const c = indexCell(cellOf, scenario.parameters, indexParam.series, k) ?? cellOf.get(`table:${k}`);
            if (c) factors.push(`(1+${c})`);
          }
        }
        const factor = factors.length ? `=${factors.join('*')}` : '=1';
        const chg = changes.map((c) => `+${c}`).join('');
        const ram = scenario.ramFollowsIndex === false ? `=C${ramRow}` : `=(C${ramRow}${changes.map((c) => `-${c}`).join('')})*B${at}${chg}`;
        const net = `=${sign === '-' ? '-' : ''}((0${otherTerms})+(0${costTerms})*B${at})`;
        put([{ value: y, numberFormat: '0' }, { formula: factor, numberFormat: FACTOR }, { formula: ram, numberFormat: AMOUNT }, { formula: net, numberFormat: AMOUNT }, { formula: gapFormula(scenario.parameters, cellOf, y), numberFormat: AMOUNT }, { formula: `=C${at}-D${at}-E${at}`, numberFormat: AMOUNT, bold: true }]);
      });
    }
  }
  put([]);
  put(['Parametrar i scenariot: ' + scenario.parameters.map(describeParameter).join('; ')]);
  return { ok: true, sheet: { name: scenarioSheetName(scenario.name, existingSheets), rows, widths: [44, 16, 16, 16, 14, 18] } };
}

type Input = (key: string, label: string, value: number, format: string, note?: string) => string;

function parameterInputs(base: ScenarioBase, p: Parameter, i: number, baseYear: number | undefined, input: Input): void {
  const k = `${i}`;
  switch (p.kind) {
    case 'percent':
      input(k, `${p.target}, förändring`, p.percent / 100, PERCENT, describeParameter(p));
      return;
    case 'amount':
      input(k, `${p.target}, belopp`, p.amount, AMOUNT, 'mnkr; mer kostnad eller mer intäkt');
      return;
    case 'adjustment':
      input(k, `${p.row}, ${p.set !== undefined ? 'nytt värde' : 'justering'}`, p.set ?? p.add ?? 0, AMOUNT, p.note ?? '');
      return;
    case 'ram':
      input(k, p.value !== undefined ? 'Budgetram, nivå' : 'Budgetram, förändring', p.value ?? p.change ?? 0, AMOUNT, 'mnkr');
      return;
    case 'index': {
      input(k, `${p.series} ${p.year}`, p.percent / 100, PERCENT, 'scenario');
      const series = findSeries(base.indexTable, p.series);
      const assumed = series?.kind === 'percent' ? valueFor(series, p.year) : undefined;
      if (assumed !== undefined && p.year === baseYear) input(`${k}:assumed`, `${p.series} ${p.year} i budgeten`, assumed / 100, PERCENT, series!.source);
      return;
    }
    case 'plan': {
      if (p.requirement !== undefined) input(`${k}:req`, 'Åtgärdskrav', p.requirement, AMOUNT, 'mnkr');
      else {
        input(`${k}:ramred`, 'Åtgärdskrav: minskad budgetram', p.ramReduction ?? 0, AMOUNT, 'mnkr');
        input(`${k}:imb`, 'Åtgärdskrav: obalanser', p.imbalance ?? 0, AMOUNT, 'mnkr');
      }
      for (const e of p.effects) {
        if (e.amount !== undefined) input(`${k}:${e.year}`, `Handlingsplanens effekt ${e.year}`, e.amount, AMOUNT, 'mnkr');
        else input(`${k}:${e.year}`, `Uppfyllelsegrad ${e.year}`, (e.fulfilment ?? 0) / 100, PERCENT);
      }
      return;
    }
  }
}

/** The cell of the scenario's own value for an index year, if it sets one. */
function indexCell(cellOf: Map<string, string>, parameters: readonly Parameter[], series: string, year: number): string | undefined {
  const i = [...parameters.keys()].reverse().find((j) => {
    const p = parameters[j];
    return p.kind === 'index' && p.year === year && p.series.toUpperCase() === series.toUpperCase();
  });
  return i === undefined ? undefined : cellOf.get(`${i}`);
}

function leafFormula(baseCell: string, e: CellEffect | undefined, parameters: readonly Parameter[], cellOf: Map<string, string>): string {
  if (!e) return `=${baseCell}`;
  if (e.set) return `=${cellOf.get(`${e.set.param}`)}`;
  let f = `=${baseCell}`;
  for (const x of e.factors) {
    const p = parameters[x.param];
    const c = cellOf.get(`${x.param}`)!;
    const assumed = cellOf.get(`${x.param}:assumed`);
    f += p.kind === 'index' && assumed ? `*(1+${c})/(1+${assumed})` : `*(1+${c})`;
  }
  for (const x of e.addends) f += term(x.per, cellOf.get(`${x.param}`)!);
  return f;
}

/** "+C12", "-C12" or "+0.25*C12". */
function term(weight: number, cell: string): string {
  if (weight === 1) return `+${cell}`;
  if (weight === -1) return `-${cell}`;
  return `${weight < 0 ? '-' : '+'}${Math.abs(weight)}*${cell}`;
}

function weighted(col: string, parts: Array<{ row: TableRow; weight: number }>, rowAt: Map<TableRow, number>): string {
  if (parts.length === 0) return '=0';
  return `=${parts.map((p) => term(p.weight, `${col}${rowAt.get(p.row)}`)).join('').replace(/^\+/, '')}`;
}

/** Åtgärdskrav − the effect of the latest plan year up to `year` (0 before the plan starts). */
function gapFormula(parameters: readonly Parameter[], cellOf: Map<string, string>, year: number | undefined): string {
  const plan = planParameter(parameters);
  if (!plan) return '=0';
  const k = `${plan.index}`;
  const req = cellOf.get(`${k}:req`) ?? `(${cellOf.get(`${k}:ramred`)}+${cellOf.get(`${k}:imb`)})`;
  const effects = [...plan.plan.effects].sort((a, b) => a.year - b.year);
  const chosen = year === undefined ? effects[0] : effects.filter((e) => e.year <= year).pop();
  if (!chosen) return '=0';
  const cell = cellOf.get(`${k}:${chosen.year}`)!;
  return chosen.amount !== undefined ? `=${req}-${cell}` : `=${req}*(1-${cell})`;
}

/** A sum row as the weighted rows it adds directly (its subtotals stay formulas). */
function sumParts(base: ScenarioBase, row: TableRow): Array<{ row: TableRow; weight: number }> {
  return sumCoverages([...base.rows], base.costsPositive).get(row)?.[0]?.parts ?? [];
}
