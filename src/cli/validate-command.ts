import fs from 'node:fs';
import { createValidators } from '../validation/create-validators';

/** `taskmock validate <operationId> <status> <file.json>`: one body against its spec. */
export function runValidateCommand(args: string[]): number {
  const [operationId, status, file] = args;
  if (!operationId || !status || !file) {
    console.error('Usage: taskmock validate <operationId> <status> <file.json>');
    return 2;
  }
  const validators = createValidators();
  if (!validators.operations.has(operationId)) {
    console.error(`Unknown operationId ${operationId}; run \`taskmock specs\` for the list.`);
    return 2;
  }
  const validate = validators.response(operationId, status);
  if (!validate) {
    console.error(`${operationId} documents no response body for status ${status}.`);
    return 1;
  }
  const issues = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
  for (const issue of issues) console.log(`${issue.pointer || '/'}: ${issue.message} (${issue.keyword})`);
  console.log(issues.length === 0 ? `valid: ${file} matches ${operationId} ${status}` : `invalid: ${issues.length} issue(s)`);
  return issues.length === 0 ? 0 : 1;
}
