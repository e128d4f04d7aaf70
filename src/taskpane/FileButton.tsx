import { Button, makeStyles } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';

const useStyles = makeStyles({ hidden: { display: 'none' } });

export interface FileButtonProps {
  /** The button's text ("Välj förra månadens fil …"). */
  children: ReactNode;
  /** File endings the picker offers (".xlsx,.csv"). */
  accept: string;
  /** Accessible name of the file field, naming the kinds of file. */
  fieldLabel: string;
  disabled?: boolean;
  onFile(file: File): void;
}

/**
 * A button that opens the browser's file picker and hands over the chosen file: the file is read in
 * the browser and never leaves the machine. The field is cleared after each choice, so choosing the
 * same file again reads it again.
 */
export function FileButton({ children, accept, fieldLabel, disabled = false, onFile }: FileButtonProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="small" disabledFocusable={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        aria-label={fieldLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
