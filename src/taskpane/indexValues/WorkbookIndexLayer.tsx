import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useValidatedWorkbookIndex } from '../indexStore/UserIndexEngine';
import { IndexLayer } from './IndexLayer';
import { layerHeading } from './layerName';
import { SeriesValuesList } from './SeriesValuesList';

const useStyles = makeStyles({
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
});

/** The workbook's own Index sheets, as the last validation read them; they win over the other layers. */
export function WorkbookIndexLayer() {
  const styles = useStyles();
  const read = useValidatedWorkbookIndex();
  return (
    <IndexLayer
      id="pk-index-workbook"
      name={layerHeading('workbook')}
      about='Ett blad som heter Index (rubriken År och en kolumn per serie, "%" i rubriken för årlig förändring) gäller före dina indexvärden och standardvärdena.'
    >
      {read === null ? (
        <Caption1>Visas när arbetsboken har kontrollerats (Bedöm styrtal eller Validera).</Caption1>
      ) : (
        <>
          {read.table && <SeriesValuesList series={read.table.series} />}
          {read.problems.map((p) => (
            <Caption1 key={p.sheet} className={styles.warning}>{`Bladet ${p.sheet} kunde inte läsas och används inte: ${p.message}`}</Caption1>
          ))}
          {!read.table && read.problems.length === 0 && <Caption1>Den senast kontrollerade arbetsboken har inget blad Index.</Caption1>}
        </>
      )}
    </IndexLayer>
  );
}
