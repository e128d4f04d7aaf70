/**
 * Beräkna's words for a change against fg år come from the row's role: a net cost stored negative
 * that grew is "högre nettokostnad", and a cost total gets the same kind of words as its rows.
 */
import { planDerivations, type DerivationPlan } from '../../../src/core/derive';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';
import { KOSTNADSANALYS, RESULTATRAPPORT } from '../../helpers/domainTables';

function changeExplanations(plans: DerivationPlan[]): Map<string, string> {
  const col = plans.flatMap((p) => p.columns).find((c) => c.kind === 'change');
  if (!col) throw new Error('no change column');
  return new Map(col.cells.map((c) => [c.label, c.explanation.replace(/\u00A0/g, ' ')]));
}

describe('Förändring mot fg år on the kulturnämnd resultatrapport (DOMAIN §3.1)', () => {
  const words = changeExplanations(planDerivations(buildWorkbook(buildSheet('Resultatrapport', RESULTATRAPPORT))));

  test('Verksamhetens nettokostnad −67,3 against −59,2: the net cost rose by 8,1', () => {
    expect(words.get('Verksamhetens nettokostnad')).toBe('Verksamhetens nettokostnad: −67,3 − (−59,2) = −8,1 mnkr, högre nettokostnad än fg år');
    expect(words.get('Resultat')).toBe('Resultat: −67,3 − (−59,2) = −8,1 mnkr, lägre resultat än fg år');
  });

  test('Summa Kostnader says higher costs, as Lämnade bidrag does; revenues say intäkter', () => {
    expect(words.get('Summa Kostnader')).toBe('Summa Kostnader: −101,3 − (−93,4) = −7,9 mnkr, högre kostnader än fg år');
    expect(words.get('Lämnade bidrag')).toBe('Lämnade bidrag: −86,6 − (−79,3) = −7,3 mnkr, högre kostnader än fg år');
    expect(words.get('Summa Intäkter')).toBe('Summa Intäkter: 34,0 − 34,2 = −0,2 mnkr, lägre intäkter än fg år');
    expect(words.get('Personalkostnader')).toBe('Personalkostnader: −8,8 − (−8,8) = 0,0 mnkr, i nivå med fg år');
  });
});

describe('Förändring on the kostnadsanalys (DOMAIN §3.5): the total of kontoklass 40–41 is a cost like its rows', () => {
  const words = changeExplanations(planDerivations(buildWorkbook(buildSheet('Personal', KOSTNADSANALYS))));

  test('Totalt −5,9 against −5,5 and Månadslöner −4,8 against −4,3 both say higher costs', () => {
    expect(words.get('Totalt kontoklass 40-41')).toBe('Totalt kontoklass 40-41: −5,9 − (−5,5) = −0,4 mnkr, högre kostnader än fg år');
    expect(words.get('Månadslöner')).toBe('Månadslöner: −4,8 − (−4,3) = −0,5 mnkr, högre kostnader än fg år');
    expect(words.get('Övrigt konto 40xx-41xx')).toBe('Övrigt konto 40xx-41xx: −0,3 − (−0,4) = 0,1 mnkr, lägre kostnader än fg år');
  });
});
