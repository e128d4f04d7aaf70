/**
 * After cell contents change, the workbook's calculation chain (the order Excel last calculated
 * in) may name cells that no longer hold a formula, which Excel reports as damage; it is removed,
 * as Excel rebuilds it. The workbook is also set to calculate fully when opened, so formulas that
 * read the written cells show current results in any spreadsheet program.
 */
import { undeclarePart } from './contentTypes';
import type { PackagePatch } from './packagePatch';
import { readRelationships, relsPartOf, removeRelationship } from './relationships';
import { WORKBOOK_PART } from './workbookParts';
import { children, findTag, prefixOf, setAttr } from './xmlTags';

const CALC_CHAIN = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain';
/** CT_Workbook elements that come after calcPr. */
const AFTER_CALC_PR = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']);

export async function recalculateOnOpen(pkg: PackagePatch): Promise<void> {
  const relsPart = relsPartOf(WORKBOOK_PART);
  for (const rel of readRelationships(await pkg.text(relsPart), WORKBOOK_PART).filter((r) => r.type === CALC_CHAIN)) {
    pkg.set(relsPart, removeRelationship((await pkg.text(relsPart))!, rel.id));
    if (!rel.part) continue;
    pkg.remove(rel.part);
    await undeclarePart(pkg, rel.part);
  }
  const xml = (await pkg.text(WORKBOOK_PART))!;
  const calcPr = findTag(xml, 'calcPr');
  if (calcPr) {
    pkg.set(WORKBOOK_PART, xml.slice(0, calcPr.start) + setAttr(xml.slice(calcPr.start, calcPr.end), 'fullCalcOnLoad', '1') + xml.slice(calcPr.end));
    return;
  }
  const root = findTag(xml, 'workbook')!;
  const p = prefixOf(root.name);
  const next = children(xml, root).find(({ tag }) => AFTER_CALC_PR.has(tag.name.slice(p.length)));
  const at = next ? next.tag.start : xml.lastIndexOf('</');
  pkg.set(WORKBOOK_PART, `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`);
}
