import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder that holds taskmock's package.json, found from this file whether it runs
 * from `src/` (tests) or from `dist/src/` (the built CLI), so specs and fixtures resolve
 * the same way in both.
 */
export function packageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && readName(manifest) === 'taskmock') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`taskmock: no taskmock package.json above ${start}`);
    dir = parent;
  }
}

function readName(manifest: string): unknown {
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
}
