/**
 * What every chart shares. recharts' own accessibility layer is off: the chart sits in a
 * ChartImage, so its parts are not read one by one.
 */
export const CHART_PROPS = { responsive: true, accessibilityLayer: false } as const;

export const GRID_STROKE = '#d9dee5';

export const AXIS_TICK = { fontSize: 12 } as const;
