// SYSTEM endpoint `pipeline-health-check` (domain §2; the seed's health check, rebuilt): staging totals
// and the real backlog, final table counts, sync state per integration with its failure rate and age,
// onboarding jobs (pending, active, stuck), and a verdict with its reasons. It answers the FP Result
// with the health check in `data`, in the shape `xac health --url` reads (HealthFacts plus the verdict).
//
// Thresholds: the `alerts` block of xac.config.ts, read when the app is built, becomes the inputs'
// defaults (so a plain GET judges by the config that was deployed; `xac build --check` fails when the
// config changed and the .xs was not rebuilt). `xac health --url` and `xac alert --url` send the
// config's current block as these inputs, so both judge by the same numbers.
import { now, query, t, val, type ArrT, type Num, type Shape, type Stack, type Val, type X } from '@xac/xanoscript-dsl/dsl';
import { endpointTests } from '@xac/validators/suites';
import { configSchema } from '@xac/xano-deploy/config';
import { z } from 'zod';
import config from '../../../xac.config.ts';
import { system } from './api_group.ts';
import { collectFinalCounts, collectStaging, INTEGRATIONS, normalised, roles, statusWords } from './health_facts.ts';

/** The alerts block as the build reads it (defaults filled in by the config schema). */
export const alerts = configSchema.parse(config).alerts;

const HOUR = 3_600_000;
type Level = 'warning' | 'critical';
type Reasons = X<ArrT<'json'>>;
type NumX = X<'int'> | X<'decimal'>;
type Pair = { warning: Num; critical: Num };

/** Appends `{level, category, message}` to `list`. */
const push = <I extends Shape>(b: Stack<I>, list: Reasons, level: Level, category: string, message: X<'text'>) =>
  b.update(list, list.push({ level, category, message }));

/** A reason at the worst level `value` reaches (a value at or above a threshold reaches it). */
function judge<I extends Shape>(b: Stack<I>, list: Reasons, category: string, value: NumX, t: Pair, message: (limit: Num) => X<'text'>) {
  b.if(value.gte(t.critical), (c) => push(c, list, 'critical', category, message(t.critical)))
    .elseIf(value.gte(t.warning), (c) => push(c, list, 'warning', category, message(t.warning)));
}

function syncState<I extends Shape>(s: Stack<I>, words: X<'json'>, checkedAt: X<'int'>, th: { rate: Pair; age: Pair }) {
  const entries = s.var('sync_state', [] as never[]);
  const rateReasons = s.var('sync_rate_reasons', [] as never[]);
  const ageReasons = s.var('sync_age_reasons', [] as never[]);
  const rates: Record<string, unknown> = {};
  for (const { integration, table } of roles.sync) {
    const rows = s.db.query(table, { sort: { id: 'asc' }, as: `${integration}_sync_rows` });
    const errors = s.var(`${integration}_sync_errors`, 0);
    const failed = s.var(`${integration}_sync_failed`, [] as never[]);
    s.foreach(rows, `${integration}_sync_row`, (r0, b) => {
      const r = r0 as unknown as Record<string, X<any>>;
      const status = b.var('sync_status', normalised(words, r['status']!));
      const entity = b.var('sync_entity', r['entity_type']!.firstNotEmpty('(none)'));
      b.update(entries, entries.push({
        integration, entityType: entity, status, rawStatus: r['status']!, lastSyncAt: r['last_sync_at']!,
        errorMessage: r['error_message']!.firstNotEmpty(null), recordsSynced: r['records_synced']!,
      }));
      b.if(status.eq('error'), (c) => {
        c.update(errors, errors.add(1));
        c.update(failed, failed.push(entity.concat(r['error_message']!.firstNotEmpty('').strlen().gt(0).then(val(': ').concat(r['error_message']!), ''))));
      });
      b.if(r['last_sync_at']!.isNull(), (c) => push(c, ageReasons, 'critical', 'sync', val(`${integration} `).concat(entity, ' has never synced (last_sync_at is null)')))
        .else((c) => {
          const hours = c.var('sync_age_hours', checkedAt.sub(r['last_sync_at']!.toMs()).div(HOUR));
          judge(c, ageReasons, 'sync', hours, th.age, (limit) => val(`${integration} `).concat(entity, ' last synced ', hours.round(1), ' h ago (≥ ', limit, ' h)'));
        });
    });
    const rate = s.var(`${integration}_sync_failure_rate`, 0);
    s.if(rows.count().gt(0), (b) => b.update(rate, errors.div(rows.count())));
    judge(s, rateReasons, 'sync', rate, th.rate, () => val(`${integration} sync failure rate `).concat(rate.mul(100).round(0), '% (', failed.join('; '), ')'));
    rates[integration] = rate;
  }
  for (const i of INTEGRATIONS) rates[i] ??= 0;
  return { entries, reasons: s.var('sync_reasons', rateReasons.merge(ageReasons)), rates: s.var('sync_failure_rate', rates as never) };
}

