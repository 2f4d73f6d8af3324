import type { Validators } from '../../src/validation/create-validators';

/** The document-level extension that says how a vendor reports errors (specs/README.md). */
export const ERROR_ENVELOPE_EXTENSION = 'x-taskmock-error-envelope';

const COMPONENT_PREFIX = '#/components/schemas/';

export interface ErrorEnvelope {
  /** Component schema names; an error body validates against at least one. */
  readonly schemas: readonly string[];
  /** True when the API answers errors with a 2xx status and the envelope in the body (vSphere's `scode`). */
  readonly inBody200: boolean;
}

/** The extension is missing its required shape: a spec bug, reported with the file named. */
export class ErrorEnvelopeSpecError extends Error {
  constructor(
    readonly vendor: string,
    detail: string,
  ) {
    super(`specs/${vendor}.yaml: ${ERROR_ENVELOPE_EXTENSION} ${detail}`);
    this.name = 'ErrorEnvelopeSpecError';
  }
}

const parsed = new WeakMap<Validators, Map<string, ErrorEnvelope | undefined>>();

/** The vendor's error envelope as its spec declares it; undefined when the spec declares none. */
export function errorEnvelopeOf(validators: Validators, vendor: string): ErrorEnvelope | undefined {
  let byVendor = parsed.get(validators);
  if (!byVendor) {
    byVendor = new Map();
    parsed.set(validators, byVendor);
  }
  if (!byVendor.has(vendor)) byVendor.set(vendor, read(validators, vendor));
  return byVendor.get(vendor);
}

function read(validators: Validators, vendor: string): ErrorEnvelope | undefined {
  const spec = validators.specs.find((s) => s.vendor === vendor);
  // The OpenAPI document type lists what the core reads; extensions are read as plain data.
  const raw = (spec?.doc as unknown as Record<string, unknown> | undefined)?.[ERROR_ENVELOPE_EXTENSION];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null) throw new ErrorEnvelopeSpecError(vendor, 'must be an object');
  const { schemas, inBody200 } = raw as { schemas?: unknown; inBody200?: unknown };
  if (typeof inBody200 !== 'boolean') throw new ErrorEnvelopeSpecError(vendor, 'needs inBody200: true | false');
  if (!Array.isArray(schemas) || schemas.length === 0) throw new ErrorEnvelopeSpecError(vendor, 'needs a non-empty schemas list');
  const names = schemas.map((ref) => {
    if (typeof ref !== 'string' || !ref.startsWith(COMPONENT_PREFIX)) {
      throw new ErrorEnvelopeSpecError(vendor, `schemas entries must be '${COMPONENT_PREFIX}<Name>', got ${JSON.stringify(ref)}`);
    }
    const name = ref.slice(COMPONENT_PREFIX.length);
    if (spec?.doc.components?.schemas?.[name] === undefined) throw new ErrorEnvelopeSpecError(vendor, `names ${ref}, which does not exist`);
    return name;
  });
  return { schemas: names, inBody200 };
}

/** Whether `body` is in the vendor's error envelope, judged by the shared compiled component validators. */
export function inErrorEnvelope(validators: Validators, vendor: string, envelope: ErrorEnvelope, body: unknown): boolean {
  return envelope.schemas.some((name) => validators.component(vendor, name)(body).length === 0);
}
