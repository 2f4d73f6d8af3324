import fs from 'node:fs';
import path from 'node:path';
import type { ContractResult, Finding } from '../contract-types';
import { redact } from '../redact';
import { stateOf, testCasesOf, type TestCase } from './test-cases';
import { attributes, xmlText } from './xml';

/**
 * JUnit XML as CI servers read it: one `<testsuite>` per vendor run, one `<testcase
 * classname="<vendor>.<operationId>" name="<check>">` per check; failures carry every
 * finding's pointer, expected and actual; drift goes to `<system-out>` (visible, not failing);
 * skipped cases carry their reason. Counts are in the attributes. Every text is redacted
 * before it is escaped.
 */
export function junitXml(results: readonly ContractResult[], secrets: readonly string[] = []): string {
  const clean = (text: string) => redact(text, secrets);
  const suites = results.map((result) => {
    const cases = testCasesOf(result);
    const count = (state: string) => cases.filter((c) => stateOf(c) === state).length;
    return {
      attrs: { name: result.vendor, tests: cases.length, failures: count('failed'), errors: 0, skipped: count('skipped') },
      body: [
        `    <properties>${'\n'}      <property${attributes({ name: 'target', value: clean(result.target) })}/>${'\n'}    </properties>`,
        ...cases.map((c) => testCaseXml(result.vendor, c, clean)),
      ],
    };
  });
  const total = (key: 'tests' | 'failures' | 'skipped') => suites.reduce((n, s) => n + s.attrs[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'taskmock contract', tests: total('tests'), failures: total('failures'), errors: 0, skipped: total('skipped') })}>`,
    ...suites.flatMap((s) => [`  <testsuite${attributes(s.attrs)}>`, ...s.body, '  </testsuite>']),
    '</testsuites>',
    '',
  ].join('\n');
}

export function writeJunit(results: readonly ContractResult[], file: string, secrets: readonly string[] = []): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, junitXml(results, secrets));
}

function testCaseXml(vendor: string, c: TestCase, clean: (text: string) => string): string {
  const open = `    <testcase${attributes({ classname: clean(`${vendor}.${c.operationId}`), name: clean(c.check), assertions: c.runs })}`;
  const inner: string[] = [];
  const state = stateOf(c);
  if (state === 'failed') {
    const first = c.failures[0];
    const message = `${c.failures.length} finding(s)${first ? `; first: ${first.message}` : ''}`;
    inner.push(`      <failure${attributes({ message: clean(message), type: 'check' })}>${xmlText(clean(findingsText(c.failures)))}</failure>`);
  } else if (state === 'skipped') {
    inner.push(`      <skipped${attributes({ message: clean(c.skipped ?? '') })}/>`);
  }
  if (c.drift.length > 0) inner.push(`      <system-out>${xmlText(clean(`drift (not a failure unless --strict):\n${findingsText(c.drift)}`))}</system-out>`);
  return inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join('\n')}\n    </testcase>`;
}

function findingsText(findings: readonly Finding[]): string {
  return findings
    .map((f) => [`pointer: ${f.pointer === '' ? '(whole body)' : f.pointer}`, `expected: ${f.expected}`, `actual: ${f.actual}`, `message: ${f.message}`, `request: ${f.request}`].join('\n'))
    .join('\n\n');
}

