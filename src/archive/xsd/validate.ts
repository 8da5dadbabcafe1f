/**
 * Validates XML against the vendored Noark 5 schemas (vendor/noark5/) with libxml2 in
 * WebAssembly (xmllint-wasm). The schema's imports (metadatakatalog.xsd) are preloaded by file
 * name, so the schemas are read as published. For tests and checks of produced files; an extract
 * can call it for each file it writes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

export const NOARK5_DIR = fileURLToPath(new URL('../../../vendor/noark5/', import.meta.url));

export type Noark5Schema =
  'arkivstruktur' | 'endringslogg' | 'loependeJournal' | 'offentligJournal' | 'addml';

const IMPORTS: Record<Noark5Schema, readonly string[]> = {
  arkivstruktur: ['metadatakatalog'],
  endringslogg: ['metadatakatalog'],
  loependeJournal: ['metadatakatalog'],
  offentligJournal: ['metadatakatalog'],
  addml: [],
};

function schemaFile(name: string): { fileName: string; contents: string } {
  return { fileName: `${name}.xsd`, contents: readFileSync(`${NOARK5_DIR}${name}.xsd`, 'utf8') };
}

export interface XsdResult {
  valid: boolean;
  /** libxml2's messages, each with its line in the XML. */
  errors: string[];
}

export async function validateNoark5(
  xml: string,
  schema: Noark5Schema,
  options: { fileName?: string; maxMemoryPages?: number } = {},
): Promise<XsdResult> {
  const result = await validateXML({
    xml: { fileName: options.fileName ?? `${schema}.xml`, contents: xml },
    schema: schemaFile(schema),
    preload: IMPORTS[schema].map(schemaFile),
    ...(options.maxMemoryPages !== undefined ? { maxMemoryPages: options.maxMemoryPages } : {}),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
