/**
 * An indexuppräkning as an ordinary Excel formula, for a workbook that travels to someone without
 * Periodkoll (where PERIODKOLL.UPPRÄKNA shows #NAMN?): `=B5*(1+3.5%)*(1+2.9%)`, or
 * `=B5*403.7/343.19` for a level series. Written in the invariant (English) formula language that
 * Office.js and files use; Swedish Excel shows `=B5*(1+3,5%)*(1+2,9%)`.
 */
import type { IndexKind } from './series';

export interface PlainUpliftInput {
  /** The base value's cell on the same sheet (A1), when it holds the base as a number. */
  baseCell?: string;
  /** The base value, written as a constant when there is no base cell. */
  baseValue: number;
  /** From the base value's unit to the målvärde's (0.001 for kr → tkr); default 1. */
  scale?: number;
  kind: IndexKind;
  fromYear: number;
  toYear: number;
  lag: number;
  /** The index values used (UpliftDone.factors): the yearly change in % or the level. */
  factors: ReadonlyArray<{ year: number; value: number }>;
}

export function plainUpliftFormula(input: PlainUpliftInput): string {
  const scale = input.scale ?? 1;
  const base = input.baseCell
    ? `${input.baseCell}${scale !== 1 ? `*${literal(scale)}` : ''}`
    : literal(input.baseValue * scale);
  return `=${base}${factorTerms(input)}`;
}

/** The note beside the formula: the chain to redo by hand and where each index value comes from. */
export function plainUpliftNote(chain: string, sources: string): string {
  return `Indexuppräkning: ${chain}\nKällor: ${sources}\nVanlig formel skriven av Periodkoll, så att arbetsboken räknar utan tillägget.`;
}

function factorTerms(input: PlainUpliftInput): string {
  const value = (year: number) => {
    const f = input.factors.find((x) => x.year === year);
    if (!f) throw new Error(`plainUpliftFormula: no index value for ${year}`);
    return f.value;
  };
  if (input.fromYear === input.toYear) return '';
  if (input.kind === 'level') {
    return `*${literal(value(input.toYear - input.lag))}/${literal(value(input.fromYear - input.lag))}`;
  }
  const op = input.toYear < input.fromYear ? '/' : '*';
  return [...input.factors]
    .sort((a, b) => a.year - b.year)
    .map((f) => `${op}(1${f.value < 0 ? '-' : '+'}${literal(Math.abs(f.value))}%)`)
    .join('');
}

/** A number as the invariant formula language writes it: "." as decimal sign, no float noise. */
function literal(v: number): string {
  return String(Number(v.toPrecision(15)));
}
