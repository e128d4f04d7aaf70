/** Formula text helpers: tokenizer, copy-translation, R1C1 form and referenced ranges. */
export { tokenize, type Token, type TokenKind } from './tokenize';
export { translateFormula, toR1C1 } from './translate';
export { referencedRanges, type ReferencedRange } from './references';
export { parseRefBody, formatRefA1, sheetNameOf, type ParsedRef, type RefEnd, type RefKind } from './reference';
