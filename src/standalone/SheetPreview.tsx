/**
 * Read-only grid preview of one sheet for the stand-alone page: sheet tabs, column letters and
 * row numbers, cell text as Swedish Excel shows it, the label column frozen, finding cells
 * coloured (red error, amber warning), the marks the downloaded copy gets, and the selected
 * finding's cell scrolled into view — in the grid and in the page — and outlined. Only the rows
 * in view are in the DOM.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { columnLetters, parseA1 } from '../core/model/address';
import { severityCount } from '../core/findings/severityWords';
import { cellAt, type Sheet, type Workbook } from '../core/model/workbook';
import { highlightCounts, type Highlights } from './highlights';
import { PreviewCell } from './PreviewCell';
import { NO_MARKS, type PreviewMark, type PreviewMarks } from './previewMarks';
import {
  columnWidths,
  freezesLabelColumn,
  HEADER_HEIGHT,
  layoutWidths,
  MAX_PREVIEW_COLUMNS,
  previewSize,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  scrollToShow,
  visibleRows,
} from './previewLayout';
import { revealInPage } from './revealInPage';

export interface SelectedCell {
  sheet: string;
  /** A1 address without "$". */
  cell: string;
}

export interface SheetPreviewProps {
  workbook: Workbook;
  activeSheet: string;
  onActivateSheet: (sheet: string) => void;
  highlights: Highlights;
  /** The marks written so far, shown as the downloaded copy shows them. */
  marks?: PreviewMarks;
  selected?: SelectedCell;
}

/** Viewport assumed before the first measurement (and in environments without layout). */
const DEFAULT_VIEWPORT = { width: 900, height: 600 };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1 },
  tabs: { overflowX: 'auto', flexShrink: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  scroller: {
    position: 'relative',
    overflow: 'auto',
    flexGrow: 1,
    minHeight: '240px',
    backgroundColor: tokens.colorNeutralBackground1,
    outlineOffset: '-2px',
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 4,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  columnHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Above the frozen column's z-index 2 only where they overlap: the corner over both.
  frozenHeader: { left: `${ROW_HEADER_WIDTH}px`, zIndex: 4 },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'right',
    paddingRight: '6px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { height: `${ROW_HEIGHT}px` },
  note: { padding: '4px 8px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  empty: { padding: '24px', color: tokens.colorNeutralForeground2 },
});

export function SheetPreview({ workbook, activeSheet, onActivateSheet, highlights, marks = NO_MARKS, selected }: SheetPreviewProps) {
  const styles = useStyles();
  const sheet = workbook.sheets.find((s) => s.name === activeSheet) ?? workbook.sheets[0];

  return (
    <section className={styles.root} aria-label="Förhandsvisning av arbetsboken">
      <div className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={sheet?.name}
          onTabSelect={(_e, data) => onActivateSheet(String(data.value))}
          aria-label="Blad"
        >
          {workbook.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {tabLabel(s, highlights)}
            </Tab>
          ))}
        </TabList>
      </div>
      {sheet ? (
        <SheetGrid
          key={sheet.name}
          sheet={sheet}
          cellHighlights={highlights.get(sheet.name)}
          cellMarks={marks.get(sheet.name)}
          selected={selected && selected.sheet === sheet.name ? selected : undefined}
        />
      ) : (
        <p className={styles.empty}>Arbetsboken har inga blad.</p>
      )}
    </section>
  );
}

function tabLabel(sheet: Sheet, highlights: Highlights): string {
  const counts = highlightCounts(highlights, sheet.name);
  const parts: string[] = [];
  if (counts.error > 0) parts.push(severityCount('error', counts.error));
  if (counts.warning > 0) parts.push(severityCount('warning', counts.warning));
  const name = sheet.hidden ? `${sheet.name} (dolt)` : sheet.name;
  return parts.length > 0 ? `${name} – ${parts.join(', ')}` : name;
}

interface SheetGridProps {
  sheet: Sheet;
  cellHighlights?: ReadonlyMap<string, 'error' | 'warning'>;
  cellMarks?: ReadonlyMap<string, PreviewMark>;
  /** A new object for every selection, so choosing the same finding again scrolls back to it. */
  selected?: SelectedCell;
}

