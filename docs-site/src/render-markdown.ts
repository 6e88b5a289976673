// Document markdown → safe HTML. Document content is untrusted: the markdown (with any HTML it
// carries) is first turned into an HTML string, which is then parsed as a whole and cleaned by
// rehype-sanitize (GitHub's schema, minus images so no page loads anything from elsewhere).
// Links that leave the site get rel="noopener noreferrer" after sanitizing.
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { trusted, type Html } from './html.js';

/** Elements documents never need here: images (nothing loads from elsewhere) and form inputs. */
const DROPPED = new Set(['img', 'picture', 'source', 'input']);

const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !DROPPED.has(t)),
};

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function markExternalLinks() {
  const visit = (node: HastNode): void => {
    if (node.type === 'element' && node.tagName === 'a' && node.properties) {
      const href = node.properties.href;
      if (typeof href === 'string' && /^https?:/i.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
        node.properties.className = ['external'];
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  return (tree: HastNode) => visit(tree);
}

const toUnsafeHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true });

const sanitize = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, SCHEMA)
  .use(markExternalLinks)
  .use(rehypeStringify);

/** Sanitized HTML for a markdown string from a document. */
export function renderMarkdown(markdown: string): Html {
  if (markdown.trim() === '') return trusted('');
  const unsafe = String(toUnsafeHtml.processSync(markdown));
  return trusted(String(sanitize.processSync(unsafe)));
}

/** One paragraph rendered inline (no <p> wrapper), for table cells and summaries. */
export function renderInline(markdown: string): Html {
  const block = renderMarkdown(markdown).value;
  const single = /^<p>([\s\S]*)<\/p>$/.exec(block.trim());
  return trusted(single && !single[1]!.includes('<p>') ? single[1]! : block);
}
