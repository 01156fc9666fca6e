/**
 * The stable `id` attribute of blocks, questions and notes: set once when the node is
 * created and kept through edits, versions and class-copy forks, so diffs and comments
 * can align nodes across documents.
 */
export function idAttribute() {
  return {
    default: null,
    parseHTML: (element: ParsedHtmlElement) => element.getAttribute('data-id'),
    renderHTML: (attributes: Record<string, unknown>) => (attributes.id ? { 'data-id': attributes.id } : {}),
  };
}
