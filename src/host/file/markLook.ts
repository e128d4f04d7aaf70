/**
 * What a Periodkoll mark looks like in a file: a solid fill (red for errors, amber for
 * warnings) and a note with the messages. Also tells whether a cell still shows a given mark,
 * read back as ExcelJS models it after a save and reopen.
 */
import type ExcelJS from 'exceljs';

/** Excel's standard "Red" and amber ("Orange" in the palette); dark text stays readable on both. */
export const MARK_ARGB = { error: 'FFFF0000', warning: 'FFFFC000' } as const;

export function markFill(argb: string): ExcelJS.FillPattern {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** The colour of a solid fill; undefined for no fill, patterns and gradients. */
export function solidFillArgb(fill: ExcelJS.Fill | null | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return fill.fgColor?.argb?.toUpperCase();
}

/** The plain text of a note, however ExcelJS models it (a string, or rich text runs). */
export function noteText(note: string | ExcelJS.Comment | null | undefined): string | undefined {
  if (note === null || note === undefined) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text ?? '').join('');
}

/**
 * Whether a note (as read back) is the mark's note. ExcelJS writes "_x0041_" in a text as it is
 * but reads it back as the character it encodes ("A"), so both sides are compared decoded.
 */
export function isMarkNote(note: string | ExcelJS.Comment | null | undefined, markNote: string): boolean {
  const text = noteText(note);
  return text !== undefined && decodeOoxmlEscapes(text) === decodeOoxmlEscapes(markNote);
}

function decodeOoxmlEscapes(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
