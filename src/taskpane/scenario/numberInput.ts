/** Swedish number input of the scenario editor and the index values: "3,5", "−19,5", "84 %", "2,5 mnkr", "412,5". */
import { parseSwedishNumber } from '../../core/numbers/swedishNumber';
import { figure } from '../../core/scenario/describe';

/** 'indextal': an index level (KPI 1980 = 100), a plain number without unit. */
export type NumberUnit = '%' | 'mnkr' | 'år' | 'indextal';

export type NumberInput = { ok: true; value: number | undefined } | { ok: false; message: string };

const EXAMPLE: Record<NumberUnit, string> = { '%': '3,5', mnkr: '−19,5', år: '2025', indextal: '412,5' };

/** Reads what the user typed; an empty optional field is undefined, anything else must be one number. */
export function readNumberInput(text: string, unit: NumberUnit, optional = false): NumberInput {
  if (text.trim() === '') return optional ? { ok: true, value: undefined } : { ok: false, message: 'Fyll i ett tal.' };
  const parsed = parseSwedishNumber(text);
  const wrongUnit = parsed?.unit !== undefined && parsed.unit !== unit;
  if (!parsed || wrongUnit) return { ok: false, message: `Skriv ett tal${unit === 'år' || unit === 'indextal' ? '' : ` i ${unit}`}, t.ex. ${EXAMPLE[unit]}.` };
  if (unit === 'år' && !(Number.isInteger(parsed.value) && parsed.value >= 1900 && parsed.value <= 2200)) {
    return { ok: false, message: 'Skriv ett årtal, t.ex. 2025.' };
  }
  return { ok: true, value: parsed.value };
}

/** A figure as the input shows it: "3,5", "−19,5", "2025" (no unit; the label carries it). */
export function numberText(value: number | undefined, unit: NumberUnit): string {
  if (value === undefined) return '';
  return unit === 'år' ? String(value) : figure(value);
}
