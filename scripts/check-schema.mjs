// Checks the example provider files against the documented JSON Schema (docs/providers.schema.json).
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('..', import.meta.url);
const read = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(await read('docs/providers.schema.json'));

let failed = false;
for (const file of ['demo/providers.example.json']) {
  if (validate(await read(file))) {
    console.log(`${file} matches docs/providers.schema.json`);
  } else {
    failed = true;
    console.error(`${file} does not match docs/providers.schema.json:`);
    for (const e of validate.errors ?? []) console.error(`  ${e.instancePath || '/'} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
