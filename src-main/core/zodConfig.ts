import { z } from 'zod';

// The renderer runs under a CSP without 'unsafe-eval': zod must not compile validators with new Function.
z.config({ jitless: true });

export { z };
