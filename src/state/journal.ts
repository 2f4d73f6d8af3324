/** One request as the journal keeps it (decisions.md, the admin API). */
export interface JournalEntry {
  /** Simulated epoch ms. */
  readonly at: number;
  readonly vendor: string;
  readonly operationId: string | undefined;
  readonly method: string;
  /** Path and query as sent (redacted when read: `redactUrl`). */
  readonly url: string;
  readonly status: number;
  readonly ms: number;
  readonly fault: string | undefined;
}

/** An entry as the admin API shows it: ISO time, secrets redacted. */
export interface JournalView extends Omit<JournalEntry, 'at' | 'fault'> {
  readonly at: string;
  readonly fault?: string;
}

export interface JournalFilter {
  readonly vendor?: string;
  readonly operationId?: string;
  readonly status?: number;
  readonly limit?: number;
}

/** Query keys whose values never reach the journal. */
const SECRET_KEYS = /^(token|password|secret|access_?key|secret_?key|x-auth-token|signature|session|api_?key)$/i;

/**
 * The last `capacity` requests to the APIs, newest first when read: a ring, so recording costs
 * one slot write on the request path and memory stays bounded however long the server runs.
 */
export class Journal {
  private readonly ring: Array<JournalEntry | undefined>;
  private next = 0;

  constructor(private readonly capacity = 1000) {
    this.ring = new Array<JournalEntry | undefined>(capacity);
  }

  record(entry: JournalEntry): void {
    this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
  }

  list(filter: JournalFilter = {}): JournalView[] {
    const out: JournalView[] = [];
    const limit = filter.limit ?? this.capacity;
    for (let i = 1; i <= this.capacity && out.length < limit; i += 1) {
      const entry = this.ring[(this.next - i + this.capacity) % this.capacity];
      if (entry === undefined) break;
      if (filter.vendor !== undefined && entry.vendor !== filter.vendor) continue;
      if (filter.operationId !== undefined && entry.operationId !== filter.operationId) continue;
      if (filter.status !== undefined && entry.status !== filter.status) continue;
      const { fault, ...rest } = entry;
      const view = { ...rest, at: new Date(entry.at).toISOString(), url: redactUrl(entry.url), ms: Math.round(entry.ms * 1000) / 1000 };
      out.push(fault === undefined ? view : { ...view, fault });
    }
    return out;
  }

  clear(): void {
    this.ring.fill(undefined);
    this.next = 0;
  }
}

/** The URL with secret query values replaced (a journal is shown to anyone with the admin API). */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url.slice(q + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const key = decodeSafe(eq < 0 ? pair : pair.slice(0, eq));
    return eq >= 0 && SECRET_KEYS.test(key) ? `${pair.slice(0, eq)}=***` : pair;
  });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
