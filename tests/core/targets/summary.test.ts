/**
 * The summary of måluppfyllelse against the assessments in the body (DOMAIN §3.6). The body is the
 * real text of the kulturnämnd's delårsrapport 2025 §3.2 (seed excerpt), one paragraph per cell.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSummary, findAssessments, readStatement } from '../../../src/core/targets';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

// §3.2 to §4 of ../shared/seeds/kulturnamnd-delarsrapport-2025.txt, kept in the repository so the
// test runs on a clean clone without the shared folder beside it.
const SEED = join(__dirname, '..', '..', 'fixtures', 'seeds', 'kulturnamnd-delarsrapport-2025-mal.txt');

/**
 * §3.2 to §4 of the seed, one paragraph per cell. The PDF text breaks lines inside sentences and
 * sometimes runs a heading or a bullet on without a blank line: those start a new paragraph.
 */
function seedBody(): string[] {
  const text = readFileSync(SEED, 'utf8');
  const start = text.indexOf('3.2 Övergripande målområden');
  const end = text.indexOf('4 Ekonomi', start);
  const paragraphs: string[][] = [[]];
  for (const line of text.slice(start, end).split('\n').map((l) => l.trim())) {
    const opens = /^(•|Uppdrag:|Mål:|Målsättning nr)/.test(line);
    if (line === '' || opens) paragraphs.push([]);
    if (line !== '') paragraphs[paragraphs.length - 1].push(line);
  }
  return paragraphs.map((p) => p.join(' ').replace(/\s+/g, ' ')).filter((p) => p !== '');
}

const HEADER: TestCell[] = ['Prognos måluppfyllelse', 'Bedöms att uppnås', 'Bedöms att delvis uppnås', 'Bedöms att inte uppnås'];

describe('assessment statements', () => {
  test.each([
    ['• Bedömningen utifrån nämndens redovisning, styrtal och uppdrag är att målet kommer att uppnås vid årets slut.', 'goal', 'met'],
    ['• Bedömningen … är att målsättningen delvis kommer att uppnås vid årets slut.', 'goal', 'partly'],
    ['Bedöms att inte uppnås', 'goal', 'not-met'],
    ['Målet bedöms inte kunna uppnås under året.', 'goal', 'not-met'],
    ['• Uppdraget bedöms vara genomfört vid årets slut.', 'assignment', 'met'],
    ['• Uppdraget är flerårigt och uppdragets del av innevarande år bedöms vara genomfört vid årets slut.', 'assignment', 'partly'],
    ['Uppdraget bedöms inte vara genomfört vid årets slut.', 'assignment', 'not-met'],
  ] as const)('%s -> %s %s', (text, kind, level) => {
    expect(readStatement(text)).toEqual({ kind, level });
  });
});

describe('the real body of delårsrapport 2025 §3.2', () => {
  const body = buildSheet('Delårsrapport', seedBody().map((p) => [p]));
  const found = findAssessments(buildWorkbook(body), () => false);
  const count = (group: string, level: string) => found.filter((a) => a.group === group && a.level === level).length;

  it('Nämndens mål: 5 "Mål:" sections, each assessed delvis — as the summary says (5 delvis)', () => {
    expect([count('nämnd-mål', 'met'), count('nämnd-mål', 'partly'), count('nämnd-mål', 'not-met')]).toEqual([0, 5, 0]);
  });

  it('Målsättningar: nr 4 and 6 delvis; nr 7, 8, 9, Beredskap och säkerhet, Motverka välfärdsbrottslighet uppnås', () => {
    expect([count('rf-målsättning', 'met'), count('rf-målsättning', 'partly'), count('rf-målsättning', 'not-met')]).toEqual([5, 2, 0]);
  });

  it('Uppdrag: 12 numbered (11 flerårigt = delvis, nr 35 genomfört), 1 unnumbered "Nämnden ska …" genomfört', () => {
    expect([count('rf-uppdrag', 'met'), count('rf-uppdrag', 'partly'), count('rf-uppdrag', 'not-met')]).toEqual([1, 11, 0]);
    expect([count('nämnd-uppdrag', 'met'), count('nämnd-uppdrag', 'partly')]).toEqual([1, 0]);
  });

  it('sentences inside comment paragraphs ("Uppdraget har inte startat och bedöms inte vara genomfört") are not assessments', () => {
    expect(found.some((a) => a.level === 'not-met')).toBe(false);
    expect(found).toHaveLength(5 + 7 + 12 + 1);
  });
});

describe('summary.count-mismatch', () => {
  const body = seedBody().map((p): TestCell[] => [p]);

  it('the real "Nämndens mål | | 5 |" row matches the body', () => {
    const sheet = buildSheet('Rapport', [HEADER, ['Nämndens mål', null, 5, null], [], ...body]);
    const r = checkSummary(buildWorkbook(sheet));
    expect(r.tables).toHaveLength(1);
    expect(r.findings).toEqual([]);
  });

  it('a summary that says 4 delvis and 1 uppnås for Nämndens mål is flagged in both cells', () => {
    const sheet = buildSheet('Rapport', [HEADER, ['Nämndens mål', 1, 4, null], [], ...body]);
    const r = checkSummary(buildWorkbook(sheet));
    expect(r.findings.map((f) => [f.rule, f.cell, f.found, f.expected])).toEqual([
      ['summary.count-mismatch', 'B2', 1, 0],
      ['summary.count-mismatch', 'C2', 4, 5],
    ]);
    expect(r.findings[1].message).toMatch(/^Sammanställningen anger 4 för "Nämndens mål" som bedöms att delvis uppnås, men texten har 5 sådana bedömningar \(A\d+/);
  });

  it('counts uppdrag as uppnås (genomfört), delvis (flerårigt) and inte (inte genomfört)', () => {
    const sheet = buildSheet('Rapport', [
      HEADER,
      ['Nämndens uppdrag', 2, null, null],
      [],
      ['Uppdrag: Nämnden ska upprätta en ekonomisk handlingsplan.'],
      ['• Uppdraget bedöms vara genomfört vid årets slut.'],
      ['Uppdrag: Nämnden ska följa upp handlingsplanen.'],
      ['• Uppdraget är flerårigt och uppdragets del av innevarande år bedöms vara genomfört vid årets slut.'],
    ]);
    const r = checkSummary(buildWorkbook(sheet));
    expect(r.findings.map((f) => [f.cell, f.found, f.expected])).toEqual([
      ['B2', 2, 1],
      ['C2', 0, 1],
    ]);
  });

  it('a summary without any assessment in the workbook raises nothing', () => {
    const sheet = buildSheet('Rapport', [HEADER, ['Målsättningar från regionfullmäktige', 1, 6, null], ['Nämndens mål', null, 5, null]]);
    expect(checkSummary(buildWorkbook(sheet)).findings).toEqual([]);
  });

  it('the summary may stand on another sheet than the body', () => {
    const summary = buildSheet('Sammanfattning', [HEADER, ['Nämndens mål', null, 3, null]]);
    const text = buildSheet('Text', body);
    const r = checkSummary(buildWorkbook(summary, text));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ sheet: 'Sammanfattning', cell: 'C2', found: 3, expected: 5 });
    expect(r.findings[0].message).toContain('Text!A');
  });
});
