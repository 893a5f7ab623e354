import { createBallotsService } from './ballots';
import { createCastingService } from './casting';
import { createPersonalDataService } from './personal-data';
import { createSubjectsService } from './subjects';
import { createVotersService } from './voters';

export default {
  ballots: createBallotsService,
  casting: createCastingService,
  'personal-data': createPersonalDataService,
  subjects: createSubjectsService,
  voters: createVotersService,
};
