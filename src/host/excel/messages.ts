/** What the Excel adapter tells the user, in Swedish; code and comments stay English. */
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';
import { countWord } from '../../core/text/countWord';

export const messages = {
  busyEditing: 'Excel är upptaget – avsluta redigeringen av cellen och försök igen.',
  busyOther: 'Excel hann inte med begäran just nu – vänta en stund och försök igen.',
  writeRefused: 'Excel tillät inte ändringen – bladet eller arbetsboken är skyddad. Ta bort skyddet och försök igen.',
  writeRefusedUnknown:
    'Excel tillät inte ändringen. Bladet kan vara skyddat, eller cellerna ingå i en matrisformel, en tabell eller ett låst område.',
  tooLarge:
    'Arbetsboken är för stor för att Excel ska kunna skicka den till tillägget. Öppna den i Excel för skrivbordet eller kontrollera filen i det fristående läget.',
  tooManyCells: (sheet: string, range: string) =>
    `Bladet ${sheet} används ända ut till ${range}, vilket är för många celler att läsa i Excel. Ta bort innehåll eller formatering långt utanför tabellerna och försök igen.`,
  needsNewerExcel: 'Den här versionen av Excel saknar en funktion som Periodkoll behöver. Uppdatera Excel och försök igen.',
  inactiveWorkbook: 'Arbetsboken är inte aktiv. Klicka i arbetsboken och försök igen.',
  sheetProtected: (sheet: string) => `Bladet ${sheet} är skyddat; ta bort skyddet för att markera.`,
  sheetMissing: (sheet: string) => `Bladet ${sheet} finns inte i arbetsboken.`,
  sheetHidden: (sheet: string) => `Bladet ${sheet} är dolt; ta fram bladet för att visa cellen.`,
  invalidCell: (cell: string) => `${cell} är ingen celladress.`,
  fillCannotBeRestored: 'Cellen har en toning eller blandad fyllning som inte kan återställas exakt, så den markeras inte.',
  writtenWithoutNote:
    'Cellen skrevs men fick ingen anteckning: anteckningar kräver en nyare version av Excel (ExcelApi 1.18). Uträkningen finns i Periodkoll-fönstret.',
  notesNeedNewerExcel:
    'Cellerna färgades men fick ingen anteckning: anteckningar kräver en nyare version av Excel (ExcelApi 1.18). Meddelandena finns i Periodkoll-fönstret.',
  cellsWithComments: (n: number) =>
    n === 1
      ? 'En cell har en kommentar och fick därför bara färg, ingen anteckning.'
      : `${n} celler har kommentarer och fick därför bara färg, ingen anteckning.`,
  notesLeftMarked: (n: number) =>
    n === 1
      ? 'En cell har en anteckning från Periodkoll som den här versionen av Excel inte kan ta bort. Den cellen förblir markerad och säkerhetskopian finns kvar; rensa igen i en nyare version av Excel.'
      : `${n} celler har anteckningar från Periodkoll som den här versionen av Excel inte kan ta bort. De cellerna förblir markerade och säkerhetskopian finns kvar; rensa igen i en nyare version av Excel.`,
  marksNeedNewerExcel: 'Markeringar kräver en nyare version av Excel (ExcelApi 1.5), eftersom de måste gå att ta bort igen.',
  backupUnreadable:
    'Periodkolls säkerhetskopia av markeringarna i arbetsboken går inte att läsa, så markeringarna kan inte tas bort automatiskt. Inget har ändrats.',
  workbookStructureProtected: (sheet: string) =>
    `Arbetsbokens struktur är skyddad, så bladet ${sheet} kan inte skapas. Ta bort skyddet (Granska > Skydda arbetsbok) och försök igen.`,
  sheetProtectedForWrite: (sheet: string) =>
    `Bladet ${sheet} är skyddat, så inget skrevs. Ta bort bladskyddet (Granska > Ta bort bladskydd) och försök igen.`,
  nothingChanged: 'Inget har ändrats.',
  settingsFull:
    'Arbetsbokens lagring för tillägg är full (Excel rymmer ungefär 2 MB), så inställningen sparades inte. Ta bort gamla scenarier eller ångra-steg och försök igen.',
  tooManyCellsToUndo: (cells: number) =>
    `Skrivningen gäller ${formatSwedishNumber(cells, 0)} celler, för många celler för att kunna ångras säkert. Inget har ändrats. Skriv en tabell eller ett blad i taget.`,
  oldestUndoStepsDropped: (remaining: number) =>
    `De äldsta ångra-stegen togs bort för att få plats. ${countWord(remaining, 'ändring', 'ändringar')} kan ångras.`,
  journalNotStored:
    'Periodkoll kunde inte spara ångra-informationen i arbetsboken (arbetsbokens lagring för tillägg är full, Excel rymmer ungefär 2 MB), så inga celler skrevs. Inget har ändrats.',
  cellsRefused:
    'Excel vägrade ändra en av cellerna, fast bladet inte är skyddat. Cellen kan ingå i en matrisformel, en tabell eller ett låst område. Inget har ändrats.',
  writeFailed: (code: string) => `Excel kunde inte skriva cellerna (${code}). Inget har ändrats.`,
  writeCutOff: (label: string) =>
    `Skrivningen avbröts halvvägs och kunde inte tas tillbaka automatiskt. Välj Ångra för ”${label}” i listan över ändringar för att återställa cellerna.`,
  sheetGoneForUndo: (sheet: string) =>
    `Bladet ${sheet} finns inte längre i arbetsboken (det har tagits bort sedan ändringen), så ändringen kan inte ångras. Inget har ändrats.`,
  sheetProtectedForUndo: (sheet: string) =>
    `Bladet ${sheet} är skyddat, så ändringen kan inte ångras. Ta bort bladskyddet (Granska > Ta bort bladskydd) och försök igen. Inget har ändrats.`,
  sheetExists: (sheet: string) => `Bladet ${sheet} finns redan. Välj att ersätta det för att skriva en ny rapport.`,
} as const;
