import {
  practiceAnswer,
  practiceCheck,
  practiceList,
  practiceSample,
  practiceStart,
} from './practice';

/** The practice area's code: exercises, their starting states, checks and progress. */
export default {
  commands: {
    'practice-start': practiceStart,
    'practice-answer': practiceAnswer,
    'practice-check': practiceCheck,
  },
  queries: {
    'practice-list': practiceList,
    'practice-sample': practiceSample,
  },
  jobs: {},
};
