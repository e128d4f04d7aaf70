import { join } from 'path';
import { draftCommentary, NO_TABLES_MESSAGE, type CommentaryDraft } from '../../../src/core/commentary';
import { readWorkbook } from '../../../src/core/reading/readWorkbook';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';
import { DRIFTREDOVISNING, RESULTATBUDGET, RESULTATRAPPORT } from '../../helpers/domainTables';

const CLEAN = join(__dirname, '..', '..', 'fixtures', 'clean');

async function draftOf(file: string): Promise<CommentaryDraft> {
  const outcome = draftCommentary(readWorkbook(await readWorkbookFile(join(CLEAN, file))));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.draft;
}

/** The text with no-break spaces as plain ones, so expectations read as the user sees them. */
const plain = (s: string) => s.replace(/\u00A0/g, ' ');

describe('draftCommentary on the kulturnämnd jan–jul 2025 report (DOMAIN §3.1, §3.2)', () => {
  let draft: CommentaryDraft;
  let text: string;
  beforeAll(async () => {
    draft = await draftOf('periodrapport-kultur-2025.xlsx');
    text = plain(draft.text);
  });

  it('states the result against budget for the period and the prognos for the year', () => {
    expect(text).toContain('Resultatet för januari–juli 2025 är −67,3 mnkr mot en budget på −70,1 mnkr, en avvikelse på +2,8 mnkr, bättre än budget.');
    expect(text).toContain('Prognosen för helåret är −120,2 mnkr mot en budget på −120,6 mnkr, en avvikelse på +0,4 mnkr, bättre än budget.');
    expect(draft.results.map((r) => [r.basis, r.verdict])).toEqual([['utfall', 'better'], ['prognos', 'better']]);
  });

  it('names the three rows behind the budgetavvikelse, largest first, with the words for costs and revenues', () => {
    expect(draft.budgetRows.map((r) => r.label)).toEqual(['Övriga kostnader', 'Lämnade bidrag', 'Erhållna bidrag']);
    expect(text).toContain('Övriga kostnader +3,9 mnkr, lägre kostnader än budget, vilket förbättrar resultatet. Avvikelsen beror på [orsak].');
    expect(text).toContain('Lämnade bidrag −2,4 mnkr, högre kostnader än budget, vilket försämrar resultatet. Avvikelsen beror på [orsak].');
    expect(text).toContain('Erhållna bidrag +1,2 mnkr, högre intäkter än budget, vilket förbättrar resultatet.');
    // Personalkostnader (0,1) is too small to be among the three.
    expect(text).not.toContain('Personalkostnader');
  });

  it('explains the prognos avvikelse by its own rows', () => {
    expect(draft.forecastRows.map((r) => [r.label, r.verdict])).toEqual([
      ['Erhållna bidrag', 'better'],
      ['Övriga kostnader', 'worse'],
      ['Lämnade bidrag', 'worse'],
    ]);
    expect(text).toContain('Övriga kostnader −0,6 mnkr, högre kostnader än budget, vilket försämrar resultatet.');
  });

  it('names the områden that stand out in the driftredovisning, with their share of the omsättning', () => {
    expect(draft.areas.map((a) => a.label)).toEqual(['Samverkansmodellen', 'Ledning']);
    expect(text).toContain('Driftredovisningens budgetavvikelse är +2,8 mnkr.');
    expect(text).toContain('Samverkansmodellen +1,8 mnkr, bättre än budget (2,8 % av omsättningen). Avvikelsen beror på [orsak].');
    expect(text).toContain('Ledning +1,0 mnkr, bättre än budget (11,9 % av omsättningen).');
    // Kulturstöd +0,1 and Nämndkostnader −0,1 do not stand out.
    expect(text).not.toMatch(/Kulturstöd|Nämndkostnader/);
  });

  it('never states a cause: every explained row leaves [orsak]', () => {
    const lines = text.split('\n').filter((l) => l.startsWith('– ') && !l.includes('avviker från budget'));
    expect(lines).toHaveLength(draft.budgetRows.length + draft.forecastRows.length + draft.areas.length);
    for (const line of lines) expect(line).toMatch(/Avvikelsen beror på \[orsak\]\.$/);
    expect(draft.sources).toEqual(['Resultatrapport!A1:I13', 'Driftredovisning!A1:E13']);
  });
});

describe('draftCommentary on other layouts', () => {
  it('reads a report with costs written positive the same way: lower costs are still better', async () => {
    const draft = await draftOf('resultatrapport-kostnader-positiva.xlsx');
    expect(draft.budgetRows.map((r) => [r.label, r.verdict])).toEqual([
      ['Övriga kostnader', 'better'],
      ['Lämnade bidrag', 'worse'],
      ['Erhållna bidrag', 'better'],
    ]);
    expect(plain(draft.text)).toContain('Lämnade bidrag −2,4 mnkr, högre kostnader än budget');
  });

  it('computes an avvikelse the table leaves empty from its utfall and budget', () => {
    const rows = RESULTATRAPPORT.map((r, i) => (i >= 3 ? r.map((c, j) => (j === 3 ? null : c)) : r));
    const outcome = draftCommentary(readWorkbook(buildWorkbook(buildSheet('Resultatrapport', rows))));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.draft.budgetRows.map((r) => r.label)).toEqual(['Övriga kostnader', 'Lämnade bidrag', 'Erhållna bidrag']);
    expect(plain(outcome.draft.text)).toContain('Övriga kostnader +3,9 mnkr, lägre kostnader än budget');
  });

  it('drafts the driftredovisning alone when there is no resultatrapport', () => {
    const outcome = draftCommentary(readWorkbook(buildWorkbook(buildSheet('Drift', DRIFTREDOVISNING))));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.draft.results).toEqual([]);
    expect(outcome.draft.areas.map((a) => a.label)).toEqual(['Samverkansmodellen', 'Ledning']);
  });

  it('refuses a workbook with neither table, in Swedish', () => {
    const outcome = draftCommentary(readWorkbook(buildWorkbook(buildSheet('Resultatbudget', RESULTATBUDGET))));
    expect(outcome).toEqual({ ok: false, message: NO_TABLES_MESSAGE });
  });
});
