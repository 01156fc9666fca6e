/**
 * The few globals shared/ uses that both of its platforms have (browsers and Node 20):
 * shared/ is checked without DOM or Node types, so these are declared here and nothing else.
 */
declare function btoa(data: string): string;
declare function atob(data: string): string;
declare const crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };

/** What shared/ reads of an HTML element when Tiptap parses pasted or imported HTML. */
interface ParsedHtmlElement {
  getAttribute(name: string): string | null;
}
