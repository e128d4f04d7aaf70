/**
 * The real styrtal rows of the kulturnämnd's delårsrapport 2025 (DOMAIN §3.6; seed
 * kulturnamnd-delarsrapport-2025.txt), each with the cells as the report shows them and the status
 * a controller gives it. Numbers become number cells with the report's unit in the number format;
 * what is not a single number ("59 % Kvinnor", "40- 60 %") stays text.
 */
import type { CellSpec } from './fixtures/sheetSpec';

export type Status = 'met' | 'not-met' | 'not-assessable';

export interface StyrtalFixtureRow {
  name: string;
  actual?: CellSpec;
  target?: CellSpec;
  longTerm?: CellSpec;
  comment?: string;
  /** What a controller says, and why (used in the tests' names). */
  status: Status;
  why: string;
}

const kr = (value: number): CellSpec => ({ value, numFmt: '#,##0 "kr"' });
const plain = (value: number): CellSpec => ({ value, numFmt: '#,##0' });
const st = (value: number, decimals = 0): CellSpec => ({ value, numFmt: decimals ? '#,##0.0 "st"' : '#,##0 "st"' });
const pct = (share: number, decimals = 0): CellSpec => ({ value: share, numFmt: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' });
const mnkr = (value: number, decimals: number): CellSpec => ({ value, numFmt: decimals ? `0.${'0'.repeat(decimals)} "mnkr"` : '0 "mnkr"' });
const text = (value: string): CellSpec => ({ value });
const general = (value: number): CellSpec => ({ value });

const INDEXED = '(Målvärdet är 2023 års värde efter indexuppräkning)';

export const STYRTAL_ROWS: StyrtalFixtureRow[] = [
  {
    name: `Verksamhetsmedel fördelade till regionalt finansierade kulturaktörer med uppdrag i Örebro läns kulturplan. ${INDEXED}`,
    actual: kr(117_397_000),
    target: plain(113_752_551),
    comment: 'De fördelade verksamhetsmedlen inom kultursamverkansmodellen och till aktörer med regionala verksamhetsmedel kultur 2025 har ökat jämfört med de som fördelades 2023 efter att hänsyn har tagits till inflationen.',
    status: 'met',
    why: '117 397 000 kr ≥ 113 752 551',
  },
  {
    name: `Fördelning av medel till kulturföreningar ${INDEXED}`,
    actual: kr(1_163_000),
    target: plain(1_673_469),
    comment: 'De fördelade föreningsmedlen 2025 är något lägre än de som fördelades 2023 efter att hänsyn har tagits till inflationen.',
    status: 'not-met',
    why: '1 163 000 kr < 1 673 469',
  },
  {
    name: `Övrig fördelning av medel med syfte att stärka den kulturella infrastrukturen i länet ${INDEXED}`,
    actual: kr(824_464),
    target: plain(2_616_190),
    status: 'not-met',
    why: '824 464 kr < 2 616 190',
  },
  {
    name: `Medel till kultur och hälsa ${INDEXED}`,
    actual: kr(174_784),
    target: plain(181_460),
    status: 'not-met',
    why: '174 784 kr < 181 460',
  },
  {
    name: `Regionala medel till kultur i skolan genom kulturkraft i samverkan med länets kommuner ${INDEXED}`,
    actual: plain(1_090_811),
    target: kr(1_512_170),
    status: 'not-met',
    why: '1 090 811 < 1 512 170 kr',
  },
  {
    name: `Fördelning av medel till studieförbund och föreningar ${INDEXED}`,
    actual: kr(38_359_361),
    target: plain(40_853_816),
    status: 'not-met',
    why: '38 359 361 kr < 40 853 816',
  },
  {
    name: 'De regionalt finansierade kulturaktörernas publik, besökare och deltagare (Målvärde i paritet med 2023)',
    actual: st(364_774),
    target: st(364_774),
    comment: 'Det senast kända värdet är för 2023. 2024 års siffror kommer till helårsrapporten för 2025.',
    status: 'met',
    why: 'paritet: 364 774 st ≥ 364 774 st',
  },
  {
    name: 'Andel barn bland publik, besökare eller deltagare hos de regionalt finansierade kulturaktörerna (med uppdrag i kulturplanen)',
    actual: pct(0.2),
    target: pct(0.3),
    status: 'not-met',
    why: '20 % < 30 %',
  },
  {
    name: 'Andel av tiden som främjandeverksamheten ägnar åt kultur för barn och unga',
    actual: pct(0.4),
    target: pct(0.3),
    status: 'met',
    why: '40 % ≥ 30 %',
  },
  {
    name: 'Årsarbetskrafter fördelade på kön hos de regionalt finansierade kulturaktörerna',
    actual: text('59 % Kvinnor'),
    target: text('40- 60 %'),
    longTerm: pct(0.6),
    status: 'met',
    why: '59 % Kvinnor inom 40- 60 %',
  },
  {
    name: 'Könsfördelningen bland enskilda kulturskapare som mottar bidrag, stipendier eller andra stöd',
    actual: text('61 % Kvinnor'),
    target: text('40- 60 %'),
    longTerm: pct(0.6),
    comment: 'Andelen kvinnor som mottar bidrag, stipendier eller andra stöd var något högre än målvärdet.',
    status: 'not-met',
    why: '61 % Kvinnor utanför 40- 60 %',
  },
  {
    name: '1. Hållbart medarbetarengagemang (HME): Ska ligga på en hög nivå inom intervallet 77–80 för totalt HME. Strävan är att delindexen motivation, styrning och ledarskap ska ligga på en jämnhög nivå.',
    actual: general(79),
    target: text('77- 80'),
    longTerm: general(80),
    status: 'met',
    why: 'HME 79 inom 77- 80',
  },
  {
    name: '3. Sjukfrånvaron ska minska.',
    actual: pct(0.0489, 2),
    target: pct(0.042, 1),
    longTerm: pct(0.035, 1),
    status: 'not-met',
    why: 'lägre är bättre: 4,89 % > 4,2 %',
  },
  {
    name: '3. Regionstyrelsens och nämndernas budgetunderskott ska minska.',
    actual: mnkr(0.4, 1),
    target: mnkr(0, 0),
    longTerm: mnkr(0, 0),
    status: 'met',
    why: '0,4 mnkr är ett överskott (budgetavvikelse), inget underskott mot 0 mnkr',
  },
  {
    name: 'Årsarbetskrafter tillsvidareanställda inom studieförbunden i länet (Målvärde i paritet med 2023)',
    actual: st(87.3, 1),
    target: st(114.4, 1),
    comment: 'Antalet årsarbetskrafter av tillsvidareanställda inom studieförbunden i länet har minskat från 114,4 år 2023 till 87,3 år 2024.',
    status: 'not-met',
    why: 'paritet: 87,3 st < 114,4 st',
  },
  {
    name: `De regionalt finansierade kulturaktörernas anlitande av frilansare ${INDEXED}`,
    actual: kr(8_211_464),
    target: text('2023 års värde: 8 211 464 kr indexuppräknat'),
    comment: 'Det senast kända värdet är för 2023. 2024 års siffror kommer till helårsrapporten för 2025.',
    status: 'not-assessable',
    why: 'LPIK saknar värde för 2025 i standardtabellen',
  },
  {
    name: 'En kvalitativ beskrivning av arbetet med Partnerskapet för sociala innovationer',
    comment: 'Under 2025 har Stiftelsen Activa och Örebro föreningsråd det praktiska samordningsansvaret att koordinera Partnerskapet för sociala innovationer.',
    status: 'not-assessable',
    why: 'kvalitativt, inga siffror',
  },
];

/** The five "Mål:" sections of the nämnd (delårsrapport 2025 §3.2), each assessed "delvis". */
export const NAMNDENS_MAL: string[] = [
  'Mål: Region Örebro län har stärkt den kulturella infrastrukturen utifrån ett särskilt fokus på de prioriterade områdena.',
  'Mål: Region Örebro län har bidragit till ett mer jämlikt kulturliv och en mer likvärdig tillgång till kultur i hela länet i linje med arbetet för social sammanhållning och det demokratiska samhällets utveckling.',
  'Mål: Region Örebro län har genom samverkan mellan kultur, andra samhällsområden och aktörer, som länets kommuner, bidragit till utveckling av länets kulturella infrastruktur och en mer hållbar samhällsutveckling.',
  'Mål: Region Örebro län har stärkt förutsättningar för civilsamhället, folkbildningen och den sociala ekonomin.',
  'Mål: Region Örebro län har internationaliserat arbetet kring civilsamhället och social ekonomi genom att vara aktiva i gemensam kunskapsutveckling och erfarenhetsutbyte samt i att ta del av resurser på EU-nivå.',
];

export const DELVIS =
  '• Bedömningen utifrån nämndens/verksamhetens redovisning, styrtal och uppdrag är att målet delvis kommer att uppnås vid årets slut.';
