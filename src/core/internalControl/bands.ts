import type { RiskBand, RiskBands } from './types';

const ORDER: RiskBand[] = ['green', 'yellow', 'red'];

/**
 * The colour of a riskvärde. A value in a gap between the user's bands takes the band below it
 * (the matrix is read upwards); one above every band takes the highest, one below every band the lowest.
 */
export function bandOf(value: number, bands: RiskBands): RiskBand {
  const inside = ORDER.find((b) => value >= bands[b][0] && value <= bands[b][1]);
  if (inside) return inside;
  const ascending = [...ORDER].sort((a, b) => bands[a][0] - bands[b][0]);
  return ascending.filter((b) => bands[b][0] <= value).pop() ?? ascending[0];
}
