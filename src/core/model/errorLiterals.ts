/** Excel error values, English (as stored in files and Office.js) and Swedish (as shown in sv-SE Excel). */
export const ERROR_SWEDISH: Record<string, string> = {
  '#DIV/0!': '#DIVISION/0!',
  '#REF!': '#REFERENS!',
  '#VALUE!': '#VÄRDEFEL!',
  '#NAME?': '#NAMN?',
  '#N/A': '#SAKNAS!',
  // Swedish Excel: #NUM! shows as #OGILTIGT!, #NULL! as #SKÄRNING!.
  '#NULL!': '#SKÄRNING!',
  '#NUM!': '#OGILTIGT!',
  '#SPILL!': '#SPILL!',
  '#CALC!': '#BERÄKNING!',
  '#GETTING_DATA': '#HÄMTAR_DATA',
};

const ALL_LITERALS = new Set<string>([...Object.keys(ERROR_SWEDISH), ...Object.values(ERROR_SWEDISH)].map((s) => s.toUpperCase()));

/** True when a text is exactly an error literal in either language (pasted from a report). */
export function isErrorLiteral(text: string): boolean {
  const trimmed = text.trim();
  // Every literal starts with "#": most texts are told by their first character.
  return trimmed.charCodeAt(0) === 35 && ALL_LITERALS.has(trimmed.toUpperCase());
}

/** The Swedish display of an error literal, whichever language it came in. */
export function swedishError(literal: string): string {
  const key = literal.trim().toUpperCase();
  return ERROR_SWEDISH[key] ?? literal.trim();
}
