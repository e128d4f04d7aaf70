/** Ad hoc scenarios (what-if on the budget, the prognos and the handlingsplan). */
export * from './parameters';
export { findColumn, matchColumn } from './columnMatch';
export { percentColumns, PERCENT_COLUMNS_WORD } from './percentColumns';
export { scenarioBase, SCENARIO_TABLE_KINDS, type ScenarioBase, type BaseOutcome } from './base';
export { runScenario, evaluateParameters, type ScenarioResult, type ScenarioRowResult, type ScenarioOutcome, type YearResult, type BridgeStep } from './run';
export { describeParameter, balanceWords, stepEffectWords } from './describe';
export { scenarioBaseChoices, type BaseChoice } from './choices';
export { planSummary, type PlanSummary, type PlanYear } from './plan';
export type { AreaResult } from './areas';
export { compareScenarios, MAX_COMPARED, type Comparison, type ComparedScenario } from './compare';
export { sensitivity, valuesBetween, withMainValue, mainValue, type SensitivityPoint } from './sensitivity';
export * from './store';
export { scenarioSheet, type SheetOutcome } from './sheet';
export { scenarioSheetName, sheetNameProblem } from './sheetName';
