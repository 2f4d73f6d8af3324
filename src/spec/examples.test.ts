import { createAdminValidators } from '../admin/admin-spec';
import { createValidators } from '../validation/create-validators';

const validators = createValidators();
const operations = [...validators.operations.values()];

const responseExamples = operations.flatMap((op) =>
  op.responses.flatMap((response) =>
    Object.entries(response.content).flatMap(([mediaType, media]) =>
      Object.entries(media.examples).map(([name, value]) => ({
        title: `${op.vendor} ${op.operationId} ${response.status} ${mediaType} "${name}"`,
        op,
        status: response.status,
        mediaType,
        value,
      })),
    ),
  ),
);

const parameterExamples = operations.flatMap((op) =>
  op.parameters
    .filter((p) => p.example !== undefined)
    .map((param) => ({ title: `${op.vendor} ${op.operationId} ${param.in} ${param.name}`, op, param })),
);

describe('named examples in the specs', () => {
  it('every documented response with a body has at least one named example', () => {
    const bare = operations.flatMap((op) =>
      op.responses.flatMap((r) =>
        Object.entries(r.content)
          .filter(([, media]) => Object.keys(media.examples).length === 0)
          .map(([type]) => `${op.operationId} ${r.status} ${type}`),
      ),
    );
    expect(bare).toEqual([]);
  });

  it.each(responseExamples)('$title validates against its schema', ({ op, status, mediaType, value }) => {
    const validate = validators.response(op.operationId, status, mediaType);
    expect(validate).toBeDefined();
    expect(validate?.(value)).toEqual([]);
  });

  it.each(parameterExamples)('$title example is a valid value', ({ op, param }) => {
    const raw = Array.isArray(param.example) ? param.example.map(String) : String(param.example);
    const key = param.in === 'header' ? param.name.toLowerCase() : param.name;
    const input = { [param.in === 'header' ? 'headers' : param.in]: { [key]: raw } };
    const check = validators.request(op.operationId)(input);
    expect(check.issues.filter((i) => i.in === param.in && i.name === key)).toEqual([]);
  });
});

describe('named examples in the admin spec', () => {
  const admin = createAdminValidators();
  const examples = [...admin.operations.values()].flatMap((op) =>
    op.responses.flatMap((r) => Object.entries(r.content).flatMap(([type, media]) => Object.entries(media.examples).map(([name, value]) => ({ title: `${op.operationId} ${r.status} "${name}"`, op, status: r.status, type, value })))),
  );

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(3);
  });

  it.each(examples)('$title validates against its schema', ({ op, status, type, value }) => {
    expect(admin.response(op.operationId, status, type)?.(value)).toEqual([]);
  });
});
