import { checkNumbersStoredAsText } from '../../../../src/core/rules/sheet/numberText';
import { buildSheet } from '../../../helpers/buildSheet';

/** A few rows of a driftredovisning (mnkr) with one cell replaced by the text under test. */
function sheetWith(text: string) {
  return buildSheet('Driftredovisning', [
    [null, 'Budgetavvikelse', 'Omsättning'],
    ['Hälso- och sjukvård', -86.6, 2406.1],
    ['Regional utveckling', text, 211.3],
    ['Tandvård', 4.2, 198.5],
  ]);
}

describe('number-text.stored-as-text in other notations', () => {
  it.each([
    ['(8,8)', '\u22128,8'],
    ['86,6-', '\u221286,6'],
    ['1.234,5', '1\u00A0234,5'],
    ['1,234.5', '1\u00A0234,5'],
    ['(1 234)', '\u22121\u00A0234'],
  ])('flags %p among figures as the figure %p', (text, meant) => {
    const findings = checkNumbersStoredAsText(sheetWith(text));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'number-text.stored-as-text', cell: 'B3' });
    expect(findings[0].message).toContain(`Det betyder troligen ${meant};`);
  });

  it.each(['2023 (prognos)', '6811-6899', '2025-07-31', '(2023)', '1.234'])('does not flag the label %p', (text) => {
    expect(checkNumbersStoredAsText(sheetWith(text))).toEqual([]);
  });

  it('keeps the plain message for Swedish number text', () => {
    const [f] = checkNumbersStoredAsText(sheetWith('\u22128,8'));
    expect(f.message).toBe('B3 innehåller "\u22128,8" som text, inte som tal; det räknas inte med i summor och formler. Skriv in det som ett tal.');
  });
});
