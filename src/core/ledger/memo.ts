/** A cache for answers about repeated texts: a million ledger rows name a few thousand suppliers and accounts. */
export function memoized<T>(fn: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let v = known.get(text);
    // One lookup on the hot path; `has` only for answers that are themselves undefined.
    if (v === undefined && !known.has(text)) {
      v = fn(text);
      known.set(text, v);
    }
    return v as T;
  };
}
