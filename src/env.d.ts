declare namespace App {
  type RouteData = import('./lib/route-data.ts').RouteData;
  /** Set once per request by `src/middleware.ts`: see `src/lib/route-data.ts`. */
  interface Locals extends RouteData {}
}
