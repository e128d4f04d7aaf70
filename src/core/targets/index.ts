/** Styrtal, målvärden and måluppfyllelse (DOMAIN §3.6), with index-adjusted målvärden (§3.7). */
export { checkGoals, type GoalsResult } from './checkGoals';
export { checkStyrtal, type StyrtalOptions } from './checkStyrtal';
export { checkSummary } from './checkSummary';
export { findStyrtalTables, type StyrtalTable } from './findStyrtal';
export { readStyrtalValue, type StyrtalValue } from './styrtalValue';
export { readDirection } from './direction';
export { findAssessments, readStatement, type Assessment, type AssessmentLevel, type AssessmentGroup } from './assessments';
export { STATUS_WORD, DIRECTION_WORD } from './words';
export type { TargetRow, TargetDirection, TargetStatus, TargetValue } from './types';
