import { cellText } from '../recognize/cellKinds';
import { parseSwedishNumber } from '../numbers/swedishNumber';
import { normalizeLabel } from '../text/normalize';
import type { Cell } from '../model/workbook';

export type Axis = 'sannolikhet' | 'konsekvens';

/** The words of the default 4-step scales (DOMAIN §3.8); other scales are written as figures. */
const WORDS: Record<Axis, string[]> = {
  sannolikhet: ['mycket liten', 'liten', 'stor', 'mycket stor'],
  konsekvens: ['försumbar', 'lindrig', 'kännbar', 'allvarlig'],
};

/**
 * A step of the risk assessment: a figure (3, "3", "3 – stor") or, on a 4-step scale, its word
 * ("Stor", "Kännbar"). Undefined when the cell says something else.
 */
export function readStep(cell: Cell, axis: Axis, scale: number): number | undefined {
  const figure = readFigure(cell);
  if (figure !== undefined) return figure;
  const text = normalizeLabel(cellText(cell));
  const lead = /^(\d+)\s*(?:[-–—:.)]\s*)?\p{L}/u.exec(text);
  if (lead) return Number(lead[1]);
  if (scale !== WORDS[axis].length) return undefined;
  const i = WORDS[axis].indexOf(text);
  return i >= 0 ? i + 1 : undefined;
}

/** A number cell, or text that is one Swedish number. */
export function readFigure(cell: Cell): number | undefined {
  if (cell.type === 'number' && typeof cell.value === 'number') return cell.value;
  if (cell.type !== 'text') return undefined;
  return parseSwedishNumber(cellText(cell))?.value;
}
