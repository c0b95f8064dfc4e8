import { Link, PATHS } from '../routes';

/** Any other path. */
export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. Go to the <Link to={PATHS.dropIn}>drop-in page</Link>.
      </p>
    </>
  );
}
