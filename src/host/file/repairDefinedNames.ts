/**
 * Repairs two faults in the print areas and print titles ExcelJS 4.4 writes, which make Excel
 * offer to repair the file and make ExcelJS itself unable to read it back:
 * - a sheet name with an apostrophe is quoted without doubling it ('Chefens 'nya' blad'!$A1:$J20);
 * - a print area of whole rows or columns ($1:$1048576) comes out as "$NaN:$NaN"; such a name is
 *   dropped (the sheet then prints its used range, as a whole-sheet print area would).
 * Runs on the written package and rewrites it only when something needed repair.
 */
import JSZip from 'jszip';
import { packageFile } from './xlsxPackage';

const DEFINED_NAME = /(<(?:\w+:)?definedName\b[^>]*>)([^<]*)(<\/(?:\w+:)?definedName>)/g;
const BROKEN_REFERENCE = /\$NaN\b/;

export async function repairDefinedNames(bytes: Uint8Array, sheetNames: string[]): Promise<Uint8Array> {
  const quoted = sheetNames.filter((name) => name.includes("'"));
  const zip = await JSZip.loadAsync(bytes);
  const part = packageFile(zip, 'xl/workbook.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  if (!xml.includes('definedName')) return bytes;
  const fixed = xml.replace(DEFINED_NAME, (whole: string, open: string, body: string, close: string) => {
    const text = decode(body);
    if (BROKEN_REFERENCE.test(text)) return '';
    let repaired = text;
    for (const name of quoted) repaired = repaired.split(`'${name}'!`).join(`'${name.replace(/'/g, "''")}'!`);
    return repaired === text ? whole : open + encode(repaired) + close;
  });
  if (fixed === xml) return bytes;
  // An empty <definedNames/> is not allowed by the schema.
  zip.file(part.name, fixed.replace(/<((?:\w+:)?definedNames)\b[^>]*>\s*<\/\1>/, ''));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

function decode(xmlText: string): string {
  return xmlText.replace(/&(?:lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e]);
}

function encode(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => Object.keys(ENTITIES).find((e) => ENTITIES[e] === ch)!);
}
