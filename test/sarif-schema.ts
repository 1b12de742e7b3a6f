// Validates SARIF logs against the official SARIF 2.1.0 JSON schema (OASIS errata 01, JSON Schema draft-04).
//
// test/schemas/sarif-schema-2.1.0.json is a byte-for-byte copy of sarif-2.1/schema/sarif-schema-2.1.0.json in the
// OASIS TC's public repository oasis-tcs/sarif-spec at commit e0583813964ec43cea53b6b531b402866095ed1f, brought in
// with the search tool's `fetch` of that repository (sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e).
// Its `id` is the schema's published address on docs.oasis-open.org.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(path.join(__dirname, 'schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema violations of `log`, one line each (instance path and message); empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
