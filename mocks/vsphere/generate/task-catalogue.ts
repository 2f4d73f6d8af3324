import type { FaultName } from './task-faults';

/** Which inventory entities a kind of task runs on (inventory-tree.ts). */
export type EntityPool = 'vm' | 'scratchVm' | 'vmFolder' | 'host' | 'datastore' | 'resourcePool' | 'rootFolder';
export type ReasonKind = 'user' | 'schedule' | 'alarm' | 'system';

export interface TaskKind {
  /** TaskInfo.DescriptionId: the vmodl type and method ("VirtualMachine.reconfigure"). */
  readonly descriptionId: string;
  /** TaskInfo.Name: the vim method ("ReconfigVM_Task"); "" for internal tasks (seed task-3276). */
  readonly method: string;
  /**
   * The platform's `name`: the Chinese label of the DescriptionId (seed 000: 重新配置虚拟机,
   * 恢复快照, 移除快照, 检查新通知; vSphere Client zh-CN wording for the rest), or null where the
   * platform falls back to `Name` (api-facts 1.4: its sibling doc shows "SetScreenResolution").
   */
  readonly label: string | null;
  readonly on: EntityPool;
  /** Relative frequency in the history. */
  readonly weight: number;
  /** Running time range, seconds: at most 9 minutes (generate.ts keeps history clear of the seed's window). */
  readonly seconds: readonly [number, number];
  readonly cancelable: boolean;
  /** Who starts it: "user" alone means always a user; with others, a user most of the time. */
  readonly reasons: readonly ReasonKind[];
  readonly faults: readonly FaultName[];
  /** What a successful run leaves in TaskInfo.Result. (Description and Locked while running: running-detail.ts.) */
  readonly result?: 'snapshot' | 'vm';
}

const k = (kind: TaskKind): TaskKind => kind;

