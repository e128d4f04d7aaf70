/** Swedish words and number formatting shared by the CLI's text outputs. */
import type { Severity } from '../core/findings/finding';

export const SEVERITY_WORD: Record<Severity, string> = { error: 'Fel', warning: 'Varning', info: 'Info' };

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 });

/** "1 234,5" with Swedish separators; at most 6 decimals so float noise does not show. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export { countWord } from '../core/text/countWord';
