/**
 * A page's markup as a tree of React elements, for the bench's floor (bench/floor/app/markup):
 * the bare framework rendering exactly the elements and text of one of our pages per request,
 * without our layouts, logic, messages or client components. Its ratio to the floor's one-word
 * page is what the framework itself makes of that much markup.
 *
 * Reads HTML as React writes it (every attribute quoted, void elements unclosed, text escaped),
 * not HTML in general. Keeps the body; drops scripts, templates and comments, which React writes
 * for its own bookkeeping (hydration data, Suspense markers) and which the floor writes itself.
 */

/** [tag, React props, children]; a string is a text node. */
export type MarkupNode = string | [tag: string, props: Record<string, string | boolean>, children: MarkupNode[]];

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is left out (React's bookkeeping, not the page). */
const SKIPPED = new Set(['script', 'template']);
/** HTML attribute names React spells otherwise. */
const PROPS: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  autocomplete: 'autoComplete',
  novalidate: 'noValidate',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  minlength: 'minLength',
  inputmode: 'inputMode',
  enctype: 'encType',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  datetime: 'dateTime',
  hreflang: 'hrefLang',
  crossorigin: 'crossOrigin',
  charset: 'charSet',
  srcset: 'srcSet',
  spellcheck: 'spellCheck',
  autocapitalize: 'autoCapitalize',
  formaction: 'formAction',
  formmethod: 'formMethod',
  formnovalidate: 'formNoValidate',
  'accept-charset': 'acceptCharset',
  'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
  'fill-rule': 'fillRule',
  'clip-rule': 'clipRule',
};
/** Attributes React writes for an uncontrolled field's starting value. */
const FIELD_PROPS: Record<string, string> = { value: 'defaultValue', checked: 'defaultChecked' };
/** Attributes that are true when present (React writes them as name=""). */
const BOOLEAN = new Set(['hidden', 'disabled', 'required', 'open', 'multiple', 'selected', 'checked', 'novalidate', 'readonly', 'formnovalidate', 'autofocus']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });

/** React props of one start tag's attribute text. A style attribute, a string in HTML but an object in React, is dropped. */
function props(tag: string, attributes: string): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const m of attributes.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
    const name = m[1]!.toLowerCase();
    if (name === 'style') continue;
    const field = (tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'option') && FIELD_PROPS[name];
    const prop = field || PROPS[name] || m[1]!;
    out[prop] = BOOLEAN.has(name) ? true : decode(m[2] ?? '');
  }
  return out;
}

/** The elements and text of the body of `html` (a page as React rendered it), as MarkupNodes. */
export function markupTree(html: string): MarkupNode[] {
  const start = html.search(/<body[\s>]/);
  const end = html.lastIndexOf('</body>');
  if (start < 0 || end < 0) throw new Error('no <body> in this HTML');
  const body = html.slice(html.indexOf('>', start) + 1, end);
  const root: MarkupNode[] = [];
  const open: { tag: string; children: MarkupNode[] }[] = [{ tag: '', children: root }];
  let skipping = 0;
  for (const m of body.matchAll(/<!--[\s\S]*?-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>|[^<]+/g)) {
    const [token, closing, tag, attributes] = m;
    if (token.startsWith('<!--')) continue;
    if (closing !== undefined) {
      const name = closing.toLowerCase();
      if (SKIPPED.has(name)) skipping--;
      else if (!skipping) {
        if (open.length < 2 || open.at(-1)!.tag !== name) throw new Error(`</${name}> does not close <${open.at(-1)!.tag}>`);
        open.pop();
      }
      continue;
    }
    if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (SKIPPED.has(name)) {
        skipping++;
        continue;
      }
      if (skipping) continue;
      const children: MarkupNode[] = [];
      open.at(-1)!.children.push([tag, props(name, attributes ?? ''), children]);
      if (!VOID.has(name) && !token.endsWith('/>')) open.push({ tag: name, children });
      continue;
    }
    if (!skipping) open.at(-1)!.children.push(decode(token));
  }
  if (open.length !== 1) throw new Error(`<${open.at(-1)!.tag}> is not closed`);
  return root;
}
