import { Link } from 'react-router';
import { VIEW_LABELS, VIEWS, type View } from '../list-state/view-params.ts';
import './view-nav.css';

/**
 * The three views of the same list, as links (so each view is a URL that can be opened in a new tab
 * or shared). The current one is marked for assistive technology as well as visually.
 */
export function ViewNav({ current, hrefFor }: { current: View; hrefFor: (view: View) => string }) {
  return (
    <nav className="view-nav" aria-label="Views">
      {VIEWS.map((view) => (
        <Link
          key={view}
          to={hrefFor(view)}
          className="view-nav-link"
          aria-current={view === current ? 'page' : undefined}
        >
          {VIEW_LABELS[view]}
        </Link>
      ))}
    </nav>
  );
}
