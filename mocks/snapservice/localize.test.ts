import type { ListItem, LocalizableMessage } from './list-item';
import { requestsLocale } from './localize';
import { LIST, PG, snapserviceApp, TASKS_PATH } from './test-support/snapservice-test-app';

const URL = `${TASKS_PATH}?services=${PG}&status=FAILED`;

/** Every LocalizableMessage of a task: description, progress message, error stack. */
function messagesOf({ info }: ListItem): LocalizableMessage[] {
  return [info.description, ...(info.progress ? [info.progress.message] : []), ...(info.error?.messages ?? [])];
}

describe('snapservice localized messages (Accept-Language)', () => {
  it.each([
    ['de-DE', true],
    ['fr-FR,fr;q=0.9,en;q=0.8', true],
    ['*', false],
    ['*;q=0.5', false],
    ['en;q=0', false],
    ['', false],
  ])('Accept-Language %j names a locale: %s', (header, expected) => {
    expect(requestsLocale({ 'accept-language': header })).toBe(expected);
  });

  it('names no locale without the header', () => {
    expect(requestsLocale({})).toBe(false);
  });

  it('adds localized (the English text) to every message of every task when a locale is asked for, and only then', async () => {
    const app = snapserviceApp();
    const headers = await app.login();
    const plain = await app.api.get(LIST, URL, headers);
    const asked = await app.api.get(LIST, URL, { ...headers, 'accept-language': 'de-DE,de;q=0.9' });
    const again = await app.api.get(LIST, URL, headers);
    expect(asked.status).toBe(200);
    const plainItems = (plain.body as { items: ListItem[] }).items;
    const askedItems = (asked.body as { items: ListItem[] }).items;
    expect(askedItems.length).toBeGreaterThan(0);
    expect(askedItems.map((t) => t.task)).toEqual(plainItems.map((t) => t.task));
    for (const [index, item] of askedItems.entries()) {
      const before = plainItems[index] as ListItem;
      const localized = messagesOf(item);
      expect(localized).toHaveLength(messagesOf(before).length);
      for (const message of localized) expect(message.localized).toBe(message.default_message);
      for (const message of messagesOf(before)) expect(message).not.toHaveProperty('localized');
      // Nothing else changes: dropping `localized` gives the plain item back.
      const stripped = JSON.parse(JSON.stringify(item, (key, value: unknown) => (key === 'localized' ? undefined : value))) as ListItem;
      expect(stripped).toEqual(before);
    }
    // The plain answer of the same URL is kept apart from the localized one.
    expect(again.text).toBe(plain.text);
    expect(app.validators.response(LIST, 200, 'application/json')?.(asked.body)).toEqual([]);
  });

  it('localizes error messages too', async () => {
    const app = snapserviceApp();
    const res = await app.api.get(LIST, URL, { 'accept-language': 'ja-JP' });
    expect(res.status).toBe(401);
    const body = res.body as { messages: LocalizableMessage[] };
    expect(body.messages.length).toBeGreaterThan(0);
    for (const message of body.messages) expect(message.localized).toBe(message.default_message);
    expect((await app.api.get(LIST, URL)).body).not.toHaveProperty('messages.0.localized');
  });
});
