import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../../src/package-root';
import { createTestApp } from '../../../src/testing/create-test-app';
import { vsphereDialect } from '../index';
import { INVENTORY } from '../inventory-tree';
import type { TaskItem } from '../types';

/** Shared by the vSphere HTTP tests: the demo tenant, requests through the spec-checked client, and expectations computed independently of the mock. */
export const UUID = 'e0fd06e7-b891-4fca-ad56-e36981bee2a3';
export const CLUSTER = '52601d51-7b60-4e16-8c77-cedf08056c91';
export const BASE = '/v1/vsphere/task';

export const docExample = (file: string): { data: TaskItem[] | { total_count: number; list: TaskItem[] } } =>
  JSON.parse(fs.readFileSync(path.join(packageRoot(), 'fixtures', 'doc-examples', 'vsphere', file), 'utf8'));

export interface Page {
  readonly scode: number;
  readonly data: { total_count: number; list: TaskItem[] };
}
interface Recent {
  readonly scode: number;
  readonly data: TaskItem[];
}

export function vsphereTestApp(settings?: Record<string, unknown>) {
  const app = createTestApp({ dialects: [vsphereDialect], settings: settings && { vsphere: settings } });
  const page = async (url: string, operationId = 'listRootTasks'): Promise<Page> => {
    const res = await app.api.get(operationId, url);
    expect(res.status).toBe(200);
    expect((res.body as Page).scode).toBe(0);
    return res.body as Page;
  };
  const recent = async (query = ''): Promise<TaskItem[]> => {
    const res = await app.api.get('listRootRecentTasks', `${BASE}/root_recent/list?vsphere_uuid=${UUID}${query}`);
    expect(res.status).toBe(200);
    expect((res.body as Recent).scode).toBe(0);
    return (res.body as Recent).data;
  };
  const everyTask = async (): Promise<TaskItem[]> => (await page(`${BASE}/root/list?vsphere_uuid=${UUID}`)).data.list;
  return { ...app, page, recent, everyTask };
}

export const keys = (tasks: readonly TaskItem[]): string[] => tasks.map((t) => t.key);

export const byNewest = (a: TaskItem, b: TaskItem): number =>
  b.create_time - a.create_time || Number(b.key.slice(5)) - Number(a.key.slice(5));

/** The reference and every inventory node beneath it, walked from the tree here. */
export function under(reference: string): Set<string> {
  const refs = new Set([reference]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of INVENTORY) {
      if (!refs.has(node.ref) && node.parents.some((p) => refs.has(p))) {
        refs.add(node.ref);
        grew = true;
      }
    }
  }
  return refs;
}

/** vCenter's recent-task rule applied to a newest-first list: queued by `now`, and unfinished or finished within 10 minutes; at most 200. */
export function expectedRecent(tasks: readonly TaskItem[], now: number): string[] {
  return keys(
    tasks.filter((t) => {
      if (Date.parse(t.task.QueueTime) > now) return false;
      return t.task.CompleteTime === null || Date.parse(t.task.CompleteTime) >= now - 600_000;
    }),
  ).slice(0, 200);
}
