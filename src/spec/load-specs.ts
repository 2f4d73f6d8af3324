import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../package-root';
import type { OpenApiDocument } from './openapi-types';

export interface SpecDocument {
  /** The vendor key (`vsphere`, `astra`, ...): the file's base name. */
  readonly vendor: string;
  readonly file: string;
  readonly doc: OpenApiDocument;
}

export function defaultSpecDir(): string {
  return path.join(packageRoot(), 'specs');
}

/**
 * Reads every `*.yaml` OpenAPI document in `dir`, one per vendor, in name order; with `vendors`,
 * only theirs (a spec takes up to 150 ms to parse: `serve --api cbr` need not read the others).
 */
export function loadSpecs(dir: string = defaultSpecDir(), vendors?: readonly string[]): SpecDocument[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && (vendors === undefined || vendors.includes(path.basename(name, '.yaml'))))
    .sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    const doc = parseYaml(file);
    if (!doc || typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1')) {
      throw new Error(`${file}: not an OpenAPI 3.1 document (openapi: ${String(doc?.openapi)})`);
    }
    return { vendor: path.basename(name, '.yaml'), file, doc };
  });
}

function parseYaml(file: string): OpenApiDocument {
  try {
    return parse(fs.readFileSync(file, 'utf8')) as OpenApiDocument;
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
}
