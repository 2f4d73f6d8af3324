/** The options of `taskmock serve`, apart from the command so the CLI's usage text loads no server code. */
export const SERVE_HELP = `taskmock serve [options]
  --port N             shared port (default 4010)
  --host H             address to bind (default 127.0.0.1)
  --api KEYS           all (default), one vendor key or a comma list
  --api-port KEY=N     give one API its own port (repeatable), e.g. --api-port astra=4011
  --data DIR           data set made by \`taskmock fixtures\` (default: the embedded one)
  --seed N             seed of ids the server makes (sessions, request ids; default 1)
  --now ISO            simulated clock start (default: the data set's "now")
  --clock-rate R       simulated seconds per real second (default 1; 0 freezes the clock)
  --arrivals R         new tasks per simulated hour: one number for every API, or KEY=N,...
                       (default: each API's own rate; 0 turns arrivals off; none while frozen)
  --state-file FILE    keep every change the admin API acknowledged in FILE (fsynced before
                       the answer) and pick it up again at the next start
  --config FILE        JSON {"settings": {"<vendor>": {...}}} (e.g. vsphere mirrorStatus, token)`;
