/**
 * The bundled example workbook ("Öppna exempel"). webpack.config.js copies
 * tests/fixtures/clean/<EXAMPLE_FILE> to dist/examples/, next to taskpane.html.
 */
export const EXAMPLE_FILE = 'periodrapport-kultur-2025.xlsx';
export const EXAMPLE_URL = `examples/${EXAMPLE_FILE}`;
