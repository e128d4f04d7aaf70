import { editDistance } from '../../../src/core/text/editDistance';

describe('editDistance counts one-character slips', () => {
  it.each([
    ['format', 'format', 0],
    ['fromat', 'format', 1], // two neighbours swapped: one slip
    ['fomat', 'format', 1],
    ['formatt', 'format', 1],
    ['formet', 'format', 1],
    ['tyst', 'out', 3],
    ['', 'lag', 3],
    ['budgetram', '', 9],
    ['threshhold', 'threshold', 1],
  ])('%s → %s: %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});
