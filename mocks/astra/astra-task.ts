/**
 * The task record of Astra Control, `task_1.1_get_response_body` (seed 003; api-facts 4.3), as
 * the spec's `AstraTask` declares it. Key order follows the vendor's examples, so generated
 * records read like the seed's.
 */
export type AstraTaskState =
  | 'notStarted'
  | 'running'
  | 'completed'
  | 'pausing'
  | 'paused'
  | 'cancelling'
  | 'cancelled'
  | 'failed';

export interface AstraStateTransition {
  readonly from: string;
  readonly to: readonly string[];
}

export interface AstraStateDetail {
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly additionalDetails?: Readonly<Record<string, unknown>>;
}

export interface AstraTaskMetadata {
  readonly labels: readonly { readonly name: string; readonly value: string }[];
  readonly creationTimestamp: string;
  readonly modificationTimestamp: string;
  readonly createdBy: string;
  readonly modifiedBy?: string;
}

export interface AstraTask {
  readonly type: 'application/astra-task';
  readonly version: '1.0' | '1.1';
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly service?: string;
  readonly parentTaskID?: string;
  readonly userID?: string;
  readonly resourceID: string;
  readonly resourceURI: string;
  readonly resourceCollectionURI: readonly string[];
  readonly state: AstraTaskState;
  readonly stateTransitions: readonly AstraStateTransition[];
  readonly stateDetails: readonly AstraStateDetail[];
  readonly orderHint?: number;
  readonly percentDone?: number;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly cancelTime?: string;
  readonly metadata: AstraTaskMetadata;
}
