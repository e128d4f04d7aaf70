/**
 * Writes the IK-plan fixtures (DOMAIN §3.8; `npm run fixtures` runs it, or
 * `npx tsx scripts/fixtures-ikplan.ts` alone):
 * - tests/fixtures/ikplan/ikplan-delar-2025.xlsx: every row of the kulturnämnd's
 *   internkontrollplan in the delårsrapport 2025 §6.1 (seed kulturnamnd-delarsrapport-2025.txt),
 *   with the real comments, the copied one included, laid out as published: the Verksamhet cell
 *   only on the first row of its group, the Risk cell only on the first row of its åtgärder.
 * - tests/fixtures/ikplan/ikplan-riskmatris-2025.xlsx: the real Ekonomi risks with a risk
 *   assessment, Ansvarig, Klart senast and three follow-ups (Status T1, Status juni, Status
 *   delår). The assessments, dates and statuses are made up for the test, and carry one slip of
 *   each kind: a wrong riskvärde, a red accepted risk, a passed deadline, a risk without åtgärd
 *   and an åtgärd that has stayed "pågår" at three follow-ups.
 * Deterministic: the same bytes on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SheetSpec, type CellSpec, type WorkbookSpec } from './fixtures/sheetSpec';
import { header, note, title } from './fixtures/styles';
import { workbookBytes } from './fixtures/writeWorkbook';
import { runWhenMain } from './fixtures/runWhenMain';

const DIR = join(__dirname, '..', 'tests', 'fixtures', 'ikplan');

/** One row of a published plan: empty Verksamhet / Risk cells continue the row above. */
export interface IkPlanRow {
  verksamhet: string;
  risk: string;
  action: string;
  comment: string;
}

const SAM = 'Regionövergripande: Risk att systematiskt arbetsmiljöarbete (SAM) inte är välfungerande i vardagen.';
const AUTO = 'Risken att automatiskt attesterade fakturor blir felaktigt godkända.';
const HANDLINGSPLAN = 'Risken att den ekonomiska handlingsplanen inte genomförs eller ger avsedda effekter.';
const RESOR = 'Risken att anteckning på faktura avseende resor och kurs- och konferenser inte är korrekt utifrån "Leverantörsfakturor – rutin för behandling".';
const AVTAL = 'Risken att inköp inte sker via marknadsplats, även om funktionaliteten finns, och att inköp sker utanför avtal.';
const FIRST_CARD = 'Risken att redovisning vid inköp med First Cards inköpskort inte redovisas korrekt enligt riktlinje och rutin.';
const INVESTERINGAR = 'Risken att investeringar redovisas felaktigt.';
const VALFARD = 'Risken att det finns områden inom nämndens verksamheter där välfärdsbrottslighet kan förekomma.';
const DATASKYDD =
  'Risken att verksamheten inte efterlever tillämplig dataskyddslagstiftning (GDPR och Patientdatalagen). Samt NIS-direktivet och lag (2018:1174) om informationssäkerhet för samhällsviktiga och digitala tjänster.';

const ACTIONS = {
  auto: 'Genomföra granskning av automatiskt attesterade fakturor enligt upprättad rutin.',
  handlingsplan:
    'Förvaltningsövergripande åtgärd: Ekonomerna inom RU ansvarar för att granska åtgärderna i respektive handlingsplan. Är uppföljningen av åtgärdernas ekonomiska effekter beräknade på ett tillfredsställande sätt?',
  resor: 'Genomföra stickprovskontroller på konto 4611, 4630, 6811-6899 och 7070.',
  avtal: 'Arbeta med kulturförändring av inköpsmönster och säkerställa att inköp sker inom avtal genom information till chefer och inköpsansvariga.',
  firstCard: 'Genomföra stickprovskontroller att rutinen efterlevs.',
  investeringar: 'Nuvarande rutin ska uppdateras. Genomföra stickprovskontroller att rutinen efterlevs.',
  valfard:
    'Gör en risk och väsentlighetsanalys för att grundligt genomlysa var inom nämndens verksamheter där välfärdsbrottslighet kan förekomma. Baserat på analysens resultat ta fram konkreta åtgärder för att minimera eventuella risker.',
};

