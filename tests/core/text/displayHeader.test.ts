import { displayHeader } from '../../../src/core/text/displayHeader';

describe('displayHeader joins headers broken over lines as a reader would', () => {
  it.each([
    ['Budget-\navvikelse ack', 'Budgetavvikelse ack'],
    ['Budget-\navvikels\ne ack', 'Budgetavvikelse ack'],
    ['Prognos\nbudgetav\nvikelse', 'Prognos budgetavvikelse'],
    ['Öknings\ntakt (%)\nack fg år', 'Ökningstakt (%) ack fg år'],
    ['Varav\nbudget-\nram', 'Varav budgetram'],
    ['Kvinno\nr', 'Kvinnor'],
    ['Utfall ack\nfg år', 'Utfall ack fg år'],
    ['Antal årsarbetare per 31 juli 2025\nKvinnor', 'Antal årsarbetare per 31 juli 2025 Kvinnor'],
    ['Budget 2024\nOmsättning', 'Budget 2024 Omsättning'],
    ['Utfall fg\når', 'Utfall fg år'],
  ])('%j → %s', (text, expected) => {
    expect(displayHeader(text)).toBe(expected);
  });
});
