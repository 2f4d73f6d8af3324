import type { DialectSetup, RequestParams } from '../../src/dialect';
import { JsonItemBlocks } from '../../src/http/json-item-blocks';
import { WeakMemo } from '../../src/runtime/weak-memo';
import { accountOfResourceUri, readAccountSettings } from './accounts';
import type { AstraTask } from './astra-task';
import { bearerToken } from './auth';
import type { ListPlan } from './list-plan';

/** A task and where its JSON, serialised once at load, lies: list answers join those bytes. */
export interface StoredTask {
  readonly task: AstraTask;
  /** Where the same JSON lies as UTF-8 bytes in the state's `blocks`, encoded once at load: pages are written from there. */
  readonly jsonIndex: number;
}

export interface AstraState {
  /** Every known account → its tasks in the default order (creationTimestamp, then id). */
  readonly accounts: ReadonlyMap<string, readonly StoredTask[]>;
  /** Every listed task's JSON bytes, each account's tasks next to each other in the default order. */
  readonly blocks: JsonItemBlocks;
  /** Bearer token → account id. */
  readonly tokens: ReadonlyMap<string, string>;
  /** `Bearer <token>` → account id, for the tokens that header form carries as they are (auth.ts). */
  readonly bearerHeaders: ReadonlyMap<string, string>;
  /** The clock's epoch ms as an ISO time, remembered for the last ms asked (many requests share it). */
  readonly timestamp: (epochMs: number) => string;
  /** Each list parameter set's ListPlan, by the route's params object (list-plan.ts). */
  readonly plans: WeakMemo<RequestParams, ListPlan>;
}

/**
 * Indexes the validated `tasks` fixture by account, once. A task's account is the one its
 * `resourceURI` names (`/accounts/<id>/...`): the body has no other account field (seed 003).
 * Known accounts are those with tasks, those a token belongs to, and `settings.accounts`; any
 * other well-formed id is 404 problem 2. Sorted here, once, into the default order
 * (decisions.md, Astra): `metadata.creationTimestamp` ascending, then `id`, as strings.
 */
export function createState(setup: DialectSetup): AstraState {
  const { tokens, extraAccounts } = readAccountSettings(setup.settings);
  const byAccount = new Map<string, AstraTask[]>();
  for (const account of [...tokens.values(), ...extraAccounts]) byAccount.set(account, []);
  for (const record of setup.records['tasks'] ?? []) {
    const task = record as AstraTask;
    const account = accountOfResourceUri(task.resourceURI);
    // A task is listed under the account its resourceURI names; one that names none (valid
    // for the schema, never seen from Astra) belongs to no account and is listed nowhere.
    if (account === undefined) continue;
    let list = byAccount.get(account);
    if (!list) byAccount.set(account, (list = []));
    list.push(task);
  }
  // Sorted, then encoded in that order: an account's tasks lie next to each other in memory,
  // so an unfiltered page in the default order is one slice (JsonItemBlocks).
  const blocks = new JsonItemBlocks();
  const accounts = new Map<string, StoredTask[]>();
  for (const [account, list] of byAccount) {
    accounts.set(account, list.sort(compareDefaultOrder).map((task) => ({ task, jsonIndex: blocks.add(JSON.stringify(task)) })));
  }
  const bearerHeaders = new Map([...tokens].filter(([token]) => bearerToken(`Bearer ${token}`) === token).map(([token, account]) => [`Bearer ${token}`, account]));
  return { accounts, blocks, tokens, bearerHeaders, timestamp: lastTimestamp(), plans: new WeakMemo() };
}

function lastTimestamp(): (epochMs: number) => string {
  let ms = NaN;
  let text = '';
  return (epochMs) => {
    if (epochMs !== ms) {
      ms = epochMs;
      text = new Date(epochMs).toISOString();
    }
    return text;
  };
}

function compareDefaultOrder(a: AstraTask, b: AstraTask): number {
  const ta = a.metadata.creationTimestamp;
  const tb = b.metadata.creationTimestamp;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
