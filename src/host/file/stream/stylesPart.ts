/**
 * xl/styles.xml -> the number format and the fill colour of each cell style (a cell's s attribute
 * indexes cellXfs): custom codes from numFmts, the rest from the built-in table; fills from the
 * fills list (solid patterns with an RGB colour only: a theme or indexed colour is left out).
 */
import { BUILTIN_NUM_FMTS } from './builtinNumFmts';
import type { XmlHandler } from './xmlPart';

/** formats[s] is the number format of style s (undefined means "General"); fills[s] its fill as RRGGBB. */
export function stylesHandler(formats: Array<string | undefined>, fills: Array<string | undefined> = []): XmlHandler {
  const custom = new Map<number, string>();
  const fillColours: Array<string | undefined> = [];
  let inCellXfs = false;
  let inFills = false;
  let solid = false;
  return {
    open(tag, a) {
      if (tag === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(parseInt(a.numFmtId, 10), a.formatCode);
      else if (tag === 'fills') inFills = true;
      else if (tag === 'fill' && inFills) fillColours.push(undefined);
      else if (tag === 'patternFill' && inFills) solid = a.patternType === 'solid';
      else if (tag === 'fgColor' && inFills && solid && a.rgb) fillColours[fillColours.length - 1] = rgbHex(a.rgb);
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) {
        const id = parseInt(a.numFmtId ?? '0', 10);
        formats.push(custom.get(id) ?? BUILTIN_NUM_FMTS[id]);
        fills.push(fillColours[parseInt(a.fillId ?? '0', 10)]);
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
      else if (tag === 'fills') inFills = false;
    },
  };
}

/** ARGB or RGB hex -> upper-case RRGGBB; undefined when it is not hex. */
export function rgbHex(argb: string): string | undefined {
  const hex = argb.trim().toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex.slice(2);
  if (/^[0-9A-F]{6}$/.test(hex)) return hex;
  return undefined;
}

/** A solid pattern fill with an RGB colour (ExcelJS's fill shape, as the mark backups keep it) -> RRGGBB. */
export function solidFillRgb(fill: { type?: string; pattern?: string; fgColor?: { argb?: string } } | null | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb ? rgbHex(argb) : undefined;
}
