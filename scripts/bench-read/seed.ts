/**
 * Fills a migrated database with a read model of national size, in SQL (generate_series): the
 * rows the projection would have written for 20,000 programs, without running their workflows.
 * Deterministic: the same counts give the same rows (ids and spreads come from the row number).
 */
import type { Client } from 'pg';
import { ADVOCACY_STAGES, ADVOCACY_TASK_TYPES } from '../../workflows/advocacy/model';
import {
  CONTACT_MODES,
  ELEMENTS,
  INSTITUTIONAL_STAGES,
  INSTITUTIONAL_TASK_TYPES,
  PLAN_ITEM_STATUSES,
  STUDY_TYPES,
} from '../../workflows/institutional/model';
import { NOTIFICATION_TYPES } from '../../workflows/programs/contract';

export interface SeedCounts {
  programs: number;
  tasks: number;
  visits: number;
  improvements: number;
  audit: number;
  notifications: number;
  events: number;
  /** Mentors in all (the demo's five included), program managers, gender experts. */
  mentors: number;
  managers: number;
  genderExperts: number;
}

export const FULL_COUNTS: SeedCounts = {
  programs: 20_000,
  tasks: 200_000,
  visits: 200_000,
  improvements: 200_000,
  audit: 200_000,
  notifications: 60_000,
  events: 2_000,
  mentors: 40,
  managers: 4,
  genderExperts: 5,
};

// Words CSO names are made of (trigram search looks for fragments of them).
const NAME_WORDS = [
  'Umut',
  'Kadın',
  'Gençlik',
  'Çevre',
  'Eğitim',
  'Sağlık',
  'Dayanışma',
  'Kültür',
  'Engelsiz',
  'Göç',
  'Hak',
  'Barış',
  'Doğa',
  'Köy',
  'Emek',
  'Yaşam',
  'Bilim',
  'Sanat',
  'Spor',
  'Tarım',
  'Hayvan',
  'Mülteci',
  'Çocuk',
];
const NAME_KINDS = ['Derneği', 'Vakfı', 'Platformu', 'Kooperatifi', 'Girişimi', 'Ağı'];
const CITIES = [
  'İstanbul',
  'Ankara',
  'İzmir',
  'Diyarbakır',
  'Gaziantep',
  'Trabzon',
  'Eskişehir',
  'Van',
  'Antalya',
  'Mardin',
  'Samsun',
  'Kars',
];
const FIELDS = ['women rights', 'youth', 'environment', 'education', 'health', 'disability', 'refugees', 'culture'];
const AUDIT_ACTIONS = [
  'workflow.update.completeTask.self_assessment',
  'workflow.update.logVisit',
  'workflow.update.setPlanItemStatus',
  'workflow.signal.pause',
  'workflow.signal.resume',
  'program.start',
  'auth.login',
  'organization.update',
];

