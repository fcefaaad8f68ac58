/** Benchmarks keep every fake's documented limit with its window scaled down this many times (runs stay short). */
export const LIMIT_WINDOW_SCALE = 10;
