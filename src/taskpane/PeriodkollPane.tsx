import { FluentProvider } from '@fluentui/react-components';
import type { Report } from '../core/findings/finding';
import type { WorkbookHost } from '../host/port';
import { IndexStoreProvider, type IndexStoreAccess } from './indexStore/IndexStoreProvider';
import { UserIndexEngine } from './indexStore/UserIndexEngine';
import type { PaneTheme } from './officeTheme';
import { Pane } from './Pane';
import { fluentTheme } from './themes';
import { validateInThread, type ValidateWorkbook } from './useValidation';

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
  /** Where the user's own index values are kept; default: this browser's storage. */
  indexStore?: IndexStoreAccess;
  /** Show the pane's own "Hjälp" link; the stand-alone page has one in its header instead. */
  helpLink?: boolean;
}

const systemNow = () => new Date();

/** The Periodkoll task pane, themed like its host (Excel's Office theme or the page's choice). */
export function PeriodkollPane({ host, theme, now = systemNow, onReport, validate = validateInThread, indexStore, helpLink = true }: PeriodkollPaneProps) {
  return (
    <FluentProvider theme={fluentTheme(theme)} style={{ minHeight: '100%' }}>
      <IndexStoreProvider access={indexStore} now={now}>
        <UserIndexEngine validate={validate}>
          <Pane host={host} now={now} onReport={onReport} helpLink={helpLink} />
        </UserIndexEngine>
      </IndexStoreProvider>
    </FluentProvider>
  );
}
