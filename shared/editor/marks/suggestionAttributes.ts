/**
 * The attributes both suggestion marks carry: which suggestion, whose (user id), and when.
 * In HTML they are data attributes (an `id` attribute would clash between the runs of one
 * suggestion).
 */
export function suggestionAttributes() {
  const dataAttribute = (name: string, htmlName: string) => ({
    default: null,
    parseHTML: (element: ParsedHtmlElement) => element.getAttribute(htmlName),
    renderHTML: (attributes: Record<string, unknown>) =>
      attributes[name] === null || attributes[name] === undefined ? {} : { [htmlName]: String(attributes[name]) },
  });
  return {
    id: dataAttribute('id', 'data-suggestion-id'),
    author: dataAttribute('author', 'data-author'),
    createdAt: dataAttribute('createdAt', 'data-created-at'),
  };
}
