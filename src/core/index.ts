/** The engine's public surface, the same for every host (Excel, browser, command line). */
export { validateWorkbook } from './engine/validate';
export type { ValidationSettings } from './engine/settings';
export type { Finding, Report, RecognizedTableSummary, Severity } from './findings/finding';
export type { Workbook, Sheet, Cell, CellRange, ValueType } from './model/workbook';
export { RULES, RULES_VERSION, ruleInfo, type RuleId, type RuleInfo } from './rules/catalogue';
export { indexuppräkning } from './indexation';
export * as scenario from './scenario';
export { recalculate, type Recalculation, type CellChange } from './evaluate';
export * as internalControl from './internalControl';
export * as ledger from './ledger';
