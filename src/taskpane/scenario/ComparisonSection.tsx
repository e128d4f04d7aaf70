import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { compareScenarios, MAX_COMPARED, type Scenario, type ScenarioResult } from '../../core/scenario';
import { FigureTable } from './FigureTable';
import { amount, signedAmount } from './format';
import { ResultChart } from './ResultChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  boxes: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface ComparisonSectionProps {
  scenarios: Scenario[];
  run(scenario: Scenario): ScenarioResult | string;
}

/** Up to four scenarios side by side, each against the first ticked one, with a chart of the results. */
export function ComparisonSection({ scenarios, run }: ComparisonSectionProps) {
  const styles = useStyles();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const chosen = useMemo(() => scenarios.filter((s) => ticked.has(s.name)).slice(0, MAX_COMPARED), [scenarios, ticked]);
  const outcome = useMemo(() => {
    const results = chosen.map(run);
    const failed = results.find((r): r is string => typeof r === 'string');
    return failed ? { ok: false as const, message: failed } : compareScenarios(results as ScenarioResult[]);
  }, [chosen, run]);

  if (scenarios.length < 2) return <Caption1 className={styles.muted}>Skapa minst två scenarier för att jämföra dem.</Caption1>;
  const first = chosen[0]?.name;
  const years = outcome.ok ? outcome.scenarios[0]?.years.map((y) => y.year) ?? [] : [];
  return (
    <div className={styles.root}>
      <div className={styles.boxes} role="group" aria-label={`Scenarier att jämföra (högst ${MAX_COMPARED})`}>
        {scenarios.map((s) => (
          <Checkbox
            key={s.name}
            label={s.name}
            checked={ticked.has(s.name)}
            disabled={!ticked.has(s.name) && chosen.length >= MAX_COMPARED}
            onChange={(_, d) =>
              setTicked((old) => {
                const next = new Set(old);
                if (d.checked) next.add(s.name);
                else next.delete(s.name);
                return next;
              })
            }
          />
        ))}
      </div>
      {chosen.length < 2 ? (
        <Caption1 className={styles.muted}>Kryssa i två till fyra scenarier; skillnaderna räknas mot det första.</Caption1>
      ) : !outcome.ok ? (
        <Caption1>{outcome.message}</Caption1>
      ) : (
        <>
          <FigureTable
            caption={`Resultat mot budgetram, mnkr, skillnad mot ${first}`}
            headers={['Scenario', 'Resultat', `Skillnad mot ${first}`, ...years.slice(1).map((y) => `Resultat ${y}`)]}
            rows={outcome.scenarios.map((s) => ({
              label: s.name,
              cells: [amount(s.balance), signedAmount(s.difference), ...years.slice(1).map((y) => amount(s.years.find((x) => x.year === y)?.balance))],
            }))}
          />
          <FigureTable
            caption={`Raderna, mnkr (skillnad mot ${first} inom parentes)`}
            headers={['Rad', ...outcome.scenarios.map((s) => s.name)]}
            rows={outcome.scenarios[0].rows.map((row, i) => ({
              label: row.label,
              cells: outcome.scenarios.map((s, j) => {
                const r = s.rows.find((x) => x.label === row.label) ?? s.rows[i];
                return j === 0 || !r ? amount(r?.value) : `${amount(r.value)} (${signedAmount(r.difference)})`;
              }),
            }))}
          />
          <ResultChart scenarios={outcome.scenarios} />
        </>
      )}
    </div>
  );
}
