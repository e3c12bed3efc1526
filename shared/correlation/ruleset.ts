/** Every stored label records the ruleset that made it. Bump on any change that can alter a label or reason. */
export const RULESET = 'spinecorrelate-rules@1.0.0';
