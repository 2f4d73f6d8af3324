import { MockError } from '../../src/errors/mock-error';
import { checkBasicAuth, decodeBase64, readCredentials } from './auth';

const basic = (text: string): string => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`;
const demo = readCredentials({});

function outcome(authorization: string | undefined): string {
  try {
    checkBasicAuth(authorization === undefined ? {} : { authorization }, demo);
    return 'ok';
  } catch (error) {
    if (!(error instanceof MockError)) throw error;
    return `${error.kind}: ${error.message}`;
  }
}

describe('checkBasicAuth (Spring Security Basic semantics)', () => {
  it.each([
    ['the demo credentials', basic('apiuser:taskmock'), 'ok'],
    ['a lower-case scheme and surrounding blanks', `  ${basic('apiuser:taskmock').replace('Basic', 'basic')} `, 'ok'],
    ['unpadded Base64', basic('apiuser:taskmock').replace(/=+$/, ''), 'ok'],
    ['a password holding a colon is split at the first colon only', basic('apiuser:task:mock'), 'invalid_credentials: Bad credentials'],
    ['no Authorization header', undefined, 'missing_credentials: Full authentication is required to access this resource'],
    ['another scheme (ignored by the Basic filter)', 'Bearer abc', 'missing_credentials: Full authentication is required to access this resource'],
    ['an empty Basic token', 'Basic', 'invalid_credentials: Empty basic authentication token'],
    ['a token that is not Base64', 'Basic !!!not-base64!!!', 'invalid_credentials: Failed to decode basic authentication token'],
    ['a token without a colon', basic('apiuser'), 'invalid_credentials: Invalid basic authentication token'],
    ['a wrong password', basic('apiuser:wrong'), 'invalid_credentials: Bad credentials'],
    ['a wrong user', basic('admin:taskmock'), 'invalid_credentials: Bad credentials'],
    ['the user name in another case', basic('APIUSER:taskmock'), 'invalid_credentials: Bad credentials'],
  ])('%s', (_title, header, expected) => {
    expect(outcome(header)).toBe(expected);
  });
});

describe('decodeBase64 (strict, as java.util.Base64)', () => {
  it.each([
    ['YWI=', 'ab'],
    ['YWI', 'ab'],
    ['YWJj', 'abc'],
    ['', ''],
    ['YWJjZA', 'abcd'],
    ['YWJjZ', undefined],
    ['YW=I', undefined],
    ['YWI==', undefined],
    ['YW I=', undefined],
    ['YWI_', undefined],
  ])('%p → %p', (text, expected) => {
    expect(decodeBase64(text)).toBe(expected);
  });
});

describe('readCredentials', () => {
  it('defaults to apiuser / taskmock', () => {
    expect(demo).toEqual({ username: 'apiuser', password: 'taskmock', header: basic('apiuser:taskmock') });
  });

  it('takes username and password from the settings', () => {
    expect(readCredentials({ username: 'ops', password: 's3cret' }).header).toBe(basic('ops:s3cret'));
  });

  it.each([
    [{ username: 42 }, "setting 'username' must be a string"],
    [{ password: true }, "setting 'password' must be a string"],
    [{ username: '' }, "setting 'username' must be non-empty"],
    [{ username: 'a:b' }, "setting 'username' must be non-empty and without ':'"],
  ])('rejects the settings %p at start-up', (settings, message) => {
    expect(() => readCredentials(settings)).toThrow(message);
  });
});
