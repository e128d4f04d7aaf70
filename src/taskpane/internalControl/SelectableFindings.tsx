import { makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Finding } from '../../core/findings/finding';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { FindingList } from '../FindingList';
import { findingKey } from '../groupFindings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface SelectableFindingsProps {
  title: string;
  findings: Finding[];
  host: WorkbookHost;
  feedback: PaneFeedback;
}

/** A heading and the pane's finding list; pressing a finding selects its cell in the workbook. */
export function SelectableFindings({ title, findings, host, feedback }: SelectableFindingsProps) {
  const styles = useStyles();
  const headingId = useId('pk-ic-findings');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const select = useCallback(
    (f: Finding) => {
      setSelectedKey(findingKey(f));
      host.selectCell(f.sheet, f.cell).catch((error: unknown) => feedback.show(messageForError(error, `visa cell ${f.cell}`)));
    },
    [host, feedback],
  );
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {`${title} (${findings.length})`}
      </Subtitle2>
      <FindingList findings={findings} total={findings.length} selectedKey={selectedKey} onSelect={select} />
    </section>
  );
}
