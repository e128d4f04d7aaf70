/**
 * Writes the genomförandeplan fixture (DOMAIN §3.9; `npm run fixtures` runs it, or
 * `npx tsx scripts/fixtures-plan.ts` alone):
 * - tests/fixtures/plan/genomforandeplan-kultur-2025.xlsx: the three mål of Region Örebro läns
 *   kulturplan 2024–2027 with prioriteringar and activities from its genomförandeplan (seed
 *   genomforandeplan-kulturplan-2024-2027.txt), laid out as printed: a "Mål:" line, a
 *   "Prioritering:" line, a heading, then the header Aktivitet / Ansvar för handläggning /
 *   Uppföljning / Kommentar and one row per activity. The follow-ups are made up for the test:
 *   Rött and Grönt as text or only as the cell's fill, one yellow fill that is neither, and the
 *   planted slips are two "Saknas aktivitet 2025" (the seed's own and one more) and three red
 *   activities without a comment.
 * Deterministic: the same bytes on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SheetSpec, type CellSpec, type WorkbookSpec } from './fixtures/sheetSpec';
import { header, note, title } from './fixtures/styles';
import { workbookBytes } from './fixtures/writeWorkbook';
import { runWhenMain } from './fixtures/runWhenMain';

const DIR = join(__dirname, '..', 'tests', 'fixtures', 'plan');

/** An activity and its follow-up: the Uppföljning text and/or fill (RRGGBB), and a comment. */
export interface PlanActivitySpec {
  activity: string;
  responsible: string;
  followUp?: string;
  fill?: string;
  comment?: string;
}

export interface PlanPrioritySpec {
  /** Heading line above the prioritering, as numbered in the plan; absent for activities right under the mål. */
  heading?: string;
  priority?: string;
  activities: PlanActivitySpec[];
  /** "Saknas aktivitet <year>" instead of activities. */
  missingYear?: number;
}

export interface PlanGoalSpec {
  goal: string;
  priorities: PlanPrioritySpec[];
}

export const RED = 'FF0000';
export const DARK_RED = 'C00000';
/** Excel's "Dålig" and "Bra" cell styles. */
export const BAD_PINK = 'FFC7CE';
export const GOOD_GREEN = 'C6EFCE';
export const GREEN = '00B050';
export const LIGHT_GREEN = '92D050';
export const YELLOW = 'FFFF00';

export const PLAN_GOALS: PlanGoalSpec[] = [
  {
    goal: '3.1 Mål: Utveckla den kulturella infrastrukturen i Örebro län',
    priorities: [
      {
        activities: [
          { activity: 'Analysera effekterna av Region Örebro läns besparingar inom kulturområdet.', responsible: 'Kulturstrateger med stöd av områdeschef', followUp: 'Grönt', comment: 'Analysen redovisades för kulturnämnden i juni.' },
          { activity: 'Kartlägga finansieringen av samverkansmodellens aktörer i Örebro län.', responsible: 'Kulturstrateger', fill: GOOD_GREEN },
        ],
      },
      {
        heading: '3.1.1 Skapa goda förutsättningar för professionella kulturaktörer.',
        priority:
          'Prioritering: Skapa goda förutsättningar för de professionella aktörer som Region Örebro län ansvarar för genom uppdragen i kulturplanen.',
        activities: [
          { activity: 'Fördela årliga medel inom samverkansmodellen.', responsible: 'Kulturstrateger med stöd av Områdeschef', followUp: 'Grönt' },
          { activity: 'Fördela årliga regionala verksamhetsmedel.', responsible: 'Kulturstrateger med stöd av Områdeschef', followUp: 'Rött', comment: 'Beslutet om medlen för 2025 fattades först i maj; fördelningen är försenad.' },
        ],
      },
      {
        priority:
          'Prioritering: Verka för att fler kommuner ska vara fristäder för professionella kulturskapare, eller på andra sätt stötta professionella kulturskapare som är fristadskonstnärer i länet',
        activities: [],
        missingYear: 2025,
      },
      {
        heading: '3.1.6 Skapa en konstområdesövergripande dialoggrupp',
        priority:
          'Prioritering: Region Örebro län vill skapa en konstområdesövergripande dialoggrupp med professionella kulturskapare från de olika konstområdena för löpande dialog kopplat till kultursamverkanmodellen.',
        // Slip: red by fill only, and no comment.
        activities: [{ activity: 'Med stöd av KLYS skapa en områdesövergripande dialoggrupp med professionella kulturskapare i Örebro län', responsible: 'Kulturstrateger', fill: RED }],
      },
    ],
  },
  {
    goal: 'Mål: Öka delaktigheten i länets kulturliv',
    priorities: [
      {
        heading: '3.1.16 Kultur för barn och unga',
        priority:
          'Prioritering: Aktörer med regionala verksamhetsmedel ska tillsammans stärka förutsättningar för barn och unga att ta del av och själva skapa kultur.',
        activities: [
          { activity: 'Ingå i Kraftsamling för barn och unga utifrån kulturens roll i den regionala utvecklingsstrategin.', responsible: 'Områdeschef', followUp: 'Grönt' },
          // Slip: Rött as text, and no comment.
          { activity: 'Kartlägga vilka skolor i länet som tar del av regionalt finansierad kultur.', responsible: 'Kulturstrateger', followUp: 'Rött' },
          { activity: 'Revidera modellen KulturKraft för att nå fler barn i länet.', responsible: 'Teaterfrämjande, Dansfrämjande, Musikfrämjande, Områdeschef', fill: BAD_PINK, comment: 'Revideringen väntar på den nya barnrättsstrategin.' },
          { activity: 'Ingå i arbetet med att ta fram en barnrättsstrategi för regional utveckling.', responsible: 'Kulturstrateger' },
        ],
      },
      {
        priority: 'Prioritering: Stärka barn och ungas möjligheter att göra sina röster hörda vid beslut som rör kultur inom Region Örebro län.',
        activities: [
          { activity: 'Stärka arbetet med barnrätt på länets folkbibliotek med fokus på artikel 12, genom nätverket med barnrättsombud.', responsible: 'Biblioteksutveckling', fill: LIGHT_GREEN, comment: 'Nätverket har träffats fyra gånger.' },
        ],
      },
    ],
  },
  {
    goal: '3.2 Mål: Stärk kulturens kraft genom samverkan',
    priorities: [
      {
        heading: '3.2.1 Kultur och hälsa',
        priority:
          'Prioritering: Stärka arbetet med kultur och hälsa genom samverkan mellan bland annat utvecklingsledare hos Region Örebro län, länets kommuner, civilsamhället och andra viktiga aktörer.',
        activities: [
          { activity: 'Stötta nätverk inom shared reading, biblioterapi och reflekterande skrivande.', responsible: 'Biblioteksutveckling', followUp: 'Grönt: nätverket träffas varje kvartal.' },
          { activity: 'Anordna konferenser och föreläsningar inom kultur och hälsa.', responsible: 'Biblioteksutveckling, Utvecklingsledare Kultur och hälsa', fill: GREEN },
          { activity: 'Utveckla riktade regionala utvecklingsmedel för kultur och hälsa.', responsible: 'Utvecklingsledare Kultur och hälsa', followUp: 'Rött: medlen ryms inte i budget 2025.', fill: RED },
        ],
      },
      {
        // Made up: the seed has an activity here; the test needs a second missing one.
        priority: 'Prioritering: Ta fram en strategi för Region Örebro läns arbete med spelkultur.',
        activities: [],
        missingYear: 2025,
      },
      {
        heading: '3.2.5 Nationella minoriteter',
        priority: 'Prioritering: Stärkt arbete för kultur kopplat till nationella minoriteter genom ökad samverkan med andra regioner.',
        activities: [
          // Slip: red by fill only (dark red), and no comment.
          { activity: 'Samverka med andra regioner kring fortbildning inom området Nationella minoriteter.', responsible: 'Kulturstrateg, biblioteksutveckling', fill: DARK_RED },
          // Yellow is neither Rött nor Grönt: not followed up.
          { activity: 'Ingå i ett nätverk med länets folkbibliotek för att bevaka behov inom området Nationella minoriteter.', responsible: 'Biblioteksutveckling', fill: YELLOW },
        ],
      },
    ],
  },
];

