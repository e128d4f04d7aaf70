/**
 * Takes pictures, charts and shapes out of the package before ExcelJS sees it.
 *
 * Periodkoll reads cells; it never needs a drawing. ExcelJS, however, parses and reconciles every
 * drawing part, and throws on ones it does not model (e.g. a chart's "userShapes" drawing, or a
 * drawing whose root uses another namespace prefix: "Cannot read properties of undefined (reading
 * 'anchors')"). Rather than deleting the parts — which would leave each worksheet's <drawing r:id>
 * pointing at nothing, another crash — every drawing part is replaced by an empty drawing: the
 * worksheet's reference stays valid and ExcelJS has no anchor to reconcile. Charts and media
 * (images can be megabytes) are removed, and so are the drawings' own relationships to them.
 * VML drawings are kept: ExcelJS needs them to read cell comments and handles them well.
 */
import type JSZip from 'jszip';
import { partName } from './xlsxPackage';

const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>';

const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/;
const DRAWING_RELS = /^xl\/drawings\/_rels\/[^/]+\.xml\.rels$/;
const UNREAD_PARTS = /^xl\/(charts|media|diagrams)\//;

/** Mutates the package; returns true when anything changed (so the caller re-packs only then). */
export function neutralizeDrawings(zip: JSZip): boolean {
  const replace: string[] = [];
  const remove: string[] = [];
  zip.forEach((path, entry) => {
    if (entry.dir) return;
    const name = partName(path);
    if (DRAWING_PART.test(name)) replace.push(path);
    else if (DRAWING_RELS.test(name) || UNREAD_PARTS.test(name)) remove.push(path);
  });
  for (const path of replace) zip.file(path, EMPTY_DRAWING);
  for (const path of remove) zip.remove(path);
  return replace.length + remove.length > 0;
}
