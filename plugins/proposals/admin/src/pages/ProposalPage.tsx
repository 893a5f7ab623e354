import * as React from 'react';
import { Alert, Box, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useProposal, type StaffDetail } from '../api';
import { ActionForm } from '../components/ActionForm';
import { StageBadge } from '../components/StageBadge';
import { formatDate, formatDateTime, outcomeName, stageName, supportLine } from '../texts';

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <Box tag="section" aria-labelledby={id} background="neutral0" padding={6} hasRadius shadow="tableShadow">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography tag="h2" variant="beta" id={id}>
          {title}
        </Typography>
        {children}
      </Flex>
    </Box>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography tag="dt" variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography tag="dd" style={{ margin: 0 }}>
        {children}
      </Typography>
    </Flex>
  );
}

const multiline = { whiteSpace: 'pre-wrap' as const };

function ProposalText({ proposal }: { proposal: StaffDetail }) {
  return (
    <Section title="Voorstel" id="proposal-text">
      <Typography tag="h3" variant="delta">
        Samenvatting
      </Typography>
      <Typography tag="p" style={multiline}>
        {proposal.summary}
      </Typography>
      <Typography tag="h3" variant="delta">
        Volledige tekst
      </Typography>
      <Typography tag="p" style={multiline}>
        {proposal.body}
      </Typography>
      {proposal.competenceReason ? (
        <>
          <Typography tag="h3" variant="delta">
            Openbare motivering
          </Typography>
          <Typography tag="p" style={multiline}>
            {proposal.competenceReason}
          </Typography>
        </>
      ) : null}
      {proposal.answer ? (
        <>
          <Typography tag="h3" variant="delta">
            Officieel antwoord: {outcomeName(proposal.answer.outcome)} ({formatDate(proposal.answer.answeredAt)})
          </Typography>
          <Typography tag="p" style={multiline}>
            {proposal.answer.text}
          </Typography>
        </>
      ) : null}
    </Section>
  );
}

function Facts({ proposal }: { proposal: StaffDetail }) {
  const initiators = [proposal.initiatorDisplayName, ...proposal.coInitiators].join(', ');
  return (
    <Section title="Gegevens" id="proposal-facts">
      <Flex tag="dl" direction="column" alignItems="stretch" gap={3} style={{ margin: 0 }}>
        <Fact label="Fase">{stageName(proposal.stage)}</Fact>
        <Fact label="Indieners (zoals anderen ze zien)">{initiators}</Fact>
        <Fact label="Thema">{proposal.topic?.name ?? '—'}</Fact>
        <Fact label="Wijk">{proposal.district?.name ?? '—'}</Fact>
        <Fact label="Steun">{supportLine(proposal.supportCount, proposal.supportThreshold)}</Fact>
        {proposal.supportClosesAt ? (
          <Fact label="Steunperiode loopt tot">{formatDateTime(proposal.supportClosesAt)}</Fact>
        ) : null}
        {proposal.agenda ? (
          <Fact label="Gemeenteraad">
            {proposal.agenda.meeting
              ? `${proposal.agenda.meeting.title}, ${formatDateTime(proposal.agenda.meeting.startsAt)}`
              : 'Wacht op een zitting die ver genoeg vooruit gepland is'}
          </Fact>
        ) : null}
      </Flex>
    </Section>
  );
}

function Timeline({ proposal }: { proposal: StaffDetail }) {
  return (
    <Section title="Tijdlijn" id="proposal-timeline">
      {proposal.timeline.length === 0 ? (
        <Typography>Nog geen stappen.</Typography>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3} style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {proposal.timeline.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <Typography fontWeight="bold">{stageName(entry.to)}</Typography>
              <Typography tag="p" variant="pi" textColor="neutral600">
                {formatDateTime(entry.at)} · {entry.actor}
              </Typography>
              {entry.note ? (
                <Typography tag="p" style={multiline}>
                  {entry.note}
                </Typography>
              ) : null}
            </li>
          ))}
        </Flex>
      )}
    </Section>
  );
}

/** One proposal: its full text, its facts and timeline, and the steps the server allows now. */
export function ProposalPage() {
  const { documentId = '' } = useParams();
  const proposal = useProposal(documentId);
  const { toggleNotification } = useNotification();
  const [lastStep, setLastStep] = React.useState<string | null>(null);

  const back = (
    <Link tag={RouterLink} to="/plugins/proposals" startIcon={<ArrowLeft />}>
      Terug naar de screeningswachtrij
    </Link>
  );

  if (proposal.state === 'loading') return <Page.Loading>Voorstel laden…</Page.Loading>;
  if (proposal.state === 'failed') {
    return (
      <Page.Main>
        <Page.Title>Burgervoorstel</Page.Title>
        <Layouts.Header title="Burgervoorstel" navigationAction={back} />
        <Layouts.Content>
          <Alert variant="danger" title="Voorstel niet geladen" closeLabel="Sluiten">
            {proposal.refusal.message}
          </Alert>
        </Layouts.Content>
      </Page.Main>
    );
  }

  const detail = proposal.data;
  const done = (updated: StaffDetail, message: string) => {
    proposal.replace(updated);
    setLastStep(message);
    toggleNotification({ type: 'success', message });
  };

  return (
    <Page.Main>
      <Page.Title>{`${detail.title} – Burgervoorstellen`}</Page.Title>
      <Layouts.Header
        title={detail.title}
        subtitle={
          <Flex tag="span">
            <StageBadge stage={detail.stage} />
          </Flex>
        }
        navigationAction={back}
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={7} s={12} direction="column" alignItems="stretch" gap={4}>
            <ProposalText proposal={detail} />
            <Timeline proposal={detail} />
          </Grid.Item>
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch" gap={4}>
            <Section title="Stappen" id="proposal-steps">
              <div role="status">{lastStep ? <Typography fontWeight="bold">{lastStep}</Typography> : null}</div>
              {detail.actions.length === 0 ? (
                <Typography>In deze fase is er geen stap voor de participatieambtenaar.</Typography>
              ) : (
                detail.actions.map((action) => (
                  <ActionForm
                    key={`${detail.stage}-${action}`}
                    documentId={detail.documentId}
                    action={action}
                    onDone={done}
                  />
                ))
              )}
            </Section>
            <Facts proposal={detail} />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
