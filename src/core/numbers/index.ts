/** Numbers as reports show them: rounding intervals, Swedish number text, displayed precision. */
export * from './interval';
export * from './swedishNumber';
export * from './displayPrecision';
export * from './numberNotation';
export * from './cellNumberText';
