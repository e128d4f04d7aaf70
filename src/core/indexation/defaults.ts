import type { IndexTable } from './series';

/**
 * The bundled default index table. It holds ONLY the published values that the project's domain
 * guide gives (DOMAIN §3.7); every other year is missing on purpose and is reported as missing.
 * A workbook overrides or extends it with an `Index` sheet (see readIndexSheet).
 */
export const BUNDLED_INDEX_DATE = '2026-11-25';

export const DEFAULT_INDEX_TABLE: IndexTable = {
  series: [
    {
      name: 'LPIK',
      aliases: ['LPI'],
      kind: 'percent',
      values: { 2024: 3.5 },
      source:
        'SKR, landstingsprisindex (LPIK/LPI), årlig förändring i %. 2024: 3,5 % enligt "pris- och löneuppräkning i enlighet med landstingsprisindex med 3,5 %" i Region Örebro läns verksamhetsplan med budget 2024',
      date: BUNDLED_INDEX_DATE,
    },
    {
      name: 'PKV',
      kind: 'percent',
      values: { 2015: 2.4, 2016: 2.7, 2017: 2.8 },
      source: 'SKR, prisindex för kommunal verksamhet (PKV), årlig förändring i %',
      date: BUNDLED_INDEX_DATE,
    },
    {
      name: 'KPI',
      kind: 'level',
      values: { 2021: 343.19, 2022: 371.91, 2023: 403.7 },
      decimals: 2,
      base: '1980 = 100',
      source: 'SCB, konsumentprisindex (KPI), årsmedeltal, 1980 = 100',
      date: BUNDLED_INDEX_DATE,
    },
  ],
};
