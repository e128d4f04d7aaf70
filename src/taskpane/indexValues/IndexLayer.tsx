import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** One layer of the index table: its name as a heading, what it is, then its values. */
export function IndexLayer({ id, name, about, children }: { id: string; name: string; about: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Body1Strong as="h3" id={id} className={styles.heading}>
        {name}
      </Body1Strong>
      <Caption1 className={styles.muted}>{about}</Caption1>
      {children}
    </section>
  );
}
