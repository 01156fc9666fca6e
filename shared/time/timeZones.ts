/** Whether `name` is a time zone this runtime knows (an IANA name such as Asia/Shanghai). */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The time zones a school may choose from, by name (the runtime's IANA list). */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return names.length > 0 ? names : ['Asia/Shanghai'];
}
