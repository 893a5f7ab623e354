import { Badge } from '@strapi/design-system';
import type { Stage } from '../../../shared/contracts';
import { stageName } from '../texts';

const VARIANTS: Partial<Record<Stage, 'success' | 'primary' | 'danger' | 'warning' | 'neutral' | 'secondary'>> = {
  submitted: 'warning',
  screening: 'secondary',
  'open-for-support': 'primary',
  'not-within-competence': 'danger',
  'threshold-reached': 'success',
  'on-agenda': 'success',
  answered: 'success',
};

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge variant={VARIANTS[stage] ?? 'neutral'}>{stageName(stage)}</Badge>;
}
