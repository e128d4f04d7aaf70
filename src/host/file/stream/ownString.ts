/**
 * A copy of a string that does not keep its source alive. Parsers hand out text as slices of
 * the chunk they read, and V8 keeps a slice of 13 or more characters as a view into that chunk
 * (about 1 MB of XML): one kept cell text would keep its whole chunk, and a sheet's texts all
 * of its XML. Prefixing forces a fresh flat string; the slice of it then points only there.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
