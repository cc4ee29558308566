import type { SecretDetector } from '../secret-detector.js';
import { committedDotenv } from './committed-dotenv.js';

/** Tollgate's own secret detectors, run after secretlint's preset. Order does not matter. */
export const SECRET_DETECTORS: readonly SecretDetector[] = [committedDotenv];
