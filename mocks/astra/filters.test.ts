import { MockError } from '../../src/errors/mock-error';
import { compileFilter } from './filters';

const task = {
  id: 'ae1e6561-9e22-406c-8a5a-762f4604da00',
  name: 'astra.backup.prep',
  state: 'failed',
  percentDone: 60,
  resourceCollectionURI: ['/accounts/a/topology/v1/clouds/c/apps/x/appSnaps/s1', '/accounts/a/topology/v1/clouds/c/apps/y/appSnaps/s1'],
  stateTransitions: [{ from: 'running', to: ['paused', 'cancelled'] }],
  stateDetails: [{ type: 'https://astra.netapp.io/stateDetails/3', title: 'Snapshot failed', detail: 'd', additionalDetails: { pvcName: 'data-mysql-0' } }],
  metadata: { labels: [], creationTimestamp: '2020-08-06T12:24:52.256624Z', createdBy: '00000000-0000-0000-0000-000000000000' },
};

describe('compileFilter: which tasks pass', () => {
  it.each([
    { filters: ["state eq 'failed'"], passes: true },
    { filters: ["state eq 'running'"], passes: false },
    { filters: ["state%20eq%20'failed'"], passes: true },
    { filters: ["name in 'backup'"], passes: true },
    { filters: ["name in 'snapshot'"], passes: false },
    { filters: ["state eq 'failed',name eq 'astra.backup.prep'"], passes: true },
    { filters: ["state eq 'failed',name eq 'astra.backup'"], passes: false },
    { filters: ["state eq 'failed'", "name eq 'astra.backup'"], passes: false },
    { filters: ["state eq 'failed'", "name eq 'astra.backup.prep'"], passes: true },
    { filters: ["metadata.creationTimestamp gte '2020-08-06T12:24:52.256624Z'"], passes: true },
    { filters: ["metadata.creationTimestamp gt '2020-08-06T12:24:52.256624Z'"], passes: false },
    { filters: ["metadata.creationTimestamp lt '2020-08-07'"], passes: true },
    { filters: ["metadata.creationTimestamp lte '2020-08-06'"], passes: false },
    { filters: ["metadata.createdBy eq '00000000-0000-0000-0000-000000000000'"], passes: true },
    { filters: ["percentDone lt '100'"], passes: true },
    { filters: ["percentDone gte '61'"], passes: false },
    { filters: ["percentDone eq '60'"], passes: true },
    { filters: ["percentDone in '6'"], passes: true },
    { filters: ["resourceCollectionURI[*] in '/apps/y/'"], passes: true },
    { filters: ["resourceCollectionURI eq '/accounts/a/topology/v1/clouds/c/apps/x/appSnaps/s1'"], passes: true },
    { filters: ["stateDetails[*].title eq 'Snapshot failed'"], passes: true },
    { filters: ["stateDetails.title eq 'Backup failed'"], passes: false },
    { filters: ["stateDetails[*].additionalDetails.pvcName eq 'data-mysql-0'"], passes: true },
    { filters: ["stateTransitions[*].to[*] eq 'paused'"], passes: true },
    { filters: ["endTime gt '2000'"], passes: false },
    { filters: ["userID eq 'x'"], passes: false },
    { filters: ["name eq 'a,b'"], passes: false },
  ])('$filters → $passes', ({ filters, passes }) => {
    expect(compileFilter(filters)(task)).toBe(passes);
  });
});

describe('compileFilter: refusals (400 problem 5 naming filter)', () => {
  it.each([
    { filter: "state ne 'failed'", reason: /is not a list of <field> <op> '<value>' conditions/ },
    { filter: 'state eq failed', reason: /is not a list/ },
    { filter: "state eq 'failed',", reason: /is not a list/ },
    { filter: "state eq 'failed' name eq 'x'", reason: /is not a list/ },
    { filter: "owner eq 'me'", reason: /Unknown field 'owner'/ },
    { filter: "metadata.owner eq 'me'", reason: /Unknown field 'metadata.owner'/ },
    { filter: "constructor eq 'x'", reason: /Unknown field 'constructor'/ },
    { filter: "state[*] eq 'x'", reason: /'state' is not an array/ },
    { filter: "metadata eq 'x'", reason: /is an object/ },
  ])('$filter', ({ filter, reason }) => {
    let error: unknown;
    try {
      compileFilter([filter]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MockError);
    expect((error as MockError).kind).toBe('invalid_parameter');
    expect((error as MockError).details.param).toBe('filter');
    expect((error as MockError).details.reason).toMatch(reason);
  });
});
