import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  usePageTitle(notFound ? 'Page not found' : 'Something went wrong');
  const message = notFound
    ? 'There is no page at this address.'
    : error instanceof Error
      ? error.message
      : 'An unexpected error stopped this page.';
  return (
    <div role="alert" className="route-error">
      <h1>{notFound ? 'Page not found' : 'This page hit a problem'}</h1>
      <p>{message}</p>
      <p>Your saved data is untouched.</p>
      <p>
        <Link to="/accounts">Back to Accounts</Link>
      </p>
    </div>
  );
}
