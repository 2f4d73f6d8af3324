import type { IncomingHttpHeaders } from 'node:http';
import type { ListItem, LocalizableMessage } from './list-item';

/**
 * `localized` of a LocalizableMessage: "Localized string value as per request requirements ...
 * when the client has not requested specific locale the implementation may not populate this
 * field to conserve resources" (vSphere Automation SDK, VapiStdLocalizableMessage). The vAPI
 * runtime reads the requested locale from `Accept-Language` (vsphere-automation-sdk-go
 * runtime/lib/constants.go) and falls back to English when its catalogue lacks that locale
 * (runtime/l10n/MessageFormattor.go). taskmock's catalogue is English only, so a request that
 * names a locale gets every message's English text, its `default_message`, as `localized`; a
 * request naming none (no header, or only `*`) gets no `localized`, as captured vCenter bodies
 * show (api-facts 3.4: the real 401 body).
 */
export function requestsLocale(headers: IncomingHttpHeaders): boolean {
  const header = headers['accept-language'];
  if (header === undefined) return false;
  return header.split(',').some((range) => {
    const [tag = '', ...options] = range.split(';').map((part) => part.trim());
    const refused = options.some((option) => /^q=0(\.0*)?$/i.test(option));
    return tag !== '' && tag !== '*' && !refused;
  });
}

export function localizeMessage(message: LocalizableMessage): LocalizableMessage {
  return { ...message, localized: message.default_message };
}

/** Every message of a task (description, progress, error stack); nested `l` messages have no `localized`. */
export function localizeItem(item: ListItem): ListItem {
  const { info } = item;
  return {
    task: item.task,
    info: {
      ...info,
      description: localizeMessage(info.description),
      ...(info.error ? { error: { ...info.error, messages: info.error.messages.map(localizeMessage) } } : {}),
      ...(info.progress ? { progress: { ...info.progress, message: localizeMessage(info.progress.message) } } : {}),
    },
  };
}
