/** "dina indexvärden" -> "Dina indexvärden": a Swedish phrase as a heading or the start of a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
