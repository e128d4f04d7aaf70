/**
 * The Swedish messages for every way reading a workbook can fail, in one place so the CLI,
 * the browser mode and tests say the same thing. Each tells the controller what to do next.
 */
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';
import { MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES } from './limits';
import { WorkbookReadError } from './WorkbookReadError';

const MB = 1024 * 1024;

export const readErrors = {
  notFound: () => new WorkbookReadError('not-found', 'Filen finns inte.'),

  emptyFile: () => new WorkbookReadError('empty', 'Filen är tom (0 byte).'),

  noWorksheets: () =>
    new WorkbookReadError('empty', 'Arbetsboken innehåller inga kalkylblad att kontrollera.'),

  legacyXls: () =>
    new WorkbookReadError(
      'unsupported-format',
      'Filen är i det gamla .xls-formatet. Spara den som .xlsx i Excel och försök igen.',
    ),

  encrypted: () =>
    new WorkbookReadError(
      'encrypted',
      'Filen är lösenordsskyddad och kan inte läsas. Spara en kopia utan lösenord i Excel ' +
        '(Skydda arbetsbok > Kryptera med lösenord, töm fältet) och försök igen.',
    ),

  binaryXlsb: () =>
    new WorkbookReadError(
      'unsupported-format',
      'Filen är i det binära .xlsb-formatet. Spara den som .xlsx i Excel och försök igen.',
    ),

  openDocument: () =>
    new WorkbookReadError(
      'unsupported-format',
      'Filen är ett OpenDocument-kalkylark (.ods). Spara den som .xlsx och försök igen.',
    ),

  csv: () =>
    new WorkbookReadError(
      'unsupported-format',
      'Filen är en textfil (.csv), inte en Excel-arbetsbok. Öppna den i Excel och spara den som .xlsx.',
    ),

  notAWorkbook: () =>
    new WorkbookReadError(
      'unsupported-format',
      'Filen är inte en Excel-arbetsbok. Periodkoll läser arbetsböcker i .xlsx-format.',
    ),

  unreadable: (cause?: unknown) =>
    new WorkbookReadError(
      'unreadable',
      'Filen kunde inte läsas som en Excel-arbetsbok; den kan vara skadad. ' +
        'Öppna den i Excel, spara den igen som .xlsx och försök på nytt.',
      { cause },
    ),

  fileTooLarge: (bytes: number, limit = MAX_FILE_BYTES) =>
    new WorkbookReadError(
      'too-large',
      `Filen är för stor (${Math.round(bytes / MB)} MB). Periodkoll läser filer upp till ` +
        `${limit / MB} MB; dela upp arbetsboken eller ta bort blad som inte ska kontrolleras.`,
    ),

  tooManyCells: (limit = MAX_CELLS) =>
    new WorkbookReadError(
      'too-large',
      `Arbetsboken har för många celler (över ${formatSwedishNumber(limit, 0)}). ` +
        'Dela upp den eller ta bort blad som inte ska kontrolleras.',
    ),

  beyondGrid: () =>
    new WorkbookReadError(
      'too-large',
      `Arbetsboken har för många celler: celler utanför Excels ${formatSwedishNumber(MAX_ROWS, 0)} rader ` +
        `eller ${formatSwedishNumber(MAX_COLUMNS, 0)} kolumner. Filen kan vara skadad; öppna den i Excel och spara den igen.`,
    ),

  unpackedTooLarge: (limit = MAX_UNPACKED_BYTES) =>
    new WorkbookReadError(
      'too-large',
      `Arbetsboken blir för stor när den packas upp (över ${limit / MB} MB) och läses inte. ` +
        'Filen kan vara skadad; öppna den i Excel, ta bort det som inte ska kontrolleras och spara den igen.',
    ),
};
