import { SESSION_HEADER } from './auth';
import { DEFAULT_USERS } from './users';

/**
 * Logs in as the demo user (decisions.md: `administrator@vsphere.local` / `taskmock`) with
 * `POST /api/session`, the vCenter way, and returns the header the task list needs.
 */
export async function demoHeaders(baseUrl: string): Promise<Record<string, string>> {
  const admin = DEFAULT_USERS[0];
  if (!admin) throw new Error('snapservice: no demo user');
  const basic = Buffer.from(`${admin.name}:${admin.password}`).toString('base64');
  const res = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { authorization: `Basic ${basic}` } });
  const body = await res.text();
  if (res.status !== 201) throw new Error(`snapservice: POST /api/session answered ${res.status}: ${body.slice(0, 300)}`);
  return { [SESSION_HEADER]: JSON.parse(body) as string };
}
