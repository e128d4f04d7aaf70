import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Report } from '../core/findings/finding';
import type { WorkbookHost } from '../host/port';
import type { PaneTheme } from './officeTheme';
import { Pane } from './Pane';

export interface PeriodkollPaneProps {
  /** The workbook, through the port: the only thing the pane talks to. */
  host: WorkbookHost;
  theme: PaneTheme;
  /** Clock for the control report's date (tests pass a fixed one). */
  now?: () => Date;
  /** Called with each new report, e.g. so the stand-alone page can highlight cells. */
  onReport?: (report: Report) => void;
}

const systemNow = () => new Date();

/** The Periodkoll task pane, themed like its host (Excel's Office theme or the page's choice). */
export function PeriodkollPane({ host, theme, now = systemNow, onReport }: PeriodkollPaneProps) {
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
      <Pane host={host} now={now} onReport={onReport} />
    </FluentProvider>
  );
}
