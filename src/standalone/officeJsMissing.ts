import type { PaneMessage } from '../taskpane/errorMessage';

/** Shown in Excel when office.js could not be fetched from Microsoft, so the workbook is out of reach. */
export const OFFICE_JS_MISSING: PaneMessage = {
  intent: 'warning',
  title: 'Periodkoll når inte arbetsboken i Excel',
  text: 'Office-biblioteket (office.js) kunde inte hämtas från Microsoft (appsforoffice.microsoft.com), så tillägget kan inte läsa eller markera arbetsboken. Kontrollera nätverket eller att adressen inte blockeras, och öppna Periodkoll igen. Under tiden kan du öppna en sparad kopia av filen här.',
};
