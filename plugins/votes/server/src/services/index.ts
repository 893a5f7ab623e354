import { createBallotsService } from './ballots';
import { createCastingService } from './casting';
import { createSubjectsService } from './subjects';
import { createVotersService } from './voters';

export default {
  ballots: createBallotsService,
  casting: createCastingService,
  subjects: createSubjectsService,
  voters: createVotersService,
};
