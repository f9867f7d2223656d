/**
 * The demo world: a first program year shaped like the program documents' figures, built through
 * the real API (and so the real workflows). 5 mentors, 42 CSOs in the institutional program with
 * self-assessments, gender reports, improvement plans and 210 visits, plan items completed so that
 * the year-1 report reads 22/20/16/15/15/12/2 studies and a 51% implementation rate; 30 CSOs in
 * advocacy mentorship (each mentor 3-5) with 30 plans developed and finalised.
 */
import { ELEMENTS, PRINCIPLES, STUDY_TYPES, type StudyType } from '../../workflows/institutional/model';
import { Api } from './client';

export const TARGET = {
  institutionalCsos: 42,
  visits: 210,
  studiesDone: {
    strategic_planning: 22,
    stakeholder_analysis: 20,
    governance_procedures: 16,
    financial_procedures: 15,
    resource_development: 15,
    volunteer_management: 12,
    information_management: 2,
  } as Partial<Record<StudyType, number>>,
  /** done / (planned - dropped) = 102 / 200 */
  notDoneItems: 98,
  droppedItems: 8,
  advocacyCsos: 30,
  advocacyMentors: 7,
};

export interface DemoOptions {
  url: string;
  password: string;
  log?: (line: string) => void;
  /** Names of the demo CSOs end with this, so a second run can see the world is already there. */
  tag?: string;
}

const CITIES = [
  'Ankara',
  'İstanbul',
  'İzmir',
  'Diyarbakır',
  'Van',
  'Mardin',
  'Trabzon',
  'Eskişehir',
  'Gaziantep',
  'Hatay',
  'Samsun',
  'Antalya',
  'Kars',
  'Muğla',
];
const FIELDS = [
  'Women’s rights',
  'Children',
  'Disability rights',
  'Environment',
  'Youth',
  'Refugees',
  'Education',
  'Health',
  'Culture',
  'Rural development',
];
const WORDS = [
  'Umut',
  'Dayanışma',
  'Kardelen',
  'Yeşil Adım',
  'Gökkuşağı',
  'Emek',
  'Birlik',
  'Işık',
  'Köprü',
  'Çınar',
  'Filiz',
  'Pusula',
  'Ada',
  'Yol',
];
const KINDS = ['Derneği', 'Vakfı', 'Kooperatifi', 'Platformu', 'Girişimi'];

function org(i: number, tag: string) {
  return {
    name: `${WORDS[i % WORDS.length]} ${FIELDS[i % FIELDS.length].split(' ')[0]} ${KINDS[i % KINDS.length]} ${i + 1} (${tag})`,
    city: CITIES[i % CITIES.length],
    fieldOfWork: FIELDS[i % FIELDS.length],
    contactPerson: `İletişim Kişisi ${i + 1}`,
    email: `cso${i + 1}@example.org`,
    phone: `+90 312 555 ${String(10 + (i % 90)).padStart(2, '0')} ${String(10 + ((i * 7) % 90)).padStart(2, '0')}`,
  };
}

const selfAssessment = (i: number) => ({
  sessionDates: ['2027-01-11', '2027-01-12'],
  participants: [
    { name: 'Yönetim Kurulu Başkanı', position: 'Board chair' },
    { name: 'Koordinatör', position: 'Coordinator' },
    { name: 'Gönüllü Temsilcisi', position: 'Volunteer' },
  ],
  elements: Object.fromEntries(
    ELEMENTS.map((e, j) => [
      e,
      {
        grade: 1 + ((i + j) % 4),
        strengths: `Existing practice in ${e.replace(/_/g, ' ')}`,
        improvementAreas: `Systematise ${e.replace(/_/g, ' ')}`,
      },
    ]),
  ),
  principles: Object.fromEntries(PRINCIPLES.map((p, j) => [p, 1 + ((i + j) % 3)])),
  genderObservations: 'Women are active as volunteers but under-represented in decision making.',
});

