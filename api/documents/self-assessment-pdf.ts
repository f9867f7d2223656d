import PDFDocument from 'pdfkit';
import type { InstitutionalConfig } from '../../workflows/institutional/config';
import type { GenderReportData, SelfAssessmentData } from '../../workflows/institutional/task-data';
import { fill, REPORT_TEXTS, type ReportLang } from './report-texts';

/** DejaVu Sans ships in the npm package dejavu-fonts-ttf: it has ğ, ş, ı, İ (PDF's built-in fonts do not). */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface SelfAssessmentReportInput {
  lang: ReportLang;
  organizationName: string;
  year: number;
  mentorName: string | null;
  genderExpertName: string | null;
  config: InstitutionalConfig;
  selfAssessment: SelfAssessmentData;
  genderReport: GenderReportData | null;
  plan: {
    title: string;
    element: string;
    studyType: string;
    priority: string;
    targetDate: string;
    status: string;
    evidenceFiles: string[];
    noEvidenceReason: string | null;
  }[];
  generatedAt: Date;
}

const ACCENT = '#1f4e79';
const MUTED = '#555555';

/** Renders the year's self-assessment report of one CSO as a PDF (A4), in the language asked for. */
export function renderSelfAssessmentPdf(input: SelfAssessmentReportInput): Promise<Buffer> {
  const t = REPORT_TEXTS[input.lang];
  const { config, selfAssessment: sa } = input;
  const locale = input.lang === 'tr' ? 'tr-TR' : 'en-GB';
  const date = (d: string | Date) =>
    new Date(typeof d === 'string' ? `${d}T12:00:00Z` : d).toLocaleDateString(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const title = `${t.title}: ${input.organizationName}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: input.lang,
    info: { Title: title, Author: 'Mentorflow', CreationDate: input.generatedAt },
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  const heading = (text: string) => {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.moveDown(0.8).font('bold').fontSize(14).fillColor(ACCENT).text(text, left, doc.y, { width });
    doc
      .moveTo(left, doc.y + 2)
      .lineTo(left + width, doc.y + 2)
      .lineWidth(0.6)
      .strokeColor(ACCENT)
      .stroke();
    doc.moveDown(0.5).fillColor('black');
  };
  const label = (name: string, value: string) => {
    doc
      .font('bold')
      .fontSize(10)
      .text(`${name}: `, left, doc.y, { continued: true, width })
      .font('body')
      .text(value || t.none);
  };
  const para = (text: string, opts: { size?: number; color?: string; indent?: number } = {}) => {
    doc
      .font('body')
      .fontSize(opts.size ?? 10)
      .fillColor(opts.color ?? 'black')
      .text(text || t.none, left + (opts.indent ?? 0), doc.y, { width: width - (opts.indent ?? 0) });
    doc.fillColor('black');
  };
  const name = (l: { en: string; tr: string } | undefined, fallback: string) => l?.[input.lang] || l?.en || fallback;
  const descriptor = (grade: number, element?: InstitutionalConfig['elements'][number]) =>
    name(element?.descriptors?.[String(grade)] ?? config.gradeScale.descriptors[String(grade)], '');

  // Title block
  doc.font('bold').fontSize(20).fillColor(ACCENT).text(t.title, left, doc.y, { width });
  doc.font('bold').fontSize(15).fillColor('black').text(input.organizationName, { width });
  doc
    .moveDown(0.3)
    .font('body')
    .fontSize(10)
    .fillColor(MUTED)
    .text(fill(t.year, { year: input.year }));
  doc.fillColor('black').moveDown(0.5);
  label(
    t.sessionDates,
    sa.sessionDates
      .filter(Boolean)
      .map((d) => date(d))
      .join(', '),
  );
  label(t.mentor, input.mentorName ?? '');
  if (input.genderExpertName) label(t.genderExpert, input.genderExpertName);
  para(fill(t.generated, { date: date(input.generatedAt) }), { size: 9, color: MUTED });

  heading(t.participants);
  if (!sa.participants.length) para(t.noParticipants);
  for (const p of sa.participants) {
    doc
      .font('bold')
      .fontSize(10)
      .text(`•  ${p.name}`, left, doc.y, { continued: true, width })
      .font('body')
      .fillColor(MUTED)
      .text(p.position ? `  —  ${p.position}` : '');
    doc.fillColor('black');
  }

  heading(t.elements);
  for (const group of ['planning_application', 'measurement_improvement'] as const) {
    const els = config.elements.filter((e) => e.group === group);
    if (!els.length) continue;
    doc.moveDown(0.3).font('bold').fontSize(11).fillColor(MUTED).text(t[group], left, doc.y, { width }).fillColor('black').moveDown(0.2);
    for (const el of els) {
      const g = sa.elements[el.slug];
      if (!g) continue;
      if (doc.y > doc.page.height - 150) doc.addPage();
      doc.moveDown(0.35).font('bold').fontSize(11).text(name(el.name, el.slug), left, doc.y, { width });
      doc
        .font('body')
        .fontSize(10)
        .fillColor(ACCENT)
        .text(`${fill(t.grade, { grade: g.grade, max: config.gradeScale.max })} — ${descriptor(g.grade, el)}`, { width });
      doc.fillColor('black');
      label(t.strengths, g.strengths);
      label(t.improvementAreas, g.improvementAreas);
    }
  }

  heading(t.principles);
  for (const pr of config.principles) {
    const g = sa.principles[pr.slug];
    if (g === undefined) continue;
    doc
      .font('bold')
      .fontSize(10)
      .text(`${name(pr.name, pr.slug)}: `, left, doc.y, { continued: true, width })
      .font('body')
      .text(`${fill(t.grade, { grade: g, max: config.gradeScale.max })} — ${descriptor(g)}`);
  }

  heading(t.gender);
  para(sa.genderObservations);
  if (input.genderReport) {
    doc.moveDown(0.5).font('bold').fontSize(11).text(t.genderReport, left, doc.y, { width }).moveDown(0.2);
    label(t.mainstreamingLevel, t.levels[input.genderReport.mainstreamingLevel] ?? input.genderReport.mainstreamingLevel);
    label(t.findings, input.genderReport.findings);
    label(t.recommendations, input.genderReport.recommendations);
  }

  heading(t.plan);
  if (!input.plan.length) para(t.noPlan);
  const elementName = (slug: string) => name(config.elements.find((e) => e.slug === slug)?.name, slug);
  input.plan.forEach((item, i) => {
    if (doc.y > doc.page.height - 130) doc.addPage();
    doc
      .moveDown(0.35)
      .font('bold')
      .fontSize(10.5)
      .text(`${i + 1}. ${item.title}`, left, doc.y, { width });
    const facts = [
      `${t.element}: ${elementName(item.element)}`,
      `${t.studyType}: ${t.studyTypes[item.studyType] ?? item.studyType}`,
      `${t.priority}: ${t.priorities[item.priority] ?? item.priority}`,
      `${t.targetDate}: ${date(item.targetDate)}`,
      `${t.status}: ${t.statuses[item.status] ?? item.status}`,
    ];
    para(facts.join('  ·  '), { size: 9, color: MUTED, indent: 12 });
    if (item.evidenceFiles.length) para(`${t.evidence}: ${item.evidenceFiles.join(', ')}`, { size: 9, indent: 12 });
    else if (item.noEvidenceReason) para(fill(t.noEvidence, { reason: item.noEvidenceReason }), { size: 9, indent: 12 });
  });

  // Page footers, once the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        `${input.organizationName} · ${t.title} · ${fill(t.year, { year: input.year })}    ${fill(t.page, { page: i + 1, pages: range.count })}`,
        left,
        doc.page.height - 40,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
