import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Parameter, PlanEffect, PlanParameter, ScenarioBase } from '../../core/scenario';
import { Choice } from './Choice';
import { baseYearOf } from './parameterDefaults';
import { SwedishNumberField } from './SwedishNumberField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PlanFieldsProps {
  plan: PlanParameter;
  base: ScenarioBase | undefined;
  onChange(parameter: Parameter): void;
}

/** The handlingsplan: åtgärdskrav (or ramminskning + obalanser) and each year's effect in mnkr or %. */
export function PlanFields({ plan, base, onChange }: PlanFieldsProps) {
  const styles = useStyles();
  const set = (key: 'requirement' | 'ramReduction' | 'imbalance', v: number | undefined) => {
    const next: PlanParameter = { ...plan };
    if (v === undefined) delete next[key];
    else next[key] = v;
    onChange(next);
  };
  const effects = (next: PlanEffect[]) => onChange({ ...plan, effects: next });
  const setEffect = (i: number, e: PlanEffect) => effects(plan.effects.map((x, j) => (j === i ? e : x)));
  const last = plan.effects[plan.effects.length - 1];
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <SwedishNumberField label="Åtgärdskrav" unit="mnkr" optional value={plan.requirement} onChange={(v) => set('requirement', v)} />
        <SwedishNumberField label="Ramminskning" unit="mnkr" optional value={plan.ramReduction} onChange={(v) => set('ramReduction', v)} />
        <SwedishNumberField label="Obalanser" unit="mnkr" optional value={plan.imbalance} onChange={(v) => set('imbalance', v)} />
      </div>
      <Caption1 className={styles.muted}>Utan åtgärdskrav räknas det som ramminskning + obalanser.</Caption1>
      {plan.effects.map((e, i) => {
        const asAmount = e.amount !== undefined;
        return (
          <div key={i} className={styles.row}>
            <SwedishNumberField label="År" unit="år" value={e.year} onChange={(year) => setEffect(i, { ...e, year: year! })} />
            <Choice
              label={`Effekt ${e.year} anges som`}
              value={asAmount ? 'amount' : 'fulfilment'}
              options={[
                ['amount', 'Belopp (mnkr)'],
                ['fulfilment', 'Uppfyllelsegrad (%)'],
              ]}
              onChange={(v) => setEffect(i, v === 'amount' ? { year: e.year, amount: 0 } : { year: e.year, fulfilment: 100 })}
            />
            {asAmount ? (
              <SwedishNumberField label={`Effekt ${e.year}`} unit="mnkr" value={e.amount} onChange={(v) => setEffect(i, { year: e.year, amount: v! })} />
            ) : (
              <SwedishNumberField label={`Uppfyllelsegrad ${e.year}`} unit="%" value={e.fulfilment} onChange={(v) => setEffect(i, { year: e.year, fulfilment: v! })} />
            )}
            <Button size="small" aria-label={`Ta bort år ${e.year} ur handlingsplanen`} onClick={() => effects(plan.effects.filter((_, j) => j !== i))}>
              Ta bort år
            </Button>
          </div>
        );
      })}
      <div className={styles.row}>
        <Button
          size="small"
          onClick={() => effects([...plan.effects, last ? { ...last, year: last.year + 1 } : { year: baseYearOf(base), fulfilment: 100 }])}
        >
          Lägg till år i handlingsplanen
        </Button>
      </div>
    </div>
  );
}
