/** The options of `taskmock contract`, apart from the command so the CLI's usage text loads no contract suite. */
export const CONTRACT_HELP = `taskmock contract [options]
  --api KEYS           all (default), one vendor key or a comma list
  --base-url URL       check the server at URL (every selected API under it); default: the
                       in-process mock, where every documented response and parameter must be exercised
  --prism              check \`prism mock\` of each spec instead (stateful probes skipped, with the reason)
  --taskmock           the server at the base URL is taskmock, so its /__admin may be used (it is
                       also recognised by its answers' \`Server: taskmock/<version>\`; an unknown
                       system is never asked)
  --config FILE        JSON {"<vendor>": {"token", "username", "password", "baseUrl", "parameters": {...}}}
                       (TASKMOCK_<VENDOR>_TOKEN, _USERNAME, _PASSWORD, _<PARAM> variables win over it)
  --budget N           most requests per API against a URL (default 500)
  --rate N             most requests per second against a URL (default 5; 0: no limit, for your own mock)
  --timeout MS         per request (default 10000)
  --page-budget N      most pages one paging walk may request
  --junit FILE         write JUnit XML (one testcase per operation and check)
  --json FILE          write every finding as JSON
  --strict             drift fails the run too
Exit: 0 passed (drift allowed unless --strict), 1 failures, 2 usage error.`;
