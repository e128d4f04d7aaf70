/** The Swedish name of a recognised table's kind, as the pane, the CLI and written sheets show it. */

const TABLE_KIND_NAME: Record<string, string> = {
  resultatrapport: 'Resultatrapport',
  driftredovisning: 'Driftredovisning',
  resultatbudget: 'Resultatbudget',
  driftbudget: 'Driftbudget',
  handlingsplan: 'Handlingsplan',
  personalkostnader: 'Personalkostnader',
  kostnadsanalys: 'Kostnadsanalys',
  arsarbetare: 'Årsarbetare',
  sjukfranvaro: 'Sjukfrånvaro',
  generic: 'Tabell med summor',
  styrtal: 'Styrtal',
  maluppfyllelse: 'Måluppfyllelse',
  indexserier: 'Indexserier',
  ikplan: 'Internkontrollplan',
  genomforandeplan: 'Genomförandeplan',
};

/** Kind ids are ASCII for code ("arsarbetare"); users read "Årsarbetare". An unknown kind is shown capitalised. */
export function tableKindName(kind: string): string {
  return TABLE_KIND_NAME[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}
