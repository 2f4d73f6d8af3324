import type { ResponseCheck } from '../contract-types';
import { bodySchema } from './body-schema';
import { contentType } from './content-type';
import { errorEnvelope } from './error-envelope';
import { requiredHeaders } from './required-headers';
import { statusDocumented } from './status-documented';

/** Every response check; the runner runs each on every exchange (a check that does not apply returns []). */
export const responseChecks: readonly ResponseCheck[] = [statusDocumented, contentType, requiredHeaders, bodySchema, errorEnvelope];
