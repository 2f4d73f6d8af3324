import { spawnSync } from 'node:child_process';
import { packageRoot } from '../../package-root';

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a project tool (from node_modules/.bin or node itself) in the package root. */
export function runCommand(command: string, args: readonly string[], timeoutMs = 120_000): CommandResult {
  const result = spawnSync(command, args, {
    cwd: packageRoot(),
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, PATH: `${packageRoot()}/node_modules/.bin:${process.env['PATH'] ?? ''}` },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
