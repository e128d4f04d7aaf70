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

/** DOMAIN.md §3.3: kulturnämnd resultatbudget, with the labelled budgetram. */
export const RESULTATBUDGET: TestCell[][] = [
  ['Budgetram', 108.4],
  [null],
  ['Resultatbudget, mnkr', 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
  ['Erhållna bidrag', 57.8, 56.4, 56.7],
  ['Övriga intäkter', 0, 0.5, 0],
  ['Summa intäkter', 57.8, 56.9, 56.7],
  ['Personalkostnader', -16.2, -16.0, -16.5],
  ['Lämnade bidrag', -132.2, -144.8, -145.1],
  ['Övriga kostnader', -17.8, -16.6, -17.0],
  ['Avskrivningar', 0, 0, 0],
  ['Summa kostnader', -166.2, -177.4, -178.6],
  ['Verksamhetens nettokostnader', -108.4, -120.5, -121.9],
  ['Finansnetto', 0, 0, 0],
  ['Resultat', -108.4, -120.5, -121.9],
];

/** DOMAIN.md §3.3: driftbudget kultur, two-level header (year over Omsättning / Varav budgetram). */
export const DRIFTBUDGET: TestCell[][] = [
  ['Driftbudget kultur', 'Budget 2024', null, 'Prognos 2023', null],
  ['Mnkr', 'Omsättning', 'Varav budgetram', 'Omsättning', 'Varav budgetram'],
  ['Ledning', 15.7, 15.7, 7.2, 7.2],
  ['Kulturstöd', 6.5, 6.5, 7.4, 7.4],
  ['Civilsamhälle och social ekonomi', 0.2, 0.2, 2.7, 2.7],
  ['Särskilda satsningar', 0, 0, 1.2, 1.2],
  ['Samverkansmodellen', 98.3, 44.0, 113.6, 58.5],
  ['Föreningsbidrag', 38.3, 38.3, 40.4, 40.4],
  ['Projekt', 3.5, 0, 2.1, 0],
  ['Nämndkostnader', 3.7, 3.7, 3.1, 3.1],
  ['Summa', 166.2, 108.4, 177.7, 120.5],
];
export const DRIFTBUDGET_MERGES = [
  { top: 1, left: 2, bottom: 1, right: 3 },
  { top: 1, left: 4, bottom: 1, right: 5 },
];

/** DOMAIN.md §3.4: handlingsplan follow-up (Summa covers the economic rows only). */
export const HANDLINGSPLAN: TestCell[][] = [
  ['Uppföljning handlingsplan, mnkr'],
  [null, 'Handlingsplan', 'Utfall 2024', 'Utfall ack 2025', 'Prognos 2025', 'Prognos 2026'],
  ['Antal årsarbetare', 1.0, 1.0, 1.0, 1.0, 1.0],
  ['Personalkostnader', 0.9, 1.2, 0.6, 0.6, 0.6],
  ['Övriga kostnader', 17.2, 17.2, 17.2, 17.2, 17.2],
  ['Summa', 18.1, 18.4, 17.8, 17.8, 17.8],
];

/** DOMAIN.md §3.5: personnel economics, headers broken over lines as in the PDF copy. */
export const LONEKOSTNAD: TestCell[][] = [
  ['Personalkostnader'],
  ['Lönekostnad', 'Utfall ack', 'Utfall ack\nfg år', 'Prognos', 'Utfall fg\når', 'Öknings\ntakt (%)\nack', 'Öknings\ntakt (%)\nack fg år', 'Öknings\ntakt (%)\nPrognos', 'Öknings\ntakt (%)\nfg år'],
  ['Lönekostnad (40-41) (mnkr)', -5.9, -5.5, -10.6, -9.8, 7.7, -6.4, 8.7, -2.2],
];

export const KOSTNADSANALYS: TestCell[][] = [
  ['Kostnadsanalys'],
  ['Kategori', 'Utfall ack\nmnkr', 'Utfall ack fg år,\nmnkr', 'Förändring,\nmnkr', 'Förändring %'],
  ['Månadslöner', -4.8, -4.3, -0.4, 9.6],
  ['Obekväm arbetstid', 0.0, 0.0, 0.0, 174.7],
  ['Semesterkostnad inkl. skuldförändring', -0.8, -0.8, -0.1, 7.3],
  ['Sjuklön', 0.0, 0.0, 0.0, 8.1],
  ['Övrigt konto 40xx-41xx', -0.3, -0.4, 0.1, -14.0],
  ['Totalt kontoklass 40-41', -5.9, -5.5, -0.4, 7.7],
];

/** Two-level header: merged dates over Kvinnor/Män/Totalt, then Förändring. */
export const ARSARBETARE: TestCell[][] = [
  ['Årsarbetare tillsvidareanställda avtalad sysselsättningsgrad'],
  ['Yrkesgrupp/ antal', 'Antal årsarbetare per 31 juli 2025', null, null, 'Antal årsarbetare per 31 juli 2024', null, null, 'Förändring', null, null],
  [null, 'Kvinno\nr', 'Män', 'Totalt', 'Kvinnor', 'Män', 'Totalt', 'Kvinnor', 'Män', 'Totalt'],
  ['Chef', 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0],
  ['Handläggare', 14.0, 5.5, 19.5, 12.0, 4.5, 16.5, 2.0, 1.0, 3.0],
  ['Summa', 15.0, 5.5, 20.5, 13.0, 4.5, 17.5, 2.0, 1.0, 3.0],
];
export const ARSARBETARE_MERGES = [
  { top: 2, left: 2, bottom: 2, right: 4 },
  { top: 2, left: 5, bottom: 2, right: 7 },
  { top: 2, left: 8, bottom: 2, right: 10 },
  { top: 2, left: 1, bottom: 3, right: 1 },
];

export const SJUKFRANVARO: TestCell[][] = [
  ['Sjukfrånvaro i %'],
  [null, 'Kvinnor', 'Män', 'Totalt'],
  ['Korttidsfrånvaro', 0.7, 0.1, 0.6],
  ['Långtidsfrånvaro', 0.8, 0.0, 0.6],
  ['Sjukfrånvaro totalt', 1.5, 0.1, 1.2],
];
