// `tsc` alone does not know `.astro` files (`astro check` does): tests that render a component with
// Astro's container API import it as a component factory.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
