import { Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { capitalized } from '../core/text/capitalized';
import { countWord } from '../core/text/countWord';
import { useState } from 'react';
import { actionsText, risksText } from '../core/internalControl/summaryText';
import { BAND_WORD } from '../core/internalControl/words';
import type { InternalControlSummary, MatrixRisk, RiskBand, RiskMatrixCell } from '../core/internalControl/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: 'separate', borderSpacing: tokens.spacingHorizontalXXS },
  axis: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
  },
  cell: {
    minWidth: '40px',
    height: '36px',
    width: '100%',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    ...createFocusOutlineStyle(),
  },
  // Griffel takes `border` as a shorthand, not borderWidth/Style/Color.
  green: { backgroundColor: tokens.colorPaletteGreenBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}` },
  yellow: { backgroundColor: tokens.colorPaletteYellowBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}` },
  red: { backgroundColor: tokens.colorPaletteRedBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
  selected: { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorNeutralStrokeAccessible },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
    borderRadius: tokens.borderRadiusSmall,
  },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  risk: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
    backgroundColor: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  where: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const BANDS: RiskBand[] = ['green', 'yellow', 'red'];

const riskCount = (n: number) => countWord(n, 'risk', 'risker');

/** "Sannolikhet 3, konsekvens 4: 2 risker, röd": what a screen reader says for one matrix cell. */
export function matrixCellLabel(c: RiskMatrixCell): string {
  return `Sannolikhet ${c.sannolikhet}, konsekvens ${c.konsekvens}: ${riskCount(c.count)}, ${BAND_WORD[c.band]}`;
}

export interface RiskMatrixProps {
  summary: InternalControlSummary;
  /** Shows a risk in the workbook: its sheet and the A1 address of its Risk cell. */
  onSelectRisk(sheet: string, cell: string): void;
}

/**
 * The IK-plan's risk matrix (DOMAIN §3.8): sannolikhet rows from the highest down × konsekvens
 * columns, each cell a button with its count, coloured by band and named with the band, so
 * colour is never the only cue. Pressing a cell lists its risks; pressing a risk shows it.
 */
export function RiskMatrix({ summary, onSelectRisk }: RiskMatrixProps) {
  const styles = useStyles();
  const headingId = useId('pk-riskmatrix');
  const listId = useId('pk-riskmatrix-risks');
  const [selected, setSelected] = useState<RiskMatrixCell | undefined>();
  const { scale, matrix } = summary;
  const steps = Array.from({ length: scale }, (_, i) => i + 1);
  const rows = steps.map((_, i) => matrix.slice(i * scale, (i + 1) * scale));
  const current = selected && matrix.find((c) => c.sannolikhet === selected.sannolikhet && c.konsekvens === selected.konsekvens);
  const unassessed = summary.risks.byBand.unassessed;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Riskmatris
      </Subtitle2>
      <Caption1>
        {risksText(summary)}. {actionsText(summary)}.
      </Caption1>
      <table className={styles.table}>
        <caption className={mergeClasses(styles.axis, styles.muted)}>Sannolikhet (rader) × konsekvens (kolumner)</caption>
        <thead>
          <tr>
            <td />
            {steps.map((k) => (
              <th key={k} scope="col" className={styles.axis} abbr={`Konsekvens ${k}`}>
                K {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0].sannolikhet}>
              <th scope="row" className={styles.axis} abbr={`Sannolikhet ${row[0].sannolikhet}`}>
                S {row[0].sannolikhet}
              </th>
              {row.map((c) => {
                const isSelected = current === c;
                return (
                  <td key={c.konsekvens}>
                    <button
                      type="button"
                      className={mergeClasses(styles.cell, styles[c.band], isSelected && styles.selected)}
                      aria-label={matrixCellLabel(c)}
                      aria-pressed={isSelected}
                      aria-controls={isSelected ? listId : undefined}
                      title={`${BAND_WORD[c.band]}, riskvärde ${c.value}`}
                      onClick={() => setSelected(isSelected ? undefined : c)}
                    >
                      {c.count > 0 ? c.count : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className={styles.legend} aria-label="Färger i riskmatrisen">
        {BANDS.map((b) => (
          <li key={b}>
            <Caption1>
              <span className={mergeClasses(styles.swatch, styles[b])} aria-hidden="true" />
              {capitalized(BAND_WORD[b])} {summary.bands[b][0]}–{summary.bands[b][1]}
            </Caption1>
          </li>
        ))}
      </ul>
      {unassessed > 0 && (
        <Caption1 className={styles.muted}>{`${riskCount(unassessed)} utan riskbedömning visas inte i matrisen.`}</Caption1>
      )}
      {current && <CellRisks id={listId} cell={current} onSelectRisk={onSelectRisk} />}
    </section>
  );
}

function CellRisks({ id, cell, onSelectRisk }: { id: string; cell: RiskMatrixCell; onSelectRisk: RiskMatrixProps['onSelectRisk'] }) {
  const styles = useStyles();
  const title = `Sannolikhet ${cell.sannolikhet}, konsekvens ${cell.konsekvens} (${BAND_WORD[cell.band]}): ${riskCount(cell.count)}`;
  return (
    <div id={id}>
      <Caption1 as="h3" className={styles.heading}>
        {title}
      </Caption1>
      {cell.risks.length === 0 ? (
        <Caption1 className={styles.muted}>Inga risker i den här cellen.</Caption1>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {cell.risks.map((r) => (
            <li key={`${r.sheet}!${r.cell}`}>
              <button type="button" className={styles.risk} aria-label={riskLabel(r)} onClick={() => onSelectRisk(r.sheet, r.cell)}>
                {r.text}
                <span className={styles.where}>
                  {r.verksamhet ? `${r.verksamhet} · ` : ''}
                  {r.sheet} {r.cell}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Visa risken i IK-plan B6: Risken att …". */
function riskLabel(r: MatrixRisk): string {
  return `Visa risken i ${r.sheet} ${r.cell}: ${r.text}`;
}
