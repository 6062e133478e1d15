/** The offline copy's control, loaded when used: what a copy downloads; saving it through the worker, with
 * progress and failures; removing it (and the worker, once no language is saved). */
import { formatMessage } from '@/i18n/format-message';
import { assetPath } from '@/lib/asset-path';
import {
  cacheName,
  statusUrl,
  SUMMARY_FILE,
  WORKER_FILE,
  type OfflineMessage,
  type OfflineStatus,
  type OfflineSummary,
} from '@/lib/offline-copy';
import { showSaved } from './offline-copy.ts';

const lang = document.documentElement.lang;
const scopePath = assetPath('');
const scope = new URL(scopePath, location.href).href;
const copyName = cacheName(scope, lang);

let summary: Promise<OfflineSummary> | undefined;
function loadSummary(): Promise<OfflineSummary> {
  summary ??= fetch(assetPath(SUMMARY_FILE)).then((response) => {
    if (response.ok) return response.json() as Promise<OfflineSummary>;
    throw new Error(`${SUMMARY_FILE}: ${response.status}`);
  });
  summary.catch(() => (summary = undefined)); // tried again next time
  return summary;
}

const messages = async (): Promise<Partial<OfflineSummary['messages'][string]>> =>
  (await loadSummary()).messages[lang] ?? {};

function size(bytes: number): string {
  const mega = bytes >= 1e6;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(bytes / (mega ? 1e6 : 1e3));
}

const when = (iso: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

const savedStatus = async () =>
  (await caches.match(statusUrl(scope), { cacheName: copyName }))?.json() as Promise<
    OfflineStatus | undefined
  >;

type Parts = Record<'out' | 'saveButton' | 'removeButton', HTMLElement>;
const made = new WeakMap<HTMLElement, Parts>();

/** The control's status line and buttons, made when first needed: no page carries them unopened. */
function parts(control: HTMLElement): Parts {
  const known = made.get(control);
  if (known) return known;
  const out = Object.assign(document.createElement('p'), { role: 'status' });
  const button = (action: (control: HTMLElement) => Promise<void>) => {
    const element = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'header-control',
      hidden: true,
    });
    element.addEventListener('click', () => void action(control));
    return element;
  };
  const found = { out, saveButton: button(save), removeButton: button(remove) };
  (control.querySelector('details') ?? control).append(out, found.saveButton, found.removeButton);
  made.set(control, found);
  return found;
}

/** Says what the copy holds, or what it would download, and offers what can be done next. */
async function describe(control: HTMLElement): Promise<void> {
  const { out, saveButton, removeButton } = parts(control);
  const [status, { copies }, text] = await Promise.all([savedStatus(), loadSummary(), messages()]);
  saveButton.textContent = text.offlineConfirm ?? '';
  removeButton.textContent = text.offlineRemove ?? '';
  if (status) {
    const failed = status.failed.length
      ? ` ${formatMessage(text.offlineFailed ?? '', {
          files: status.failed.map((file) => new URL(file, scope).pathname).join(', '),
        })}`
      : '';
    out.textContent =
      formatMessage(text.offlineSaved ?? '', { date: when(status.savedAt), size: size(status.bytes) }) +
      failed;
  } else {
    const copy = copies[lang] ?? { files: 0, download: 0 };
    out.textContent = formatMessage(text.offlineOffer ?? '', {
      language: text.language ?? lang,
      size: size(copy.download),
      files: copy.files,
    });
  }
  saveButton.hidden = Boolean(status && status.failed.length === 0);
  removeButton.hidden = !status;
}

async function report(control: HTMLElement, error: unknown): Promise<void> {
  const template = (await messages().catch(() => undefined))?.offlineError ?? '{error}';
  parts(control).out.textContent = formatMessage(template, { error: String(error) });
}

export async function open(control: HTMLElement): Promise<void> {
  await describe(control).catch((error: unknown) => report(control, error));
}

/** Registers the worker, asks it to save this language and follows its progress. */
export async function save(control: HTMLElement): Promise<void> {
  const { out, saveButton, removeButton } = parts(control);
  saveButton.hidden = removeButton.hidden = true;
  try {
    const text = await messages();
    await navigator.serviceWorker.register(assetPath(WORKER_FILE), { scope: scopePath });
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker) throw new Error('no active service worker');
    await new Promise<void>((resolve) => {
      const listen = ({ data }: MessageEvent<OfflineMessage>) => {
        if (data.lang !== lang) return;
        if (data.type === 'progress') {
          out.textContent = formatMessage(text.offlineSaving ?? '', { done: data.done, total: data.total });
        }
        if (data.type !== 'saved') return;
        navigator.serviceWorker.removeEventListener('message', listen);
        resolve();
      };
      navigator.serviceWorker.addEventListener('message', listen);
      worker.postMessage({ type: 'save', lang } satisfies OfflineMessage);
    });
    showSaved(control, true);
    await describe(control);
  } catch (error) {
    saveButton.hidden = false;
    await report(control, error);
  }
}

/** Removes this language's copy, and the worker once no language has one. */
async function remove(control: HTMLElement): Promise<void> {
  const { out, saveButton, removeButton } = parts(control);
  await caches.delete(copyName);
  const prefix = cacheName(scope, '');
  if (!(await caches.keys()).some((name) => name.startsWith(prefix))) {
    await (await navigator.serviceWorker.getRegistration(scopePath))?.unregister();
  }
  showSaved(control, false);
  out.textContent = (await messages().catch(() => undefined))?.offlineRemoved ?? '';
  removeButton.hidden = true;
  saveButton.hidden = false;
}

/** Fills the note of a page served from the copy: the site could not be reached, and when it was saved. */
export async function showSavedCopyNote(note: HTMLElement, savedAt: string): Promise<void> {
  const text = await messages();
  note.textContent = formatMessage(text.savedCopyNote ?? '', { date: savedAt ? when(savedAt) : '' });
  note.hidden = false;
}
