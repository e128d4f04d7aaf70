/**
 * xl/styles.xml -> the number format of each cell style (a cell's s attribute indexes cellXfs):
 * custom codes from numFmts, the rest from the built-in table.
 */
import { BUILTIN_NUM_FMTS } from './builtinNumFmts';
import type { XmlHandler } from './xmlPart';

/** formats[s] is the number format of style s; undefined means "General". */
export function stylesHandler(formats: Array<string | undefined>): XmlHandler {
  const custom = new Map<number, string>();
  let inCellXfs = false;
  return {
    open(tag, a) {
      if (tag === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(parseInt(a.numFmtId, 10), a.formatCode);
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) {
        const id = parseInt(a.numFmtId ?? '0', 10);
        formats.push(custom.get(id) ?? BUILTIN_NUM_FMTS[id]);
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  };
}
