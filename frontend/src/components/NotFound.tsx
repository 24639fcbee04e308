import { Link } from 'react-router';

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        This page does not exist or is not available to you in the selected program. <Link to="/">Go to the home page</Link>.
      </p>
    </section>
  );
}
