import { IKPLAN_ROWS } from '../../../scripts/fixtures-ikplan';
import { hasSubstance, isStatusLine, statusOf } from '../../../src/core/internalControl/status';

describe('statusOf reads the Swedish phrasings of a follow-up', () => {
  it.each([
    ['Åtgärden är avslutad.', 'done'],
    ['Åtgärden pågår.', 'ongoing'],
    ['Uppdraget har inte startat.', 'not-started'],
    ['Ej påbörjad', 'not-started'],
    ['Klar', 'done'],
    ['Genomförd', 'done'],
    ['Pågår', 'ongoing'],
    ['Åtgärden är inte avslutad.', 'ongoing'],
    ['Delvis genomförd', 'ongoing'],
    ['Risken accepteras.', 'accepted'],
    ['Accepterad risk', 'accepted'],
  ])('%s → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('knows no status in words that only look alike ("Grönt", "Genomföra stickprov")', () => {
    expect(statusOf('Grönt')).toBeUndefined();
    expect(statusOf('Genomföra stickprovskontroller på konto 4611, 4630, 6811-6899 och 7070.')).toBeUndefined();
  });

  it('takes the last status line of a real comment, not a narrative sentence before it', () => {
    const resor = IKPLAN_ROWS.find((r) => r.comment.startsWith('Samtliga fakturor'))!;
    // "korrekt redovisade … uppmärksammas löpande" says nothing about the status; the last line does.
    expect(statusOf(resor.comment)).toBe('ongoing');
    const auto = IKPLAN_ROWS.find((r) => r.comment.startsWith('Granskningen är genomförd'))!;
    expect(statusOf(auto.comment)).toBe('done');
    expect(statusOf('Granskningen är genomförd för tertial 1.\nÅtgärden pågår.')).toBe('ongoing');
  });

  it('tells a status line from a comment with substance', () => {
    expect(isStatusLine('Åtgärden pågår.')).toBe(true);
    expect(hasSubstance('Åtgärden är avslutad.')).toBe(false);
    expect(hasSubstance('Inga brister i beställningar upptäckta i granskningen.\nÅtgärden är avslutad.')).toBe(true);
  });
});
