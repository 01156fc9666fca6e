import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Thrown when mammoth needs more memory or time than one import may take. */
export class DocxTooComplexError extends Error {
  constructor(reason: string) {
    super(`docx too complex: ${reason}`);
    this.name = 'DocxTooComplexError';
  }
}

/** What one read may use: mammoth's heap and wall time. */
export interface MammothWorkerLimits {
  heapMb: number;
  timeoutMs: number;
}

/** The node fields the importer reads from mammoth's document model; everything else stays in the worker. */
const keptFields = [
  'type',
  'value',
  'name',
  'styleName',
  'alignment',
  'isBold',
  'isItalic',
  'isUnderline',
  'isStrikethrough',
  'breakType',
  'isHeader',
  'colSpan',
  'rowSpan',
];

// Plain JavaScript, so the worker needs no TypeScript loader (it runs under tsx, vitest and the
// compiled server alike). mammoth reads the parts the main thread has already unpacked within
// its limits (its `file` input: exists/read), so it never unzips anything itself; the document
// model is taken from transformDocument and the conversion to HTML is skipped.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const mammoth = require(workerData.mammothPath);
const { parts, names, keptFields } = workerData;
const file = {
  exists: (name) => names.has(name),
  read: (name, encoding) => {
    const bytes = parts.get(name);
    if (!bytes) return Promise.reject(new Error('part not available: ' + name));
    if (encoding === 'base64') return Promise.resolve(Buffer.from(bytes).toString('base64'));
    if (encoding) return Promise.resolve(new TextDecoder(encoding).decode(bytes));
    return Promise.resolve(bytes);
  },
};
function prune(node) {
  const kept = {};
  for (const field of keptFields) {
    const value = node[field];
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) kept[field] = value;
  }
  if (node.numbering) kept.numbering = { isOrdered: Boolean(node.numbering.isOrdered), level: node.numbering.level };
  if (node.indent) kept.indent = { start: node.indent.start ?? null };
  if (Array.isArray(node.children)) {
    kept.children = node.children.filter((child) => child && typeof child.type === 'string').map(prune);
  }
  return kept;
}
const done = new Error('document read');
let document = null;
mammoth
  .convertToHtml({ file }, {
    transformDocument: (element) => {
      document = prune(element);
      throw done;
    },
  })
  .then(
    () => parentPort.postMessage({ document }),
    (error) => parentPort.postMessage(error === done ? { document } : { error: String((error && error.message) || error) }),
  );
`;

/**
 * Reads a .docx's unpacked parts with mammoth on a worker thread and answers mammoth's
 * document model (only the fields the importer reads). mammoth parses the XML synchronously
 * (seconds and hundreds of MB for a document part of a few MB), so it runs beside the event
 * loop, with a heap limit and a deadline: past either, DocxTooComplexError. Only the XML parts
 * travel to the worker (images are never read). Rejects with an Error carrying mammoth's
 * message for a file mammoth cannot read.
 */
export function readWithMammoth(files: Map<string, Uint8Array>, limits: MammothWorkerLimits): Promise<unknown> {
  const parts = new Map([...files].filter(([name]) => /\.(xml|rels)$/i.test(name)));
  const mammothPath = createRequire(import.meta.url).resolve('mammoth');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { mammothPath, parts, names: new Set(files.keys()), keptFields },
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new DocxTooComplexError(`no result in ${limits.timeoutMs} ms`))), limits.timeoutMs);
    worker.on('message', (message: { document?: unknown; error?: string }) => {
      settle(() => (message.error !== undefined || !message.document ? reject(new Error(message.error ?? 'mammoth returned no document')) : resolve(message.document)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DocxTooComplexError(`over ${limits.heapMb} MB`) : error));
    });
    worker.on('exit', (code) => settle(() => reject(new Error(`mammoth worker exited with ${code}`))));
  });
}
