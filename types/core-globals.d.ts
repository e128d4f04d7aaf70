// The few platform globals the engine uses that every host has (browsers, Web Workers, Node) but
// the ES library does not declare. Only tsconfig.core.json includes this file.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
