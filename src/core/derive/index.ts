export { planDerivations } from './planDerivations';
export { defaultSelection, derivationWrites, derivedCellKey } from './writes';
export type { CellState, DerivationPlan, DerivedCell, DerivedColumn, DerivedKind } from './types';
