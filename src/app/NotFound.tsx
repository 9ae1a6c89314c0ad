import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <div role="alert" className="route-error">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to="/accounts">Back to Accounts</Link>
      </p>
    </div>
  );
}
