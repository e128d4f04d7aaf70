import type { SumPart } from './types';

/** "Personalkostnader + Lämnade bidrag − Intäkter": the parts of a sum as a controller reads them. */
export function describeParts(parts: SumPart[]): string {
  return parts
    .map((p, i) => (i === 0 ? (p.weight < 0 ? '− ' : '') : p.weight < 0 ? ' − ' : ' + ') + p.row.label)
    .join('');
}

/** "rad 6–9", or "rad 5, 8, 12" where the rows are not one run, with signs where any is negative. */
export function describeRows(parts: SumPart[]): string {
  const rows = parts.map((p) => p.row.row);
  const signed = parts.some((p) => p.weight < 0);
  const run = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (!signed && run && rows.length > 1) return `rad ${rows[0]}–${rows[rows.length - 1]}`;
  if (!signed) return `rad ${rows.join(', ')}`;
  return parts.map((p, i) => `${i === 0 ? (p.weight < 0 ? '−' : '') : p.weight < 0 ? ' − ' : ' + '}rad ${p.row.row}`).join('');
}
