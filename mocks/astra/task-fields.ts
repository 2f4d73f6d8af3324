/**
 * The fields of an Astra task, as a tree, for checking the field names of `filter`, `include`
 * and `orderBy` (an unknown one is 400 problem 5, decisions.md "Astra"). Taken from the spec's
 * `AstraTask` schema (api-facts 4.3).
 */
export interface FieldNode {
  readonly kind: 'string' | 'number' | 'object' | 'open';
  /** The field holds an array (of `kind` values): `[*]` may follow its name. */
  readonly array?: boolean;
  readonly children?: Readonly<Record<string, FieldNode>>;
}

const STRING: FieldNode = { kind: 'string' };
const NUMBER: FieldNode = { kind: 'number' };
const STRINGS: FieldNode = { kind: 'string', array: true };

export const TASK_FIELDS: Readonly<Record<string, FieldNode>> = {
  type: STRING,
  version: STRING,
  id: STRING,
  name: STRING,
  summary: STRING,
  description: STRING,
  service: STRING,
  parentTaskID: STRING,
  userID: STRING,
  resourceID: STRING,
  resourceURI: STRING,
  resourceCollectionURI: STRINGS,
  state: STRING,
  stateTransitions: { kind: 'object', array: true, children: { from: STRING, to: STRINGS } },
  stateDetails: {
    kind: 'object',
    array: true,
    // additionalDetails is free-form (vendor example: {"snapshotID": ..., "startTime": ...}).
    children: { type: STRING, title: STRING, detail: STRING, additionalDetails: { kind: 'open' } },
  },
  orderHint: NUMBER,
  percentDone: NUMBER,
  startTime: STRING,
  endTime: STRING,
  cancelTime: STRING,
  metadata: {
    kind: 'object',
    children: {
      labels: { kind: 'object', array: true, children: { name: STRING, value: STRING } },
      creationTimestamp: STRING,
      modificationTimestamp: STRING,
      createdBy: STRING,
      modifiedBy: STRING,
    },
  },
};

/** Top-level fields holding one string or number: those `orderBy` can sort by. */
export const SCALAR_FIELDS: ReadonlySet<string> = new Set(
  Object.entries(TASK_FIELDS)
    .filter(([, node]) => !node.array && (node.kind === 'string' || node.kind === 'number'))
    .map(([name]) => name),
);

export const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
