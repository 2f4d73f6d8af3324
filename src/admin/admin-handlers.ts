import type { AdminHandler } from './admin-handler';
import { changeClock, getClock } from './clock-handlers';
import { armFault, clearFaults, listFaults, removeFault } from './fault-handlers';
import { clearRequests, getHealth, listRequests } from './journal-handlers';
import { getState, putState, resetMock } from './state-handlers';
import { changeAdminTask, createAdminTask, deleteAdminTask, getAdminTask, listAdminTasks } from './task-handlers';

/** operationId in specs/admin/admin.yaml → handler; checked against the spec at start-up, both ways. */
export const adminHandlers: Readonly<Record<string, AdminHandler>> = {
  getHealth,
  getClock,
  changeClock,
  listAdminTasks,
  createAdminTask,
  getAdminTask,
  changeAdminTask,
  deleteAdminTask,
  resetMock,
  getState,
  putState,
  listRequests,
  clearRequests,
  listFaults,
  armFault,
  clearFaults,
  removeFault,
};
