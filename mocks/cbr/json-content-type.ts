/**
 * CBR answers `application/json;charset=UTF-8` (api-facts 5.1, from the vendor's API definition;
 * the spec lists `application/json`, the same media type).
 */
export const JSON_CONTENT_TYPE: Readonly<Record<string, string>> = { 'Content-Type': 'application/json;charset=UTF-8' };
