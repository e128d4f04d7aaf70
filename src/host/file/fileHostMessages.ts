/** The Swedish texts the file host gives the user, in one place (like readErrors for reading). */

export const fileHostMessages = {
  protectedSheet: (sheet: string) =>
    `Bladet "${sheet}" är skyddat och ändras inte. Ta bort bladskyddet (Granska > Ta bort bladskydd) om cellen ska markeras.`,
  missingSheet: (sheet: string) => `Bladet "${sheet}" finns inte i arbetsboken.`,
  badAddress: (cell: string) => `"${cell}" är ingen celladress.`,
  sheetExists: (sheet: string) =>
    `Det finns redan ett blad som heter "${sheet}". Bekräfta att det ska ersättas, eller byt namn på det först.`,
  lostDrawings: 'Diagram och bilder i filen följer inte med i den markerade kopian.',
  /** A file the streaming reader reads but ExcelJS, which every write needs, cannot hold. */
  tooLargeToWrite: (reason: string) =>
    `Filen kan granskas men inte markeras eller ändras här: ${reason.replace(/\.$/, '')}. I Excel med Periodkoll går det att markera även stora filer.`,
};
