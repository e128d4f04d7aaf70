/** The formula evaluator: the workbook's own formulas recomputed in memory (scenarios). */
export { recalculate, scalarOf, type CellChange, type CellOutcome, type Recalculation, type RecalcProblem, type RecalcOptions } from './recalculate';
export { parseFormula, FormulaSyntaxError, type FormulaNode } from './parse';
export { evaluate, type EvalContext } from './compute';
export { FUNCTIONS, unknownFunctions } from './functions';
export { isError, type Scalar, type ExcelError } from './values';
