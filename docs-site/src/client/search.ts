// Browser side of search: loads search-index.json on first use, shows hits under the header box
// (Enter opens the first), and fills the search page from ?q=. DOM built with textContent only.
import type { SearchIndex } from '../search-index.js';
import { search, type Hit } from './search-match.js';

const root = new URL(document.documentElement.dataset.root ?? './', location.href);
let loading: Promise<SearchIndex> | undefined;

function index(): Promise<SearchIndex> {
  loading ??= fetch(new URL('search-index.json', root)).then((r) => r.json() as Promise<SearchIndex>);
  return loading;
}

function render(list: HTMLOListElement, hits: readonly Hit[]): void {
  list.replaceChildren(...hits.map((hit) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = new URL(hit.path, root).href;
    const label = document.createElement('code');
    label.textContent = hit.label;
    const detail = document.createElement('span');
    detail.className = 'detail';
    detail.textContent = hit.detail;
    a.append(label, ' ', detail);
    li.append(a);
    return li;
  }));
}

function wireHeaderBox(): void {
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  if (!input || !list) return;
  let hits: Hit[] = [];
  const update = async (): Promise<void> => {
    const query = input.value;
    const found = search(await index(), query, 12);
    if (input.value !== query) return;
    hits = found;
    render(list, hits);
    list.hidden = hits.length === 0;
  };
  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => void index());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') list.hidden = true;
    if (event.key === 'Enter' && hits[0]) {
      event.preventDefault();
      location.href = new URL(hits[0].path, root).href;
    }
  });
}

async function fillSearchPage(): Promise<void> {
  const list = document.getElementById('search-page-results') as HTMLOListElement | null;
  if (!list) return;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  if (input) input.value = query;
  render(list, search(await index(), query, 200));
}

wireHeaderBox();
void fillSearchPage();
