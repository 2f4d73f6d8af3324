import { runContract } from '../../contract-tests/run-contract';
import type { ContractResult, Target } from '../../contract-tests/contract-types';
import { coverageOf, requireFullCoverage } from '../../contract-tests/coverage';
import { loadCredentials, type LoadedCredentials } from '../../contract-tests/credentials';
import { redact } from '../../contract-tests/redact';
import { consoleSummary } from '../../contract-tests/report/console-summary';
import { totalsOf } from '../../contract-tests/report/test-cases';
import { writeJsonReport } from '../../contract-tests/report/write-json-report';
import { writeJunit } from '../../contract-tests/report/write-junit';
import { createInProcessApp, IN_PROCESS_VARIANTS } from '../../contract-tests/targets/in-process-app';
import { inProcessTarget } from '../../contract-tests/targets/in-process-target';
import { prismTarget } from '../../contract-tests/targets/prism-target';
import { InvalidBaseUrl, urlTarget } from '../../contract-tests/targets/url-target';
import { loadSpecs, type SpecDocument } from '../spec/load-specs';
import { createValidators, type Validators } from '../validation/create-validators';
import { CONTRACT_HELP } from './contract-help';
import { parseOptions, selectVendors, toInteger } from './parse-options';

const OPTIONS = {
  api: { type: 'string' },
  'base-url': { type: 'string' },
  prism: { type: 'boolean' },
  taskmock: { type: 'boolean' },
  config: { type: 'string' },
  budget: { type: 'string' },
  rate: { type: 'string' },
  timeout: { type: 'string' },
  'page-budget': { type: 'string' },
  junit: { type: 'string' },
  json: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Plan {
  readonly vendors: readonly string[];
  readonly baseUrl?: string;
  readonly prism: boolean;
  readonly taskmock: boolean;
  readonly configFile?: string;
  readonly budget: number;
  readonly rate: number;
  readonly timeoutMs: number;
  readonly pageBudget?: number;
  readonly junit?: string;
  readonly json?: string;
  readonly strict: boolean;
}

/** A target for one vendor, whether its run must cover everything, and how to let it go. */
interface Chosen {
  readonly target: Target;
  readonly inProcess: boolean;
  stop?(): Promise<void>;
}

/**
 * `taskmock contract`: runs the contract suite for each selected API against one target
 * (in-process mock, a base URL, or Prism), prints the summary, writes the reports, and exits
 * 1 on any failure (drift too with --strict), 0 otherwise, 2 on a usage error.
 */
export async function runContractCommand(args: string[]): Promise<number> {
  let plan: Plan;
  let validators: Validators;
  let credentials: LoadedCredentials;
  try {
    const specs = loadSpecs();
    const parsed = parsePlan(args, specs);
    if (parsed === 'help') {
      console.log(CONTRACT_HELP);
      return 0;
    }
    plan = parsed;
    validators = createValidators(specs);
    credentials = loadCredentials({ validators, env: process.env, configFile: plan.configFile });
  } catch (error) {
    // Options, --api keys, numbers, the base URL and the config file: all the user's to fix.
    console.error(`taskmock contract: ${(error as Error).message}\n\n${CONTRACT_HELP}`);
    return 2;
  }
  const log = (line: string) => console.log(redact(line, credentials.secrets));
  const startedAt = new Date().toISOString();
  const results: ContractResult[] = [];
  const inProcessVendors: string[] = [];
  let shared: Target | undefined;
  const inProcess = (): Target => (shared ??= inProcessTarget(createInProcessApp(validators, plan.vendors)));
  const run = async (vendor: string, target: Target) => {
    log(`contract: ${vendor} against ${target.name}${target.isTaskmock ? ' (taskmock: /__admin allowed)' : ''}`);
    results.push(await runContract({ vendor, target, credentials, validators, pageBudget: plan.pageBudget }));
  };
  try {
    for (const vendor of plan.vendors) {
      const chosen = await chooseTarget(vendor, plan, credentials, validators, inProcess);
      try {
        await run(vendor, chosen.target);
      } finally {
        await chosen.stop?.();
      }
      if (!chosen.inProcess) continue;
      inProcessVendors.push(vendor);
      for (const variant of IN_PROCESS_VARIANTS.filter((v) => v.vendor === vendor)) {
        const app = createInProcessApp(validators, [vendor], { [vendor]: variant.settings });
        await run(vendor, inProcessTarget(app, `taskmock (in-process, ${variant.label})`));
      }
    }
  } catch (error) {
    if (error instanceof InvalidBaseUrl) {
      console.error(`taskmock contract: ${redact(error.message, credentials.secrets)}`);
      return 2;
    }
    console.error(`taskmock contract: ${redact(error instanceof Error ? error.message : String(error), credentials.secrets)}`);
    return 1;
  }
  const coverage = coverageOf(results, validators);
  // Full coverage is asked of our own mock only: a real system need not show every error.
  const ours = coverageOf(results.filter((r) => inProcessVendors.includes(r.vendor)), validators);
  const final = requireFullCoverage(results, ours);
  const secrets = credentials.secrets;
  console.log(consoleSummary(final, { coverage, secrets }));
  if (plan.junit !== undefined) {
    writeJunit(final, plan.junit, secrets);
    log(`contract: JUnit XML in ${plan.junit}`);
  }
  if (plan.json !== undefined) {
    writeJsonReport(plan.json, { results: final, coverage, startedAt, secrets });
    log(`contract: JSON report in ${plan.json}`);
  }
  const totals = totalsOf(final);
  return totals.failures > 0 || (plan.strict && totals.drift > 0) ? 1 : 0;
}

function parsePlan(args: string[], specs: readonly SpecDocument[]): Plan | 'help' {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values.help) return 'help';
  if (positionals.length > 0) throw new Error(`unexpected argument '${positionals[0]}'`);
  if (values['base-url'] !== undefined && values.prism) throw new Error('give --base-url or --prism, not both');
  if (values.taskmock && values.prism) throw new Error('--taskmock describes a --base-url server; Prism is never taskmock');
  if (values['base-url'] !== undefined) urlTarget(values['base-url'], { budget: 0, ratePerSecond: 0, timeoutMs: 1 }); // refuses a bad URL now, as a usage error
  return {
    vendors: selectVendors(specs, values.api).map((s) => s.vendor),
    baseUrl: values['base-url'],
    prism: values.prism ?? false,
    taskmock: values.taskmock ?? false,
    configFile: values.config,
    budget: toInteger('budget', values.budget, 500, 1),
    rate: toNumber('rate', values.rate, 5, 0),
    timeoutMs: toInteger('timeout', values.timeout, 10_000, 1),
    pageBudget: values['page-budget'] === undefined ? undefined : toInteger('page-budget', values['page-budget'], 0, 1),
    junit: values.junit,
    json: values.json,
    strict: values.strict ?? false,
  };
}

/** --prism, else --base-url, else the vendor's `baseUrl` in --config, else the in-process mock. */
async function chooseTarget(vendor: string, plan: Plan, credentials: LoadedCredentials, validators: Validators, inProcess: () => Target): Promise<Chosen> {
  const secrets = () => credentials.secrets;
  if (plan.prism) {
    const spec = validators.specs.find((s) => s.vendor === vendor);
    if (!spec) throw new Error(`no spec for ${vendor}`);
    const target = await prismTarget(spec.file, { timeoutMs: plan.timeoutMs, secrets });
    return { target, inProcess: false, stop: () => target.stop() };
  }
  const baseUrl = plan.baseUrl ?? credentials.baseUrl(vendor);
  if (baseUrl !== undefined) {
    const options = { budget: plan.budget, ratePerSecond: plan.rate, timeoutMs: plan.timeoutMs, secrets, taskmock: plan.taskmock };
    return { target: urlTarget(baseUrl, options), inProcess: false };
  }
  return { target: inProcess(), inProcess: true };
}

function toNumber(name: string, value: string | undefined, fallback: number, least = Number.MIN_VALUE): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < least) throw new Error(`--${name} must be a number ${least === 0 ? '>= 0' : '> 0'}, got '${value}'`);
  return n;
}