interface PlannedItem {
  studyType: StudyType;
  status: 'done' | 'in_progress' | 'planned' | 'dropped';
}

/** 102 done studies by type, 98 not done (one gender item per CSO among them), 8 dropped, over 42 plans. */
export function planItems(): PlannedItem[][] {
  const n = TARGET.institutionalCsos;
  const plans: PlannedItem[][] = Array.from({ length: n }, () => [{ studyType: 'gender_mainstreaming', status: 'in_progress' }]);
  const rest: PlannedItem[] = [];
  for (const [type, count] of Object.entries(TARGET.studiesDone))
    for (let k = 0; k < count!; k++) rest.push({ studyType: type as StudyType, status: 'done' });
  // The not-done items spread over the study types the year-1 report counts (not gender, not "other").
  const others = STUDY_TYPES.filter((type) => type !== 'gender_mainstreaming' && type !== 'other');
  for (let k = 0; k < TARGET.notDoneItems - n; k++)
    rest.push({ studyType: others[k % others.length], status: k % 2 ? 'planned' : 'in_progress' });
  for (let k = 0; k < TARGET.droppedItems; k++) rest.push({ studyType: others[(k * 3) % others.length], status: 'dropped' });
  rest.forEach((item, k) => plans[k % n].push(item));
  return plans;
}

const ELEMENT_OF: Record<string, string> = {
  strategic_planning: 'strategic_planning',
  stakeholder_analysis: 'partnerships',
  governance_procedures: 'governance',
  financial_procedures: 'resources',
  resource_development: 'resources',
  volunteer_management: 'staff_volunteers',
  information_management: 'communication',
  gender_mainstreaming: 'governance',
  other: 'results',
};

const advocacyPlan = (i: number) => ({
  goal: `Local policy change on the CSO's chosen issue, adopted by the municipal council by 2029 (CSO ${i + 1})`,
  objectives: ['Decision makers informed with local evidence', 'A formal proposal tabled through a legal mechanism'],
  targetDecisionMakers: ['Mayor', 'Municipal council committee'],
  allies: ['Local media', 'Professional associations'],
  opponents: ['Budget committee'],
  keyMessages: ['Evidence shows the need', 'The solution is affordable'],
  activities: [{ title: 'Policy brief and public consultation submission', start: '2027-04-01', end: '2027-06-30' }],
  indicators: ['Proposal tabled', 'Budget line adopted'],
  legalMechanisms: ['Public consultation', 'Citizens’ petition'],
  risks: ['Elections delay council sessions'],
});

async function inBatches<T>(items: T[], size: number, fn: (item: T, index: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)));
}

