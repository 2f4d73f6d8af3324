import { CONTRACT_HELP } from './cli/contract-help';
import { SERVE_HELP } from './cli/serve-help';

const USAGE = `Usage: taskmock <command> [options]

Commands:
  serve                               serve all five APIs (see below)
  fixtures --seed N --count N --out DIR [--api KEYS] [--now ISO]
                                      generate a data set (NDJSON per vendor + manifest.json)
  bench [--api KEYS] [--seconds N] [--connections N] [--scale N]
                                      taskmock vs precomputed Express, node:http and Prism; 1M-task scale run
  specs                               list every spec operation, its responses and default request
  validate <operationId> <status> <file.json>
                                      check a response body against the spec (exit 1 when invalid)
  contract [--api KEYS] [--base-url URL | --prism] [--junit FILE] [--json FILE] [--strict]
                                      contract-test the in-process mock, a server or Prism against the specs

Options:
  -h, --help                          show this help

${SERVE_HELP}

${CONTRACT_HELP}`;

type Command = (args: string[]) => Promise<number> | number;

/**
 * Each command's code is loaded only when that command runs: `serve` (the Docker image, after
 * `npm prune --omit=dev`) must not load what only `bench` or `contract` need, and every module
 * it does not load is heap the server's garbage collector never has to walk.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./cli/serve-command')).runServeCommand,
  fixtures: async () => (await import('./cli/fixtures-command')).runFixturesCommand,
  bench: async () => (await import('./cli/bench-command')).runBenchCommand,
  specs: async () => (await import('./cli/specs-command')).runSpecsCommand,
  validate: async () => (await import('./cli/validate-command')).runValidateCommand,
  contract: async () => (await import('./cli/contract-command')).runContractCommand,
};

/** The `taskmock` command line: decodes argv once and hands over to one command. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`taskmock: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command(rest);
}
