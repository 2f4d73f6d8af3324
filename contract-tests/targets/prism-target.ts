import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPrism } from '../../src/prism/start-prism';
import { urlTarget, type UrlTarget, type UrlTargetOptions } from './url-target';

export interface PrismTarget extends UrlTarget {
  /** Prism's log, for when an answer needs explaining. */
  readonly logFile: string;
  stop(): Promise<void>;
}

export type PrismTargetOptions = Partial<Pick<UrlTargetOptions, 'budget' | 'ratePerSecond' | 'timeoutMs' | 'secrets'>> & {
  /** Where Prism's log goes (default: a new temporary folder). */
  readonly logDir?: string;
};

/**
 * `prism mock <spec>` on a free loopback port, as a url target that is stateless (Prism
 * invents every answer from the spec, so paging walks and filter invariants cannot hold and
 * those probes are skipped with that reason) and never taskmock. Call `stop()` when done.
 */
export async function prismTarget(specPath: string, options: PrismTargetOptions = {}): Promise<PrismTarget> {
  const vendor = path.basename(specPath, path.extname(specPath));
  const logDir = options.logDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-contract-prism-'));
  const prism = await startPrism(specPath, logDir);
  const target = urlTarget(prism.baseUrl, {
    // Prism runs on this machine and costs nothing: a large budget, no rate limit.
    budget: options.budget ?? 10_000,
    ratePerSecond: options.ratePerSecond ?? 0,
    timeoutMs: options.timeoutMs ?? 10_000,
    secrets: options.secrets,
    taskmock: false,
    stateful: false,
    name: `prism (${vendor})`,
  });
  return {
    name: target.name,
    stateful: target.stateful,
    isTaskmock: target.isTaskmock,
    get sent() {
      return target.sent;
    },
    send: (request) => target.send(request),
    logFile: prism.logFile,
    stop: () => prism.stop(),
  };
}
