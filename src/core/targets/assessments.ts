import { cellText } from '../recognize/cellKinds';
import { eachCell, type Workbook } from '../model/workbook';
import { headingKind, type HeadingKind } from './headings';

/** The three levels of måluppfyllelse (DOMAIN §3.6). */
export type AssessmentLevel = 'met' | 'partly' | 'not-met';

/** The groups a summary table counts. */
export type AssessmentGroup = 'rf-målsättning' | 'nämnd-mål' | 'rf-uppdrag' | 'nämnd-uppdrag';

export interface Assessment {
  sheet: string;
  row: number;
  col: number;
  /** 'goal': "… uppnås"; 'assignment': "Uppdraget … genomfört". */
  kind: 'goal' | 'assignment';
  level: AssessmentLevel;
  /** Undefined when neither a heading nor the statement tells which group it belongs to. */
  group?: AssessmentGroup;
  text: string;
}

/** A statement opens its paragraph: "• Bedömningen … är att målet delvis kommer att uppnås …". */
const OPENING = /^(bedömning|bedöms|uppdraget|uppdragets|målet|målsättningen)/i;

/**
 * The assessment statements of the report body, in reading order, each with the group of the
 * heading it stands under ("Målsättning nr 4", "Mål:", "Uppdrag: Nr 25", "Uppdrag: Nämnden ska").
 * `skip` leaves out cells that belong to a summary table (its headers read "Bedöms att uppnås").
 */
export function findAssessments(workbook: Workbook, skip: (sheet: string, row: number, col: number) => boolean): Assessment[] {
  const found: Assessment[] = [];
  for (const sheet of workbook.sheets) {
    let heading: HeadingKind | undefined;
    for (const { row, col, cell } of eachCell(sheet)) {
      if (cell.type !== 'text' || skip(sheet.name, row, col)) continue;
      const raw = cellText(cell).replace(/\s+/g, ' ');
      heading = headingKind(raw) ?? heading;
      const text = raw.replace(/^[\s•·*\u2022–-]+/, '');
      if (!OPENING.test(text)) continue;
      // An assessment is a judgement ("bedöms", "Bedömningen …") or a bullet; "Uppdraget genomförs
      // enligt plan" in a comment is neither.
      if (!/bedöm/i.test(text) && text === raw.trim()) continue;
      const statement = readStatement(text);
      if (!statement) continue;
      found.push({ sheet: sheet.name, row, col, ...statement, group: groupOf(statement.kind, text, heading), text: raw });
    }
  }
  return found;
}

/** The level a statement gives; assignments: flerårigt with this year's part done counts as delvis. */
export function readStatement(text: string): { kind: Assessment['kind']; level: AssessmentLevel } | undefined {
  const t = text.toLowerCase();
  if (/genomför(t|d|ts)\b/.test(t) && /uppdrag/.test(t)) {
    if (/(inte|ej)\s+(att\s+)?(vara\s+|bli\s+)?genomför/.test(t)) return { kind: 'assignment', level: 'not-met' };
    if (/flerårig/.test(t)) return { kind: 'assignment', level: 'partly' };
    return { kind: 'assignment', level: 'met' };
  }
  if (/uppnå/.test(t)) {
    if (/delvis/.test(t)) return { kind: 'goal', level: 'partly' };
    if (/(inte|ej)\s+(\p{L}+\s+){0,3}uppnå/u.test(t)) return { kind: 'goal', level: 'not-met' };
    return { kind: 'goal', level: 'met' };
  }
  return undefined;
}

/**
 * The group: goals under a "Målsättning" heading, or saying "målsättningen", are the
 * regionfullmäktige's målsättningar; other goals under "Mål:" or saying "målet" are the nämnd's.
 * Assignments take the group of their "Uppdrag:" heading (numbered = from regionfullmäktige).
 */
function groupOf(kind: Assessment['kind'], text: string, heading: HeadingKind | undefined): AssessmentGroup | undefined {
  const t = text.toLowerCase();
  if (kind === 'assignment') {
    if (heading === 'rf-uppdrag') return 'rf-uppdrag';
    if (heading === 'nämnd-uppdrag') return 'nämnd-uppdrag';
    return undefined;
  }
  if (/målsättningen/.test(t) || heading === 'målsättning') return 'rf-målsättning';
  if (heading === 'mål' || /\bmålet\b/.test(t)) return 'nämnd-mål';
  return undefined;
}
