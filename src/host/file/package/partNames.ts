/** Names and namespace prefixes for parts and elements Periodkoll adds to a package. */
import type { PackagePatch } from './packagePatch';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** stem + N + ext with the smallest N not yet in the package (compared ignoring case). */
export function freePartName(pkg: PackagePatch, stem: string, ext: string): string {
  const taken = new Set(pkg.parts().map((p) => p.toLowerCase()));
  let n = 1;
  while (taken.has(`${stem}${n}${ext}`.toLowerCase())) n++;
  return `${stem}${n}${ext}`;
}

/** How to write an r:id attribute under a root tag: its prefix for the relationships namespace, or a declaration. */
export function relIdAttr(rootTagText: string, id: string): string {
  const declared = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${REL_NS.replace(/[./]/g, '\\$&')}["']`).exec(rootTagText);
  return declared ? `${declared[1]}:id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`;
}
