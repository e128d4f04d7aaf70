import { INDEX_LAYER_NAMES, type IndexLayer } from '../../core/indexation';

/** "Dina indexvärden": the layer's name as the chains say it, as a heading. */
export function layerHeading(layer: IndexLayer): string {
  const name = INDEX_LAYER_NAMES[layer];
  return name.charAt(0).toUpperCase() + name.slice(1);
}
