import { describe, expect, it, inject } from 'vitest';

const cmsUrl = inject('cmsUrl');

describe('public content API', () => {
  it('refuses an anonymous POST /api/projects', async () => {
    const response = await fetch(`${cmsUrl}/api/projects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { title: 'Niet toegestaan', summary: 'x' } }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { name: string } };
    expect(body.error.name).toBe('ForbiddenError');
  });
});
