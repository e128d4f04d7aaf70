/**
 * A sheet's comments part (xl/commentsN.xml, CT_Comments): one <comment ref> per note, its
 * author by index into <authors>. Setting notes replaces those cells' comment elements only;
 * the user's other notes keep their text as written.
 */
import type ExcelJS from 'exceljs';
import { fontParts } from './formatXml';
import { appendInside, children, closingTag, encodeXml, findTag, getAttr, prefixOf } from './xmlTags';
import { textXml } from './textXml';

export const NOTE_AUTHOR = 'Periodkoll';

export const EMPTY_COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

/** A note's text: plain, or runs with their own font (a user's formatted note put back). */
export type NoteText = string | Array<{ text: string; font?: Partial<ExcelJS.Font> }>;

/**
 * Sets the cells' notes (authored by Periodkoll) in one pass over the part; null removes a note.
 * Text is always in runs, as readers such as ExcelJS take text only from runs; plain text gets a
 * run without a format of its own, which reads back as plain text. Other notes stay as written.
 */
export function setComments(xml: string, notes: ReadonlyMap<string, NoteText | null>): string {
  const adding = [...notes.values()].some((t) => t !== null);
  const { xml: withAuthor, authorId } = adding ? ensureAuthor(xml, NOTE_AUTHOR) : { xml, authorId: 0 };
  const list = findTag(withAuthor, 'commentList');
  if (!list) throw new Error('comments part has no commentList');
  const p = prefixOf(list.name);
  const wanted = new Map([...notes].map(([ref, text]) => [ref.toUpperCase(), text]));
  const kept: string[] = [];
  for (const { tag, close } of children(withAuthor, list)) {
    const ref = getAttr(withAuthor.slice(tag.start, tag.end), 'ref')?.toUpperCase() ?? '';
    if (!wanted.has(ref)) kept.push(withAuthor.slice(tag.start, close.end));
    else {
      const text = wanted.get(ref)!;
      if (text !== null) kept.push(commentXml(ref, text, authorId, p));
      wanted.delete(ref);
    }
  }
  for (const [ref, text] of wanted) if (text !== null) kept.push(commentXml(ref, text, authorId, p));
  // The list is written anew from its own start tag: kept and changed notes in order, new ones last.
  const emptied = list.kind === 'empty' ? withAuthor : withAuthor.slice(0, list.end) + withAuthor.slice(closingTag(withAuthor, list).start);
  return appendInside(emptied, list, kept.join(''));
}

function commentXml(ref: string, text: NoteText, authorId: number, p: string): string {
  const runs = (typeof text === 'string' ? [{ text }] : text).map((run) => {
    const format = run.font ? `<${p}rPr>${runFormat(run.font).replace(/<(\/?)(?=\w)/g, `<$1${p}`)}</${p}rPr>` : '';
    return `<${p}r>${format}<${p}t xml:space="preserve">${textXml(run.text)}</${p}t></${p}r>`;
  });
  return `<${p}comment ref="${encodeXml(ref)}" authorId="${authorId}"><${p}text>${runs.join('')}</${p}text></${p}comment>`;
}

/** A run's font as CT_RPrElt: the font element's parts, with the name as rFont. */
function runFormat(font: Partial<ExcelJS.Font>): string {
  return fontParts(font).replace(/<name /, '<rFont ');
}

function ensureAuthor(xml: string, name: string): { xml: string; authorId: number } {
  const authors = findTag(xml, 'authors');
  if (!authors) throw new Error('comments part has no authors');
  const list = children(xml, authors);
  const names = list.map(({ tag, close }) => (tag.kind === 'empty' ? '' : xml.slice(tag.end, close.start)));
  const found = names.indexOf(encodeXml(name));
  if (found >= 0) return { xml, authorId: found };
  const element = `<${prefixOf(authors.name)}author>${encodeXml(name)}</${prefixOf(authors.name)}author>`;
  return { xml: appendInside(xml, authors, element), authorId: list.length };
}
