// The shell: banner with search, the view named by the URL, skip link and
// landmarks for keyboard and screen-reader users.

import { BenchView } from './bench/BenchView.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { onLinkClick, useUrlState } from './use-url-state.ts';
import { DocumentView } from './views/DocumentView.tsx';
import { EntityView } from './views/EntityView.tsx';
import { GraphView } from './views/GraphView.tsx';
import { HomeView } from './views/HomeView.tsx';
import { LineageView } from './views/LineageView.tsx';
import { RolesView } from './views/RolesView.tsx';

export function App() {
  const [state, navigate] = useUrlState();
  const needsId = state.view !== 'home' && state.view !== 'bench' && !state.id;
  let view: React.ReactNode;
  if (needsId) view = <p role="alert">This view needs an entity: search for one above.</p>;
  else if (state.view === 'entity') view = <EntityView key={state.id} id={state.id!} navigate={navigate} />;
  else if (state.view === 'graph') view = <GraphView key={state.id} state={state} navigate={navigate} />;
  else if (state.view === 'lineage') view = <LineageView key={state.id} state={state} navigate={navigate} />;
  else if (state.view === 'roles') view = <RolesView key={state.id} state={state} navigate={navigate} />;
  else if (state.view === 'document')
    view = <DocumentView key={state.id} state={state} navigate={navigate} />;
  else if (state.view === 'bench') view = <BenchView state={state} />;
  else view = <HomeView navigate={navigate} />;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="banner">
        <a href="/" className="brand" onClick={onLinkClick(navigate, '/')}>
          IG Atlas
        </a>
        <SearchBox navigate={navigate} />
      </header>
      <main id="main" tabIndex={-1} className={`view-${state.view}`}>
        {view}
      </main>
    </>
  );
}
