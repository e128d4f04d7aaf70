/**
 * Headings of the goal sections in a delårsrapport (DOMAIN §3.6): "Målsättning nr 4: …",
 * "Mål: …", "Uppdrag: Nr 25. …" (from regionfullmäktige, numbered) and "Uppdrag: Nämnden ska …".
 */
export type HeadingKind = 'målsättning' | 'mål' | 'rf-uppdrag' | 'nämnd-uppdrag';

export function headingKind(text: string): HeadingKind | undefined {
  const t = text.replace(/^[\s•·*\u2022]+/, '').trim();
  if (/^målsättning(ar)?(\s+nr\b|\s*\d|\s*:)/i.test(t)) return 'målsättning';
  if (/^mål\s*:/i.test(t)) return 'mål';
  if (/^uppdrag\s*:?\s*nr\.?\s*\d/i.test(t)) return 'rf-uppdrag';
  if (/^uppdrag\s*:/i.test(t)) return 'nämnd-uppdrag';
  return undefined;
}

/** A heading that ends a styrtal table: a goal heading or a numbered report section ("4 Ekonomi"). */
export function isSectionHeading(text: string): boolean {
  return headingKind(text) !== undefined || /^\d+(\.\d+)*\s+\p{Lu}/u.test(text.trim());
}
