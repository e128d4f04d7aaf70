/**
 * Periodkoll's own "veryHidden" sheets (mark backups, settings) written into a package: the
 * sheet's part is replaced when the workbook has the sheet, otherwise added with its entry in
 * workbook.xml, its relationship and its content type. Cells are inline strings and numbers, so
 * the shared strings part is never touched.
 */
import { a1 } from '../../../core/model/address';
import { CONTENT_TYPES, declarePart } from './contentTypes';
import { noteTextXml } from './noteText';
import type { PackagePatch } from './packagePatch';
import { freePartName, relIdAttr } from './partNames';
import { addRelationship, relativeTarget, relsPartOf, REL_TYPES } from './relationships';
import { sheetParts, WORKBOOK_PART } from './workbookParts';
import { children, closingTag, encodeXml, findTag, getAttr, prefixOf } from './xmlTags';

export type HiddenCell = string | number;

/** Writes the sheet's rows (row 1 first); returns its part. */
export async function writeHiddenSheet(pkg: PackagePatch, name: string, rows: HiddenCell[][]): Promise<string> {
  const existing = (await sheetParts(pkg)).find((s) => s.name.toLowerCase() === name.toLowerCase());
  const part = existing?.part ?? freePartName(pkg, 'xl/worksheets/sheet', '.xml');
  pkg.set(part, sheetXml(rows));
  if (existing) return part;
  await declarePart(pkg, part, CONTENT_TYPES.worksheet);
  const relsPart = relsPartOf(WORKBOOK_PART);
  const rel = addRelationship(await pkg.text(relsPart), REL_TYPES.worksheet, relativeTarget(WORKBOOK_PART, part));
  pkg.set(relsPart, rel.xml);
  pkg.set(WORKBOOK_PART, withSheetEntry((await pkg.text(WORKBOOK_PART))!, name, rel.id));
  return part;
}

function sheetXml(rows: HiddenCell[][]): string {
  const data = rows
    .map((cells, i) => {
      const r = i + 1;
      const cs = cells.map((v, j) => {
        const ref = a1(r, j + 1);
        if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${noteTextXml(v)}</t></is></c>`;
      });
      return `<row r="${r}">${cs.join('')}</row>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    data +
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** Appends <sheet name state="veryHidden" sheetId r:id> to workbook.xml's sheet list. */
function withSheetEntry(workbook: string, name: string, relId: string): string {
  const root = findTag(workbook, 'workbook')!;
  const sheets = findTag(workbook, 'sheets')!;
  const p = prefixOf(sheets.name);
  const ids = children(workbook, sheets).map(({ tag }) => Number(getAttr(workbook.slice(tag.start, tag.end), 'sheetId') ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const entry = `<${p}sheet name="${encodeXml(name)}" sheetId="${sheetId}" state="veryHidden" ${relIdAttr(workbook.slice(root.start, root.end), relId)}/>`;
  const at = closingTag(workbook, sheets).start;
  return workbook.slice(0, at) + entry + workbook.slice(at);
}

