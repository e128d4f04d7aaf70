/**
 * SpreadsheetML writes characters XML cannot hold (control characters such as CR) as "_xHHHH_";
 * Excel shows the character.
 */
export function decodeUnderscoreX(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
