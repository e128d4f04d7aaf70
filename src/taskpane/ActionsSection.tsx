import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1 },
});

export interface ActionsSectionProps {
  busy: boolean;
  /** Error and warning findings there are to mark. */
  markable: number;
  hasMarks: boolean;
  hasReport: boolean;
  onMark(): void;
  onClear(): void;
  onCreateReport(): void;
}

/** The only buttons that write into the workbook. */
export function ActionsSection({ busy, markable, hasMarks, hasReport, onMark, onClear, onCreateReport }: ActionsSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Åtgärder i arbetsboken">
      <Button className={styles.button} size="small" disabledFocusable={busy || markable === 0} onClick={onMark}>
        Markera i arbetsboken
      </Button>
      <Button className={styles.button} size="small" disabledFocusable={busy || !hasMarks} onClick={onClear}>
        Rensa markeringar
      </Button>
      <Button className={styles.button} size="small" disabledFocusable={busy || !hasReport} onClick={onCreateReport}>
        Skapa kontrollrapport
      </Button>
    </section>
  );
}
