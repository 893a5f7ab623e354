/**
 * Uploads the seed's image and PDF files through Strapi's upload service, once each. The files
 * are copied to a temporary folder first: the upload service works on the path it is given.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { once, type SeedLedger } from './ledger';

const MIME_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.pdf': 'application/pdf' };

interface UploadedFile {
  id: number;
}

interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText?: string; caption?: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<UploadedFile[]>;
}

export interface MediaToSeed {
  folder: 'images' | 'documents';
  file: string;
  alternativeText?: string;
  caption: string;
}

/** cms/seed, found from the app root Strapi was started in. */
export function seedAssetsDir(strapi: Core.Strapi): string {
  return path.join(strapi.dirs.app.root, 'seed');
}

export async function seedMedia(strapi: Core.Strapi, ledger: SeedLedger, media: MediaToSeed): Promise<number | null> {
  const files = strapi.db.query('plugin::upload.file');
  const uploaded = await once<UploadedFile>(
    ledger,
    `media:${media.file}`,
    async () => (await files.findOne({ where: { name: media.file }, select: ['id'] })) as UploadedFile | null,
    async () => {
      const source = path.join(seedAssetsDir(strapi), media.folder, media.file);
      const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-seed-'));
      try {
        const copy = path.join(workDir, media.file);
        fs.copyFileSync(source, copy);
        const upload = strapi.plugin('upload').service('upload') as UploadService;
        const [file] = await upload.upload({
          data: { fileInfo: { name: media.file, alternativeText: media.alternativeText, caption: media.caption } },
          files: {
            filepath: copy,
            originalFilename: media.file,
            mimetype: MIME_TYPES[path.extname(media.file)] ?? 'application/octet-stream',
            size: fs.statSync(copy).size,
          },
        });
        if (!file) throw new Error(`Upload van ${media.file} gaf geen bestand terug.`);
        return file;
      } finally {
        fs.rmSync(workDir, { recursive: true, force: true });
      }
    },
  );
  return uploaded?.id ?? null;
}
