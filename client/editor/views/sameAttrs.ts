/**
 * Whether two nodes' attributes hold the same values. A node rebuilt from the shared document
 * (another teacher typed in it) gets a new attrs object with the same values; arrays and
 * objects (roles, answer space) are compared by value.
 */
export function sameAttrs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const left = a[key];
    const right = b[key];
    if (left === right) return true;
    if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
    return JSON.stringify(left) === JSON.stringify(right);
  });
}
