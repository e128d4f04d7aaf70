import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ProgressStatus } from './ProgressStatus';
import type { ProgressState, ValidationScope } from './useValidation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Side by side when the pane is wide, full-width rows when it is 320 px.
  button: { flexGrow: 1 },
});

export interface ValidateSectionProps {
  busy: boolean;
  progress: ProgressState | null;
  onValidate(scope: ValidationScope): void;
}

/** The two "Validera" buttons and, while a run lasts, its progress. */
export function ValidateSection({ busy, progress, onValidate }: ValidateSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Validering">
      <div className={styles.buttons}>
        <Button className={styles.button} appearance="primary" disabledFocusable={busy} onClick={() => onValidate('workbook')}>
          Validera arbetsboken
        </Button>
        <Button className={styles.button} disabledFocusable={busy} onClick={() => onValidate('sheet')}>
          Validera markerat blad
        </Button>
      </div>
      {progress && <ProgressStatus progress={progress} />}
    </section>
  );
}
