/** Tells the call screen's live region what a shortcut did; an error reads and looks like one. */
export type Announce = (message: string, tone?: 'ok' | 'error') => void;
