import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { OpenApiDocument, OperationObject, ResponseObject } from '../spec/openapi-types';

/**
 * A copy of a vendor spec whose default operation's success example is exactly the response
 * taskmock gave, so Prism serves the same bytes' worth of JSON and the comparison is fair.
 */
export function writePrismSpec(specFile: string, operationId: string, status: number, body: unknown, outDir: string): string {
  const doc = parse(fs.readFileSync(specFile, 'utf8')) as OpenApiDocument;
  let found = false;
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item) as OperationObject[]) {
      if (typeof op !== 'object' || op === null || op.operationId !== operationId) continue;
      const response = op.responses?.[String(status)] as ResponseObject | undefined;
      for (const media of Object.values(response?.content ?? {})) {
        media.examples = { taskmock: { summary: 'the response taskmock gave', value: body } };
        found = true;
      }
    }
  }
  if (!found) throw new Error(`${specFile}: no ${status} response content for ${operationId}`);
  const file = path.join(outDir, `prism-${path.basename(specFile)}`);
  fs.writeFileSync(file, stringify(doc));
  return file;
}