/** The comment that is copied under the handlingsplan risk (DOMAIN §3.8). */
export const COPIED_SENTENCE = 'Inga brister i beställningar upptäckta i granskningen.';

const COMMENTS = {
  auto:
    'Granskningen är genomförd av Regional utvecklings samtliga 14 beställare. Ingen orimlighet i beställningarnas storlek kan inte utrönas vid jämförelse mellan 2023 och 2024. ' +
    'Vid genomgång av vilka typer av artiklar som beställarna beställt är inte heller orimligt utifrån var beställarna jobbar. ' +
    'Ingen orimlig förändring av beställningarna hos de olika leverantörerna kan inte heller utrönas.\n' +
    `${COPIED_SENTENCE}\nÅtgärden är avslutad.`,
  handlingsplan: `${COPIED_SENTENCE}\nÅtgärden är avslutad.`,
  resor:
    'Samtliga fakturor var utifrån denna granskning korrekt redovisade. För att säkerställa att efterlevnaden är fortsatt hög bör rutiner och riktlinjer gällande redovisning uppmärksammas löpande.\nÅtgärden pågår.',
  pagar: 'Åtgärden pågår.',
  valfard:
    'Under hösten 2025 planeras en risk- och väsentlighetsanalys för att genomlysa samtliga verksamheter inom förvaltningen för att tydliggöra inom vilka delar som kan vara exponerade mot välfärdsbrottslighet. ' +
    'Denna del är en del av det större uppdraget kring välfärdsbrottslighet och kommer arbetas med under flera år.\nÅtgärden pågår.',
};

/** Delårsrapport 2025 §6.1, kulturnämnden: 9 risks, 13 åtgärder, in the published order. */
export const IKPLAN_ROWS: IkPlanRow[] = [
  {
    verksamhet: 'HR',
    risk: SAM,
    action:
      'Regionövergripande åtgärd: - Varje chef ska hantera sina fördelade arbetsmiljöuppgifter och arbeta med att undersöka och riskbedöma alla arbetsmiljöförhållanden, sätta in åtgärder och följa upp att åtgärderna haft effekt.',
    comment: '',
  },
  { verksamhet: '', risk: '', action: 'Regionövergripande åtgärd: - Varje chef ska årligen följa upp sitt arbetsmiljöarbete enligt rutin och förbättra där det är nödvändigt.', comment: '' },
  {
    verksamhet: '',
    risk: '',
    action: 'Regionövergripande åtgärd: Fördelande chef ska minst årligen stämma av hur arbetsmiljöarbetet fungerar och att det finns förutsättningar för arbetsmiljöarbetet',
    comment: '',
  },
  { verksamhet: 'Ekonomi', risk: AUTO, action: ACTIONS.auto, comment: COMMENTS.auto },
  { verksamhet: '', risk: HANDLINGSPLAN, action: ACTIONS.handlingsplan, comment: COMMENTS.handlingsplan },
  { verksamhet: '', risk: RESOR, action: ACTIONS.resor, comment: COMMENTS.resor },
  { verksamhet: '', risk: AVTAL, action: ACTIONS.avtal, comment: COMMENTS.pagar },
  { verksamhet: '', risk: FIRST_CARD, action: ACTIONS.firstCard, comment: COMMENTS.pagar },
  { verksamhet: '', risk: INVESTERINGAR, action: ACTIONS.investeringar, comment: COMMENTS.pagar },
  { verksamhet: '', risk: VALFARD, action: ACTIONS.valfard, comment: COMMENTS.valfard },
  {
    verksamhet: 'Informationssäkerhet',
    risk: DATASKYDD,
    action:
      'Säkerställ att det finns ett väl fungerande och systematiskt informationssäkerhetsarbete utifrån identifierade risker med utsedda resurser. All personal ska dessutom ha god kunskap om relevanta regelverk för informationssäkerhet och kunna riskbedöma samt informationsklassa information i sitt arbete.',
    comment: COMMENTS.pagar,
  },
  { verksamhet: '', risk: '', action: 'Säkerställ att informationsklassning av IT-stöd som saknar informationsägare genomförs i enlighet med riktlinjen för informationsklassning.', comment: COMMENTS.pagar },
  { verksamhet: '', risk: '', action: 'Informationsägare/objektägare ska säkerställa att identifierade informationssäkerhetsbrister åtgärdas.', comment: COMMENTS.pagar },
];

