import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Report } from '../core/findings/finding';
import type { WorkbookHost } from '../host/port';
import type { PaneTheme } from './officeTheme';
import { Pane } from './Pane';
import { ValidateWorkbookContext, validateInThread, type ValidateWorkbook } from './useValidation';

export interface PeriodkollPaneProps {
  /** The workbook, through the port: the only thing the pane talks to. */
  host: WorkbookHost;
  theme: PaneTheme;
  /** Clock for the control report's date (tests pass a fixed one). */
  now?: () => Date;
  /** Called with each new report, e.g. so the stand-alone page can highlight cells. */
  onReport?: (report: Report) => void;
  /** How to run the engine; the stand-alone page runs it in a Web Worker. Default: in the UI thread. */
  validate?: ValidateWorkbook;
}

const systemNow = () => new Date();

/** The Periodkoll task pane, themed like its host (Excel's Office theme or the page's choice). */
export function PeriodkollPane({ host, theme, now = systemNow, onReport, validate = validateInThread }: PeriodkollPaneProps) {
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
      <ValidateWorkbookContext.Provider value={validate}>
        <Pane host={host} now={now} onReport={onReport} />
      </ValidateWorkbookContext.Provider>
    </FluentProvider>
  );
}