export async function buildDemoWorld(opts: DemoOptions): Promise<{ institutional: string[]; advocacy: string[] }> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const tag = opts.tag ?? 'demo';
  const anon = new Api(opts.url);
  const admin = await anon.login('admin@mentorflow.local', opts.password);
  const pm = await anon.login('pm@mentorflow.local', opts.password);
  const gender = await anon.login('gender@mentorflow.local', opts.password);
  const existing = await pm.get<unknown[]>('/organizations', { filter: { q: `(${tag})` }, range: [0, 0] });
  if (existing.length)
    throw new Error(`The demo world is already here (organizations tagged "(${tag})" exist); use another --tag to build a second one.`);

  const users = await pm.get<{ id: string; email: string }[]>('/users', { range: [0, 499] });
  const idOf = (email: string) => users.find((u) => u.email === email)?.id;
  const mentorEmails = [1, 2, 3, 4, 5].map((k) => `mentor${k}@mentorflow.local`);
  for (const e of [...mentorEmails, 'gender@mentorflow.local']) if (!idOf(e)) throw new Error(`Demo user ${e} is missing on ${opts.url}`);
  const mentors = await Promise.all(mentorEmails.map((e) => anon.login(e, opts.password)));

  // Institutional program: 42 CSOs over 5 mentors.
  const plans = planItems();
  const institutional: string[] = [];
  let institutionalDone = 0;
  await inBatches([...Array(TARGET.institutionalCsos).keys()], 6, async (_, i) => {
    const o = await pm.post<{ id: string }>('/organizations', org(i, tag));
    const mIdx = i % mentors.length;
    const p = await pm.post<{ id: string }>('/programs', {
      organizationId: o.id,
      type: 'institutional',
      mentorId: idOf(mentorEmails[mIdx]),
      genderExpertId: idOf('gender@mentorflow.local'),
      startDate: '2027-01-04',
      years: 2,
    });
    institutional[i] = p.id;
    const mentor = mentors[mIdx];
    await mentor.complete(p.id, 'self_assessment', selfAssessment(i));
    await gender.complete(p.id, 'gender_report', {
      findings: 'Gender balance in governance is weak; no gender policy.',
      recommendations: 'Adopt a gender equality policy and collect disaggregated data.',
      mainstreamingLevel: i % 3 ? 'initial' : 'developing',
      genderPlanRequired: true,
    });
    await mentor.complete(p.id, 'improvement_plan', {
      items: plans[i].map((it, k) => ({
        element: ELEMENT_OF[it.studyType],
        studyType: it.studyType,
        title: `${it.studyType.replace(/_/g, ' ')} study ${k + 1}`,
        priority: k === 0 ? 'high' : k % 2 ? 'medium' : 'low',
        targetDate: `2027-${String(3 + (k % 9)).padStart(2, '0')}-28`,
        principles: [PRINCIPLES[k % PRINCIPLES.length]],
        genderMarker: it.studyType === 'gender_mainstreaming' ? 2 : k % 2,
      })),
    });
    const items = await mentor.get<{ id: string; position: number }[]>('/improvements', {
      filter: { programId: p.id },
      sort: ['position', 'ASC'],
      range: [0, 99],
    });
    for (const [k, it] of plans[i].entries()) {
      if (it.status === 'planned') continue;
      await mentor.put(
        `/improvements/${items[k].id}`,
        it.status === 'dropped'
          ? { status: 'dropped', reason: 'Priorities changed after the board elections' }
          : it.status === 'done'
            ? { status: 'done', noEvidenceReason: 'Demo world: the document is kept by the CSO' }
            : { status: it.status },
      );
    }
    for (let v = 0; v < TARGET.visits / TARGET.institutionalCsos; v++) {
      // Visits cannot be dated in the future: one a week, ending this week.
      const date = new Date(Date.now() - (TARGET.visits / TARGET.institutionalCsos - v) * 7 * 86_400_000).toISOString().slice(0, 10);
      await mentor.post(`/programs/${p.id}/visits`, {
        date,
        mode: 'face_to_face',
        durationMinutes: 120,
        notes: `Mentor visit ${v + 1}: improvement plan follow-up`,
      });
    }
    institutionalDone += 1;
    log(
      `[demo] institutional ${institutionalDone}/${TARGET.institutionalCsos} built (${plans[i].length} plan items, ${TARGET.visits / TARGET.institutionalCsos} visits)`,
    );
  });

  // Peer learning: two network meetings and a workshop.
  const orgIds = (await pm.get<{ id: string }[]>('/organizations', { filter: { q: `(${tag})` }, range: [0, 99] })).map((o) => o.id);
  for (const [k, e] of [
    { kind: 'meeting', date: '2027-05-14', topic: 'Peer learning: strategic planning in small CSOs' },
    { kind: 'workshop', date: '2027-09-22', topic: 'Volunteer management workshop' },
    { kind: 'meeting', date: '2027-11-30', topic: 'Network meeting: sharing financial procedures' },
  ].entries()) {
    await pm.post('/events', { ...e, organizationIds: orgIds.slice(k * 10, k * 10 + 12) });
  }
  log('[demo] peer-learning events: 3');

  // Advocacy mentorship: 30 CSOs, 7 advocacy mentors with 4-5 CSOs each.
  const advMentorEmails = [...Array(TARGET.advocacyMentors).keys()].map((k) => `advocacy${k + 1}@mentorflow.local`);
  for (const [k, email] of advMentorEmails.entries()) {
    if (!idOf(email)) {
      const u = await admin.post<{ id: string; email: string }>('/users', {
        email,
        fullName: `Advocacy Mentor ${k + 1}`,
        role: 'mentor',
        programTypes: ['advocacy'],
        password: opts.password,
      });
      users.push(u);
    }
  }
  const advMentors = await Promise.all(advMentorEmails.map((e) => anon.login(e, opts.password)));
  const advocacy: string[] = [];
  let advocacyDone = 0;
  await inBatches([...Array(TARGET.advocacyCsos).keys()], 6, async (_, i) => {
    const o = await pm.post<{ id: string }>('/organizations', {
      ...org(100 + i, tag),
      name: `${org(100 + i, tag).name.replace(` (${tag})`, '')} Advocacy (${tag})`,
    });
    const mIdx = i % advMentors.length;
    const p = await pm.post<{ id: string }>('/programs', {
      organizationId: o.id,
      type: 'advocacy',
      mentorId: idOf(advMentorEmails[mIdx]),
      startDate: '2027-01-04',
    });
    advocacy[i] = p.id;
    const m = advMentors[mIdx];
    await m.complete(p.id, 'needs_assessment', {
      needs: [
        { id: 'N1', description: 'Evidence-based advocacy research' },
        { id: 'N2', description: 'Using legal mechanisms to influence policy' },
      ],
      priorities: 'The needs of the CSO’s constituency',
      constituencies: ['Local community members'],
      levels: i % 4 ? ['local'] : ['local', 'national', 'eu'],
    });
    await m.complete(p.id, 'curriculum', {
      modules: [
        { title: 'Research for advocacy', topics: ['Data', 'Surveys'], hours: 6, needIds: ['N1'] },
        { title: 'Legal mechanisms', topics: ['Consultations', 'Petitions'], hours: 6, needIds: ['N2'] },
      ],
    });
    await m.complete(p.id, 'training', {
      dates: ['2027-02-08', '2027-02-09'],
      attendees: [
        { name: 'Director', position: 'Management' },
        { name: 'Project officer', position: 'Key staff' },
      ],
      modulesDelivered: ['Research for advocacy', 'Legal mechanisms'],
    });
    await m.complete(p.id, 'issue_workshop', {
      date: '2027-03-01',
      participants: [
        { name: 'Director', position: 'Management' },
        { name: 'Volunteer', position: 'Volunteer' },
      ],
      issuesConsidered: ['Issue A', 'Issue B'],
      chosenIssue: 'Issue A',
      rationale: 'Most urgent for the constituency',
      researchEvidence: 'Local survey',
    });
    await m.complete(p.id, 'plan_drafting', advocacyPlan(i));
    if (i % 3 === 0) {
      await m.complete(p.id, 'plan_review', { decision: 'request_changes', comments: 'Make the goal measurable and add a timeline' });
      await m.complete(p.id, 'plan_drafting', advocacyPlan(i));
    }
    // Nobody approves a draft they authored (issue 12): the mentor drafted, the program manager approves.
    await pm.complete(p.id, 'plan_review', { decision: 'approve', comments: 'Ready for presentation' });
    await m.complete(p.id, 'presentation', {
      date: '2027-05-20',
      audience: ['Board', 'Staff', 'Volunteers'],
      feedback: 'Endorsed by the board',
    });
    advocacyDone += 1;
    log(`[demo] advocacy ${advocacyDone}/${TARGET.advocacyCsos} built (plan finalised)`);
  });
  return { institutional, advocacy };
}
