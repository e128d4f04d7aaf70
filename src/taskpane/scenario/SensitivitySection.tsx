import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeParameter, mainValue, sensitivity, valuesBetween, type Scenario, type ScenarioBase, type SensitivityPoint } from '../../core/scenario';
import { figure } from '../../core/scenario/describe';
import { Choice } from './Choice';
import { FigureTable } from './FigureTable';
import { amount } from './format';
import { SensitivityChart } from '../charts/lazyCharts';
import { SwedishNumberField } from './SwedishNumberField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** How far either side of the current value the range starts: percentage points, mnkr, or a plan's %. */
function defaultRange(s: Scenario, i: number): { from: number; to: number } {
  const p = s.parameters[i];
  const v = p ? mainValue(p) ?? 0 : 0;
  if (p?.kind === 'plan' && p.effects[0]?.fulfilment !== undefined) return { from: 50, to: 100 };
  const span = p?.kind === 'index' || p?.kind === 'percent' ? 1 : Math.max(5, Math.round(Math.abs(v) / 2));
  return { from: v - span, to: v + span };
}

export interface SensitivitySectionProps {
  scenario: Scenario;
  base: ScenarioBase;
}

/** One parameter varied over a range, the rest kept: the result for each value, as a table and a line chart. */
export function SensitivitySection({ scenario, base }: SensitivitySectionProps) {
  const styles = useStyles();
  const [index, setIndex] = useState(0);
  const [range, setRange] = useState(() => defaultRange(scenario, 0));
  const [steps, setSteps] = useState(4);
  const [points, setPoints] = useState<SensitivityPoint[] | null>(null);
  // Another scenario, parameter or kind of figure: a fresh range, and no figures of the old one.
  const chosen = scenario.parameters[index];
  const identity = `${scenario.name}\n${index}\n${chosen?.kind}\n${chosen?.kind === 'plan' ? chosen.effects[0]?.fulfilment !== undefined : ''}`;
  useEffect(() => {
    setRange(defaultRange(scenario, index));
    setPoints(null);
  }, [identity]);

  if (scenario.parameters.length === 0) return <Caption1 className={styles.muted}>Lägg till en parameter att variera.</Caption1>;
  const at = Math.min(index, scenario.parameters.length - 1);
  const p = scenario.parameters[at];
  const label = describeParameter(p);
  const unit = p.kind === 'index' || p.kind === 'percent' || (p.kind === 'plan' && p.effects[0]?.fulfilment !== undefined) ? '%' : 'mnkr';
  const years = points?.[0]?.years.map((y) => y.year) ?? [];
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Choice
          label="Parameter att variera"
          value={String(index)}
          options={scenario.parameters.map((x, i) => [String(i), `${i + 1}. ${describeParameter(x)}`] as const)}
          onChange={(v) => setIndex(Number(v))}
        />
        <SwedishNumberField label="Från" unit={unit} value={range.from} onChange={(v) => setRange((r) => ({ ...r, from: v! }))} />
        <SwedishNumberField label="Till" unit={unit} value={range.to} onChange={(v) => setRange((r) => ({ ...r, to: v! }))} />
        <Choice label="Antal steg" value={String(steps)} options={['2', '4', '5', '8', '10']} onChange={(v) => setSteps(Number(v))} />
        <Button size="small" onClick={() => setPoints(sensitivity(base, scenario, at, valuesBetween(range.from, range.to, steps)))}>
          Beräkna känslighet
        </Button>
      </div>
      {points && points.length > 0 && (
        <>
          <FigureTable
            caption={`Känslighet: ${label}`}
            headers={[`Värde (${unit})`, ...(years.length > 1 ? years.map((y) => `Resultat ${y}`) : ['Resultat'])]}
            rows={points.map((pt) => ({
              label: figure(pt.value),
              cells: years.length > 1 ? pt.years.map((y) => amount(y.balance)) : [amount(pt.balance)],
            }))}
          />
          {/* One value is a point, not a line: the table says it all. */}
          {points.length > 1 && <SensitivityChart points={points} label={label} unit={unit} />}
        </>
      )}
    </div>
  );
}
