// Posting to a webhook without ever failing the run: 5xx, 429, a timeout or a refused connection is
// retried with exponential backoff; the outcome is returned, never thrown. The URL is a secret (a
// Slack webhook URL is its own credential): it appears in no message.

export interface PostOptions {
  /** Tries in all (default 4). */
  readonly attempts?: number;
  /** First backoff; doubles each retry (default 500 ms). */
  readonly baseDelayMs?: number;
  /** Per attempt (default 10 s). */
  readonly timeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface PostOutcome {
  readonly sent: boolean;
  readonly attempts: number;
  /** The last HTTP status, when there was one. */
  readonly status?: number;
  /** Why it was not sent (no URL inside). */
  readonly error?: string;
}

const retryable = (status: number) => status >= 500 || status === 429;

function describe(err: unknown, url: string, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `timed out after ${timeoutMs} ms`;
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  const text = `${err instanceof Error ? err.message : String(err)}${cause}`;
  return text.split(url).join('<webhook>');
}

async function attempt(url: string, body: string, timeoutMs: number): Promise<{ status?: number; error?: string }> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return { status: res.status };
  } catch (err) {
    return { error: describe(err, url, timeoutMs) };
  }
}

/**
 * POSTs `payload` as JSON to `url`.
 * @example const outcome = await postWebhook(process.env.SLACK_WEBHOOK_URL, slackPayload(result)); outcome.sent
 */
export async function postWebhook(url: string, payload: unknown, o: PostOptions = {}): Promise<PostOutcome> {
  const attempts = o.attempts ?? 4;
  const timeoutMs = o.timeoutMs ?? 10_000;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const body = JSON.stringify(payload);
  let last: { status?: number; error?: string } = {};
  for (let n = 1; n <= attempts; n++) {
    last = await attempt(url, body, timeoutMs);
    if (last.status !== undefined && last.status >= 200 && last.status < 300) return { sent: true, attempts: n, status: last.status };
    if (last.status !== undefined && !retryable(last.status)) return { sent: false, attempts: n, status: last.status, error: `the webhook answered ${last.status}` };
    if (n < attempts) await sleep((o.baseDelayMs ?? 500) * 2 ** (n - 1));
  }
  const why = last.status !== undefined ? `the webhook answered ${last.status}` : (last.error ?? 'no answer');
  return { sent: false, attempts, ...(last.status !== undefined ? { status: last.status } : {}), error: `${why} (after ${attempts} attempts)` };
}
