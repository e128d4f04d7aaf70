import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { BundledIndexLayer } from '../indexValues/BundledIndexLayer';
import { IndexImport } from '../indexValues/IndexImport';
import { UserIndexLayer } from '../indexValues/UserIndexLayer';
import { WorkbookIndexLayer } from '../indexValues/WorkbookIndexLayer';
import { PaneSection } from '../PaneSection';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/**
 * The index values målvärden are computed with, in their three layers (later wins): Periodkoll's
 * bundled values, the user's own, the workbook's Index sheet; and "Läs in indextabell".
 */
export function IndexSeriesInfo({ announce }: { announce(text: string): void }) {
  const styles = useStyles();
  return (
    <PaneSection headingId="pk-index-heading" title="Indexserier" roomy>
      <Caption1 className={styles.muted}>
        Målvärden efter indexuppräkning räknas med värdena nedan. Ett år som finns i flera lager tas från det sista: arbetsbokens blad Index
        före dina indexvärden, och dina före standardvärdena.
      </Caption1>
      <IndexImport announce={announce} />
      <BundledIndexLayer />
      <UserIndexLayer announce={announce} />
      <WorkbookIndexLayer />
    </PaneSection>
  );
}
