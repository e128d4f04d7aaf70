export { compareWorkbooks, compareWithSnapshot } from './compareWorkbooks';
export { DEFAULT_THRESHOLD } from './compareFigures';
export { takeSnapshot, type FigureSnapshot } from './snapshot';
export { keepSnapshot, parseSnapshots, SNAPSHOT_STORE_KEY } from './snapshotStore';
export type { ChangedFinding, CompareFinding, CompareSettings, Comparison, TablePair } from './types';
