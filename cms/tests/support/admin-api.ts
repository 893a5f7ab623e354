/**
 * A small client for Strapi's admin HTTP API, as the admin panel itself uses it: log in, manage
 * admin users, and read and write content through the content manager. Used by the integration
 * tests to act as staff with different roles, over real HTTP.
 *
 * Strapi limits admin logins to 5 per 5 minutes per e-mail address, so tests log in once per file
 * and take new users' tokens from the registration answer instead of logging them in.
 */
import { z } from 'zod';

export interface ApiResponse {
  status: number;
  body: unknown;
}

const tokenAnswer = z.object({ data: z.object({ token: z.string().min(1) }) });

const roleList = z.object({
  data: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
});

const createdUser = z.object({ data: z.object({ id: z.number(), registrationToken: z.string().min(1) }) });

export const cmDocument = z.looseObject({
  documentId: z.string(),
  locale: z.string().nullish(),
  publishedAt: z.string().nullish(),
});

export const cmList = z.object({
  results: z.array(z.looseObject({ documentId: z.string(), slug: z.string().nullish() })),
  pagination: z.object({ total: z.number() }),
});

export const strapiError = z.object({
  data: z.null(),
  error: z.object({ status: z.number(), name: z.string(), message: z.string() }),
});

export class AdminClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<AdminClient> {
    const response = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200)
      throw new Error(`Aanmelden als ${email} mislukte: ${response.status} ${await response.text()}`);
    return new AdminClient(baseUrl, tokenAnswer.parse(await response.json()).data.token);
  }

  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  }

  async roleId(code: string): Promise<number> {
    const roles = roleList.parse((await this.request('GET', '/admin/roles')).body).data;
    const role = roles.find((candidate) => candidate.code === code);
    if (!role) throw new Error(`Geen beheerrol met code ${code}`);
    return role.id;
  }

  async roles(): Promise<Array<{ id: number; code: string; name: string }>> {
    return roleList.parse((await this.request('GET', '/admin/roles')).body).data;
  }

  /**
   * Invites a new admin user with the given roles and completes the registration with a password,
   * as a new staff member would through the invitation link. Returns a client logged in as them.
   */
  async createStaffMember(options: { email: string; firstname: string; roleCodes: string[] }): Promise<AdminClient> {
    const roles = await Promise.all(options.roleCodes.map((code) => this.roleId(code)));
    const invited = await this.request('POST', '/admin/users', {
      firstname: options.firstname,
      lastname: 'Test',
      email: options.email,
      roles,
    });
    if (invited.status !== 201)
      throw new Error(`Gebruiker niet aangemaakt: ${invited.status} ${JSON.stringify(invited.body)}`);
    const { registrationToken } = createdUser.parse(invited.body).data;
    const response = await fetch(`${this.baseUrl}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        registrationToken,
        userInfo: { firstname: options.firstname, lastname: 'Test', password: `Wachtwoord-${Date.now()}-Aa1` },
      }),
    });
    if (response.status !== 200) throw new Error(`Registratie mislukte: ${response.status} ${await response.text()}`);
    return new AdminClient(this.baseUrl, tokenAnswer.parse(await response.json()).data.token);
  }

  /** Content-manager path of a collection type (and of one document). */
  static cm(uid: string, documentId?: string): string {
    return `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
  }

  async list(uid: string, query = ''): Promise<ApiResponse> {
    return this.request('GET', `${AdminClient.cm(uid)}?pageSize=100${query}`);
  }

  /** The documents of a type whose slug equals `slug` (any status, default locale). */
  async findBySlug(uid: string, slug: string): Promise<z.infer<typeof cmList>['results']> {
    const response = await this.list(uid, `&filters[$and][0][slug][$eq]=${encodeURIComponent(slug)}`);
    if (response.status !== 200) throw new Error(`Zoeken op ${slug} gaf ${response.status}`);
    return cmList.parse(response.body).results;
  }

  async documentIdOf(uid: string, slug: string): Promise<string> {
    const [document] = await this.findBySlug(uid, slug);
    if (!document) throw new Error(`Geen ${uid} met slug ${slug}`);
    return document.documentId;
  }
}
