import { Button, Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../core/findings/finding';
import { findingFigures } from '../core/findings/findingFigures';
import { ruleExplanation, ruleTitle } from './findingFilter';
import { SEVERITY_WORD } from '../core/findings/severityWords';
import { useVisuallyHidden } from './visuallyHidden';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    paddingLeft: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  main: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    backgroundColor: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  title: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  message: { display: 'block', overflowWrap: 'anywhere' },
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  why: { marginLeft: tokens.spacingHorizontalXS, minWidth: 'auto' },
  explanation: {
    display: 'block',
    marginTop: 0,
    marginBottom: tokens.spacingVerticalXS,
    marginLeft: tokens.spacingHorizontalS,
    marginRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

/** "Fel i Resultatrapport B12: ": the start of a finding's name; the list's heading and colour tell a sighted user. */
function findingPrefix(f: Finding): string {
  return `${SEVERITY_WORD[f.severity]} i ${f.sheet} ${f.cell}: `;
}

export interface FindingItemProps {
  finding: Finding;
  selected: boolean;
  onSelect(finding: Finding): void;
  /** How the engine read the table around the cell ("Summa kostnader = rad 6–9"), shown under "Varför?". */
  reading?: string;
}

/**
 * One finding: pressing it shows the cell; "Varför?" opens the rule's explanation. The button is
 * named by its own text ("Fel i Resultatrapport B12: <regel> <meddelande> <belopp>"), so the
 * name contains every word shown on it, as voice control and WCAG 2.5.3 (label in name) need.
 */
export function FindingItem({ finding, selected, onSelect, reading }: FindingItemProps) {
  const styles = useStyles();
  const { hidden } = useVisuallyHidden();
  const [open, setOpen] = useState(false);
  const explanationId = useId('pk-finding-why');
  const title = ruleTitle(finding.rule);
  const explanation = ruleExplanation(finding.rule);
  const figures = findingFigures(finding);

  return (
    <li className={mergeClasses(styles.item, styles[finding.severity])}>
      <button
        type="button"
        className={mergeClasses(styles.main, selected && styles.selected)}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(finding)}
      >
        {/* The spaces between the parts keep the words of the name apart. */}
        <span className={hidden}>{findingPrefix(finding)}</span>
        <span className={styles.head}>
          {/* Already said in the prefix, where the colon can follow it without a break. */}
          <span className={styles.cell} aria-hidden="true">
            {finding.cell}
          </span>
          <span className={styles.title}>{title}</span>
        </span>{' '}
        <span className={styles.message}>{finding.message}</span>
        {figures.length > 0 && (
          <span className={styles.figures}>
            {figures.map((x) => (
              <span key={x.label}>
                {' '}
                {x.label} {x.text}
              </span>
            ))}
          </span>
        )}
      </button>
      {explanation && (
        <>
          <Button
            className={styles.why}
            appearance="transparent"
            size="small"
            aria-label={`Varför? ${title} (${finding.cell})`}
            aria-expanded={open}
            aria-controls={open ? explanationId : undefined}
            onClick={() => setOpen(!open)}
          >
            Varför?
          </Button>
          {open && (
            <Caption1 as="p" id={explanationId} className={styles.explanation}>
              {explanation}
              {reading && (
                <>
                  <br />
                  {reading}
                </>
              )}
            </Caption1>
          )}
        </>
      )}
    </li>
  );
}
