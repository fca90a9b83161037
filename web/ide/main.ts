// The offline GraphQL IDE: GraphiQL 5 with its Monaco editor and workers bundled by Vite (nothing from a CDN),
// talking to /graphql on the page's own origin, with the example queries as the first tabs and in an
// "Examples" sidebar that opens any of them in a new tab.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './ide.css';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES, type Example } from './examples';

type Fetcher = GraphiQLProps['fetcher'];

/** Posts each operation to the API of the server that serves this page. */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Awaited<ReturnType<Fetcher>>;
};

function ExamplesIcon() {
  return h(
    'svg',
    { viewBox: '0 0 24 24', width: 20, height: 20, fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, 'aria-hidden': true },
    h('path', { d: 'M5 4h10l4 4v12H5z' }),
    h('path', { d: 'M8 11h8M8 14h8M8 17h5' }),
  );
}

function ExamplesPane() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const { addTab } = useGraphiQLActions();
  const open = (example: Example): void => {
    // A blank tab is reused; otherwise the example opens in a new tab, so no edit is lost.
    if ((queryEditor?.getValue() ?? '').trim() !== '') addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables ?? '');
  };
  return h(
    'section',
    { className: 'examples', 'aria-label': 'Example queries' },
    h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
    h('p', { className: 'examples-note' }, `${EXAMPLES.length} example queries${EXAMPLES[0]?.origin === 'built-in' ? ' (built in)' : ' from examples/queries'}; click one to open it in a tab, then press the run button (Ctrl-Enter).`),
    h(
      'ul',
      { className: 'examples-list' },
      EXAMPLES.map((example) =>
        h(
          'li',
          { key: example.origin + example.title },
          h('button', { type: 'button', className: 'example', 'data-example': example.title, onClick: () => open(example) }, h('span', { className: 'example-title' }, example.title), h('span', { className: 'example-origin' }, example.origin)),
        ),
      ),
    ),
  );
}

const examplesPlugin: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPane };

// GraphiQL fills the first tab's query from `defaultTabs`, but not its variables: pass those as the initial ones
// on a first visit (later visits restore the tabs GraphiQL stored, variables included).
const firstVisit = (() => {
  try {
    return localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true;
  }
})();

function Ide() {
  return h(
    GraphiQL,
    {
      fetcher,
      defaultTabs: EXAMPLES.map((e) => ({ query: e.query, variables: e.variables })),
      ...(firstVisit && EXAMPLES[0]?.variables ? { initialVariables: EXAMPLES[0].variables } : {}),
      defaultEditorToolsVisibility: true,
      plugins: [examplesPlugin, HISTORY_PLUGIN],
      visiblePlugin: examplesPlugin,
    },
    h(GraphiQL.Logo, null, h('a', { href: '/explore', className: 'ide-logo' }, 'clustergraph'), ' GraphQL IDE'),
  );
}

const container = document.getElementById('ide');
if (!container) throw new Error('the page has no #ide');
container.dataset['state'] = 'ready';
createRoot(container).render(h(StrictMode, null, h(Ide)));
