/** One colour per viewport slot: its reference lines on the other viewports, and its focus frame. */
export const SLOT_COLORS = ['#f2c94c', '#56ccf2', '#6fcf97', '#eb7cd8'] as const;

export const LEVEL_COLORS = { user: '#4aa3ff', proposed: '#e6c84a' } as const;
export const ANCHOR_COLOR = '#ff9f1a';
