import type { IndexOrigin, IndexTable } from './series';

/**
 * The bundled default index table. It holds ONLY values found in public material that can be
 * cited, each year with its source, publication date and status as that source gave it. Every
 * other year is missing on purpose and is reported as missing: SKR revises LPIK and PKV at every
 * skatteunderlagsprognos, so current values come from the user's own store or the workbook.
 */
export const BUNDLED_INDEX_DATE = '2026-12-03';

const SCB_KPI =
  'SCB, Konsumentprisindex (1980=100), fastställda tal, årsmedel (scb.se › Konsumentprisindex (KPI) › Tabell och diagram › KPI, fastställda tal)';
const SKL_PKV =
  'SKL, prisindex för kommunal verksamhet (PKV), årlig förändring i %, enligt SKL:s hemsida 2017-09-28 (återgivet i SKL:s svar "Prisindex", skl.se, 2017-12-19)';
const ORU_LPIK =
  'Region Örebro län, verksamhetsplan med budget 2024: "pris- och löneuppräkning i enlighet med landstingsprisindex med 3,5 %"';

const origin = (source: string, date: string, status: IndexOrigin['status']): IndexOrigin => ({ layer: 'bundled', source, date, status });

function origins(years: number[], make: (year: number) => IndexOrigin): Record<number, IndexOrigin> {
  return Object.fromEntries(years.map((y) => [y, make(y)]));
}

const KPI_LEVELS: Record<number, number> = {
  2015: 313.35,
  2016: 316.43,
  2017: 322.11,
  2018: 328.4,
  2019: 334.26,
  2020: 335.92,
  2021: 343.19,
  2022: 371.91,
  2023: 403.7,
};

export const DEFAULT_INDEX_TABLE: IndexTable = {
  series: [
    {
      name: 'LPIK',
      aliases: ['LPI'],
      kind: 'percent',
      values: { 2024: 3.5 },
      source: ORU_LPIK,
      // A budget assumption when it was written, not an outcome.
      origins: origins([2024], () => origin(ORU_LPIK, '2023', 'prognos')),
      date: '2023',
    },
    {
      name: 'PKV',
      kind: 'percent',
      values: { 2015: 2.4, 2016: 2.7, 2017: 2.8 },
      source: SKL_PKV,
      // On 2017-09-28 the year 2017 was not over: SKL's figure for it was a forecast.
      origins: origins([2015, 2016, 2017], (y) => origin(SKL_PKV, '2017-09-28', y < 2017 ? 'utfall' : 'prognos')),
      date: '2017-09-28',
    },
    {
      name: 'KPI',
      kind: 'level',
      values: KPI_LEVELS,
      decimals: 2,
      base: '1980 = 100',
      source: SCB_KPI,
      origins: origins(Object.keys(KPI_LEVELS).map(Number), () => origin(SCB_KPI, '2024-04', 'utfall')),
      date: '2024-04',
    },
  ],
};
