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

/** The sheet with each shared formula mastered at one of `refs` written out in every cell of its block. */
export function detachSharedFormulas(xml: string, refs: string[]): string {
  if (refs.length === 0 || !/\st\s*=\s*["']shared["']/.test(xml)) return xml;
  const masters = sharedMasters(xml, new Set(refs.map((r) => r.replace(/\$/g, '').toUpperCase())));
  if (masters.size === 0) return xml;
  return xml.replace(CELL, (cell: string, _name: string, attrs: string, _end: string, inner: string | undefined) => {
    const f = inner === undefined ? null : FORMULA.exec(inner);
    const master = f && getAttr(f[2], 't') === 'shared' ? masters.get(getAttr(f[2], 'si') ?? '') : undefined;
    if (!f || !master) return cell;
    const r = getAttr(attrs, 'r');
    const pos = r && parseA1(r);
    if (!pos) throw new Error('A cell of a shared formula has no address');
    const own = translateFormula(master.formula, pos.row - master.row, pos.col - master.col);
    const open = removeAttr(removeAttr(removeAttr(`<${f[1]}${f[2]}>`, 't'), 'si'), 'ref');
    return cell.replace(f[0], `${open}${encodeXml(own)}</${f[1]}>`);
  });
}

/** The shared formulas whose master cell is one of `refs`, by their index (si). */
function sharedMasters(xml: string, refs: Set<string>): Map<string, { formula: string; row: number; col: number }> {
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m; m = CELL.exec(xml)) {
    const ref = getAttr(m[2], 'r')?.toUpperCase();
    if (!ref || !refs.has(ref)) continue;
    const f = m[4] === undefined ? null : FORMULA.exec(m[4]);
    if (!f || getAttr(f[2], 't') !== 'shared' || getAttr(f[2], 'ref') === undefined || f[4] === undefined) continue;
    const si = getAttr(f[2], 'si');
    const at = parseA1(ref)!;
    if (si !== undefined) masters.set(si, { formula: decodeXml(f[4]), ...at });
  }
  return masters;
}
