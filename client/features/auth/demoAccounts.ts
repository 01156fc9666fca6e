/** The seeded demo teachers (contract.md): a demo install lists them for one-click login. */
export const demoAccounts = [
  { username: 'wanglei', name: '王磊', role: 'leader' },
  { username: 'lifang', name: '李芳', role: 'member' },
  { username: 'zhangwei', name: '张伟', role: 'member' },
  { username: 'liuyang', name: '刘洋', role: 'member' },
] as const;

export const demoPassword = 'demo1234';
