declare namespace App {
  type RouteData = import('./lib/route-data.ts').RouteData;
  /** Set once per request by `src/middleware.ts`: see `src/lib/route-data.ts`. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Astro merges its own Locals with this one.
  interface Locals extends RouteData {}
}
