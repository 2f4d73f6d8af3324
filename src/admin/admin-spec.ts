import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../package-root';
import type { SpecDocument } from '../spec/load-specs';
import type { OpenApiDocument } from '../spec/openapi-types';
import { createValidators, type Validators } from '../validation/create-validators';

export const ADMIN_SPEC_KEY = 'admin';

export function adminSpecFile(): string {
  return path.join(packageRoot(), 'specs', 'admin', 'admin.yaml');
}

/** The admin API's own OpenAPI document, apart from the five vendor specs. */
export function loadAdminSpec(file = adminSpecFile()): SpecDocument {
  return { vendor: ADMIN_SPEC_KEY, file, doc: parse(fs.readFileSync(file, 'utf8')) as OpenApiDocument };
}

/** The admin API's validators, compiled once by the same code as the vendors' (Ajv strict). */
export function createAdminValidators(): Validators {
  return createValidators([loadAdminSpec()]);
}
