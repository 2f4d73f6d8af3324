/**
 * A `x-taskmock-*` extension in a spec that the probes cannot use (wrong shape, a parameter it
 * names is not declared). Thrown while reading the spec, before any request: a broken
 * extension is a bug in the spec, never a finding about the target.
 */
export class SpecExtensionError extends Error {
  constructor(
    /** `specs/cbr.yaml listOpLogs x-taskmock-paging`. */
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'SpecExtensionError';
  }
}
