import type { MockError } from '../../src/errors/mock-error';
import { FILTER_INPUT } from './filters';
import { isTaskStatus, vapiMessage, type LocalizableMessage } from './list-item';

/**
 * The message stack of a 400 INVALID_ARGUMENT, as the spec's examples show it (FilterMissingError,
 * UnknownStatusError, InvalidParameterStackError). The `vapi.bindings.input.param.invalid` head is
 * the vAPI runtime's own; every `com.vmware.snapservice.*` id is taskmock's (spec info).
 */
export function invalidArgumentMessages(error: MockError, url: string): LocalizableMessage[] {
  const param = error.details.param ?? '';
  if (param === FILTER_INPUT) {
    return [
      vapiMessage(
        'com.vmware.snapservice.tasks.filter.required',
        "At least one of 'tasks' or 'services' must be specified and not empty.",
        ['tasks', 'services'],
      ),
    ];
  }
  const keyword = error.details.issues?.[0]?.keyword;
  if (param === 'status' && keyword === 'enum') {
    const value = queryValues(url, 'status').find((v) => !isTaskStatus(v)) ?? '';
    return [
      vapiMessage('com.vmware.snapservice.tasks.filter.status.invalid', `Invalid value '${value}' for parameter 'status'.`, [
        value,
        'status',
      ]),
    ];
  }
  const cause =
    keyword === 'minLength'
      ? vapiMessage(`com.vmware.snapservice.tasks.filter.${param}.empty_value`, `The parameter '${param}' contains an empty identifier.`, [param])
      : vapiMessage(`com.vmware.snapservice.tasks.filter.${param || 'request'}.invalid`, capitalise(error.details.reason ?? error.message), [param]);
  return [
    vapiMessage('vapi.bindings.input.param.invalid', `Invalid value for parameter '${FILTER_INPUT}'`, [], { paramName: { s: FILTER_INPUT } }),
    cause,
  ];
}

/** The values of one query key as the client sent them, comma lists split (decisions.md). */
function queryValues(url: string, key: string): string[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return new URLSearchParams(query).getAll(key).flatMap((v) => v.split(','));
}

function capitalise(text: string): string {
  const sentence = text.endsWith('.') ? text : `${text}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
