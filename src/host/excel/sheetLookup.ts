/** Finds a loaded worksheet by name: exactly, else ignoring case (as Excel compares sheet names). */
export function sheetLookup(items: Excel.Worksheet[]): (name: string) => Excel.Worksheet | undefined {
  const exact = new Map(items.map((ws) => [ws.name, ws]));
  const folded = new Map(items.map((ws) => [ws.name.toLocaleLowerCase('sv'), ws]));
  return (name) => exact.get(name) ?? folded.get(name.toLocaleLowerCase('sv'));
}
