/**
 * A shared formula is stored once, in the master cell of a copied block; the other cells only
 * name its index (`<f t="shared" si="0"/>`). Before the master is overwritten, each of those
 * cells gets the master's formula moved to its own place (as Excel does), so they keep
 * calculating what they did. The formula text is kept as the file has it ("_xlfn." prefixes too).
 */
import { translateFormula } from '../../../core/formula/translate';
import { parseA1 } from '../../../core/model/address';
import { decodeXml, encodeXml, getAttr, removeAttr } from './xmlTags';

/** <c …>…</c> or <c …/>, with any namespace prefix; cells never nest. */
const CELL = /<((?:[A-Za-z_][\w.-]*:)?c)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/>|>([\s\S]*?)<\/\1>)/g;
const FORMULA = /<((?:[A-Za-z_][\w.-]*:)?f)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/>|>([\s\S]*?)<\/\1>)/;

/** The sheet with the shared formula mastered at `ref` (if any) written out in every cell of its block. */
export function detachSharedFormula(xml: string, ref: string): string {
  const master = sharedMaster(xml, ref);
  if (!master) return xml;
  const at = parseA1(ref)!;
  return xml.replace(CELL, (cell: string, _name: string, attrs: string, _end: string, inner: string | undefined) => {
    const f = inner === undefined ? null : FORMULA.exec(inner);
    if (!f || getAttr(f[2], 't') !== 'shared' || getAttr(f[2], 'si') !== master.si) return cell;
    const r = getAttr(attrs, 'r');
    const pos = r && parseA1(r);
    if (!pos) throw new Error('A cell of a shared formula has no address');
    const own = translateFormula(master.formula, pos.row - at.row, pos.col - at.col);
    const open = removeAttr(removeAttr(removeAttr(`<${f[1]}${f[2]}>`, 't'), 'si'), 'ref');
    return cell.replace(f[0], `${open}${encodeXml(own)}</${f[1]}>`);
  });
}

function sharedMaster(xml: string, ref: string): { si: string; formula: string } | undefined {
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m; m = CELL.exec(xml)) {
    if (getAttr(m[2], 'r')?.toUpperCase() !== ref.toUpperCase()) continue;
    const f = m[4] === undefined ? null : FORMULA.exec(m[4]);
    if (!f || getAttr(f[2], 't') !== 'shared' || getAttr(f[2], 'ref') === undefined) return undefined;
    const si = getAttr(f[2], 'si');
    return si === undefined || f[4] === undefined ? undefined : { si, formula: decodeXml(f[4]) };
  }
  return undefined;
}