function SheetGrid({ sheet, cellHighlights, cellMarks, selected }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  // Bumped by each selection once the grid has scrolled, so the page scrolls after the cell is drawn.
  const [reveal, setReveal] = useState(0);

  const selectedCell = selected?.cell.replace(/\$/g, '').toUpperCase();
  const target = selectedCell ? parseA1(selectedCell) : undefined;
  const size = previewSize(sheet, target);
  const contentWidths = useMemo(() => columnWidths(sheet, size.cols), [sheet, size.cols]);
  const frozen = useMemo(() => freezesLabelColumn(sheet, size.cols), [sheet, size.cols]);
  const widths = useMemo(() => layoutWidths(contentWidths, frozen, viewport.width), [frozen, contentWidths, viewport.width]);
  const tableWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0 && el.clientWidth > 0) setViewport({ width: el.clientWidth, height: el.clientHeight });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Bring the selected finding's cell into view whenever the selection changes.
  useLayoutEffect(() => {
    if (!target) return;
    const el = scroller.current;
    const current = el ? { top: el.scrollTop, left: el.scrollLeft } : scroll;
    // Measured now: a grid just switched to (a finding on another sheet) has not measured itself yet.
    const measured = el && el.clientWidth > 0 && el.clientHeight > 0 ? { width: el.clientWidth, height: el.clientHeight } : viewport;
    const drawn = layoutWidths(contentWidths, frozen, measured.width);
    const next = scrollToShow(target, current, measured, drawn, frozen ? drawn[0] : 0);
    if (el) {
      el.scrollTop = next.top;
      el.scrollLeft = next.left;
    }
    setScroll(next);
    if (measured.width !== viewport.width || measured.height !== viewport.height) setViewport(measured);
    setReveal((n) => n + 1);
    // Only a new selection scrolls; the user's own scrolling afterwards is left alone.
  }, [selected]);

  // On a narrow screen the preview may be scrolled out of the page (the pane is below it).
  useEffect(() => {
    if (reveal === 0 || !selectedCell) return;
    revealInPage(scroller.current, scroller.current?.querySelector<HTMLElement>(`[data-cell="${selectedCell}"]`) ?? null);
  }, [reveal]);

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const { scrollTop, scrollLeft } = e.currentTarget;
    setScroll((s) => (s.top === scrollTop && s.left === scrollLeft ? s : { top: scrollTop, left: scrollLeft }));
  };

  if (size.rows === 0 || size.cols === 0) return <p className={styles.empty}>Bladet är tomt.</p>;

  const { first, last } = visibleRows(scroll.top, viewport.height, size.rows);
  const columns = Array.from({ length: size.cols }, (_, i) => i + 1);
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  return (
    <>
      <div
        ref={scroller}
        className={styles.scroller}
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label={`Bladet ${sheet.name}`}
        data-testid="sheet-preview"
      >
        <table
          className={styles.table}
          style={{ width: `${tableWidth}px` }}
          role="grid"
          aria-readonly="true"
          aria-rowcount={size.rows + 1}
          aria-colcount={size.cols + 1}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th className={styles.corner} aria-label="Rad/kolumn" />
              {columns.map((c) => (
                <th key={c} scope="col" className={mergeClasses(styles.columnHeader, frozen && c === 1 && styles.frozenHeader)}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 1 && (
              <tr aria-hidden="true" style={{ height: `${(first - 1) * ROW_HEIGHT}px` }}>
                <td colSpan={size.cols + 1} />
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r} className={styles.row} aria-rowindex={r + 1}>
                <th scope="row" className={styles.rowHeader}>
                  {r}
                </th>
                {columns.map((c) => {
                  const address = `${columnLetters(c)}${r}`;
                  return (
                    <PreviewCell
                      key={c}
                      cell={cellAt(sheet, r, c)}
                      address={address}
                      severity={cellHighlights?.get(address)}
                      mark={cellMarks?.get(address)}
                      selected={address === selectedCell}
                      frozen={frozen && c === 1}
                    />
                  );
                })}
              </tr>
            ))}
            {last < size.rows && (
              <tr aria-hidden="true" style={{ height: `${(size.rows - last) * ROW_HEIGHT}px` }}>
                <td colSpan={size.cols + 1} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {size.colsCapped && (
        <p className={styles.note}>
          Förhandsvisningen visar kolumn A–{columnLetters(MAX_PREVIEW_COLUMNS)}; kontrollen gäller hela bladet.
        </p>
      )}
    </>
  );
}
