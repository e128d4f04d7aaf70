/**
 * A cell's note in a package: the text in the sheet's comments part and the box in its legacy
 * VML drawing. A sheet that has notes keeps them (only the cells in question change); a sheet
 * without gets both parts, their relationships, their content types and <legacyDrawing>.
 */
import { parseA1 } from '../../../core/model/address';
import { EMPTY_COMMENTS, setComments, type NoteText } from './commentsPart';
import { CONTENT_TYPES, declarePart } from './contentTypes';
import type { PackagePatch } from './packagePatch';
import { addRelationship, readRelationships, relativeTarget, relsPartOf, REL_TYPES } from './relationships';
import { freePartName, relIdAttr } from './partNames';
import { relId } from './workbookParts';
import { idBlocks, newVml, setNoteShapes } from './vmlNotes';
import { children, findTag, prefixOf } from './xmlTags';

/** Top-level worksheet elements that come after <legacyDrawing> (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

/** Sets the cells' notes (null removes one), creating the parts the sheet lacks when a note is added. */
export async function setNotes(pkg: PackagePatch, sheetPart: string, notes: ReadonlyMap<string, NoteText | null>): Promise<void> {
  if (notes.size === 0) return;
  const parts = await noteParts(pkg, sheetPart, [...notes.values()].some((n) => n !== null));
  if (!parts) return;
  if (parts.comments) pkg.set(parts.comments, setComments((await pkg.text(parts.comments))!, notes));
  const cells = [...notes].map(([ref, text]) => ({ ...parseA1(ref)!, note: text !== null }));
  if (parts.vml) pkg.set(parts.vml, setNoteShapes((await pkg.text(parts.vml))!, cells));
}

/** The sheet's comments and note VML parts; with `create`, missing ones are added. */
async function noteParts(pkg: PackagePatch, sheetPart: string, create: boolean): Promise<{ comments?: string; vml?: string } | undefined> {
  const relsPart = relsPartOf(sheetPart);
  const rels = readRelationships(await pkg.text(relsPart), sheetPart);
  let comments = rels.find((r) => r.type === REL_TYPES.comments)?.part;
  const sheet = (await pkg.text(sheetPart))!;
  const legacy = findTag(sheet, 'legacyDrawing');
  let vml = legacy && rels.find((r) => r.id === relId(sheet.slice(legacy.start, legacy.end)))?.part;
  if (!create) return comments || vml ? { comments, vml } : undefined;
  if (!comments) {
    comments = freePartName(pkg, 'xl/comments', '.xml');
    pkg.set(comments, EMPTY_COMMENTS);
    await declarePart(pkg, comments, CONTENT_TYPES.comments);
    await addRel(pkg, sheetPart, REL_TYPES.comments, comments);
  }
  if (!vml) {
    vml = freePartName(pkg, 'xl/drawings/vmlDrawing', '.vml');
    pkg.set(vml, newVml(await freeIdBlock(pkg)));
    await declarePart(pkg, vml, CONTENT_TYPES.vmlDrawing, true);
    const id = await addRel(pkg, sheetPart, REL_TYPES.vmlDrawing, vml);
    pkg.set(sheetPart, withLegacyDrawing((await pkg.text(sheetPart))!, id));
  }
  return { comments, vml };
}

async function addRel(pkg: PackagePatch, sheetPart: string, type: string, part: string): Promise<string> {
  const relsPart = relsPartOf(sheetPart);
  const { xml, id } = addRelationship(await pkg.text(relsPart), type, relativeTarget(sheetPart, part));
  pkg.set(relsPart, xml);
  return id;
}

/** An o:idmap block no VML part of the package uses yet. */
async function freeIdBlock(pkg: PackagePatch): Promise<number> {
  let max = 0;
  for (const part of pkg.parts().filter((p) => p.toLowerCase().endsWith('.vml'))) {
    for (const b of idBlocks((await pkg.text(part)) ?? '')) max = Math.max(max, b);
  }
  return max + 1;
}

/** Inserts <legacyDrawing r:id> where CT_Worksheet puts it. */
function withLegacyDrawing(sheet: string, id: string): string {
  const root = findTag(sheet, 'worksheet')!;
  const rootText = sheet.slice(root.start, root.end);
  const p = prefixOf(root.name);
  const element = `<${p}legacyDrawing ${relIdAttr(rootText, id)}/>`;
  const before = children(sheet, root).find(({ tag }) => AFTER_LEGACY_DRAWING.has(tag.name.slice(p.length)));
  const at = before ? before.tag.start : sheet.lastIndexOf('</');
  return sheet.slice(0, at) + element + sheet.slice(at);
}
