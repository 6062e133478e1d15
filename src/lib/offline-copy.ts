/** The offline copy's contract between the build, the service worker and the page: no Node, no DOM. */

/** The worker's file, at the root of its scope (the base path). */
export const WORKER_FILE = 'sw.js';

/** What each language's copy holds in all, for the control to say before anything is downloaded. */
export const SUMMARY_FILE = 'offline.json';

/** One file of a copy: its address relative to the scope, a hash of its bytes, its size in bytes. */
export type OfflineFile = readonly [address: string, revision: string, bytes: number];

/** The build's list, defined ahead of the worker's code. */
export interface OfflineManifest {
  /** Per language, every file its copy holds. */
  langs: Record<string, readonly OfflineFile[]>;
  /** Every page of the build, so an unsaved page opened offline gets the offline page and not the 404. */
  pages: readonly string[];
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

/**
 * `offline.json`: per language, how many files and bytes (gzip where hosts compress) its copy downloads,
 * and the control's messages with the language's name.
 */
export interface OfflineSummary {
  copies: Record<string, { files: number; download: number }>;
  messages: Record<string, Record<(typeof OFFLINE_MESSAGES)[number] | 'language', string>>;
}

/** A copy's status record: when it was last saved, its bytes, the addresses that failed (the rest kept). */
export interface OfflineStatus {
  savedAt: string;
  bytes: number;
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

/** Whether a visit copies the site unasked: only in an installed app, and never when the reader asked to save data. */
export const copiesUnasked = ({ standalone, saveData }: { standalone: boolean; saveData: boolean }) =>
  standalone && !saveData;
