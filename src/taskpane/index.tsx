/**
 * Entry of the task pane page. Inside Excel (office.js loaded and the host is Excel) it renders the
 * pane over the Excel host; anywhere else it renders the stand-alone browser mode. In Excel this
 * page is also the add-in's shared runtime: the ribbon and the worksheet functions run here.
 */
import { createRoot } from 'react-dom/client';
import { registerCustomFunctions } from '../functions/register';
import { createExcelHost } from '../host/excel';
import { isOfficeHostPage } from '../standalone/officeDetection';
import { OFFICE_JS_MISSING } from '../standalone/officeJsMissing';
import type { PaneMessage } from './errorMessage';
import { themeFromOffice } from './officeTheme';
import { PeriodkollPane } from './PeriodkollPane';

// First, synchronously: Excel's shared runtime has the CustomFunctions global before this bundle
// runs, and an association made later can miss the first calculation. Elsewhere it does nothing.
registerCustomFunctions();

function mount(element: JSX.Element): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Periodkoll: element #root is missing');
  createRoot(container).render(element);
}

function renderInExcel(): void {
  const theme = themeFromOffice(Office.context.officeTheme?.bodyBackgroundColor);
  mount(<PeriodkollPane host={createExcelHost()} theme={theme} />);
}

/**
 * The stand-alone app and the file reader and writer it brings (ExcelJS among them) are fetched
 * only outside Excel, so the pane in Excel never downloads them.
 */
async function renderStandalone(initialMessage?: PaneMessage): Promise<void> {
  const { StandaloneApp } = await import('../standalone/StandaloneApp');
  mount(<StandaloneApp initialMessage={initialMessage} />);
}

/**
 * Office opened the page but office.js did not load (Microsoft's CDN unreachable or blocked):
 * the pane says so instead of silently offering to open a file.
 */
function renderWithoutOfficeJs(): void {
  void renderStandalone(OFFICE_JS_MISSING);
}

/**
 * office.js was loaded because the page looked hosted (e.g. a stale host marker), but no Office
 * answers: after this long the page falls back to the stand-alone mode instead of staying blank.
 */
const OFFICE_WAIT_MS = 20_000;

if (typeof Office !== 'undefined') {
  let settled = false;
  const settle = (render: () => void) => {
    if (settled) return;
    settled = true;
    render();
  };
  const standalone = () => void renderStandalone();
  const fallback = window.setTimeout(() => settle(standalone), OFFICE_WAIT_MS);
  void Office.onReady((info) => {
    window.clearTimeout(fallback);
    settle(info.host === Office.HostType.Excel ? renderInExcel : standalone);
  });
} else if (isOfficeHostPage(window as unknown as Parameters<typeof isOfficeHostPage>[0])) {
  renderWithoutOfficeJs();
} else {
  void renderStandalone();
}
