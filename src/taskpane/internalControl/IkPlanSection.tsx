import { Button } from '@fluentui/react-components';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { RiskMatrix } from '../RiskMatrix';
import { IcCounts } from './IcCounts';
import { RiskSettingsForm } from './RiskSettingsForm';
import { SelectableFindings } from './SelectableFindings';
import type { IkPlanResult } from './useIkPlan';
import type { useRiskSettings } from './useRiskSettings';
import { PaneSection } from '../PaneSection';

export interface IkPlanSectionProps {
  host: WorkbookHost;
  feedback: PaneFeedback;
  busy: boolean;
  settings: ReturnType<typeof useRiskSettings>;
  result: IkPlanResult | null;
  onCheck(): void;
}

/** The IK-plan: its risk matrix, åtgärder per status and the ic.* findings, with the matrix's settings. */
export function IkPlanSection({ host, feedback, busy, settings, result, onCheck }: IkPlanSectionProps) {
  const selectRisk = (sheet: string, cell: string) =>
    void host.selectCell(sheet, cell).catch((error: unknown) => feedback.show(messageForError(error, `visa cell ${cell}`)));
  return (
    <PaneSection headingId="pk-ikplan-heading" title="Internkontrollplan" intro="Riskvärde = sannolikhet × konsekvens, färgat enligt inställningarna nedan. Klart senast jämförs med dagens datum." roomy>
      <div>
        <Button size="small" appearance="primary" disabledFocusable={busy || !settings.parsed.ok} onClick={onCheck}>
          Kontrollera IK-planen
        </Button>
      </div>
      {result && (
        <>
          <IcCounts summary={result.summary} />
          <RiskMatrix summary={result.summary} onSelectRisk={selectRisk} />
          <SelectableFindings title="Anmärkningar i IK-planen" findings={result.findings} host={host} feedback={feedback} />
        </>
      )}
      <RiskSettingsForm
        draft={settings.draft}
        problem={settings.parsed.ok ? undefined : settings.parsed.message}
        busy={busy}
        onChange={settings.setDraft}
        onSave={() => void settings.save()}
      />
    </PaneSection>
  );
}
