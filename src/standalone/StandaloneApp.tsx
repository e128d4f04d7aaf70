/**
 * The stand-alone browser page (no Office host): open an .xlsx from disk, by drag and drop or the
 * bundled example, see the chosen sheet in a preview grid beside the Periodkoll pane, and
 * download a marked copy. The file is read in the browser only; nothing is uploaded.
 */
import { Button, Caption1, FluentProvider, makeStyles, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Report } from '../core/findings/finding';
import type { Workbook } from '../core/model/workbook';
import { openLedgerHost } from '../host/file/ledgerHost';
import { MAX_FILE_BYTES } from '../host/file/limits';
import { readErrors } from '../host/file/readErrors';
import type { WorkbookHost } from '../host/port';
import { messageForError, type PaneMessage } from '../taskpane/errorMessage';
import { PaneMessageBar } from '../taskpane/PaneMessageBar';
import { PeriodkollPane } from '../taskpane/PeriodkollPane';
import type { ValidateWorkbook } from '../taskpane/useValidation';
import { backgroundValidation } from './backgroundValidation';
import { fileHostMessages } from '../host/file/fileHostMessages';
import { downloadBytes, markedCopyName } from './download';
import { EXAMPLE_FILE, EXAMPLE_URL } from './example';
import { HelpLink } from '../taskpane/HelpLink';
import { fluentTheme } from '../taskpane/themes';
import type { MarkedCell } from '../host/file/markedCells';
import { highlightsFor, NO_HIGHLIGHTS, type Highlights } from './highlights';
import { observeWrites } from './observeWrites';
import { previewMarks, type PreviewMarks } from './previewMarks';
import { SheetPreview, type SelectedCell } from './SheetPreview';
import { usePreferredTheme } from './usePreferredTheme';

/** What the page needs from the file host besides the port the pane uses. */
export interface StandaloneHost extends WorkbookHost {
  /** Called when the pane selects a finding's cell, so the preview can show it. */
  onSelect(listener: (selection: SelectedCell) => void): () => void;
  /** The sheet shown in the preview ("Validera markerat blad" checks it). */
  setActiveSheet(name: string): unknown;
  /** The workbook with everything written so far, as .xlsx bytes. */
  toBuffer(): Promise<ArrayBuffer | Uint8Array>;
  /** True when pictures or charts were left out on reading: the downloaded copy lacks them. */
  readonly lostDrawings: boolean;
  /** The cells marked so far, with the fill and note the copy carries (none when the host cannot tell). */
  markedCells?(): Promise<MarkedCell[]>;
}

export interface StandaloneAppProps {
  /** Opens .xlsx bytes as a host; tests pass a fake. */
  openWorkbook?: (data: ArrayBuffer, name: string) => Promise<StandaloneHost>;
  /** Fetches the bundled example workbook. */
  fetchExample?: () => Promise<ArrayBuffer>;
  now?: () => Date;
  /** How the pane runs the engine; default: in a Web Worker where there is one. */
  validate?: ValidateWorkbook;
  /** Shown on opening, e.g. why Excel's own workbook cannot be reached from this page. */
  initialMessage?: PaneMessage;
}

interface OpenedWorkbook {
  id: number;
  host: StandaloneHost;
  /** The host as handed to the pane: writes refresh the preview. */
  paneHost: WorkbookHost;
  workbook: Workbook;
  marks: PreviewMarks;
  /** Something was written (marks, cells, a sheet, settings): the copy differs from the file. */
  written: boolean;
}

const LOST_DRAWINGS = fileHostMessages.lostDrawings;

/** Workbooks, and the ledger exports the Internkontroll tab reads (CSV, SIE 4). */
const XLSX_ACCEPT = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.csv,text/csv,.txt,.se,.si,.sie';

/** An .xlsx as it is; a CSV or SIE ledger export as a one-sheet workbook (sheet Huvudbok). */
const openWithFileHost = (data: ArrayBuffer, name: string): Promise<StandaloneHost> => openLedgerHost(data, name);

