/**
 * Where a workbook's sheets and styles are in its package: sheet names from xl/workbook.xml,
 * followed through the workbook's relationships to their parts.
 */
import type { PackagePatch } from './packagePatch';
import { readRelationships, relsPartOf, REL_TYPES } from './relationships';
import { children, findTag, getAttr } from './xmlTags';

export const WORKBOOK_PART = 'xl/workbook.xml';

export interface SheetPart {
  name: string;
  part: string;
}

export async function sheetParts(pkg: PackagePatch): Promise<SheetPart[]> {
  const xml = (await pkg.text(WORKBOOK_PART)) ?? '';
  const rels = readRelationships(await pkg.text(relsPartOf(WORKBOOK_PART)), WORKBOOK_PART);
  const sheets = findTag(xml, 'sheets');
  if (!sheets) return [];
  const out: SheetPart[] = [];
  for (const { tag } of children(xml, sheets)) {
    const text = xml.slice(tag.start, tag.end);
    const id = relId(text);
    const rel = rels.find((r) => r.id === id && r.type === REL_TYPES.worksheet);
    if (rel?.part) out.push({ name: getAttr(text, 'name') ?? '', part: rel.part });
  }
  return out;
}

/** The styles part, by the workbook's relationship (usually xl/styles.xml). */
export async function stylesPart(pkg: PackagePatch): Promise<string> {
  const rels = readRelationships(await pkg.text(relsPartOf(WORKBOOK_PART)), WORKBOOK_PART);
  return rels.find((r) => r.type === REL_TYPES.styles)?.part ?? 'xl/styles.xml';
}

/** The r:id of a tag, whatever prefix the file binds the relationships namespace to. */
export function relId(tagText: string): string | undefined {
  const m = /\s[A-Za-z_][\w.-]*:id\s*=\s*("([^"]*)"|'([^']*)')/.exec(tagText);
  return m ? (m[2] ?? m[3]) : undefined;
}
