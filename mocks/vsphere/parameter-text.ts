import type { MockError } from '../../src/errors/mock-error';

const INT32_MAX = 2 ** 31 - 1;

/**
 * The `desc` of a bad parameter, in the spec's words ("vsphere_uuid is required",
 * "vsphere_uuid must be a UUID: e0fd06e7", "page_size must be a non-negative integer: -1",
 * "reference must be Type:Value: vm-119"), with the value as the client sent it.
 */
export function parameterText(error: MockError, url: string): string {
  const issue = error.details.issues?.[0];
  const param = error.details.param ?? issue?.name;
  if (!issue || !param) return error.message;
  if (issue.keyword === 'required') return `${param} is required`;
  const values = rawValues(url, param);
  const value = values.join(',');
  if (values.length > 1) return `${param} must be given once: ${value}`;
  switch (param) {
    case 'vsphere_uuid':
    case 'cluster_uuid':
      return `${param} must be a UUID: ${value}`;
    case 'page_num':
    case 'page_size':
      return issue.keyword === 'format'
        ? `${param} must be an integer from 0 to ${INT32_MAX}: ${value}`
        : `${param} must be a non-negative integer: ${value}`;
    case 'reference':
      return `reference must be Type:Value: ${value}`;
    default:
      return `${param} is invalid: ${value}`;
  }
}

/** The parameter's values as sent (decoded), read from the URL only on this error path. */
function rawValues(url: string, param: string): string[] {
  const query = url.indexOf('?');
  return query === -1 ? [] : new URLSearchParams(url.slice(query + 1)).getAll(param);
}
