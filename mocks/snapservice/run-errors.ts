import { vapiMessage, type VapiError } from './list-item';

/**
 * A cancelled task: vAPI reports it as FAILED (its Status has no cancelled value, api-facts 3.3)
 * with the standard error `com.vmware.vapi.std.errors.canceled`, "the method canceled itself in
 * response to an explicit request to do so" (error_type CANCELED, govmomi vapi/rest/errors.go;
 * decisions.md, the admin API table). The message id and wording are taskmock's.
 */
export const CANCELED_ERROR: VapiError = {
  error_type: 'CANCELED',
  '@class': 'com.vmware.vapi.std.errors.canceled',
  messages: [vapiMessage('com.vmware.snapservice.tasks.canceled', 'The operation was canceled at the request of the user.')],
};

/**
 * The failure of a task whose run says `failure` without an error, and whose stored task holds
 * none (a loaded task set to fail through the admin API): the generator's generic failure,
 * a plain Error (generate/failures.ts GENERIC_FAILURE).
 */
export const GENERIC_TASK_ERROR: VapiError = {
  error_type: 'ERROR',
  messages: [vapiMessage('com.vmware.snapservice.operation.failed', 'The operation failed. See the snapshot service log for details.')],
  data: {},
};