function onboardingJobs<I extends Shape>(s: Stack<I>, words: X<'json'>, checkedAt: X<'int'>, stuckTh: Pair) {
  const jobs = s.var('jobs', [] as never[]);
  const stuck = s.var('stuck_jobs', [] as never[]);
  const reasons = s.var('job_reasons', [] as never[]);
  const counts: Record<string, unknown> = {};
  for (const { integration, table } of roles.jobs) {
    const rows = s.db.query(table, { sort: { id: 'asc' }, as: `${integration}_job_rows` });
    const n = Object.fromEntries(['pending', 'active', 'stuck', 'error'].map((k) => [k, s.var(`${integration}_jobs_${k}`, 0)])) as Record<string, X<'int'>>;
    s.foreach(rows, `${integration}_job`, (j0, b) => {
      const j = j0 as unknown as Record<string, X<any>>;
      const status = b.var('job_status', normalised(words, j['status']!));
      const started = j['started']!;
      b.update(jobs, jobs.push({ integration, table: table.name, id: j['id']!, status, rawStatus: j['status']!, started }));
      for (const k of ['pending', 'error'] as const) b.if(status.eq(k), (c) => c.update(n[k]!, n[k]!.add(1)));
      b.if(status.eq('active'), (c) => {
        c.update(n['active']!, n['active']!.add(1));
        const what = val(`${table.name} `).concat(j['id']!, ' is ', j['status']!);
        const stuckRow = (d: Stack<I>, age: Val) => {
          d.update(n['stuck']!, n['stuck']!.add(1));
          d.update(stuck, stuck.push({ integration, table: table.name, id: j['id']!, rawStatus: j['status']!, started, ageHours: age }));
        };
        c.if(started.isNull(), (d) => {
          stuckRow(d, null);
          push(d, reasons, 'critical', 'jobs', what.concat(' with no started time (no poller will pick it up)'));
        }).else((d) => {
          const age = d.var('job_age_hours', checkedAt.sub(started.toMs()).div(HOUR));
          d.if(age.gte(stuckTh.warning), (e) => {
            stuckRow(e, age);
            e.if(age.gte(stuckTh.critical), (f) => push(f, reasons, 'critical', 'jobs', what.concat(' since ', age.round(1), ' h')))
              .else((f) => push(f, reasons, 'warning', 'jobs', what.concat(' since ', age.round(1), ' h')));
          });
        });
      });
    });
    counts[integration] = { total: rows.count(), pending: n['pending'], active: n['active'], stuck: n['stuck'], error: n['error'] };
  }
  for (const i of INTEGRATIONS) counts[i] ??= { total: 0, pending: 0, active: 0, stuck: 0, error: 0 };
  return { jobs, stuck, reasons, counts: s.var('onboarding_jobs', counts as never) };
}

