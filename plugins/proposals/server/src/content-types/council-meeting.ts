/**
 * A meeting of the city council. Staff add them in the admin panel (content manager); proposals
 * that reach their threshold are placed on the first one far enough away, by themselves.
 */
export default {
  kind: 'collectionType',
  collectionName: 'proposals_council_meetings',
  info: {
    singularName: 'council-meeting',
    pluralName: 'council-meetings',
    displayName: 'Gemeenteraad (zitting)',
    description: 'Zitting van de gemeenteraad; burgervoorstellen die de drempel halen komen automatisch op de agenda.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-type-builder': { visible: false },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 200, default: 'Gemeenteraad' },
    body: { type: 'string', required: true, maxLength: 120, default: 'Gemeenteraad' },
    startsAt: { type: 'datetime', required: true },
    endsAt: { type: 'datetime' },
    location: { type: 'string', maxLength: 200 },
    agendaItems: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'plugin::proposals.agenda-item',
      mappedBy: 'meeting',
    },
  },
};
