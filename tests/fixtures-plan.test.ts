/**
 * The genomförandeplan fixture (scripts/fixtures-plan.ts) through the file reader, the engine and
 * the command line: exact counts per mål and exactly the planted findings; the clean fixtures
 * hold no plan and gain no plan finding.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { PLAN_GOALS, PLAN_SPECS, planSheet } from '../scripts/fixtures-plan';
import { workbookBytes } from '../scripts/fixtures/writeWorkbook';
import { main } from '../src/cli/main';
import { validateWorkbook } from '../src/core/engine/validate';
import { readWorkbookFile } from '../src/host/file/readWorkbook';

const PLAN = join(__dirname, 'fixtures', 'plan', 'genomforandeplan-kultur-2025.xlsx');
const CLEAN = join(__dirname, 'fixtures', 'clean');

jest.setTimeout(60_000);

const { rows } = planSheet();
const rowOf = (text: string) => {
  const row = rows.get(text);
  if (row === undefined) throw new Error(`no row for ${text}`);
  return row;
};
const priorityText = (goal: number, index: number) => PLAN_GOALS[goal].priorities[index].priority as string;
const activityText = (goal: number, p: number, a: number) => PLAN_GOALS[goal].priorities[p].activities[a].activity;

describe('the committed genomförandeplan fixture', () => {
  it.each(PLAN_SPECS.map((build) => [build().fileName, build] as const))('%s is what the script writes', async (fileName, build) => {
    expect(readFileSync(join(__dirname, 'fixtures', 'plan', fileName)).equals(await workbookBytes(build()))).toBe(true);
  });
});

describe('a genomförandeplan with red, green and missing activities', () => {
  it('reads fills of empty cells as the follow-up colour', async () => {
    const wb = await readWorkbookFile(PLAN);
    const sheet = wb.sheets[0];
    const klys = rowOf(activityText(0, 3, 0));
    expect(sheet.rows[klys - 1]?.[2]).toMatchObject({ type: 'empty', fill: 'FF0000' });
  });

  it('gives exactly the planted findings', async () => {
    const report = validateWorkbook(await readWorkbookFile(PLAN));
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      `plan.missing-activity A${rowOf(`saknas:${priorityText(0, 2)}`)}`,
      `plan.red-without-comment C${rowOf(activityText(0, 3, 0))}`,
      `plan.red-without-comment C${rowOf(activityText(1, 0, 1))}`,
      `plan.missing-activity A${rowOf(`saknas:${priorityText(2, 1)}`)}`,
      `plan.red-without-comment C${rowOf(activityText(2, 2, 0))}`,
    ]);
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(report.findings[0].message).toBe(
      'Prioriteringen "Verka för att fler kommuner ska vara fristäder för professionella…" saknar aktivitet för 2025.',
    );
    expect(report.tables).toEqual([{ sheet: 'Genomförandeplan', range: expect.any(String), kind: 'genomforandeplan' }]);
    expect(report.unrecognizedSheets).toEqual([]);
  });

  it('counts red, green and missing per mål', async () => {
    const report = validateWorkbook(await readWorkbookFile(PLAN));
    expect(report.implementationPlan?.goals.map(({ goal, red, green, missing, unassessed }) => ({ goal, red, green, missing, unassessed }))).toEqual([
      { goal: 'Utveckla den kulturella infrastrukturen i Örebro län', red: 2, green: 3, missing: 1, unassessed: 0 },
      { goal: 'Öka delaktigheten i länets kulturliv', red: 2, green: 2, missing: 0, unassessed: 1 },
      { goal: 'Stärk kulturens kraft genom samverkan', red: 2, green: 2, missing: 1, unassessed: 1 },
    ]);
  });

  it('is reported by periodkoll check, in JSON and one text line per mål', async () => {
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => undefined };
    await main(['check', PLAN, '--format', 'json'], io);
    const json = JSON.parse(out);
    expect(json.implementationPlan.goals.map((g: { red: number; green: number; missing: number }) => [g.red, g.green, g.missing])).toEqual([
      [2, 3, 1],
      [2, 2, 0],
      [2, 2, 1],
    ]);
    out = '';
    await main(['check', PLAN], io);
    expect(out).toContain('Genomförandeplan, Mål "Utveckla den kulturella infrastrukturen i Örebro län": 2 röda, 3 gröna, 1 saknas.');
    expect(out).toContain('Genomförandeplan, Mål "Öka delaktigheten i länets kulturliv": 2 röda, 2 gröna, 0 saknas, 1 aktivitet utan uppföljning.');
    expect(out).toContain('Genomförandeplan, Mål "Stärk kulturens kraft genom samverkan": 2 röda, 2 gröna, 1 saknas, 1 aktivitet utan uppföljning.');
  });
});

describe('the clean fixtures', () => {
  it.each(readdirSync(CLEAN).filter((f) => f.endsWith('.xlsx')))('%s holds no genomförandeplan and gets no plan finding', async (file) => {
    const report = validateWorkbook(await readWorkbookFile(join(CLEAN, file)));
    expect(report.implementationPlan).toBeUndefined();
    expect(report.findings.filter((f) => f.rule.startsWith('plan.'))).toEqual([]);
    expect(report.tables.some((t) => t.kind === 'genomforandeplan')).toBe(false);
  });
});

describe('a marked genomförandeplan', () => {
  it('reads the same after Markera: a mark over a red fill does not hide it', async () => {
    const { FileWorkbookHost } = await import('../src/host/file/fileHost');
    const { marksFor } = await import('../src/host/port');
    const { readWorkbookBuffer } = await import('../src/host/file/readWorkbookBuffer');
    const before = validateWorkbook(await readWorkbookFile(PLAN));
    const host = await FileWorkbookHost.open(readFileSync(PLAN), 'plan.xlsx');
    expect((await host.writeMarks(marksFor(before.findings))).marked).toBe(5);
    const after = validateWorkbook(await readWorkbookBuffer(await host.toBuffer(), 'plan.xlsx'));
    expect(after.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(before.findings.map((f) => `${f.rule} ${f.cell}`));
    expect(after.implementationPlan).toEqual(before.implementationPlan);
  });
});
