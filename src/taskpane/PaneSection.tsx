import { Body1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  roomy: { gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface PaneSectionProps {
  /** Id of the heading, which names the section for assistive technology. */
  headingId: string;
  title: ReactNode;
  /** A sentence or two on what the section does and what it writes, under the heading. */
  intro?: ReactNode;
  /** More room between the parts, for sections that hold forms and tables. */
  roomy?: boolean;
  children?: ReactNode;
}

/** One part of a tab: a region named by its h2 heading, an optional muted intro, then its content. */
export function PaneSection({ headingId, title, intro, roomy = false, children }: PaneSectionProps) {
  const styles = useStyles();
  return (
    <section className={mergeClasses(styles.root, roomy && styles.roomy)} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {intro && <Body1 className={styles.intro}>{intro}</Body1>}
      {children}
    </section>
  );
}
