/**
 * functions.json as the build writes it, generated from the JSDoc in src/functions/functions.ts:
 * both functions with ASCII ids (Excel allows only A–Z, 0–9, "_" and "." in an id) and Swedish
 * display names, parameters and descriptions, and the ids the page associates.
 */
import { CUSTOM_FUNCTIONS } from '../../src/functions/register';

interface Parameter {
  name: string;
  type: string;
  optional?: boolean;
  description: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type: string };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateFunctionsMetadata } = require('../../scripts/functionsMetadata.js') as {
  generateFunctionsMetadata(): Promise<{ metadata?: { functions: FunctionMetadata[] }; associate: Array<{ id: string; functionName: string }>; errors: string[] }>;
};

let generated: Awaited<ReturnType<typeof generateFunctionsMetadata>>;
const fn = (id: string) => generated.metadata!.functions.find((f) => f.id === id)!;
const shape = (f: FunctionMetadata) => f.parameters.map((p) => [p.name, p.type, p.optional ?? false]);

beforeAll(async () => {
  generated = await generateFunctionsMetadata();
}, 60_000);

it('generates without errors, exactly the two functions', () => {
  expect(generated.errors).toEqual([]);
  expect(generated.metadata!.functions.map((f) => f.id)).toEqual(['UPPRAKNA', 'INDEX']);
});

it('UPPRÄKNA(värde; basår; målår; [serie]; [eftersläpning]) under the ASCII id UPPRAKNA', () => {
  const f = fn('UPPRAKNA');
  expect(f.name).toBe('UPPRÄKNA');
  expect(f.id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
  expect(shape(f)).toEqual([
    ['värde', 'number', false],
    ['basår', 'number', false],
    ['målår', 'number', false],
    ['serie', 'string', true],
    ['eftersläpning', 'number', true],
  ]);
  expect(f.result.type).toBe('number');
  expect(f.description).toMatch(/^Räknar upp ett värde med prisindex från basåret till målåret/);
  expect(f.description).toContain('#SAKNAS!');
  expect(f.parameters.find((p) => p.name === 'serie')!.description).toContain('LPIK (standard)');
  expect(f.parameters.find((p) => p.name === 'eftersläpning')!.description).toContain('standard 0');
});

it('INDEX(serie; år)', () => {
  const f = fn('INDEX');
  expect(f.name).toBe('INDEX');
  expect(shape(f)).toEqual([
    ['serie', 'string', false],
    ['år', 'number', false],
  ]);
  expect(f.description).toContain('förändringen i procent som tal (3,5 för 3,5 %) eller indexnivån');
});

it('every description is Swedish text, every function and parameter has one', () => {
  for (const f of generated.metadata!.functions) {
    for (const text of [f.description, ...f.parameters.map((p) => p.description)]) {
      expect(text.length).toBeGreaterThan(3);
      expect(text).not.toMatch(/\b(the|value|year|series)\b/i);
    }
  }
});

it('the page associates exactly the ids in the metadata, with the functions the JSDoc describes', () => {
  expect(Object.keys(CUSTOM_FUNCTIONS)).toEqual(generated.metadata!.functions.map((f) => f.id));
  for (const { id, functionName } of generated.associate) {
    expect(CUSTOM_FUNCTIONS[id as keyof typeof CUSTOM_FUNCTIONS].name).toBe(functionName);
  }
});
