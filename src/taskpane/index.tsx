/**
 * Entry of the task pane page. Inside Excel (office.js loaded and the host is Excel) it renders the
 * pane over the Excel host; anywhere else it renders the stand-alone browser mode.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../host/excel';
import { StandaloneApp } from '../standalone/StandaloneApp';
import { themeFromOffice } from './officeTheme';
import { PeriodkollPane } from './PeriodkollPane';

function mount(element: JSX.Element): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Periodkoll: element #root is missing');
  createRoot(container).render(element);
}

function renderInExcel(): void {
  const theme = themeFromOffice(Office.context.officeTheme?.bodyBackgroundColor);
  mount(<PeriodkollPane host={createExcelHost()} theme={theme} />);
}

function renderStandalone(): void {
  mount(<StandaloneApp />);
}

if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) renderInExcel();
    else renderStandalone();
  });
} else {
  renderStandalone();
}
