/**
 * The part of office.js's `CustomFunctions` global that Periodkoll uses, typed here rather than
 * through another type package. It exists only when Excel loaded the page as the add-in's shared
 * runtime; the stand-alone page and jest have none (tests install a fake).
 */
export interface CustomFunctionsApi {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

export function customFunctionsApi(): CustomFunctionsApi | undefined {
  const api = (globalThis as { CustomFunctions?: Partial<CustomFunctionsApi> }).CustomFunctions;
  return api && typeof api.associate === 'function' && typeof api.Error === 'function' && api.ErrorCode ? (api as CustomFunctionsApi) : undefined;
}
