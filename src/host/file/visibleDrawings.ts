/**
 * Whether a package holds pictures, charts or shapes that a user would see — asked before
 * neutralizeDrawings takes them out, so the file host can tell the user that a copy it writes
 * will lack them. An empty drawing part (as the reader itself leaves behind, and ExcelJS may
 * write back) is not a loss; neither are VML drawings, which only carry cell notes here.
 */
import type JSZip from 'jszip';
import { partName } from './xlsxPackage';

const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/;
const CONTENT_PARTS = /^xl\/(charts|media|diagrams)\//;
/** Every shape, picture or chart frame in a drawing sits in one of these anchors. */
const ANCHOR = /<(?:\w+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/;

export async function hasVisibleDrawings(zip: JSZip): Promise<boolean> {
  const drawings: JSZip.JSZipObject[] = [];
  let content = false;
  zip.forEach((path, entry) => {
    if (entry.dir) return;
    const name = partName(path);
    if (CONTENT_PARTS.test(name)) content = true;
    else if (DRAWING_PART.test(name)) drawings.push(entry);
  });
  if (content) return true;
  for (const entry of drawings) {
    if (ANCHOR.test(await entry.async('string'))) return true;
  }
  return false;
}
