import { INDEX_LAYER_NAMES, type IndexLayer } from '../../core/indexation';
import { capitalized } from '../../core/text/capitalized';

/** "Dina indexvärden": the layer's name as the chains say it, as a heading. */
export function layerHeading(layer: IndexLayer): string {
  return capitalized(INDEX_LAYER_NAMES[layer]);
}
