// The three status vocabularies of the seed, mapped to one: FUB jobs (New / In Process / Complete /
// Error), reZEN jobs (New / Started / Complete / Partial / Error), upper-case (PENDING / IN_PROGRESS /
// COMPLETED / ERROR), lower-case (pending / in_progress / completed / failed), and sync state
// (ready / syncing / error, IDLE / SYNCING / ERROR).

export type NormalStatus = 'pending' | 'active' | 'complete' | 'partial' | 'error' | 'unknown';

/**
 * Each status word (lower case, spaces and dashes as `_`) and its normal form; the deployed
 * pipeline-health-check endpoint is compiled with this same table.
 * @example STATUS_WORDS['in_process'] // 'active'
 */
export const STATUS_WORDS: Readonly<Record<string, NormalStatus>> = {
  new: 'pending', pending: 'pending', queued: 'pending',
  in_process: 'active', in_progress: 'active', started: 'active', running: 'active', syncing: 'active', processing: 'active',
  complete: 'complete', completed: 'complete', done: 'complete', ready: 'complete', idle: 'complete', success: 'complete',
  partial: 'partial',
  error: 'error', failed: 'error', failure: 'error',
};

/**
 * One vocabulary for every status the seed's tables use.
 * @example normaliseStatus('In Process') // 'active'; normaliseStatus('IN_PROGRESS') // 'active'
 */
export function normaliseStatus(raw: string | null | undefined): NormalStatus {
  if (raw === null || raw === undefined) return 'unknown';
  return STATUS_WORDS[raw.trim().toLowerCase().replace(/[\s-]+/g, '_')] ?? 'unknown';
}
