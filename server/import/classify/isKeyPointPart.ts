const keyPointPartPattern = /^(?:学习|教学)?(?:重点|难点)$/;

/** A title naming one part of 重点难点 (学习重点, 难点 …) rather than both. */
export function isKeyPointPart(title: string): boolean {
  return keyPointPartPattern.test(title);
}
