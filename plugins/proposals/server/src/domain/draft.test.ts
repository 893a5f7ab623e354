import { describe, expect, it } from 'vitest';
import { cleanDraft, saveProblems, staffTextProblem, submissionProblems } from './draft';

const complete = {
  title: 'Een fietsstraat in de Kerkstraat',
  summary: 'Maak van de Kerkstraat een fietsstraat, zodat kinderen veilig naar school fietsen.',
  body: 'Elke ochtend fietsen honderden kinderen door de Kerkstraat naar school. Auto’s rijden er te snel. Een fietsstraat maakt duidelijk wie er voorrang heeft.',
  displayName: 'Ouders van de Kerkstraat',
};

describe('cleaning a draft', () => {
  it('strips HTML from every field', () => {
    const cleaned = cleanDraft({
      ...complete,
      title: '<h1>Fietsstraat</h1><script>x()</script>',
      displayName: '<b>An</b>',
    });
    expect(cleaned.title).toBe('Fietsstraat');
    expect(cleaned.displayName).toBe('An');
  });
});

describe('saving a draft', () => {
  it('accepts an unfinished draft', () => {
    expect(saveProblems({ title: 'Bomen', summary: '', body: '', displayName: 'An' })).toEqual([]);
  });

  it('refuses texts over their limit with a Dutch message naming the field', () => {
    const problems = saveProblems({ ...complete, title: 'x'.repeat(121) });
    expect(problems).toEqual([{ path: ['title'], message: 'De titel mag hoogstens 120 tekens lang zijn (nu 121).' }]);
  });

  it('needs a title and a display name', () => {
    expect(
      saveProblems({ title: '', summary: '', body: '', displayName: 'A' })
        .map((problem) => problem.path[0])
        .sort(),
    ).toEqual(['displayName', 'title']);
  });
});

describe('submitting', () => {
  it('accepts a complete proposal', () => {
    expect(submissionProblems(complete)).toEqual([]);
  });

  it('names every text below its minimum', () => {
    const problems = submissionProblems({ ...complete, summary: 'Te kort.', body: 'Ook te kort.' });
    expect(problems.map((problem) => problem.path[0])).toEqual(['summary', 'body']);
    expect(problems[0]?.message).toBe('De samenvatting moet minstens 30 tekens lang zijn (nu 8).');
  });

  it('counts characters, not bytes', () => {
    expect(submissionProblems({ ...complete, title: 'é'.repeat(120) })).toEqual([]);
  });
});

describe('staff texts', () => {
  it('hold a reason to its minimum and maximum', () => {
    expect(staffTextProblem('reason', 'Te kort')).toMatchObject({ path: ['reason'] });
    expect(
      staffTextProblem('reason', 'De stad is hiervoor niet bevoegd: dit is een zaak van de provincie.'),
    ).toBeNull();
    expect(staffTextProblem('answer', 'x'.repeat(10_001))?.message).toMatch(/hoogstens 10000/);
    expect(staffTextProblem('note', undefined)).toBeNull();
  });
});
