import { createAdminValidators } from '../admin/admin-spec';
import { createMockApp, type MockAppOptions } from '../server/create-mock-app';
import { createValidators, type Validators } from '../validation/create-validators';
import { checkedAdmin } from './checked-admin';
import { checkedClient } from './checked-client';

let shared: Validators | undefined;
let sharedAdmin: Validators | undefined;
/** Compiling the five specs takes a moment; tests in one file share the result. */
export function testValidators(): Validators {
  shared ??= createValidators();
  return shared;
}

/** The admin spec's validators, compiled once per test file like the vendors'. */
export function testAdminValidators(): Validators {
  sharedAdmin ??= createAdminValidators();
  return sharedAdmin;
}

export type TestAppOptions = Omit<MockAppOptions, 'validators'>;

/**
 * An in-process app on the default data (or `dataDir`), a frozen clock, a spec-checked client
 * of the vendor APIs (`api`) and the typed admin client (`admin`), whose every answer is
 * checked against the admin spec too.
 */
export function createTestApp(options: TestAppOptions) {
  const mock = createMockApp({ ...options, validators: testValidators(), adminValidators: testAdminValidators() });
  return { ...mock, api: checkedClient(mock.app, mock.validators), admin: checkedAdmin(mock.app, mock.sim.adminValidators) };
}
