import { Badge, Body1, Caption1, Checkbox, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { derivedCellKey, type CellState, type DerivationPlan, type DerivedColumn } from '../../core/derive';
import { toSwedishDisplay } from '../../core/formula/swedish';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  cells: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  cell: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
});

const STATE_TEXT: Record<CellState, string> = {
  empty: 'tom',
  'formula-ok': 'rätt formel finns',
  'formula-other': 'annan formel',
  value: 'inskrivet värde',
  error: 'felvärde',
};

const STATE_COLOR: Record<CellState, 'informative' | 'success' | 'warning' | 'danger'> = {
  empty: 'informative',
  'formula-ok': 'success',
  'formula-other': 'warning',
  value: 'warning',
  error: 'danger',
};

export interface DerivationPreviewProps {
  plans: DerivationPlan[];
  selection: ReadonlySet<string>;
  busy: boolean;
  onToggle(keys: string[], on: boolean): void;
}

/** What would be written where: per table and column, each cell with what it holds now and its formula. */
export function DerivationPreview({ plans, selection, busy, onToggle }: DerivationPreviewProps) {
  const styles = useStyles();
  return (
    <div className={styles.table}>
      {plans.map((plan) => (
        <section key={`${plan.sheet}!${plan.range}`} aria-label={`${plan.sheet} ${plan.range}`} className={styles.table}>
          <Subtitle2 as="h3" className={styles.heading}>
            {plan.title ?? plan.sheet} <Caption1 className={styles.muted}>({plan.sheet}!{plan.range}{plan.unit ? `, ${plan.unit}` : ''})</Caption1>
          </Subtitle2>
          {plan.columns.map((column) => (
            <ColumnPreview key={column.id} sheet={plan.sheet} column={column} selection={selection} busy={busy} onToggle={onToggle} />
          ))}
        </section>
      ))}
    </div>
  );
}

function ColumnPreview({ sheet, column, selection, busy, onToggle }: { sheet: string; column: DerivedColumn; selection: ReadonlySet<string>; busy: boolean; onToggle(keys: string[], on: boolean): void }) {
  const styles = useStyles();
  const writable = column.cells.filter((c) => c.state !== 'formula-ok');
  const keys = writable.map((c) => derivedCellKey(sheet, c));
  const ticked = keys.filter((k) => selection.has(k)).length;
  const all = ticked === keys.length && keys.length > 0 ? true : ticked === 0 ? false : 'mixed';
  const letter = column.id.split('!').pop();
  // Cells that already hold the right formula need no decision: counted, not listed.
  const right = column.cells.length - writable.length;
  return (
    <div className={styles.column}>
      <Checkbox
        checked={all}
        disabled={busy || keys.length === 0}
        onChange={(_, d) => onToggle(keys, d.checked === true)}
        label={`${column.isNew ? `Ny kolumn ${letter}` : `Kolumn ${letter}`}: ${column.header} = ${column.description}`}
      />
      {right > 0 && (
        <Caption1 className={styles.muted}>
          {right === column.cells.length ? `Alla ${right} celler har redan rätt formel.` : `${right} celler har redan rätt formel och lämnas som de är.`}
        </Caption1>
      )}
      <ul className={styles.cells}>
        {writable.map((cell) => {
          const key = derivedCellKey(sheet, cell);
          return (
            <li key={key} className={styles.cell}>
              <Checkbox
                checked={selection.has(key)}
                disabled={busy}
                onChange={(_, d) => onToggle([key], d.checked === true)}
                aria-label={`Skriv ${cell.cell}, ${cell.label}`}
              />
              <span className={styles.text}>
                <Body1>{cell.explanation}</Body1>
                <Caption1 className={styles.muted}>
                  {cell.cell}: <Badge appearance="tint" size="small" color={STATE_COLOR[cell.state]}>{STATE_TEXT[cell.state]}</Badge>{' '}
                  {cell.current && cell.state !== 'empty' ? `${displayCurrent(cell.current)} → ` : ''}
                  {toSwedishDisplay(cell.formula)}
                </Caption1>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function displayCurrent(current: string): string {
  return current.startsWith('=') ? toSwedishDisplay(current) : current;
}
