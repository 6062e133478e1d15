/**
 * The offline copy's contract between the build (which lists the files), the service worker (which
 * saves and serves them) and the page (which asks for a copy and shows its state). No Node, no DOM:
 * the worker and the browser import it too.
 */

/** The worker's file, at the root of its scope (the base path). */
export const WORKER_FILE = 'sw.js';

/** What each language's copy holds in all, for the control to say before anything is downloaded. */
export const SUMMARY_FILE = 'offline.json';

/** One file of a copy: its address relative to the scope, a hash of its bytes, its size in bytes. */
export type OfflineFile = readonly [address: string, revision: string, bytes: number];

/** The build's list, defined ahead of the worker's code. */
export interface OfflineManifest {
  /** Per language, every file its copy holds: pages, the search bundle, styles and scripts, cards. */
  langs: Record<string, readonly OfflineFile[]>;
  /** Every page of the build, so an unsaved page opened offline gets the offline page and not the 404. */
  pages: readonly string[];
  /** The page served for an address the site does not have. */
  notFound: string;
  /** Per language, the page served offline for a page of the site that is not in the copy. */
  offlinePage: Record<string, string>;
}

/** The UI strings the control and the saved-copy note need, which only a reader who uses them downloads. */
export const OFFLINE_MESSAGES = [
  'offlineConfirm',
  'offlineRemove',
  'offlineOffer',
  'offlineSaving',
  'offlineSaved',
  'offlineFailed',
  'offlineRemoved',
  'offlineError',
  'savedCopyNote',
] as const;

/** What the control reads when the reader opens it (`offline.json`), before anything is saved. */
export interface OfflineSummary {
  /** Per language: how many files, how many bytes to download (gzip where hosts compress), bytes on disk. */
  copies: Record<string, { files: number; download: number; bytes: number }>;
  /** Per language: the control's messages, and the language's name for them. */
  messages: Record<string, Record<(typeof OFFLINE_MESSAGES)[number] | 'language', string>>;
}

/** What a copy's status record says: when it was last saved, how much it holds, what failed. */
export interface OfflineStatus {
  savedAt: string;
  files: number;
  bytes: number;
  /** Addresses that could not be saved; the rest of the copy is kept. */
  failed: string[];
}

/** Messages between the page and the worker. */
export type OfflineMessage =
  | { type: 'save'; lang: string }
  | { type: 'progress'; lang: string; done: number; total: number }
  | { type: 'saved'; lang: string; status: OfflineStatus };

/** One cache per language and scope, so one language's copy can be removed alone. */
export const cacheName = (scope: string, lang: string) => `fact-sheet ${scope} offline ${lang}`;

/** Where a copy keeps its status record (a URL in its cache, which the site never serves). */
export const statusUrl = (scope: string) => new URL('offline-status.json?copy', scope).href;

/** A file's key in the copy: its address with its revision, so a new build's version sits beside the old. */
export const copyKey = (scope: string, [address, revision]: OfflineFile) =>
  `${new URL(address, scope).href}?revision=${revision}`;

/**
 * Whether a visit copies the site unasked: only in an installed app (display-mode standalone), and never
 * when the reader asked to save data.
 */
export const copiesUnasked = ({ standalone, saveData }: { standalone: boolean; saveData: boolean }) =>
  standalone && !saveData;
