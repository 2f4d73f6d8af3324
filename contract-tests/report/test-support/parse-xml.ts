/** An element of a parsed XML document: enough to assert on JUnit structure. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A strict well-formedness parser for the XML subset JUnit reports use (prolog, elements,
 * attributes, text, character and the five predefined entity references; no DTD, comments or
 * CDATA). It throws on anything not well-formed: unbalanced or crossed tags, an unescaped `<` or
 * `&`, an unquoted or duplicate attribute, two roots, characters XML 1.0 forbids.
 */
export function parseXml(xml: string): XmlElement {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) throw new Error('a character XML 1.0 forbids');
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  };
  const skipSpace = () => {
    while (/\s/.test(xml[at] ?? '')) at += 1;
  };
  const decode = (raw: string): string => {
    let out = '';
    for (let i = 0; i < raw.length; ) {
      if (raw[i] === '&') {
        const m = ENTITY.exec(raw.slice(i));
        if (!m?.[1]) return fail('a bare &');
        const e = m[1];
        out += e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (NAMED[e] ?? '');
        i += m[0].length;
      } else {
        out += raw[i];
        i += 1;
      }
    }
    return out;
  };
  const name = (): string => {
    const m = NAME.exec(xml.slice(at));
    if (!m) return fail('a name expected');
    at += m[0].length;
    return m[0];
  };
  const element = (): XmlElement => {
    if (xml[at] !== '<') fail('< expected');
    at += 1;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    const attrs: Record<string, string> = el.attrs as Record<string, string>;
    for (;;) {
      const before = at;
      skipSpace();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return el;
      }
      if (xml[at] === '>') {
        at += 1;
        break;
      }
      if (at === before) fail('space expected before an attribute');
      const attr = name();
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      if (xml[at] !== '=' || xml[at + 1] !== '"') fail('="..." expected');
      const end = xml.indexOf('"', at + 2);
      if (end < 0) fail('unterminated attribute');
      const raw = xml.slice(at + 2, end);
      if (raw.includes('<')) fail('< in an attribute value');
      attrs[attr] = decode(raw);
      at = end + 1;
    }
    for (;;) {
      const next = xml.indexOf('<', at);
      if (next < 0) fail(`</${el.name}> missing`);
      const raw = xml.slice(at, next);
      if (raw.includes('>') && raw.includes(']]>')) fail(']]> in text');
      el.text += decode(raw);
      at = next;
      if (xml.startsWith('</', at)) {
        at += 2;
        if (name() !== el.name) fail(`</${el.name}> expected`);
        skipSpace();
        if (xml[at] !== '>') fail('> expected');
        at += 1;
        return el;
      }
      el.children.push(element());
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated prolog');
    at = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

/** Every descendant element named `name`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}
