/**
 * The IK-plan fixtures (scripts/fixtures-ikplan.ts) through the whole engine and the command line:
 * - the real plan of the kulturnämnd's delårsrapport 2025 §6.1 gives exactly the findings a
 *   controller would want: the copied comment, and the HR åtgärder that have no follow-up at all;
 * - the risk-matrix plan gives one finding per planted slip, and other settings change the colours.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  COPIED_SENTENCE,
  FIRST_ROW,
  IKPLAN_ROWS,
  IKPLAN_SPECS,
  MATRIX_FIRST_ROW,
  MATRIX_ROWS,
  REAL_COLUMNS,
} from '../scripts/fixtures-ikplan';
import { workbookBytes } from '../scripts/fixtures/writeWorkbook';
import { withToday } from '../src/cli/checkFiles';
import { main } from '../src/cli/main';
import { validateWorkbook } from '../src/core/engine/validate';
import type { ValidationSettings } from '../src/core/engine/settings';
import { readWorkbookFile } from '../src/host/file/readWorkbook';

const DIR = join(__dirname, 'fixtures', 'ikplan');
const REAL = join(DIR, 'ikplan-delar-2025.xlsx');
const MATRIX = join(DIR, 'ikplan-riskmatris-2025.xlsx');
const AS_OF = '2025-08-31';

async function check(file: string, settings: ValidationSettings = {}) {
  const report = validateWorkbook(await readWorkbookFile(file), settings);
  return { report, hits: report.findings.map((f) => `${f.rule} ${f.cell}`) };
}

jest.setTimeout(60_000);

describe('the committed IK-plan fixtures', () => {
  it.each(IKPLAN_SPECS.map((build) => [build().fileName, build] as const))('%s is what the script writes', async (fileName, build) => {
    expect(readFileSync(join(DIR, fileName)).equals(await workbookBytes(build()))).toBe(true);
  });
});

describe('the real IK-plan, delårsrapport 2025 §6.1', () => {
  const row = (i: number) => FIRST_ROW + i;

  it('flags the copied comment and the åtgärder without follow-up, and nothing else', async () => {
    const { report, hits } = await check(REAL, { internalControl: { asOf: AS_OF } });
    // The HR rows are published without any comment or status.
    const noFollowUp = IKPLAN_ROWS.flatMap((r, i) => (r.comment === '' ? [`ic.action-without-follow-up ${REAL_COLUMNS.comment}${row(i)}`] : []));
    const copy = IKPLAN_ROWS.findIndex((r) => r.comment.startsWith(COPIED_SENTENCE));
    expect(noFollowUp).toHaveLength(3);
    expect(hits.sort()).toEqual([...noFollowUp, `ic.duplicate-comment ${REAL_COLUMNS.comment}${row(copy)}`].sort());
    const duplicate = report.findings.find((f) => f.rule === 'ic.duplicate-comment')!;
    const original = IKPLAN_ROWS.findIndex((r) => r.comment.includes(COPIED_SENTENCE));
    expect(original).toBeLessThan(copy);
    expect(duplicate.message).toContain(`"${COPIED_SENTENCE}" står också i kommentaren i ${REAL_COLUMNS.comment}${row(original)}`);
    expect(report.tables).toEqual([{ sheet: 'Internkontroll', range: `A3:D${row(IKPLAN_ROWS.length - 1)}`, kind: 'ikplan' }]);
    expect(report.unrecognizedSheets).toEqual([]);
  });

  it('counts 9 risks without assessment and 13 åtgärder: 2 avslutade, 8 pågår, 3 without status', async () => {
    const { report } = await check(REAL);
    const s = report.internalControl!;
    expect(s.risks).toEqual({ total: 9, byBand: { green: 0, yellow: 0, red: 0, unassessed: 9 } });
    expect(s.actions).toEqual({ total: IKPLAN_ROWS.length, byStatus: { done: 2, ongoing: 8, 'not-started': 0, accepted: 0, unknown: 0, missing: 3 } });
    expect(s.matrix.every((c) => c.count === 0)).toBe(true);
  });

  it('is reported by periodkoll check, in JSON and in the text summary', async () => {
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => undefined };
    expect(await main(['check', REAL, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(out);
    expect(json.internalControl.actions.byStatus).toMatchObject({ done: 2, ongoing: 8, missing: 3 });
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'ic.duplicate-comment')).toHaveLength(1);
    out = '';
    await main(['check', REAL], io);
    expect(out).toContain('Internkontroll: 9 risker (9 utan riskbedömning), 13 åtgärder (2 avslutade, 8 pågår, 3 utan status).');
  });
});

describe('the IK-plan with a risk matrix and three follow-ups', () => {
  const at = (col: string, i: number) => `${col}${MATRIX_FIRST_ROW + i}`;
  const planted = () => [
    `ic.risk-value ${at('E', MATRIX_ROWS.findIndex((r) => r.riskValue !== r.sannolikhet * r.konsekvens))}`,
    `ic.red-risk ${at('F', MATRIX_ROWS.findIndex((r) => r.action === 'Risken accepteras.'))}`,
    `ic.risk-without-action ${at('F', MATRIX_ROWS.findIndex((r) => r.action === ''))}`,
    `ic.long-ongoing ${at('K', MATRIX_ROWS.findIndex((r) => r.statuses.every((s) => s === 'Pågår')))}`,
  ];
  const passed = () => `ic.deadline-passed ${at('H', MATRIX_ROWS.findIndex((r) => /^\d/.test(r.deadline) && r.deadline < AS_OF && r.statuses[2] !== 'Avslutad'))}`;

  it('gives one finding per planted slip, the passed deadline only with a check date', async () => {
    expect((await check(MATRIX, { internalControl: { asOf: AS_OF } })).hits.sort()).toEqual([...planted(), passed()].sort());
    expect((await check(MATRIX)).hits.sort()).toEqual(planted().sort());
  });

  it('colours the risks by the product on the default 4 × 4 matrix', async () => {
    const s = (await check(MATRIX)).report.internalControl!;
    // 1×3 green; 2×2, 2×3, 2×4 yellow; 3×3 (stated 6), 4×3, 3×4 red.
    expect(s.risks.byBand).toEqual({ green: 1, yellow: 3, red: 3, unassessed: 0 });
    expect(s.matrix.find((c) => c.sannolikhet === 3 && c.konsekvens === 3)).toMatchObject({ band: 'red', count: 1 });
    expect(s.actions.byStatus).toMatchObject({ done: 1, ongoing: 4, accepted: 1 });
  });

  it('follows a 5 × 5 scale with other bands: the colours change and the accepted risk is no longer red', async () => {
    const bands = { green: [1, 4] as [number, number], yellow: [5, 12] as [number, number], red: [15, 25] as [number, number] };
    const { report, hits } = await check(MATRIX, { internalControl: { scale: 5, bands } });
    const s = report.internalControl!;
    expect(s.scale).toBe(5);
    expect(s.matrix).toHaveLength(25);
    expect(s.risks.byBand).toEqual({ green: 2, yellow: 5, red: 0, unassessed: 0 });
    expect(s.matrix.find((c) => c.sannolikhet === 5 && c.konsekvens === 5)!.band).toBe('red');
    expect(hits.sort()).toEqual(planted().filter((h) => !h.startsWith('ic.red-risk')).sort());
  });
});

describe('today for the command line', () => {
  it('is the local calendar date, unless the settings name one', () => {
    expect(withToday({ budgetram: 108.4 }, new Date(2025, 7, 15, 23, 30))).toEqual({ budgetram: 108.4, internalControl: { asOf: '2025-08-15' } });
    expect(withToday({ internalControl: { asOf: '2025-01-31', scale: 5 } })).toEqual({ internalControl: { asOf: '2025-01-31', scale: 5 } });
  });
});
