/** Index series as data and indexuppräkning (DOMAIN §3.7). */
export * from './series';
export * from './defaults';
export * from './uplift';
export * from './readIndexSheet';
export * from './overlay';
export { missingMessage } from './missingMessage';
export { formatFactor } from './chainText';
export * from './table/readIndexTable';
export * from './provenance';
export * from './userStore';
export * from './importPreview';
export * from './indexFunctions';
export * from './plainUpliftFormula';
