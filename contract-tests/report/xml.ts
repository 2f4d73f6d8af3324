/**
 * Text safe inside an XML 1.0 attribute or element: markup characters escaped, line breaks
 * kept as character references in attributes, and characters XML 1.0 cannot carry at all
 * (control characters, lone surrogates) replaced by U+FFFD, since a vendor's body may hold them.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Element text keeps its line breaks readable (they need no escaping outside attributes). */
export function xmlText(text: string): string {
  return xmlEscape(text).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

export function attributes(attrs: Readonly<Record<string, string | number>>): string {
  return Object.entries(attrs).map(([name, value]) => ` ${name}="${xmlEscape(String(value))}"`).join('');
}
