import { fillWanted } from '../../../src/core/implementationPlan/fillWanted';
import { buildSheet } from '../../helpers/buildSheet';

const HEADER = ['Aktivitet', 'Ansvar för\nhandläggning', 'Uppföljning', 'Kommentar'];

describe('fillWanted', () => {
  it('asks for the Uppföljning column under each repeated header, down to the next header or the last used row', () => {
    const sheet = buildSheet('Genomförandeplan', [
      ['3.2 Mål: Stärk kulturens kraft genom samverkan'],
      ['Prioritering: Stärka arbetet med kultur och hälsa.'],
      HEADER,
      ['Stötta nätverk inom shared reading, biblioterapi och reflekterande skrivande.', 'Biblioteksutveckling'],
      ['Anordna konferenser och föreläsningar inom kultur och hälsa.', 'Biblioteksutveckling'],
      [],
      ['Prioritering: Stärkt arbete för kultur kopplat till nationella minoriteter.'],
      HEADER,
      ['Samverka med andra regioner kring fortbildning inom området Nationella minoriteter.', 'Kulturstrateg'],
      ['Saknas aktivitet 2025'],
    ]);
    expect(fillWanted(sheet)).toEqual([
      { top: 4, left: 3, bottom: 7, right: 3 },
      { top: 9, left: 3, bottom: 10, right: 3 },
    ]);
  });

  it('follows the Uppföljning column wherever the header puts it', () => {
    const sheet = buildSheet('Plan', [
      [null, 'Uppföljning', 'Aktivitet', 'Ansvar'],
      [null, null, 'Fördela årliga medel inom samverkansmodellen.', 'Kulturstrateger'],
    ]);
    expect(fillWanted(sheet)).toEqual([{ top: 2, left: 2, bottom: 2, right: 2 }]);
  });

  it('asks for nothing on a sheet without a plan header, or with a header and no rows under it', () => {
    const periodrapport = buildSheet('Resultaträkning', [
      ['Post', 'Utfall', 'Budget', 'Avvikelse'],
      ['Lämnade bidrag', -86.6, -84.2, -2.4],
    ]);
    // Aktivitet and Uppföljning without Ansvar is not a plan header.
    const noResponsible = buildSheet('Aktiviteter', [
      ['Aktivitet', 'Uppföljning'],
      ['Analysera effekterna av besparingarna.', 'Grönt'],
    ]);
    const headerLast = buildSheet('Mall', [['Prioritering: Kultur för barn och unga'], HEADER]);
    expect(fillWanted(periodrapport)).toEqual([]);
    expect(fillWanted(noResponsible)).toEqual([]);
    expect(fillWanted(headerLast)).toEqual([]);
  });
});
