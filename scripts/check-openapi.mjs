// Validates OpenAPI documents against the official OpenAPI 3.x JSON schemas with
// @seriousme/openapi-schema-validator (ESM-only, so it runs here rather than inside Jest).
// Usage: node scripts/check-openapi.mjs specs/*.yaml  → prints one JSON result per file.
import { Validator } from '@seriousme/openapi-schema-validator';

const results = [];
for (const file of process.argv.slice(2)) {
  const validator = new Validator();
  const res = await validator.validate(file);
  results.push({ file, valid: res.valid, version: validator.version, errors: res.errors ?? [] });
}
console.log(JSON.stringify(results, null, 2));
process.exitCode = results.every((r) => r.valid) ? 0 : 1;
