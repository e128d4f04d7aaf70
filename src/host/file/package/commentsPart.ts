/**
 * A sheet's comments part (xl/commentsN.xml, CT_Comments): one <comment ref> per note, its
 * author by index into <authors>. Setting a note replaces that cell's comment element only;
 * the user's other notes keep their text as written.
 */
import { children, closingTag, encodeXml, findTag, getAttr, prefixOf, type Tag } from './xmlTags';
import { noteTextXml } from './noteText';

export const NOTE_AUTHOR = 'Periodkoll';

export const EMPTY_COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

/** The run format Excel gives note text (Tahoma 9); readers such as ExcelJS take text only from runs. */
const RUN_FORMAT = (p: string) => `<${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr>`;

/** The cell's <comment> element as written, or undefined. */
export function commentElement(xml: string, ref: string): string | undefined {
  const found = findComment(xml, ref);
  return found && xml.slice(found.start, found.end);
}

/** Sets the cell's note to `text` (authored by Periodkoll); null removes it. */
export function setComment(xml: string, ref: string, text: string | null): string {
  if (text === null) return replaceComment(xml, ref, '');
  const { xml: withAuthor, authorId } = ensureAuthor(xml, NOTE_AUTHOR);
  const p = prefixOf(findTag(withAuthor, 'comments')!.name);
  const element = `<${p}comment ref="${encodeXml(ref)}" authorId="${authorId}"><${p}text><${p}r>${RUN_FORMAT(p)}<${p}t xml:space="preserve">${noteTextXml(text)}</${p}t></${p}r></${p}text></${p}comment>`;
  return replaceComment(withAuthor, ref, element);
}

/** Puts a comment element back as it was (from commentElement), or removes the cell's when undefined. */
export function restoreComment(xml: string, ref: string, element: string | undefined): string {
  return replaceComment(xml, ref, element ?? '');
}

/** How many comments the part holds. */
export function commentCount(xml: string): number {
  const list = findTag(xml, 'commentList');
  return list ? children(xml, list).length : 0;
}

function replaceComment(xml: string, ref: string, element: string): string {
  const found = findComment(xml, ref);
  if (found) return xml.slice(0, found.start) + element + xml.slice(found.end);
  if (!element) return xml;
  const list = findTag(xml, 'commentList');
  if (!list) throw new Error('comments part has no commentList');
  if (list.kind === 'empty') {
    return `${xml.slice(0, list.start)}${xml.slice(list.start, list.end - 2)}>${element}</${list.name}>${xml.slice(list.end)}`;
  }
  const close = closingTag(xml, list);
  return xml.slice(0, close.start) + element + xml.slice(close.start);
}

function findComment(xml: string, ref: string): { start: number; end: number } | undefined {
  const list = findTag(xml, 'commentList');
  if (!list) return undefined;
  const wanted = ref.toUpperCase();
  for (const { tag, close } of children(xml, list)) {
    if (getAttr(xml.slice(tag.start, tag.end), 'ref')?.toUpperCase() === wanted) return { start: tag.start, end: close.end };
  }
  return undefined;
}

function ensureAuthor(xml: string, name: string): { xml: string; authorId: number } {
  const authors = findTag(xml, 'authors');
  if (!authors) throw new Error('comments part has no authors');
  const list = children(xml, authors);
  const names = list.map(({ tag, close }) => (tag.kind === 'empty' ? '' : xml.slice(tag.end, close.start)));
  const found = names.indexOf(encodeXml(name));
  if (found >= 0) return { xml, authorId: found };
  const element = `<${prefixOf(authors.name)}author>${encodeXml(name)}</${prefixOf(authors.name)}author>`;
  return { xml: appendTo(xml, authors, element), authorId: list.length };
}

function appendTo(xml: string, parent: Tag, element: string): string {
  if (parent.kind === 'empty') {
    return `${xml.slice(0, parent.start)}${xml.slice(parent.start, parent.end - 2)}>${element}</${parent.name}>${xml.slice(parent.end)}`;
  }
  const close = closingTag(xml, parent);
  return xml.slice(0, close.start) + element + xml.slice(close.start);
}

