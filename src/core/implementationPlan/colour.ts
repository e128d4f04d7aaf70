/**
 * Rött / Grönt from an Uppföljning cell: its words first, else its fill colour. Fills are
 * judged by hue, so Excel's "Dålig" (FFC7CE) and plain red count as red, "Bra" (C6EFCE),
 * 00B050 and 92D050 as green; yellow, orange, grey and white are neither.
 */
import { normalizeLabel } from '../text/normalize';
import type { FollowUpColour } from './types';

/** The colour word a follow-up text starts with ("Rött", "Grönt: påbörjad …"), and the rest (lower case). */
export function colourWord(text: string): { colour: FollowUpColour; rest: string } {
  const t = normalizeLabel(text);
  const m = /^(rött|röd|rod|grönt|grön|gron)\b[\s:.,;–-]*(.*)$/u.exec(t);
  if (!m) return { colour: 'none', rest: text.trim() };
  const colour: FollowUpColour = m[1].startsWith('r') ? 'red' : 'green';
  // Only whether a comment follows matters, so the lower-cased rest will do.
  return { colour, rest: m[2].trim() };
}

/** red, green or none for an RRGGBB fill. */
export function fillColour(rgb: string | undefined): FollowUpColour {
  if (!rgb || !/^[0-9A-Fa-f]{6}$/.test(rgb)) return 'none';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  // Greys, white and near-white pastels carry no colour to read.
  if (chroma < 0.15) return 'none';
  let hue: number;
  if (max === r) hue = (60 * ((g - b) / chroma) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / chroma) + 120;
  else hue = 60 * ((r - g) / chroma) + 240;
  if (hue >= 330 || hue < 20) return 'red';
  if (hue >= 75 && hue <= 165) return 'green';
  return 'none';
}
