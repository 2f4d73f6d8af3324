/**
 * `node admin-writer.js BASE VENDOR INTERVAL_MS`: the benchmark's "admin changes while serving":
 * every interval it creates a task of VENDOR through the admin API, then, on the next turn,
 * changes it (a run member), so the vendor's view is rebuilt once a second under load. Runs in
 * its own process: the load generator blocks the benchmark's own event loop.
 */
async function main(): Promise<void> {
  const [base, vendor, every] = process.argv.slice(2);
  const interval = Number(every ?? 1000);
  let last: string | undefined;
  for (let turn = 0; ; turn += 1) {
    const started = Date.now();
    try {
      const creating = last === undefined || turn % 2 === 0;
      const res = await fetch(creating ? `${base}/__admin/${vendor}/tasks` : `${base}/__admin/${vendor}/tasks/${encodeURIComponent(last ?? '')}`, {
        method: creating ? 'POST' : 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(creating ? { run: { durationMs: 30_000 } } : { run: { outcome: 'failure' } }),
      });
      const body = (await res.json()) as { id?: string };
      if (creating && typeof body.id === 'string') last = body.id;
      if (!res.ok) console.error(`admin write answered ${res.status}: ${JSON.stringify(body)}`);
    } catch (error) {
      console.error(`admin write failed: ${(error as Error).message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, interval - (Date.now() - started))));
  }
}

void main();
