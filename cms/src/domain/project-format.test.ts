import { describe, expect, it } from 'vitest';
import { phasesFromFormat, prefillFromFormat, type ProjectFormat } from './project-format';

const creationDay = new Date('2025-03-10T15:30:00Z');

const roadWorks: ProjectFormat = {
  summaryTemplate: 'De stad vernieuwt deze straat.',
  bodyTemplate: [{ type: 'paragraph', children: [{ type: 'text', text: 'Waarom deze werken?' }] }],
  defaultPolicyStage: 'beleidsuitvoering',
  phases: [
    { title: 'Uitvoering', offsetDays: 30, durationDays: 60, methods: [{ method: 'information', note: null }] },
    {
      title: 'Infomoment',
      offsetDays: 0,
      durationDays: 30,
      methods: [{ method: 'information' }, { method: 'discussion', note: 'Reageer online' }],
    },
    { title: 'Evaluatie', offsetDays: 90 },
  ],
};

describe('phasesFromFormat', () => {
  it('dates the phases from the creation day, in order, with inclusive end dates', () => {
    const phases = phasesFromFormat(roadWorks.phases ?? [], creationDay);
    expect(phases.map((phase) => [phase.title, phase.startDate, phase.endDate])).toEqual([
      ['Infomoment', '2025-03-10', '2025-04-08'],
      ['Uitvoering', '2025-04-09', '2025-06-07'],
      ['Evaluatie', '2025-06-08', null],
    ]);
  });

  it('keeps several participation methods per phase, without the template component ids', () => {
    const templates = [
      {
        title: 'Infomoment',
        offsetDays: 0,
        methods: [{ id: 4, method: 'poll', note: 'x' } as { method: string; note: string }],
      },
    ];
    expect(phasesFromFormat(templates, creationDay)[0]?.methods).toEqual([{ method: 'poll', note: 'x' }]);
  });
});

describe('prefillFromFormat', () => {
  it('fills an empty project from the format', () => {
    const patch = prefillFromFormat({ summary: '', phases: [] }, roadWorks, creationDay);
    expect(patch.summary).toBe('De stad vernieuwt deze straat.');
    expect(patch.body).toEqual(roadWorks.bodyTemplate);
    expect(patch.policyStage).toBe('beleidsuitvoering');
    expect(patch.phases).toHaveLength(3);
  });

  it('treats the empty paragraph of an untouched rich-text editor as empty', () => {
    const untouched = [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }];
    expect(prefillFromFormat({ body: untouched }, roadWorks, creationDay).body).toEqual(roadWorks.bodyTemplate);
  });

  it('never replaces what the editor wrote', () => {
    const own = {
      summary: 'Eigen samenvatting',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Eigen tekst' }] }],
      phases: [{ title: 'Eigen fase' }],
      policyStage: 'beleidsevaluatie',
    };
    expect(prefillFromFormat(own, roadWorks, creationDay)).toEqual({});
  });
});
