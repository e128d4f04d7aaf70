/**
 * Whole sheets Periodkoll writes into a package — its report sheets and its own "veryHidden"
 * sheets: a sheet's part is replaced when the workbook has the sheet (keeping its place among the
 * tabs), otherwise added at the end with its entry in workbook.xml, its relationship and its
 * content type; a sheet that is no longer wanted is taken out the same way. No other sheet's
 * part changes.
 */
import { CONTENT_TYPES, declarePart, undeclarePart } from './contentTypes';
import type { PackagePatch } from './packagePatch';
import { freePartName, relIdAttr } from './partNames';
import { addRelationship, readRelationships, relativeTarget, relsPartOf, removeRelationship, REL_TYPES } from './relationships';
import { relId, sheetParts, WORKBOOK_PART } from './workbookParts';
import { children, closingTag, encodeXml, findTag, getAttr, prefixOf, setAttr } from './xmlTags';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** Writes the sheet's XML under `name` (matched ignoring case); returns its part. */
export async function putSheet(pkg: PackagePatch, name: string, xml: string, state: SheetState): Promise<string> {
  const existing = (await sheetParts(pkg)).find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (existing) {
    pkg.set(existing.part, xml);
    // The old sheet's notes belong to the old content.
    await dropOwnParts(pkg, existing.part);
    return existing.part;
  }
  const part = freePartName(pkg, 'xl/worksheets/sheet', '.xml');
  pkg.set(part, xml);
  await declarePart(pkg, part, CONTENT_TYPES.worksheet);
  const relsPart = relsPartOf(WORKBOOK_PART);
  const rel = addRelationship(await pkg.text(relsPart), REL_TYPES.worksheet, relativeTarget(WORKBOOK_PART, part));
  pkg.set(relsPart, rel.xml);
  pkg.set(WORKBOOK_PART, withSheetEntry((await pkg.text(WORKBOOK_PART))!, name, rel.id, state));
  return part;
}

/** Takes the sheet out of the workbook; sheet-scoped names and the active tab follow the shift. */
export async function removeSheet(pkg: PackagePatch, name: string): Promise<void> {
  const workbook = (await pkg.text(WORKBOOK_PART))!;
  const sheets = findTag(workbook, 'sheets');
  if (!sheets) return;
  const entries = children(workbook, sheets);
  const index = entries.findIndex(({ tag }) => getAttr(workbook.slice(tag.start, tag.end), 'name')?.toLowerCase() === name.toLowerCase());
  if (index < 0) return;
  const entry = entries[index];
  const id = relId(workbook.slice(entry.tag.start, entry.tag.end));
  const relsPart = relsPartOf(WORKBOOK_PART);
  const part = readRelationships(await pkg.text(relsPart), WORKBOOK_PART).find((r) => r.id === id)?.part;
  pkg.set(WORKBOOK_PART, afterRemoval(workbook.slice(0, entry.tag.start) + workbook.slice(entry.close.end), index));
  if (id) pkg.set(relsPart, removeRelationship((await pkg.text(relsPart))!, id));
  if (!part) return;
  await dropOwnParts(pkg, part);
  pkg.remove(part);
  await undeclarePart(pkg, part);
}

/** Removes a sheet part's relationships and the notes they point to (Periodkoll's sheets have no others). */
async function dropOwnParts(pkg: PackagePatch, part: string): Promise<void> {
  const relsPart = relsPartOf(part);
  const rels = readRelationships(await pkg.text(relsPart), part);
  if (rels.length === 0) return;
  pkg.remove(relsPart);
  for (const rel of rels) {
    if (!rel.part || (rel.type !== REL_TYPES.comments && rel.type !== REL_TYPES.vmlDrawing)) continue;
    pkg.remove(rel.part);
    await undeclarePart(pkg, rel.part);
  }
}

/** Sheet-scoped names of the removed sheet go; later sheets' indexes and the active tab move up one. */
function afterRemoval(workbook: string, index: number): string {
  let xml = workbook;
  const names = findTag(xml, 'definedNames');
  if (names) {
    const kept = children(xml, names).flatMap(({ tag, close }) => {
      const start = xml.slice(tag.start, tag.end);
      const local = getAttr(start, 'localSheetId');
      if (local === undefined || Number(local) < index) return [xml.slice(tag.start, close.end)];
      if (Number(local) === index) return [];
      return [setAttr(start, 'localSheetId', String(Number(local) - 1)) + xml.slice(tag.end, close.end)];
    });
    const close = closingTag(xml, names);
    xml = kept.length > 0 ? xml.slice(0, names.end) + kept.join('') + xml.slice(close.start) : xml.slice(0, names.start) + xml.slice(close.end);
  }
  const view = findTag(xml, 'workbookView');
  if (!view) return xml;
  let tag = xml.slice(view.start, view.end);
  for (const attr of ['activeTab', 'firstSheet']) {
    const at = Number(getAttr(tag, attr) ?? 0);
    if (at >= index && at > 0) tag = setAttr(tag, attr, String(at - 1));
  }
  return xml.slice(0, view.start) + tag + xml.slice(view.end);
}

/** Appends <sheet name state sheetId r:id> to workbook.xml's sheet list. */
function withSheetEntry(workbook: string, name: string, relIdValue: string, state: SheetState): string {
  const root = findTag(workbook, 'workbook')!;
  const sheets = findTag(workbook, 'sheets')!;
  const p = prefixOf(sheets.name);
  const ids = children(workbook, sheets).map(({ tag }) => Number(getAttr(workbook.slice(tag.start, tag.end), 'sheetId') ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const stateAttr = state === 'visible' ? '' : ` state="${state}"`;
  const entry = `<${p}sheet name="${encodeXml(name)}" sheetId="${sheetId}"${stateAttr} ${relIdAttr(workbook.slice(root.start, root.end), relIdValue)}/>`;
  const at = closingTag(workbook, sheets).start;
  return workbook.slice(0, at) + entry + workbook.slice(at);
}
