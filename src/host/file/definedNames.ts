/**
 * Workbook-level defined names read straight from xl/workbook.xml. ExcelJS expands every name
 * into a cell-by-cell matrix and drops what is not a plain range (formulas, whole columns,
 * sheet-scoped names); the XML holds the exact reference text, which is what rules such as
 * "avtalsleverantörer as a named range" need.
 */
import { decodeXmlEntities } from '../../core/text/xmlEntities';
import type JSZip from 'jszip';
import { packageFile } from './xlsxPackage';

const DEFINED_NAME = /<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g;
const ATTR = /(\w+)="([^"]*)"/g;

export async function readDefinedNames(zip: JSZip): Promise<Record<string, string>> {
  const part = packageFile(zip, 'xl/workbook.xml');
  if (!part) return {};
  const xml = await part.async('string');
  const names: Record<string, string> = {};
  for (const m of xml.matchAll(DEFINED_NAME)) {
    const attrs = Object.fromEntries([...m[1].matchAll(ATTR)].map((a) => [a[1], decodeXmlEntities(a[2])]));
    const name = attrs.name;
    // Sheet-scoped names (localSheetId) do not belong in a workbook-level map, and Excel's own
    // _xlnm.* names (print area, filter database) describe printing, not data.
    if (!name || attrs.localSheetId !== undefined || name.startsWith('_xlnm.')) continue;
    names[name] = decodeXmlEntities(m[2]).trim();
  }
  return names;
}