async function fetchBundledExample(): Promise<ArrayBuffer> {
  const response = await fetch(EXAMPLE_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** File.arrayBuffer(), with FileReader for older engines. */
function readFileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

const useStyles = makeStyles({
  provider: { height: '100%' },
  root: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', flexDirection: 'column', marginRight: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  privacy: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
  message: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  workspace: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 900px)': { flexDirection: 'column', overflowY: 'auto' },
  },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    margin: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    '@media (max-width: 900px)': { flexGrow: 0, flexShrink: 0, height: '60vh' },
  },
  fileLine: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, overflowWrap: 'anywhere' },
  pane: {
    width: '400px',
    flexShrink: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 900px)': { width: 'auto', borderLeft: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowY: 'visible' },
  },
  welcome: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
    margin: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalXXL,
    textAlign: 'center',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropOverlay: {
    position: 'absolute',
    inset: 0,
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(15, 108, 189, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    pointerEvents: 'none',
  },
  hiddenInput: { display: 'none' },
});

const inBackground = backgroundValidation();

async function marksOf(host: StandaloneHost): Promise<PreviewMarks> {
  return previewMarks((await host.markedCells?.()) ?? []);
}

const NOTHING_TO_DOWNLOAD = 'Inget att ladda ner ännu: markera cellerna (Kontroll → Markera i arbetsboken) eller skriv formler eller ett blad först.';

/** Disabled but focusable until there is something to download, with the reason as its description. */
function DownloadButton({ busy, ready, onClick }: { busy: boolean; ready: boolean; onClick: () => void }) {
  return (
    <Button disabled={busy} disabledFocusable={!busy && !ready} title={ready ? undefined : NOTHING_TO_DOWNLOAD} onClick={onClick}>
      Ladda ner markerad kopia
    </Button>
  );
}

