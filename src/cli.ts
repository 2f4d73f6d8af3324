import { runBenchCommand } from './cli/bench-command';
import { CONTRACT_HELP, runContractCommand } from './cli/contract-command';
import { runFixturesCommand } from './cli/fixtures-command';
import { runServeCommand, SERVE_HELP } from './cli/serve-command';
import { runSpecsCommand } from './cli/specs-command';
import { runValidateCommand } from './cli/validate-command';

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

export const COMMANDS: Record<string, Command> = {
  serve: runServeCommand,
  fixtures: runFixturesCommand,
  bench: runBenchCommand,
  specs: runSpecsCommand,
  validate: runValidateCommand,
  contract: runContractCommand,
};

/** The `taskmock` command line: decodes argv once and hands over to one command. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`taskmock: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  return command(rest);
}
