/**
 * Regional tillväxtnämnd's driftbudget scenario (DOMAIN §3.3): the ram cut by 19,5 mnkr with every
 * kind of parameter a driftbudget takes. Shared by the scenario sheet tests and the LibreOffice suite.
 */
import type { Parameter } from '../../src/core/scenario';

export const TILLVAXT_DRIFT_PARAMETERS: Parameter[] = [
  { kind: 'ram', change: -19.5 },
  { kind: 'percent', target: 'Näringslivsutveckling', percent: -5 },
  { kind: 'ram', change: -1.0, target: 'Energi och klimat' },
  { kind: 'amount', target: 'Förvaltningsgemensamt', amount: 2 },
  { kind: 'index', series: 'LPIK', year: 2025, percent: 3.2 },
  { kind: 'plan', ramReduction: 19.5, imbalance: 9.5, effects: [{ year: 2024, amount: 24.2 }, { year: 2025, amount: 28.3 }] },
];