export const pipelineHealthCheck = query('pipeline-health-check', {
  verb: 'GET',
  api_group: system,
  description: 'Staging backlog, final table counts, sync state, onboarding jobs and a verdict (healthy, warning, critical) with reasons.',
  input: [
    t.int('staging_backlog_warning').default(alerts.stagingBacklog.warning).description('Unprocessed staging rows, all tables together (xac.config.ts alerts.stagingBacklog)'),
    t.int('staging_backlog_critical').default(alerts.stagingBacklog.critical),
    t.decimal('sync_failure_rate_warning').default(alerts.syncFailureRate.warning).description('Per integration: sync-state entries in error ÷ entries (alerts.syncFailureRate)'),
    t.decimal('sync_failure_rate_critical').default(alerts.syncFailureRate.critical),
    t.decimal('sync_age_hours_warning').default(alerts.syncAgeHours.warning).description('Per sync-state entry: hours since last_sync_at (alerts.syncAgeHours)'),
    t.decimal('sync_age_hours_critical').default(alerts.syncAgeHours.critical),
    t.decimal('stuck_job_hours_warning').default(alerts.stuckJobHours.warning).description('An active onboarding job: hours since started (alerts.stuckJobHours)'),
    t.decimal('stuck_job_hours_critical').default(alerts.stuckJobHours.critical),
  ],
}, (s) => {
  const i = s.input;
  const checkedAt = s.var('checked_at', now.toMs());
  const words = statusWords(s);
  const { staging, backlog } = collectStaging(s);
  const finalTables = collectFinalCounts(s);
  const stagingReasons = s.var('staging_reasons', [] as never[]);
  judge(s, stagingReasons, 'staging', backlog, { warning: i.staging_backlog_warning, critical: i.staging_backlog_critical },
    (limit) => val('staging backlog ').concat(backlog, ' unprocessed rows (≥ ', limit, ')'));
  const sync = syncState(s, words, checkedAt, {
    rate: { warning: i.sync_failure_rate_warning, critical: i.sync_failure_rate_critical },
    age: { warning: i.sync_age_hours_warning, critical: i.sync_age_hours_critical },
  });
  const jobs = onboardingJobs(s, words, checkedAt, { warning: i.stuck_job_hours_warning, critical: i.stuck_job_hours_critical });
  const reasons = s.var('reasons', stagingReasons.merge(sync.reasons).merge(jobs.reasons));
  const critical = s.var('has_critical', false);
  s.foreach(reasons, 'reason', (r, b) => b.if((r as X<'json'>).get('level', '').eq('critical'), (c) => c.update(critical, true)));
  const verdict = s.var('verdict', critical.then('critical', reasons.count().gt(0).then('warning', 'healthy')));
  return {
    success: true,
    data: {
      checkedAt, staging, finalTables, syncState: sync.entries, jobs: jobs.jobs,
      backlog, onboardingJobs: jobs.counts, stuckJobs: jobs.stuck, syncFailureRate: sync.rates, verdict, reasons,
      thresholds: {
        stagingBacklog: { warning: i.staging_backlog_warning, critical: i.staging_backlog_critical },
        syncFailureRate: { warning: i.sync_failure_rate_warning, critical: i.sync_failure_rate_critical },
        syncAgeHours: { warning: i.sync_age_hours_warning, critical: i.sync_age_hours_critical },
        stuckJobHours: { warning: i.stuck_job_hours_warning, critical: i.stuck_job_hours_critical },
      },
    },
    error: null,
    step: 'complete',
  } as never;
});

const reason = z.object({ level: z.enum(['warning', 'critical']), category: z.enum(['staging', 'sync', 'jobs']), message: z.string() });
const health = z.object({
  checkedAt: z.number().int(),
  staging: z.array(z.object({ table: z.string(), total: z.number().int(), backlog: z.number().int() })),
  finalTables: z.record(z.string(), z.number().int()),
  syncState: z.array(z.object({ integration: z.enum(INTEGRATIONS), entityType: z.string(), status: z.string(), rawStatus: z.string().nullable() })),
  jobs: z.array(z.object({ integration: z.enum(INTEGRATIONS), table: z.string(), id: z.number().int(), status: z.string() })),
  backlog: z.number().int(),
  verdict: z.enum(['healthy', 'warning', 'critical']),
  reasons: z.array(reason),
});

export const pipelineHealthCheckTests = endpointTests(pipelineHealthCheck, [
  { name: 'answers the health check with a verdict under the config thresholds', input: {}, response: z.object({ success: z.literal(true), data: health, error: z.null(), step: z.literal('complete') }) },
  {
    name: 'judges by thresholds given as inputs',
    input: { staging_backlog_warning: 0, staging_backlog_critical: 0 },
    response: z.object({ success: z.literal(true), data: health.extend({ verdict: z.literal('critical') }), error: z.null(), step: z.literal('complete') }),
  },
]);
