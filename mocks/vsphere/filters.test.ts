import { filterByName } from './filters';

const task = (name: string, target: string) => ({ name, lowerName: name.toLowerCase(), lowerTarget: target.toLowerCase() });
const TASKS = [
  task('克隆虚拟机', 'ActiveDirectory'),
  task('重新配置虚拟机', 'windowsserver2008R2'),
  task('检查新通知', 'Datacenters'),
  task('SetScreenResolution', 'Stabilitywi10'),
  task('进入维护模式', '10.30.12.21'),
];

describe('filterByName (case-insensitive substring of name or target)', () => {
  it.each([
    { filter: undefined, names: TASKS.map((t) => t.name) },
    { filter: '', names: TASKS.map((t) => t.name) },
    { filter: '克隆', names: ['克隆虚拟机'] },
    { filter: '虚拟机', names: ['克隆虚拟机', '重新配置虚拟机'] },
    { filter: 'activedirectory', names: ['克隆虚拟机'] },
    { filter: 'ACTIVEDIR', names: ['克隆虚拟机'] },
    { filter: 'screenres', names: ['SetScreenResolution'] },
    { filter: 'WI', names: ['重新配置虚拟机', 'SetScreenResolution'] },
    { filter: '10.30.12', names: ['进入维护模式'] },
    { filter: 'nothing-like-this', names: [] },
  ])('filter_name=$filter', ({ filter, names }) => {
    expect(filterByName(TASKS, filter).map((t) => t.name)).toEqual(names);
  });

  it('hands back the same list when nothing is filtered (no copy on the default request)', () => {
    expect(filterByName(TASKS, undefined)).toBe(TASKS);
  });
});
