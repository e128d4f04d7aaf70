import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { PaneMessage } from './errorMessage';

const useStyles = makeStyles({
  details: { margin: 0, marginTop: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalL },
  body: { overflowWrap: 'anywhere' },
});

export interface PaneMessageBarProps {
  message: PaneMessage;
  onDismiss(): void;
}

/**
 * What just happened, or what went wrong, in Swedish; the pane stays usable underneath.
 * Named by its title (or, without one, its text); the pane's live region does the announcing.
 */
export function PaneMessageBar({ message, onDismiss }: PaneMessageBarProps) {
  const styles = useStyles();
  return (
    <MessageBar
      intent={message.intent}
      layout="multiline"
      data-intent={message.intent}
      {...(message.title ? {} : { 'aria-label': message.text })}
    >
      <MessageBarBody className={styles.body}>
        {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
        {message.text}
        {message.details && message.details.length > 0 && (
          <ul className={styles.details}>
            {message.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label="Stäng meddelandet" onClick={onDismiss}>
            ✕
          </Button>
        }
      />
    </MessageBar>
  );
}
