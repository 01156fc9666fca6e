/** A diff side of a guide: one of its versions, or the live guide (null). */
export function guideRef(guideId: string, version: number | null): string {
  return version === null ? `guide:${guideId}` : `guide:${guideId}@${version}`;
}

/** The address of the diff page between two sides of a guide. */
export function diffHref(guideId: string, from: number | null, to: number | null): string {
  const params = new URLSearchParams({ from: guideRef(guideId, from), to: guideRef(guideId, to) });
  return `/diff?${params.toString()}`;
}
