import fs from 'node:fs/promises';
import path from 'node:path';
import { cityConfig } from '$lib/server/city';
import type { RequestHandler } from './$types';

const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/**
 * The city's logo and sharing image, read from the configuration's branding/ folder at request
 * time rather than copied into the build: another city swaps files and JSON, not the build.
 */
export const GET: RequestHandler = async ({ params }) => {
  const type = CONTENT_TYPES[path.extname(params.file).toLowerCase()];
  if (!type || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(params.file)) return new Response('Niet gevonden', { status: 404 });
  try {
    const content = await fs.readFile(path.join(cityConfig().configDir, 'branding', params.file));
    return new Response(content, {
      headers: {
        'content-type': type,
        'cache-control': 'public, max-age=3600',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      },
    });
  } catch {
    return new Response('Niet gevonden', { status: 404 });
  }
};