export const PLAN_HEADERS = ['Aktivitet', 'Ansvar för\nhandläggning', 'Uppföljning', 'Kommentar'];

const wrapped = (value: string): CellSpec => ({ value, wrap: true });

/** Writes the plan (the fixture's, or another); returns the sheet and, per activity text, the row it landed on. */
export function planSheet(goals: PlanGoalSpec[] = PLAN_GOALS): { sheet: SheetSpec; rows: Map<string, number> } {
  const s = new SheetSpec('Genomförandeplan');
  const rows = new Map<string, number>();
  s.set(1, 1, title('Genomförandeplan kulturplan 2024–2027, uppföljning 2025'));
  s.set(2, 1, note('Testdata: mål, prioriteringar och aktiviteter ur genomförandeplanen; bedömningarna är påhittade.'));
  let r = 4;
  for (const goal of goals) {
    s.set(r++, 1, title(goal.goal));
    for (const p of goal.priorities) {
      if (p.heading) s.set(r++, 1, { value: p.heading, bold: true });
      if (p.priority) s.set(r++, 1, wrapped(p.priority));
      s.set(r++, 1, { value: 'AKTIVITETER', bold: true });
      PLAN_HEADERS.forEach((h, i) => s.set(r, i + 1, header(h)));
      r++;
      if (p.missingYear !== undefined) {
        rows.set(`saknas:${p.priority}`, r);
        s.set(r++, 1, { value: `Saknas aktivitet ${p.missingYear}` });
      }
      for (const a of p.activities) {
        rows.set(a.activity, r);
        s.set(r, 1, wrapped(a.activity));
        s.set(r, 2, wrapped(a.responsible));
        if (a.followUp !== undefined || a.fill !== undefined) s.set(r, 3, { ...(a.followUp ? wrapped(a.followUp) : {}), ...(a.fill ? { fill: a.fill } : {}) });
        if (a.comment) s.set(r, 4, wrapped(a.comment));
        r++;
      }
      r++;
    }
  }
  [60, 36, 24, 50].forEach((w, i) => s.width(i + 1, w));
  return { sheet: s, rows };
}

export const PLAN_SPECS: Array<() => WorkbookSpec> = [
  () => ({ fileName: 'genomforandeplan-kultur-2025.xlsx', title: 'Genomförandeplan kulturplan 2024–2027 (testdata)', sheets: [planSheet().sheet] }),
];

/** Writes the genomförandeplan fixture; called by build-fixtures.ts and when run on its own. */
export async function writePlanFixtures(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  for (const build of PLAN_SPECS) {
    const spec = build();
    writeFileSync(join(DIR, spec.fileName), await workbookBytes(spec));
    console.log(`  plan/${spec.fileName}`);
  }
}

runWhenMain(module, writePlanFixtures);
