// The "Try it" panel of a mocked function: one field per argument, the call button, the world
// controls, and the places the answer is shown. try-it-client.ts brings it to life.
import { html, type Html } from '../html.js';
import type { MockedFunction } from '../load-inputs.js';
import { DEFAULT_VALUE, paramKind } from './param-kind.js';

const HINT = {
  number: 'number: 4, -1, 0x10',
  string: 'text',
  out: 'out: a one-element array such as [0], or null',
  json: 'JSON: an object such as {} or null',
} as const;

export function tryItPanel(mocked: MockedFunction): Html {
  const { dll, name, signature } = mocked;
  const fields = signature.params.map((p, i) => {
    const kind = paramKind(p.type, p.expect);
    const id = `try-arg-${i}`;
    const nullBox = kind === 'string'
      ? html` <label class="null-box"><input type="checkbox" name="null${i}" checked> NULL</label>` : '';
    return html`<div class="field"><label for="${id}"><code>${p.name}</code> <code class="type">${p.type}</code></label>
<input id="${id}" name="arg${i}" data-kind="${kind}" value="${DEFAULT_VALUE[kind]}" placeholder="${HINT[kind]}" spellcheck="false" autocomplete="off">${nullBox}
<span class="hint">${HINT[kind]}</span></div>`;
  });
  return html`<section id="try-it" class="try-it" data-try-it data-dll="${dll}" data-fn="${name}">
<h2>Try it</h2>
<p class="muted">Calls <code>${dll}.${name}</code> on winhandle's in-memory mock living in this page, through msw's service worker
(<code>POST mock-api/${dll}/${name}</code>). The world keeps its handles while you move between pages in this tab.</p>
<pre><code class="language-c">${signature.text}</code></pre>
<form class="try-it-form" novalidate>
${fields}
<div class="actions">
<button type="submit" disabled>Call ${name}</button>
<button type="button" data-action="reset">Reset world</button>
<label>Mode <select data-action="mode"><option value="strict">strict</option><option value="lenient">lenient</option></select></label>
</div>
</form>
<p class="world" data-world-status role="status">Starting the mock…</p>
<div class="answer" data-answer hidden aria-live="polite">
<table><tbody>
<tr><th scope="row">Result</th><td data-out="result"></td></tr>
<tr><th scope="row">Last error</th><td data-out="lastError"></td></tr>
<tr><th scope="row">Status</th><td data-out="status"></td></tr>
<tr><th scope="row">Out parameters</th><td data-out="out"></td></tr>
</tbody></table>
</div>
<div class="answer-error" data-out="error" role="alert" hidden></div>
</section>`;
}
