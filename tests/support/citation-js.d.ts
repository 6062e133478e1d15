/** Citation.js ships no types: what the tests use of it (it reads BibTeX, RIS or CSL-JSON into CSL data). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string | readonly object[]);
    /** The items read, as CSL-JSON. */
    data: object[];
  }
}
