// Entry of the bundled action (dist/index.js): both the main and the post step.
import { run } from './action.js';

void run();
