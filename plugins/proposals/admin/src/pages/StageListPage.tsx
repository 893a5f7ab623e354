import * as React from 'react';
import { Alert, Box, EmptyStateLayout, Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import { STAGES, type Stage } from '../../../shared/contracts';
import { useProposalsInStage } from '../api';
import { PluginNav } from '../components/PluginNav';
import { ProposalTable } from '../components/ProposalTable';
import { stageName } from '../texts';

const STAFF_STAGES = STAGES.filter((stage) => stage !== 'draft');
const ALL = 'alle';

function stageFrom(value: string | null): Stage | null {
  return STAFF_STAGES.find((stage) => stage === value) ?? null;
}

/** Every proposal staff may see (submitted at least once), optionally of one stage, last changed first. */
export function StageListPage() {
  const [params, setParams] = useSearchParams();
  const stage = stageFrom(params.get('fase'));
  const proposals = useProposalsInStage(stage);
  const choose = React.useCallback(
    (value: string | number) => setParams(value === ALL ? {} : { fase: String(value) }),
    [setParams],
  );

  return (
    <Page.Main>
      <Page.Title>Alle voorstellen – Burgervoorstellen</Page.Title>
      <Layouts.Header title="Alle voorstellen per fase" subtitle="Laatst gewijzigd eerst." />
      <Layouts.Content>
        <PluginNav />
        <Box paddingBottom={4} maxWidth="32rem">
          <Field.Root name="fase" id="proposals-stage-filter">
            <Field.Label>Fase</Field.Label>
            <SingleSelect value={stage ?? ALL} onChange={choose}>
              <SingleSelectOption value={ALL}>Alle fasen</SingleSelectOption>
              {STAFF_STAGES.map((option) => (
                <SingleSelectOption key={option} value={option}>
                  {stageName(option)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        {proposals.state === 'loading' ? <Page.Loading>Voorstellen laden…</Page.Loading> : null}
        {proposals.state === 'failed' ? (
          <Alert variant="danger" title="Voorstellen niet geladen" closeLabel="Sluiten">
            {proposals.refusal.message}
          </Alert>
        ) : null}
        {proposals.state === 'ready' && proposals.data.length === 0 ? (
          <EmptyStateLayout content="Geen voorstellen in deze fase." />
        ) : null}
        {proposals.state === 'ready' && proposals.data.length > 0 ? (
          <ProposalTable
            proposals={proposals.data}
            caption={stage ? `Voorstellen in de fase ${stageName(stage)}` : 'Alle voorstellen'}
          />
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}
