/**
 * How much a file reader accepts before refusing with "too-large". ExcelJS holds every cell as
 * an object (measured: about 0.6 kB of heap per cell, 1.4 GB of memory at the peak of reading a
 * million cells), so these limits keep a CLI run or a browser tab from running out of memory
 * instead of answering; a periodrapport is far below all of them.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Cells (<c> elements, with or without a value) counted in the worksheet XML: before ExcelJS
 * parses it, and by the streaming reader as it scans it.
 */
export const MAX_CELLS = 2_000_000;

/**
 * Sum of the unpacked worksheet XML: cells with long texts pass the cell count but still cost
 * their bytes. Checked from the ZIP directory and again while unpacking (the directory may lie).
 */
export const MAX_WORKSHEET_XML_BYTES = 250 * 1024 * 1024;

/** Every part of the package unpacked (sheets, shared strings, pictures …): a small zip can unpack to gigabytes. */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

/** The four limits together, so a reader can be handed its own. */
export interface ReadLimits {
  fileBytes: number;
  cells: number;
  worksheetXmlBytes: number;
  unpackedBytes: number;
}

/** The ExcelJS reader's limits (loadXlsx, xlsxPackage, workbookModel). */
export const EXCELJS_LIMITS: ReadLimits = {
  fileBytes: MAX_FILE_BYTES,
  cells: MAX_CELLS,
  worksheetXmlBytes: MAX_WORKSHEET_XML_BYTES,
  unpackedBytes: MAX_UNPACKED_BYTES,
};

/**
 * The streaming reader's limits when it is the one that reads (readWorkbookBuffer: the CLI's
 * check, control without --out, scenario and index). It keeps only the model, repeated values
 * shared (measured: about 40 bytes of heap per cell, under 600 MB at the peak of reading
 * 10 000 000 cells, a 1 000 000-row huvudbok), so its limits are six times ExcelJS's; what still
 * bounds it is the model itself. Unpacked bytes count only the parts it unpacks (sheets,
 * strings, styles): pictures are never unpacked.
 */
export const READ_ONLY_LIMITS: ReadLimits = {
  fileBytes: 200 * 1024 * 1024,
  cells: 12_000_000,
  worksheetXmlBytes: 1536 * 1024 * 1024,
  unpackedBytes: 1664 * 1024 * 1024,
};

/** Excel's grid: a cell past it means a damaged (or hostile) file. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
