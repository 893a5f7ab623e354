import { Link, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import type { StaffSummary } from '../api';
import { formatDateTime, supportLine, waitingFor } from '../texts';
import { StageBadge } from './StageBadge';

/** Proposals as a table; `showWaiting` adds how long each has been waiting (the screening queue). */
export function ProposalTable({
  proposals,
  caption,
  showWaiting = false,
}: {
  proposals: StaffSummary[];
  caption: string;
  showWaiting?: boolean;
}) {
  const columns = showWaiting ? 6 : 5;
  return (
    <Table colCount={columns} rowCount={proposals.length + 1}>
      <caption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">Titel</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Fase</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Ingediend op</Typography>
          </Th>
          {showWaiting ? (
            <Th>
              <Typography variant="sigma">Wachttijd</Typography>
            </Th>
          ) : null}
          <Th>
            <Typography variant="sigma">Indiener</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Steun</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {proposals.map((proposal) => (
          <Tr key={proposal.documentId}>
            <Td>
              <Link tag={RouterLink} to={`/plugins/proposals/voorstel/${proposal.documentId}`}>
                {proposal.title}
              </Link>
            </Td>
            <Td>
              <StageBadge stage={proposal.stage} />
            </Td>
            <Td>
              <Typography>{proposal.submittedAt ? formatDateTime(proposal.submittedAt) : '—'}</Typography>
            </Td>
            {showWaiting ? (
              <Td>
                <Typography>{waitingFor(proposal.submittedAt)}</Typography>
              </Td>
            ) : null}
            <Td>
              <Typography>{proposal.initiatorDisplayName}</Typography>
            </Td>
            <Td>
              <Typography>{supportLine(proposal.supportCount, proposal.supportThreshold)}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
