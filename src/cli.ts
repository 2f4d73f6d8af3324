import { parseArgs } from 'node:util';
import { runSpecsCommand } from './cli/specs-command';
import { runValidateCommand } from './cli/validate-command';

const USAGE = `Usage: taskmock <command> [options]

Commands:
  specs                               list every spec operation, its responses and default request
  validate <operationId> <status> <file.json>
                                      check a response body against the spec (exit 1 when invalid)

Options:
  -h, --help                          show this help`;

type Command = (args: string[]) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  specs: runSpecsCommand,
  validate: runValidateCommand,
};

/** The `taskmock` command line: decodes argv once and hands over to one command. */
export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
  });
  const [name, ...rest] = positionals;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (values['help'] || !command) {
    (command || values['help'] ? console.log : console.error)(USAGE);
    return values['help'] ? 0 : 2;
  }
  return command(rest);
}
