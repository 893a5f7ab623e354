/**
 * A proposal on the council agenda. Exactly one per proposal: the unique index on the proposal makes
 * a second one impossible, whatever races. Created without a meeting when none is planned far
 * enough ahead yet; placed as soon as one is.
 */
export const AGENDA_ITEM_PROPOSAL_UNIQUE = 'proposals_agenda_items_proposal_unique';

export default {
  kind: 'collectionType',
  collectionName: 'proposals_agenda_items',
  info: {
    singularName: 'agenda-item',
    pluralName: 'agenda-items',
    displayName: 'Agendapunt',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-type-builder': { visible: false },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    proposalDocumentId: { type: 'string', required: true, maxLength: 64 },
    meeting: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::proposals.council-meeting',
      inversedBy: 'agendaItems',
    },
    queuedAt: { type: 'datetime', required: true },
  },
  indexes: [{ name: AGENDA_ITEM_PROPOSAL_UNIQUE, columns: ['proposal_document_id'], type: 'unique' }],
};
