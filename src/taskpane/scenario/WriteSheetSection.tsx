import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { scenarioSheet, scenarioSheetName, sheetNameProblem, type Scenario, type ScenarioBase } from '../../core/scenario';
import type { WorkbookHost } from '../../host/port';
import type { PaneFeedback } from '../feedback';
import { ReplaceSheetDialog } from '../ReplaceSheetDialog';
import { useSheetWrite } from '../useSheetWrite';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface WriteSheetSectionProps {
  host: WorkbookHost;
  scenario: Scenario;
  base: ScenarioBase;
  /** Sheets of the workbook, with those written since it was read. */
  sheetNames: string[];
  busy: boolean;
  exclusive: (task: () => Promise<void>) => Promise<void>;
  feedback: PaneFeedback;
  onWritten(name: string): void;
}

/** "Skriv scenario till blad": a parameter block and the rows as live formulas, under a name that is free. */
export function WriteSheetSection({ host, scenario, base, sheetNames, busy, exclusive, feedback, onWritten }: WriteSheetSectionProps) {
  const styles = useStyles();
  const suggested = scenarioSheetName(scenario.name, sheetNames);
  const [name, setName] = useState(suggested);
  useEffect(() => setName(suggested), [suggested]);
  const problem = sheetNameProblem(name);
  const sheet = useSheetWrite(host, exclusive, feedback, {
    doing: 'skriva scenariot till blad',
    success: (written, replaced) => ({ intent: 'success', title: `Bladet ${written} har ${replaced ? 'ersatts' : 'skapats'}.`, text: 'Ändra parametrarna i kolumn B; raderna räknas om i Excel.' }),
    onWritten,
  });

  const write = () => {
    const built = scenarioSheet(base, scenario, sheetNames);
    if (!built.ok) {
      feedback.show({ intent: 'warning', text: built.message });
      return;
    }
    void sheet.write(() => ({ ...built.sheet, name: name.trim() }));
  };

  return (
    <div className={styles.root}>
      <Body1 className={styles.muted}>
        Ett nytt blad med parametrarna överst och scenariots rader som formler som läser dem, så att du kan fortsätta i Excel utan
        Periodkoll. Arbetsbokens egna siffror ändras inte.
      </Body1>
      <div className={styles.row}>
        <Field label="Bladnamn" size="small" validationState={problem ? 'error' : 'none'} validationMessage={problem}>
          <Input size="small" value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Button size="small" appearance="primary" disabledFocusable={busy || problem !== undefined} onClick={write}>
          Skriv scenario till blad
        </Button>
      </div>
      <ReplaceSheetDialog
        sheetName={sheet.confirming}
        title="Ersätta bladet?"
        onReplace={() => void sheet.confirmReplace()}
        onCancel={sheet.cancelReplace}
      />
    </div>
  );
}
