import { Body1, makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Finding, Report } from '../core/findings/finding';
import type { WorkbookHost } from '../host/port';
import { ActionsSection } from './ActionsSection';
import { messageForError } from './errorMessage';
import { FindingFilters } from './FindingFilters';
import { applyFilter, SHOW_ALL, type FindingFilter } from './findingFilter';
import { FindingList } from './FindingList';
import { findingKey } from './groupFindings';
import { PaneMessageBar } from './PaneMessageBar';
import { ReplaceSheetDialog } from './ReplaceSheetDialog';
import { REPORT_SHEET_NAME } from '../core/report/controlReport';
import { ResultSummary } from './ResultSummary';
import { useControlReport } from './useControlReport';
import { usePaneFeedback } from './usePaneFeedback';
import { useExclusive } from './useExclusive';
import { useMarks } from './useMarks';
import { useValidation, type ValidationScope } from './useValidation';
import { CompareSection } from './compare/CompareSection';
import { keepFigureSnapshot, keepsSnapshots } from './compare/figureSnapshots';
import { useComparison } from './compare/useComparison';
import type { Workbook } from '../core/model/workbook';
import { ValidateSection } from './ValidateSection';
import { countBySeverity } from '../core/findings/severityWords';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  findings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface ControlTabProps {
  host: WorkbookHost;
  announce(text: string): void;
  /** True while the tab is shown: marks may have changed in another tab meanwhile. */
  active?: boolean;
  now: () => Date;
  onReport?: (report: Report) => void;
}

/** The "Kontroll" tab: validate, read the result, act on it. Every workbook access goes through `host`. */
export function ControlTab({ host, now, onReport, announce, active = true }: ControlTabProps) {
  const styles = useStyles();
  const findingsHeadingId = useId('pk-findings');
  const { message, dismiss, feedback } = usePaneFeedback(announce);
  const [filter, setFilter] = useState<FindingFilter>(SHOW_ALL);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);

  const { busy, exclusive } = useExclusive();

  const handleReport = useCallback(
    (report: Report) => {
      setSelectedKey(null);
      onReport?.(report);
    },
    [onReport],
  );
  const comparison = useComparison(host, exclusive, feedback);
  const keepSnapshot = comparison.setSnapshots;
  const handleValidated = useCallback(
    async (workbook: Workbook, validated: Report, scope: ValidationScope) => {
      if (scope !== 'workbook' || !keepsSnapshots(host)) return;
      try {
        keepSnapshot(await keepFigureSnapshot(host, workbook, validated, now()));
      } catch {
        // The figures are a convenience for next month: a full settings store must not fail the validation.
      }
    },
    [host, now, keepSnapshot],
  );
  const validation = useValidation(host, exclusive, feedback, handleReport, handleValidated);
  const { report } = validation;
  const marks = useMarks(host, report, exclusive, feedback);
  const refreshMarks = marks.refresh;
  useEffect(() => {
    if (active) void refreshMarks();
  }, [active, refreshMarks]);
  const controlReport = useControlReport(host, report, now, exclusive, feedback);

  const showCell = useCallback(
    (f: Finding) => {
      host.selectCell(f.sheet, f.cell).catch((error: unknown) => feedback.show(messageForError(error, `visa cell ${f.cell}`)));
    },
    [host, feedback],
  );
  const selectFinding = useCallback(
    (f: Finding) => {
      setSelectedKey(findingKey(f));
      showCell(f);
    },
    [showCell],
  );

  const shown = useMemo(() => (report ? applyFilter(report.findings, filter) : []), [report, filter]);

  return (
    <div className={styles.root}>
      <ValidateSection busy={busy} progress={validation.progress} onValidate={(scope) => void validation.validate(scope)} />

      {message && <PaneMessageBar message={message} onDismiss={dismiss} />}

      {!report && !validation.progress && (
        <Body1 className={styles.muted}>
          Periodkoll kontrollerar summor, avvikelser, tecken och felvärden i periodrapportens tabeller. Inget skrivs i
          arbetsboken förrän du väljer att markera eller skapa en kontrollrapport.
        </Body1>
      )}

      {report && <ResultSummary report={report} checked={validation.checked} />}

      <ActionsSection
        busy={busy}
        markable={marks.markable}
        hasMarks={marks.hasMarks}
        hasReport={report !== null}
        onMark={() => void marks.mark()}
        onClear={() => void marks.clear()}
        onCreateReport={() => void controlReport.create()}
      />

      {report && (
        <section className={styles.findings} aria-labelledby={findingsHeadingId}>
          <Subtitle2 as="h2" id={findingsHeadingId} className={styles.heading}>
            Anmärkningar
          </Subtitle2>
          {report.findings.length > 0 && (
            <FindingFilters filter={filter} counts={countBySeverity(report.findings)} onChange={setFilter} />
          )}
          <FindingList findings={shown} total={report.findings.length} selectedKey={selectedKey} onSelect={selectFinding} tables={report.tables} />
        </section>
      )}

      <CompareSection comparison={comparison} busy={busy} keepsSnapshots={keepsSnapshots(host)} onSelect={showCell} />

      <ReplaceSheetDialog
        sheetName={controlReport.confirmingReplace ? REPORT_SHEET_NAME : null}
        title="Ersätta kontrollrapporten?"
        onReplace={() => void controlReport.confirmReplace()}
        onCancel={controlReport.cancelReplace}
      />
    </div>
  );
}
