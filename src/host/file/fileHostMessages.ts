/** The Swedish texts the file host gives the user, in one place (like readErrors for reading). */
export const fileHostMessages = {
  protectedSheet: (sheet: string) =>
    `Bladet "${sheet}" är skyddat och ändras inte. Ta bort bladskyddet (Granska > Ta bort bladskydd) om cellen ska markeras.`,
  missingSheet: (sheet: string) => `Bladet "${sheet}" finns inte i arbetsboken.`,
  badAddress: (cell: string) => `"${cell}" är ingen celladress.`,
  sheetExists: (sheet: string) =>
    `Det finns redan ett blad som heter "${sheet}". Bekräfta att det ska ersättas, eller byt namn på det först.`,
  lostDrawings: 'Diagram och bilder i filen följer inte med i den markerade kopian.',
};
