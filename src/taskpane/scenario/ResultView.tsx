import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { balanceWords, stepEffectWords, type ScenarioResult } from '../../core/scenario';
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';
import { FigureTable } from './FigureTable';
import { amount, percent, signedAmount } from './format';
import { BridgeChart } from './BridgeChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The scenario's figures: the recomputed table, the result against the ram, per område, per year, the bridge. */
export function ResultView({ result }: { result: ScenarioResult }) {
  const styles = useStyles();
  const pi = result.columns.indexOf(result.primaryColumn);
  const r = result.result;
  const sums = new Set(['subtotal', 'total']);
  return (
    <div className={styles.root}>
      <Body1 className={styles.verdict}>
        {`Resultat mot budgetram (${r.column}): ${balanceWords(r.balance.scenario)} (bas: ${balanceWords(r.balance.base)})`}
      </Body1>
      {r.ram && (
        <FigureTable
          caption="Resultat mot budgetram, mnkr"
          headers={['', 'Bas', 'Scenario']}
          rows={[
            { label: `Budgetram (${r.ram.source})`, cells: [amount(r.ram.base), amount(r.ram.scenario)] },
            { label: 'Nettokostnad', cells: [amount(r.netCost.base), amount(r.netCost.scenario)] },
            { label: 'Ej uppnådda åtgärder (handlingsplan)', cells: [amount(0), amount(r.planGap)] },
            { label: 'Resultat (+ överskott, − underskott)', cells: [amount(r.balance.base), amount(r.balance.scenario)], strong: true },
          ]}
        />
      )}
      <FigureTable
        caption={`Omräknad tabell: ${result.sheet}, ${result.primaryColumn}${result.formulaModel ? ' (arbetsbokens formler räknade om)' : ''}`}
        headers={['Rad', 'Bas', 'Scenario', 'Förändring']}
        rows={result.rows.map((row) => {
          const b = row.base[pi] ?? null;
          const s = row.scenario[pi] ?? null;
          return { label: row.label, cells: [amount(b), amount(s), b === null || s === null ? '–' : signedAmount(s - b)], strong: sums.has(row.kind) };
        })}
      />
      {result.plan && (
        <FigureTable
          caption={`Handlingsplan: åtgärdskrav ${amount(result.plan.requirement, 'mnkr')}`}
          headers={['År', 'Effekt', 'Uppfyllelse', 'Kvar att spara']}
          rows={result.plan.years.map((y) => ({
            label: String(y.year),
            cells: [amount(y.effect), `${percent(y.fulfilment)} (${formatSwedishNumber(y.fulfilmentInterval.lo, 1)}–${percent(y.fulfilmentInterval.hi)})`, amount(y.gap)],
          }))}
        />
      )}
      {result.years.length > 1 && (
        <FigureTable
          caption="Flera år, mnkr"
          headers={['År', 'Indexfaktor', 'Budgetram', 'Nettokostnad', 'Ej uppnått', 'Resultat']}
          rows={result.years.map((y) => ({
            label: String(y.year),
            cells: [formatSwedishNumber(y.indexFactor, 4), amount(y.ram), amount(y.netCost), amount(y.planGap), amount(y.balance)],
          }))}
        />
      )}
      {result.areas && result.areas.length > 0 && (
        <FigureTable
          caption="Per område, mnkr"
          headers={['Område', 'Budgetram', 'Nettokostnad', 'Resultat']}
          rows={result.areas.map((a) => ({ label: a.label, cells: [amount(a.ram.scenario), amount(a.netCost.scenario), amount(a.balance.scenario)] }))}
        />
      )}
      {result.bridge.length > 0 && (
        <>
          <BridgeChart start={r.balance.base} end={r.balance.scenario} steps={result.bridge} />
          <FigureTable
            caption="Från bas till scenario, mnkr"
            headers={['Parameter', 'Påverkan på resultatet', 'Innebär']}
            rows={result.bridge.map((s) => ({ label: s.label, cells: [signedAmount(s.delta), stepEffectWords(s.delta)] }))}
          />
        </>
      )}
      {result.errors.length > 0 && (
        <ul className={styles.list} aria-label="Parametrar som inte kunde användas">
          {result.errors.map((e) => (
            <li key={e}>
              <Caption1>{e}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {(result.notes.length > 0 || result.problems.length > 0) && (
        <ul className={styles.list} aria-label="Att notera">
          {[...result.notes, ...result.problems.map((p) => p.message)].map((n) => (
            <li key={n}>
              <Caption1 className={styles.muted}>{n}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
