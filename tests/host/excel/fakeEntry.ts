/**
 * What real Excel makes of a value written through Range.values or Range.formulas: it reads a
 * string the way it reads typing. The fake follows these rules so the adapter meets them here
 * before a user meets them in Excel:
 *
 * - "=…" is a formula; "+…", "-…" and "@…" that are not numbers become formulas too
 *   (Range.values reference: "If a value starts with a plus (+), minus (-), or equal sign (=),
 *   Excel interprets this value as a formula"; "@" is Lotus-style formula entry, see the OWASP
 *   CSV-injection note).
 * - A leading apostrophe makes the rest text and is not part of the value; Range.formulas and
 *   Range.values both report the text without it (OfficeDev/office-js#6687: writing Range.formulas
 *   back turns "'=AVERAGE(…)" into a live formula).
 * - Digits become a number, leading zeros dropped ("00123" -> 123, "2024" -> 2024); "20%" becomes
 *   0.2 shown as "0%"; an ISO date becomes a date serial shown as a date; TRUE/FALSE become
 *   booleans (Microsoft Support, "Stop automatically changing numbers to dates" and "Format
 *   numbers as text").
 * - In a cell formatted as text ("@") every string stays text exactly as written.
 * - A null entry leaves the cell as it is (Range.values reference: null input is ignored).
 */
import type { FakeCell } from './fakeState';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel's day 0 in the 1900 date system as JavaScript counts it. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

export function enterValue(cell: FakeCell, v: unknown): void {
  if (v === null || v === undefined) return;
  delete cell.formula;
  delete cell.formulaR1C1;
  delete cell.type;
  if (typeof v !== 'string') {
    cell.value = v as FakeCell['value'];
    return;
  }
  if (v === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  if (NUMBER.test(v)) {
    cell.value = Number(v);
    return;
  }
  if (/^[=+\-@]./.test(v)) {
    // The fake does not calculate: a formula shows 0 until a test says otherwise.
    cell.formula = v.startsWith('=') ? v : v.startsWith('@') ? `=${v.slice(1)}` : `=${v}`;
    cell.value = 0;
    return;
  }
  const percent = PERCENT.exec(v);
  if (percent) {
    cell.value = Number(percent[1]) / 100;
    if (isGeneral(cell)) cell.numberFormat = percent[1].includes('.') ? '0.00%' : '0%';
    return;
  }
  const date = ISO_DATE.exec(v);
  if (date) {
    const at = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    cell.value = Math.round((at - EPOCH_1900) / 86_400_000);
    if (isGeneral(cell)) cell.numberFormat = 'yyyy-mm-dd';
    return;
  }
  if (/^(true|false)$/i.test(v)) {
    cell.value = v.toLowerCase() === 'true';
    return;
  }
  cell.value = v;
}

function isGeneral(cell: FakeCell): boolean {
  return cell.numberFormat === undefined || cell.numberFormat === 'General';
}
