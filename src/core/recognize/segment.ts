import { classifyRow, type RowInfo } from './rowClass';
import type { FilledGrid } from './filledGrid';

/** A block of rows that looks like one table: optional titles, header rows, body rows. */
export interface TableBlock {
  titleRows: number[];
  headerRows: number[];
  /** Data rows and label-only section rows, in order. */
  bodyRows: number[];
  labelCol: number;
  /** Where each body row keeps its label (a Summa row may be labelled in the code column). */
  labelCols: Map<number, number>;
  figureCols: number[];
}

const MAX_HEADER_ROWS = 4;
const MAX_BLANKS_INSIDE = 2;
/** Label-only rows ("Verksamhetens intäkter", "Synliga effekter i ekonomin") allowed in a row. */
const MAX_SECTION_ROWS = 3;

/** Splits a sheet into table blocks. Blank rows and title rows inside a table do not end it. */
export function segmentSheet(grid: FilledGrid): TableBlock[] {
  const { rowCount } = grid.sheet;
  // Only rows that hold something are classified; the others are blank (a stray value in the
  // last row must not cost a million classifications).
  const used = grid.usedRows();
  const infos = new Map<number, RowInfo>();
  for (const r of used) infos.set(r, classifyRow(grid, r));
  const info = (r: number): RowInfo | undefined =>
    r < 1 || r > rowCount ? undefined : (infos.get(r) ?? { row: r, cls: 'blank', figureCols: [], textCols: [] });

  const blocks: TableBlock[] = [];
  let r = 1;
  for (const candidate of used) {
    if (candidate < r) continue;
    r = candidate;
    const start = info(r)!;
    if (start.cls !== 'data') continue;
    const labelCol = start.labelCol!;
    const firstFigure = () => Math.min(...start.figureCols);
    const body: number[] = [r];
    let last = r;
    let next = r + 1;
    while (next <= rowCount) {
      const ni = info(next)!;
      if (ni.cls === 'data' && isSameTableRow(ni, labelCol, firstFigure())) {
        body.push(next);
        last = next;
        next++;
        continue;
      }
      if (ni.cls === 'blank' || (ni.cls === 'title' && ni.labelCol! <= labelCol + 1)) {
        // Look ahead: a blank gap or a section label continues the table only if data follows.
        let k = next;
        let blanks = 0;
        const sections: number[] = [];
        while (k <= rowCount) {
          const ki = info(k)!;
          if (ki.cls === 'blank') blanks++;
          else if (ki.cls === 'title' && ki.labelCol! <= labelCol + 1 && sections.length < MAX_SECTION_ROWS) sections.push(k);
          else break;
          if (blanks > MAX_BLANKS_INSIDE) break;
          k++;
        }
        const ki = info(k);
        if (blanks <= MAX_BLANKS_INSIDE && ki && ki.cls === 'data' && isSameTableRow(ki, labelCol, firstFigure())) {
          body.push(...sections);
          next = k;
          continue;
        }
      }
      break;
    }
    const leading = sectionsAbove(info, r, labelCol);
    body.unshift(...leading);
    const headerRows = headersAbove(info, body[0], labelCol);
    const titleRows = titlesAbove(info, headerRows.length ? headerRows[0] : r);
    const figureCols = new Set<number>();
    for (const b of body) for (const c of info(b)!.figureCols) if (c > labelCol) figureCols.add(c);
    for (const h of headerRows) for (const c of info(h)!.textCols) if (c > labelCol) figureCols.add(c);
    const labelCols = new Map(body.map((b) => [b, info(b)!.labelCol ?? labelCol]));
    blocks.push({
      titleRows,
      headerRows,
      bodyRows: body,
      labelCol: Math.min(labelCol, ...labelCols.values()),
      labelCols,
      figureCols: [...figureCols].sort((a, b) => a - b),
    });
    r = last + 1;
  }
  return blocks;
}

function isSameTableRow(ri: RowInfo, labelCol: number, firstFigure: number): boolean {
  // Indented labels one column to the right are still labels, as long as they stay left of the
  // figures; so are labels one column to the left (exports put "Summa" in the account-code column).
  return ri.labelCol !== undefined && ri.labelCol >= labelCol - 1 && ri.labelCol <= labelCol + 1 && ri.labelCol < firstFigure;
}

/**
 * Section labels between the header and the first figures ("Verksamhetens intäkter") belong to
 * the body. Taken only when a header row sits above them; otherwise they are titles.
 */
function sectionsAbove(info: (r: number) => RowInfo | undefined, firstBody: number, labelCol: number): number[] {
  const sections: number[] = [];
  let r = firstBody - 1;
  let blanks = 0;
  while (r >= 1 && sections.length < MAX_SECTION_ROWS) {
    const ri = info(r)!;
    if (ri.cls === 'title' && ri.labelCol! <= labelCol + 1) sections.unshift(r);
    else if (ri.cls === 'blank') {
      if (++blanks > 1) return [];
    } else if (ri.cls === 'header') return sections;
    else return [];
    r--;
  }
  const above = info(r);
  return above && above.cls === 'header' ? sections : [];
}

function headersAbove(info: (r: number) => RowInfo | undefined, firstBody: number, labelCol: number): number[] {
  const rows: number[] = [];
  let r = firstBody - 1;
  let blanks = 0;
  while (r >= 1 && rows.length < MAX_HEADER_ROWS) {
    const ri = info(r)!;
    if (ri.cls === 'blank') {
      // A blank line between header and body is common; inside a header it is not.
      if (rows.length > 0 || ++blanks > 1) break;
    } else if (ri.cls === 'header') {
      rows.unshift(r);
    } else if (ri.cls === 'title' && rows.length > 0 && ri.labelCol! > labelCol) {
      // A single group header above the column headers ("Ökningstakt (%)" over its columns).
      rows.unshift(r);
    } else break;
    r--;
  }
  return rows;
}

function titlesAbove(info: (r: number) => RowInfo | undefined, top: number): number[] {
  const rows: number[] = [];
  let r = top - 1;
  let blanks = 0;
  while (r >= 1 && rows.length < 2) {
    const ri = info(r)!;
    if (ri.cls === 'title') rows.unshift(r);
    else if (ri.cls === 'blank') {
      if (++blanks > 2) break;
    } else break;
    r--;
  }
  return rows;
}
