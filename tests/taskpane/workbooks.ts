/** Workbooks for the pane tests, built from the real periodrapport tables (DOMAIN.md §3). */
import type { Workbook } from '../../src/core/model/workbook';
import { buildSheet, buildWorkbook, type TestCell } from '../helpers/buildSheet';
import * as T from '../helpers/domainTables';

/** The real driftredovisning: exactly one finding, the #DIVISION/0! in D6. */
export function driftredovisningWorkbook(): Workbook {
  return buildWorkbook(buildSheet('Driftredovisning', T.DRIFTREDOVISNING));
}

/**
 * Two errors, one warning, one info:
 *   Resultatrapport B6 (Summa Intäkter typed as 35,0 instead of 34,0) – sum error with figures;
 *   Resultatrapport E8 "-79,3" stored as text – warning;
 *   Driftredovisning D6 #DIVISION/0! – error;
 *   Anteckningar – a sheet Periodkoll does not understand – info.
 */
export function mixedWorkbook(): Workbook {
  const resultatrapport: TestCell[][] = T.RESULTATRAPPORT.map((row) => [...row]);
  resultatrapport[5][1] = 35.0;
  resultatrapport[7][4] = '-79,3';
  return buildWorkbook(
    buildSheet('Resultatrapport', resultatrapport),
    buildSheet('Driftredovisning', T.DRIFTREDOVISNING),
    buildSheet('Anteckningar', [['Att göra före nämnden'], ['Stäm av med controller', 'Klart']]),
  );
}

/** Every real table on its own sheet, no findings. */
export function allTablesWorkbook(): Workbook {
  return buildWorkbook(
    buildSheet('Resultatrapport', T.RESULTATRAPPORT),
    buildSheet('Resultatbudget', T.RESULTATBUDGET),
    buildSheet('Driftbudget', T.DRIFTBUDGET, T.DRIFTBUDGET_MERGES),
    buildSheet('Handlingsplan', T.HANDLINGSPLAN),
    buildSheet('Lönekostnad', T.LONEKOSTNAD),
    buildSheet('Kostnadsanalys', T.KOSTNADSANALYS),
    buildSheet('Årsarbetare', T.ARSARBETARE, T.ARSARBETARE_MERGES),
    buildSheet('Sjukfrånvaro', T.SJUKFRANVARO),
  );
}
