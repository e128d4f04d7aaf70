export { compareWorkbooks } from './compareWorkbooks';
export { DEFAULT_THRESHOLD } from './compareFigures';
export type { ChangedFinding, CompareFinding, CompareSettings, Comparison, TablePair } from './types';
