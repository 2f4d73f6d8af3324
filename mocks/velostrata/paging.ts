import { JsonText, jsonArray } from '../../src/http/reply';

/**
 * A `TaskDescriptionPage` holding every given task, built from their pre-serialised JSON.
 * `GET /tasks` has no paging parameters (seed 001, api-facts 2.2): the whole active list is
 * one page, `number` 0, `numberOfElements` = `totalElements` = the count, `totalPages` 1, or
 * 0 when there is nothing (decisions "Velostrata", api-facts 2.3). Keys in the seed's order.
 */
export function toSinglePage(items: readonly string[]): JsonText {
  const count = items.length;
  const totalPages = count === 0 ? 0 : 1;
  return new JsonText(
    `{"number":0,"numberOfElements":${count},"totalElements":${count},"totalPages":${totalPages},` +
      `"_type":"TaskDescriptionPage","content":${jsonArray(items)}}`,
  );
}