export function StandaloneApp({ openWorkbook = openWithFileHost, fetchExample = fetchBundledExample, now, validate = inBackground, initialMessage }: StandaloneAppProps) {
  const styles = useStyles();
  const theme = usePreferredTheme();
  const fileInput = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);
  const currentId = useRef(0);
  const [opened, setOpened] = useState<OpenedWorkbook>();
  const [activeSheet, setActiveSheet] = useState('');
  const [selected, setSelected] = useState<SelectedCell>();
  const [highlights, setHighlights] = useState<Highlights>(NO_HIGHLIGHTS);
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<PaneMessage | null>(initialMessage ?? null);
  const [dragging, setDragging] = useState(false);

  const openBytes = useCallback(
    async (data: ArrayBuffer, name: string) => {
      let host: StandaloneHost;
      let workbook: Workbook;
      let sheet: string;
      let marks: PreviewMarks;
      try {
        host = await openWorkbook(data, name);
        workbook = await host.readWorkbook();
        sheet = await host.activeSheetName();
        marks = await marksOf(host);
      } catch (e) {
        // A bad file changes nothing: the workbook open before (if any) stays as it was.
        setMessage(messageForError(e, 'öppna filen'));
        return;
      }
      const id = nextId.current++;
      // After a write the grid and its marks are re-read; a new report sheet is also shown, as Excel would.
      const refresh = (method: string) => {
        setOpened((o) => (o && o.id === id ? { ...o, written: true } : o));
        if (method === 'writeStore') return;
        void Promise.all([host.readWorkbook(), host.activeSheetName(), marksOf(host)]).then(
          ([wb, active, marked]) => {
            if (currentId.current !== id) return;
            setOpened((o) => (o && o.id === id ? { ...o, workbook: wb, marks: marked } : o));
            if (method === 'writeReportSheet') setActiveSheet(active);
          },
          () => undefined,
        );
      };
      currentId.current = id;
      setOpened({ id, host, paneHost: observeWrites(host, refresh), workbook, marks, written: false });
      setActiveSheet(workbook.sheets.some((s) => s.name === sheet) ? sheet : (workbook.sheets[0]?.name ?? ''));
      setSelected(undefined);
      setHighlights(NO_HIGHLIGHTS);
      setMessage(null);
    },
    [openWorkbook],
  );

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    try {
      await work();
    } finally {
      setBusy(undefined);
    }
  }, []);

  const openFile = useCallback(
    (file: File) =>
      run(`Läser ${file.name} …`, async () => {
        if (file.size > MAX_FILE_BYTES) {
          setMessage(messageForError(readErrors.fileTooLarge(file.size), 'öppna filen'));
          return;
        }
        let data: ArrayBuffer;
        try {
          data = await readFileBytes(file);
        } catch (e) {
          setMessage(messageForError(e, 'läsa filen'));
          return;
        }
        await openBytes(data, file.name);
      }),
    [openBytes, run],
  );

  const openExample = useCallback(
    () =>
      run('Öppnar exemplet …', async () => {
        let data: ArrayBuffer;
        try {
          data = await fetchExample();
        } catch (e) {
          setMessage(messageForError(e, 'hämta exemplet'));
          return;
        }
        await openBytes(data, EXAMPLE_FILE);
      }),
    [fetchExample, openBytes, run],
  );

  const downloadMarkedCopy = useCallback(
    () =>
      run('Skapar kopian …', async () => {
        if (!opened) return;
        try {
          const bytes = await opened.host.toBuffer();
          const fileName = markedCopyName(opened.host.name);
          downloadBytes(bytes, fileName);
          setMessage(
            opened.host.lostDrawings
              ? { intent: 'warning', title: `Kopian sparas som ”${fileName}”.`, text: LOST_DRAWINGS }
              : { intent: 'success', text: `Kopian sparas som ”${fileName}”.` },
          );
        } catch (e) {
          setMessage(messageForError(e, 'skapa den markerade kopian'));
        }
      }),
    [opened, run],
  );

  // The pane selects a finding's cell through the host; the preview follows.
  const openHost = opened?.host;
  useEffect(() => {
    if (!openHost) return;
    return openHost.onSelect(({ sheet, cell }) => {
      setActiveSheet(sheet);
      setSelected({ sheet, cell });
    });
  }, [openHost]);

  const activateSheet = (sheet: string) => {
    setActiveSheet(sheet);
    opened?.host.setActiveSheet(sheet);
  };

  const onReport = useCallback((report: Report) => setHighlights(highlightsFor(report.findings)), []);

  const onInputChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so choosing the same file again opens it again.
    e.target.value = '';
    if (file) void openFile(file);
  };

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };
  const onDragLeave = (e: DragEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) void openFile(file);
  };

  return (
    // colorScheme: native controls (the scenario's parameter list) and scrollbars follow the theme too.
    <FluentProvider theme={fluentTheme(theme)} className={styles.provider} style={{ colorScheme: theme }}>
      <div className={styles.root} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
        <header className={styles.header}>
          <div className={styles.brand}>
            <Subtitle1 as="h1">Periodkoll</Subtitle1>
            <Caption1 className={styles.muted}>Fristående läge: kontrollera en periodrapport (.xlsx) eller en huvudbok (.xlsx, .csv, SIE) utan Excel</Caption1>
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!!busy} onClick={() => fileInput.current?.click()}>
              Öppna arbetsbok …
            </Button>
            <Button disabled={!!busy} onClick={() => void openExample()}>
              Öppna exempel
            </Button>
            {opened && (
              <DownloadButton
                busy={!!busy}
                ready={opened.written || opened.marks.size > 0}
                onClick={() => void downloadMarkedCopy()}
              />
            )}
            <HelpLink />
            {busy && <Spinner size="tiny" label={busy} />}
          </div>
          <Caption1 className={styles.privacy}>Filen läses bara i din webbläsare – inget laddas upp.</Caption1>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept={XLSX_ACCEPT}
            aria-label="Välj en arbetsbok (.xlsx)"
            data-testid="file-input"
            onChange={onInputChange}
          />
        </header>

        {message && (
          <div className={styles.message} role="alert">
            <PaneMessageBar message={message} onDismiss={() => setMessage(null)} />
          </div>
        )}

        {opened ? (
          <main className={styles.workspace}>
            <div className={styles.preview}>
              <Caption1 className={styles.fileLine}>
                {opened.host.name}
                {opened.host.lostDrawings && ` – ${LOST_DRAWINGS}`}
              </Caption1>
              <SheetPreview
                workbook={opened.workbook}
                activeSheet={activeSheet}
                onActivateSheet={activateSheet}
                highlights={highlights}
                marks={opened.marks}
                selected={selected}
              />
            </div>
            <aside className={styles.pane} aria-label="Periodkoll">
              <PeriodkollPane key={opened.id} host={opened.paneHost} theme={theme} now={now} onReport={onReport} validate={validate} helpLink={false} />
            </aside>
          </main>
        ) : (
          <main className={styles.welcome}>
            <Subtitle1 as="h2">Släpp en arbetsbok här</Subtitle1>
            <p>
              Dra en .xlsx-fil hit, välj <strong>Öppna arbetsbok …</strong> eller prova med <strong>Öppna exempel</strong>.
            </p>
          </main>
        )}

        {dragging && (
          <div className={styles.dropOverlay} aria-hidden="true">
            <Subtitle1>Släpp filen för att öppna den</Subtitle1>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
