/**
 * The sheet Excel opens on, set in a package as openingSheet.ts sets it with ExcelJS: the
 * workbook view's active tab, and with `select` the "tab selected" flag of each sheet's first
 * view (one selected tab only, so sheets never open grouped). Parts already right are left alone.
 */
import type { PackagePatch } from './packagePatch';
import { sheetParts, WORKBOOK_PART } from './workbookParts';
import { children, findTag, getAttr, isXmlTrue, prefixOf, removeAttr, setAttr } from './xmlTags';

export async function setOpeningTab(pkg: PackagePatch, name: string, options: { select: boolean }): Promise<void> {
  const workbook = (await pkg.text(WORKBOOK_PART))!;
  const sheets = findTag(workbook, 'sheets');
  if (!sheets) return;
  const entries = children(workbook, sheets).map(({ tag }) => workbook.slice(tag.start, tag.end));
  const index = entries.findIndex((e) => getAttr(e, 'name') === name);
  // Excel cannot open on a hidden sheet.
  if (index < 0 || (getAttr(entries[index], 'state') ?? 'visible') !== 'visible') return;
  const view = findTag(workbook, 'workbookView');
  if (!view && index > 0) {
    // No view yet: bookViews comes right before sheets (CT_Workbook order).
    const p = prefixOf(sheets.name);
    const views = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
    pkg.set(WORKBOOK_PART, workbook.slice(0, sheets.start) + views + workbook.slice(sheets.start));
  }
  if (view) {
    const before = workbook.slice(view.start, view.end);
    let after = index === 0 ? removeAttr(before, 'activeTab') : setAttr(before, 'activeTab', String(index));
    if (Number(getAttr(after, 'firstSheet') ?? 0) > index) after = setAttr(after, 'firstSheet', String(index));
    if (after !== before) pkg.set(WORKBOOK_PART, workbook.slice(0, view.start) + after + workbook.slice(view.end));
  }
  if (!options.select) return;
  for (const sheet of await sheetParts(pkg)) {
    const xml = await pkg.text(sheet.part);
    const sheetView = xml && findTag(xml, 'sheetView');
    if (!xml || !sheetView) continue;
    const before = xml.slice(sheetView.start, sheetView.end);
    const selected = isXmlTrue(getAttr(before, 'tabSelected'));
    if (selected === (sheet.name === name)) continue;
    const after = sheet.name === name ? setAttr(before, 'tabSelected', '1') : removeAttr(before, 'tabSelected');
    pkg.set(sheet.part, xml.slice(0, sheetView.start) + after + xml.slice(sheetView.end));
  }
}
