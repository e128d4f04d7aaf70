/** [Content_Types].xml: declaring the type of a part Periodkoll adds, leaving every other entry as it was. */
import type { PackagePatch } from './packagePatch';
import { children, closingTag, encodeXml, findTag, getAttr } from './xmlTags';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export const CONTENT_TYPES = {
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vmlDrawing: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
} as const;

/** Makes `part` ("xl/comments1.xml") of `type`: an Override unless the extension's Default already says so. */
export async function declarePart(pkg: PackagePatch, part: string, type: string, byExtension = false): Promise<void> {
  const xml = await pkg.text(CONTENT_TYPES_PART);
  if (!xml) throw new Error('Package has no [Content_Types].xml');
  const types = findTag(xml, 'Types')!;
  const entries = children(xml, types).map(({ tag }) => xml.slice(tag.start, tag.end));
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const partName = `/${part}`;
  const hasOverride = entries.some((e) => /^<(\w+:)?Override\b/.test(e) && getAttr(e, 'PartName')?.toLowerCase() === partName.toLowerCase());
  if (hasOverride) return;
  const defaultType = entries.find((e) => /^<(\w+:)?Default\b/.test(e) && getAttr(e, 'Extension')?.toLowerCase() === ext);
  if (defaultType && getAttr(defaultType, 'ContentType') === type) return;
  const entry =
    byExtension && !defaultType
      ? `<Default Extension="${encodeXml(ext)}" ContentType="${encodeXml(type)}"/>`
      : `<Override PartName="${encodeXml(partName)}" ContentType="${encodeXml(type)}"/>`;
  const close = closingTag(xml, types);
  pkg.set(CONTENT_TYPES_PART, xml.slice(0, close.start) + entry + xml.slice(close.start));
}

/** Removes the Override of a part taken out of the package (a Default by extension stays). */
export async function undeclarePart(pkg: PackagePatch, part: string): Promise<void> {
  const xml = await pkg.text(CONTENT_TYPES_PART);
  if (!xml) return;
  const types = findTag(xml, 'Types')!;
  const found = children(xml, types).find(({ tag }) => {
    const e = xml.slice(tag.start, tag.end);
    return /^<(\w+:)?Override\b/.test(e) && getAttr(e, 'PartName')?.toLowerCase() === `/${part}`.toLowerCase();
  });
  if (found) pkg.set(CONTENT_TYPES_PART, xml.slice(0, found.tag.start) + xml.slice(found.close.end));
}
