/**
 * The avtalsleverantörer list: a sheet, or a defined name over a range, holding supplier names
 * and optionally organisation numbers. Asked for by name, or found as a sheet or defined name
 * called "Avtalsleverantörer".
 */
import { parseRefBody, sheetNameOf } from '../formula/reference';
import { cellText } from '../recognize/cellKinds';
import { cellAt, type Sheet, type Workbook } from '../model/workbook';
import { compactLabel, hasAny } from '../text/normalize';
import { orgNrKey, partyKey } from './partyKey';

export interface PartyList {
  /** Where the list came from, in Swedish ("bladet Avtalsleverantörer"). */
  source: string;
  names: Set<string>;
  orgNrs: Set<string>;
  /** Suppliers read (rows with a name or an organisation number). */
  count: number;
}

export type PartyListResult = { ok: true; list: PartyList } | { ok: false; reason: string };

interface Region {
  sheet: Sheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const DEFAULT_NAME = 'avtalsleverantörer';

export function findAvtalList(workbook: Workbook, requested?: string): PartyListResult {
  const wanted = requested?.trim();
  const matches = (name: string) => (wanted ? name.trim().toLowerCase() === wanted.toLowerCase() : compactLabel(name).startsWith(DEFAULT_NAME));
  const sheet = workbook.sheets.find((s) => matches(s.name));
  if (sheet) return read({ sheet, top: 1, left: 1, bottom: sheet.rowCount, right: sheet.colCount }, `bladet ${sheet.name}`);
  const definedName = Object.keys(workbook.definedNames ?? {}).find(matches);
  if (definedName) {
    const region = resolveName(workbook, workbook.definedNames![definedName]);
    if (!region) return { ok: false, reason: `Namnet ${definedName} pekar inte på ett område i arbetsboken.` };
    return read(region, `namnet ${definedName}`);
  }
  return {
    ok: false,
    reason: wanted
      ? `Hittar varken bladet eller namnet ${wanted} med avtalsleverantörer.`
      : 'Ingen lista över avtalsleverantörer angiven, och arbetsboken har inget blad eller namn Avtalsleverantörer.',
  };
}

/** A whole sheet as the list, e.g. the only sheet of an avtal file; `source` names it in messages. */
export function readAvtalSheet(sheet: Sheet, source: string): PartyListResult {
  return read({ sheet, top: 1, left: 1, bottom: sheet.rowCount, right: sheet.colCount }, source);
}

function resolveName(workbook: Workbook, reference: string): Region | undefined {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return undefined;
  const sheetName = sheetNameOf(reference.slice(0, bang).replace(/^=/, ''));
  const ref = parseRefBody(reference.slice(bang + 1));
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet || !ref) return undefined;
  const end = ref.end ?? ref.start;
  return {
    sheet,
    top: ref.start.row ?? 1,
    left: ref.start.col ?? 1,
    bottom: Math.min(end.row ?? sheet.rowCount, sheet.rowCount),
    right: Math.min(end.col ?? sheet.colCount, sheet.colCount),
  };
}

function read(region: Region, source: string): PartyListResult {
  const header = findHeader(region);
  const names = new Set<string>();
  const orgNrs = new Set<string>();
  let count = 0;
  for (let r = header ? header.row + 1 : region.top; r <= region.bottom; r++) {
    const { name, orgNr } = header ? byHeader(region.sheet, r, header) : byShape(region, r);
    const key = name === undefined ? '' : partyKey(name);
    if (key !== '') names.add(key);
    if (orgNr !== undefined) orgNrs.add(orgNr);
    if (key !== '' || orgNr !== undefined) count++;
  }
  if (count === 0) return { ok: false, reason: `Listan över avtalsleverantörer (${source}) är tom.` };
  return { ok: true, list: { source, names, orgNrs, count } };
}

interface ListHeader {
  row: number;
  nameCol?: number;
  orgCol?: number;
}

/** The row among the first few with the most recognised headers (a title above it has fewer). */
function findHeader(region: Region): ListHeader | undefined {
  let best: ListHeader | undefined;
  let bestScore = 0;
  for (let r = region.top; r <= Math.min(region.bottom, region.top + 9); r++) {
    const h: ListHeader = { row: r };
    for (let c = region.left; c <= region.right; c++) {
      const t = compactLabel(cellText(cellAt(region.sheet, r, c)));
      if (h.orgCol === undefined && hasAny(t, ['orgnr', 'organisationsn', 'orgnummer'])) h.orgCol = c;
      else if (h.nameCol === undefined && hasAny(t, ['leverantör', 'namn', 'företag', 'avtalspart', 'motpart'])) h.nameCol = c;
    }
    const score = (h.nameCol ? 1 : 0) + (h.orgCol ? 1 : 0);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}

function byHeader(sheet: Sheet, r: number, h: ListHeader): { name?: string; orgNr?: string } {
  const name = h.nameCol ? cellText(cellAt(sheet, r, h.nameCol)) : '';
  const org = h.orgCol ? orgNrKey(cellText(cellAt(sheet, r, h.orgCol))) : undefined;
  return { name: name || undefined, orgNr: org };
}

/** Without a header: an organisation number wherever it stands, the first other text as the name. */
function byShape(region: Region, r: number): { name?: string; orgNr?: string } {
  let name: string | undefined;
  let orgNr: string | undefined;
  for (let c = region.left; c <= region.right; c++) {
    const t = cellText(cellAt(region.sheet, r, c));
    if (t === '') continue;
    const org = orgNrKey(t);
    if (org !== undefined) orgNr ??= org;
    else name ??= t;
  }
  return { name, orgNr };
}
