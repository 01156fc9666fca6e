// KaTeX with its stylesheet (and so its fonts): the chunk katexLoader.ts fetches on demand.
import katex from 'katex';
import 'katex/dist/katex.min.css';

export default katex;