/** The tasks of the demo vCenter (api-facts 1.5 "Typical DescriptionId → Name → label"). */
export const TASK_KINDS: readonly TaskKind[] = [
  k({ descriptionId: 'VirtualMachine.reconfigure', method: 'ReconfigVM_Task', label: '重新配置虚拟机', on: 'vm', weight: 16, seconds: [0.2, 3], cancelable: false, reasons: ['user'], faults: ['invalidArgument', 'taskInProgress'] }),
  k({ descriptionId: 'VirtualMachine.powerOn', method: 'PowerOnVM_Task', label: '打开虚拟机电源', on: 'vm', weight: 12, seconds: [0.5, 8], cancelable: false, reasons: ['user', 'schedule'], faults: ['poweredOnAlready', 'haFailover', 'diskLocked'] }),
  k({ descriptionId: 'VirtualMachine.powerOff', method: 'PowerOffVM_Task', label: '关闭虚拟机电源', on: 'vm', weight: 10, seconds: [0.3, 6], cancelable: false, reasons: ['user', 'alarm'], faults: ['poweredOffAlready'] }),
  k({ descriptionId: 'VirtualMachine.reset', method: 'ResetVM_Task', label: '重置虚拟机', on: 'vm', weight: 3, seconds: [0.5, 3], cancelable: false, reasons: ['user', 'alarm'], faults: ['needsPoweredOn'] }),
  k({ descriptionId: 'VirtualMachine.suspend', method: 'SuspendVM_Task', label: '挂起虚拟机', on: 'vm', weight: 2, seconds: [3, 25], cancelable: false, reasons: ['user'], faults: ['needsPoweredOn'] }),
  k({ descriptionId: 'VirtualMachine.createSnapshot', method: 'CreateSnapshot_Task', label: '创建虚拟机快照', on: 'vm', weight: 10, seconds: [1, 45], cancelable: false, reasons: ['user', 'schedule'], faults: ['quiesce', 'noDiskSpace'], result: 'snapshot' }),
  k({ descriptionId: 'vm.Snapshot.revert', method: 'RevertToSnapshot_Task', label: '恢复快照', on: 'vm', weight: 4, seconds: [3, 40], cancelable: false, reasons: ['user'], faults: ['taskInProgress'] }),
  k({ descriptionId: 'vm.Snapshot.remove', method: 'RemoveSnapshot_Task', label: '移除快照', on: 'vm', weight: 6, seconds: [3, 60], cancelable: false, reasons: ['user', 'schedule'], faults: ['taskInProgress'] }),
  k({ descriptionId: 'VirtualMachine.removeAllSnapshots', method: 'RemoveAllSnapshots_Task', label: '移除所有快照', on: 'vm', weight: 2, seconds: [10, 120], cancelable: false, reasons: ['user'], faults: ['taskInProgress'] }),
  k({ descriptionId: 'VirtualMachine.consolidateDisks', method: 'ConsolidateVMDisks_Task', label: '整合虚拟机磁盘文件', on: 'vm', weight: 1, seconds: [10, 180], cancelable: false, reasons: ['user'], faults: [] }),
  k({ descriptionId: 'VirtualMachine.setScreenResolution', method: 'SetScreenResolution', label: null, on: 'vm', weight: 2, seconds: [0.05, 0.5], cancelable: false, reasons: ['user'], faults: ['toolsUnavailable'] }),
  k({ descriptionId: 'VirtualMachine.clone', method: 'CloneVM_Task', label: '克隆虚拟机', on: 'vm', weight: 4, seconds: [60, 540], cancelable: true, reasons: ['user'], faults: ['fileExists', 'noDiskSpace'], result: 'vm' }),
  k({ descriptionId: 'VirtualMachine.relocate', method: 'RelocateVM_Task', label: '迁移虚拟机', on: 'vm', weight: 5, seconds: [20, 420], cancelable: true, reasons: ['user'], faults: ['noDiskSpace'] }),
  k({ descriptionId: 'VirtualMachine.destroy', method: 'Destroy_Task', label: '删除虚拟机', on: 'scratchVm', weight: 2, seconds: [1, 10], cancelable: false, reasons: ['user'], faults: ['needsPoweredOff'] }),
  k({ descriptionId: 'Folder.createVm', method: 'CreateVM_Task', label: '创建虚拟机', on: 'vmFolder', weight: 2, seconds: [1, 8], cancelable: false, reasons: ['user'], faults: ['fileExists'], result: 'vm' }),
  k({ descriptionId: 'Folder.registerVm', method: 'RegisterVM_Task', label: '注册虚拟机', on: 'vmFolder', weight: 1, seconds: [1, 5], cancelable: false, reasons: ['user'], faults: ['fileNotFound'], result: 'vm' }),
  k({ descriptionId: 'ResourcePool.importVApp', method: 'ImportVApp', label: '部署 OVF 模板', on: 'resourcePool', weight: 2, seconds: [60, 500], cancelable: true, reasons: ['user'], faults: ['noDiskSpace'] }),
  k({ descriptionId: 'HostSystem.enterMaintenanceMode', method: 'EnterMaintenanceMode_Task', label: '进入维护模式', on: 'host', weight: 2, seconds: [10, 300], cancelable: true, reasons: ['user', 'alarm'], faults: ['timedOut'] }),
  k({ descriptionId: 'HostSystem.exitMaintenanceMode', method: 'ExitMaintenanceMode_Task', label: '退出维护模式', on: 'host', weight: 2, seconds: [1, 10], cancelable: true, reasons: ['user'], faults: [] }),
  k({ descriptionId: 'HostSystem.reconnect', method: 'ReconnectHost_Task', label: '重新连接主机', on: 'host', weight: 3, seconds: [5, 40], cancelable: false, reasons: ['user', 'system'], faults: ['noHost'] }),
  k({ descriptionId: 'HostSystem.disconnect', method: 'DisconnectHost_Task', label: '断开主机连接', on: 'host', weight: 1, seconds: [1, 5], cancelable: false, reasons: ['user'], faults: [] }),
  k({ descriptionId: 'host.DatastoreBrowser.search', method: 'SearchDatastore_Task', label: '搜索数据存储', on: 'datastore', weight: 4, seconds: [0.1, 3], cancelable: true, reasons: ['user'], faults: ['fileNotFound'] }),
  k({ descriptionId: 'com.vmware.vcIntegrity.CheckNotificationTask', method: '', label: '检查新通知', on: 'rootFolder', weight: 3, seconds: [60, 240], cancelable: true, reasons: ['schedule'], faults: [] }),
];

/** Weighted choice of a kind from one draw in [0, 1). */
export function pickKind(draw: number, kinds: readonly TaskKind[] = TASK_KINDS): TaskKind {
  const total = kinds.reduce((sum, kind) => sum + kind.weight, 0);
  let at = draw * total;
  for (const kind of kinds) {
    at -= kind.weight;
    if (at < 0) return kind;
  }
  return kinds[kinds.length - 1] as TaskKind;
}
