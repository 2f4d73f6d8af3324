import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findAll, parseXml } from './test-support/parse-xml';
import { BASIC_SECRET, SECRET, sampleResults } from './test-support/sample-results';
import { junitXml, writeJunit } from './write-junit';

const secrets = [SECRET, BASIC_SECRET];

describe('parseXml (the well-formedness check the JUnit tests rely on)', () => {
  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['a < in an attribute', '<a x="<"/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
    ['a control character', '<a>\u0001</a>'],
    ['an unquoted attribute', '<a x=1/>'],
  ])('rejects %s', (_case, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it('decodes entities in text and attributes', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a t="&lt;&#10;&quot;">x &amp; &#x41;<b/></a>');
    expect(root).toMatchObject({ name: 'a', attrs: { t: '<\n"' }, text: 'x & A' });
  });
});

describe('junitXml', () => {
  const xml = junitXml(sampleResults(), secrets);
  const root = parseXml(xml);
  const suites = findAll(root, 'testsuite');
  const cases = findAll(root, 'testcase');

  it('is well-formed XML with one testsuite per vendor and one testcase per check', () => {
    expect(root.name).toBe('testsuites');
    expect(suites.map((s) => s.attrs.name)).toEqual(['astra', 'cbr']);
    // astra: 4 CheckRuns + a finding without one + a skipped probe without one; cbr: 2.
    expect(cases).toHaveLength(8);
    expect(cases.map((c) => `${c.attrs.classname} ${c.attrs.name}`)).toEqual([
      'astra.listAstraTasks status-documented',
      'astra.listAstraTasks body-schema',
      'astra.listAstraTasks unknown-field',
      'astra.listAstraTasks paging-walk',
      'astra.listAstraTasks orphan-check',
      'astra.listAstraTasks filter:state',
      'cbr.listOpLogs status-documented',
      'cbr.listOpLogs body-schema',
    ]);
  });

  it('counts tests, failures and skipped in the attributes', () => {
    expect(root.attrs).toMatchObject({ tests: '8', failures: '2', errors: '0', skipped: '2' });
    expect(suites[0]?.attrs).toMatchObject({ tests: '6', failures: '2', skipped: '2' });
    expect(suites[1]?.attrs).toMatchObject({ tests: '2', failures: '0', skipped: '0' });
  });

  it('puts every failing finding with pointer, expected and actual into <failure type="check">', () => {
    const bodySchema = cases.find((c) => c.attrs.name === 'body-schema' && c.attrs.classname?.startsWith('astra'));
    const failure = bodySchema?.children.find((c) => c.name === 'failure');
    expect(failure?.attrs.type).toBe('check');
    expect(failure?.attrs.message).toMatch(/^2 finding\(s\); first: must be equal/);
    expect(failure?.text).toContain('pointer: /items/0/state');
    expect(failure?.text).toContain('pointer: /items/3/state');
    expect(failure?.text).toContain('expected: one of ["pending","running","completed","failed"]');
    // Markup survives the round trip; the control character becomes U+FFFD.
    expect(failure?.text).toContain('actual: "<paused> & \'x\' \uFFFD"');
  });

  it('reports drift in <system-out> without failing, and skips with their reason', () => {
    const drift = cases.find((c) => c.attrs.name === 'unknown-field');
    expect(drift?.children.map((c) => c.name)).toEqual(['system-out']);
    expect(drift?.children[0]?.text).toContain('pointer: /items/0/owner');
    const paging = cases.find((c) => c.attrs.name === 'paging-walk');
    expect(paging?.children[0]).toMatchObject({ name: 'skipped', attrs: { message: 'the target invents each answer (stateless): no paging walk' } });
    const probe = cases.find((c) => c.attrs.name === 'filter:state');
    expect(probe?.children[0]?.attrs.message).toBe('no state value seen in earlier responses');
  });

  it('redacts secrets and their base64 form', () => {
    expect(xml).not.toContain(SECRET);
    expect(xml).not.toContain(Buffer.from(BASIC_SECRET).toString('base64'));
    expect(xml).toContain('token *** leaked');
    expect(xml).toContain('Basic *** was echoed');
  });

  it('writes the file, creating its folder', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-junit-')), 'reports', 'astra.xml');
    writeJunit(sampleResults(), file, secrets);
    expect(fs.readFileSync(file, 'utf8')).toBe(xml);
  });
});
