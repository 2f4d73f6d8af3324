/** One thing wrong with a change: where (a JSON pointer into what was sent) and why. */
export interface Problem {
  readonly pointer: string;
  readonly message: string;
}

/**
 * A change the writer will not make, with every problem found; nothing was changed. The admin
 * API answers it as 400 (or `status`: 404 for a vendor or task that is not there).
 */
export class ChangeRefused extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
    this.name = 'ChangeRefused';
  }
}
