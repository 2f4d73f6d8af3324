import { createMockApp, type MockAppOptions } from '../server/create-mock-app';
import { createValidators, type Validators } from '../validation/create-validators';
import { checkedClient } from './checked-client';

let shared: Validators | undefined;
/** Compiling the five specs takes a moment; tests in one file share the result. */
export function testValidators(): Validators {
  shared ??= createValidators();
  return shared;
}

export type TestAppOptions = Omit<MockAppOptions, 'validators'>;

/** An in-process app on the default data (or `dataDir`), a frozen clock, and a spec-checked client. */
export function createTestApp(options: TestAppOptions) {
  const mock = createMockApp({ ...options, validators: testValidators() });
  return { ...mock, api: checkedClient(mock.app, mock.validators) };
}