export async function seedReadModel(c: Client, n: SeedCounts, log: (m: string) => void): Promise<void> {
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const t0 = Date.now();
    const r = await c.query(sql, params);
    log(`  ${what}: ${r.rowCount ?? 0} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  const hash = `(SELECT password_hash FROM users WHERE email = 'pm@mentorflow.local')`;
  await step(
    'users',
    `INSERT INTO users (email, full_name, role, password_hash, program_types)
     SELECT 'bench-' || r.role || g || '@mentorflow.local', 'Bench ' || initcap(replace(r.role, '_', ' ')) || ' ' || g, r.role, ${hash},
            CASE WHEN r.role = 'mentor' THEN '{institutional,advocacy}'::text[] ELSE '{}'::text[] END
       FROM (VALUES ('mentor', $1::int), ('program_manager', $2::int), ('gender_expert', $3::int)) AS r(role, k), generate_series(1, r.k) g`,
    [n.mentors - 5, n.managers - 1, n.genderExperts - 1],
  );
  await step(
    'organizations',
    `INSERT INTO organizations (id, name, city, field_of_work, contact_person, email, phone, created_at, updated_at)
     SELECT md5('org' || g)::uuid,
            ($2::text[])[1 + g % cardinality($2::text[])] || ' ' || ($2::text[])[1 + (g / 7) % cardinality($2::text[])] || ' ' || ($3::text[])[1 + g % cardinality($3::text[])] || ' ' || g,
            ($4::text[])[1 + g % cardinality($4::text[])], ($5::text[])[1 + g % cardinality($5::text[])], 'Contact ' || g, 'cso' || g || '@example.org', '+90 555 ' || g,
            now() - (g % 730) * interval '1 day', now() - (g % 30) * interval '1 day'
       FROM generate_series(1, $1::int) g`,
    [n.programs, NAME_WORDS, NAME_KINDS, CITIES, FIELDS],
  );
  // 70% institutional (two years), 30% advocacy; 80% active, 5% paused, 8% completed, 7% withdrawn.
  await step(
    'programs',
    `WITH m AS (SELECT array_agg(id ORDER BY email) a FROM users WHERE role = 'mentor'),
          ge AS (SELECT array_agg(id ORDER BY email) a FROM users WHERE role = 'gender_expert'),
          pm AS (SELECT array_agg(id ORDER BY email) a FROM users WHERE role = 'program_manager'),
          s AS (SELECT g, CASE WHEN g % 10 < 7 THEN 'institutional' ELSE 'advocacy' END AS type,
                       CASE WHEN g % 100 < 80 THEN 'active' WHEN g % 100 < 85 THEN 'paused' WHEN g % 100 < 93 THEN 'completed' ELSE 'withdrawn' END AS status
                  FROM generate_series(1, $1::int) g)
     INSERT INTO programs (id, workflow_id, type, organization_id, mentor_id, gender_expert_id, manager_id, status, stage, year, years, start_date,
                           config_version, config, details, last_contact_at, state_version, created_at, updated_at)
     SELECT md5('prog' || g)::uuid, 'bench-program-' || g, s.type, md5('org' || g)::uuid, m.a[1 + g % cardinality(m.a)],
            CASE WHEN s.type = 'institutional' THEN ge.a[1 + g % cardinality(ge.a)] END, pm.a[1 + g % cardinality(pm.a)], s.status,
            CASE WHEN s.status IN ('completed', 'withdrawn') THEN s.status
                 WHEN s.type = 'institutional' THEN ($2::text[])[1 + (g / 10) % 5] ELSE ($3::text[])[1 + (g / 10) % 8] END,
            CASE WHEN s.type = 'institutional' THEN 1 + (g / 3) % 2 ELSE 1 END, CASE WHEN s.type = 'institutional' THEN 2 ELSE 1 END,
            (now() - (g % 700) * interval '1 day')::date, 1,
            jsonb_build_object('version', 1, 'durations', jsonb_build_object('noContactReminder', 3888000000)),
            CASE WHEN s.type = 'advocacy' THEN jsonb_build_object('checkins', g % 6, 'latestPlanVersion', CASE WHEN g % 3 > 0 THEN g % 4 END, 'finalPlanVersion', CASE WHEN g % 3 = 2 THEN 1 END) ELSE '{}'::jsonb END,
            CASE WHEN g % 9 = 0 THEN NULL ELSE now() - (g % 90) * interval '1 day' END, 1,
            now() - (g % 700) * interval '1 day', now() - (g % 60) * interval '1 day'
       FROM s, m, ge, pm`,
    [n.programs, INSTITUTIONAL_STAGES.slice(0, 5), ADVOCACY_STAGES.slice(0, 8)],
  );
  // Tasks: 30% open (a third of them overdue), 65% completed, 5% cancelled; graded forms carry grades.
  await step(
    'tasks',
    `WITH p AS (SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, type, mentor_id, gender_expert_id, year FROM programs),
          np AS (SELECT count(*) AS k FROM p)
     INSERT INTO tasks (id, program_id, type, year, assignee_id, status, opened_at, due_at, overdue, completed_at, completed_by, data)
     SELECT md5('task' || g)::uuid, p.id, x.type, x.year, CASE WHEN x.type LIKE 'gender%' THEN p.gender_expert_id ELSE p.mentor_id END,
            x.status, now() - (g % 400) * interval '1 day',
            CASE WHEN x.status = 'open' AND g % 3 = 0 THEN now() - (1 + g % 40) * interval '1 day' ELSE now() + (1 + g % 60) * interval '1 day' END,
            x.status = 'open' AND g % 3 = 0,
            CASE WHEN x.status = 'completed' THEN now() - (g % 300) * interval '1 day' END,
            CASE WHEN x.status = 'completed' THEN p.mentor_id END,
            CASE WHEN x.status = 'completed' AND x.type IN ('self_assessment', 're_evaluation')
                 THEN jsonb_build_object('elements', (SELECT jsonb_object_agg(e, jsonb_build_object('grade', 1 + abs(hashtext(e || g)) % 5)) FROM unnest($4::text[]) e)) END
       FROM generate_series(1, $1::int) g CROSS JOIN np
       JOIN p ON p.i = g % np.k
       CROSS JOIN LATERAL (SELECT
            CASE WHEN p.type = 'institutional' THEN ($2::text[])[1 + (g / np.k) % 5] ELSE ($3::text[])[1 + (g / np.k) % 8] END AS type,
            CASE WHEN p.type = 'institutional' THEN 1 + (g / np.k / 5) % 2 ELSE 1 END AS year,
            CASE WHEN abs(hashtext('s' || g)) % 100 < 30 THEN 'open' WHEN abs(hashtext('s' || g)) % 100 < 95 THEN 'completed' ELSE 'cancelled' END AS status) x`,
    [n.tasks, INSTITUTIONAL_TASK_TYPES, ADVOCACY_TASK_TYPES, ELEMENTS],
  );
  const institutional = `WITH p AS (SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, organization_id, mentor_id FROM programs WHERE type = 'institutional'), np AS (SELECT count(*) AS k FROM p)`;
  await step(
    'visits',
    `${institutional}
     INSERT INTO visits (id, program_id, organization_id, mentor_id, year, date, mode, duration_minutes, notes, plan_item_ids, created_by, created_at)
     SELECT md5('visit' || g)::uuid, p.id, p.organization_id, p.mentor_id, 1 + (g / np.k) % 2, (now() - (g % 700) * interval '1 day')::date,
            ($2::text[])[1 + g % 4], 30 + g % 120, 'Visit notes ' || g, '[]', p.mentor_id, now() - (g % 700) * interval '1 day'
       FROM generate_series(1, $1::int) g CROSS JOIN np JOIN p ON p.i = g % np.k`,
    [n.visits, CONTACT_MODES],
  );
  await step(
    'improvements',
    `${institutional}
     INSERT INTO improvements (id, program_id, year, position, element, study_type, title, priority, target_date, principles, gender_marker, status, reason, updated_at)
     SELECT md5('item' || g)::uuid, p.id, 1 + (g / np.k) % 2, (g / np.k)::int, ($2::text[])[1 + g % 10],
            CASE WHEN g % 11 = 0 THEN 'gender_mainstreaming' ELSE ($3::text[])[1 + g % cardinality($3::text[])] END,
            'Improvement ' || g, (ARRAY['high','medium','low'])[1 + g % 3], (now() + (g % 300) * interval '1 day')::date, '["participation"]', g % 3,
            ($4::text[])[1 + abs(hashtext('i' || g)) % 4], NULL, now() - (g % 200) * interval '1 day'
       FROM generate_series(1, $1::int) g CROSS JOIN np JOIN p ON p.i = g % np.k`,
    [n.improvements, ELEMENTS, STUDY_TYPES, PLAN_ITEM_STATUSES],
  );
  await step(
    'audit_log',
    `WITH u AS (SELECT array_agg(id ORDER BY email) a, array_agg(email ORDER BY email) e FROM users)
     INSERT INTO audit_log (id, at, actor_id, actor_email, action, target_type, target_id, workflow_id, result, details)
     SELECT md5('audit' || g)::uuid, now() - g * interval '5 minutes', u.a[1 + g % cardinality(u.a)], u.e[1 + g % cardinality(u.a)],
            ($2::text[])[1 + g % cardinality($2::text[])], 'program', md5('prog' || (1 + g % $3::int))::text, 'bench-program-' || (1 + g % $3::int),
            (ARRAY['ok','ok','ok','ok','ok','ok','rejected','failed','ok','pending'])[1 + g % 10], '{}'
       FROM generate_series(1, $1::int) g, u`,
    [n.audit, AUDIT_ACTIONS, n.programs],
  );
  await step(
    'notifications',
    `WITH u AS (SELECT array_agg(id ORDER BY email) a FROM users WHERE role IN ('mentor', 'gender_expert', 'program_manager'))
     INSERT INTO notifications (id, user_id, type, message, params, program_id, created_at, read_at)
     SELECT md5('note' || g)::uuid, u.a[1 + g % cardinality(u.a)], ($2::text[])[1 + g % cardinality($2::text[])], 'Notification ' || g,
            '{}', md5('prog' || (1 + g % 20000))::uuid, now() - g * interval '10 minutes', CASE WHEN g % 10 < 7 THEN now() END
       FROM generate_series(1, $1::int) g, u`,
    [n.notifications, NOTIFICATION_TYPES],
  );
  await step(
    'events',
    `INSERT INTO events (kind, date, topic, organization_ids)
     SELECT CASE WHEN g % 3 = 0 THEN 'workshop' ELSE 'meeting' END, (now() - (g % 700) * interval '1 day')::date, 'Peer learning ' || g,
            ARRAY[md5('org' || (1 + g % $2::int))::uuid, md5('org' || (1 + (g * 7) % $2::int))::uuid]
       FROM generate_series(1, $1::int) g`,
    [n.events, n.programs],
  );
  // The program rows' own counters, as the projection keeps them.
  await step(
    'program counters',
    `UPDATE programs p SET open_task_count = t.open, overdue_task_count = t.overdue, plan_total = coalesce(i.total, 0), plan_done = coalesce(i.done, 0),
            visit_count = coalesce(v.n, 0)
       FROM (SELECT program_id, count(*) FILTER (WHERE status = 'open')::int AS open, count(*) FILTER (WHERE status = 'open' AND overdue)::int AS overdue FROM tasks GROUP BY program_id) t
       LEFT JOIN (SELECT program_id, count(*)::int AS total, count(*) FILTER (WHERE status = 'done')::int AS done FROM improvements GROUP BY program_id) i ON i.program_id = t.program_id
       LEFT JOIN (SELECT program_id, count(*)::int AS n FROM visits GROUP BY program_id) v ON v.program_id = t.program_id
      WHERE p.id = t.program_id`,
  );
  const t0 = Date.now();
  await c.query('VACUUM ANALYZE');
  log(`  VACUUM ANALYZE in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
