import type { TestCell } from './buildSheet';

/** DOMAIN.md §3.1: kulturnämnd resultatrapport jan–jul 2025, mnkr (real figures). */
export const RESULTATRAPPORT: TestCell[][] = [
  ['Resultatrapport'],
  ['Belopp i mnkr'],
  [null, 'Utfall ack', 'Budget ack', 'Budget-\navvikelse ack', 'Utfall ack fg år', 'Prognos', 'Budget', 'Prognos budgetavvikelse', 'Budgetavvikelse fg år'],
  ['Erhållna bidrag', 34.0, 32.8, 1.2, 34.0, 57.6, 56.2, 1.3, -0.7],
  ['Övriga intäkter', 0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.0, 0.3],
  ['Summa Intäkter', 34.0, 32.8, 1.2, 34.2, 57.6, 56.2, 1.3, -0.4],
  ['Personalkostnader', -8.8, -8.8, 0.1, -8.8, -15.5, -15.5, 0.0, 0.6],
  ['Lämnade bidrag', -86.6, -84.2, -2.4, -79.3, -144.8, -144.5, -0.3, -5.5],
  ['Övriga kostnader', -5.9, -9.8, 3.9, -5.3, -17.5, -16.9, -0.6, 7.3],
  ['Summa Kostnader', -101.3, -102.9, 1.6, -93.4, -177.8, -176.8, -0.9, 2.4],
  ['Verksamhetens nettokostnad', -67.3, -70.1, 2.8, -59.2, -120.2, -120.6, 0.4, 2.0],
  ['Resultat', -67.3, -70.1, 2.8, -59.2, -120.2, -120.6, 0.4, 2.0],
];

/** DOMAIN.md §3.2: driftredovisning per område 2025, with the real #DIVISION/0!. */
export const DRIFTREDOVISNING: TestCell[][] = [
  ['Driftredovisning per område'],
  [null, 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024'],
  ['Ledning', 1.0, 8.4, 11.9, 0.4],
  ['Kulturstöd', 0.1, 4.2, 2.4, 0.5],
  ['Civilsamhälle och social ekonomi', 0, 0.2, 0, 0.1],
  ['Särskilda satsningar', 0, 0, { f: '=B6/C6*100', v: '#DIV/0!', error: true }, 0],
  ['Samverkansmodellen', 1.8, 64.7, 2.8, 2.5],
  ['Föreningsbidrag', 0, 22.4, 0, 0],
  ['Projekt', 0, 2.0, 0, 0],
  ['Nämndkostnader', -0.1, 2.2, -4.5, 0.1],
  ['Resultat', 2.8, 104.1, 2.7, 3.6],
];
