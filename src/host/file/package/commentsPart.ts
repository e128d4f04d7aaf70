/**
 * A sheet's comments part (xl/commentsN.xml, CT_Comments): one <comment ref> per note, its
 * author by index into <authors>. Setting a note replaces that cell's comment element only;
 * the user's other notes keep their text as written.
 */
import type ExcelJS from 'exceljs';
import { fontParts } from './formatXml';
import { children, closingTag, encodeXml, findTag, getAttr, prefixOf, type Tag } from './xmlTags';
import { textXml } from './textXml';

export const NOTE_AUTHOR = 'Periodkoll';

export const EMPTY_COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

/** A note's text: plain, or runs with their own font (a user's formatted note put back). */
export type NoteText = string | Array<{ text: string; font?: Partial<ExcelJS.Font> }>;

/** The cell's <comment> element as written, or undefined. */
export function commentElement(xml: string, ref: string): string | undefined {
  const found = findComment(xml, ref);
  return found && xml.slice(found.start, found.end);
}

/**
 * Sets the cell's note (authored by Periodkoll); null removes it. Text is always in runs, as
 * readers such as ExcelJS take text only from runs; plain text gets a run without a format of
 * its own, which reads back as plain text.
 */
export function setComment(xml: string, ref: string, text: NoteText | null): string {
  if (text === null) return replaceComment(xml, ref, '');
  const { xml: withAuthor, authorId } = ensureAuthor(xml, NOTE_AUTHOR);
  const p = prefixOf(findTag(withAuthor, 'comments')!.name);
  const runs = (typeof text === 'string' ? [{ text }] : text).map((run) => {
    const format = run.font ? `<${p}rPr>${runFormat(run.font).replace(/<(\/?)(?=\w)/g, `<$1${p}`)}</${p}rPr>` : '';
    return `<${p}r>${format}<${p}t xml:space="preserve">${textXml(run.text)}</${p}t></${p}r>`;
  });
  const element = `<${p}comment ref="${encodeXml(ref)}" authorId="${authorId}"><${p}text>${runs.join('')}</${p}text></${p}comment>`;
  return replaceComment(withAuthor, ref, element);
}

/** A run's font as CT_RPrElt: the font element's parts, with the name as rFont. */
function runFormat(font: Partial<ExcelJS.Font>): string {
  return fontParts(font).replace(/<name /, '<rFont ');
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

