/** The internkontrollplan (IK-plan), its risk matrix and its follow-up (DOMAIN §3.8). */
export { checkInternalControl, type InternalControlResult } from './checkInternalControl';
export { findIkPlans } from './findIkPlan';
export { resolveIcSettings, DEFAULT_BANDS, DEFAULT_SCALE, type ResolvedIcSettings } from './icSettings';
export { bandOf } from './bands';
export { statusOf } from './status';
export { deadlineIso } from './deadline';
export { internalControlText, risksText, actionsText } from './summaryText';
export { STATUS_WORD, BAND_WORD } from './words';
export type {
  ActionStatus,
  StatusKey,
  RiskBand,
  RiskBands,
  InternalControlSummary,
  RiskMatrixCell,
  MatrixRisk,
  IkPlanTable,
} from './types';
