import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-root';

/** taskmock's own version, from its package.json: reports carry it and the server names itself with it. */
export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
