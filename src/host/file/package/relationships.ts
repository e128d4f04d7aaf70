/**
 * Relationship parts (_rels/*.rels): which part a relationship id points to, and adding a
 * relationship without touching the others.
 */
import { appendInside, children, encodeXml, findTag, getAttr } from './xmlTags';

export const REL_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The target as a package part name ("xl/comments1.xml"); undefined for external targets. */
  part: string | undefined;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function readRelationships(relsXml: string | undefined, sourcePart: string): Relationship[] {
  if (!relsXml) return [];
  const root = findTag(relsXml, 'Relationships');
  if (!root) return [];
  return children(relsXml, root).map(({ tag }) => {
    const text = relsXml.slice(tag.start, tag.end);
    const target = getAttr(text, 'Target') ?? '';
    const external = getAttr(text, 'TargetMode') === 'External';
    return {
      id: getAttr(text, 'Id') ?? '',
      type: getAttr(text, 'Type') ?? '',
      part: external ? undefined : resolveTarget(sourcePart, target),
    };
  });
}

/** Adds a relationship (creating the part's text when there is none); returns the new text and id. */
export function addRelationship(relsXml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const xml = relsXml ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const root = findTag(xml, 'Relationships')!;
  const taken = new Set(children(xml, root).map(({ tag }) => getAttr(xml.slice(tag.start, tag.end), 'Id')));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${encodeXml(type)}" Target="${encodeXml(target)}"/>`;
  return { xml: appendInside(xml, root, rel), id };
}

/** A relationship target resolved against its source part ("../comments1.xml" from "xl/worksheets/sheet1.xml"). */
export function resolveTarget(sourcePart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

/** The target to write for `part` in a relationship from `sourcePart` (relative, as Excel writes). */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The part's text without the relationship of that id. */
export function removeRelationship(relsXml: string, id: string): string {
  const root = findTag(relsXml, 'Relationships');
  if (!root) return relsXml;
  const found = children(relsXml, root).find(({ tag }) => getAttr(relsXml.slice(tag.start, tag.end), 'Id') === id);
  return found ? relsXml.slice(0, found.tag.start) + relsXml.slice(found.close.end) : relsXml;
}
