import { DEFAULT_INDEX_TABLE } from '../../core/indexation/defaults';
import { IndexLayer } from './IndexLayer';
import { layerHeading } from './layerName';
import { SeriesValuesList } from './SeriesValuesList';

/** The values Periodkoll ships: only published figures, each series with its source and date. */
export function BundledIndexLayer() {
  return (
    <IndexLayer id="pk-index-bundled" name={layerHeading('bundled')} about="Följer med Periodkoll; bara publicerade värden. År utan värde rapporteras, de räknas aldrig som 0.">
      <SeriesValuesList series={DEFAULT_INDEX_TABLE.series} />
    </IndexLayer>
  );
}
