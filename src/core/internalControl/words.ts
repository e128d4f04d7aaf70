/** Swedish words for what the IK-plan checks report. */
import type { RiskBand, StatusKey } from './types';

export const STATUS_WORD: Record<StatusKey, string> = {
  done: 'avslutad',
  ongoing: 'pågår',
  'not-started': 'ej påbörjad',
  accepted: 'accepterad',
  unknown: 'okänd',
  missing: 'saknas',
};

export const BAND_WORD: Record<RiskBand, string> = { green: 'grön', yellow: 'gul', red: 'röd' };

/** A risk or åtgärd quoted in a message: its beginning, on one line, cut between words. */
export function quote(text: string, max = 70): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return `"${line}"`;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/u, '')}…"`;
}
