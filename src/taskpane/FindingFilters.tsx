import { makeStyles, SearchBox, ToggleButton, tokens } from '@fluentui/react-components';
import type { Severity } from '../core/findings/finding';
import type { FindingFilter } from './findingFilter';
import { SEVERITIES, SEVERITY_GROUP_WORD, type SeverityCounts } from '../core/findings/severityWords';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  search: { width: '100%', maxWidth: '100%' },
});

export interface FindingFiltersProps {
  filter: FindingFilter;
  counts: SeverityCounts;
  onChange(filter: FindingFilter): void;
}

/** Severity toggles ("Fel (2)" pressed = shown) and a search over message, cell and rule. */
export function FindingFilters({ filter, counts, onChange }: FindingFiltersProps) {
  const styles = useStyles();
  const toggle = (severity: Severity) => {
    const severities = new Set(filter.severities);
    if (severities.has(severity)) severities.delete(severity);
    else severities.add(severity);
    onChange({ ...filter, severities });
  };
  return (
    <div className={styles.root} role="search" aria-label="Filtrera anmärkningar">
      <div className={styles.toggles} role="group" aria-label="Visa allvarlighetsgrad">
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={filter.severities.has(severity)}
            onClick={() => toggle(severity)}
          >
            {SEVERITY_GROUP_WORD[severity]} ({counts[severity]})
          </ToggleButton>
        ))}
      </div>
      <SearchBox
        className={styles.search}
        size="small"
        aria-label="Sök bland anmärkningar"
        placeholder="Sök cell, text eller regel"
        dismiss={{ 'aria-label': 'Töm sökrutan' }}
        value={filter.text}
        onChange={(_event, data) => onChange({ ...filter, text: data.value })}
      />
    </div>
  );
}
