/** Above this many nodes the overview map starts hidden (the toolbar shows it). */
export const MINIMAP_NODE_LIMIT = 300;
/** Below this window width (px) the simulator column starts hidden (toolbar "Simulator" shows it). */
export const SIMULATOR_MIN_WIDTH = 1366;

/** Whether the simulator column starts shown in this window. */
export const simulatorFits = () => typeof window === 'undefined' || window.innerWidth >= SIMULATOR_MIN_WIDTH;
