/**
 * The worksheet functions PERIODKOLL.UPPRÄKNA and PERIODKOLL.INDEX. The JSDoc below is the source
 * of functions.json (scripts/functionsMetadata.js): ids in ASCII (Excel allows only A–Z, 0–9, "_"
 * and "." in an id), display names and descriptions in Swedish. The logic is in core
 * (indexFunctions.ts); here only the index table is chosen and errors become Excel's.
 */
import { isIndexFunctionError, indexValueFunction, upliftFunction, type IndexFunctionResult } from '../core/indexation/indexFunctions';
import { customFunctionsApi } from './customFunctionsApi';
import { functionIndexTable } from './indexSource';

/**
 * Räknar upp ett värde med prisindex från basåret till målåret, t.ex. 2023 års värde till 2025 med LPIK. Ett indexvärde som saknas ger #SAKNAS!, aldrig 0 %.
 * @customfunction UPPRAKNA UPPRÄKNA
 * @param värde Värdet som ska räknas upp, t.ex. 2023 års belopp.
 * @param basår Året som värdet avser.
 * @param målår Året som värdet räknas upp till.
 * @param [serie] Indexserien: LPIK (standard), PKV, KPI eller en serie från dina indexvärden eller bladet Index.
 * @param [eftersläpning] Antal års eftersläpning i indexåren (standard 0).
 * @returns Det uppräknade värdet.
 */
export function upprakna(värde: number, basår: number, målår: number, serie?: string, eftersläpning?: number): number {
  return excelValue(upliftFunction(functionIndexTable(), värde, basår, målår, serie, eftersläpning));
}

/**
 * Indexseriens värde för ett år: förändringen i procent som tal (3,5 för 3,5 %) eller indexnivån (KPI 403,7). Ett värde som saknas ger #SAKNAS!.
 * @customfunction INDEX INDEX
 * @param serie Indexserien, t.ex. LPIK, PKV eller KPI.
 * @param år Året.
 * @returns Förändringen i procent eller indexnivån.
 */
export function index(serie: string, år: number): number {
  return excelValue(indexValueFunction(functionIndexTable(), serie, år));
}

/** A number for the cell, or Excel's error with the Swedish message: #SAKNAS! (#N/A) or #VÄRDEFEL! (#VALUE!). */
function excelValue(result: IndexFunctionResult): number {
  if (!isIndexFunctionError(result)) return result;
  const api = customFunctionsApi();
  if (!api) throw new Error(result.message);
  throw new api.Error(result.error === 'not-available' ? api.ErrorCode.notAvailable : api.ErrorCode.invalidValue, result.message);
}