/** Sheet layout of the real plan: header in row 3, IKPLAN_ROWS[i] in row FIRST_ROW + i. */
export const FIRST_ROW = 4;
export const REAL_COLUMNS = { verksamhet: 'A', risk: 'B', action: 'C', comment: 'D' } as const;

const wrapped = (value: string): CellSpec => ({ value, wrap: true });

function realPlanSheet(): SheetSpec {
  const s = new SheetSpec('Internkontroll');
  s.set(1, 1, title('6.1 Internkontrollplan – kulturnämnden, uppföljning delår 2025'));
  ['Verksamhet', 'Risk', 'Åtgärd', 'Kommentar'].forEach((h, i) => s.set(3, i + 1, header(h)));
  IKPLAN_ROWS.forEach((r, i) => {
    const row = FIRST_ROW + i;
    if (r.verksamhet) s.set(row, 1, { value: r.verksamhet, bold: true });
    if (r.risk) s.set(row, 2, wrapped(r.risk));
    s.set(row, 3, wrapped(r.action));
    if (r.comment) s.set(row, 4, wrapped(r.comment));
  });
  [18, 50, 60, 70].forEach((w, i) => s.width(i + 1, w));
  return s;
}

/** One row of the risk-matrix plan; statuses are the three follow-ups, oldest first. */
export interface MatrixRow {
  risk: string;
  sannolikhet: number;
  konsekvens: number;
  riskValue: number;
  action: string;
  responsible: string;
  /** ISO date (written as a date cell) or text as typed ("T3 2025"). */
  deadline: string;
  statuses: [string, string, string];
  comment: string;
}

/** Made-up assessments on the real risks; the slips are named in the comments of this list. */
export const MATRIX_ROWS: MatrixRow[] = [
  { risk: AUTO, sannolikhet: 2, konsekvens: 3, riskValue: 6, action: ACTIONS.auto, responsible: 'Controller', deadline: '2025-06-30', statuses: ['Pågår', 'Pågår', 'Avslutad'], comment: COMMENTS.auto },
  // Slip: riskvärde 6, but 3 × 3 = 9 (red).
  { risk: HANDLINGSPLAN, sannolikhet: 3, konsekvens: 3, riskValue: 6, action: ACTIONS.handlingsplan, responsible: 'Ekonomichef', deadline: '2025-12-31', statuses: ['Ej påbörjad', 'Pågår', 'Pågår'], comment: 'Ekonomerna följer upp åtgärdernas effekter varje månad i periodrapporten.\nÅtgärden pågår.' },
  // Slips: Klart senast 2025-04-30 has passed, and the åtgärd has been "pågår" at all three follow-ups.
  { risk: RESOR, sannolikhet: 2, konsekvens: 2, riskValue: 4, action: ACTIONS.resor, responsible: 'Controller', deadline: '2025-04-30', statuses: ['Pågår', 'Pågår', 'Pågår'], comment: COMMENTS.resor },
  // Slip: a red risk (4 × 3 = 12) that is accepted instead of acted on.
  { risk: AVTAL, sannolikhet: 4, konsekvens: 3, riskValue: 12, action: 'Risken accepteras.', responsible: 'Förvaltningschef', deadline: '', statuses: ['', '', ''], comment: 'Beslut i förvaltningens ledningsgrupp att inte vidta fler åtgärder under 2025.' },
  // Slip: no åtgärd for a green risk.
  { risk: FIRST_CARD, sannolikhet: 1, konsekvens: 3, riskValue: 3, action: '', responsible: '', deadline: '', statuses: ['', '', ''], comment: '' },
  { risk: INVESTERINGAR, sannolikhet: 2, konsekvens: 4, riskValue: 8, action: ACTIONS.investeringar, responsible: 'Redovisningsansvarig', deadline: '2025-10-31', statuses: ['', 'Pågår', 'Pågår'], comment: COMMENTS.pagar },
  { risk: VALFARD, sannolikhet: 3, konsekvens: 4, riskValue: 12, action: ACTIONS.valfard, responsible: 'Förvaltningschef', deadline: 'T3 2025', statuses: ['Ej påbörjad', 'Ej påbörjad', 'Pågår'], comment: COMMENTS.valfard },
];

