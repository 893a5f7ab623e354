import { Alert, EmptyStateLayout } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useScreeningQueue } from '../api';
import { PluginNav } from '../components/PluginNav';
import { ProposalTable } from '../components/ProposalTable';

/** Submitted proposals and those being screened, oldest submission first (the server's order). */
export function QueuePage() {
  const queue = useScreeningQueue();
  return (
    <Page.Main>
      <Page.Title>Screeningswachtrij – Burgervoorstellen</Page.Title>
      <Layouts.Header
        title="Screeningswachtrij"
        subtitle="Ingediende voorstellen en voorstellen in screening, het langst wachtende eerst."
      />
      <Layouts.Content>
        <PluginNav />
        {queue.state === 'loading' ? <Page.Loading>Wachtrij laden…</Page.Loading> : null}
        {queue.state === 'failed' ? (
          <Alert variant="danger" title="Wachtrij niet geladen" closeLabel="Sluiten">
            {queue.refusal.message}
          </Alert>
        ) : null}
        {queue.state === 'ready' && queue.data.length === 0 ? (
          <EmptyStateLayout content="Er wachten geen voorstellen op screening." />
        ) : null}
        {queue.state === 'ready' && queue.data.length > 0 ? (
          <ProposalTable proposals={queue.data} caption="Voorstellen die op screening wachten" showWaiting />
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}
