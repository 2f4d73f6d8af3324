import { createValidators } from '../validation/create-validators';

/** `taskmock specs`: what each spec declares, after the strict compile succeeded. */
export function runSpecsCommand(): number {
  const validators = createValidators();
  for (const op of validators.operations.values()) {
    const statuses = op.responses.map((r) => r.status).join(' ');
    console.log(`${op.vendor.padEnd(12)} ${op.operationId.padEnd(26)} ${op.method.toUpperCase()} ${op.path}  [${statuses}]`);
    if (op.defaultRequest) console.log(`${''.padEnd(40)}default request: ${op.defaultRequest}`);
  }
  return 0;
}
