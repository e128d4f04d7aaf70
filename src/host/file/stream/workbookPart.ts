/**
 * xl/workbook.xml and its relationships: the sheets in workbook order with their state and
 * part, the date system, and the workbook-level defined names.
 */
import type { DateSystem } from '../../../core/model/workbook';
import type { XmlHandler } from './xmlPart';

export interface SheetEntry {
  name: string;
  state?: string;
  /** Relationship id of the sheet's part (r:id). */
  rid: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  dateSystem: DateSystem;
  definedNames: Record<string, string>;
}

export function workbookHandler(out: WorkbookPart): XmlHandler {
  let name: string | undefined;
  let text = '';
  return {
    open(tag, a) {
      if (tag === 'sheet') out.sheets.push({ name: a.name ?? '', state: a.state, rid: relationshipId(a) });
      else if (tag === 'workbookPr' && isTrue(a.date1904)) out.dateSystem = 1904;
      else if (tag === 'definedName') {
        // Sheet-scoped names (localSheetId) do not belong in a workbook-level map, and Excel's own
        // _xlnm.* names (print area, filter database) describe printing, not data.
        name = a.name && a.localSheetId === undefined && !a.name.startsWith('_xlnm.') ? a.name : undefined;
        text = '';
      }
    },
    text(t) {
      if (name !== undefined) text += t;
    },
    close(tag) {
      if (tag === 'definedName' && name !== undefined) out.definedNames[name] = text.trim();
      name = undefined;
    },
  };
}

/** Relationship id -> target part path inside the package. */
export function relsHandler(out: Map<string, string>, baseFolder: string): XmlHandler {
  return {
    open(tag, a) {
      if (tag === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, resolveTarget(baseFolder, a.Target));
    },
  };
}

/** "worksheets/sheet1.xml" from xl/ -> "xl/worksheets/sheet1.xml"; "/xl/…" is already absolute. */
function resolveTarget(baseFolder: string, target: string): string {
  const t = target.trim();
  if (t.startsWith('/')) return t.slice(1);
  const parts = `${baseFolder}/${t}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The r:id attribute, whatever prefix the relationships namespace got. */
function relationshipId(a: Record<string, string>): string {
  for (const key of Object.keys(a)) if (key === 'id' || key.endsWith(':id')) return a[key];
  return '';
}

/** xsd:boolean: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
