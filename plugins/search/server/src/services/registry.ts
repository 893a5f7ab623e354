/**
 * The searchable types. The editorial ones are declared in this plugin; a participation plugin
 * (proposals, ideas, volunteering) adds its own in its register():
 *
 *   strapi.plugin('search')?.service('registry').add(defineSearchableType({ uid, type, populate, entry, toDocument }));
 */
import type { SearchableType } from '../domain/search-document';

export const createRegistryService = () => {
  const byUid = new Map<string, SearchableType>();

  return {
    add(declaration: SearchableType): void {
      const clash = [...byUid.values()].find(
        (known) => known.type === declaration.type && known.uid !== declaration.uid,
      );
      if (clash) throw new Error(`Zoektype "${declaration.type}" is al in gebruik voor ${clash.uid}`);
      byUid.set(declaration.uid, declaration);
    },
    get(uid: string): SearchableType | undefined {
      return byUid.get(uid);
    },
    all(): SearchableType[] {
      return [...byUid.values()];
    },
  };
};

export type RegistryService = ReturnType<typeof createRegistryService>;
