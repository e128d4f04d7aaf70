import { findStatedFrames } from '../../../src/core/reading/statedFrames';
import { inScope, scopeName } from '../../../src/core/reading/scope';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';

describe('stated budgetramar and whose they are (DOMAIN §3.3)', () => {
  test.each([
    ['Budgetram', undefined],
    ['Nämndens budgetram 2024', undefined],
    ['Kulturnämndens budgetram', 'kulturnämnd'],
    ['Budgetram kulturnämnden 2024', 'kulturnämnd'],
    ['Budgetram regional tillväxtnämnd (mnkr)', 'tillväxtnämnd'],
    ['Budgetram för kulturnämnden', 'kulturnämnd'],
  ])('"%s" is a stated ram, naming %s', (label, name) => {
    const frames = findStatedFrames(buildWorkbook(buildSheet('VP', [[label, 108.4]])));
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatchObject({ value: 108.4, source: 'VP!B1' });
    expect(frames[0].name).toBe(name);
  });

  test('labels that merely mention the ram are not a stated ram', () => {
    expect(findStatedFrames(buildWorkbook(buildSheet('VP', [['Budgetram kvar att fördela', 3.2], ['Förändring av budgetram', -13.5]])))).toEqual([]);
  });

  test('a ram on its own sheet goes to the nämnd it names, not to the first table', () => {
    const kultur = { sheet: 'Kultur', row: 1, bottom: 14, name: scopeName('Resultatbudget kulturnämnd 2024') };
    const tillvaxt = { sheet: 'Tillväxt', row: 1, bottom: 14, name: scopeName('Regional tillväxtnämnd') };
    const frame = { sheet: 'Förutsättningar', row: 3, bottom: 3, name: scopeName('Budgetram regional tillväxtnämnd') };
    expect(inScope(frame, [kultur, tillvaxt])).toBe(tillvaxt);
    // An unnamed ram elsewhere, with two nämnder in the workbook, belongs to neither.
    expect(inScope({ ...frame, name: undefined }, [kultur, tillvaxt])).toBeUndefined();
    // With one resultatbudget in the workbook, an unnamed ram anywhere is its.
    expect(inScope({ ...frame, name: undefined }, [kultur])).toBe(kultur);
  });
});
