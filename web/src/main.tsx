import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { href, type Route, useRoute } from './router.js';
import './style.css';
import { useUnread } from './unread.js';
import { AlertsView } from './views/Alerts.js';
import { ArticleView } from './views/Article.js';
import { EntityView } from './views/Entity.js';
import { FeedsView } from './views/Feeds.js';
import { Home } from './views/Home.js';
import { IngestView } from './views/Ingest.js';
import { ScreeningView } from './views/Screening.js';
import { SearchBox } from './views/SearchBox.js';
import { SearchResults } from './views/SearchResults.js';
import { TimelineView } from './views/Timeline.js';

// WebGL and the world atlas are heavy; they load only when their view opens.
const NetworkView = lazy(() => import('./views/Network.js'));
const MapView = lazy(() => import('./views/MapView.js'));

const NAV: [string, string][] = [
  ['home', 'Home'],
  ['network', 'Network'],
  ['timeline', 'Timeline'],
  ['map', 'Map'],
  ['screening', 'Screening'],
  ['ingest', 'Ingest'],
  ['feeds', 'Feeds'],
];

/** From an entity page, the network opens on that entity's neighbourhood. */
function navHref(view: string, route: Route): string {
  if (view === 'network' && route.view === 'entity' && route.arg)
    return href('network', undefined, { around: route.arg });
  return href(view);
}

/** The top bar's inbox link with the unread count, updated live from the server's event stream. */
function AlertsLink({ active }: { active: boolean }) {
  const unread = useUnread();
  return (
    <a className={`alerts-link${active ? ' active' : ''}`} href={href('alerts')} data-testid="alerts-link">
      Alerts
      {unread > 0 && (
        <span className="unread-count" data-testid="unread-count">
          {unread}
        </span>
      )}
    </a>
  );
}

function App() {
  const route = useRoute();
  let body: React.ReactNode;
  switch (route.view) {
    case 'entity':
      body = <EntityView id={route.arg} />;
      break;
    case 'article':
      body = <ArticleView id={route.arg} highlight={route.params.get('hl')} />;
      break;
    case 'search':
      body = <SearchResults q={route.params.get('q') ?? ''} type={route.params.get('type') ?? ''} />;
      break;
    case 'network':
      body = (
        <NetworkView
          around={route.params.get('around')}
          depth={route.params.get('depth')}
          synthetic={route.params.get('synthetic')}
        />
      );
      break;
    case 'timeline':
      body = <TimelineView />;
      break;
    case 'map':
      body = <MapView />;
      break;
    case 'screening':
      body = <ScreeningView status={route.params.get('status') ?? ''} />;
      break;
    case 'ingest':
      body = <IngestView />;
      break;
    case 'feeds':
      body = <FeedsView />;
      break;
    case 'alerts':
      body = <AlertsView />;
      break;
    default:
      body = <Home />;
  }
  return (
    <div className="app">
      <header className="top">
        <a className="brand" href={href('home')}>
          dossier
        </a>
        <nav>
          {NAV.map(([v, label]) => (
            <a key={v} href={navHref(v, route)} className={route.view === v ? 'active' : ''}>
              {label}
            </a>
          ))}
        </nav>
        {route.view !== 'home' && <SearchBox compact />}
        <AlertsLink active={route.view === 'alerts'} />
      </header>
      <main className={`view view-${route.view}`}>
        <Suspense fallback={<p className="muted">Loading…</p>}>{body}</Suspense>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