/** Layout of the risk-matrix plan: header in row 4, MATRIX_ROWS[i] in row MATRIX_FIRST_ROW + i. */
export const MATRIX_FIRST_ROW = 5;
export const MATRIX_HEADERS = [
  'Verksamhet', 'Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Åtgärd', 'Ansvarig', 'Klart\nsenast',
  'Status T1', 'Status juni', 'Status delår', 'Kommentar',
];

/** Excel's serial day number of an ISO date (1900 date system). */
function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function matrixSheet(): SheetSpec {
  const s = new SheetSpec('IK-plan riskmatris');
  s.set(1, 1, title('Internkontrollplan 2025 med riskbedömning – kulturnämnden'));
  s.set(2, 1, note('Testdata: riskerna är de verkliga (delårsrapport 2025 §6.1); bedömningar, datum och statusar är påhittade.'));
  MATRIX_HEADERS.forEach((h, i) => s.set(4, i + 1, header(h)));
  MATRIX_ROWS.forEach((r, i) => {
    const row = MATRIX_FIRST_ROW + i;
    if (i === 0) s.set(row, 1, { value: 'Ekonomi', bold: true });
    s.set(row, 2, wrapped(r.risk));
    s.set(row, 3, { value: r.sannolikhet });
    s.set(row, 4, { value: r.konsekvens });
    s.set(row, 5, { value: r.riskValue });
    if (r.action) s.set(row, 6, wrapped(r.action));
    if (r.responsible) s.set(row, 7, { value: r.responsible });
    if (/^\d{4}-\d{2}-\d{2}$/.test(r.deadline)) s.set(row, 8, { value: serial(r.deadline), numFmt: 'yyyy-mm-dd' });
    else if (r.deadline) s.set(row, 8, { value: r.deadline });
    r.statuses.forEach((st, j) => st && s.set(row, 9 + j, { value: st }));
    if (r.comment) s.set(row, 12, wrapped(r.comment));
  });
  [12, 50, 11, 11, 10, 50, 18, 12, 12, 12, 12, 60].forEach((w, i) => s.width(i + 1, w));
  return s;
}

export const IKPLAN_SPECS: Array<() => WorkbookSpec> = [
  () => ({ fileName: 'ikplan-delar-2025.xlsx', title: 'Internkontrollplan kulturnämnden, delårsrapport 2025', sheets: [realPlanSheet()] }),
  () => ({ fileName: 'ikplan-riskmatris-2025.xlsx', title: 'Internkontrollplan med riskmatris (testdata)', sheets: [matrixSheet()] }),
];

/** Writes the IK-plan fixtures; called by build-fixtures.ts and when run on its own. */
export async function writeIkplanFixtures(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  for (const build of IKPLAN_SPECS) {
    const spec = build();
    writeFileSync(join(DIR, spec.fileName), await workbookBytes(spec));
    console.log(`  ikplan/${spec.fileName}`);
  }
}

runWhenMain(module, writeIkplanFixtures);
