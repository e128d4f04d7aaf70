/**
 * Associates the worksheet functions with the ids in functions.json. Called once, synchronously,
 * when the pane's bundle starts (an association made after an await can miss the first call).
 * Only inside Excel's shared runtime is there a CustomFunctions global; elsewhere nothing happens.
 */
import { customFunctionsApi, type CustomFunctionsApi } from './customFunctionsApi';
import { index, upprakna } from './functions';

/** id in functions.json -> implementation. */
export const CUSTOM_FUNCTIONS = { UPPRAKNA: upprakna, INDEX: index } as const;

/** True when the functions were associated. */
export function registerCustomFunctions(api: CustomFunctionsApi | undefined = customFunctionsApi()): boolean {
  if (!api) return false;
  for (const [id, fn] of Object.entries(CUSTOM_FUNCTIONS)) api.associate(id, fn);
  return true;
}
